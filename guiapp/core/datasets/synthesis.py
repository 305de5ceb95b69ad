"""Writer variety from stroke templates: one template per form becomes thousands of plausible hand-written samples.

What varies, in the order applied (all in the templates' 109×109 box):
  * the written form (KanjiVG's or one of our allographs, by the forms' weights),
  * each stroke on its own: shift, small rotation and scale, ends overshooting or stopping short,
  * each point: smoothed tremor,
  * all strokes together: a smooth low-frequency warp (the single biggest factor against real handwriting),
  * the whole character: random affine (rotation, shear around a right-leaning mean slant, scale, aspect),
  * the pen: a wide, log-uniform width range and a pressure taper at stroke ends.
Latin script (digits, letters) uses ``LATIN_VARIETY``, whose slant and pen widths were measured against real
digits (mnist-5k's validation part, not its held-out 1,000): real strokes are ~4 px wide at 28×28 (10th–90th
percentile 2.9–5.4 px) and lean right (mean slant dx/dy −0.13, σ 0.28); the old settings drew strokes a third
narrower (1.7–4.4 px) and upright. Letters (``LETTER_VARIETY``) add wider pens and serif forms (chosen on printed
fonts' validation families, since no real letters are available offline). Other scripts (kana, kanji) keep ``DEFAULT_VARIETY`` until real samples of
them can be measured: Japanese hands are not known to lean like Latin ones.
Rendering then goes through the same ``rasterise`` and ``PreprocessSpec.fit_coverage`` the drawing pad uses.
Every sample's randomness comes from (seed, character, chunk), so results do not depend on the worker count.
"""

from __future__ import annotations

import math
from functools import cache
from dataclasses import dataclass, replace

import numpy as np

from guiapp.core.datasets.fonts import fonts_for, render_glyph
from guiapp.core.datasets.templates import TEMPLATE_BOX, Template, templates_for
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.strokes import Drawing, Stroke, arc_fraction, rasterise_batch, taper_factor

GENERATOR_VERSION = 3
PEN_WIDTH_RANGE = (3.5, 14.0)  # in template units; the box is 109 wide, a digit ~80 tall
LATIN_PEN_WIDTH_RANGE = (6.0, 18.0)  # measured against real digits (see the docstring)
CENTRE = TEMPLATE_BOX / 2


@dataclass(frozen=True)
class Variety:
    """Strength of each kind of variation; ``scaled(0)`` gives clean templates (used for previews)."""

    stroke_shift: float = 2.5  # template units (standard deviation)
    stroke_rotate: float = 0.07  # radians
    stroke_scale: float = 0.07
    stroke_ends: float = 3.0  # template units added or removed at each end (absolute: writers overshoot a
    # little whatever the stroke's length; relative overshoot gave long strokes absurd tails)
    tremor: float = 0.5  # template units, per point before smoothing
    warp: float = 6.0  # amplitude of the smooth warp, template units
    rotate: float = 0.12  # radians
    shear: float = 0.15
    slant: float = 0.0  # mean shear: dx/dy with y down, so negative leans right
    aspect: float = 0.12  # log-normal sigma of width/height
    scale: float = 0.08  # log-normal sigma (visible only with fit="resize")
    shift: float = 4.0  # template units (visible only with fit="resize")
    taper_probability: float = 0.5
    pen_width: tuple[float, float] = PEN_WIDTH_RANGE
    serifs: float = 0.0  # share of samples of a letter written with serifs (ticks across straight stroke ends)

    def scaled(self, factor: float) -> "Variety":
        values = {k: getattr(self, k) * factor for k in self.__dataclass_fields__ if k not in ("pen_width", "serifs")}
        lo, hi = self.pen_width
        mid = math.sqrt(lo * hi)
        # At factor 0 the pen is fixed at the range's geometric middle.
        width = (mid * (lo / mid) ** min(factor, 1.0), mid * (hi / mid) ** min(factor, 1.0))
        return Variety(**values, pen_width=width, serifs=self.serifs)


