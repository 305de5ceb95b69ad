"""Strokes (what a pen drew) and rasterising them to an anti-aliased bitmap.

A :class:`Stroke` is a polyline with a time stamp per point and, when the device reports it, a pressure in 0..1.
A :class:`Drawing` is strokes plus the canvas they were drawn on, so the drawn size survives (small kana っ vs つ).

``rasterise`` is the one renderer: the drawing pad, the KanjiVG synthesiser and stored user samples all use it.
Ink is the union of all strokes (pixel max), so the result does not depend on stroke order.
Bitmaps are ``uint8`` ink coverage: 0 = paper, 255 = full ink.
"""

from __future__ import annotations

import json
import math
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np
from PIL import Image, ImageDraw

from guiapp.core.text import Plural, Text

# Pressure maps to width as MIN + (1 - MIN) * pressure, so a feather-light touch still leaves a visible line.
PEN_WIDTH_FRACTION = 0.06  # the default pen: this fraction of the canvas' larger side (pad, user store, CLI)
# The widest pen a drawing is rasterised with for a model, as a share of its ink's larger side. Synthetic digits
# drawn on the pad a tenth of its side high (seed 5, 200): 82.5 % read right with the pad's pen, 97.5 % with it
# capped at 0.15 or 0.2 of the ink, 93.5 % at 0.25; at 0.06 of the side 20.5 % → 96.5 % (0.2); unchanged from
# 0.15 of the side up (98.0 %).
MAX_PEN_SHARE = 0.2
MIN_PRESSURE_WIDTH = 0.35
SUPERSAMPLE = 4


@dataclass
class Stroke:
    """One pen-down..pen-up trace. ``points`` is (n, 2) x, y; ``times`` seconds; ``pressure`` 0..1 or None."""

    points: np.ndarray
    times: np.ndarray | None = None
    pressure: np.ndarray | None = None

    def __post_init__(self) -> None:
        self.points = np.asarray(self.points, dtype=np.float64).reshape(-1, 2)
        n = len(self.points)
        if n == 0:
            raise ValueError(Text("a stroke needs at least one point"))
        if not np.isfinite(self.points).all():
            raise ValueError(Text("stroke points must be finite numbers"))
        if self.times is not None:
            self.times = np.asarray(self.times, dtype=np.float64).reshape(-1)
            if len(self.times) != n:
                raise ValueError(Plural("stroke has %Ln point(s) but {0} times", "", n, len(self.times)))
        if self.pressure is not None:
            self.pressure = np.clip(np.asarray(self.pressure, dtype=np.float64).reshape(-1), 0.0, 1.0)
            if len(self.pressure) != n:
                raise ValueError(Plural("stroke has %Ln point(s) but {0} pressure values", "", n,
                                        len(self.pressure)))

    def __len__(self) -> int:
        return len(self.points)

    def to_dict(self) -> dict:
        out: dict = {"points": np.round(self.points, 3).tolist()}
        if self.times is not None:
            out["times"] = np.round(self.times, 4).tolist()
        if self.pressure is not None:
            out["pressure"] = np.round(self.pressure, 3).tolist()
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "Stroke":
        if not isinstance(data, dict) or "points" not in data:
            raise ValueError(Text("a stroke must be an object with a 'points' list"))
        return cls(data["points"], data.get("times"), data.get("pressure"))


@dataclass
class Drawing:
    """Strokes on a canvas of ``width`` × ``height`` units (pad pixels, or KanjiVG's 109×109 box)."""

    strokes: list[Stroke] = field(default_factory=list)
    width: float = 109.0
    height: float = 109.0

    def to_dict(self) -> dict:
        return {"width": self.width, "height": self.height, "strokes": [s.to_dict() for s in self.strokes]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: dict) -> "Drawing":
        try:
            width, height = float(data["width"]), float(data["height"])
            strokes = [Stroke.from_dict(s) for s in data["strokes"]]
        except (KeyError, TypeError) as exc:
            raise ValueError(Text("not a drawing: {0}", exc)) from None
        if not (width > 0 and height > 0):
            raise ValueError(Text("a drawing's canvas must have a positive size"))
        return cls(strokes, width, height)

    @classmethod
    def from_json(cls, text: str) -> "Drawing":
        return cls.from_dict(json.loads(text))

    def ink_box(self) -> tuple[float, float, float, float] | None:
        """(x0, y0, x1, y1) of all points, or None for an empty drawing."""
        if not self.strokes:
            return None
        pts = np.concatenate([s.points for s in self.strokes])
        return float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max())

    def ink_extent(self) -> float | None:
        """The larger side of :meth:`ink_box`, or None for an empty drawing."""
        box = self.ink_box()
        return None if box is None else max(box[2] - box[0], box[3] - box[1])

    def is_dot(self, pen_width: float) -> bool:
        """Whether all the ink is one spot no wider than the pen (a tap, a click that barely moved): ink with no
        shape, which the fit would blow up into a disc the size of a character."""
        extent = self.ink_extent()
        return extent is not None and extent <= pen_width


