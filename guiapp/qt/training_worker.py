"""QThread workers for the Train area: a training run and a one-shot call.

The training worker never touches widgets, and it does not train either: it opens the data, records the run in
the runs folder, and hands the training itself to the training process (``core.training_process``), so
TensorFlow never holds the GUI's interpreter lock. The process's ``TrainingEvent``s come back over a pipe and go
out as queued signals (the core already throttles batch events to ~10 per second; the panel keeps only the
latest values and redraws on its own timer). ``stop(quitting=True)`` is the window-closing path: stop after the
current batch and skip the final save, because the best checkpoint is already on disk.
"""

from __future__ import annotations

import logging
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, SignalInstance, Slot

from guiapp.core.runs import Curves, Run, RunStore
from guiapp.core.tf_runtime import ensure_tensorflow

log = logging.getLogger(__name__)


@dataclass
class PersonalizeRequest:
    """Fine-tune on a user dataset mixed with up to ``original_per_class`` samples per class of the original."""

    personal: str  # user dataset name (or path)
    original: str | None  # the base model's original dataset (None: the user's samples only)
    original_per_class: int | None = 50
    held_out: float = 0.2


@dataclass
class TrainingJob:
    config: object  # TrainConfig
    dataset_name: str
    samples_per_class: int | None = None
    dataset: object | None = None  # a Dataset already in memory (skips opening dataset_name)
    base_path: str | None = None  # fine-tune this model file
    personalize: PersonalizeRequest | None = None
    original_dataset: object | None = None  # personalisation: the original Dataset already in memory


@dataclass
class TrainingOutcome:
    run: Run | None
    stopped: str  # completed | early-stopping | cancelled | diverged
    message: str
    best_epoch: int | None
    history: dict[str, list[float]]
    model_path: Path | None  # the saved model (final, else best checkpoint); None when no epoch finished
    seconds: float
    dataset: object | None = None  # the Dataset trained on (evaluation uses its test split)
    personal: dict = field(default_factory=dict)  # before/after accuracy on the user's samples


class TrainingWorker(QThread):
    event = Signal(object)  # TrainingEvent
    batchLoss = Signal(float, float)  # global batch step, mean loss of the batches since the previous report
    preparing = Signal(str, int, int)  # what, done, total (opening / synthesising the dataset)
    runStarted = Signal(object)  # Run
    outcome = Signal(object)  # TrainingOutcome
    failed = Signal(str)

    def __init__(self, job: TrainingJob, store: RunStore | None = None, parent=None):
        super().__init__(parent)
        from guiapp.core.training_config import TrainingControl

        self.job = job
        self.store = store or RunStore()
        self.control = TrainingControl()
        self.quitting = False  # read by the waiting thread, which passes it on to the training process
        self.process = None  # the TrainingProcess this run was given
        self._trace: list[list[float]] = []  # (global batch step, loss): the run's saved batch curve
        self._last_report = (0, 0, 0.0)  # epoch, batch, running mean loss of the previous batch event

    # -- steering, from the GUI thread ------------------------------------------------------------------------------
    def stop(self, quitting: bool = False) -> None:
        self.quitting = self.quitting or quitting
        self.control.stop()

    def pause(self) -> None:
        self.control.pause()

    def resume(self) -> None:
        self.control.resume()

    # -- the thread -------------------------------------------------------------------------------------------------
    def _forward(self, event) -> None:
        if event.kind == "batch" and event.loss is not None:
            # Keras reports the running mean over the epoch so far. Two reports give the mean loss of the batches
            # between them, which is what a per-batch curve should show (no saw-tooth at each epoch start).
            epoch, batch, mean = self._last_report
            if epoch != event.epoch or batch >= event.batch:
                batch, mean = 0, 0.0
            loss = (event.batch * float(event.loss) - batch * mean) / (event.batch - batch)
            self._last_report = (event.epoch, event.batch, float(event.loss))
            step = float((event.epoch - 1) * event.batches + event.batch)
            self._trace.append([step, loss])
            self.batchLoss.emit(step, loss)
        self.event.emit(event)

    def _open(self, name: str, samples_per_class: int | None):
        from guiapp.core.datasets.registry import open_dataset

        return open_dataset(name, samples_per_class, on_progress=lambda d, t: self.preparing.emit(name, d, t),
                            should_stop=lambda: self.control.stop_requested)

    def _datasets(self):
        """(dataset to train on, how many of its first samples are the user's own: 0 unless personalising)."""
        job = self.job
        if job.personalize is None:
            return (job.dataset if job.dataset is not None else self._open(job.dataset_name, job.samples_per_class)), 0
        from guiapp.core.modelfile import model_spec
        from guiapp.core.personalize import mix

        request = job.personalize
        personal = job.dataset if job.dataset is not None else self._open(request.personal, None)
        original = job.original_dataset
        if original is None and request.original:
            original = self._open(request.original, request.original_per_class)
        spec = model_spec(job.base_path) if job.base_path else personal.spec
        mixed = mix(personal, original, spec, request.original_per_class, request.held_out, job.config.seed)
        return mixed, len(personal)

    def _state(self) -> dict:
        return {"stop": self.control.stop_requested, "paused": self.control.paused, "closing": self.quitting}

    def run(self) -> None:
        from guiapp.core.datasets.base import DatasetError
        from guiapp.core.modelfile import ModelFileError
        from guiapp.core.tasks import Cancelled
        from guiapp.core.training_config import TrainingError
        from guiapp.core.training_process import shared_process
        from guiapp.core.training_request import TrainingRequest

        job, run, started = self.job, None, time.perf_counter()
        try:
            self.process = process = shared_process(free=True)  # warm, or starting now beside the preparation
            dataset, n_personal = self._datasets()
            if self.control.stop_requested:
                raise Cancelled("stopped before training began")
            run = self.store.create(
                job.config.to_dict(), job.dataset_name, job.samples_per_class, fine_tuned_from=job.base_path,
                personal_dataset=job.personalize.personal if job.personalize else None,
            )
            self.runStarted.emit(run)
            request = TrainingRequest(job.config, dataset, str(run.checkpoint_path), str(run.model_path),
                                      job.base_path, n_personal)
            report = process.submit(request, self._state()).wait(self._forward, self._state)
            model_path = Path(report.model_path) if report.model_path else None
            self.store.finish(run, report.stopped, report.message, report.best_epoch,
                              Curves(report.history, self._trace), report.seconds, **report.personal)
            self.outcome.emit(TrainingOutcome(run, report.stopped, report.message, report.best_epoch, report.history,
                                              model_path, report.seconds, dataset, report.personal))
        except Cancelled:
            self._end_without_model(run, "cancelled", "stopped before training began", started)
        except (TrainingError, DatasetError, ModelFileError, ValueError, OSError) as exc:
            self._fail(run, str(exc), started)
        except Exception as exc:  # noqa: BLE001 — a worker must never take the application down
            log.error("training failed:\n%s", traceback.format_exc())
            self._fail(run, f"training failed: {type(exc).__name__}: {exc}", started)

    def _end_without_model(self, run, status, message, started) -> None:
        if run is not None:
            self.store.finish(run, status, message, None, Curves({}, self._trace), time.perf_counter() - started)
        self.outcome.emit(TrainingOutcome(run, status, message, None, {}, None, time.perf_counter() - started))

    def _fail(self, run, message: str, started) -> None:
        if run is not None and run.checkpoint_path.is_file():
            message += "; the best epoch written before is kept in the runs folder"
        if run is not None:
            try:
                self.store.finish(run, "failed", message, None, Curves({}, self._trace), time.perf_counter() - started)
            except OSError:
                log.exception("could not record the failed run")
        self.failed.emit(message)