DEFAULT_VARIETY = Variety()
# Right-handed Latin writers lean right; pens as wide as MNIST's (measured, see the docstring).
LATIN_VARIETY = Variety(slant=-0.15, pen_width=LATIN_PEN_WIDTH_RANGE)
# Digits: a shakier hand. A straight "1" has little else to vary once scaled to 20 px, and with the default tremor
# 30 of 500 synthesised 1s had a twin differing in under 2 % of their ink (real MNIST 1s: none of 500; the 5th
# percentile of their nearest neighbour differs in 15 %), so the built-in failed its own near-copy check (issue
# #18). Tremor 3.0: 2 of 500, 5th percentile 14 %; seeds 0-4 at 600 per class pass the check (2.0 and 2.5 did
# not). Only digits so far: the letters' bundled model was trained on the old hand and must stay reproducible.
DIGIT_VARIETY = replace(LATIN_VARIETY, tremor=3.0)


# Letters: the measured Latin hand, plus writers who print: some put serifs on stems and bars (I, T, H, …), and
# markers and felt pens as well as ballpoints (pens up to 28 units, ~7 px at 28×28). Chosen on the validation
# half of the installed font families (docs/real-handwriting.md, "Letters"): case-folded 82.2 % (digits' pens,
# no serifs) → 85.9 % (wider pens) → 95.3 % (wider pens and serifs).
LETTER_PEN_WIDTH_RANGE = (6.0, 28.0)
LETTER_VARIETY = replace(LATIN_VARIETY, pen_width=LETTER_PEN_WIDTH_RANGE, serifs=0.2)
SERIF_HALF_LENGTH = 8.0  # template units: a tick a sixth of a capital's width across each straight stroke end
_STRAIGHT = 0.92  # |cos| of a stroke end's direction to the axis for it to count as a stem or bar end


def variety_for(chars: str) -> Variety:
    """The writer model for these characters: measured Latin settings for ASCII (with serifs where there are
    letters), the default for the rest."""
    if not chars or not all(c.isascii() for c in chars):
        return DEFAULT_VARIETY
    if any(c.isalpha() for c in chars):
        return LETTER_VARIETY
    return DIGIT_VARIETY if all(c.isdigit() for c in chars) else LATIN_VARIETY


def with_serifs(template: Template) -> Template | None:
    """``template`` written with serifs: a short tick across every end of a stroke that ends straight along an
    axis (stems get horizontal ticks, bars vertical ones). None if no stroke end qualifies."""
    ticks = []
    for stroke in template.strokes:
        if len(stroke) < 2 or np.hypot(*(stroke[0] - stroke[-1])) < SERIF_HALF_LENGTH:  # too short, or closed (o)
            continue
        for end in (stroke, stroke[::-1]):
            piece = _end_piece(end)
            if piece is None:
                continue
            direction = piece[0] - piece[-1]
            dx, dy = np.abs(direction) / float(np.hypot(*direction))
            if max(dx, dy) < _STRAIGHT:
                continue
            across = np.array([1.0, 0.0]) if dy > dx else np.array([0.0, 1.0])
            ticks.append(np.stack([end[0] - SERIF_HALF_LENGTH * across, end[0] + SERIF_HALF_LENGTH * across]))
    if not ticks:
        return None
    return Template(template.char, f"{template.form}+serifs", template.strokes + tuple(ticks), template.weight)


def _end_piece(points: np.ndarray, length: float = 12.0, tolerance: float = 1.0) -> np.ndarray | None:
    """The first ``length`` units of a polyline (from points[0]) if they are straight (every point within
    ``tolerance`` of the chord), else None: serifs go on stems and bars, not on curves."""
    steps = np.hypot(*np.diff(points, axis=0).T)
    reach = np.searchsorted(np.cumsum(steps), length)
    if reach >= len(steps):
        return None
    piece = points[: reach + 2]
    chord = piece[-1] - piece[0]
    norm = float(np.hypot(*chord))
    rel = piece - piece[0]
    offsets = np.abs(chord[0] * rel[:, 1] - chord[1] * rel[:, 0]) / max(norm, 1e-9)
    return piece if offsets.max() <= tolerance else None


@cache
def _serif_forms(char: str) -> tuple[tuple[Template, Template], ...]:
    """(form, its serif version) for each form of ``char`` that has straight stroke ends; cached for the
    process's life like the templates, because prepared templates are cached by identity."""
    pairs = ((form, with_serifs(form)) for form in templates_for(char))
    return tuple((form, serif) for form, serif in pairs if serif is not None)


