"""Whether a drawing is a scribble rather than a character: far more ink travelled than its size holds.

A network reads whatever it is given as one of its classes: a dense scribble was read as 8 at 96 %, and after a Teach
round as W at 88 % with "capital W (read from its size)" under it, and nothing said it was no character (walks 143
and before). The measure is the pen's path length over the drawing's size (its bounding box's longer side): a written
character's strokes go over its box a few times (i 0.9, 8 3.8, あ 4.1, 森 5.2 in KanjiVG's and our templates), a
scribble's many times (a dense one some 20). A drawing is said to be scribbled where its ratio is well beyond the top
answer's own template, or beyond any character's where that class has no template (one's own symbols: their own
drawings stand for the template where there are some, see core.own_forms). A zigzag across the pad takes less ink for
its width (a 10-tooth one was read as 4 at 97 %: walk 144), but turns back on itself at every tooth: a drawing that
turns sharply (more than 120°) many more times than its template, several times a stroke, is a scribble too; a
character's templates turn so at most once. A snake of rows with round turns (read as a digit: walk 144) turns
sharply nowhere: it sweeps back and forth across the pad while going steadily down it. A character's templates sweep
so at most 4 times (3 a 3, る 4), gone over there and back 2 more; a snake of n rows, n - 1 times. A spiral (read as a
circle at 96 %: walk 148) winds round on itself: its turning adds up to many whole turns in one stroke, where a
character's templates wind at most twice (ゐ; q 1.7).
"""

from __future__ import annotations

from functools import cache

import numpy as np

from guiapp.core.strokes import Drawing

# Beyond this many times the top answer's template's ratio, and never below LEAST_RATIO (a hasty 8 gone over twice
# is some 7.5); where the class has no template, beyond NO_TEMPLATE_RATIO.
TIMES_THE_TEMPLATE, LEAST_RATIO, NO_TEMPLATE_RATIO = 2.5, 10.0, 12.0
# Sharp turns: at least LEAST_TURNS, TIMES_THE_TEMPLATE the template's, and TURNS_A_STROKE a stroke (each stroke of a
# character gone over, there and back, turns once). Measured on the path resampled every TURN_STEP of its size.
LEAST_TURNS, TURNS_A_STROKE, SHARP_TURN_DEGREES, TURN_STEP = 7, 3, 120.0, 0.05
# Sweeps: at least LEAST_SWEEPS, and SWEEPS_OVER_THE_TEMPLATE more than the template's; a sweep goes back by at least
# SWEEP_DEPTH of the drawing's size (less is a wobble, or a round letter's curve).
LEAST_SWEEPS, SWEEPS_OVER_THE_TEMPLATE, SWEEP_DEPTH = 5, 3, 0.25
# Windings: at least LEAST_WINDINGS whole turns in one stroke, and WINDINGS_OVER_THE_TEMPLATE more than the template's
# (a circle gone round twice is a bold O, not a scribble)
LEAST_WINDINGS, WINDINGS_OVER_THE_TEMPLATE = 2.5, 1.5


def _shape(strokes, least_points: int) -> tuple[list[np.ndarray], float]:
    """The strokes of at least ``least_points`` points as (x, y) arrays, and the longer side of their bounding box
    (0 for none)."""
    arrays = [np.asarray(points, dtype=float)[:, :2] for points in strokes if len(points) >= least_points]
    if not arrays:
        return [], 0.0
    every = np.concatenate(arrays)
    return arrays, float(max(np.ptp(every[:, 0]), np.ptp(every[:, 1])))


def ink_ratio(strokes) -> float | None:
    """The path length of ``strokes`` (point arrays, x and y first) over their bounding box's longer side; None for
    nothing drawn or a dot."""
    arrays, size = _shape(strokes, 1)
    if size <= 0.0:
        return None
    return sum(float(np.linalg.norm(np.diff(points, axis=0), axis=1).sum()) for points in arrays) / size


def _resampled(strokes) -> tuple[list[np.ndarray], float]:
    """The strokes resampled every TURN_STEP of the drawing's size (a pen's jitter is not a turn), those shorter
    than two steps left out; and the drawing's size."""
    arrays, size = _shape(strokes, 2)
    step = TURN_STEP * size
    resampled = []
    for points in arrays if step > 0.0 else []:
        along = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(points, axis=0), axis=1))])
        if along[-1] >= 2 * step:
            at = np.arange(0.0, along[-1], step)
            resampled.append(np.stack([np.interp(at, along, points[:, 0]), np.interp(at, along, points[:, 1])], 1))
    return resampled, size


def _moves(points: np.ndarray) -> np.ndarray:
    """A resampled stroke's steps, those of no length left out."""
    moves = np.diff(points, axis=0)
    return moves[np.linalg.norm(moves, axis=1) > 1e-9]


def _turns_in(paths: list[np.ndarray]) -> int:
    limit = np.cos(np.radians(SHARP_TURN_DEGREES))
    turns = 0
    for points in paths:
        moves = _moves(points)
        moves /= np.linalg.norm(moves, axis=1, keepdims=True)
        turns += int(((moves[:-1] * moves[1:]).sum(axis=1) < limit).sum())
    return turns


def sharp_turns(strokes) -> int:
    """How many times the pen turns by more than SHARP_TURN_DEGREES along ``strokes``."""
    return _turns_in(_resampled(strokes)[0])


