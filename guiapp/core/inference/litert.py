"""The light runtime: a converted model (a ``.tflite`` flatbuffer) run by LiteRT's interpreter
(``ai_edge_litert``), which imports in ~0.15 s where TensorFlow takes 3-5 s. Nothing here imports TensorFlow.

Threads. One interpreter with one thread each (``num_threads=1``): a thread pool adds multi-millisecond tails on
a busy 2-core machine and a 28×28 CNN has nothing to gain from it (benchmarks/bench_runtimes.py). An interpreter
is not thread-safe, so every call holds the instance's lock.

Safety. The flatbuffer is data, not code: it can only name LiteRT's built-in kernels. A file naming a custom or
TF "flex" op fails to allocate (this package registers neither), and the op list is checked again below so the
refusal names the op. The interpreter verifies the flatbuffer's structure before reading it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading

import numpy as np

from guiapp.core.text import Text, listed

RUNTIME = "litert"
SINGLE_BATCH = 1
# Kernels the converter emits for guiapp's presets and ordinary Keras CNNs; anything else (custom ops, "Flex…"
# TensorFlow ops) is refused with its name rather than failing somewhere inside the interpreter.
_REFUSED_PREFIXES = ("CUSTOM", "FLEX", "DELEGATE_CUSTOM")


class LightModelError(ValueError):
    """The converted form cannot be run (damaged, unsupported op, shape disagreeing with the spec)."""


@contextlib.contextmanager
def quiet_native_logs():
    """LiteRT and the converter log from C++ straight to file descriptor 2 ("Created TensorFlow Lite XNNPACK
    delegate", MLIR pass notes); keep ``guiapp recognize``'s and ``guiapp train``'s terminal readable. Only
    around construction and conversion, never around a run."""
    absl = logging.getLogger("absl")
    level = absl.level
    absl.setLevel(logging.ERROR)
    saved = None
    try:
        saved = os.dup(2)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:
        saved = None
    try:
        yield
    finally:
        if saved is not None:
            os.dup2(saved, 2)
            os.close(saved)
        absl.setLevel(level)


def runtime_version() -> str:
    try:
        from importlib.metadata import version

        return version("ai-edge-litert")
    except Exception:  # noqa: BLE001 - informative only (a frozen app may lack the distribution metadata)
        return "unknown"


class LiteModel:
    """A converted model ready to run: ``run_one`` for the pad (a fixed (1, H, W, C) interpreter, allocated
    once), ``run`` for batches (a second interpreter resized to the chunk size)."""

    def __init__(self, content: bytes, input_shape: tuple[int, int, int], n_classes: int) -> None:
        try:
            from ai_edge_litert.interpreter import Interpreter
        except ImportError as exc:  # a source install without the dependency: the caller falls back to TF
            raise LightModelError(Text("the LiteRT runtime is not installed ({0})", exc)) from None
        self._Interpreter = Interpreter
        self.content = bytes(content)
        self.input_shape = tuple(int(v) for v in input_shape)
        self.n_classes = int(n_classes)
        self._lock = threading.Lock()
        with quiet_native_logs():
            self._single = self._interpreter(SINGLE_BATCH)
        self._batch = None
        self._batch_size = 0
        details = self._single.get_input_details()
        if len(details) != 1 or len(self._single.get_output_details()) != 1:
            raise LightModelError(Text("the converted model must have one input and one output"))
        self._in = details[0]["index"]
        self._out = self._single.get_output_details()[0]["index"]

    def _interpreter(self, batch: int):
        try:
            interpreter = self._Interpreter(model_content=self.content, num_threads=1)
            ops = {str(op.get("op_name", "")) for op in interpreter._get_ops_details()}
            refused = sorted(op for op in ops if op.upper().startswith(_REFUSED_PREFIXES))
            if refused:
                raise LightModelError(Text("the converted model uses operations Inkling does not run: {0}",
                                           listed(refused)))
            detail = interpreter.get_input_details()[0]
            want = (batch, *self.input_shape)
            if tuple(detail["shape"]) != want:
                interpreter.resize_tensor_input(detail["index"], want, strict=False)
            interpreter.allocate_tensors()
            # A free batch dimension makes the output shape dynamic: it is only known after a run.
            interpreter.set_tensor(detail["index"], np.zeros(want, np.float32))
            interpreter.invoke()
        except LightModelError:
            raise
        except (ValueError, RuntimeError, IndexError) as exc:
            raise LightModelError(Text("the converted model cannot be run: {0}", exc)) from None
        out_shape = tuple(interpreter.get_output_details()[0]["shape"])
        if out_shape != (batch, self.n_classes):
            raise LightModelError(Text("the converted model gives {0} outputs for {1} labels",
                                       out_shape[-1] if out_shape else "?", self.n_classes))
        return interpreter

    def run_one(self, model_input: np.ndarray) -> np.ndarray:
        """(H, W, C) float32 → (K,) probabilities."""
        x = np.ascontiguousarray(model_input, np.float32).reshape((1, *self.input_shape))
        with self._lock:
            self._single.set_tensor(self._in, x)
            self._single.invoke()
            return self._single.get_tensor(self._out)[0].copy()

    def run(self, inputs: np.ndarray) -> np.ndarray:
        """(N, H, W, C) float32 → (N, K) probabilities (one chunk: the caller splits large batches)."""
        x = np.ascontiguousarray(inputs, np.float32)
        n = len(x)
        if n == 1:
            return self.run_one(x[0])[None]
        with self._lock:
            if self._batch is None or self._batch_size != n:
                self._batch, self._batch_size = self._interpreter(n), n
            detail_in = self._batch.get_input_details()[0]["index"]
            detail_out = self._batch.get_output_details()[0]["index"]
            self._batch.set_tensor(detail_in, x)
            self._batch.invoke()
            return self._batch.get_tensor(detail_out).copy()


__all__ = ["LiteModel", "LightModelError", "RUNTIME", "quiet_native_logs", "runtime_version"]
