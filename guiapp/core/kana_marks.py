"""Is there a sound mark (゛ ゜) on the pad? A kana with a mark is its plain kana plus separate small strokes.

A dakuten or handakuten is written as its own strokes, small, at the top right of the character (ば, ビ, ぽ). The
kana models see the drawing as an image, where a stroke that ends in a hook or a thick head at the top right looks
much like a mark: printed Mincho ヒ reads as ビ for that reason (docs/kana.md), and so may a writer who ends strokes
with a flick. The pad knows more than the image: which ink was drawn as a separate stroke. With no small stroke
where marks go, a marked kana cannot be what was written, and its probability goes to its plain kana (the pair's
total is kept, as :mod:`guiapp.core.kana_size` does for small kana); with one, the model decides as before, so a
plain kana with a small stroke of its own there (ト, ふ, か) is left to the model. The strokes also tell ゜ from ゛:
a loop is a handakuten, and the models read a small circle as two ticks far more often than the other way (ぴ as
び in synthetic handwriting), so with a loop there a dakuten kana's share goes to its handakuten kana.

Only drawings: an image has no strokes, and in print a mark often touches its kana (が's mark meets か's tick,
ゴ's meets コ's corner), so connected ink says nothing there. Where marks sit was measured on KanjiVG's marked kana
as the synthetic writers draw them (seed 0): every mark stroke's centre is right of 0.56 and above 0.41 of the
drawing's box, and its extent under 0.27 of the box's larger side; the limits below leave room around that for
other hands, since finding a mark that is not there only leaves the model to decide.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import numpy as np

from guiapp.core import kana
from guiapp.core.strokes import Drawing

# A stroke may be a mark when its centre is right of MARK_LEFT and above MARK_BOTTOM of the drawing's box (fractions
# of its width and height) and its extent is under MARK_SIZE of the box's larger side.
MARK_LEFT = 0.5
MARK_BOTTOM = 0.5
MARK_SIZE = 0.45
# What a marked kana keeps of its probability when the pad shows no mark: not zero, so that it stays in the
# candidates' order after its plain kana.
KEPT = 1e-3
# A handakuten is a loop: its stroke's path is at least ROUND_LENGTH times its extent (a circle's is π, a tick's
# about 1) and it ends within ROUND_GAP of its extent from where it began; strokes under ROUND_MIN of the drawing's
# size are not judged. Measured on the synthetic writers (seed 0): loops 2.24–3.53 long (1st–99th percentile) with
# gaps up to 0.59, ticks 1.0–1.45 long.
ROUND_LENGTH = 1.8
ROUND_GAP = 0.7
ROUND_MIN = 0.05
# The two ticks of a ゛ lie side by side: their centres within TICKS_APART of the drawing's larger side.
TICKS_APART = 0.3


def _stroke_boxes(drawing: Drawing) -> list[tuple[np.ndarray, tuple[float, float, float, float]]]:
    return [(stroke.points[:, :2], (*stroke.points[:, :2].min(axis=0), *stroke.points[:, :2].max(axis=0)))
            for stroke in drawing.strokes if len(stroke.points)]


def _candidates(drawing: Drawing):
    """(the strokes' points, the indices of those small and at the top right, their centres and extents, the
    drawing's larger side); no candidates for a drawing of one stroke."""
    strokes = _stroke_boxes(drawing)
    if len(strokes) < 2:
        return strokes, np.zeros(0, int), None, None, 0.0
    boxes = np.asarray([box for _, box in strokes], np.float64)
    left, top = boxes[:, 0].min(), boxes[:, 1].min()
    width, height = boxes[:, 2].max() - left, boxes[:, 3].max() - top
    side = max(width, height)
    if side <= 0:
        return strokes, np.zeros(0, int), None, None, 0.0
    centres = (boxes[:, :2] + boxes[:, 2:]) / 2
    centre_x = (centres[:, 0] - left) / max(width, 1e-9)
    centre_y = (centres[:, 1] - top) / max(height, 1e-9)
    extent = np.maximum(boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1])
    candidates = np.flatnonzero((centre_x > MARK_LEFT) & (centre_y < MARK_BOTTOM) & (extent < MARK_SIZE * side))
    return strokes, candidates, centres, extent, side


def _is_loop(points: np.ndarray, extent: float, side: float) -> bool:
    if extent < ROUND_MIN * side or len(points) < 3:
        return False  # a tap or a dot: too small to tell a loop from a tick
    length = float(np.sum(np.linalg.norm(np.diff(points, axis=0), axis=1)))
    gap = float(np.linalg.norm(points[-1] - points[0]))
    return length >= ROUND_LENGTH * extent and gap <= ROUND_GAP * extent


def marks_drawn(drawing: Drawing) -> str:
    """What the strokes say about a sound mark: "" when no stroke, other than the only one, is small and at the
    top right of the drawing (where ゛ and ゜ go); "round" when one of those is a loop (゜); else "marks"."""
    strokes, candidates, _centres, extent, side = _candidates(drawing)
    if not len(candidates):
        return ""
    return "round" if any(_is_loop(strokes[i][0], extent[i], side) for i in candidates) else "marks"


