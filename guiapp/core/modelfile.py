"""Model files: save ``.h5`` (Keras legacy HDF5) and ``.keras`` with guiapp's metadata; load any Keras model file
safely.

Where guiapp's metadata lives
  * ``.h5``: root attributes of the HDF5 file, written with h5py after Keras wrote the model:
    ``guiapp_format`` (int, :data:`FORMAT_VERSION`), ``guiapp_labels`` (JSON list), ``guiapp_spec`` (JSON of
    :meth:`PreprocessSpec.to_dict`) and ``guiapp_metadata`` (JSON object: whatever the caller gave, plus
    ``app_version``, ``keras_version`` and ``saved_at``). Keras ignores attributes it does not know.
  * ``.keras``: under the key ``"guiapp"`` of the archive's ``metadata.json`` (which Keras writes and never reads
    back): ``{"format": 1, "labels": [...], "spec": {...}, "metadata": {...}}``. Keeping the archive at Keras'
    own three members matters: Keras unpacks archives with more members to a temporary folder on every load.

Saving is atomic: Keras writes into a hidden temporary folder next to the target (named like
:mod:`guiapp.core.atomic`'s temporary files, ``.<name>.<random>.tmp``, because Keras picks the format from the
file's suffix), the metadata is added, the file is fsynced and ``os.replace``d over the target, and the folder is
removed; on any failure the old file is untouched and nothing is left behind.

Loading (:func:`load_model`) accepts any Keras ``.h5``/``.keras`` file, including ones guiapp did not make, but
only after :func:`guiapp.core.model_safety.check_file` passed, and then with ``compile=False, safe_mode=True``.

  * Labels: guiapp's metadata; else a sidecar next to the file, the first of ``<stem>.labels.txt``,
    ``<stem>.labels.json``, ``<stem>_labels.txt``, ``<stem>_labels.json``, ``labels.txt``, ``labels.json``
    (text: one label per line; JSON: a list, ``{"0": "a", ...}`` or Keras' ``class_indices`` ``{"a": 0, ...}``);
    else numbered classes ``"0"`` … ``"K-1"``. ``labels_source`` says which.
  * Preprocessing spec: guiapp's metadata; else inferred from the model's input (``spec_source="inferred"``):
      - input per sample ``(H, W, C)`` with C 1 or 3, ``(H, W)`` (grey), or ``(N,)`` with N = S² (a flattened
        S×S grey image); sides from 4 to 4096 pixels;
      - 28×28 grey (MNIST-like): ``fit="mnist"``, ``fit_size=20`` (LeCun's normalisation); any other size or
        colour: ``fit="resize"`` (the whole drawing, letterboxed), ``fit_size`` = side × 20/28 for a later switch;
      - ``ink="light"`` (light ink on dark, the MNIST convention);
      - ``value_range="0..255"`` when the model starts with a ``Rescaling`` layer (it scales raw pixels itself),
        else ``"0..1"``.
    Models with a 2-D or flat input are wrapped in a functional model that takes ``(H, W, 1)`` and reshapes, so
    every caller feeds ``spec.apply`` output as is; ``metadata["input_adapter"]`` records it. Whatever was
    inferred or guessed is explained in ``metadata["load_notes"]``.
  * Refused: several inputs or outputs; an output that is not one vector of at least 2 scores per sample; an
    output size different from the number of labels; an input that is not an image as above; a fixed-size spec
    from metadata that disagrees with the model's input.

:func:`read_metadata` reads labels, spec, metadata, input shape and parameter count with h5py/zipfile only (no
Keras import, no model built) for the GUI's model info view.

Every failure raises :class:`ModelFileError` with a message that names the file and the reason.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from guiapp.core.preprocess import PreprocessSpec


class ModelFileError(Exception):
    """A model file could not be saved or loaded, or was refused. The message names the file and the reason."""


@dataclass
class LoadedModel:
    model: object  # keras.Model (Keras is imported lazily: it costs seconds)
    labels: list[str]
    spec: PreprocessSpec
    metadata: dict = field(default_factory=dict)  # preset, training config, history, dataset, fingerprint, version
    path: Path | None = None
    labels_source: str = "metadata"  # metadata | sidecar | numbered
    spec_source: str = "metadata"  # metadata | inferred


__all__ = [
    "FORMAT_VERSION", "SAVE_SUFFIXES", "LoadedModel", "ModelFileError", "load_model", "read_metadata",
    "save_model", "sidecar_candidates", "infer_spec",
]

FORMAT_VERSION = 1
SAVE_SUFFIXES = (".h5", ".keras")
ATTR_FORMAT, ATTR_LABELS, ATTR_SPEC, ATTR_METADATA = "guiapp_format", "guiapp_labels", "guiapp_spec", "guiapp_metadata"
KERAS_META_MEMBER, KERAS_META_KEY = "metadata.json", "guiapp"
MIN_SIDE, MAX_SIDE = 4, 4096
MNIST_SIDE, MNIST_FIT = 28, 20
MAX_SIDECAR_BYTES = 16 << 20
_TEMP_SUFFIX = ".tmp"  # as guiapp.core.atomic names its temporary files


def _error(path, reason: str) -> ModelFileError:
    return ModelFileError(f"{Path(path).name}: {reason}")


def _short(exc: BaseException, limit: int = 400) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _json_default(value):
    import numpy as np

    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, (Path, datetime)):
        return str(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON-serialisable")


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default, allow_nan=True)


# -- model shapes -----------------------------------------------------------------------------------------------
def _dims(shape) -> tuple:
    return tuple(None if d is None else int(d) for d in shape)


def _model_io(model, path) -> tuple[tuple, int]:
    """(per-sample input shape, number of classes) of a Keras model, refusing what guiapp cannot use."""
    try:
        inputs, outputs = list(model.inputs), list(model.outputs)
    except (AttributeError, ValueError, TypeError):
        raise _error(path, "the model has no defined input and output (an unbuilt model)") from None
    if len(inputs) != 1:
        raise _error(path, f"the model has {len(inputs)} inputs; guiapp needs exactly one image input")
    if len(outputs) != 1:
        raise _error(path, f"the model has {len(outputs)} outputs; guiapp needs exactly one output of class scores")
    in_shape = _dims(inputs[0].shape)[1:]
    out_shape = _dims(outputs[0].shape)[1:]
    if len(out_shape) != 1 or out_shape[0] is None:
        raise _error(path, f"the model's output per sample has shape {out_shape}, not a vector of class scores")
    if out_shape[0] < 2:
        raise _error(path, f"the model has {out_shape[0]} output; a classifier needs at least 2 classes")
    return in_shape, out_shape[0]


def _image_layout(in_shape: tuple, path) -> tuple[str, int | None, int | None, int]:
    """(layout, height, width, channels) for a per-sample input shape; layout is image | grey2d | flat."""
    rank = len(in_shape)
    if rank == 3:
        height, width, channels = in_shape
        if channels not in (1, 3):
            raise _error(path, f"the model's input {in_shape} has {channels} channels; guiapp feeds images with "
                               "1 (grey) or 3 (colour) channels, last")
        layout = "image"
    elif rank == 2:
        (height, width), channels, layout = in_shape, 1, "grey2d"
    elif rank == 1:
        size = in_shape[0]
        side = math.isqrt(size) if size is not None else None
        if side is None or side * side != size:
            raise _error(path, f"the model takes a flat vector of {size} values, which is not a square image "
                               "(guiapp feeds images)")
        height = width = side
        channels, layout = 1, "flat"
    else:
        raise _error(path, f"the model's input {in_shape} is not an image (expected height × width × channels)")
    for side in (height, width):
        if side is not None and not MIN_SIDE <= side <= MAX_SIDE:
            raise _error(path, f"the model's input {in_shape} is not an image of {MIN_SIDE} to {MAX_SIDE} pixels "
                               "a side")
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
    layout, height, width, channels = _image_layout(in_shape, "model")
    if height is None or width is None:
        raise ValueError(f"the input size {in_shape} is not fixed")
    raw = model is not None and _takes_raw_pixels(model)
    mnist_like = (height, width, channels) == (MNIST_SIDE, MNIST_SIDE, 1)
    fit_size = max(1, min(height, width) * MNIST_FIT // MNIST_SIDE)
    return PreprocessSpec(height=height, width=width, channels=channels, ink="light",
                          fit="mnist" if mnist_like else "resize", fit_size=fit_size,
                          value_range="0..255" if raw else "0..1")


# -- saving -----------------------------------------------------------------------------------------------------
@contextlib.contextmanager
def _quiet_keras():
    """Keras logs a "legacy format" warning on every .h5 save; guiapp saves .h5 on purpose."""
    logger = logging.getLogger("absl")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check_labels(labels, path) -> list[str]:
    if isinstance(labels, (str, bytes)) or not hasattr(labels, "__iter__"):
        raise _error(path, f"labels must be a list of strings, got {type(labels).__name__}")
    labels = list(labels)
    bad = [repr(label) for label in labels if not isinstance(label, str) or not label]
    if bad:
        raise _error(path, f"labels must be non-empty strings; got {', '.join(bad[:5])}")
    return labels


def _rewrite_keras_zip(source: Path, target: Path, payload: dict) -> None:
    """Copy the archive Keras wrote, with guiapp's payload added to metadata.json (member order and compression
    kept)."""
    with zipfile.ZipFile(source, "r") as src, zipfile.ZipFile(target, "w") as dst:
        found = False
        for info in src.infolist():
            copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            copy.compress_type = info.compress_type
            copy.external_attr = info.external_attr
            if info.filename == KERAS_META_MEMBER:
                found = True
                meta = json.loads(src.read(info).decode("utf-8"))
                if not isinstance(meta, dict):
                    meta = {"keras_metadata": meta}
                meta[KERAS_META_KEY] = payload
                dst.writestr(copy, _dumps(meta).encode("utf-8"))
            else:
                with src.open(info) as reader, dst.open(copy, "w", force_zip64=info.file_size > (1 << 30)) as writer:
                    shutil.copyfileobj(reader, writer, 1 << 20)
        if not found:
            info = zipfile.ZipInfo(KERAS_META_MEMBER, date_time=datetime.now().timetuple()[:6])
            dst.writestr(info, _dumps({KERAS_META_KEY: payload}).encode("utf-8"))


def save_model(model, path, labels, spec, metadata=None) -> Path:
    """Save ``model`` to ``path`` (``.h5`` or ``.keras``) with its labels, preprocessing spec and metadata.

    ``spec``: a :class:`PreprocessSpec` (or its dict). ``metadata``: a JSON-able dict (preset, training config,
    per-epoch history, dataset name and fingerprint…); ``app_version``, ``keras_version`` and ``saved_at`` are
    added. The write is atomic. Returns the path written.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SAVE_SUFFIXES:
        raise _error(path, f"cannot save a model as {suffix or '(no extension)'!r}: use .h5 or .keras")
    labels = _check_labels(labels, path)
    if isinstance(spec, dict):
        try:
            spec = PreprocessSpec.from_dict(spec)
        except (TypeError, ValueError) as exc:
            raise _error(path, f"cannot save: {exc}") from None
    if not isinstance(spec, PreprocessSpec):
        raise _error(path, f"cannot save: spec must be a PreprocessSpec, got {type(spec).__name__}")
    if metadata is not None and not isinstance(metadata, dict):
        raise _error(path, f"cannot save: metadata must be a dict, got {type(metadata).__name__}")
    if not hasattr(model, "save"):
        raise _error(path, f"cannot save: {type(model).__name__} is not a Keras model")

    in_shape, n_classes = _model_io(model, path)
    if n_classes != len(labels):
        raise _error(path, f"cannot save: the model has {n_classes} outputs but {len(labels)} labels were given")
    layout, height, width, channels = _image_layout(in_shape, path)
    expected = {"image": (height, width, channels), "grey2d": (height, width, 1), "flat": (height, width, 1)}[layout]
    if any(m is not None and m != s for m, s in zip(expected, spec.input_shape)):
        raise _error(path, f"cannot save: the spec's input {spec.input_shape} does not match the model's input "
                           f"{in_shape}")

    from guiapp import __version__

    try:
        import keras

        keras_version = keras.__version__
    except Exception:  # noqa: BLE001 - the version is informative only
        keras_version = None
    full_metadata = dict(metadata or {})
    full_metadata.update(app_version=__version__, keras_version=keras_version,
                         saved_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    try:
        labels_json, spec_json, metadata_json = _dumps(labels), _dumps(spec.to_dict()), _dumps(full_metadata)
    except (TypeError, ValueError) as exc:
        raise _error(path, f"cannot save: the metadata is not JSON-serialisable ({exc})") from None

    parent = path.parent
    if not parent.is_dir():
        raise _error(path, f"cannot save: the folder {parent} does not exist")
    try:
        workdir = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=_TEMP_SUFFIX, dir=parent))
    except OSError as exc:
        raise _error(path, f"cannot save: {exc.strerror or exc}") from None
    try:
        written = workdir / f"model{suffix}"
        try:
            with _quiet_keras():
                model.save(written)
        except Exception as exc:  # noqa: BLE001 - Keras raises many types; the caller gets one
            raise _error(path, f"Keras could not save the model: {_short(exc)}") from exc
        try:
            if suffix == ".h5":
                import h5py

                with h5py.File(written, "r+") as h5:
                    h5.attrs[ATTR_FORMAT] = FORMAT_VERSION
                    h5.attrs[ATTR_LABELS] = labels_json
                    h5.attrs[ATTR_SPEC] = spec_json
                    h5.attrs[ATTR_METADATA] = metadata_json
                final = written
            else:
                final = workdir / "final.keras"
                payload = {"format": FORMAT_VERSION, "labels": labels, "spec": spec.to_dict(),
                           "metadata": json.loads(metadata_json)}
                _rewrite_keras_zip(written, final, payload)
            if os.name == "posix":
                try:
                    os.chmod(final, os.stat(path).st_mode & 0o7777)  # keep an existing file's permissions
                except OSError:
                    pass
            _fsync(final)
            os.replace(final, path)
        except ModelFileError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise _error(path, f"cannot save: {_short(exc)}") from exc
        from guiapp.core.atomic import fsync_directory

        fsync_directory(parent)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return path


