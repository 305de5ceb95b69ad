"""guiapp's metadata inside a model file (labels, preprocessing spec, training metadata), read with h5py and
zipfile only: no Keras import, no model built. See :mod:`guiapp.core.modelfile` for where each item lives."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from guiapp.core.modelfile.errors import ModelFileError, file_error, short_message
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.text import Text

FORMAT_VERSION = 1
ATTR_FORMAT, ATTR_LABELS, ATTR_SPEC, ATTR_METADATA = "guiapp_format", "guiapp_labels", "guiapp_spec", "guiapp_metadata"
KERAS_META_MEMBER, KERAS_META_KEY = "metadata.json", "guiapp"


# -- guiapp metadata in a file ----------------------------------------------------------------------------------
def _parse_json_text(value, path, what):
    import numpy as np

    if isinstance(value, np.ndarray) and value.shape == ():
        value = value[()]
    if isinstance(value, (bytes, np.bytes_)):
        value = bytes(value).decode("utf-8", errors="replace")
    if not isinstance(value, str):
        raise file_error(path, Text("Inkling's {0} in the file is damaged (not text)", what))
    try:
        return json.loads(value)
    except ValueError as exc:
        raise file_error(path, Text("Inkling's {0} in the file is damaged: {1}", what, str(exc))) from None


def _read_h5_stored(h5, path) -> dict | None:
    attrs = h5.attrs
    if not any(name in attrs for name in (ATTR_FORMAT, ATTR_LABELS, ATTR_SPEC, ATTR_METADATA)):
        return None
    stored: dict = {"format": None, "labels": None, "spec": None, "metadata": {}}
    if ATTR_FORMAT in attrs:
        try:
            stored["format"] = int(attrs[ATTR_FORMAT])
        except (TypeError, ValueError):
            raise file_error(path, Text("Inkling's format number in the file is damaged")) from None
    if ATTR_LABELS in attrs:
        stored["labels"] = _parse_json_text(attrs[ATTR_LABELS], path, Text("labels"))
    if ATTR_SPEC in attrs:
        stored["spec"] = _parse_json_text(attrs[ATTR_SPEC], path, Text("preprocessing spec"))
    if ATTR_METADATA in attrs:
        stored["metadata"] = _parse_json_text(attrs[ATTR_METADATA], path, Text("metadata"))
    return stored


def _read_keras_stored(archive: zipfile.ZipFile, path) -> tuple[dict | None, dict]:
    """(guiapp payload or None, Keras' own metadata.json fields)."""
    try:
        info = archive.getinfo(KERAS_META_MEMBER)
    except KeyError:
        return None, {}
    if info.file_size > 64 << 20:
        raise file_error(path, Text("the archive's {0} is absurdly large", KERAS_META_MEMBER))
    try:
        meta = json.loads(archive.read(info).decode("utf-8"))
    except (ValueError, zipfile.BadZipFile, OSError) as exc:
        raise file_error(path, Text("the archive's {0} is damaged: {1}",
                                    KERAS_META_MEMBER, short_message(exc))) from None
    if not isinstance(meta, dict):
        return None, {}
    payload = meta.pop(KERAS_META_KEY, None)
    if payload is None:
        return None, meta
    if not isinstance(payload, dict):
        raise file_error(path, Text("Inkling's metadata in the archive is damaged (not an object)"))
    stored = {"format": payload.get("format"), "labels": payload.get("labels"), "spec": payload.get("spec"),
              "metadata": payload.get("metadata") if payload.get("metadata") is not None else {}}
    return stored, meta


def _validate_stored(stored: dict, path) -> dict:
    """Type-check a stored payload: labels a list of strings, spec a valid PreprocessSpec dict, metadata a dict."""
    labels = stored.get("labels")
    if labels is not None:
        if not isinstance(labels, list) or not all(isinstance(x, str) and x for x in labels):
            raise file_error(path, Text("Inkling's labels in the file are damaged (not a list of names)"))
    spec = stored.get("spec")
    if spec is not None:
        try:
            stored["spec_obj"] = PreprocessSpec.from_dict(spec)
        except (TypeError, ValueError) as exc:
            raise file_error(path, Text("Inkling's preprocessing spec in the file is invalid: {0}", str(exc))) from None
    if not isinstance(stored.get("metadata"), dict):
        raise file_error(path, Text("Inkling's metadata in the file is damaged (not an object)"))
    return stored


def read_stored(path: Path, kind: str) -> dict | None:
    try:
        if kind == "h5":
            import h5py

            with h5py.File(path, "r") as h5:
                stored = _read_h5_stored(h5, path)
        else:
            with zipfile.ZipFile(path, "r") as archive:
                stored, _ = _read_keras_stored(archive, path)
    except ModelFileError:
        raise
    except (OSError, ValueError, RuntimeError, zipfile.BadZipFile) as exc:
        raise file_error(path, Text("cannot read Inkling's metadata: {0}", short_message(exc))) from None
    return None if stored is None else _validate_stored(stored, path)



# -- metadata without Keras -------------------------------------------------------------------------------------
def _shape_from_layer_config(layer: dict):
    config = layer.get("config") if isinstance(layer, dict) else None
    if not isinstance(config, dict):
        return None
    for key in ("batch_shape", "batch_input_shape"):
        shape = config.get(key)
        if isinstance(shape, list) and shape:
            return shape[1:]
    return None


def _config_input_shape(config: dict):
    """Per-sample input shape from a model config (Sequential or Functional), or None."""
    inner = config.get("config")
    if not isinstance(inner, dict):
        return None
    layers = inner.get("layers") if isinstance(inner.get("layers"), list) else []
    if config.get("class_name") == "Sequential":
        if layers:
            shape = _shape_from_layer_config(layers[0])
            if shape is not None:
                return shape
        build = inner.get("build_input_shape") or (config.get("build_config") or {}).get("input_shape")
        return build[1:] if isinstance(build, list) and build else None
    entries = inner.get("input_layers")
    if isinstance(entries, list) and entries and isinstance(entries[0], str):
        entries = [entries]
    if not isinstance(entries, list) or len(entries) != 1 or not isinstance(entries[0], list):
        return None
    name = entries[0][0]
    for layer in layers:
        if isinstance(layer, dict) and (layer.get("name") == name or
                                        (layer.get("config") or {}).get("name") == name):
            return _shape_from_layer_config(layer)
    return None


def _config_output_classes(config: dict):
    """Number of classes for a Sequential ending in a Dense layer; None when not cheaply known."""
    inner = config.get("config")
    if config.get("class_name") != "Sequential" or not isinstance(inner, dict):
        return None
    layers = inner.get("layers")
    if isinstance(layers, list) and layers and isinstance(layers[-1], dict):
        units = (layers[-1].get("config") or {}).get("units")
        return units if isinstance(units, int) else None
    return None


def count_params(group) -> int:
    """The parameters in an h5 group of weights (``model_weights``): its datasets' sizes, as Keras counts them."""
    import h5py

    total = 0

    def visit(_name, obj):
        nonlocal total
        if isinstance(obj, h5py.Dataset):
            total += int(obj.size or 0)

    group.visititems(visit)
    return total


def _inside(h5) -> list[str]:
    """What guiapp stored beside the network in an open .h5: "converted" (its LiteRT form), "mark_reader"."""
    import h5py

    from guiapp.core import mark_reader
    from guiapp.core.inference import store

    stored = {"converted": store.DATASET, "mark_reader": mark_reader.DATASET}
    return [name for name, dataset in stored.items() if isinstance(h5.get(dataset), h5py.Dataset)]


def read_metadata(path) -> dict:
    """What a model file says about itself, read with h5py/zipfile only (Keras is not imported, nothing is built).

    Returns ``{"path", "format" ("h5" | "keras"), "guiapp_format" (int or None: not saved by guiapp), "labels"
    (list or None), "spec" (dict or None), "metadata" (dict), "input_shape" (per sample, list or None), "classes"
    (int or None), "params" (int or None), "keras_version", "model_class", "model_name", "inside" (what guiapp
    stored beside the network in an ``.h5``: "converted" for its LiteRT form, "mark_reader" for a kana model's
    sound-mark reader)}``. The file passes the structural safety checks first (a hostile file is refused here too).
    """
    from guiapp.core.modelfile import safety as model_safety

    path = Path(path)
    kind = model_safety.file_kind(path)
    model_safety.check_file(path, deep=False)
    result: dict = {"path": str(path), "format": kind, "guiapp_format": None, "labels": None, "spec": None,
                    "metadata": {}, "input_shape": None, "classes": None, "params": None, "keras_version": None,
                    "model_class": None, "model_name": None, "inside": []}
    try:
        if kind == "h5":
            import h5py

            with h5py.File(path, "r") as h5:
                config = model_safety.h5_model_config(h5, path)
                stored = _read_h5_stored(h5, path)
                version = h5.attrs.get("keras_version")
                if isinstance(version, bytes):
                    version = version.decode("utf-8", "replace")
                result["keras_version"] = version if isinstance(version, str) else None
                if isinstance(h5.get("model_weights"), h5py.Group):
                    result["params"] = count_params(h5["model_weights"])
                result["inside"] = _inside(h5)
        else:
            import h5py

            with zipfile.ZipFile(path, "r") as archive:
                config = model_safety.keras_zip_config(archive, path)
                stored, keras_meta = _read_keras_stored(archive, path)
                version = keras_meta.get("keras_version")
                result["keras_version"] = version if isinstance(version, str) else None
                if "model.weights.h5" in archive.namelist():
                    with archive.open("model.weights.h5") as handle, h5py.File(handle, "r") as weights:
                        if isinstance(weights.get("layers"), h5py.Group):
                            result["params"] = count_params(weights["layers"])
    except ModelFileError:
        raise
    except (OSError, ValueError, RuntimeError, KeyError, zipfile.BadZipFile) as exc:
        raise file_error(path, Text("cannot read the model file's metadata: {0}", short_message(exc))) from None
    if stored is not None:
        stored = _validate_stored(stored, path)
        result["guiapp_format"] = stored.get("format")
        result["labels"] = stored.get("labels")
        result["spec"] = stored["spec_obj"].to_dict() if stored.get("spec_obj") is not None else None
        result["metadata"] = stored.get("metadata") or {}
    result["model_class"] = config.get("class_name")
    inner = config.get("config")
    result["model_name"] = inner.get("name") if isinstance(inner, dict) else None
    shape = _config_input_shape(config)
    result["input_shape"] = list(shape) if isinstance(shape, list) else None
    classes = _config_output_classes(config)
    if classes is None and result["labels"] is not None:
        classes = len(result["labels"])
    result["classes"] = classes
    return result


def trained_on(info: dict) -> str:
    """The name of the dataset a model learnt from, as its file says (``info``: :func:`read_metadata`); "" when the
    file does not say."""
    metadata = info.get("metadata") if isinstance(info.get("metadata"), dict) else {}
    dataset = metadata.get("dataset") if isinstance(metadata.get("dataset"), dict) else {}
    return dataset.get("name") if isinstance(dataset.get("name"), str) else ""


def model_title(path, describe: bool = True, when=None) -> str:
    """A name a person recognizes a model file by: the name saved in it, else what it learnt from, its preset and
    when it was saved ("strokes · keras-tutorial · 2026-12-01 10:42"); a file without guiapp's metadata (or one
    that cannot be read) by its file name. Several runs' files are all called model.h5, so names matter.
    ``describe=False``: a file without a saved name by its file name (one the person named themselves). ``when``:
    writes the saved time (ISO 8601) as the window's locale does; without it, "2026-12-01 10:42:05"."""
    try:
        info = read_metadata(path)
    except ModelFileError:
        return Path(path).name
    metadata = info["metadata"]
    if isinstance(metadata.get("name"), str) and metadata["name"].strip():
        return metadata["name"].strip()
    if not describe:
        return Path(path).name
    saved_at = str(metadata.get("saved_at") or "")
    saved = (when(saved_at) if when else saved_at[:19].replace("T", " ")) if saved_at else ""
    parts = [str(part) for part in (trained_on(info), metadata.get("preset"), saved) if part]
    return " · ".join(parts) if parts else Path(path).name