def mark_strokes(drawing: Drawing) -> tuple[str, tuple[int, ...]]:
    """The strokes of a sound mark where they can be told from the kana's own: ("round", (i,)) a loop at the top
    right (゜); ("ticks", (i, j)) two small strokes there side by side (゛), the nearest two; ("", ()) otherwise,
    as for one small stroke there, which may be the kana's own (か's, た's, ト's)."""
    strokes, candidates, centres, extent, side = _candidates(drawing)
    loops = [int(i) for i in candidates if _is_loop(strokes[i][0], extent[i], side)]
    if loops:
        return "round", (loops[0],)
    if len(candidates) < 2 or len(candidates) == len(strokes):
        return "", ()
    # side by side, not one above the other: ほ's two short bars at its top right are not a ゛ (taken for one, 3
    # of 40 drawings of ほ read as ば in benchmarks/bench_kana_marks.py)
    pairs = [(float(np.linalg.norm(centres[i] - centres[j])), int(i), int(j))
             for n, i in enumerate(candidates) for j in candidates[n + 1:]
             if abs(centres[i][0] - centres[j][0]) >= abs(centres[i][1] - centres[j][1])]
    if not pairs:
        return "", ()
    apart, i, j = min(pairs)
    return ("ticks", (i, j)) if apart <= TICKS_APART * side else ("", ())


def without_strokes(drawing: Drawing, indices) -> Drawing:
    """``drawing`` without the strokes at ``indices`` (the kana under its mark)."""
    dropped = set(indices)
    return Drawing([stroke for n, stroke in enumerate(drawing.strokes) if n not in dropped], drawing.width,
                   drawing.height)


def with_mark(base: np.ndarray, labels, kind: str) -> np.ndarray:
    """The reading of a kana drawn without its mark (``base``, over ``labels``) given to the kana it makes with
    the mark of ``kind`` ("ticks" ゛, "round" ゜): て 0.99 → で 0.99. A reading of kana that take no such mark
    gives nothing, so the result sums to less than 1."""
    out = np.zeros(len(labels), np.float32)
    for marked, plain in _marked_forms(tuple(str(label) for label in labels), kind):
        out[marked] += base[plain]
    return out


@lru_cache(maxsize=32)
def _marked_forms(labels: tuple[str, ...], kind: str) -> tuple[tuple[int, int], ...]:
    """:func:`mark_pairs` of the mark of ``kind`` only: (marked index, plain index)."""
    mark = kana.DAKUTEN if kind == "ticks" else kana.HANDAKUTEN
    return tuple((marked, plain) for marked, plain in _mark_pairs(labels) if kana.split_mark(labels[marked])[1] == mark)


def has_mark(drawing: Drawing) -> bool:
    """True when some stroke, not the only one, is small and at the top right of the drawing: where ゛ and ゜ go."""
    return bool(marks_drawn(drawing))


@lru_cache(maxsize=32)
def _mark_pairs(labels: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    index = {label: i for i, label in enumerate(labels)}
    pairs = []
    for i, label in enumerate(labels):
        plain, mark = kana.split_mark(label)
        if mark and plain in index:
            pairs.append((i, index[plain]))
    return tuple(pairs)


def mark_pairs(labels) -> tuple[tuple[int, int], ...]:
    """(marked index, plain index) for each kana with a sound mark whose plain kana is in ``labels`` too."""
    return _mark_pairs(tuple(str(label) for label in labels))


@lru_cache(maxsize=32)
def _round_moves(labels: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """(dakuten index, handakuten index) for each family with both in ``labels``: ば → ぱ."""
    index = {label: i for i, label in enumerate(labels)}
    moves = []
    for label, i in index.items():
        plain, mark = kana.split_mark(label)
        round_one = unicodedata.normalize("NFC", plain + kana.HANDAKUTEN)
        if mark == kana.DAKUTEN and plain in index and round_one in index:
            moves.append((i, index[round_one]))
    return tuple(moves)


def by_drawn_marks(probabilities: np.ndarray, labels, drawing: Drawing) -> np.ndarray:
    """``probabilities`` (K,) read against ``drawing``'s strokes: with no stroke where a mark goes, each marked
    kana's share moves to its plain kana (ビ → ヒ); with a loop there, each dakuten kana's share moves to its
    handakuten kana (ば → ぱ: the model reads a small circle as ticks more often than the other way, and a loop is
    never a dakuten). Each pair's total is kept; with ticks there the model decides. Not the other way round: a
    plain kana drawn with a small stroke there is not taken for a marked one (ふ, う, タ often are; measured in
    benchmarks/bench_kana_marks.py, plain kana fell from 99 to 93 %)."""
    key = tuple(str(label) for label in labels)
    if not _mark_pairs(key):
        return probabilities
    drawn = marks_drawn(drawing)
    moves = _mark_pairs(key) if drawn == "" else _round_moves(key) if drawn == "round" else ()  # ビ → ヒ; ば → ぱ
    if not moves:
        return probabilities
    out = np.array(probabilities, np.float32, copy=True)
    for source, target in moves:
        moved = out[source] * (1.0 - KEPT)
        out[source] -= moved
        out[target] += moved
    return out


__all__ = ["KEPT", "MARK_BOTTOM", "MARK_LEFT", "MARK_SIZE", "ROUND_GAP", "ROUND_LENGTH", "ROUND_MIN", "TICKS_APART",
           "by_drawn_marks", "has_mark", "mark_pairs", "mark_strokes", "marks_drawn", "with_mark", "without_strokes"]
