"""The one way the window runs work off the GUI thread: a :class:`TaskRunner`.

Rules:

1. Work is a plain function in the core's long-work shape (:mod:`guiapp.core.tasks`),
   ``fn(on_progress, should_stop) -> result``. It never touches widgets; it may build numpy arrays and QImages,
   and hand partial results to :meth:`TaskRunner.post` (training events, a run record).
2. A runner owns one worker thread and runs its tasks one at a time, in order. A task submitted with a ``key``
   replaces a pending (not yet started) task with the same key: the newest request wins. The pad submits on every
   pen move and a slow model just answers less often instead of building a backlog.
3. Progress (throttled to about 20 per second), posts, results, errors and cancellations come back as queued
   signals, so every handler runs in the GUI thread. A task's own ``on_done`` / ``on_failed`` run before the
   runner's signals, when the runner already counts the task as ended (a handler may start the next task).
4. :meth:`TaskRunner.cancel` sets the running task's stop flag (core functions poll it and raise ``Cancelled``)
   and drops pending tasks. :meth:`TaskRunner.close` (a window closing) cancels and joins within a timeout; a
   task that cannot be interrupted (a TensorFlow import) finishes on its own, its results dropped.
5. The worker is a Python thread, not a ``QThread``: it runs its loop in Python, so TensorFlow's thread-local
   state survives from the import to the model load (a ``QThread`` calling Python slots gives each call a fresh
   thread state, and TensorFlow crashed), and a runner that is garbage-collected can never destroy a running
   thread (Qt aborts the process when a running ``QThread`` is destroyed). An idle worker ends after
   ``idle_exit_s`` and the next task starts a new one.
"""

from __future__ import annotations

import collections
import itertools
import logging
import threading
import time
import traceback
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from guiapp.core.tasks import Cancelled, is_user_error
from guiapp.core.text import Text
from guiapp.qt.i18n import localise

log = logging.getLogger(__name__)
TaskFn = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
PROGRESS_INTERVAL_S = 0.05
_IDS = itertools.count(1)