def _stroke_radii(stroke: Stroke, pen_width: float, taper: tuple[float, float] | None) -> np.ndarray:
    """Per-point pen radius in canvas units: pressure-aware, with an optional start/end taper."""
    width = np.full(len(stroke), float(pen_width))
    if stroke.pressure is not None:
        width *= MIN_PRESSURE_WIDTH + (1.0 - MIN_PRESSURE_WIDTH) * stroke.pressure
    if taper is not None and len(stroke) > 2:
        width *= taper_factor(arc_fraction(stroke.points), *taper)
    return width / 2.0


def arc_fraction(points: np.ndarray) -> np.ndarray:
    """0 at a stroke's first point, 1 at its last, proportional to arc length."""
    seg = np.hypot(*np.diff(points, axis=0).T)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    return s / (s[-1] or 1.0)


def taper_factor(u: np.ndarray, start: float | np.ndarray, end: float | np.ndarray) -> np.ndarray:
    """Width factor along a stroke (u = arc fraction): narrowing linearly to 0.3 over the first ``start`` and
    last ``end`` fraction of the stroke, as a pen lifting on and off the paper does."""
    head = 0.3 + 0.7 * np.clip(u / np.maximum(start, 1e-9), 0, 1)
    tail = 0.3 + 0.7 * np.clip((1 - u) / np.maximum(end, 1e-9), 0, 1)
    return np.minimum(np.where(np.asarray(start) > 0, head, 1.0), np.where(np.asarray(end) > 0, tail, 1.0))


# A polygon run ends at a turn sharper than this (its outline would fold at the corner), ...
_SHARP_TURN_COS = math.cos(math.radians(50))
# ... where its turning so far would pass this (a curve turning less than 180° cannot cross itself, so the
# run's outline is a simple polygon: PIL fills polygons even-odd, and a self-crossing outline leaves holes) ...
_MAX_RUN_TURN = math.radians(150)
# ... and where it curves more tightly than the pen is wide (the inner offset would fold into a swallowtail).


def _outline_geometry(points: np.ndarray, stroke_id: np.ndarray, radii: np.ndarray):
    """Vectorised over K drawings of the same stroke structure: points (K, P, 2), radii (K, P).

    Returns per-vertex outline corners and where runs end. A run is a stretch of one stroke whose outline is a
    simple polygon (see the limits above); at a run's ends the corners use the normal of the run's own end
    segment, inside it mitred joints keep the width constant. Zero-length segments (repeated points) have no
    direction; they count as sharp turns, so they end a run and get a round cap instead of a corner.
    """
    n = points.shape[1]
    stroke_end = np.ones(n, bool)
    stroke_end[:-1] = stroke_id[1:] != stroke_id[:-1]
    first = np.ones(n, bool)
    first[1:] = stroke_end[:-1]
    inner = ~first & ~stroke_end
    step = np.diff(points, axis=1)  # (K, P-1, 2); step i runs from vertex i to i+1
    length = np.hypot(step[..., 0], step[..., 1])
    unit = step / np.maximum(length, 1e-9)[..., None]
    unit[length < 1e-6] = 0.0
    normal = np.stack([-unit[..., 1], unit[..., 0]], axis=-1)
    k = points.shape[0]
    turn_cos = np.ones((k, n))
    turn_cos[:, 1:-1] = (unit[:, :-1] * unit[:, 1:]).sum(axis=-1)
    turn = np.where(inner, np.arccos(np.clip(turn_cos, -1.0, 1.0)), 0.0)
    # Curvature radius at a vertex ≈ shorter adjacent segment / turn angle; compare with the pen radius.
    shorter = np.ones((k, n))
    shorter[:, 1:-1] = np.minimum(length[:, :-1], length[:, 1:])
    # Turning accumulated since the stroke's start (per stroke, so one stroke's cuts never depend on another's).
    total = np.cumsum(turn, axis=1)
    turned = np.floor((total - np.maximum.accumulate(np.where(first, total, 0.0), axis=1)) / _MAX_RUN_TURN)
    full_turn = np.zeros((k, n), bool)
    full_turn[:, 1:] = turned[:, 1:] != turned[:, :-1]
    cut = inner & ((turn_cos < _SHARP_TURN_COS) | (turn * radii > shorter) | full_turn)
    # Corner offsets: along the previous segment's normal (a run ending here), the next one's (a run starting
    # here), and mitred (inside a run: length 1/cos(half turn) keeps the width constant through the joint).
    before = np.zeros_like(points)
    after = np.zeros_like(points)
    if n > 1:
        before[:, 1:] = normal
        after[:, :-1] = normal
    mid = before + after
    mid /= np.maximum(np.hypot(mid[..., 0], mid[..., 1]), 1e-9)[..., None]
    mid /= np.maximum((mid * after).sum(axis=-1), 0.5)[..., None]
    r = radii[..., None]
    return points + after * r, points - after * r, points + mid * r, points - mid * r, \
        points + before * r, points - before * r, cut, stroke_end


