"""Checks that run BEFORE a model file from anywhere is deserialised by Keras.

A Keras file is a program as much as data: a ``Lambda`` layer carries Python bytecode, a custom class name makes
Keras look up (and, with ``safe_mode=False``, import) code, a ``TFSMLayer`` loads a SavedModel from another path,
and an HDF5 file can point at other files (external links, external storage, virtual datasets) or declare
datasets far larger than memory. :func:`check_file` refuses all of these with a message that names the file,
the layer and the reason, so that :func:`guiapp.core.modelfile.load_model` only ever hands Keras (which then
also runs with ``safe_mode=True``) a file made of built-in Keras layers and plain weights.

What is checked:

* the file: exists, is a regular file, is not empty, is at most :data:`MAX_FILE_BYTES`;
* ``.h5``/``.hdf5`` (Keras legacy HDF5): opens read-only with h5py; every link is walked without following
  external links: external links, dangling soft links, external dataset storage, virtual datasets, datasets with
  more than :data:`MAX_DATASET_ELEMENTS` elements, and more declared data than :data:`MAX_DECLARED_BYTES` or far
  more than the file holds (HDF5 allocates lazily, so a tiny file can declare terabytes) are refused; the root
  attribute ``model_config`` must be present and be JSON;
* ``.keras`` (a zip): member count, names (no absolute paths, ``..``, drive letters or backslashes), sizes and
  compression ratios (zip bombs), ``config.json`` present and JSON; ``model.weights.h5`` inside gets the same
  HDF5 checks as an ``.h5`` file;
* the model config, walked recursively (nested models, wrappers, initialisers, regularisers, constraints,
  activations, dtype policies): ``Lambda``, ``TFSMLayer`` and the other layers that wrap foreign code, serialised
  Python lambdas and functions that are not Keras built-ins, classes from modules outside Keras, ``registered_name``
  values of custom objects (``"package>Name"``), and class names Keras does not ship are refused. The top-level
  compile/training configuration is not walked: guiapp loads with ``compile=False``, so Keras never
  deserialises it.

The Keras-dependent part (is this class name a Keras built-in?) imports Keras lazily; ``check_file(path,
deep=False)`` skips it and needs only h5py (the GUI's info view uses that through ``read_metadata``).
Parsing a deliberately malformed HDF5 file still relies on the HDF5 library itself being robust.
"""

from __future__ import annotations

import json
import logging
import math
import os
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from guiapp.core.filekind import EXPECTED_MODEL
from guiapp.core.modelfile.budget import check_budget
from guiapp.core.modelfile.config_safety import check_config
from guiapp.core.modelfile.errors import ModelFileError, file_error
from guiapp.core.text import Text

log = logging.getLogger(__name__)

__all__ = [
    "MAX_FILE_BYTES", "MAX_DATASET_ELEMENTS", "MAX_DECLARED_BYTES", "check_file", "check_config", "file_kind",
    "check_h5_structure", "check_keras_zip", "h5_model_config", "keras_zip_config",
]

GIB = 1 << 30
MAX_FILE_BYTES = 2 * GIB
MAX_DATASET_ELEMENTS = 2**31
# All datasets together, as declared by their shapes and types: the weights (at most budget.MAX_PARAMS, 400 MB
# of float32) plus a legacy file's optimizer state (Adam keeps two more copies), which loading never reads.
MAX_DECLARED_BYTES = 2 * GIB
DECLARED_RATIO = 100  # declared data may exceed what the file holds by this factor (plus the slack below)
DECLARED_SLACK = 64 << 20
MAX_H5_OBJECTS = 200_000
MAX_H5_DEPTH = 64
MAX_CONFIG_BYTES = 64 << 20
MAX_ZIP_MEMBERS = 10_000
# Keras unpacks a .keras archive's weights to load them: count what it unpacks against the weight budget
# (budget.MAX_PARAMS float32 values, 400 MB) with room for the config and metadata.
MAX_ZIP_MEMBER_BYTES = 512 << 20
MAX_ZIP_TOTAL_BYTES = 512 << 20
MAX_ZIP_RATIO = 1000
ZIP_RATIO_FLOOR = 1 << 20  # small members may compress extremely well (a page of zeros); only judge bigger ones