# -- guiapp metadata in a file ----------------------------------------------------------------------------------
def _parse_json_text(value, path, what):
    import numpy as np

    if isinstance(value, np.ndarray) and value.shape == ():
        value = value[()]
    if isinstance(value, (bytes, np.bytes_)):
        value = bytes(value).decode("utf-8", errors="replace")
    if not isinstance(value, str):
        raise _error(path, f"guiapp's {what} in the file is damaged (not text)")
    try:
        return json.loads(value)
    except ValueError as exc:
        raise _error(path, f"guiapp's {what} in the file is damaged: {exc}") from None


def _read_h5_stored(h5, path) -> dict | None:
    attrs = h5.attrs
    if not any(name in attrs for name in (ATTR_FORMAT, ATTR_LABELS, ATTR_SPEC, ATTR_METADATA)):
        return None
    stored: dict = {"format": None, "labels": None, "spec": None, "metadata": {}}
    if ATTR_FORMAT in attrs:
        try:
            stored["format"] = int(attrs[ATTR_FORMAT])
        except (TypeError, ValueError):
            raise _error(path, "guiapp's format number in the file is damaged") from None
    if ATTR_LABELS in attrs:
        stored["labels"] = _parse_json_text(attrs[ATTR_LABELS], path, "labels")
    if ATTR_SPEC in attrs:
        stored["spec"] = _parse_json_text(attrs[ATTR_SPEC], path, "preprocessing spec")
    if ATTR_METADATA in attrs:
        stored["metadata"] = _parse_json_text(attrs[ATTR_METADATA], path, "metadata")
    return stored


