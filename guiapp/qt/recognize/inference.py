"""Recognition off the GUI thread: :class:`Inference` loads models and recognizes drawings in one long-lived
:class:`~guiapp.qt.tasks.TaskRunner`, so the models and every recognition share one thread.

* A model with a converted form (every model guiapp saves, the bundled ones, foreign ones once converted) runs on
  LiteRT and TensorFlow is never imported for it. A model without one is loaded on TensorFlow, imported then, in
  this thread (the import and the load are one ordered task), and converted into the cache in a second runner,
  so next time it starts without TensorFlow too.
* Recognition is *latest-only* (the runner's newest-request mailbox): the GUI may submit on every pen move, one
  recognition waits at most, and when the worker gets to it, it is the newest. Painting never waits for the
  network, and a slow model just answers less often instead of building a backlog.

Results go back as signals (queued into the GUI thread). Only numpy arrays, core objects and plain data cross the
thread boundary; pixmaps are made in the GUI thread.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from guiapp.qt.tasks import TaskRunner
from guiapp.qt.i18n import localise, translate

log = logging.getLogger(__name__)


@dataclass
class RecognitionJob:
    """One thing to recognize with one recognizer. ``generation`` lets the GUI drop answers to stale input."""

    recognizer: object  # guiapp.core.recognition.Recognizer
    source: object  # Drawing, or a PIL image
    generation: int
    pen_width: float | None = None
    top: int = 5
    size_reference: object = None  # guiapp.core.kana_size.Reference: the writer's scale from the write line


def tensorflow_info() -> dict:
    """Import TensorFlow (the slow part) and describe it: version and the device inference will use."""
    from guiapp.core.tf_runtime import ensure_tensorflow

    ensure_tensorflow()  # one import at a time, and GPU memory shared with the training process
    import tensorflow as tf

    gpus = tf.config.list_physical_devices("GPU")
    device = f"GPU ({len(gpus)})" if gpus else "CPU"
    return {"version": tf.__version__, "device": device}


class TensorFlowImports(QObject):
    """``changed(state)`` as this process imports TensorFlow ("loading", "ready", "failed"), whichever thread does
    it (the Train area's descriptions, evaluation, feature maps): queued into the GUI thread, so the status bar
    follows every import, not only its own."""

    changed = Signal(str)
    _instance: TensorFlowImports | None = None

    @classmethod
    def instance(cls) -> TensorFlowImports:
        if cls._instance is None:  # the first window makes it, in the GUI thread; it lives as long as the process
            from guiapp.core import tf_runtime

            cls._instance = cls()
            tf_runtime.listen(cls._instance.changed.emit)
        return cls._instance


def load_recognizer(path: str):
    """Model file → (warmed-up Recognizer, TensorFlow info or None when it was not needed). The safe loader:
    raises ModelFileError/RecognitionError/OSError; a file the safety checks refuse is refused before anything."""
    from guiapp.core.inference import find_light_form
    from guiapp.core.recognition import Recognizer

    # GUIAPP_RUNTIME=tensorflow: the old path, for benchmarks side by side and for ruling the runtime out.
    form = None if os.environ.get("GUIAPP_RUNTIME") == "tensorflow" else find_light_form(path)
    if form is not None:
        return Recognizer(form), None
    info = tensorflow_info()
    return Recognizer(path, warm_up=True, runtime="tensorflow"), info


def convert_in_background(path: str) -> str:
    """Convert a model that has no converted form into the cache (TensorFlow is loaded already)."""
    from guiapp.core.inference import convert_to_cache

    return convert_to_cache(path).where


class Inference(QObject):
    """The window's recognition worker. Signals arrive in the GUI thread."""

    tensorflowReady = Signal(dict)
    tensorflowFailed = Signal(str)
    modelLoaded = Signal(int, str, object)  # request id, path, Recognizer
    modelFailed = Signal(int, str, str)  # request id, path, message for the user
    recognized = Signal(int, object)  # generation, Prediction
    recognitionFailed = Signal(int, str)

    modelConverted = Signal(str)  # path: a foreign model now has a cached converted form

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self, name="guiapp-inference", idle_exit_s=None)
        self.converter = None  # made on the first foreign model: conversion never delays a recognition

    def load_tensorflow(self) -> None:
        def load(on_progress, should_stop) -> dict:
            started = time.perf_counter()
            info = tensorflow_info()
            info["seconds"] = time.perf_counter() - started
            return info

        def failed(message: str) -> None:  # a broken install: the GUI says so and stays usable
            log.error("TensorFlow failed to load: %s", message)
            self.tensorflowFailed.emit(message)

        self.runner.submit("TensorFlow", load, self.tensorflowReady.emit, failed)

    def load_model(self, request_id: int, path: str) -> None:
        def load(on_progress, should_stop):
            from guiapp.core.modelfile import ModelFileError
            from guiapp.core.recognition import RecognitionError

            try:
                recognizer, info = load_recognizer(path)
                return recognizer, info, None
            except (ModelFileError, RecognitionError) as exc:
                return None, None, localise(exc)
            except OSError as exc:
                return None, None, translate("recognize", "{0}: cannot read the file ({1})").format(path, exc.strerror or exc)
            except Exception as exc:  # noqa: BLE001 — whatever the file did, the previous model stays active
                log.exception("loading %s failed", path)
                return None, None, translate("recognize", "{0}: the model cannot be used ({1}: {2})").format(path, type(exc).__name__, exc)

        def loaded(outcome) -> None:
            recognizer, info, message = outcome
            if info is not None:
                self.tensorflowReady.emit(info)
            if recognizer is None:
                self.modelFailed.emit(request_id, path, message)
                return
            self.modelLoaded.emit(request_id, path, recognizer)
            if recognizer.runtime == "tensorflow":
                self.convert(path)

        self.runner.submit(f"loading {path}", load, loaded)

    def convert(self, path: str) -> None:
        """Convert ``path`` into the cache off both the GUI and the recognition thread; failures are logged (the
        model keeps running on TensorFlow)."""
        if self.converter is None:
            self.converter = TaskRunner(self, name="guiapp-convert")
        self.converter.submit(f"converting {path}", lambda on_progress, should_stop: convert_in_background(path),
                              lambda _where: self.modelConverted.emit(path),
                              lambda message: log.warning("%s not converted: %s", path, message))

    def submit(self, job: RecognitionJob) -> None:
        """Recognize ``job`` as soon as the worker is free, replacing any recognition not yet started."""

        def failed(message: str) -> None:  # an odd image must not stop recognition
            log.warning("recognition failed: %s", message)
            self.recognitionFailed.emit(job.generation, message)

        self.runner.submit("recognize", lambda on_progress, should_stop: job.recognizer.recognize(
            job.source, top=job.top, pen_width=job.pen_width, size_reference=job.size_reference), lambda prediction: self.recognized.emit(
            job.generation, prediction), failed, key="recognize")

    def busy(self) -> bool:
        return self.runner.is_running()

    def stop(self, timeout_ms: int = 15000) -> bool:
        """End the worker after its current task (an import or a model load cannot be interrupted)."""
        if self.converter is not None:
            self.converter.close(timeout_ms / 1000)
        return self.runner.close(timeout_ms / 1000)


__all__ = ["Inference", "RecognitionJob", "convert_in_background", "load_recognizer", "tensorflow_info"]
