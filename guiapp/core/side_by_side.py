"""Whether an image or a drawing shows several characters side by side: a model reads one character at a time, and
an image of two was read as one with confidence, nothing saying so (walk 146); "42" written on the pad in one go
was read as 4 at 91 % (walk 152).

The ink is cut where an empty band of columns at least GAP of its height wide runs from top to bottom; a part is a
character's where it is at least PART_WIDTH of the height wide and PART_HEIGHT of it tall (narrower, it is a
stroke: い's, 川's; lower, a mark or a full stop), and the whole at least ASPECT times wider than tall. An image is
measured as its ink shows; a drawing along its strokes' middles (the pad's thick pen closed the gap of two digits
written close in a square), at DRAWN_GAP and DRAWN_ASPECT. Some characters are so cut
themselves (ハ, い, か in some hands): where the answer's own written forms part even at looser measures
(ぃいかがけにはばぱふほハバパル…), its ink is taken as that character.

Measured by ``benchmarks/bench_side_by_side.py`` (figures in benchmarks/README.md): images: none of the 5,000 real
MNIST digits or of 2,712 printed glyphs (digits, letters, kana) is taken for several, 3 of 6,900 synthesised ones;
two real digits 2 px apart or more at 28 px are, 90–97 % of pairs (the rest pair a 1, too narrow to count), and
69 % of printed pairs. Drawings: 8 of the 6,900 synthesised writers' (W, w, M, m drawn in parts, one リ); two
digits drawn a fifth of their height apart or more, 92–94 % (a tenth to a fifth, 51 %).
"""

from __future__ import annotations

from functools import cache

import numpy as np

GAP, PART_WIDTH, PART_HEIGHT, ASPECT = 0.08, 0.3, 0.4, 1.0
DRAWN_GAP, DRAWN_ASPECT = 0.12, 0.8  # along the strokes' middles (centre_lines)
# A written form's parts are counted at these looser measures: a character whose template parts so may be written
# with its parts wider apart
FORM_GAP, FORM_PART_WIDTH, FORM_PART_HEIGHT, FORM_ASPECT = 0.05, 0.05, 0.2, 0.6
FORM_SIDE = 64  # px: a written form is drawn at this size to be measured
INK_LEVEL = 0.2  # coverage above this is ink (as preprocess's ink box counts it)


def column_groups(ink: np.ndarray, gap: float = GAP, part_width: float = PART_WIDTH,
                  part_height: float = PART_HEIGHT, aspect: float = ASPECT) -> list[tuple[int, int, bool]]:
    """The ink mask ``ink``'s (True = ink) groups of columns side by side, left to right: (first column, the column
    after its last, whether it is wide and tall enough to be a character's), in ``ink``'s columns; one group where
    the ink is not ``aspect`` times wider than tall; none without ink."""
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if not len(rows):
        return []
    left = int(cols[0])
    box = ink[rows[0]:rows[-1] + 1, left:cols[-1] + 1]
    height, width = box.shape
    if width < aspect * height:
        return [(left, left + width, True)]
    inked = np.concatenate([[False], box.any(axis=0), [False]])
    edges = np.flatnonzero(inked[1:] != inked[:-1])  # where each run of inked columns starts and ends
    groups = [[int(edges[0]), int(edges[1])]]
    for start, end in zip(edges[2::2], edges[3::2]):
        if start - groups[-1][1] < gap * height:
            groups[-1][1] = int(end)  # a narrow gap is within a character
        else:
            groups.append([int(start), int(end)])
    found = []
    for start, end in groups:
        tall = np.flatnonzero(box[:, start:end].any(axis=1))
        found.append((left + start, left + end,
                      bool(end - start >= part_width * height and tall[-1] - tall[0] + 1 >= part_height * height)))
    return found


def parts_in_a_row(ink: np.ndarray, gap: float = GAP, part_width: float = PART_WIDTH,
                   part_height: float = PART_HEIGHT, aspect: float = ASPECT) -> int:
    """How many characters' parts the ink mask ``ink`` (True = ink) shows side by side: 0 without ink, else at
    least 1."""
    groups = column_groups(ink, gap, part_width, part_height, aspect)
    return max(1, sum(whole for *_, whole in groups)) if groups else 0


