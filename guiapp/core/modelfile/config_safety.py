"""The model-config half of the safety checks (see :mod:`guiapp.core.modelfile.safety` for the whole list): walk a
Keras model config and refuse code-carrying layers, serialised Python functions, custom and foreign classes, and
layers that read other files. Only the built-in-name check imports Keras, lazily."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from guiapp.core.modelfile.errors import file_error
from guiapp.core.text import Text

MAX_CONFIG_NODES = 2_000_000

# Layers that run or load code that is not in the file's weights: refused whatever their module says.
CODE_LAYERS = {
    "Lambda": Text("this model contains a Lambda layer with Python code; Inkling will not run code from model files"),
    "TFSMLayer": Text("this model contains a TFSMLayer, which loads a TensorFlow SavedModel from another path; "
                      "Inkling only loads self-contained models"),
    "JaxLayer": Text("this model contains a JaxLayer, which wraps Python (JAX) code; Inkling will not run code from "
                     "model files"),
    "FlaxLayer": Text("this model contains a FlaxLayer, which wraps Python (Flax) code; Inkling will not run code from "
                      "model files"),
    "TorchModuleWrapper": Text("this model contains a TorchModuleWrapper, which unpickles a PyTorch module; Inkling "
                               "will not run code from model files"),
    "TFOpLambda": Text("this model contains a TFOpLambda layer (a raw TensorFlow call from tf.keras 2), which Inkling "
                       "does not load"),
    "SlicingOpLambda": Text("this model contains a SlicingOpLambda layer (a raw TensorFlow call from tf.keras 2), "
                            "which Inkling does not load"),
}
# Serialised values that are data, not code.
DATA_CLASSES = {"__keras_tensor__", "__tensor__", "__numpy__", "__bytes__", "__ellipsis__", "__slice__",
                "__tuple__", "TensorShape"}  # the last two: legacy HDF5 configs (tf.keras 2)
# Layer config keys that name a file to read when the layer is built (lookup vocabularies, SavedModels).
FILE_KEYS = ("vocabulary", "filepath", "vocabulary_path")
# Keys whose string values name a built-in (or, with "package>name", a custom) object.
OBJECT_KEY_SUFFIXES = ("activation", "initializer", "regularizer", "constraint")





def _is_keras_module(module: str) -> bool:
    return module == "keras" or module.startswith("keras.")


# -- the file ---------------------------------------------------------------------------------------------------
@functools.cache
def _builtin_names() -> tuple[frozenset, frozenset]:
    """(class names, function names) that Keras ships in its public API."""
    import inspect

    import keras

    # Functions only from the modules whose functions a model config may name (activations, losses…), never
    # utilities such as keras.models.load_model.
    function_modules = [keras.initializers, keras.regularizers, keras.constraints, keras.activations,
                        keras.losses, keras.metrics]
    class_modules = [keras, keras.layers, keras.models, keras.optimizers, keras.optimizers.schedules,
                     keras.dtype_policies, *function_modules]
    classes, functions = set(), set()
    for module in class_modules:
        for name in dir(module):
            if not name.startswith("_") and inspect.isclass(getattr(module, name, None)):
                classes.add(name)
    for module in function_modules:
        for name in dir(module):
            obj = getattr(module, name, None)
            if not name.startswith("_") and callable(obj) and not inspect.isclass(obj):
                functions.add(name)
    classes.update({"Functional", "Sequential", "Model", "InputLayer", "Policy"})  # Policy: tf.keras 2 dtypes
    classes.difference_update(CODE_LAYERS)
    return frozenset(classes), frozenset(functions)


@functools.cache
def _code_layer_classes() -> tuple:
    import keras

    return tuple(getattr(keras.layers, name) for name in CODE_LAYERS if hasattr(keras.layers, name))


def _resolves_to_keras_class(module: str, class_name: str) -> bool:
    """True if ``module.class_name`` is a class of an already imported Keras module (no new imports: a
    config must not make us import anything) that does not wrap foreign code."""
    mod = sys.modules.get(module)
    obj = vars(mod).get(class_name) if mod is not None else None
    if not isinstance(obj, type):
        return False
    owner = getattr(obj, "__module__", "") or ""
    if not _is_keras_module(owner):
        return False
    return not issubclass(obj, _code_layer_classes())


def _at(where: str) -> str:
    return Text("the layer '{0}'", where) if where else Text("the model")


def _describe(obj: dict, where: str) -> str:
    config = obj.get("config")
    name = config.get("name") if isinstance(config, dict) else None
    class_name = obj.get("class_name")
    label = Text("{0} layer '{1}'", class_name, name) if isinstance(name, str) else Text("{0} object", class_name)
    return Text("{0} (in {1})", label, where) if where else label


def _check_object(obj: dict, path: Path, where: str, resolve: bool) -> None:
    class_name = obj["class_name"]
    module = obj.get("module")
    registered = obj.get("registered_name")
    what = _describe(obj, where)
    if class_name in CODE_LAYERS:
        name = obj.get("config", {}).get("name") if isinstance(obj.get("config"), dict) else None
        raise file_error(path, Text("{0} (layer '{1}')", CODE_LAYERS[class_name], name) if isinstance(name, str)
                         else CODE_LAYERS[class_name])
    if class_name == "__lambda__":
        raise file_error(path, Text("{0} contains a serialised Python lambda; Inkling will not run code from model "
                                    "files", _at(where)))
    if class_name in DATA_CLASSES:
        return
    if class_name.startswith("__"):
        raise file_error(path, Text("{0} contains a serialised {1} object, which Inkling does not load",
                                    _at(where), class_name))
    if module is not None and not isinstance(module, str):
        raise file_error(path, Text("{0} has a malformed module entry", what))
    if registered is not None and not isinstance(registered, str):
        raise file_error(path, Text("{0} has a malformed registered_name", what))
    if ">" in class_name or (registered and ">" in registered):
        raise file_error(path, Text("{0} is a custom object ({1}) with its own Python code; Inkling only loads "
                                    "models made of built-in Keras layers", what, registered or class_name))
    if class_name == "function":
        fn_name = obj.get("config")
        if not isinstance(fn_name, str) or ">" in fn_name:
            raise file_error(path, Text("{0} refers to a custom function {1!r}; Inkling only loads built-in Keras "
                                        "functions", _at(where), fn_name))
        if module is not None and module != "builtins" and not _is_keras_module(module):
            raise file_error(path, Text("{0} refers to the function {1!r} from the module '{2}', which is not part "
                                        "of Keras; Inkling will not run code from model files",
                                        _at(where), fn_name, module))
        if resolve and fn_name not in _builtin_names()[1]:
            raise file_error(path, Text("{0} refers to a function {1!r} that is not a Keras built-in; Inkling will "
                                        "not run code from model files", _at(where), fn_name))
        return
    if registered and registered != class_name:
        raise file_error(path, Text("{0} is registered as the custom object '{1}'; Inkling only loads models made of "
                                    "built-in Keras layers", what, registered))
    if module is not None and not _is_keras_module(module):
        raise file_error(path, Text("{0} comes from the module '{1}', which is not part of Keras; Inkling only loads "
                                    "models made of built-in Keras layers", what, module))
    if resolve:
        known = class_name in _builtin_names()[0]
        if module is not None and not known:
            known = _resolves_to_keras_class(module, class_name)
        if not known:
            raise file_error(path, Text("{0} is not a built-in Keras class (a custom layer needs its own Python "
                                        "code, which Inkling does not run)", what))


def _child_where(where: str, obj: dict) -> str:
    config = obj.get("config")
    name = config.get("name") if isinstance(config, dict) else None
    if obj.get("class_name") in DATA_CLASSES or not isinstance(name, str):
        return where
    return f"{where}/{name}" if where else name


def check_config(config, path, *, resolve: bool = True, top_level: bool = True) -> None:
    """Walk a parsed Keras model config (either file format) and refuse code-carrying or unknown objects.

    ``resolve=False`` skips the Keras import (the built-in name checks). ``top_level``: ``config`` is the whole
    model, whose compile/training configuration Keras ignores under ``compile=False`` and is not walked.
    """
    path = Path(path)
    if not isinstance(config, dict):
        raise file_error(path, Text("not a Keras model file: the model config is not a JSON object"))
    stack: list[tuple[object, str, bool]] = [(config, "", top_level)]
    nodes = 0
    while stack:
        value, where, is_top = stack.pop()
        nodes += 1
        if nodes > MAX_CONFIG_NODES:
            raise file_error(path, Text("the model config is absurdly large"))
        if isinstance(value, list):
            stack.extend((item, where, False) for item in value)
            continue
        if not isinstance(value, dict):
            continue
        if isinstance(value.get("class_name"), str):
            _check_object(value, path, where, resolve)
            config_dict = value.get("config") if isinstance(value.get("config"), dict) else None
            if config_dict is not None and ("function_type" in config_dict or "function" in config_dict):
                kind = config_dict.get("function_type")
                if kind is not None or isinstance(config_dict.get("function"), (dict, list, str)):
                    raise file_error(path, Text("{0} carries a Python function; Inkling will not run code from model "
                                                "files", _describe(value, where)))
            if config_dict is not None:
                for key in FILE_KEYS:
                    if isinstance(config_dict.get(key), str) and config_dict[key]:
                        raise file_error(path, Text("{0} reads the file {1!r} from outside the model file; Inkling "
                                                    "only loads self-contained models",
                                                    _describe(value, where), config_dict[key]))
            where = _child_where(where, value)
        for key, item in value.items():
            if is_top and key == "compile_config":
                continue
            if isinstance(item, str) and key.endswith(OBJECT_KEY_SUFFIXES) and ">" in item:
                raise file_error(path, Text("{0} uses the custom {1} '{2}' with its own Python code; Inkling only "
                                            "loads built-in Keras objects", _at(where), key, item))
            if isinstance(item, (dict, list)):
                stack.append((item, where, False))