def _reversals(values: np.ndarray, depth: float) -> list[int]:
    """Where ``values`` turn back, having gone back by more than ``depth`` since (the index of each extreme)."""
    high = low = values[0]
    high_at = low_at = 0
    going, found = 0, []  # 1 up, -1 down, 0 not yet either
    for index, value in enumerate(values[1:], 1):
        if value > high:
            high, high_at = value, index
        if value < low:
            low, low_at = value, index
        if going >= 0 and high - value > depth:
            found += [high_at] if going == 1 else []
            going, low, low_at = -1, value, index
        elif going <= 0 and value - low > depth:
            found += [low_at] if going == -1 else []
            going, high, high_at = 1, value, index
    return found


def sweeps(strokes) -> int:
    """The most times one stroke goes back across the drawing (by SWEEP_DEPTH of its size or more) while it goes
    steadily one way along the other axis: a snake's rows. A character gone over there and back turns back along
    both axes, and counts its own sweeps only."""
    return _sweeps_in(*_resampled(strokes))


def _sweeps_in(paths: list[np.ndarray], size: float) -> int:
    depth, most = SWEEP_DEPTH * size, 0
    for points in paths:
        for axis in (0, 1):
            back = np.asarray(_reversals(points[:, axis], depth), dtype=int)
            bounds = [0, *_reversals(points[:, 1 - axis], depth), len(points)]
            for start, end in zip(bounds, bounds[1:]):
                most = max(most, int(((back >= start) & (back < end)).sum()))
    return most


@cache
def template_forms(char: str) -> tuple | None:
    """The strokes of each of ``char``'s written forms (KanjiVG's and our allographs); None without one."""
    from guiapp.core.datasets.templates import TemplateError, has_template, templates_for

    if not has_template(char):
        return None
    try:
        return tuple(form.strokes for form in templates_for(char))
    except (TemplateError, OSError, ValueError):
        return None


def windings(strokes) -> float:
    """The most whole turns one stroke of ``strokes`` makes, its turning added up (left and right cancel)."""
    return _windings_in(_resampled(strokes)[0])


def _windings_in(paths: list[np.ndarray]) -> float:
    most = 0.0
    for points in paths:
        moves = _moves(points)
        if len(moves) < 2:
            continue
        turning = np.diff(np.arctan2(moves[:, 1], moves[:, 0]))
        most = max(most, abs(float(((turning + np.pi) % (2 * np.pi) - np.pi).sum())) / (2 * np.pi))
    return most


def form_measures(forms) -> tuple[float, int, int, float] | None:
    """The most ink ratio, sharp turns, sweeps and windings among ``forms`` (each a character's strokes, as point
    arrays); None for none."""
    ratios = [(ratio, strokes) for strokes in forms if (ratio := ink_ratio(strokes)) is not None]
    if not ratios:
        return None
    return (max(ratio for ratio, _ in ratios), max(sharp_turns(strokes) for _, strokes in ratios),
            max(sweeps(strokes) for _, strokes in ratios), max(windings(strokes) for _, strokes in ratios))


@cache
def template_measures(char: str) -> tuple[float, int, int, float] | None:
    """The :func:`form_measures` of ``char``'s written forms; None without one."""
    forms = template_forms(char)
    return form_measures(forms) if forms else None


def template_ratio(char: str) -> float | None:
    """The largest :func:`ink_ratio` of ``char``'s written forms; None without one."""
    return template_measures(char)[0] if template_measures(char) else None


def template_turns(char: str) -> int | None:
    """The most :func:`sharp_turns` of ``char``'s written forms; None without one."""
    return template_measures(char)[1] if template_measures(char) else None


def template_sweeps(char: str) -> int | None:
    """The most :func:`sweeps` of ``char``'s written forms; None without one."""
    return template_measures(char)[2] if template_measures(char) else None


def template_windings(char: str) -> float | None:
    """The most :func:`windings` of ``char``'s written forms; None without one."""
    return template_measures(char)[3] if template_measures(char) else None


def looks_scribbled(drawing: Drawing, top: str | None, own: tuple | None = None) -> bool:
    """Whether ``drawing``, read as ``top``, is more likely a scribble than that character. ``own``: the
    :func:`form_measures` of the person's own drawings of ``top``, which stand for its templates where it has none:
    one's own symbol. A spiral taught as "spiral" was called a scribble at 100 %, every time (walk 161)."""
    strokes = [stroke.points for stroke in drawing.strokes]
    ratio = ink_ratio(strokes)
    if ratio is None:
        return False
    one = bool(top) and len(top) == 1
    if one and template_forms(top):
        own = template_measures(top)
    own_ratio, own_turns, own_sweeps, own_windings = own or (None, 0, 0, 0.0)
    if ratio > (max(LEAST_RATIO, TIMES_THE_TEMPLATE * own_ratio) if own_ratio else NO_TEMPLATE_RATIO):
        return True
    paths, size = _resampled(strokes)  # once, for the three measures of its path
    turns = _turns_in(paths)
    if turns >= max(LEAST_TURNS, TIMES_THE_TEMPLATE * own_turns) and turns >= TURNS_A_STROKE * len(strokes):
        return True
    if _sweeps_in(paths, size) >= max(LEAST_SWEEPS, SWEEPS_OVER_THE_TEMPLATE + own_sweeps):
        return True
    return _windings_in(paths) >= max(LEAST_WINDINGS, WINDINGS_OVER_THE_TEMPLATE + own_windings)


__all__ = ["form_measures", "ink_ratio", "looks_scribbled", "sharp_turns", "sweeps", "template_forms",
           "template_measures", "template_ratio", "template_sweeps", "template_turns", "template_windings", "windings"]
