"""The shape of long work in the core: a plain function that reports progress and checks a stop flag.

The CLI passes a progress printer, the Qt workers pass callbacks that forward to signals; neither changes the
function. Cancelling raises :class:`Cancelled` so callers cannot mistake a partial result for a whole one.
"""

from __future__ import annotations

from typing import Callable, Optional

from guiapp.core.text import Text

ProgressFn = Callable[[int, int], None]  # (done, total)
StopFn = Callable[[], bool]


class Cancelled(Exception):
    """The user asked the work to stop; nothing partial was saved."""


def is_user_error(exc: BaseException) -> bool:
    """Bad input (a file, a dataset, a setting): its message says what and where, no traceback is needed. Anything
    else is a bug, reported with its type and logged in full."""
    from guiapp.core.datasets.base import DatasetError
    from guiapp.core.modelfile.errors import ModelFileError
    from guiapp.core.training.config import TrainingError
    from guiapp.core.training.runs import RunError

    return isinstance(exc, (DatasetError, ModelFileError, TrainingError, RunError, ValueError, OSError))


def error_message(exc: BaseException) -> str:
    """One line for the user: a user error's own message, else its type and message."""
    # A KeyError's str() is its repr ("'…'"): its message is its argument. Stripping quotes off every message took
    # the opening one off a name it began with ("⚠ digits' is read-only": a walk).
    text = (str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)).strip()
    if isinstance(exc, OSError) and exc.strerror and not isinstance(exc.args[0] if exc.args else None, Text):
        # "Permission denied: /data/datasets", not Python's "[Errno 13] Permission denied: '/data/datasets'" (walk 121)
        text = f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    return text if is_user_error(exc) and text else f"{type(exc).__name__}: {text}"


def never_stop() -> bool:
    return False


def no_progress(done: int, total: int) -> None:
    pass


def check(should_stop: Optional[StopFn]) -> None:
    if should_stop is not None and should_stop():
        raise Cancelled(Text("cancelled"))


class Countdown:
    """A time left said as "at most": never more than it said before, less the time gone since. An estimate from
    the last batches' speed rose from 1:35 to 1:43 "left at most" (walk 156)."""

    def __init__(self, clock: Callable[[], float] | None = None) -> None:
        import time

        self._clock = clock or time.monotonic
        self._said: tuple[float, float] | None = None  # (seconds said, when)

    def left(self, estimate: float) -> float:
        now = self._clock()
        if self._said is not None:
            said, when = self._said
            estimate = min(estimate, max(said - (now - when), 1.0))
        self._said = (estimate, now)
        return estimate


def format_duration(seconds: float) -> str:
    """``m:ss`` (``h:mm:ss`` from an hour on) for ETAs and run times; ``?`` when unknown."""
    import math

    if not math.isfinite(seconds) or seconds < 0:
        return "?"
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
