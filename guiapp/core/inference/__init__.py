"""Running models: converted to LiteRT (``.tflite``) and run by ``ai_edge_litert`` without TensorFlow, or, for a
model without a converted form, on TensorFlow through compiled functions (:mod:`.keras_path`).

Why LiteRT and not ONNX Runtime: measured side by side (benchmarks/bench_runtimes.py, docs/ARCHITECTURE.md) it
imports faster, loads faster, runs a single 28×28 image faster at one thread, is the smaller wheel, and Keras
exports it without extra conversion libraries (ONNX needs ``tf2onnx`` + ``onnx``).

* :mod:`.litert` the runtime side (no TensorFlow): :class:`LiteModel`.
* :mod:`.convert` Keras → ``.tflite`` with parity proved (needs TensorFlow).
* :mod:`.keras_path` the recognizer's TensorFlow side (imports TensorFlow when it first runs).
* :mod:`.store` where converted forms live (inside a guiapp ``.h5``, or a cache by content hash) and finding them
  without TensorFlow.

This package imports no TensorFlow at import time; only :mod:`.convert`'s functions need it.
"""

from guiapp.core.inference.litert import LightModelError, LiteModel, RUNTIME, runtime_version
from guiapp.core.inference.store import LightForm, convert_to_cache, find_light_form

__all__ = ["LightForm", "LightModelError", "LiteModel", "RUNTIME", "convert_to_cache", "find_light_form",
           "runtime_version"]
