"""Saving a model file: Keras writes into a hidden temporary folder, guiapp's metadata is added, the result
replaces the target atomically (see the package docs)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from guiapp.core.atomic import fsync_directory, fsync_file, remove_stale_temps, temp_prefix
from guiapp.core.modelfile.errors import ModelFileError, file_error, short_message
from guiapp.core.modelfile.metadata import (
    ATTR_FORMAT, ATTR_LABELS, ATTR_METADATA, ATTR_SPEC, FORMAT_VERSION, KERAS_META_KEY, KERAS_META_MEMBER,
)
from guiapp.core.modelfile.shape import image_layout, model_io
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.text import Plural, Text, listed

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
def quiet_keras():
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
        raise file_error(path, Text("labels must be a list of strings, got {0}", type(labels).__name__))
    labels = list(labels)
    bad = [repr(label) for label in labels if not isinstance(label, str) or not label]
    if bad:
        raise file_error(path, Text("labels must be non-empty strings; got {0}", listed(bad[:5])))
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


def check_save_path(path) -> Path:
    """``path`` as a model can be saved there: a .h5/.keras name in an existing, writable folder. The message names
    the full path. Cheap (no Keras): the CLI calls it before training, so a typo fails at once, not after the run."""
    path = Path(path).expanduser()
    shown = path.absolute()
    suffix = path.suffix.lower()
    if suffix not in SAVE_SUFFIXES:
        reason = Text("cannot save a model as {0!r}: use .h5 or .keras", suffix or "(no extension)")
    elif not path.parent.is_dir():
        reason = Text("cannot save: the folder {0} does not exist", shown.parent)
    elif not os.access(path.parent, os.W_OK | os.X_OK):
        reason = Text("cannot save: the folder {0} is not writable", shown.parent)
    elif path.is_dir():
        reason = Text("cannot save: it is a folder")
    else:
        return path
    raise ModelFileError(Text("{0}: {1}", shown, reason))


def save_model(model, path, labels, spec, metadata=None, *, light: bool = True) -> Path:
    """Save ``model`` to ``path`` (``.h5`` or ``.keras``) with its labels, preprocessing spec and metadata.

    ``spec``: a :class:`PreprocessSpec` (or its dict). ``metadata``: a JSON-able dict (preset, training config,
    per-epoch history, dataset name and fingerprint…); ``app_version``, ``keras_version`` and ``saved_at`` are
    added. The write is atomic. Returns the path written.

    ``light``: also write the converted form recognition runs without TensorFlow (:mod:`guiapp.core.inference`):
    inside an ``.h5``, in the cache by content hash for a ``.keras``. It costs a few seconds, so interim
    checkpoints skip it. A model that does not convert with parity is saved all the same (TensorFlow serves it).
    """
    path = check_save_path(path)
    suffix = path.suffix.lower()
    labels = _check_labels(labels, path)
    if isinstance(spec, dict):
        try:
            spec = PreprocessSpec.from_dict(spec)
        except (TypeError, ValueError) as exc:
            raise file_error(path, Text("cannot save: {0}", exc)) from None
    if not isinstance(spec, PreprocessSpec):
        raise file_error(path, Text("cannot save: spec must be a PreprocessSpec, got {0}", type(spec).__name__))
    if metadata is not None and not isinstance(metadata, dict):
        raise file_error(path, Text("cannot save: metadata must be a dict, got {0}", type(metadata).__name__))
    if not hasattr(model, "save"):
        raise file_error(path, Text("cannot save: {0} is not a Keras model", type(model).__name__))

    in_shape, n_classes = model_io(model, path)
    if n_classes != len(labels):
        raise file_error(path, Plural("cannot save: the model has %Ln output(s) but {0} were given", "", n_classes,
                                      Plural("%Ln label(s)", "", len(labels))))
    layout, height, width, channels = image_layout(in_shape, path)
    expected = {"image": (height, width, channels), "grey2d": (height, width, 1), "flat": (height, width, 1)}[layout]
    if any(m is not None and m != s for m, s in zip(expected, spec.input_shape)):
        raise file_error(path, Text("cannot save: the spec's input {0} does not match the model's input {1}",
                                    spec.input_shape, in_shape))

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
        raise file_error(path, Text("cannot save: the metadata is not JSON-serialisable ({0})", exc)) from None

    parent = path.parent
    remove_stale_temps(parent)  # what saves killed earlier left behind (only temporaries of our naming)
    try:
        workdir = Path(tempfile.mkdtemp(prefix=temp_prefix(path), suffix=_TEMP_SUFFIX, dir=parent))
    except OSError as exc:
        raise file_error(path, Text("cannot save: {0}", exc.strerror or exc)) from None
    try:
        written = workdir / f"model{suffix}"
        try:
            with quiet_keras():
                if suffix == ".h5":
                    # Without the optimizer's slots (Adam keeps two per weight): models load with compile=False
                    # and fine-tuning compiles afresh, so they would only triple the file and the write time.
                    model.save(written, include_optimizer=False)
                else:
                    model.save(written)
        except Exception as exc:  # noqa: BLE001 - Keras raises many types; the caller gets one
            raise file_error(path, Text("Keras could not save the model: {0}", short_message(exc))) from exc
        try:
            if suffix == ".h5":
                import h5py

                with h5py.File(written, "r+") as h5:
                    h5.attrs[ATTR_FORMAT] = FORMAT_VERSION
                    h5.attrs[ATTR_LABELS] = labels_json
                    h5.attrs[ATTR_SPEC] = spec_json
                    h5.attrs[ATTR_METADATA] = metadata_json
                converted = _converted(model, labels, spec) if light else None
                if converted is not None:
                    from guiapp.core.inference.store import embed

                    embed(written, *converted)  # inside the temporary file: it appears with the model or not at all
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
            raise file_error(path, Text("cannot save: {0}", short_message(exc))) from exc
        fsync_directory(parent)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if light and suffix == ".keras":
        converted = _converted(model, labels, spec)
        if converted is not None:
            from guiapp.core.inference.store import file_sha256, write_cache

            content, info = converted
            write_cache(file_sha256(path), content, spec, len(labels), info, labels)
    return path


def _converted(model, labels, spec):
    from guiapp.core.inference.convert import convert_for_save

    return convert_for_save(model, labels, spec)




def set_model_name(path, name: str) -> Path:
    """Give the model file at ``path`` a name people see (the model list, the status bar): :func:`update_metadata`."""

    path = Path(path)
    name = " ".join(str(name).split())
    if not name or len(name) > 120:
        raise file_error(path, Text("a model's name must be 1 to 120 characters"))
    return update_metadata(path, name=name)


def update_metadata(path, **changes) -> Path:
    """Change entries of the metadata of the Inkling model file at ``path`` (its name, the dataset it names); the
    weights are not touched. Rewritten beside itself and replaced atomically, so it is old or new, never half."""
    from guiapp.core.atomic import atomic_path
    from guiapp.core.modelfile.metadata import read_stored
    from guiapp.core.modelfile.safety import file_kind

    path = Path(path)
    kind = file_kind(path)
    stored = read_stored(path, kind)
    if stored is None:
        raise file_error(path, Text("only models saved by Inkling carry a name"))
    metadata = dict(stored.get("metadata") or {}, **changes)
    with atomic_path(path) as tmp:
        if kind == "h5":
            import h5py

            shutil.copyfile(path, tmp)
            with h5py.File(tmp, "r+") as h5:
                h5.attrs[ATTR_METADATA] = _dumps(metadata)
        else:
            payload = {"format": stored.get("format"), "labels": stored.get("labels"), "spec": stored.get("spec"),
                       "metadata": metadata}
            _rewrite_keras_zip(path, Path(tmp), payload)
    return path