def forms_for(char: str, variety: Variety) -> tuple[list[Template], np.ndarray]:
    """The written forms of ``char`` a writer with ``variety`` uses, and how often (probabilities)."""
    forms = list(templates_for(char))
    weights = [form.weight for form in forms]
    if variety.serifs > 0 and char.isalpha():
        for form, serif in _serif_forms(char):
            forms.append(serif)
            weights.append(form.weight * variety.serifs / (1 - variety.serifs))
    weights = np.array(weights, np.float64)
    return forms, weights / weights.sum()


@dataclass(frozen=True, eq=False)
class _Prepared:
    """A template as flat arrays, computed once: the per-sample work is then a few vectorised operations."""

    points: np.ndarray  # (P, 2) all strokes concatenated
    stroke_of: np.ndarray  # (P,) stroke index of each point
    starts: np.ndarray  # (S,) index of each stroke's first point
    ends: np.ndarray  # (S,) index of each stroke's last point
    counts: np.ndarray  # (S,) points per stroke
    head: np.ndarray  # (S, 2) unit direction pointing back out of each stroke's start
    tail: np.ndarray  # (S, 2) unit direction pointing on out of each stroke's end
    lengths: np.ndarray  # (S,) arc length of each stroke
    arc: np.ndarray  # (P,) arc fraction 0..1 of each point within its stroke


# id → (template, prepared): the template is kept so that its id cannot be reused by another template (a form made
# on the fly, as scripts/mark_reader_recipe.py does) while the entry lives; a recycled id once served one
# character's points for another.
_prepared_cache: dict[int, tuple[Template, _Prepared]] = {}


def _prepare(template: Template) -> _Prepared:
    cached = _prepared_cache.get(id(template))
    if cached is not None and cached[0] is template:
        return cached[1]
    strokes = template.strokes
    counts = np.array([len(s) for s in strokes])
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    ends = starts + counts - 1

    def unit(v):
        norm = np.hypot(v[:, 0], v[:, 1])[:, None]
        return np.where(norm > 1e-9, v / np.maximum(norm, 1e-9), 0.0)

    head = unit(np.array([s[0] - s[1] if len(s) > 1 else (0.0, 0.0) for s in strokes]))
    tail = unit(np.array([s[-1] - s[-2] if len(s) > 1 else (0.0, 0.0) for s in strokes]))
    prepared = _Prepared(
        points=np.concatenate(strokes),
        stroke_of=np.repeat(np.arange(len(strokes)), counts),
        starts=starts,
        ends=ends,
        counts=counts,
        head=head,
        tail=tail,
        lengths=np.array([np.hypot(*np.diff(s, axis=0).T).sum() if len(s) > 1 else 0.0 for s in strokes]),
        arc=np.concatenate([arc_fraction(s) if len(s) > 1 else np.zeros(1) for s in strokes]),
    )
    _prepared_cache[id(template)] = (template, prepared)
    return prepared


