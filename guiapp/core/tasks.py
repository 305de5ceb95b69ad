"""The shape of long work in the core: a plain function that reports progress and checks a stop flag.

The CLI passes a progress printer, the Qt workers pass callbacks that forward to signals; neither changes the
function. Cancelling raises :class:`Cancelled` so callers cannot mistake a partial result for a whole one.
"""

from __future__ import annotations

from typing import Callable, Optional

ProgressFn = Callable[[int, int], None]  # (done, total)
StopFn = Callable[[], bool]


class Cancelled(Exception):
    """The user asked the work to stop; nothing partial was saved."""


def never_stop() -> bool:
    return False


def no_progress(done: int, total: int) -> None:
    pass


def check(should_stop: Optional[StopFn]) -> None:
    if should_stop is not None and should_stop():
        raise Cancelled("cancelled")
