"""Training in a child process, so the GUI never waits for TensorFlow.

In one process, training and the GUI share the GIL: TensorFlow's tracing and graph building hold it for 50-200 ms
at a time, and every such moment froze the window (measured: a bare training thread with no GUI machinery at
all already caused 45-80 ms gaps in a 5 ms timer). A child process has its own interpreter, so the GUI thread
only ever waits for the operating system's scheduler.

:class:`TrainingProcess` is the parent's handle on one child. The child is spawned (never forked: TensorFlow's
threads do not survive a fork), imports TensorFlow once and then runs :func:`~guiapp.core.training.request.run_request`
for one request at a time, so a run starts as fast as in the GUI process itself. The parent talks to it over two
pipes: requests and stop/pause/resume/closing states go in, progress events and the result come out. Arrays
travel out of band (pickle protocol 5), so a dataset is copied once, not pickled into one big string first.

A child that dies (out of memory, a crashed GPU driver) ends the run with a clear error; the checkpoint it wrote
before is on disk, and the next run starts a fresh child. :func:`shared_process` is the app's one child, started
ahead of time when the Train area is first shown.
"""

from __future__ import annotations

import atexit
import dataclasses
import itertools
import logging
import multiprocessing
import os
import pickle
import queue
import sys
import threading
import time
import weakref
from typing import Callable

import numpy as np

from guiapp.core.datasets.base import Dataset
from guiapp.core.training.config import TrainingControl, TrainingError, TrainingEvent
from guiapp.core.training.config import TrainingResult
from guiapp.core.training.request import TrainingRequest
from guiapp.core.text import Text

log = logging.getLogger(__name__)
POLL_S = 0.05  # how often the waiting thread looks for a new stop/pause state to pass on (stop latency)
_IDS = itertools.count(1)


# -- messages: pickle protocol 5, arrays out of band ----------------------------------------------------------------
def send(connection, message) -> None:
    buffers: list[pickle.PickleBuffer] = []
    data = pickle.dumps(message, protocol=5, buffer_callback=buffers.append)
    raws = [buffer.raw() for buffer in buffers]
    connection.send((data, [raw.nbytes for raw in raws]))
    for raw in raws:
        connection.send_bytes(raw)


def _message(exc: BaseException) -> str:
    """The error's message for the parent: its Text (so the window shows it translated) when that pickles."""
    message = exc.args[0] if len(exc.args) == 1 else None
    if isinstance(message, Text):
        try:
            pickle.dumps(message)
            return message
        except Exception:  # noqa: BLE001 — an argument that does not pickle: the English line
            pass
    return str(exc)


def receive(connection):
    data, sizes = connection.recv()
    buffers = []
    for size in sizes:
        buffer = bytearray(size)  # writable, so arrays built on it are ordinary arrays
        connection.recv_bytes_into(buffer)
        buffers.append(buffer)
    return pickle.loads(data, buffers=buffers)


def _plain_arrays(dataset: Dataset) -> Dataset:
    """The dataset with its arrays as plain contiguous ndarrays (a memory map or a view travels as its data)."""
    return dataclasses.replace(dataset, images=np.ascontiguousarray(dataset.images),
                               labels=np.ascontiguousarray(dataset.labels))


# -- the child --------------------------------------------------------------------------------------------------------
NICENESS = 3


def lower_priority() -> None:
    """Run as a background batch job: on Linux under SCHED_BATCH (the scheduler's policy for CPU-bound work: its
    threads do not preempt others on waking, so TensorFlow's pool threads stop interrupting one another and the
    window; measured here, training ran 10-20 % faster than in a normal thread), and a little below the GUI's
    priority everywhere, so a repaint or a click gets the CPU at once. When nothing else wants the CPU, training
    gets all of it."""
    try:
        if hasattr(os, "SCHED_BATCH") and os.path.isdir("/proc/self/task"):
            # Linux sets both per thread; threads made later inherit them. numpy's OpenBLAS has started one already.
            for thread in map(int, os.listdir("/proc/self/task")):
                os.sched_setscheduler(thread, os.SCHED_BATCH, os.sched_param(0))
                os.setpriority(os.PRIO_PROCESS, thread, os.getpriority(os.PRIO_PROCESS, thread) + NICENESS)
        elif hasattr(os, "nice"):
            os.nice(NICENESS)
        elif sys.platform == "win32":
            import ctypes

            below_normal = 0x00004000
            kernel32 = ctypes.windll.kernel32
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal)
    except (OSError, AttributeError) as exc:
        log.info("training process priority unchanged: %s", exc)