def _read_keras_stored(archive: zipfile.ZipFile, path) -> tuple[dict | None, dict]:
    """(guiapp payload or None, Keras' own metadata.json fields)."""
    try:
        info = archive.getinfo(KERAS_META_MEMBER)
    except KeyError:
        return None, {}
    if info.file_size > 64 << 20:
        raise _error(path, f"the archive's {KERAS_META_MEMBER} is absurdly large")
    try:
        meta = json.loads(archive.read(info).decode("utf-8"))
    except (ValueError, zipfile.BadZipFile, OSError) as exc:
        raise _error(path, f"the archive's {KERAS_META_MEMBER} is damaged: {_short(exc)}") from None
    if not isinstance(meta, dict):
        return None, {}
    payload = meta.pop(KERAS_META_KEY, None)
    if payload is None:
        return None, meta
    if not isinstance(payload, dict):
        raise _error(path, "guiapp's metadata in the archive is damaged (not an object)")
    stored = {"format": payload.get("format"), "labels": payload.get("labels"), "spec": payload.get("spec"),
              "metadata": payload.get("metadata") if payload.get("metadata") is not None else {}}
    return stored, meta


def _validate_stored(stored: dict, path) -> dict:
    """Type-check a stored payload: labels a list of strings, spec a valid PreprocessSpec dict, metadata a dict."""
    labels = stored.get("labels")
    if labels is not None:
        if not isinstance(labels, list) or not all(isinstance(x, str) and x for x in labels):
            raise _error(path, "guiapp's labels in the file are damaged (not a list of names)")
    spec = stored.get("spec")
    if spec is not None:
        try:
            stored["spec_obj"] = PreprocessSpec.from_dict(spec)
        except (TypeError, ValueError) as exc:
            raise _error(path, f"guiapp's preprocessing spec in the file is invalid: {exc}") from None
    if not isinstance(stored.get("metadata"), dict):
        raise _error(path, "guiapp's metadata in the file is damaged (not an object)")
    return stored