def _draw_batch(points: np.ndarray, stroke_id: np.ndarray, radii: np.ndarray, images: list) -> None:
    """Draw drawing k of the batch into ``images[k]`` (PIL "L" images, coordinates already in pixels)."""
    geometry = _outline_geometry(points, stroke_id, radii)
    cuts, stroke_end = geometry[6], geometry[7]
    for k, image in enumerate(images):
        # Python lists: slicing them per run is far cheaper than slicing numpy arrays.
        left_start, right_start, left_mid, right_mid, left_end, right_end = (g[k].tolist() for g in geometry[:6])
        pts, rad = points[k].tolist(), radii[k].tolist()
        # The low-level ``draw.draw`` calls skip ImageDraw's per-call argument handling: this is the
        # synthesiser's hot path, and one polygon per run replaces a shape per segment and joint.
        raw = ImageDraw.Draw(image).draw
        begin = 0
        for end in np.flatnonzero(stroke_end | cuts[k]).tolist():
            if end > begin:
                raw.draw_polygon(
                    [left_start[begin]] + left_mid[begin + 1 : end] + [left_end[end], right_end[end]]
                    + right_mid[end - 1 : begin : -1] + [right_start[begin]],
                    255,
                    1,
                )
            for i in (begin, end):
                (x, y), r = pts[i], rad[i]
                raw.draw_ellipse((x - r, y - r, x + r, y + r), 255, 1)
            begin = end + 1 if stroke_end[end] else end


def rasterise_batch(
    points: np.ndarray,
    starts: np.ndarray,
    radii: np.ndarray,
    size: tuple[int, int],
    boxes: np.ndarray,
    supersample: int = SUPERSAMPLE,
) -> np.ndarray:
    """The renderer under ``rasterise``: K drawings of the same stroke structure at once.

    ``points`` (K, P, 2) are all strokes' points concatenated, ``starts`` the index of each stroke's first point,
    ``radii`` (K, P) the pen radius per point, ``boxes`` (K, 4) the canvas region (x0, y0, x1, y1) that each
    bitmap shows, all in canvas units. Returns (K, height, width) uint8 coverage.
    """
    out_w, out_h = size
    k = len(points)
    boxes = np.asarray(boxes, np.float64).reshape(k, 4)
    ss = max(1, int(supersample))
    bw = np.maximum(boxes[:, 2] - boxes[:, 0], 1e-9)
    bh = np.maximum(boxes[:, 3] - boxes[:, 1], 1e-9)
    scale = np.minimum(out_w / bw, out_h / bh) * ss
    # Centre each region in its bitmap when the aspect ratios differ.
    origin = np.stack([(out_w * ss - bw * scale) / 2 - boxes[:, 0] * scale,
                       (out_h * ss - bh * scale) / 2 - boxes[:, 1] * scale], axis=1)
    stroke_id = np.zeros(points.shape[1], np.int64)
    stroke_id[np.asarray(starts[1:], np.int64)] = 1
    images = [Image.new("L", (out_w * ss, out_h * ss), 0) for _ in range(k)]
    if points.shape[1]:
        _draw_batch(points * scale[:, None, None] + origin[:, None], np.cumsum(stroke_id), radii * scale[:, None], images)
    out = np.empty((k, out_h, out_w), np.uint8)
    for i, image in enumerate(images):
        out[i] = np.asarray(image.reduce(ss) if ss > 1 else image)  # box filter: exact area coverage
    return out