def _child_main(requests, replies) -> None:
    """The training process: receive requests (a listener thread also applies state changes to the request in
    progress), run them one at a time, reply with events and a result. Ends when the parent says so or goes."""
    import signal
    import traceback

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in the parent's terminal is the parent's to handle
    lower_priority()
    pending: queue.Queue = queue.Queue()
    states: dict[int, tuple[TrainingControl, dict]] = {}
    lock = threading.Lock()

    def apply(job_id: int, state: dict) -> None:
        with lock:
            if job_id not in states:
                return
            control, flags = states[job_id]
        flags["closing"] = flags["closing"] or state.get("closing", False)
        if state.get("stop"):
            control.stop()
        elif state.get("paused"):
            control.pause()
        else:
            control.resume()

    def listen() -> None:
        while True:
            try:
                kind, job_id, payload = receive(requests)
            except (EOFError, OSError):  # the parent is gone: stop, keeping the checkpoint, and end
                kind, job_id, payload = "quit", 0, None
            if kind == "request":
                with lock:
                    states[job_id] = (TrainingControl(), {"closing": False})
                apply(job_id, payload["state"])
                pending.put((job_id, payload["request"]))
            elif kind == "state":
                apply(job_id, payload)
            else:  # quit
                with lock:
                    running = list(states)
                for running_id in running:
                    apply(running_id, {"stop": True, "closing": True})
                pending.put(None)
                return

    threading.Thread(target=listen, name="training-requests", daemon=True).start()
    from guiapp.core.tf_runtime import ensure_tensorflow

    ensure_tensorflow()
    try:
        send(replies, ("ready", 0, None))  # runs can start at once from now on
    except OSError:
        return
    from guiapp.core.datasets.base import DatasetError
    from guiapp.core.modelfile.errors import ModelFileError
    from guiapp.core.training.request import run_request

    while (item := pending.get()) is not None:
        job_id, request = item
        control, flags = states[job_id]

        def emit(event, job_id=job_id, control=control, flags=flags) -> None:
            try:
                send(replies, ("event", job_id, event))
            except OSError:  # the parent is gone: stop after this batch; the checkpoint is kept
                flags["closing"] = True
                control.stop()

        try:
            result = run_request(request, control, lambda: flags["closing"], emit)
            result.model = None  # the saved file is what travels; a Keras model does not pickle
            reply = ("result", job_id, result)
        except (TrainingError, DatasetError, ModelFileError, ValueError, OSError) as exc:
            reply = ("error", job_id, (_message(exc), None))
        except Exception as exc:  # noqa: BLE001 — reported to the parent, which shows it
            reply = ("error", job_id, (Text("training failed: {0}: {1}", type(exc).__name__, str(exc)),
                                       traceback.format_exc()))
        with lock:
            states.pop(job_id, None)
        try:
            send(replies, reply)
        except (BrokenPipeError, OSError):
            break  # the parent is gone; the checkpoint is on disk
        request = item = result = None
        import keras

        keras.backend.clear_session()  # the next run starts from a clean graph, as in a fresh process


