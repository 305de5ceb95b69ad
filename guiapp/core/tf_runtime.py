"""Importing TensorFlow once per process, safely from any thread, and setting it up the way every guiapp process
needs it (the GUI process for recognition and evaluation, the training process for training)."""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time

from guiapp.core.plural import plural
from guiapp.logs import quiet_autograph

log = logging.getLogger(__name__)
_IMPORT_LOCK = threading.Lock()
_READY = False
_LISTENERS: list = []  # callables(state): the GUI's status bar, whichever of its threads imports TensorFlow


def listen(listener) -> None:
    """Call ``listener(state)``, from the importing thread, as this process imports TensorFlow: "loading", then
    "ready" or "failed". Not called for an import that happened before."""
    _LISTENERS.append(listener)


def _tell(state: str) -> None:
    for listener in list(_LISTENERS):
        try:
            listener(state)
        except Exception:  # noqa: BLE001 — a listener's failure must not fail the import
            log.exception("TensorFlow state listener failed")


def is_ready() -> bool:
    """Whether this process has imported TensorFlow already (a first import holds the GIL for seconds)."""
    return _READY


def ensure_tensorflow() -> None:
    """Import TensorFlow (then Keras) once, in this order, one thread at a time. Two threads importing TF and
    Keras concurrently (in different orders) can see half-initialised modules and fail ("Registering two gradient
    with name ..."); another part of the app may be importing it right now, so wait for that to finish first."""
    if _READY:
        return
    _tell("loading")
    try:
        _import()
    except BaseException:
        _tell("failed")
        raise
    _tell("ready")


def _import() -> None:
    global _READY
    with _IMPORT_LOCK:
        for _ in range(1200):  # ≤ 60 s: a half-imported module says so in its spec
            module = sys.modules.get("tensorflow")
            if module is None or not getattr(getattr(module, "__spec__", None), "_initializing", False):
                break
            time.sleep(0.05)
        import tensorflow as tf
        import keras  # noqa: F401

        if _READY:
            return
        # The GUI process (recognition) and the training process share the GPUs: by default TensorFlow takes
        # nearly all of a GPU's memory in the first process that touches it, and the other then fails.
        gpus = []
        try:
            gpus = tf.config.list_physical_devices("GPU")
            for gpu in gpus:
                tf.config.experimental.set_memory_growth(gpu, True)
        except (RuntimeError, ValueError) as exc:  # already initialised: too late to change, say so and go on
            log.warning("GPU memory growth could not be enabled: %s", exc)
        quiet_autograph()  # (set up by the CLI already; a process that did not call setup_logging too)
        # The one line about devices, in the log only: a machine without a GPU is normal, not worth a warning.
        log.info("TensorFlow %s ready: %s", tf.__version__,
                 plural("%n GPU(s)", len(gpus)) if gpus else "no GPU found, running on the CPU")
        # TensorFlow and Keras create hundreds of thousands of long-lived objects; a full garbage collection
        # walks them all (0.1-0.8 s here) and holds the GIL meanwhile, which freezes the GUI (and pauses
        # training). Moving what exists now to the permanent generation makes later collections cheap.
        gc.collect()
        gc.freeze()
        _READY = True


__all__ = ["ensure_tensorflow", "listen"]