def rasterise(
    strokes: Sequence[Stroke] | Drawing,
    size: int | tuple[int, int],
    pen_width: float,
    box: tuple[float, float, float, float] | None = None,
    taper: Sequence[tuple[float, float]] | tuple[float, float] | None = None,
    supersample: int = SUPERSAMPLE,
) -> np.ndarray:
    """Render strokes to a (height, width) ``uint8`` coverage bitmap (255 = ink), anti-aliased.

    ``box`` (x0, y0, x1, y1) is the canvas region mapped onto the bitmap; by default the drawing's canvas
    (or, for a bare stroke list, the points' bounding box grown by the pen). The region is scaled uniformly
    and centred, so shapes keep their aspect ratio. ``pen_width`` is in canvas units, so ink scales with the
    bitmap. ``taper`` is one (start, end) fraction pair for all strokes or one per stroke.
    """
    out_w, out_h = (size, size) if isinstance(size, int) else size
    if out_w <= 0 or out_h <= 0:
        raise ValueError(f"bitmap size must be positive, got {out_w}×{out_h}")
    if isinstance(strokes, Drawing):
        if box is None:
            box = (0.0, 0.0, strokes.width, strokes.height)
        strokes = strokes.strokes
    strokes = list(strokes)
    if not strokes:
        return np.zeros((out_h, out_w), np.uint8)
    points = np.concatenate([s.points for s in strokes])
    if box is None:
        (x0, y0), (x1, y1) = points.min(0) - pen_width, points.max(0) + pen_width
        box = (x0, y0, x1, y1)
    radii = np.concatenate([_stroke_radii(s, pen_width, t) for s, t in zip(strokes, _per_stroke(taper, len(strokes)))])
    starts = np.cumsum([0] + [len(s) for s in strokes[:-1]])
    return rasterise_batch(points[None], starts, radii[None], (out_w, out_h), np.asarray([box]), supersample)[0]


def _per_stroke(taper, n: int) -> list:
    if taper is None:
        return [None] * n
    if len(taper) == 2 and np.isscalar(taper[0]):
        return [tuple(taper)] * n
    if len(taper) != n:
        raise ValueError(f"{len(taper)} tapers for {n} strokes")
    return list(taper)


def strokes_from_lists(lines: Iterable[Sequence[Sequence[float]]]) -> list[Stroke]:
    """Convenience for tests and scripts: ``[[(x, y), ...], ...]`` → strokes."""
    return [Stroke(np.asarray(line, dtype=np.float64)) for line in lines]


def ink_pen_width(drawing: "Drawing", pen_width: float | None = None) -> float:
    """The pen a drawing is rasterised with for a model: the drawn pen (:func:`pen_width_for`), but at most
    :data:`MAX_PEN_SHARE` of the ink's larger side. A character written tiny with the pad's pen is a blob once
    fitted to the model's frame (a 7 a tenth of the pad high read as 9); the writers the models learnt from use
    pens up to about a fifth of the character."""
    width = pen_width_for(drawing, pen_width)
    extent = drawing.ink_extent()
    if extent is None:
        return width
    return min(width, max(MAX_PEN_SHARE * extent, width / 4))  # a dot keeps a quarter of the pen: still ink


def may_be_a_dot(label: str) -> bool:
    """Whether a lone dot can be a drawing of ``label``: punctuation (. ・ 、), not a character or a symbol."""
    return unicodedata.category(str(label)[:1] or " ").startswith("P")


def pen_width_for(drawing: "Drawing", pen_width: float | None = None) -> float:
    """The pen width (canvas units) to rasterise ``drawing`` with: ``pen_width`` checked, else the default pen
    for its canvas. Raises ValueError for a width that is not a positive number."""
    width = PEN_WIDTH_FRACTION * max(drawing.width, drawing.height) if pen_width is None else float(pen_width)
    if not (math.isfinite(width) and width > 0):
        raise ValueError(Text("pen width must be a positive number, got {0}", pen_width))
    return width


def distance_to_polyline(points: np.ndarray, x: float, y: float) -> float:
    """Shortest distance from (x, y) to the polyline's segments (a single point: to the point)."""
    p = np.array([x, y])
    if len(points) == 1:
        return float(np.hypot(*(points[0] - p)))
    a, b = points[:-1], points[1:]
    ab = b - a
    t = np.clip(((p - a) * ab).sum(axis=1) / np.maximum((ab * ab).sum(axis=1), 1e-12), 0.0, 1.0)
    closest = a + ab * t[:, None]
    return float(np.min(np.hypot(*(closest - p).T)))