def _read_stored(path: Path, kind: str) -> dict | None:
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
        raise _error(path, f"cannot read guiapp's metadata: {_short(exc)}") from None
    return None if stored is None else _validate_stored(stored, path)


# -- sidecar labels ---------------------------------------------------------------------------------------------
def sidecar_candidates(path) -> list[Path]:
    """Where :func:`load_model` looks for labels next to a model file without guiapp metadata, in order."""
    path = Path(path)
    stem, folder = path.stem, path.parent
    return [folder / f"{stem}.labels.txt", folder / f"{stem}.labels.json", folder / f"{stem}_labels.txt",
            folder / f"{stem}_labels.json", folder / "labels.txt", folder / "labels.json"]


def _parse_sidecar(sidecar: Path) -> list[str]:
    def fail(reason: str) -> ModelFileError:
        return ModelFileError(f"{sidecar.name}: {reason}")

    try:
        if sidecar.stat().st_size > MAX_SIDECAR_BYTES:
            raise fail(f"the labels file is larger than {MAX_SIDECAR_BYTES >> 20} MiB")
        text = sidecar.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise fail("the labels file is not UTF-8 text") from None
    except OSError as exc:
        raise fail(f"the labels file cannot be read: {exc.strerror or exc}") from None
    if sidecar.suffix.lower() == ".txt":
        lines = [line.strip() for line in text.splitlines()]
        while lines and not lines[-1]:
            lines.pop()
        for number, line in enumerate(lines, 1):
            if not line:
                raise fail(f"line {number} of the labels file is empty")
        return lines
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise fail(f"the labels file is not valid JSON: {exc}") from None
    if isinstance(data, list):
        if not all(isinstance(x, (str, int)) and not isinstance(x, bool) and str(x) for x in data):
            raise fail("the labels file must hold a list of names")
        return [str(x) for x in data]
    if isinstance(data, dict) and data:
        keys_are_indices = all(str(k).strip().lstrip("-").isdigit() for k in data)
        if keys_are_indices:  # {"0": "a", "1": "b"}
            mapping = {int(k): v for k, v in data.items()}
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in data.values()):  # {"a": 0} (Keras)
            mapping = {v: k for k, v in data.items()}
            if len(mapping) != len(data):
                raise fail("the labels file maps two names to the same class index")
        else:
            raise fail("the labels file must map class indices to names ({\"0\": \"a\", …} or {\"a\": 0, …})")
        if sorted(mapping) != list(range(len(mapping))):
            raise fail(f"the labels file's class indices are not 0 to {len(mapping) - 1}")
        names = [mapping[i] for i in range(len(mapping))]
        if not all(isinstance(x, (str, int)) and not isinstance(x, bool) and str(x) for x in names):
            raise fail("the labels file's names must be text")
        return [str(x) for x in names]
    raise fail("the labels file must hold a list of names or a mapping of class indices to names")