H5_SUFFIXES = (".h5", ".hdf5")
KERAS_SUFFIXES = (".keras",)



def _check_plain_file(path: Path) -> int:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise file_error(path, Text("no such file ({0})", path))
    except OSError as exc:
        raise file_error(path, Text("cannot be read: {0}", exc.strerror or exc))
    if not stat.S_ISREG(info.st_mode):
        raise file_error(path, Text("is not a regular file"))
    if info.st_size == 0:
        raise file_error(path, Text("is empty (0 bytes): not a model file"))
    if info.st_size > MAX_FILE_BYTES:
        raise file_error(path, Text("is {0:.1f} GiB, larger than the {1} GiB Inkling accepts", info.st_size / GIB,
                                    MAX_FILE_BYTES // GIB))
    return info.st_size


def file_kind(path) -> str:
    """"h5" or "keras" from the file name; anything else is refused."""
    suffix = Path(path).suffix.lower()
    if suffix in H5_SUFFIXES:
        return "h5"
    if suffix in KERAS_SUFFIXES:
        return "keras"
    raise file_error(path, Text("unsupported model file type {0!r}: expected .h5 or .keras", suffix) if suffix
                     else Text("unsupported model file type (no extension): expected .h5 or .keras"))


def check_file(path, *, deep: bool = True) -> None:
    """Refuse (``ModelFileError``) anything unsafe or malformed in the model file at ``path``; return None if it
    may be handed to ``keras.models.load_model(path, compile=False, safe_mode=True)``.

    ``deep=False`` skips the one check that imports Keras (whether every class name is a Keras built-in); every
    structural check and the refusal of code-carrying layers still run.
    """
    path = Path(path)
    kind = file_kind(path)
    _check_plain_file(path)
    if kind == "h5":
        config, stored = _check_h5_file(path)
    else:
        config, stored = _check_keras_file(path)
    # Everything that needs no Keras first: a hostile file is refused in a fraction of a second, before
    # TensorFlow (seconds, hundreds of MB) is imported for the built-in name check.
    check_config(config, path, resolve=False, top_level=True)
    check_budget(config, path, stored)
    if deep:
        check_config(config, path, resolve=True, top_level=True)


# -- HDF5 -------------------------------------------------------------------------------------------------------
def _open_h5(source, path: Path):
    import h5py

    try:
        return h5py.File(source, "r")
    except (OSError, ValueError, RuntimeError) as exc:
        # The HDF5 library's reason ("Unable to synchronously open file") tells a user nothing the sentence does
        # not; the log keeps it.
        log.info("%s: h5py cannot open it: %s", path, exc)
        raise file_error(path, Text("not a readable HDF5 file (damaged, truncated or not a model)")) from None


def check_h5_structure(h5file, path, stored_bytes: int) -> int:
    """Walk every link of an open h5py file without following external links; refuse anything that reaches
    outside the file or declares absurd amounts of data. ``stored_bytes``: the size of the file on disk.
    Returns how many numeric values its datasets hold (the stored weights, for :mod:`.budget`)."""
    import h5py

    path = Path(path)
    budget = min(MAX_DECLARED_BYTES, DECLARED_RATIO * stored_bytes + DECLARED_SLACK)
    declared = 0
    values = 0
    objects = 0
    seen = set()
    stack = [("", h5file, 0)]
    try:
        while stack:
            group_path, group, depth = stack.pop()
            if depth > MAX_H5_DEPTH:
                raise file_error(path, Text("HDF5 groups nested deeper than {0} levels at '{1}'", MAX_H5_DEPTH,
                                            group_path))
            for name in group:
                full = f"{group_path}/{name}"
                objects += 1
                if objects > MAX_H5_OBJECTS:
                    raise file_error(path, Text("contains more than {0:,} HDF5 links", MAX_H5_OBJECTS))
                link = group.get(name, getlink=True)
                if isinstance(link, h5py.ExternalLink):
                    raise file_error(path, Text("contains an HDF5 external link '{0}' to {1}:{2}; a model file must "
                                                "not reach into other files", full, link.filename, link.path))
                if isinstance(link, h5py.SoftLink):
                    try:
                        target = group.get(name)
                    except (KeyError, OSError, RuntimeError, ValueError):
                        target = None
                    if target is None:
                        raise file_error(path, Text("contains an HDF5 soft link '{0}' to '{1}', which points outside "
                                                    "the file's objects", full, link.path))
                    continue  # the target is reached (and checked) through its own hard link
                obj = group.get(name)
                if isinstance(obj, h5py.Group):
                    if obj.id not in seen:
                        seen.add(obj.id)
                        stack.append((full, obj, depth + 1))
                elif isinstance(obj, h5py.Dataset):
                    if obj.id in seen:
                        continue
                    seen.add(obj.id)
                    if obj.is_virtual:
                        raise file_error(path, Text("contains a virtual HDF5 dataset '{0}', which maps data from "
                                                    "other files", full))
                    if obj.external:
                        files = ", ".join(str(entry[0]) for entry in obj.external)
                        raise file_error(path, Text("contains an HDF5 dataset '{0}' whose data is stored in other "
                                                    "files ({1})", full, files))
                    shape = obj.shape or ()
                    elements = math.prod(int(n) for n in shape)
                    if elements > MAX_DATASET_ELEMENTS:
                        raise file_error(path, Text("HDF5 dataset '{0}' declares shape {1} ({2:,} elements), more "
                                                    "than the {3:,} Inkling accepts", full, tuple(shape), elements,
                                                    MAX_DATASET_ELEMENTS))
                    declared += elements * int(obj.dtype.itemsize)
                    if obj.dtype.kind in "fiub":
                        values += elements
                    if declared > budget:
                        raise file_error(path, Text("its HDF5 datasets declare {0:,} bytes (at '{1}'), far more "
                                                    "than the {2:,}-byte file holds", declared, full, stored_bytes))
    except ModelFileError:
        raise
    except (OSError, RuntimeError, ValueError, KeyError, TypeError) as exc:
        log.info("%s: HDF5 structure unreadable: %s", path, exc)  # the library's words, for the log only
        raise file_error(path, Text("HDF5 structure cannot be read (damaged or truncated file)")) from None
    return values


def _decode_json_attr(value, path: Path, what: Text):
    import numpy as np

    if isinstance(value, np.ndarray) and value.shape == ():
        value = value[()]
    if isinstance(value, (bytes, np.bytes_)):
        value = bytes(value).decode("utf-8", errors="strict")
    if not isinstance(value, str):
        raise file_error(path, Text("{0} is not a JSON text (found {1})", what, type(value).__name__))
    if len(value) > MAX_CONFIG_BYTES:
        raise file_error(path, Text("{0} is larger than {1} MiB", what, MAX_CONFIG_BYTES >> 20))
    try:
        return json.loads(value)
    except (ValueError, RecursionError) as exc:
        raise file_error(path, Text("{0} is not valid JSON: {1}", what, str(exc)))


def h5_model_config(h5file, path) -> dict:
    """The parsed ``model_config`` root attribute of an open Keras legacy HDF5 file (refused if missing)."""
    path = Path(path)
    try:
        if "model_config" not in h5file.attrs:
            # in the words the other not-a-model messages use (guiapp.core.filekind), not the attribute's name
            raise file_error(path, Text("an HDF5 file without a model in it (weights alone, or other data), not a "
                                        "model. Expected {0}.", EXPECTED_MODEL))
        raw = h5file.attrs["model_config"]
    except ModelFileError:
        raise
    except (OSError, RuntimeError, ValueError, TypeError, UnicodeDecodeError) as exc:
        raise file_error(path, Text("not a Keras model file: its 'model_config' cannot be read ({0})", str(exc)))
    try:
        config = _decode_json_attr(raw, path, Text("its 'model_config'"))
    except UnicodeDecodeError as exc:
        raise file_error(path, Text("not a Keras model file: its 'model_config' is not UTF-8 text ({0})", str(exc)))
    if not isinstance(config, dict) or not isinstance(config.get("class_name"), str):
        raise file_error(path, Text("not a Keras model file: its 'model_config' does not describe a model"))
    return config


def _check_h5_file(path: Path) -> tuple[dict, int]:
    size = path.stat().st_size
    h5file = _open_h5(path, path)
    try:
        stored = check_h5_structure(h5file, path, size)
        return h5_model_config(h5file, path), stored
    finally:
        h5file.close()


# -- .keras (zip) -----------------------------------------------------------------------------------------------
def _unsafe_member_name(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return True
    if len(name) >= 2 and name[1] == ":":  # C:..., a drive letter
        return True
    return any(part == ".." for part in PurePosixPath(name).parts)


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path, "r")
    except zipfile.BadZipFile as exc:
        raise file_error(path, Text("not a .keras file (not a valid zip archive: {0})", str(exc)))
    except (OSError, ValueError, NotImplementedError) as exc:
        raise file_error(path, Text("cannot be read as a zip archive: {0}", str(exc)))


def check_keras_zip(archive: zipfile.ZipFile, path, total_limit: int | None = None) -> None:
    """Member names, sizes and compression ratios of an open ``.keras`` archive (or another zip guiapp reads:
    ``total_limit`` for archives that are unpacked to disk member by member, not into memory)."""
    path = Path(path)
    total_limit = MAX_ZIP_TOTAL_BYTES if total_limit is None else total_limit
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise file_error(path, Text("the archive has {0:,} members, more than the {1:,} Inkling accepts", len(infos),
                                    MAX_ZIP_MEMBERS))
    total = 0
    for info in infos:
        name = info.filename
        if _unsafe_member_name(name):
            raise file_error(path, Text("the archive member {0!r} has an unsafe name (absolute path or '..': path "
                                        "traversal)", name))
        if info.file_size > MAX_ZIP_MEMBER_BYTES:
            raise file_error(path, Text("the archive member {0!r} unpacks to {1:,} bytes, more than {2} MiB (a zip "
                                        "bomb?)", name, info.file_size, MAX_ZIP_MEMBER_BYTES >> 20))
        if info.file_size > ZIP_RATIO_FLOOR and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
            raise file_error(path, Text("the archive member {0!r} unpacks to {1:,} bytes from {2:,}: a compression "
                                        "ratio over {3:,} (a zip bomb?)", name, info.file_size, info.compress_size,
                                        MAX_ZIP_RATIO))
        total += info.file_size
        if total > total_limit:
            raise file_error(path, Text("the archive unpacks to more than {0:,} MiB (a zip bomb?)", total_limit >> 20))


def _read_member(archive: zipfile.ZipFile, name: str, path: Path, limit: int) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise file_error(path, Text("not a Keras model file: the archive has no {0}", name))
    if info.file_size > limit:
        raise file_error(path, Text("the archive member {0} is larger than {1} MiB", name, limit >> 20))
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError, RuntimeError) as exc:
        raise file_error(path, Text("the archive member {0} cannot be read (damaged file): {1}", name, str(exc)))
    if len(data) > limit:
        raise file_error(path, Text("the archive member {0} is larger than {1} MiB", name, limit >> 20))
    return data


def keras_zip_config(archive: zipfile.ZipFile, path) -> dict:
    """The parsed ``config.json`` of an open ``.keras`` archive (refused if missing or not a model config)."""
    path = Path(path)
    raw = _read_member(archive, "config.json", path, MAX_CONFIG_BYTES)
    try:
        config = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise file_error(path, Text("not a Keras model file: its config.json is not valid JSON ({0})", str(exc)))
    if not isinstance(config, dict) or not isinstance(config.get("class_name"), str):
        raise file_error(path, Text("not a Keras model file: its config.json does not describe a model"))
    return config


def _check_keras_file(path: Path) -> tuple[dict, int]:
    archive = _open_zip(path)
    try:
        check_keras_zip(archive, path)
        config = keras_zip_config(archive, path)
        names = set(archive.namelist())
        stored = 0
        if "model.weights.h5" in names:
            info = archive.getinfo("model.weights.h5")
            try:
                handle = archive.open(info)
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
                raise file_error(path, Text("the archive member {0} cannot be read (damaged file): {1}",
                                            info.filename, str(exc)))
            try:
                weights = _open_h5(handle, path)
                try:
                    stored = check_h5_structure(weights, path, max(info.file_size, 1))
                finally:
                    weights.close()
            finally:
                handle.close()
        return config, stored
    except (zipfile.BadZipFile, EOFError, NotImplementedError, zlib.error) as exc:
        # zlib.error: a damaged compressed member, noticed while h5py reads the weights out of it
        raise file_error(path, Text("is a damaged .keras archive: {0}", str(exc)))
    finally:
        archive.close()