# -- the parent's handle ----------------------------------------------------------------------------------------------
class TrainingProcess:
    """One training child. ``start()`` spawns it (it then imports TensorFlow in the background); ``submit()``
    sends a request and returns the :class:`ProcessRun` to wait on. One request at a time."""

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._process = None
        self._requests = self._replies = None
        self.busy = False
        self.retired = False
        self.ready = False  # the child has imported TensorFlow (it said so)
        _ALL.add(self)

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    @property
    def exitcode(self) -> int | None:
        return self._process.exitcode if self._process is not None else None

    def start(self) -> "TrainingProcess":
        if self._process is None:
            requests_child, requests = self._context.Pipe(duplex=False)
            replies, replies_child = self._context.Pipe(duplex=False)
            process = self._context.Process(target=_child_main, args=(requests_child, replies_child),
                                            name="guiapp-training", daemon=True)
            try:
                process.start()
            finally:
                requests_child.close()  # only the child holds these ends: its exit shows here as end-of-file
                replies_child.close()
            self._process, self._requests, self._replies = process, requests, replies
        return self

    def submit(self, request: TrainingRequest, state: dict) -> "ProcessRun":
        """Send ``request`` (with the initial stop/pause/closing ``state``). Raises TrainingError if the child is
        gone or busy."""
        if self.busy or self.retired:
            raise TrainingError(Text("the training process is busy with another run") if self.busy
                                else Text("the training process has ended; start the run again"))
        self.start()
        request = dataclasses.replace(request, data=_plain_arrays(request.data), original_data=None)
        job_id = next(_IDS)
        self.busy = True
        try:
            send(self._requests, ("request", job_id, {"request": request, "state": state}))
        except (BrokenPipeError, OSError) as exc:
            self.busy = False
            raise self._died(Text("could not be reached ({0})", exc)) from None
        return ProcessRun(self, job_id, dict(state))

    def _died(self, how: Text) -> TrainingError:
        self.retired = True
        if self._process is not None:
            self._process.join(2.0)
        code = self.exitcode
        if code is not None:
            return TrainingError(Text("the training process {0} (exit code {1})", how, code))
        return TrainingError(Text("the training process {0}", how))

    def retire(self) -> None:
        """No new requests; the child ends after the one in progress (if any)."""
        self.retired = True
        if self._process is not None and self._requests is not None:
            try:
                send(self._requests, ("quit", 0, None))
            except (BrokenPipeError, OSError):
                pass

    def close(self, timeout_s: float = 2.0) -> None:
        """End the child: a run in progress stops after its batch and keeps its checkpoint; after ``timeout_s``
        the child is terminated (its files are written atomically, so nothing is left half-written)."""
        self.retire()
        if self._process is not None:
            self._process.join(timeout_s)
            if self._process.is_alive():
                self._process.terminate()
                self._process.join(1.0)


class ProcessRun:
    """A request in flight. :meth:`wait` (from one thread) delivers its events and returns its result."""

    def __init__(self, process: TrainingProcess, job_id: int, state: dict) -> None:
        self.process, self.id, self._sent = process, job_id, state

    def wait(self, on_event: Callable[[TrainingEvent], None], state: Callable[[], dict]) -> TrainingResult:
        """Block until the run ends. ``state()`` is read every ``POLL_S`` and sent when it changes (so stop,
        pause and closing are honoured after the current batch). Raises TrainingError for a failed run."""
        process = self.process
        if not process.ready:
            on_event(TrainingEvent("message", message=Text("starting the training process (loading TensorFlow)…")))
        try:
            while True:
                now = state()
                if now != self._sent:
                    self._sent = dict(now)
                    send(process._requests, ("state", self.id, now))
                if not process._replies.poll(POLL_S):
                    continue
                kind, job_id, payload = receive(process._replies)
                if kind == "ready":
                    process.ready = True
                    continue
                if job_id != self.id:
                    continue
                if kind == "event":
                    on_event(payload)
                elif kind == "result":
                    return payload
                else:
                    message, details = payload
                    if details:
                        log.error("training failed in the training process:\n%s", details)
                    raise TrainingError(message)
        except (EOFError, BrokenPipeError, ConnectionResetError):
            raise process._died(Text("ended unexpectedly")) from None
        finally:
            process.busy = False


# -- the app's one child ----------------------------------------------------------------------------------------------
_ALL: "weakref.WeakSet[TrainingProcess]" = weakref.WeakSet()
_SHARED: TrainingProcess | None = None
_SHARED_LOCK = threading.Lock()


def shared_process(free: bool = False) -> TrainingProcess:
    """The app's training process, started if needed; one that died is replaced by a fresh one. ``free``: for a
    new run, so one still busy (with a run whose window has gone) is retired (its run stops after the current
    batch, keeping its checkpoint) and replaced too."""
    global _SHARED
    with _SHARED_LOCK:
        current = _SHARED
        if current is None or current.retired or (current._process is not None and not current.alive) or (
                free and current.busy):
            if current is not None:
                current.retire()
            _SHARED = TrainingProcess()
        return _SHARED.start()


@atexit.register
def close_all(timeout_s: float = 2.0) -> None:
    """At exit: every child stops after its batch, keeping its checkpoint, and ends (multiprocessing's own exit
    handler would only terminate it)."""
    deadline = time.monotonic() + timeout_s
    for process in list(_ALL):
        process.close(max(0.1, deadline - time.monotonic()))


__all__ = ["ProcessRun", "TrainingProcess", "close_all", "receive", "send", "shared_process"]