def _find_labels(path: Path, stored: dict | None, n_classes: int) -> tuple[list[str], str, str | None]:
    """(labels, source, note)."""
    if stored is not None and stored.get("labels") is not None:
        labels = stored["labels"]
        if len(labels) != n_classes:
            raise _error(path, f"the file's labels list {len(labels)} classes but the model has {n_classes} outputs")
        return labels, "metadata", None
    for sidecar in sidecar_candidates(path):
        if sidecar.is_file():
            labels = _parse_sidecar(sidecar)
            if len(labels) != n_classes:
                raise _error(path, f"the labels file {sidecar.name} lists {len(labels)} labels but the model has "
                                   f"{n_classes} outputs")
            return labels, "sidecar", f"labels read from {sidecar.name}"
    names = [p.name for p in sidecar_candidates(path)]
    note = (f"no labels in the file and no labels file next to it ({', '.join(names)}): classes are numbered "
            f"0 to {n_classes - 1}")
    return [str(i) for i in range(n_classes)], "numbered", note


# -- loading ----------------------------------------------------------------------------------------------------
def _adapt_input(model, layout: str, spec: PreprocessSpec):
    """Wrap a model with a 2-D or flat input so that it takes (H, W, 1) like every other model."""
    import keras

    inputs = keras.Input(shape=(spec.height, spec.width, 1), name="image")
    target = (spec.height, spec.width) if layout == "grey2d" else (spec.height * spec.width,)
    reshaped = keras.layers.Reshape(target, name="guiapp_reshape")(inputs)
    outputs = model(reshaped)
    return keras.Model(inputs, outputs, name=f"{model.name}_image")