class CallWorker(QThread):
    """Run one function off the GUI thread; ``done(result)`` or ``failed(message)`` arrive queued. For dataset
    descriptions, device detection, evaluation and feature maps (TensorFlow work that must not block the GUI)."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, function: Callable[[], object], parent=None, tensorflow: bool = True):
        super().__init__(parent)
        self.function = function
        self.tensorflow = tensorflow

    def run(self) -> None:
        try:
            if self.tensorflow:
                ensure_tensorflow()
            result = self.function()
        except Exception as exc:  # noqa: BLE001 — reported to the user, never raised in the GUI
            log.info("background call failed: %s", traceback.format_exc())
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        self.done.emit(result)


_DETACHED: set = set()  # threads still running when their window closed; dropped when they finish
_REAPER = None


class _Reaper(QObject):
    """Drops the last reference to a detached thread in the GUI thread, after it has really ended (``finished``
    is emitted from the thread itself, just before it exits)."""

    @Slot()
    def reap(self) -> None:
        thread = self.sender()
        if thread is not None:
            thread.wait()
            _DETACHED.discard(thread)


def keep_alive(thread: QThread) -> None:
    """Detach a running thread from its parent and keep a reference until it finishes, so closing a window
    never destroys a running QThread (Qt aborts the process when that happens)."""
    import warnings

    thread.setParent(None)
    # Its receivers are going away with the window: results of a detached thread are dropped.
    for name in ("done", "failed", "event", "batchLoss", "preparing", "runStarted", "outcome", "finished"):
        signal = getattr(thread, name, None)
        if isinstance(signal, SignalInstance):  # QObject.event is a method, not TrainingWorker's signal
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass  # nothing was connected
    global _REAPER
    if _REAPER is None:
        _REAPER = _Reaper()
    _DETACHED.add(thread)
    thread.finished.connect(_REAPER.reap, Qt.ConnectionType.QueuedConnection)


def detect_devices() -> list[tuple[str, str]]:
    """[(device value for TrainConfig, label)]: the CPU, each GPU TensorFlow sees, and all GPUs when several."""
    import tensorflow as tf

    gpus = tf.config.list_physical_devices("GPU")
    devices = [("cpu", "CPU")]
    for index, gpu in enumerate(gpus):
        name = gpu.name
        try:
            name = tf.config.experimental.get_device_details(gpu).get("device_name", name)
        except Exception:  # noqa: BLE001 — details are optional
            pass
        devices.append((f"gpu:{index}", f"GPU {index}: {name}"))
    if len(gpus) >= 2:
        devices.append(("all-gpus", f"all {len(gpus)} GPUs (mirrored)"))
    return devices


__all__ = ["CallWorker", "keep_alive", "PersonalizeRequest", "TrainingJob", "TrainingOutcome", "TrainingWorker", "detect_devices"]
