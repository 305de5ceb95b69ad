"""Small or large kana (ぁ/あ, っ/つ, ャ/ヤ) from the size and place the writer gave the drawing on the pad.

A small kana is its large kana, smaller and lower: one shape at two sizes. The kana models see every drawing
scaled to one box, because the sound marks need all of the input's pixels (docs/kana.md), so the model gives a
small/large pair about equal shares and cannot choose. The pad can, by the convention of Japanese writing paper and
handwriting pads: a small kana is written small in the lower half of its cell. The pad shows that half with a
line (GUIDE_LINES). The drawing's box (its strokes' extent, as fractions of the pad) is compared with two places:
the large kana where KanjiVG draws it in its box (the pad is that box) and the same box at SMALL_SCALE of its size
standing on the bottom of the pad; the pair's probability is split by which one it is nearer, and the model's
share for the shape is kept, as :mod:`guiapp.core.letter_case` does for c/C.

Why not KanjiVG's own small kana: in print a small kana is 0.8 of the large one and a little lower (KanjiVG and
the installed fonts agree), and with a writer's usual variation in size and place, 0.8 cannot be told from a large
kana drawn a little small — at best ~90 % of synthetic writers either way (benchmarks/bench_kana_size.py). Large
kana are far more common, so reading one as small costs more: a small kana must look small.

In the write line the writer has shown their own scale: a full-size kana written just before says how large and
where this writer draws (someone who writes everything at half the pad is not writing small kana). Its box against
its template gives a scale and an offset, and the next drawing is read in the template's units through them.
Without a pad (an image file) the model's own split stays; the candidates always offer the other size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from guiapp.core import kana
from guiapp.core.datasets.templates import TEMPLATE_BOX, has_template, templates_for
from guiapp.core.strokes import Drawing, Stroke

# Width of the soft decision, in the distance below (fractions of the pad): 0.03 from the midpoint is ~73 % one
# size, 0.1 is ~97 %.
SOFTNESS = 0.03
# The distance between a drawing's box and a kana's place: size (the larger extent), then the centre's height and,
# less, its position across. Writers vary a kana's width far more than its size and height: on all four box edges
# alike, a large つ drawn narrow matched the small place's width and read as っ (large kana squeezed to 0.5-0.8 of
# their width: 89 % read large; 96 % now). Weights chosen on synthetic writers of seed 0 (docs/kana.md).
CENTRE_Y_WEIGHT = 1.5
CENTRE_X_WEIGHT = 0.5
# Where a small kana is written: the large kana's box at this size, standing on the bottom of the pad at its centre
# (its top then near the pad's middle: the guide line). Chosen on synthetic writers of seed 0 (the benchmark
# reports seed 7): 0.5 reads large kana drawn small as small, 0.7 reads kana at print size as small half the time.
SMALL_SCALE = 0.6
SMALL_ANCHOR = (0.5, 1.0)
GUIDE_LINES = (0.5,)  # the pad's middle: small kana are written below it

Box = tuple[float, float, float, float]  # left, top, right, bottom as fractions of the pad


@lru_cache(maxsize=None)
def template_box(char: str) -> Box | None:
    """Where KanjiVG draws ``char`` in its box (the strokes' centre lines), or None without a template."""
    if not has_template(char):
        return None
    points = np.concatenate([np.asarray(stroke, np.float64) for stroke in templates_for(char)[0].strokes])
    (left, top), (right, bottom) = points.min(axis=0) / TEMPLATE_BOX, points.max(axis=0) / TEMPLATE_BOX
    return float(left), float(top), float(right), float(bottom)


def written_small(drawing: Drawing, scale: float = 0.75) -> Drawing:
    """A small kana's template drawing (KanjiVG's print size, 0.8 of the large kana) as the pad asks for it:
    shrunk by ``scale`` onto the canvas' bottom, about 0.6 of a large kana. For the self-test and demos."""
    anchor = np.array([drawing.width * 0.5, drawing.height * 0.95])
    return Drawing([Stroke((stroke.points[:, :2] - anchor) * scale + anchor) for stroke in drawing.strokes],
                   drawing.width, drawing.height)


def drawing_box(drawing: Drawing) -> Box | None:
    """The strokes' extent as fractions of the drawing's canvas (the pad); None for an empty drawing."""
    box = drawing.ink_box()
    if box is None:
        return None
    x0, y0, x1, y1 = box
    return x0 / drawing.width, y0 / drawing.height, x1 / drawing.width, y1 / drawing.height


@dataclass(frozen=True)
class Reference:
    """A writer's scale and offset, from a full-size kana they drew: template box = (drawn − offset) / scale."""

    scale: float
    offset_x: float
    offset_y: float

    @classmethod
    def from_written(cls, char: str, box: Box | None) -> "Reference | None":
        """From ``char`` written with its drawing at ``box``; None unless it is a full-size kana with a template
        (a small one would say nothing new) and a box of some size."""
        if box is None or not kana.is_kana(char) or char in kana.SMALL_TO_LARGE:
            return None
        template = template_box(char)
        if template is None:
            return None
        drawn, reference = _size(box), _size(template)
        if drawn < 0.05 or reference <= 0:
            return None
        scale = drawn / reference
        (dx, dy), (tx, ty) = _centre(box), _centre(template)
        return cls(scale, dx - tx * scale, dy - ty * scale)

    def to_template(self, box: Box) -> Box:
        left, top, right, bottom = box
        return ((left - self.offset_x) / self.scale, (top - self.offset_y) / self.scale,
                (right - self.offset_x) / self.scale, (bottom - self.offset_y) / self.scale)


def small_place(large_box: Box) -> Box:
    """Where a small kana is written on the pad, from its large kana's box."""
    ax, ay = SMALL_ANCHOR
    left, top, right, bottom = large_box
    return (ax + (left - ax) * SMALL_SCALE, ay + (top - ay) * SMALL_SCALE,
            ax + (right - ax) * SMALL_SCALE, ay + (bottom - ay) * SMALL_SCALE)


def _size(box: Box) -> float:
    return max(box[2] - box[0], box[3] - box[1])


def _centre(box: Box) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def _distance(a: Box, b: Box) -> float:
    (ax, ay), (bx, by) = _centre(a), _centre(b)
    return abs(_size(a) - _size(b)) + CENTRE_Y_WEIGHT * abs(ay - by) + CENTRE_X_WEIGHT * abs(ax - bx)


def small_share(box: Box, small: str, large: str, reference: Reference | None = None) -> float:
    """How much of the pair's probability goes to ``small`` for a drawing at ``box``."""
    large_box = template_box(large)
    if large_box is None:
        return 0.5
    small_box = small_place(large_box)
    if reference is not None:
        box = reference.to_template(box)
    margin = (_distance(box, large_box) - _distance(box, small_box)) / SOFTNESS
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, margin))))


