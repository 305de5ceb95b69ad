"""Run the dataset panel's long work (open, import, download, export, health, augmentation) off the GUI thread.

A task is a plain core-style function ``fn(on_progress, should_stop) -> result`` (see :mod:`guiapp.core.tasks`).
:class:`TaskRunner` runs one at a time in a QThread and forwards progress over queued signals, throttled to
about 20 per second so a fast loop cannot flood the event queue. Cancelling sets a flag the function polls;
the core raises :class:`~guiapp.core.tasks.Cancelled`, which arrives here as the ``cancelled`` signal.

:func:`dataset_events` is one application-wide notifier: the collect bar (on the Recognize tab) announces added
samples through it and the Datasets panel refreshes, without the two widgets knowing each other.
"""

from __future__ import annotations

import threading
import time
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from guiapp.core.datasets.base import DatasetError
from guiapp.core.tasks import Cancelled

Task = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
PROGRESS_INTERVAL_S = 0.05


class _Job(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal(str)

    def __init__(self, fn: Task, stop: threading.Event):
        super().__init__()
        self._fn = fn
        self._stop = stop
        self._last = 0.0

    def _on_progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S or done >= total:
            self._last = now
            self.progress.emit(int(done), int(total))

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(self._on_progress, self._stop.is_set)
        except Cancelled as exc:
            self.cancelled.emit(str(exc) or "cancelled")
        except (DatasetError, ValueError, KeyError, OSError) as exc:  # expected failures: the message says it all
            self.failed.emit(str(exc).strip("'\""))
        except Exception as exc:  # noqa: BLE001 - never let a worker die silently
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result)
        finally:
            QThread.currentThread().quit()  # the thread ends with its one job, so wait() can join it


class TaskRunner(QObject):
    """One background task at a time. Signals: ``started(str)`` (title), ``progress(done, total)``,
    ``finished(result)``, ``failed(message)``, ``cancelled(message)``, ``ended()`` after any of the three."""

    started = Signal(str)
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal(str)
    ended = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: _Job | None = None
        self._stop = threading.Event()
        self.title = ""
        self._on_done: Callable[[Any], None] | None = None

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, title: str, fn: Task, on_done: Callable[[Any], None] | None = None) -> bool:
        """Start ``fn`` in a worker thread; False (and nothing started) while another task runs."""
        if self._thread is not None:
            return False
        self.title = title
        self._stop = threading.Event()
        self._on_done = on_done
        thread = QThread()
        job = _Job(fn, self._stop)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.progress.connect(self.progress)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self._thread, self._job = thread, job
        self.started.emit(title)
        thread.start()
        return True

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, timeout_s: float = 5.0) -> bool:
        """Cancel and wait for the thread to end (window closing); True when it ended."""
        if self._thread is None:
            return True
        self.cancel()
        ended = self._thread.wait(int(timeout_s * 1000))
        if ended:
            self._end()  # the outcome's queued signal may still arrive; it finds nothing left to clean up
        return ended

    def _end(self) -> None:
        thread, self._thread, self._job = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()

    # The outcome's handlers run first (the runner is already free, so they may start the next task), then ended.
    def _finished(self, result: object) -> None:
        on_done = self._on_done
        self._end()
        try:
            if on_done is not None:
                on_done(result)
            self.finished.emit(result)
        finally:
            self.ended.emit()

    def _failed(self, message: str) -> None:
        self._end()
        try:
            self.failed.emit(message)
        finally:
            self.ended.emit()

    def _cancelled(self, message: str) -> None:
        self._end()
        try:
            self.cancelled.emit(message)
        finally:
            self.ended.emit()


class DatasetEvents(QObject):
    """Application-wide: ``userDatasetChanged(name)`` after samples are added, relabelled or deleted."""

    userDatasetChanged = Signal(str)


_events: DatasetEvents | None = None


def dataset_events() -> DatasetEvents:
    global _events
    if _events is None:
        _events = DatasetEvents()
    return _events