def load_model(path) -> LoadedModel:
    """Load any Keras ``.h5``/``.keras`` model file safely (see the module docs); never runs code from the file."""
    from guiapp.core import model_safety

    path = Path(path)
    kind = model_safety.file_kind(path)
    model_safety.check_file(path)
    stored = _read_stored(path, kind)

    import keras

    try:
        with _quiet_keras():
            model = keras.models.load_model(path, compile=False, safe_mode=True)
    except ModelFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - Keras raises ValueError, TypeError, OSError, KeyError…
        raise _error(path, f"Keras could not load the model: {_short(exc)}") from None

    in_shape, n_classes = _model_io(model, path)
    layout, height, width, channels = _image_layout(in_shape, path)
    notes: list[str] = []
    labels, labels_source, note = _find_labels(path, stored, n_classes)
    if note:
        notes.append(note)

    if stored is not None and stored.get("spec_obj") is not None:
        spec, spec_source = stored["spec_obj"], "metadata"
        model_hwc = (height, width, channels)
        if any(m is not None and m != s for m, s in zip(model_hwc, spec.input_shape)):
            raise _error(path, f"the file's preprocessing spec gives input {spec.input_shape} but the model takes "
                               f"{in_shape}")
    else:
        if height is None or width is None:
            raise _error(path, f"the model's input {in_shape} has no fixed size and the file has no preprocessing "
                               "spec saying which size to feed")
        spec, spec_source = infer_spec(in_shape, model), "inferred"
        how = ("MNIST-style: the drawing's ink box scaled to 20 px and centred by mass"
               if spec.fit == "mnist" else "the whole drawing scaled to fit")
        values = ("0..255 (the model rescales its input itself)" if spec.value_range == "0..255" else "0..1")
        notes.append(f"preprocessing inferred from the model's input {in_shape}: {spec.height}×{spec.width}×"
                     f"{spec.channels}, light ink on dark, values {values}, {how}; check it if predictions look "
                     "wrong")

    metadata = dict(stored["metadata"]) if stored is not None else {}
    if stored is not None and isinstance(stored.get("format"), int) and stored["format"] > FORMAT_VERSION:
        notes.append(f"the file was written by a newer guiapp (format {stored['format']}); some details may be "
                     "ignored")
    if layout != "image":
        try:
            model = _adapt_input(model, layout, spec)
        except Exception as exc:  # noqa: BLE001
            raise _error(path, f"cannot adapt the model's input {in_shape} to images: {_short(exc)}") from None
        metadata["input_adapter"] = {"model_input": list(in_shape), "fed_as": list(spec.input_shape)}
        notes.append(f"the model takes {in_shape} per sample; it is wrapped to take {spec.input_shape} images and "
                     "reshape them")
    if notes:
        metadata["load_notes"] = notes
    return LoadedModel(model=model, labels=labels, spec=spec, metadata=metadata, path=path,
                       labels_source=labels_source, spec_source=spec_source)


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


def _count_params(group) -> int:
    import h5py

    total = 0

    def visit(_name, obj):
        nonlocal total
        if isinstance(obj, h5py.Dataset):
            total += int(obj.size or 0)

    group.visititems(visit)
    return total


def read_metadata(path) -> dict:
    """What a model file says about itself, read with h5py/zipfile only (Keras is not imported, nothing is built).

    Returns ``{"path", "format" ("h5" | "keras"), "guiapp_format" (int or None: not saved by guiapp), "labels"
    (list or None), "spec" (dict or None), "metadata" (dict), "input_shape" (per sample, list or None), "classes"
    (int or None), "params" (int or None), "keras_version", "model_class", "model_name"}``. The file passes the
    structural safety checks first (a hostile file is refused here too).
    """
    from guiapp.core import model_safety

    path = Path(path)
    kind = model_safety.file_kind(path)
    model_safety.check_file(path, deep=False)
    result: dict = {"path": str(path), "format": kind, "guiapp_format": None, "labels": None, "spec": None,
                    "metadata": {}, "input_shape": None, "classes": None, "params": None, "keras_version": None,
                    "model_class": None, "model_name": None}
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
                    result["params"] = _count_params(h5["model_weights"])
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
                            result["params"] = _count_params(weights["layers"])
    except ModelFileError:
        raise
    except (OSError, ValueError, RuntimeError, KeyError, zipfile.BadZipFile) as exc:
        raise _error(path, f"cannot read the model file's metadata: {_short(exc)}") from None
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
