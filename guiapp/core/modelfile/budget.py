"""How big a model is, worked out from its config alone, BEFORE Keras builds anything.

Keras allocates and initialises every weight a config declares before it looks at the stored weights, so a 45 KB
file whose config says ``Dense(1_000_000)`` after a 784-wide Flatten costs gigabytes before the load fails. This
module walks the config (Sequential and Functional, nested models, both Keras 3 and tf.keras 2 layouts),
propagates each layer's output shape from the input, and counts each layer's parameters; it refuses, naming the
layer and its size:

* a model with more than :data:`MAX_PARAMS` parameters in all (400 MB of float32 weights: a character
  recognizer needs a few million, the largest Keras application models about 150 million);
* a layer whose output holds more than :data:`MAX_LAYER_OUTPUT` values per sample (64 MB of float32: four times a
  VGG first layer at 224×224), which is what prediction allocates per sample and layer;
* when a layer's input size cannot be worked out (a layer type without a shape rule here), a size argument
  (``units``, ``filters``…) above :data:`MAX_SIZE_ARGUMENT`;
* a config that declares far more parameters than the file stores weights for (the config does not describe the
  stored weights; Keras would build it all before noticing), or, when every layer was counted, a file that
  stores far more weight values than the config uses (Keras would read them all).

Shapes here exclude the batch axis; ``None`` stands for an unknown size.
"""

from __future__ import annotations

import math
from pathlib import Path

from guiapp.core.modelfile.errors import file_error
from guiapp.core.text import Text

MAX_PARAMS = 100_000_000
MAX_LAYER_OUTPUT = 1 << 24
MAX_SIZE_ARGUMENT = 1 << 16
STORED_SLACK = 1_000_000  # parameters a config and its stored weights may differ by (optimizer steps, seeds…)
STORED_FACTOR = 4  # stored values per parameter: the weights plus Adam's two slots plus room
MAX_NESTING = 32

MODEL_CLASSES = {"Sequential", "Functional", "Model"}
SIZE_ARGUMENTS = ("units", "filters", "output_dim", "input_dim", "num_heads", "key_dim", "value_dim", "n",
                  "depth_multiplier", "num_tokens", "max_tokens", "num_bins")
# Layers whose output has the shape of their (first) input.
SAME_SHAPE = {
    "Activation", "Dropout", "SpatialDropout1D", "SpatialDropout2D", "SpatialDropout3D", "GaussianNoise",
    "GaussianDropout", "AlphaDropout", "ReLU", "LeakyReLU", "ELU", "Softmax", "ThresholdedReLU", "Rescaling",
    "ActivityRegularization", "Masking", "Identity", "UnitNormalization", "RandomFlip", "RandomRotation",
    "RandomTranslation", "RandomZoom", "RandomContrast", "RandomBrightness", "AutoContrast", "Add", "Subtract",
    "Multiply", "Average", "Maximum", "Minimum",
}


class _Budget:
    def __init__(self, path: Path):
        self.path = path
        self.total = 0
        self.exact = True  # every layer's parameters were counted (no layer type without a rule)

    def refuse(self, reason: str):
        raise file_error(self.path, reason)

    def add(self, name: str, class_name: str, params: int) -> None:
        if params > MAX_PARAMS:
            self.refuse(Text("the layer '{0}' ({1}) has {2:,} parameters ({3} of weights), more than the {4:,} "
                             "Inkling accepts", name, class_name, params, _mb(params), MAX_PARAMS))
        self.total += params
        if self.total > MAX_PARAMS:
            self.refuse(Text("the model has more than {0:,} parameters ({1} of weights, reached at the layer '{2}' "
                             "({3})); Inkling accepts at most {4:,}",
                             MAX_PARAMS, _mb(self.total), name, class_name, MAX_PARAMS))


def _mb(params: int) -> str:
    size = params * 4
    return f"{size / 1e9:.1f} GB" if size >= 1e9 else f"{size / 1e6:.0f} MB"


