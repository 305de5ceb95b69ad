"""Whether a drawing is a scribble rather than a character: far more ink travelled than its size holds.

A network reads whatever it is given as one of its classes: a dense scribble was read as 8 at 96 %, and after a
Teach round as W at 88 % with "capital W (read from its size)" under it, and nothing said it was no character (walks
143 and before). The measure is the pen's path length over the drawing's size (its bounding box's longer side): a
written character's strokes go over its box a few times (i 0.9, 8 3.8, あ 4.1, 森 5.2 in KanjiVG's and our
templates), a scribble's many times (a dense one some 20). A drawing is said to be scribbled where its ratio is
well beyond the top answer's own template, or beyond any character's where that class has no template (one's own
symbols).
"""

from __future__ import annotations

from functools import cache

import numpy as np

from guiapp.core.strokes import Drawing

# Beyond this many times the top answer's template's ratio, and never below LEAST_RATIO (a hasty 8 gone over twice
# is some 7.5); where the class has no template, beyond NO_TEMPLATE_RATIO.
TIMES_THE_TEMPLATE, LEAST_RATIO, NO_TEMPLATE_RATIO = 2.5, 10.0, 12.0


def ink_ratio(strokes) -> float | None:
    """The path length of ``strokes`` (point arrays, x and y first) over their bounding box's longer side; None for
    nothing drawn or a dot."""
    arrays = [np.asarray(points, dtype=float)[:, :2] for points in strokes if len(points)]
    if not arrays:
        return None
    every = np.concatenate(arrays)
    size = float(max(np.ptp(every[:, 0]), np.ptp(every[:, 1])))
    if size <= 0.0:
        return None
    return sum(float(np.linalg.norm(np.diff(points, axis=0), axis=1).sum()) for points in arrays) / size


@cache
def template_ratio(char: str) -> float | None:
    """The largest :func:`ink_ratio` of ``char``'s written forms (KanjiVG's and our allographs); None without one."""
    from guiapp.core.datasets.templates import TemplateError, has_template, templates_for

    if not has_template(char):
        return None
    try:
        return max(ink_ratio(form.strokes) or 0.0 for form in templates_for(char))
    except (TemplateError, OSError, ValueError):
        return None


def looks_scribbled(drawing: Drawing, top: str | None) -> bool:
    """Whether ``drawing``, read as ``top``, is more likely a scribble than that character."""
    ratio = ink_ratio([stroke.points for stroke in drawing.strokes])
    if ratio is None:
        return False
    own = template_ratio(top) if top and len(top) == 1 else None
    return ratio > (max(LEAST_RATIO, TIMES_THE_TEMPLATE * own) if own else NO_TEMPLATE_RATIO)


__all__ = ["ink_ratio", "looks_scribbled", "template_ratio"]
