"""Layer by layer, as the tutorials show a CNN: the first conv layer's filters, and for one drawing the output of
every layer (conv, batch norm, ReLU, pool, dropout, flatten, dense), each with its shape and one line on what it
does. Plain arrays out; the Train area draws them (maps as tiles, 1-D outputs as bars).

Needs TensorFlow; the window runs it in a worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from guiapp.core.saliency import flat_layers
from guiapp.core.text import Text

MAX_MAPS_PER_LAYER = 16
MAX_BARS = 128
MAX_FILTERS = 64
# Below this share of their size moved, first-layer filters still look like their random start: keras-tutorial's
# after 3 epochs on 100 digits a class moved 20 % (0.994 alike, 54 % test accuracy), after 10 epochs 67 % (0.94);
# inkling's, batch-normalised, 6–8 %.
LITTLE_MOVED = 0.5


def to_uint8(array: np.ndarray) -> np.ndarray:
    """Stretch one 2-D array to 0..255 (a constant array becomes mid-grey, one of zeros black: a map in which
    nothing was found was drawn grey, as if half found everywhere: walk 119)."""
    array = np.asarray(array, np.float32)
    low, high = float(array.min()), float(array.max())
    if high - low < 1e-12:
        return np.full(array.shape, 0 if abs(high) < 1e-12 else 128, np.uint8)
    return np.round((array - low) * (255.0 / (high - low))).astype(np.uint8)


@dataclass
class LayerOutput:
    name: str
    kind: str  # the Keras class name
    shape: tuple[int, ...]  # the output's shape for one input (no batch axis)
    description: str  # what the layer does, in one line
    maps: list[np.ndarray] = field(default_factory=list)  # uint8 images, for (H, W, C) outputs (the first 16)
    values: np.ndarray | None = None  # 1-D output (the first MAX_BARS values), for bars
    labels: list[str] | None = None  # the class names, for the output layer's bars
    activation: str = ""  # the layer's own activation (a Conv2D or Dense with relu built in)

    @property
    def shape_text(self) -> str:
        return "×".join(str(d) for d in self.shape)

    @property
    def title(self) -> str:
        extra = f", {self.activation}" if self.activation not in ("", "linear") else ""
        return f"{self.name} ({self.kind}{extra}, {self.shape_text})"


def _activation_name(activation) -> str:
    if activation is None:
        return ""
    return activation if isinstance(activation, str) else getattr(activation, "__name__", "")


def _pair(value) -> str:
    value = tuple(value) if isinstance(value, (tuple, list)) else (value, value)
    return f"{value[0]}×{value[1]}"


def describe(layer, in_shape: tuple, out_shape: tuple, last: bool = False) -> str:
    """One line on what ``layer`` does to its input (in_shape → out_shape, no batch axis); a Text, so the window
    shows it translated."""
    kind = type(layer).__name__
    activation = _activation_name(getattr(layer, "activation", None))
    then = {"relu": Text("; then ReLU keeps the positive values"),
            "softmax": Text("; then softmax turns them into probabilities"),
            "sigmoid": Text("; then a sigmoid squashes each into 0..1")}.get(activation, "")
    if kind == "Conv2D" and len(in_shape) == 3 and in_shape[-1] > 1:
        # Not "over the input" after the first layer: each filter spans every map before it (walk 119)
        return Text("{0} filters of {1} slide over the {3} maps before them, each filter spanning all of them: "
                    "each map is bright where its filter's pattern is found{2}", layer.filters,
                    _pair(layer.kernel_size), then, in_shape[-1])
    if kind == "Conv2D":
        return Text("{0} filters of {1} slide over the input: each map is bright where its filter's pattern is "
                    "found{2}", layer.filters, _pair(layer.kernel_size), then)
    if kind in ("ReLU",) or (kind == "Activation" and activation == "relu"):
        return Text("keeps positive values and sets negative ones to 0, so only patterns that are present pass on")
    if kind == "MaxPooling2D":
        return Text("keeps the largest value of each {0} block: smaller maps, and a pattern shifted a little still "
                    "counts", _pair(layer.pool_size))
    if kind == "AveragePooling2D":
        return Text("averages each {0} block: smaller, smoother maps", _pair(layer.pool_size))
    if kind in ("GlobalAveragePooling2D", "GlobalMaxPooling2D"):
        return Text("sums each map up in one number: how much of its pattern the whole input has")
    if kind == "BatchNormalization":
        return Text("rescales each map to the mean and spread learned in training, which keeps training stable")
    if kind == "Dropout":
        return Text("in training, drops {0:.0%} of the values at random so no single one is relied on; when "
                    "recognizing it passes everything", float(layer.rate))
    if kind == "Flatten":
        # The shape is worked out first: a string literal after the template read to lupdate as a disambiguation
        # ("×"), and the French window showed this line in English (a walk).
        size = "×".join(map(str, in_shape))
        return Text("lays the {0} values out in one row of {1} for the dense layers", size, out_shape[0])
    if kind in ("Reshape", "InputLayer", "Rescaling"):
        return Text("changes only the layout or scale of the values")
    if kind == "Dense":
        inputs = in_shape[-1] if in_shape else "?"
        if last:
            return Text("one score per class, each a weighted sum of all {0} inputs{1}", inputs, then)
        return Text("{0} neurons, each a weighted sum of all {1} inputs{2}", layer.units, inputs, then)
    if kind == "Softmax" or (kind == "Activation" and activation == "softmax"):
        return Text("turns the scores into probabilities that sum to 1")
    return kind


class Inspector:
    """(worker thread) One model file, loaded once: its first-layer filters and every layer's output."""

    def __init__(self, path: str) -> None:
        from guiapp.core.modelfile import load_model
        from guiapp.core.recognition import Recognizer

        self.path = path
        self.loaded = load_model(path)
        self.recognizer = Recognizer(self.loaded, warm_up=False, runtime="tensorflow")
        model = self.loaded.model
        self.layers = flat_layers(model)
        self._chain = type(model).__name__ == "Sequential" and all(
            type(layer).__name__ == "Sequential" for layer in getattr(model, "layers", []) if getattr(layer, "layers", None))
        self.extractor = None
        if not self._chain and self.layers:
            import keras

            try:  # a functional graph: one sub-model with every layer's output
                self.extractor = keras.Model(model.inputs, [layer.output for layer in self.layers])
            except Exception:  # noqa: BLE001 — subclassed or unusual models: filters only
                self.layers = []
        self.filters, self.filter_title = self._filters()

    @property
    def can_show_layers(self) -> bool:
        return bool(self.layers)

    def _filters(self) -> tuple[list[np.ndarray], str]:
        for index, layer in enumerate(self.layers):
            if type(layer).__name__ == "Conv2D":
                kernel = np.asarray(layer.get_weights()[0])  # (kh, kw, in, out)
                images = [to_uint8(kernel[:, :, :, i].mean(axis=2)) for i in range(min(kernel.shape[3], MAX_FILTERS))]
                title = Text("First-layer filters: {0}, {1} filters of {2}×{3} (bright = positive weight)", layer.name,
                             kernel.shape[3], kernel.shape[0], kernel.shape[1])
                after = self.layers[index + 1] if index + 1 < len(self.layers) else None
                normalised = type(after).__name__ == "BatchNormalization"
                moved = self._moved_from_start(layer, kernel)
                if moved is not None:
                    # A run's own model: how far training took them, measured. A class was shown a barely trained
                    # tutorial network's filters, alike to a well trained one's (both near their seeded random
                    # start), with nothing said (walk 160).
                    title = (Text("{0}. Training moved them {1} % from their random start: little, so they still "
                                  "look random; the maps below show what the layer picks out.", title,
                                  round(moved * 100)) if moved < LITTLE_MOVED else
                             Text("{0}. Training moved them {1} % from their random start.", title, round(moved * 100)))
                elif normalised:
                    # Measured by a walk: 0.99 alike from epoch 1 to 60, and across runs of one seed. A class was
                    # about to be shown the random start as "what the network learned".
                    title = Text("{0}. Batch normalisation follows them, so training moves them little from their "
                                 "random start: the maps below show what the layer picks out.", title)
                return images, title
        return [], Text("This model has no convolution layer (it sees pixels directly), so it has no filters to show.")

    def _moved_from_start(self, layer, kernel: np.ndarray) -> float | None:
        """How far ``layer``'s kernel is from the run's weights before training (its epochs folder's epoch 0), as a
        share of their size; None for a model that is not a run's or whose start was not kept."""
        from guiapp.core.training.epochs import epoch_files

        start = dict(epoch_files(Path(self.path).parent)).get(0)
        if start is None:
            return None
        model = self.loaded.model
        trained = model.get_weights()
        try:
            model.load_weights(start)
            first = np.asarray(layer.get_weights()[0])
        except Exception:  # noqa: BLE001 — removed meanwhile, damaged, or another network's: nothing to say
            return None
        finally:
            model.set_weights(trained)
        size = float(np.linalg.norm(first))
        return float(np.linalg.norm(kernel - first)) / size if first.shape == kernel.shape and size > 0 else None

    def _outputs(self, x: np.ndarray) -> list[np.ndarray]:
        reshape_to = self.recognizer._reshape_to
        if reshape_to is not None:
            x = x.reshape((len(x),) + reshape_to)
        if self._chain:
            outputs, value = [], x
            for layer in self.layers:
                value = layer(value, training=False)
                outputs.append(np.asarray(value))
            return outputs
        outputs = self.extractor(x, training=False)
        return [np.asarray(o) for o in (outputs if isinstance(outputs, (list, tuple)) else [outputs])]

    def layer_outputs(self, source, pen_width: float | None = None) -> tuple[np.ndarray | None, list[LayerOutput]]:
        """(what the model sees as uint8, one LayerOutput per layer) for a drawing; (None, []) for none."""
        if source is None or not self.layers or getattr(source, "strokes", None) == []:
            return None, []
        x = self.recognizer.preprocess(source, pen_width=pen_width)
        outputs = self._outputs(x[None])
        result = []
        in_shape = tuple(int(d) for d in x.shape)
        for i, (layer, output) in enumerate(zip(self.layers, outputs)):
            value = output[0]
            shape = tuple(int(d) for d in value.shape)
            last = i == len(self.layers) - 1
            item = LayerOutput(layer.name, type(layer).__name__, shape, describe(layer, in_shape, shape, last),
                               activation=_activation_name(getattr(layer, "activation", None)))
            if value.ndim == 3:
                item.maps = [to_uint8(value[:, :, c]) for c in range(min(shape[2], MAX_MAPS_PER_LAYER))]
            elif value.ndim == 1 and item.kind != "Flatten":  # Flatten's values are the maps above, in a row
                item.values = np.asarray(value[:MAX_BARS], np.float32)
                if last and len(value) == len(self.recognizer.labels):
                    item.labels = list(self.recognizer.labels)
            result.append(item)
            in_shape = shape
        return to_uint8(x[..., 0]), result


__all__ = ["Inspector", "LayerOutput", "MAX_BARS", "MAX_MAPS_PER_LAYER", "describe", "to_uint8"]