def _int(value, default=None):
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _ints(value, rank: int, default: int) -> list[int]:
    if isinstance(value, (list, tuple)):
        values = [_int(v, default) for v in value][:rank]
        return values + [default] * (rank - len(values))
    return [_int(value, default)] * rank


def _shape(value) -> tuple | None:
    """A stored shape (with its batch axis) → the per-sample shape, or None when it is not a shape."""
    if isinstance(value, dict) and value.get("class_name") in ("__tuple__", "TensorShape"):
        value = value.get("config", {}).get("value") or value.get("items")
    if not isinstance(value, (list, tuple)) or not value:
        return None
    if isinstance(value[0], (list, tuple, dict)):  # several inputs: the first one
        return _shape(value[0])
    dims = tuple(d if _int(d) is not None and d >= 0 else None for d in value[1:])
    return dims


def _prod(shape) -> int | None:
    if shape is None or any(d is None for d in shape):
        return None
    return math.prod(shape)


def _channels(shape, config) -> int | None:
    if not shape:
        return None
    return shape[0] if config.get("data_format") == "channels_first" else shape[-1]


def _spatial(shape, config, rank):
    if shape is None or len(shape) != rank + 1:
        return None
    return list(shape[1:]) if config.get("data_format") == "channels_first" else list(shape[:-1])


def _with_channels(spatial, channels, config):
    return tuple([channels] + spatial) if config.get("data_format") == "channels_first" else tuple(spatial + [channels])