def size_pairs(labels) -> list[tuple[int, int]]:
    """(small index, large index) for each small/large pair both in ``labels``."""
    index = {str(label): i for i, label in enumerate(labels)}
    return [(index[small], index[large]) for small, large in kana.SMALL_TO_LARGE.items()
            if small in index and large in index]


def uses_size(labels, spec=None) -> bool:
    """True for models with a small/large pair whose preprocessing scales every drawing to one size."""
    return (spec is None or spec.fit != "resize") and bool(size_pairs(labels))


def by_drawn_size(probabilities: np.ndarray, labels, box: Box | None,
                  reference: Reference | None = None) -> np.ndarray:
    """``probabilities`` (K,) with each small/large pair's total split by the drawing's ``box``; unchanged where
    ``box`` is None."""
    if box is None:
        return probabilities
    out = np.array(probabilities, np.float32, copy=True)
    for s, l in size_pairs(labels):
        total = out[s] + out[l]
        out[s] = total * small_share(box, str(labels[s]), str(labels[l]), reference)
        out[l] = total - out[s]
    return out


def as_large(probabilities: np.ndarray, labels) -> np.ndarray:
    """``probabilities`` (K,) with each small/large pair's total on its large kana: for an image, which has no pad
    to read a size from."""
    out = np.array(probabilities, np.float32, copy=True)
    for s, l in size_pairs(labels):
        out[l] += out[s]
        out[s] = 0.0
    return out


__all__ = ["Box", "GUIDE_LINES", "Reference", "SMALL_SCALE", "SOFTNESS", "as_large", "by_drawn_size", "drawing_box",
           "size_pairs", "small_place", "small_share", "template_box", "uses_size",
           "written_small"]
