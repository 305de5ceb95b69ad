"""Where the network looked: a saliency map of one input for one class, placed back onto the drawing.

* **HiResCAM** (Draelos and Carin 2020) for models with a convolution layer: the last conv layer's feature maps
  (taken after the batch norm and activation that follow it, where the network reads them) times the gradient of
  the class score, place by place, summed over the maps, negatives dropped. Grad-CAM (Selvaraju et al. 2017)
  weights each map by its gradient's mean instead, which is faithful only where the network averages its maps
  away; every preset flattens them into a dense layer, which weighs each place on its own, and a keras-tutorial
  network's Grad-CAM was empty for 34 to 211 of 300 real MNIST digits, by the run ("it looked at nothing": walk
  155; HiResCAM's for none). Blanking the tenth of the input the map rates highest costs the answer more of its
  probability (medians 0.44 against 0.34 on keras-tutorial, 0.37 against 0.09 on the bundled digits model:
  ``benchmarks/bench_saliency_faithful.py``).
  The class score is the logit: gradients of a softmax output vanish once the network is sure, and the map would
  fade exactly when the answer is clear.
* **Integrated gradients** (Sundararajan et al. 2017) for models without one (dense networks over pixels): the
  input's difference from a blank page times the gradient averaged along the straight path between them; only
  positive evidence is kept, as HiResCAM keeps it.

Either map lives on the model input (what the network saw). The model input shows one window of the drawing (the
spec's fit centres and scales the ink), so :class:`Saliency` carries that window in canvas units (``box``) and the
pad paints the map there: a character drawn in a corner lights up that corner.

Needs TensorFlow (gradients); the window runs it in its own worker after a recognition, never in the way of one.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from PIL import Image

from guiapp.core.coverage import to_coverage
from guiapp.core.strokes import Drawing
from guiapp.core.text import Text

CAMS = ("hirescam", "grad-cam")  # Grad-CAM only to compare with (the benchmark)
CAM_NAMES = {"hirescam": "HiResCAM", "grad-cam": "Grad-CAM"}
IG_STEPS = 24  # path steps of integrated gradients: the map stops changing visibly beyond ~20 on 28×28 inputs
SPATIAL_FOLLOWERS = ("BatchNormalization", "ReLU", "Activation", "LeakyReLU", "ELU", "PReLU")


@dataclass
class Saliency:
    heatmap: np.ndarray  # (H, W) float32, 0..1 over the model input (1 = where the class was seen most)
    label: str
    method: str  # "hirescam", "grad-cam" or "integrated-gradients"
    layer: str | None  # the conv layer the map was read from; None for integrated gradients
    box: tuple[float, float, float, float] | None  # canvas region (x0, y0, x1, y1) the model input shows; None: not a drawing
    seconds: float

    def describe(self) -> Text:
        """The line beside the map, in plain words first: "Grad-CAM of block2b_relu" was jargon to a hobbyist and
        to a class of 15-year-olds (walks 110, 140, 141); the method stays named for those who look it up."""
        name = CAM_NAMES.get(self.method) or Text("integrated gradients")
        return Text("Where it looked for “{0}”: the warmer the colour, the more that part counted ({1}, {2:.0f} ms)",
                    self.label, name, 1000 * self.seconds)


def flat_layers(model) -> list:
    """Every leaf layer, nested models opened, in order."""
    out = []
    for layer in getattr(model, "layers", []):
        if getattr(layer, "layers", None):
            out.extend(flat_layers(layer))
        else:
            out.append(layer)
    return out


def last_conv_output(layers: list):
    """The layer whose output the class activation map reads: the last Conv2D, moved past the BN/activation layers
    right after it.
    None when the model has no convolution."""
    index = max((i for i, layer in enumerate(layers) if type(layer).__name__ in ("Conv2D", "DepthwiseConv2D",
                                                                                 "SeparableConv2D")), default=None)
    if index is None:
        return None
    while index + 1 < len(layers) and type(layers[index + 1]).__name__ in SPATIAL_FOLLOWERS:
        index += 1
    return layers[index]


class Explainer:
    """(one worker thread) A model file loaded on TensorFlow once, its saliency function compiled once."""

    def __init__(self, source, cam: str = "hirescam") -> None:
        import tensorflow as tf

        if cam not in CAMS:
            raise ValueError(f"cam must be one of {CAMS}, got {cam!r}")
        from guiapp.core.modelfile import LoadedModel, load_model
        from guiapp.core.recognition import Recognizer

        self.loaded = source if isinstance(source, LoadedModel) else load_model(source)
        self.path = self.loaded.path
        # The Recognizer prepares input exactly as recognition does (same rasterising, same spec).
        self.recognizer = Recognizer(self.loaded, warm_up=False, runtime="tensorflow")
        self.labels = self.recognizer.labels
        self.spec = self.recognizer.spec
        model = self.loaded.model
        layers = flat_layers(model)
        reshape_to = self.recognizer._reshape_to
        last = layers[-1] if layers else None
        dense_softmax = (last is not None and type(last).__name__ == "Dense"
                         and getattr(getattr(last, "activation", None), "__name__", "") == "softmax")
        separate_softmax = last is not None and (type(last).__name__ == "Softmax" or (
            type(last).__name__ == "Activation" and getattr(last.activation, "__name__", "") == "softmax"))
        conv = last_conv_output(layers) if _is_chain(model) else None
        self.method, self.layer = "integrated-gradients", None
        # A chain of layers (every preset, Sequential models) is run layer by layer, so the conv output and the
        # score are one path the tape follows (Keras 3 functional sub-models made of a Sequential's layers return
        # an output the later layers did not read: its gradient was None).
        split = layers.index(conv) + 1 if conv is not None else None

        def run(x, part):
            for layer in part:
                x = layer(x, training=False)
            return x

        probabilities_out = self.recognizer.outputs_probabilities

        def logits(pre):
            if conv is not None and dense_softmax:
                pre = tf.matmul(pre, last.kernel) + (last.bias if last.use_bias else 0.0)
            elif not (conv is not None and separate_softmax) and probabilities_out:
                pre = tf.math.log(tf.maximum(pre, 1e-12))  # only probabilities to go on: log-probabilities
            return tf.reshape(pre, (tf.shape(pre)[0], -1))

        def network_input(x):
            return tf.reshape(x, (-1,) + reshape_to) if reshape_to is not None else x

        signature = [tf.TensorSpec((1, *self.spec.input_shape), tf.float32), tf.TensorSpec((), tf.int32)]
        if conv is not None:
            self.method, self.layer = cam, conv.name

            def class_activation_map(x, c):
                with tf.GradientTape() as tape:
                    features = run(network_input(x), layers[:split])
                    tape.watch(features)
                    head = layers[split:-1] if (dense_softmax or separate_softmax) else layers[split:]
                    score = logits(run(features, head))[0, c]
                grads = tape.gradient(score, features)
                if cam == "grad-cam":
                    grads = tf.reduce_mean(grads, axis=(1, 2), keepdims=True)
                return tf.nn.relu(tf.reduce_sum(features * grads, axis=-1))[0]

            self._function = tf.function(class_activation_map, input_signature=signature)
        else:
            scale, offset = self.spec.output_affine()
            baseline = tf.fill((1, *self.spec.input_shape), tf.constant(offset, tf.float32))  # a blank page
            alphas = tf.reshape((tf.range(IG_STEPS, dtype=tf.float32) + 0.5) / IG_STEPS, (-1, 1, 1, 1))

            def forward(x):
                out = model(network_input(x), training=False)
                return out[0] if isinstance(out, (list, tuple)) else out

            def integrated(x, c):
                path = baseline + alphas * (x - baseline)
                with tf.GradientTape() as tape:
                    tape.watch(path)
                    score = logits(forward(path))[:, c]
                grads = tape.gradient(score, path)
                attribution = (x - baseline) * tf.reduce_mean(grads, axis=0, keepdims=True)
                return tf.nn.relu(tf.reduce_sum(attribution, axis=-1))[0]

            self._function = tf.function(integrated, input_signature=signature)

    def explain(self, source, label: str | None = None, pen_width: float | None = None) -> Saliency:
        """Saliency of ``source`` (a Drawing, or anything :meth:`Recognizer.preprocess` takes) for ``label``
        (default: the network's own top class)."""
        import tensorflow as tf

        started = time.perf_counter()
        box = None
        if isinstance(source, Drawing):
            bitmap = self.recognizer.rasterise(source, pen_width)
            model_input = self.spec.apply(bitmap, "light")
            box = self._canvas_window(source, bitmap)
        else:
            model_input = self.recognizer.preprocess(source, pen_width=pen_width)
        x = tf.constant(np.ascontiguousarray(model_input, np.float32)[None])
        if label is None:
            label = self.labels[int(np.argmax(self.recognizer.infer_one(model_input)))]
        if label not in self.labels:
            raise ValueError(Text("{0!r} is not one of the model's classes", label))
        raw = np.asarray(self._function(x, tf.constant(self.labels.index(label), tf.int32)), np.float32)
        heatmap = _resize(raw, self.spec.width, self.spec.height)
        peak = float(heatmap.max())
        heatmap = heatmap / peak if peak > 0 else np.zeros_like(heatmap)
        return Saliency(heatmap, label, self.method, self.layer, box, time.perf_counter() - started)

    def _canvas_window(self, drawing: Drawing, bitmap: np.ndarray):
        """The canvas region the model input shows: the spec's fit window, from bitmap pixels to canvas units."""
        window = self.spec.fit_window(to_coverage(bitmap, "light"))
        if window is None:
            return None
        cx, cy, scale = window
        side = bitmap.shape[0]
        to_bitmap = side / max(drawing.width, drawing.height)  # rasterise: the canvas scaled uniformly, centred
        ox, oy = (side - drawing.width * to_bitmap) / 2, (side - drawing.height * to_bitmap) / 2
        half_w, half_h = self.spec.width / (2 * scale), self.spec.height / (2 * scale)
        return (float((cx - half_w - ox) / to_bitmap), float((cy - half_h - oy) / to_bitmap),
                float((cx + half_w - ox) / to_bitmap), float((cy + half_h - oy) / to_bitmap))


def _is_chain(model) -> bool:
    """True when the model is a plain chain of layers (Sequential, Sequentials nested in it)."""
    return type(model).__name__ == "Sequential" and all(
        _is_chain(layer) for layer in getattr(model, "layers", []) if getattr(layer, "layers", None))


def _resize(array: np.ndarray, width: int, height: int) -> np.ndarray:
    """A coarse map (a conv layer's grid) → the model input's size, bilinear."""
    array = np.asarray(array, np.float32)
    if array.shape == (height, width):
        return array
    return np.asarray(Image.fromarray(array).resize((width, height), Image.Resampling.BILINEAR), np.float32)


def heat_on_canvas(saliency: Saliency, width: float, height: float, cells: int = 64) -> np.ndarray:
    """The map painted onto a (cells × cells) grid over the canvas, as the pad shows it: zero outside ``box``."""
    grid = np.zeros((cells, cells), np.float32)
    if saliency.box is None:
        return grid
    x0, y0, x1, y1 = saliency.box
    sx, sy = cells / width, cells / height
    left, top = int(round(x0 * sx)), int(round(y0 * sy))
    right, bottom = int(round(x1 * sx)), int(round(y1 * sy))
    if right <= left or bottom <= top:
        return grid
    placed = _resize(saliency.heatmap, right - left, bottom - top)
    gl, gt, gr, gb = max(left, 0), max(top, 0), min(right, cells), min(bottom, cells)
    if gr > gl and gb > gt:
        grid[gt:gb, gl:gr] = placed[gt - top : gb - top, gl - left : gr - left]
    return grid


__all__ = ["CAMS", "Explainer", "Saliency", "flat_layers", "heat_on_canvas", "last_conv_output"]