def _window_out(size, kernel, stride, dilation, padding, transpose=False):
    if size is None:
        return None
    if transpose:
        return size * stride if padding == "same" else (size - 1) * stride + (kernel - 1) * dilation + 1
    span = (kernel - 1) * dilation + 1
    if padding == "same":
        return -(-size // stride)
    return max(0, (size - span) // stride + 1)


def _conv(class_name, config, shape):
    """(params, output shape) of the convolution family; rank from the class name's digit."""
    rank = int(class_name[-2]) if class_name[-2:-1].isdigit() else 2
    kernel = _ints(config.get("kernel_size"), rank, 1)
    strides = _ints(config.get("strides"), rank, 1)
    dilation = _ints(config.get("dilation_rate"), rank, 1)
    padding = config.get("padding", "valid")
    channels = _channels(shape, config)
    filters = _int(config.get("filters"))
    bias = 1 if config.get("use_bias", True) else 0
    k = math.prod(max(1, v) for v in kernel)
    transpose = "Transpose" in class_name
    if class_name.startswith("DepthwiseConv"):
        mult = _int(config.get("depth_multiplier"), 1)
        out_channels = None if channels is None else channels * mult
        params = None if channels is None else k * out_channels + bias * out_channels
    elif class_name.startswith("SeparableConv"):
        mult = _int(config.get("depth_multiplier"), 1)
        out_channels = filters
        params = None if channels is None or filters is None else k * channels * mult + channels * mult * filters + bias * filters
    else:
        groups = max(1, _int(config.get("groups"), 1))
        out_channels = filters
        params = None if channels is None or filters is None else k * (channels // groups) * filters + bias * filters
    spatial = _spatial(shape, config, rank)
    if spatial is None:
        return params, None
    out = [_window_out(s, kk, st, d, padding, transpose) for s, kk, st, d in zip(spatial, kernel, strides, dilation)]
    return params, _with_channels(out, out_channels, config)


def _pool(class_name, config, shape):
    rank = int(class_name[-2]) if class_name[-2:-1].isdigit() else 2
    size = _ints(config.get("pool_size"), rank, 2)
    strides = _ints(config.get("strides"), rank, 0)
    strides = [st or sz for st, sz in zip(strides, size)]
    spatial = _spatial(shape, config, rank)
    if spatial is None:
        return None
    out = [_window_out(s, k, st, 1, config.get("padding", "valid")) for s, k, st in zip(spatial, size, strides)]
    return _with_channels(out, _channels(shape, config), config)


def _reshape(config, shape):
    target = config.get("target_shape")
    if not isinstance(target, (list, tuple)) or not all(_int(d) is not None for d in target):
        return None
    target = list(target)
    if -1 in target:
        known = math.prod(d for d in target if d != -1) or 1
        total = _prod(shape)
        target[target.index(-1)] = None if total is None else total // known
    return tuple(target)


def _layer(class_name: str, config: dict, shape, inputs: list):
    """(params or None, output shape or None) of one layer given its input shape."""
    last = shape[-1] if shape else None
    if class_name == "Dense":
        units = _int(config.get("units"))
        params = None if last is None or units is None else last * units + (units if config.get("use_bias", True) else 0)
        return params, None if shape is None or units is None else tuple(shape[:-1]) + (units,)
    if class_name.startswith(("Conv", "DepthwiseConv", "SeparableConv")) and class_name != "ConvLSTM2D":
        return _conv(class_name, config, shape)
    if class_name.startswith(("MaxPooling", "AveragePooling", "MaxPool", "AvgPool")):
        return 0, _pool(class_name, config, shape)
    if class_name.startswith(("GlobalMaxPooling", "GlobalAveragePooling", "GlobalMaxPool", "GlobalAvgPool")):
        channels = _channels(shape, config)
        if config.get("keepdims") and shape is not None:
            return 0, tuple(1 for _ in shape[:-1]) + (channels,)
        return 0, (channels,)
    if class_name == "Flatten":
        return 0, (_prod(shape),)
    if class_name == "Reshape":
        return 0, _reshape(config, shape)
    if class_name in ("BatchNormalization", "LayerNormalization", "GroupNormalization", "Normalization", "PReLU"):
        per = {"BatchNormalization": 4, "Normalization": 3}.get(class_name, 2)
        size = _prod(shape) if class_name == "PReLU" else last
        return (None if size is None else per * size), shape
    if class_name == "Embedding":
        dims = _int(config.get("input_dim")), _int(config.get("output_dim"))
        params = None if None in dims else dims[0] * dims[1]
        return params, None if shape is None or dims[1] is None else tuple(shape) + (dims[1],)
    if class_name in ("UpSampling1D", "UpSampling2D", "UpSampling3D"):
        rank = int(class_name[-2])
        factors = _ints(config.get("size"), rank, 2)
        spatial = _spatial(shape, config, rank)
        if spatial is None:
            return 0, None
        return 0, _with_channels([None if s is None else s * f for s, f in zip(spatial, factors)],
                                 _channels(shape, config), config)
    if class_name in ("Resizing", "CenterCrop"):
        height, width = _int(config.get("height")), _int(config.get("width"))
        return 0, (height, width, last) if shape is not None and len(shape) == 3 else None
    if class_name == "Concatenate" and inputs and all(s is not None for s in inputs):
        axis = _int(config.get("axis"), -1)
        axis = axis - 1 if axis > 0 else axis  # the batch axis is not part of our shapes
        try:
            joined = list(inputs[0])
            joined[axis] = None if any(s[axis] is None for s in inputs) else sum(s[axis] for s in inputs)
        except IndexError:
            return 0, None
        return 0, tuple(joined)
    if class_name in SAME_SHAPE or class_name.startswith("Random"):
        return 0, shape
    return None, None


def _input_shape(layer: dict) -> tuple | None:
    config = layer.get("config") if isinstance(layer.get("config"), dict) else {}
    for key in ("batch_shape", "batch_input_shape"):
        if config.get(key) is not None:
            return _shape(config[key])
    if isinstance(config.get("shape"), (list, tuple)):
        return tuple(d if _int(d) is not None and d >= 0 else None for d in config["shape"])
    return None


def _inbound_names(layer: dict) -> list[str]:
    """Names of the layers whose outputs feed this one (Keras 3's ``__keras_tensor__`` or tf.keras 2 lists)."""
    names: list[str] = []
    stack = [layer.get("inbound_nodes")]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if item.get("class_name") == "__keras_tensor__":
                history = (item.get("config") or {}).get("keras_history")
                if isinstance(history, list) and history and isinstance(history[0], str):
                    names.append(history[0])
                continue
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            if len(item) >= 3 and isinstance(item[0], str) and _int(item[1]) is not None:
                names.append(item[0])
                continue
            stack.extend(reversed(item))
    return names


def _walk(model: dict, budget: _Budget, start, depth: int):
    """Check every layer of one (possibly nested) model; its output shape."""
    if depth > MAX_NESTING:
        budget.refuse(Text("models nested deeper than {0} levels", MAX_NESTING))
    config = model.get("config") if isinstance(model.get("config"), dict) else {}
    layers = config.get("layers") if isinstance(config.get("layers"), list) else []
    sequential = model.get("class_name") == "Sequential"
    if start is None and sequential:
        start = _shape(config.get("build_input_shape"))
    outputs: dict[str, tuple | None] = {}
    shape = start
    for layer in layers:
        if not isinstance(layer, dict) or not isinstance(layer.get("class_name"), str):
            continue
        class_name = layer["class_name"]
        lconfig = layer.get("config") if isinstance(layer.get("config"), dict) else {}
        name = str(lconfig.get("name") or layer.get("name") or class_name)
        inputs = [shape] if sequential else [outputs.get(n) for n in _inbound_names(layer)]
        first = inputs[0] if inputs else None
        if class_name == "InputLayer":
            out, params = _input_shape(layer), 0
        elif class_name in MODEL_CLASSES:
            out, params = _walk(layer, budget, first, depth + 1), 0
        else:
            if first is None and (not sequential or shape is None):
                first = _input_shape(layer)  # tf.keras 2: the first layer carries batch_input_shape
            params, out = _layer(class_name, lconfig, first, inputs)
            # Keras 3 builds a layer from its own build_config as well: count the larger of the two.
            built = _shape((layer.get("build_config") or {}).get("input_shape")) if isinstance(layer.get("build_config"), dict) else None
            if built is not None and built != first:
                params = max(params or 0, _layer(class_name, lconfig, built, [built])[0] or 0)
            if params is None:
                for key in SIZE_ARGUMENTS:
                    value = _int(lconfig.get(key))
                    if value is not None and value > MAX_SIZE_ARGUMENT:
                        budget.refuse(Text("the layer '{0}' ({1}) declares {2}={3:,}, more than the {4:,} Inkling "
                                           "accepts", name, class_name, key, value, MAX_SIZE_ARGUMENT))
                params = 0
                budget.exact = False
            budget.add(name, class_name, params)
        size = _prod(out)
        if size is not None and size > MAX_LAYER_OUTPUT:
            dims = "×".join(f"{d:,}" for d in out)
            budget.refuse(Text("the layer '{0}' ({1}) outputs {2} = {3:,} values per sample, more than the {4:,} "
                               "Inkling accepts", name, class_name, dims, size, MAX_LAYER_OUTPUT))
        outputs[name] = out
        shape = out
    return shape


def check_budget(config: dict, path, stored_weights: int | None = None) -> int:
    """Refuse (``ModelFileError``) a model config beyond the limits above; return its parameter count.

    ``stored_weights``: how many weight values the file stores (None: unknown); a config declaring far more
    parameters than that does not describe the stored weights.
    """
    budget = _Budget(Path(path))
    _walk(config, budget, None, 0)
    if stored_weights is not None and budget.total > 2 * stored_weights + STORED_SLACK:
        budget.refuse(Text("the model config declares {0:,} parameters but the file stores only {1:,} weight "
                           "values: the config does not describe the stored weights", budget.total, stored_weights))
    # The other way round: Keras reads (a .keras archive: unpacks) the whole weights file, so data the config
    # never uses is refused too, beyond what a legacy file's optimizer state (Adam: two more copies) explains.
    if stored_weights is not None and budget.exact and stored_weights > STORED_FACTOR * budget.total + STORED_SLACK:
        budget.refuse(Text("the file stores {0:,} weight values but the model config uses only {1:,}: the weights "
                           "do not belong to this model", stored_weights, budget.total))
    return budget.total
