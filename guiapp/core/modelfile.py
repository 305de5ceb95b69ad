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
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from guiapp.core.atomic import fsync_directory, fsync_file
from guiapp.core.model_errors import ModelFileError, file_error, short_message
from guiapp.core.model_labels import find_labels, sidecar_candidates
from guiapp.core.model_metadata import (
    ATTR_FORMAT, ATTR_LABELS, ATTR_METADATA, ATTR_SPEC, FORMAT_VERSION, KERAS_META_KEY, KERAS_META_MEMBER,
    read_metadata, read_stored,
)
from guiapp.core.model_shape import adapt_input, image_layout, infer_spec, model_io
from guiapp.core.preprocess import PreprocessSpec


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
    "FORMAT_VERSION", "SAVE_SUFFIXES", "LoadedModel", "ModelFileError", "load_model", "model_spec", "read_metadata",
    "save_model", "sidecar_candidates", "infer_spec",
]

SAVE_SUFFIXES = (".h5", ".keras")
_TEMP_SUFFIX = ".tmp"  # as guiapp.core.atomic names its temporary files


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


def _check_labels(labels, path) -> list[str]:
    if isinstance(labels, (str, bytes)) or not hasattr(labels, "__iter__"):
        raise file_error(path, f"labels must be a list of strings, got {type(labels).__name__}")
    labels = list(labels)
    bad = [repr(label) for label in labels if not isinstance(label, str) or not label]
    if bad:
        raise file_error(path, f"labels must be non-empty strings; got {', '.join(bad[:5])}")
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
        raise file_error(path, f"cannot save a model as {suffix or '(no extension)'!r}: use .h5 or .keras")
    labels = _check_labels(labels, path)
    if isinstance(spec, dict):
        try:
            spec = PreprocessSpec.from_dict(spec)
        except (TypeError, ValueError) as exc:
            raise file_error(path, f"cannot save: {exc}") from None
    if not isinstance(spec, PreprocessSpec):
        raise file_error(path, f"cannot save: spec must be a PreprocessSpec, got {type(spec).__name__}")
    if metadata is not None and not isinstance(metadata, dict):
        raise file_error(path, f"cannot save: metadata must be a dict, got {type(metadata).__name__}")
    if not hasattr(model, "save"):
        raise file_error(path, f"cannot save: {type(model).__name__} is not a Keras model")

    in_shape, n_classes = model_io(model, path)
    if n_classes != len(labels):
        raise file_error(path, f"cannot save: the model has {n_classes} outputs but {len(labels)} labels were given")
    layout, height, width, channels = image_layout(in_shape, path)
    expected = {"image": (height, width, channels), "grey2d": (height, width, 1), "flat": (height, width, 1)}[layout]
    if any(m is not None and m != s for m, s in zip(expected, spec.input_shape)):
        raise file_error(path, f"cannot save: the spec's input {spec.input_shape} does not match the model's input "
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
        raise file_error(path, f"cannot save: the metadata is not JSON-serialisable ({exc})") from None

    parent = path.parent
    if not parent.is_dir():
        raise file_error(path, f"cannot save: the folder {parent} does not exist")
    try:
        workdir = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=_TEMP_SUFFIX, dir=parent))
    except OSError as exc:
        raise file_error(path, f"cannot save: {exc.strerror or exc}") from None
    try:
        written = workdir / f"model{suffix}"
        try:
            with _quiet_keras():
                if suffix == ".h5":
                    # Without the optimizer's slots (Adam keeps two per weight): models load with compile=False
                    # and fine-tuning compiles afresh, so they would only triple the file and the write time.
                    model.save(written, include_optimizer=False)
                else:
                    model.save(written)
        except Exception as exc:  # noqa: BLE001 - Keras raises many types; the caller gets one
            raise file_error(path, f"Keras could not save the model: {short_message(exc)}") from exc
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
            fsync_file(final)
            os.replace(final, path)
        except ModelFileError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise file_error(path, f"cannot save: {short_message(exc)}") from exc
        fsync_directory(parent)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return path


# -- loading ----------------------------------------------------------------------------------------------------
def load_model(path) -> LoadedModel:
    """Load any Keras ``.h5``/``.keras`` model file safely (see the module docs); never runs code from the file."""
    from guiapp.core import model_safety

    path = Path(path)
    kind = model_safety.file_kind(path)
    model_safety.check_file(path)
    stored = read_stored(path, kind)

    import keras

    try:
        with _quiet_keras():
            model = keras.models.load_model(path, compile=False, safe_mode=True)
    except ModelFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - Keras raises ValueError, TypeError, OSError, KeyError…
        raise file_error(path, f"Keras could not load the model: {short_message(exc)}") from None

    in_shape, n_classes = model_io(model, path)
    layout, height, width, channels = image_layout(in_shape, path)
    notes: list[str] = []
    labels, labels_source, note = find_labels(path, stored, n_classes)
    if note:
        notes.append(note)

    if stored is not None and stored.get("spec_obj") is not None:
        spec, spec_source = stored["spec_obj"], "metadata"
        model_hwc = (height, width, channels)
        if any(m is not None and m != s for m, s in zip(model_hwc, spec.input_shape)):
            raise file_error(path, f"the file's preprocessing spec gives input {spec.input_shape} but the model takes "
                               f"{in_shape}")
    else:
        if height is None or width is None:
            raise file_error(path, f"the model's input {in_shape} has no fixed size and the file has no preprocessing "
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
            model = adapt_input(model, layout, spec)
        except Exception as exc:  # noqa: BLE001
            raise file_error(path, f"cannot adapt the model's input {in_shape} to images: {short_message(exc)}") from None
        metadata["input_adapter"] = {"model_input": list(in_shape), "fed_as": list(spec.input_shape)}
        notes.append(f"the model takes {in_shape} per sample; it is wrapped to take {spec.input_shape} images and "
                     "reshape them")
    if notes:
        metadata["load_notes"] = notes
    return LoadedModel(model=model, labels=labels, spec=spec, metadata=metadata, path=path,
                       labels_source=labels_source, spec_source=spec_source)


def model_spec(path) -> PreprocessSpec:
    """The preprocessing a model file declares (read without Keras), else the one loading it infers."""
    spec = read_metadata(path)["spec"]
    if spec is not None:
        return PreprocessSpec.from_dict(spec)
    from guiapp.core.tf_runtime import ensure_tensorflow

    ensure_tensorflow()  # any thread may call this while another imports TensorFlow
    return load_model(path).spec