def vary_points(template: Template, rng: np.random.Generator, count: int, v: Variety = DEFAULT_VARIETY):
    """``count`` writers' versions of ``template`` at once: points (K, P, 2) and per-point pen radii (K, P),
    in template units; the strokes start at ``_prepare(template).starts``. Batched because per-sample numpy
    calls on ~50 points cost more in overhead than in arithmetic."""
    t = _prepare(template)
    k, n_strokes = count, len(t.starts)
    pts = np.repeat(t.points[None], k, axis=0)
    # Each stroke's ends overshoot or stop short, along the stroke's own end direction.
    delta = np.clip(rng.normal(0, v.stroke_ends, (k, n_strokes, 2)), -0.3 * t.lengths[:, None], 3 * v.stroke_ends)
    pts[:, t.starts] += t.head * delta[..., :1]
    pts[:, t.ends] += t.tail * delta[..., 1:]
    # Each stroke moves on its own: rotation and scale about its centroid, then a shift.
    centroid = (np.add.reduceat(pts, t.starts, axis=1) / t.counts[:, None])[:, t.stroke_of]
    angle = rng.normal(0, v.stroke_rotate, (k, n_strokes))
    scale = np.exp(rng.normal(0, v.stroke_scale, (k, n_strokes)))
    cos, sin = (np.cos(angle) * scale)[:, t.stroke_of], (np.sin(angle) * scale)[:, t.stroke_of]
    rel = pts - centroid
    pts = np.stack([cos * rel[..., 0] - sin * rel[..., 1], sin * rel[..., 0] + cos * rel[..., 1]], axis=-1)
    pts += centroid + rng.normal(0, v.stroke_shift, (k, n_strokes, 2))[:, t.stroke_of]
    if v.tremor > 0:  # smoothed per-point tremor
        noise = rng.normal(0, v.tremor, (k, len(t.points) + 2, 2))
        pts += 0.25 * noise[:, :-2] + 0.5 * noise[:, 1:-1] + 0.25 * noise[:, 2:]
    if v.warp > 0:
        # A smooth random displacement field over the whole character: three sinusoids of 0.3–1.4 cycles per
        # box with decaying amplitude. Warping points is several times cheaper than warping pixels.
        freq = rng.uniform(0.3, 1.4, (k, 1, 3)) * (2 * math.pi / TEMPLATE_BOX)
        direction = rng.normal(size=(k, 3, 2))
        direction /= np.linalg.norm(direction, axis=-1, keepdims=True) + 1e-12
        phase = rng.uniform(0, 2 * math.pi, (k, 1, 3))
        vectors = rng.normal(0, 1, (k, 3, 2)) * (v.warp / np.arange(1, 4))[:, None]
        pts = pts + np.sin(pts @ direction.transpose(0, 2, 1) * freq + phase) @ vectors
    # The whole character: rotation, shear, aspect and scale about the box centre, then a shift.
    angle = np.clip(rng.normal(0, v.rotate, k), -3 * v.rotate, 3 * v.rotate)
    shear = v.slant + rng.normal(0, v.shear, k)
    aspect = np.exp(rng.normal(0, v.aspect, k) / 2)
    scale = np.exp(rng.normal(0, v.scale, k))
    sx, sy = aspect * scale, scale / aspect
    c, s = np.cos(angle), np.sin(angle)
    # rotation @ shear @ diag(sx, sy), written out per element for all k at once
    matrix = np.stack([np.stack([c * sx, (c * shear - s) * sy], -1), np.stack([s * sx, (s * shear + c) * sy], -1)], -2)
    pts = (pts - CENTRE) @ matrix.transpose(0, 2, 1) + (CENTRE + rng.normal(0, v.shift, (k, 1, 2)))
    # The pen: log-uniform width over a wide range, and on some strokes a taper at the ends.
    lo, hi = v.pen_width
    pen = np.exp(rng.uniform(math.log(lo), math.log(hi), (k, 1)))
    tapered = rng.random((k, n_strokes, 1)) < v.taper_probability
    taper = np.where(tapered, rng.uniform(0, 0.35, (k, n_strokes, 2)), 0.0)[:, t.stroke_of]
    radii = (pen / 2) * taper_factor(t.arc, taper[..., 0], taper[..., 1])
    return pts, radii


def render(points: np.ndarray, starts: np.ndarray, radii: np.ndarray, spec: PreprocessSpec) -> np.ndarray:
    """K varied drawings (points (K, P, 2), radii (K, P), template units) → (K, H, W) uint8 samples placed by
    ``spec``, through the same rasteriser and fit the drawing pad uses."""
    k = len(points)
    if spec.fit == "resize":
        # The template box is the canvas, so the drawn size survives (small kana stay small).
        boxes = np.tile([0.0, 0.0, TEMPLATE_BOX, TEMPLATE_BOX], (k, 1))
        size = (2 * spec.width, 2 * spec.height)
    else:
        pen = radii.max(axis=1, keepdims=True)
        boxes = np.concatenate([points.min(axis=1) - pen, points.max(axis=1) + pen], axis=1)
        side = max(2 * spec.fit_size, 24)
        size = (side, side)
    bitmaps = rasterise_batch(points, starts, radii, size, boxes)
    out = np.empty((k, spec.height, spec.width), np.uint8)
    for i, bitmap in enumerate(bitmaps):
        out[i] = spec.fit_coverage(bitmap.astype(np.float32) * (1 / 255.0)) * 255.0 + 0.5
    return out


def to_strokes(points: np.ndarray, starts: np.ndarray) -> list[Stroke]:
    """Flat arrays back to strokes (previews, tests, stroke replay)."""
    return [Stroke(p) for p in np.split(points, starts[1:])]


