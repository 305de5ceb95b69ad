"""What a Keras model takes and gives, seen from guiapp: one image input, one vector of class scores; the
preprocessing spec assumed for a model file that carries none; the wrapper for 2-D and flat inputs."""

from __future__ import annotations

import math

from guiapp.core.modelfile.errors import file_error
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.text import Text

MIN_SIDE, MAX_SIDE = 4, 4096
MNIST_SIDE, MNIST_FIT = 28, 20


def _dims(shape) -> tuple:
    return tuple(None if d is None else int(d) for d in shape)


def model_io(model, path) -> tuple[tuple, int]:
    """(per-sample input shape, number of classes) of a Keras model, refusing what guiapp cannot use."""
    try:
        inputs, outputs = list(model.inputs), list(model.outputs)
    except (AttributeError, ValueError, TypeError):
        raise file_error(path, Text("the model has no defined input and output (an unbuilt model)")) from None
    if len(inputs) != 1:
        raise file_error(path, Text("the model has {0} inputs; Inkling needs exactly one image input", len(inputs)))
    if len(outputs) != 1:
        raise file_error(path, Text("the model has {0} outputs; Inkling needs exactly one output of class scores",
                                    len(outputs)))
    in_shape = _dims(inputs[0].shape)[1:]
    out_shape = _dims(outputs[0].shape)[1:]
    if len(out_shape) != 1 or out_shape[0] is None:
        raise file_error(path, Text("the model's output per sample has shape {0}, not a vector of class scores",
                                    out_shape))
    if out_shape[0] < 2:
        raise file_error(path, Text("the model has {0} output; a classifier needs at least 2 classes", out_shape[0]))
    return in_shape, out_shape[0]


def image_layout(in_shape: tuple, path) -> tuple[str, int | None, int | None, int]:
    """(layout, height, width, channels) for a per-sample input shape; layout is image | grey2d | flat."""
    rank = len(in_shape)
    if rank == 3:
        height, width, channels = in_shape
        if channels not in (1, 3):
            raise file_error(path, Text("the model's input {0} has {1} channels; Inkling feeds images with 1 (grey) "
                                        "or 3 (colour) channels, last", in_shape, channels))
        layout = "image"
    elif rank == 2:
        (height, width), channels, layout = in_shape, 1, "grey2d"
    elif rank == 1:
        size = in_shape[0]
        side = math.isqrt(size) if size is not None else None
        if side is None or side * side != size:
            raise file_error(path, Text("the model takes a flat vector of {0} values, which is not a square image "
                                        "(Inkling feeds images)", size))
        height = width = side
        channels, layout = 1, "flat"
    else:
        raise file_error(path, Text("the model's input {0} is not an image (expected height × width × channels)",
                                    in_shape))
    for side in (height, width):
        if side is not None and not MIN_SIDE <= side <= MAX_SIDE:
            raise file_error(path, Text("the model's input {0} is not an image of {1} to {2} pixels a side",
                                        in_shape, MIN_SIDE, MAX_SIDE))
    return layout, height, width, channels


def _takes_raw_pixels(model) -> bool:
    """True if the model's first working layer is a Rescaling (it expects 0..255 pixels and scales them)."""
    layer_list = list(getattr(model, "layers", []))
    for _ in range(8):  # descend into nested models at the front, a few levels at most
        first = None
        for layer in layer_list:
            name = type(layer).__name__
            if name == "InputLayer" or name.startswith("Random"):  # augmentation is inactive at inference
                continue
            first = layer
            break
        if first is None:
            return False
        if type(first).__name__ == "Rescaling":
            try:
                scale = float(getattr(first, "scale", 1.0))
            except (TypeError, ValueError):
                return False
            return 0 < abs(scale) < 0.1
        nested = getattr(first, "layers", None)
        if not nested:
            return False
        layer_list = list(nested)
    return False


def infer_spec(in_shape: tuple, model=None) -> PreprocessSpec:
    """The preprocessing spec guiapp assumes for a model file without one (see the module docs)."""
    layout, height, width, channels = image_layout(in_shape, "model")
    if height is None or width is None:
        raise ValueError(f"the input size {in_shape} is not fixed")
    raw = model is not None and _takes_raw_pixels(model)
    mnist_like = (height, width, channels) == (MNIST_SIDE, MNIST_SIDE, 1)
    fit_size = max(1, min(height, width) * MNIST_FIT // MNIST_SIDE)
    return PreprocessSpec(height=height, width=width, channels=channels, ink="light",
                          fit="mnist" if mnist_like else "resize", fit_size=fit_size,
                          value_range="0..255" if raw else "0..1")


def adapt_input(model, layout: str, spec: PreprocessSpec):
    """Wrap a model with a 2-D or flat input so that it takes (H, W, 1) like every other model."""
    import keras

    inputs = keras.Input(shape=(spec.height, spec.width, 1), name="image")
    target = (spec.height, spec.width) if layout == "grey2d" else (spec.height * spec.width,)
    reshaped = keras.layers.Reshape(target, name="guiapp_reshape")(inputs)
    outputs = model(reshaped)
    return keras.Model(inputs, outputs, name=f"{model.name}_image")