@cache
def parts_of_its_forms(char: str) -> int:
    """The most parts any written form of ``char`` shows at the looser measures (0: no written form known)."""
    from guiapp.core.scribble import template_forms
    from guiapp.core.datasets.templates import TEMPLATE_BOX
    from guiapp.core.strokes import Drawing, Stroke, rasterise

    forms = template_forms(char) if len(char) == 1 else None
    if not forms:
        return 0
    most = 0
    for strokes in forms:
        drawing = Drawing([Stroke(np.asarray(points, float)) for points in strokes], TEMPLATE_BOX, TEMPLATE_BOX)
        ink = rasterise(drawing, FORM_SIDE, 0.05 * TEMPLATE_BOX) > INK_LEVEL * 255
        most = max(most, parts_in_a_row(ink, FORM_GAP, FORM_PART_WIDTH, FORM_PART_HEIGHT, FORM_ASPECT))
    return most


def _ink(coverage: np.ndarray) -> np.ndarray:
    coverage = np.asarray(coverage)
    if coverage.ndim == 3:
        coverage = coverage[..., 0]
    if coverage.dtype == bool:  # a mask already (centre_lines)
        return coverage
    return coverage > INK_LEVEL * (255.0 if coverage.dtype == np.uint8 else 1.0)


def _measures(drawn: bool) -> tuple[float, float, float, float]:
    """(gap, part width, part height, aspect) for an image's ink, or a drawing's strokes along their middles."""
    return (DRAWN_GAP, PART_WIDTH, PART_HEIGHT, DRAWN_ASPECT) if drawn else (GAP, PART_WIDTH, PART_HEIGHT, ASPECT)


def characters_side_by_side(coverage: np.ndarray, top: str | None, drawn: bool = False) -> int:
    """How many characters ``coverage`` (0 paper … 1 or 255 ink; ``drawn``: a drawing's strokes along their middles,
    see :func:`centre_lines`) shows side by side where that is more than one and more than the answer ``top`` is
    written with; else 1."""
    parts = parts_in_a_row(_ink(coverage), *_measures(drawn))
    if parts < 2 or (top and parts <= parts_of_its_forms(str(top))):
        return 1
    return parts


def centre_lines(drawing, size: int) -> np.ndarray:
    """``drawing``'s strokes along their middles, one pixel wide, on the ``size`` bitmap a recognizer rasterises it
    to (its canvas scaled uniformly and centred, as :func:`guiapp.core.strokes.rasterise` places it): the same
    columns. Drawn point by point (rasterising it again took a fifth of a recognition's time)."""
    mask = np.zeros((size, size), bool)
    scale = size / max(drawing.width, drawing.height, 1e-9)
    offset = (np.array([size, size]) - np.array([drawing.width, drawing.height]) * scale) / 2
    for stroke in drawing.strokes:
        points = np.asarray(stroke.points, float)[:, :2] * scale + offset
        if len(points) > 1:  # a point every half pixel along it
            along = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(points, axis=0).T))])
            steps = np.arange(0.0, along[-1] + 0.5, 0.5)
            points = np.column_stack([np.interp(steps, along, points[:, 0]), np.interp(steps, along, points[:, 1])])
        cells = np.clip(points.astype(int), 0, size - 1)
        mask[cells[:, 1], cells[:, 0]] = True
    return mask


def columns_to_read(coverage: np.ndarray, drawn: bool = False) -> list[tuple[int, int]]:
    """The columns of each character side by side in ``coverage`` (as :func:`characters_side_by_side` takes it),
    left to right, each to the middle of the gaps beside it, to read them one by one; none where a group of its ink
    is too narrow or low to be read as a character (the 1 of "142": read without it, the rest would be written as
    the whole)."""
    groups = column_groups(_ink(coverage), *_measures(drawn))
    if len(groups) < 2 or not all(whole for *_, whole in groups):
        return []
    cuts = [(end + start) // 2 for (_, end, _), (start, _, _) in zip(groups, groups[1:])]
    return list(zip([0, *cuts], [*cuts, np.asarray(coverage).shape[1]]))


def as_written(parts) -> str:
    """The characters read one by one, as they are written into the text: run together ("42"), or with a space
    between words where a model's labels are longer than one character."""
    return ("" if all(len(part) == 1 for part in parts) else " ").join(parts)


__all__ = ["as_written", "centre_lines", "characters_side_by_side", "column_groups", "columns_to_read",
           "parts_in_a_row", "parts_of_its_forms"]