def _chunk_plan(char: str, start: int, count: int, seed: int, spec: PreprocessSpec, variety: Variety | None,
                font_fraction: float):
    """The random choices behind samples ``start … start+count-1`` of ``char``, in the one order that makes them
    reproducible: yields ``(index, glyph image)`` for a printed-font sample and ``(indices, template, points,
    radii)`` for each batch of stroke samples. Shared by :func:`synthesize_chunk` and :func:`drawing_in_chunk`, so a
    replayed sample is the one synthesised."""
    variety = variety_for(char) if variety is None else variety
    forms, weights = forms_for(char, variety)
    rng = np.random.default_rng([seed, ord(char), start, GENERATOR_VERSION])
    choice = rng.choice(len(forms), size=count, p=weights)
    fonts = fonts_for(char) if font_fraction > 0 and spec.fit != "resize" else ()
    if fonts:
        # -1 marks a printed-font sample; fonts only place glyphs by their ink box, so not for "resize" specs.
        choice[rng.random(count) < font_fraction] = -1
        for i in np.flatnonzero(choice == -1):
            yield int(i), render_glyph(char, fonts[int(rng.integers(len(fonts)))], rng, spec)
    for f, template in enumerate(forms):
        members = np.flatnonzero(choice == f)
        if not len(members):
            continue
        # Batches bound memory and keep the arrays cache-sized.
        for batch in np.array_split(members, max(1, len(members) // 64)):
            points, radii = vary_points(template, rng, len(batch), variety)
            yield batch, template, points, radii


def synthesize_chunk(char: str, start: int, count: int, seed: int, spec: PreprocessSpec,
                     variety: Variety | None = None, font_fraction: float = 0.0) -> np.ndarray:
    """Samples ``start … start+count-1`` of ``char``: (count, H, W) uint8. Pure function of its arguments
    (and, with ``font_fraction`` > 0, of the installed fonts). ``variety`` None: ``variety_for(char)``."""
    out = np.empty((count, spec.height, spec.width), np.uint8)
    for step in _chunk_plan(char, start, count, seed, spec, variety, font_fraction):
        if len(step) == 2:
            out[step[0]] = step[1]
        else:
            batch, template, points, radii = step
            out[batch] = render(points, _prepare(template).starts, radii, spec)
    return out


def drawing_in_chunk(char: str, start: int, count: int, index: int, seed: int, spec: PreprocessSpec,
                   variety: Variety | None = None, font_fraction: float = 0.0,
                   side: float = 400.0) -> tuple[Drawing, float] | None:
    """The strokes the synthetic writer drew for sample ``index`` of the chunk ``start``, ``count`` (as
    :func:`synthesize_chunk` made it), on a ``side``-pixel pad, with the writer's median pen width there; None for
    a sample printed by a font. Nothing is rendered but font glyphs, whose jitter the later samples' choices follow."""
    unit = side / TEMPLATE_BOX
    for step in _chunk_plan(char, start, count, seed, spec, variety, font_fraction):
        if len(step) == 2:
            if step[0] == index:
                return None
            continue
        batch, template, points, radii = step
        where = np.flatnonzero(batch == index)
        if len(where):
            k = int(where[0])
            return Drawing(to_strokes(points[k] * unit, _prepare(template).starts), side, side), \
                float(2 * np.median(radii[k]) * unit)
    raise IndexError(f"sample {index} is not in a chunk of {count}")


def pad_drawings(char: str, count: int, seed: int, side: float = 400.0, scale: float = 1.0,
                 variety: Variety | None = None) -> list[Drawing]:
    """``count`` synthetic writers' drawings of ``char`` on a ``side``-pixel square pad, the template box being the
    pad (so a small kana is drawn small and low, where KanjiVG places it), shrunk by ``scale`` about the pad's
    centre for a writer who draws smaller. Stroke templates only (the first form): for size and place tests."""
    variety = variety_for(char) if variety is None else variety
    template = templates_for(char)[0]
    rng = np.random.default_rng([seed, ord(char), count, GENERATOR_VERSION])
    points, _radii = vary_points(template, rng, count, variety)
    points = (points - CENTRE) * scale + CENTRE
    unit = side / TEMPLATE_BOX
    return [Drawing(to_strokes(p * unit, _prepare(template).starts), side, side) for p in points]
