"""Keras model → the light runtime's form, with parity proved before it is kept. Needs TensorFlow (it runs where
TensorFlow is loaded already: the training process, ``guiapp export``, the background conversion of a foreign
model, scripts/bundled_models.py).

The converted network is exactly what :class:`~guiapp.core.recognition.Recognizer` runs on TensorFlow: the same
input reshape for models with a 2-D or flat input, and a softmax appended when the network ends in logits, so the
converted form always outputs probabilities and the recognize path needs no model-specific code.

Parity: the Keras probabilities and the converted ones are compared on 500 inputs (the caller's samples, else a
seeded mix of blank pages, noise and random strokes at the spec's size); the largest absolute difference must be
≤ :data:`PARITY_TOLERANCE` and the most probable class the same for every input. Two classes whose Keras
probabilities are within :data:`TIE_MARGIN` are a tie no runtime can be expected to break alike, so such an input
only has to pick one of the tied classes.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from guiapp.core.inference.litert import LiteModel, quiet_native_logs
from guiapp.core.text import Text

PARITY_TOLERANCE = 1e-4
PARITY_SAMPLES = 500
TIE_MARGIN = 1e-6


class ParityError(ValueError):
    """The converted form does not reproduce Keras' probabilities; it must not be used or written."""


@dataclass
class Parity:
    samples: int
    max_abs_diff: float
    top1_agree: int

    @property
    def ok(self) -> bool:
        return self.top1_agree == self.samples and self.max_abs_diff <= PARITY_TOLERANCE

    def to_dict(self) -> dict:
        return asdict(self)


def parity_inputs(spec, n: int = PARITY_SAMPLES, seed: int = 0) -> np.ndarray:
    """``n`` model inputs (N, H, W, C) for a parity check when no real samples are at hand: a blank page, noise
    of several densities and random strokes (so activations span what drawings produce)."""
    from PIL import Image, ImageDraw

    from guiapp.core.recognition import coverage_to_model_input

    rng = np.random.default_rng(seed)
    h, w = spec.height, spec.width
    coverage = np.zeros((n, h, w), np.uint8)
    for i in range(1, n):
        kind = i % 3
        if kind == 0:
            coverage[i] = (rng.random((h, w)) < rng.uniform(0.05, 0.5)) * rng.integers(0, 256, (h, w))
        else:
            image = Image.new("L", (w, h), 0)
            draw = ImageDraw.Draw(image)
            for _ in range(int(rng.integers(1, 5))):
                points = [tuple(p) for p in rng.uniform(0, [w, h], (int(rng.integers(2, 6)), 2))]
                draw.line(points, fill=255, width=max(1, int(round(w * rng.uniform(0.05, 0.12)))))
            coverage[i] = np.asarray(image)
    return coverage_to_model_input(spec, coverage)


def keras_forward(recognizer):
    """The Keras network exactly as the recognizer runs it: input reshape, float32 probabilities."""
    import keras

    spec = recognizer.spec
    inputs = keras.Input(shape=spec.input_shape, name="image")
    x = inputs
    if recognizer._reshape_to is not None:
        x = keras.layers.Reshape(recognizer._reshape_to, name="guiapp_reshape")(x)
    y = recognizer.model(x, training=False)
    if isinstance(y, (list, tuple)):
        y = y[0]
    y = keras.layers.Activation("linear", dtype="float32", name="guiapp_float32")(y)
    if not recognizer.outputs_probabilities:
        y = keras.layers.Softmax(name="guiapp_softmax", dtype="float32")(y)
    return keras.Model(inputs, y, name="guiapp_recognition")


def to_litert(forward) -> bytes:
    """A Keras model (from :func:`keras_forward`) → ``.tflite`` bytes (Keras' own LiteRT export, batch free)."""
    workdir = Path(tempfile.mkdtemp(prefix="guiapp-litert-"))
    try:
        target = workdir / "model.tflite"
        forward(np.zeros((1, *forward.inputs[0].shape[1:]), np.float32))  # export needs a built, called model
        with quiet_native_logs():
            forward.export(str(target), format="litert", verbose=False)
        return target.read_bytes()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def measure_parity(forward, lite: LiteModel, inputs: np.ndarray, batch_size: int = 250) -> Parity:
    """Keras (``forward``) against the converted form on ``inputs`` (N, H, W, C), single images through the pad's
    interpreter so the path that serves users is the one proved."""
    inputs = np.asarray(inputs, np.float32)
    reference = np.concatenate([np.asarray(forward(inputs[i:i + batch_size], training=False), np.float64)
                                for i in range(0, len(inputs), batch_size)])
    got = np.stack([lite.run_one(x) for x in inputs]).astype(np.float64)
    diff = float(np.abs(got - reference).max()) if len(inputs) else 0.0
    want, have = reference.argmax(1), got.argmax(1)
    rows = np.arange(len(inputs))
    tied = reference[rows, want] - reference[rows, have] <= TIE_MARGIN
    return Parity(len(inputs), diff, int(((want == have) | tied).sum()))


def convert_recognizer(recognizer, inputs: np.ndarray | None = None) -> tuple[bytes, Parity]:
    """A TensorFlow-backed :class:`Recognizer` → (``.tflite`` bytes, parity). Raises :class:`ParityError` when
    the converted form does not match (nothing is returned to be written then)."""
    forward = keras_forward(recognizer)
    content = to_litert(forward)
    lite = LiteModel(content, recognizer.spec.input_shape, len(recognizer.labels))
    if inputs is None:
        inputs = parity_inputs(recognizer.spec)
    parity = measure_parity(forward, lite, inputs)
    if not parity.ok:
        raise ParityError(Text("the converted model differs from Keras: max |Δp| {0:.2g} (allowed {1:g}), top-1 agrees "
                               "on {2} of {3}", parity.max_abs_diff, PARITY_TOLERANCE, parity.top1_agree,
                               parity.samples))
    return content, parity


def convert_for_save(model, labels, spec, inputs: np.ndarray | None = None) -> tuple[bytes, dict] | None:
    """The converted form of a model being saved, with the info stored beside it; None (logged) when the model
    cannot be converted or parity fails: the file is still saved, and TensorFlow serves it as before."""
    import logging

    from guiapp.core.inference.litert import RUNTIME, runtime_version
    from guiapp.core.modelfile import LoadedModel
    from guiapp.core.recognition import Recognizer

    try:
        recognizer = Recognizer(LoadedModel(model, list(labels), spec), warm_up=False, runtime="tensorflow")
        content, parity = convert_recognizer(recognizer, inputs)
    except Exception as exc:  # noqa: BLE001 - the converter raises its own types; a save must never fail here
        logging.getLogger(__name__).warning("model saved without its fast form: %s", exc)
        return None
    return content, {"runtime": RUNTIME, "runtime_version": runtime_version(), "parity": parity.to_dict(),
                     "classes": len(recognizer.labels)}


__all__ = ["PARITY_SAMPLES", "convert_for_save", "PARITY_TOLERANCE", "Parity", "ParityError", "convert_recognizer", "keras_forward",
           "measure_parity", "parity_inputs", "to_litert"]