class Task:
    """One submitted piece of work; ``stop`` is its cancel flag."""

    def __init__(self, title: str, fn: TaskFn, key: str | None = None, on_done=None, on_failed=None) -> None:
        self.id = next(_IDS)
        self.title, self.fn, self.key = title, fn, key
        self.on_done, self.on_failed = on_done, on_failed
        self.stop = threading.Event()

    def __repr__(self) -> str:
        return f"<Task {self.id} {self.title!r}>"


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, Qt queues the calls into the GUI thread."""

    started = Signal(object)
    progress = Signal(object, int, int)
    posted = Signal(object)
    finished = Signal(object, object)
    failed = Signal(object, str)
    cancelled = Signal(object, str)


class TaskRunner(QObject):
    """One background task at a time (see the module's rules). Signals: ``started(title)``,
    ``progress(done, total)``, ``posted(obj)``, ``finished(result)``, ``failed(message)``, ``cancelled(message)``
    and ``ended()`` after each of the last three."""

    started = Signal(str)
    progress = Signal(int, int)
    posted = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal(str)
    ended = Signal()

    def __init__(self, parent: QObject | None = None, name: str = "guiapp-task", idle_exit_s: float | None = 2.0):
        super().__init__(parent)
        self.name = name
        self.idle_exit_s = idle_exit_s
        self.title = ""
        self._cond = threading.Condition()
        self._queue: collections.deque[Task] = collections.deque()
        self._current: Task | None = None  # running in the worker
        self._open: set[int] = set()  # submitted tasks whose outcome the GUI thread has not handled yet
        self._thread: threading.Thread | None = None
        self._closed = False
        self._relay = _Relay()
        self._relay.started.connect(self._on_started)
        self._relay.progress.connect(self._on_progress)
        self._relay.posted.connect(self.posted)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.cancelled.connect(self._on_cancelled)

    # -- the GUI side ---------------------------------------------------------------------------------------------
    def is_running(self) -> bool:
        """True while a task is pending or running, or its outcome has not been delivered yet."""
        return bool(self._open)

    def start(self, title: str, fn: TaskFn, on_done: Callable[[Any], None] | None = None) -> bool:
        """Run ``fn`` unless another task is under way: False (and nothing started) then."""
        if self._open:
            return False
        self.submit(title, fn, on_done)
        return True

    def submit(self, title: str, fn: TaskFn, on_done=None, on_failed=None, key: str | None = None) -> Task:
        """Queue ``fn``; with ``key``, it replaces a pending task of the same key (newest request wins)."""
        task = Task(title, fn, key, on_done, on_failed)
        with self._cond:
            self._closed = False
            if key is not None:
                for old in [t for t in self._queue if t.key == key]:
                    self._queue.remove(old)
                    self._open.discard(old.id)
            self._queue.append(task)
            self._open.add(task.id)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name=self.name, daemon=True)
                self._thread.start()
            self._cond.notify()
        return task

    def post(self, obj: object) -> None:
        """From a task: hand ``obj`` to the GUI thread (``posted`` signal)."""
        self._relay.posted.emit(obj)

    def cancel(self) -> None:
        """Stop the running task after its current step and drop the pending ones."""
        with self._cond:
            for task in self._queue:
                self._open.discard(task.id)
            self._queue.clear()
            if self._current is not None:
                self._current.stop.set()

    def cancelling(self) -> bool:
        """The running task has been told to stop and has not ended yet."""
        current = self._current
        return current is not None and current.stop.is_set()

    def join(self, timeout_s: float = 5.0) -> bool:
        """Wait until every task has run and deliver their outcomes now; True when that happened in time."""
        with self._cond:
            idle = self._cond.wait_for(lambda: self._current is None and not self._queue, timeout_s)
        if idle:
            QCoreApplication.sendPostedEvents(self)
        return idle

    def wait(self, timeout_s: float = 5.0) -> bool:
        """Cancel, then :meth:`join`: the running task's outcome arrives before this returns."""
        self.cancel()
        return self.join(timeout_s)

    def close(self, timeout_s: float = 2.0) -> bool:
        """Cancel, end the worker and join it (a window closing); outcomes still on their way are dropped. True
        when the worker ended in time; otherwise it finishes its task on its own (it is a daemon thread)."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self.cancel()
        self._open.clear()
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout_s)
        return not thread.is_alive()

    # -- the worker thread ----------------------------------------------------------------------------------------
    def _next(self) -> Task | None:
        with self._cond:
            while not self._queue and not self._closed:
                if not self._cond.wait(self.idle_exit_s) and not self._queue:
                    if self.idle_exit_s is not None:
                        break  # idle: end; the next submit starts a new worker
            if self._closed or not self._queue:
                if self._thread is threading.current_thread():
                    self._thread = None
                return None
            self._current = self._queue.popleft()
            return self._current

    def _work(self) -> None:
        while (task := self._next()) is not None:
            relay, last = self._relay, [0.0]

            def on_progress(done: int, total: int, task=task, last=last) -> None:
                now = time.monotonic()
                if now - last[0] >= PROGRESS_INTERVAL_S or done >= total:
                    last[0] = now
                    relay.progress.emit(task, int(done), int(total))

            try:
                relay.started.emit(task)
                try:
                    result = task.fn(on_progress, task.stop.is_set)
                except Cancelled as exc:
                    relay.cancelled.emit(task, localise(exc.args[0]) if len(exc.args) == 1 and isinstance(
                        exc.args[0], Text) else str(exc) or "cancelled")
                except Exception as exc:  # noqa: BLE001 — a worker must never die silently
                    if self._closed:
                        # Its window closed meanwhile and nobody reads the outcome. At exit h5py has already dropped
                        # its converters, and a model still being read failed with a traceback in the log
                        # ("Conversion function not found": walks 110, 112)
                        log.debug("background task %r ended after its window closed: %s", task.title, exc)
                    elif is_user_error(exc):  # bad input, said in one line: a traceback would read as a crash
                        log.info("background task %r: %s", task.title, localise(exc))
                    else:
                        log.info("background task %r failed:\n%s", task.title, traceback.format_exc())
                    relay.failed.emit(task, localise(exc))  # in the language of the window
                else:
                    relay.finished.emit(task, result)
            except RuntimeError:  # the runner was deleted with its window: nobody waits for the outcome
                log.debug("task %r ended after its runner was deleted", task.title)
            finally:
                with self._cond:
                    self._current = None
                    self._cond.notify_all()

    # -- outcomes, in the GUI thread ------------------------------------------------------------------------------
    def _live(self, task: Task) -> bool:
        return task.id in self._open

    def _on_started(self, task: Task) -> None:
        if self._live(task):
            self.title = task.title
            self.started.emit(task.title)

    def _on_progress(self, task: Task, done: int, total: int) -> None:
        if self._live(task):
            self.progress.emit(done, total)

    def _end(self, task: Task, callback, signal, value) -> None:
        if not self._live(task):
            return
        self._open.discard(task.id)
        try:
            if callback is not None:
                callback(value)
            signal.emit(value)
        finally:
            self.ended.emit()

    def _on_finished(self, task: Task, result: object) -> None:
        self._end(task, task.on_done, self.finished, result)

    def _on_failed(self, task: Task, message: str) -> None:
        self._end(task, task.on_failed, self.failed, message)

    def _on_cancelled(self, task: Task, message: str) -> None:
        self._end(task, None, self.cancelled, message)




def call(function: Callable[[], Any], tensorflow: bool = False) -> TaskFn:
    """A task of a plain call (no progress, not cancellable). ``tensorflow``: import TensorFlow the safe way first
    (one import at a time from any thread, GPU memory growth), for evaluation, feature maps, preset descriptions."""

    def task(on_progress, should_stop):
        if tensorflow:
            from guiapp.core.tf_runtime import ensure_tensorflow

            ensure_tensorflow()
        return function()

    return task


__all__ = ["Task", "TaskRunner", "call"]
