"""The :class:`~guiapp.core.recognition.Recognizer`'s TensorFlow side: the checks a Keras model passes before it
recognizes, and the compiled functions that run it when the model has no converted form (LiteRT) to run on.

Speed. ``model.predict()`` costs ~70-80 ms per call on a 2-core CPU (it builds a data pipeline every time) and an
eager ``model(x)`` ~5-9 ms; a compiled :func:`tf.function` with a fixed (1, H, W, C) float32 signature, called
through its concrete function, costs ~2 ms for the tf-expert CNN. The single-image path is that compiled
function (XLA-compiled when the model allows it, see ``jit_compile``), traced and run once by :meth:`warm_up`
(at construction by default), never ``model.predict``. Batches go through a second compiled function with a free
batch dimension, in chunks, so a dataset is never converted to model input all at once.

Probabilities. Whether the network already ends in a softmax is decided once, at construction: from the last
layer's activation (``softmax`` → probabilities; ``linear`` or any other → logits) or, when the model does not say
(a custom last layer), from one probe output (non-negative and summing to 1 → probabilities). Logits get a softmax
inside the compiled function, so results always sum to 1 over all classes.
"""

from __future__ import annotations

import math
from typing import Self

import numpy as np

from guiapp.core.text import Plural, Text

PROBABILITY_TOLERANCE = 1e-3  # a probe output summing to 1 within this (and ≥ 0) counts as probabilities


def outputs_labels(outputs: int, labels: int) -> Text:
    return Plural("the model has %Ln output(s) but {0}", "", outputs, Plural("%Ln label(s)", "", labels))


def _recognition_error(message: Text) -> Exception:
    # guiapp.core.recognition imports this module, so its error class is looked up when a check fails.
    from guiapp.core.recognition import RecognitionError

    return RecognitionError(message)


class KerasPath:
    """Mixed into :class:`~guiapp.core.recognition.Recognizer`, which sets ``model``, ``labels``, ``spec``,
    ``_reshape_to``, ``outputs_probabilities``, ``jit_compile``, ``_single``, ``_batch`` and ``_lock``."""

    # -- construction checks --------------------------------------------------------------------------------------
    def _model_input_shape(self) -> tuple | None:
        try:
            inputs = self.model.inputs
        except (AttributeError, ValueError):
            return None
        if not inputs or len(inputs) != 1:
            if inputs and len(inputs) > 1:
                raise _recognition_error(Plural("the model has %Ln input(s); recognition needs a single image input",
                                                "", len(inputs)))
            return None
        return tuple(inputs[0].shape)

    def _check_input_shape(self) -> tuple | None:
        """None when the model takes (B, H, W, C) as the spec says; else the shape to reshape to in-graph (a model
        that takes (B, H, W) or flat (B, H·W·C) input, e.g. the MNIST beginner tutorial's)."""
        shape = self._model_input_shape()
        want = self.spec.input_shape
        if shape is None:
            return None
        dims = shape[1:]
        if len(dims) == 3:
            if all(d is None or d == w for d, w in zip(dims, want)):
                return None
        elif dims and all(d is not None for d in dims) and math.prod(dims) == math.prod(want):
            return tuple(int(d) for d in dims)
        raise _recognition_error(Text("the model takes input of shape {0} but its preprocessing spec makes "
                                      "{1}×{2}×{3} images", shape, want[0], want[1], want[2]))

    def _check_output_size(self) -> None:
        try:
            outputs = self.model.outputs
        except (AttributeError, ValueError):
            return
        if not outputs:
            return
        if len(outputs) != 1:
            raise _recognition_error(Plural("the model has %Ln output(s); recognition needs one class output", "",
                                            len(outputs)))
        k = outputs[0].shape[-1]
        if k is not None and k != len(self.labels):
            raise _recognition_error(outputs_labels(k, len(self.labels)))

    def _detect_probabilities(self) -> bool:
        """True when the network's output already is a probability distribution (decided once, here)."""
        layer = _last_layer(self.model)
        if layer is not None:
            if type(layer).__name__ == "Softmax":
                return True
            activation = getattr(layer, "activation", None)
            name = activation if isinstance(activation, str) else getattr(activation, "__name__", None)
            if name is not None:
                return name == "softmax"
        # The model does not say: look at one output for an input of the right kind (a blank page and noise).
        coverage = np.stack([np.zeros(self.spec.input_shape[:2], np.float32),
                             np.random.default_rng(0).random(self.spec.input_shape[:2], np.float32)])
        from guiapp.core.recognition import coverage_to_model_input

        probe = coverage_to_model_input(self.spec, coverage)
        if self._reshape_to is not None:
            probe = probe.reshape((len(probe),) + self._reshape_to)
        output = self.model(probe, training=False)
        if isinstance(output, (list, tuple)):
            output = output[0]
        y = np.asarray(output, np.float64).reshape(len(probe), -1)
        if y.shape[1] != len(self.labels):
            raise _recognition_error(outputs_labels(y.shape[1], len(self.labels)))
        return bool((y >= -1e-6).all() and np.allclose(y.sum(axis=1), 1.0, atol=PROBABILITY_TOLERANCE))

    # -- the compiled functions ---------------------------------------------------------------------------------
    def _forward(self):
        import tensorflow as tf

        model, reshape_to, softmax = self.model, self._reshape_to, not self.outputs_probabilities

        def forward(x):
            if reshape_to is not None:
                x = tf.reshape(x, (-1,) + reshape_to)
            y = model(x, training=False)
            if isinstance(y, (list, tuple)):
                y = y[0]
            y = tf.cast(tf.reshape(y, (tf.shape(y)[0], -1)), tf.float32)  # float16 models report float32
            return tf.nn.softmax(y, axis=-1) if softmax else y

        return forward

    def _compile(self, batch: int | None, jit: bool):
        import tensorflow as tf

        signature = [tf.TensorSpec((batch, *self.spec.input_shape), tf.float32)]
        function = tf.function(self._forward(), input_signature=signature, reduce_retracing=True, jit_compile=jit)
        return function.get_concrete_function()

    def warm_up(self) -> Self:
        """Trace (and XLA-compile) the single-image function and run it once, so the first real call is fast.
        Called by the constructor unless ``warm_up=False``; safe to call again (it does nothing then)."""
        with self._lock:
            if self._single is not None or self.light is not None:
                return self
            import tensorflow as tf

            zeros = tf.zeros((1, *self.spec.input_shape), tf.float32)
            attempts = [True, False] if self.jit_compile == "auto" else [bool(self.jit_compile)]
            for jit in attempts:
                try:
                    single = self._compile(1, jit)
                    y = single(zeros).numpy()
                except Exception:
                    if jit and self.jit_compile == "auto":
                        continue  # some layers do not compile with XLA: the plain graph serves them
                    raise
                if y.shape != (1, len(self.labels)):
                    raise _recognition_error(outputs_labels(y.shape[-1], len(self.labels)))
                self._single, self.compiled_with_xla = single, jit
                break
        return self

    def _batch_function(self):
        with self._lock:
            if self._batch is None:
                self._batch = self._compile(None, False)
            return self._batch


def _last_layer(model):
    """The innermost last layer (through nested Sequential/functional models), or None."""
    layer = model
    for _ in range(16):
        layers = getattr(layer, "layers", None)
        if not layers:
            return None if layer is model else layer
        layer = layers[-1]
    return None
