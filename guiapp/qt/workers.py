"""The inference thread: imports TensorFlow, loads models and recognises drawings, never in the GUI thread.

One QThread runs an :class:`InferenceWorker`. Work reaches it two ways:

* queued signals for the rare, ordered jobs (import TensorFlow, load a model file);
* :meth:`InferenceWorker.submit` for recognition, which is *latest-only*: the GUI may submit on every pen move,
  the worker keeps one pending job and, when it gets to it, takes whatever is newest. Painting never waits for
  the network, and a slow model just answers less often instead of building a backlog.

Results go back as signals (queued into the GUI thread). Only numpy arrays, core objects and plain data cross the
thread boundary; pixmaps are made in the GUI thread.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


@dataclass
class RecognitionJob:
    """One thing to recognise with one recogniser. ``generation`` lets the GUI drop answers to stale input."""

    recognizer: object  # guiapp.core.recognition.Recognizer
    source: object  # Drawing, or a PIL image
    generation: int
    pen_width: float | None = None
    top: int = 5


def tensorflow_info() -> dict:
    """Import TensorFlow (the slow part) and describe it: version and the device inference will use."""
    from guiapp.core.tf_runtime import ensure_tensorflow

    ensure_tensorflow()  # one import at a time, and GPU memory shared with the training process
    import tensorflow as tf

    gpus = tf.config.list_physical_devices("GPU")
    device = f"GPU ({len(gpus)})" if gpus else "CPU"
    return {"version": tf.__version__, "device": device}


def load_recognizer(path: str):
    """Model file → warmed-up Recognizer (the safe loader; raises ModelFileError/RecognitionError/OSError)."""
    from guiapp.core.recognition import Recognizer

    return Recognizer(path, warm_up=True)


class InferenceWorker(QObject):
    tensorflowReady = Signal(dict)
    tensorflowFailed = Signal(str)
    modelLoaded = Signal(int, str, object)  # request id, path, Recognizer
    modelFailed = Signal(int, str, str)  # request id, path, message for the user
    recognised = Signal(int, object)  # generation, Prediction
    recognitionFailed = Signal(int, str)

    _wake = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._pending: RecognitionJob | None = None
        self._scheduled = False
        self._wake.connect(self._drain)  # queued: the worker lives in its own thread

    @Slot()
    def load_tensorflow(self) -> None:
        started = time.perf_counter()
        try:
            info = tensorflow_info()
        except Exception as exc:  # noqa: BLE001 — a broken install: the GUI says so and stays usable
            log.exception("TensorFlow failed to load")
            self.tensorflowFailed.emit(f"{type(exc).__name__}: {exc}")
            return
        info["seconds"] = time.perf_counter() - started
        self.tensorflowReady.emit(info)

    @Slot(int, str)
    def load_model(self, request_id: int, path: str) -> None:
        from guiapp.core.modelfile import ModelFileError
        from guiapp.core.recognition import RecognitionError

        try:
            recognizer = load_recognizer(path)
        except (ModelFileError, RecognitionError) as exc:
            self.modelFailed.emit(request_id, path, str(exc))
            return
        except OSError as exc:
            self.modelFailed.emit(request_id, path, f"{path}: cannot read the file ({exc.strerror or exc})")
            return
        except Exception as exc:  # noqa: BLE001 — whatever the file did, the previous model stays active
            log.exception("loading %s failed", path)
            self.modelFailed.emit(request_id, path, f"{path}: the model cannot be used ({type(exc).__name__}: {exc})")
            return
        self.modelLoaded.emit(request_id, path, recognizer)

    def submit(self, job: RecognitionJob) -> None:
        """Thread-safe, from the GUI: replace any job not yet started with this one."""
        with self._lock:
            self._pending = job
            if self._scheduled:
                return
            self._scheduled = True
        self._wake.emit()

    def busy(self) -> bool:
        with self._lock:
            return self._scheduled

    @Slot()
    def _drain(self) -> None:
        while True:
            with self._lock:
                job, self._pending = self._pending, None
                if job is None:
                    self._scheduled = False
                    return
            try:
                prediction = job.recognizer.recognise(job.source, top=job.top, pen_width=job.pen_width)
            except Exception as exc:  # noqa: BLE001 — an odd image must not kill the thread
                log.warning("recognition failed: %s", exc)
                self.recognitionFailed.emit(job.generation, str(exc))
                continue
            self.recognised.emit(job.generation, prediction)


class PythonThread(QThread):
    """A QThread whose event loop runs inside a Python ``run()``. Why: a plain QThread calls each Python slot with
    a fresh, temporary Python thread state, so thread-local state dies between calls; TensorFlow keeps its eager
    context in thread-locals and crashes (segfault) when a model is loaded in a later slot call than the import."""

    def run(self) -> None:
        self.exec()


class InferenceThread(QObject):
    """Owns the QThread and its worker; the GUI talks to it through the signals below (queued)."""

    requestTensorflow = Signal()
    requestModel = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = PythonThread()
        self.thread.setObjectName("guiapp-inference")
        self.worker = InferenceWorker()
        self.worker.moveToThread(self.thread)
        self.requestTensorflow.connect(self.worker.load_tensorflow)
        self.requestModel.connect(self.worker.load_model)
        self.thread.start()

    @Slot()
    def stop(self, timeout_ms: int = 15000) -> bool:
        """Quit the thread after its current job (an import or a model load cannot be interrupted)."""
        if not self.thread.isRunning():
            return True
        self.thread.quit()
        return self.thread.wait(timeout_ms)
