"""Where a model's converted form lives, and finding it without TensorFlow.

* **Inside an ``.h5`` guiapp saved**: a root dataset ``guiapp_litert`` (the ``.tflite`` bytes, opaque) and a root
  attribute ``guiapp_litert_info`` (JSON: runtime and version, parity figures, and a digest of the Keras weights).
  Keras ignores both, so the file stays an ordinary Keras ``.h5``; one file means a copy, a rename or a project
  export carries the fast form along. The weights digest ties the form to the weights it was made from: a file
  whose weights were changed in place by another tool no longer matches, and its form is ignored.
* **In the cache, by content hash** (``<cache>/converted/<sha256 of the model file>.tflite`` + ``.json``): for
  ``.keras`` files guiapp saves (a member added to the archive would make Keras unpack it on every load) and for
  foreign ``.h5``/``.keras`` files, converted once in the background after the safety checks. The JSON names the
  ``.tflite``'s own sha256, so a damaged or truncated cache entry is detected, removed and rebuilt.

Before either form is used, the model file passes the structural safety checks (``check_file(deep=False)``: no
Keras import); a hostile file is refused exactly as before and never converted.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from guiapp.core.atomic import atomic_write_bytes, atomic_write_text
from guiapp.core.modelfile.errors import ModelFileError, file_error
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.text import Text

log = logging.getLogger(__name__)

DATASET = "guiapp_litert"
ATTR_INFO = "guiapp_litert_info"
CACHE_FORMAT = 1
CACHE_FOLDER = "converted"


@dataclass
class LightForm:
    """A converted model and what recognition needs beside it (labels, spec), read without TensorFlow."""

    content: bytes
    labels: list[str]
    spec: PreprocessSpec
    metadata: dict = field(default_factory=dict)
    path: Path | None = None
    where: str = "embedded"  # embedded | cache
    info: dict = field(default_factory=dict)  # runtime, version, parity


# -- hashes ---------------------------------------------------------------------------------------------------------
def file_sha256(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def weights_digest(h5) -> str:
    """sha256 over the Keras weights of an open h5py file (names, dtypes, shapes, values, in name order)."""
    import h5py

    digest = hashlib.sha256()
    root = h5["model_weights"] if "model_weights" in h5 else h5
    names: list[str] = []
    root.visititems(lambda name, obj: names.append(name) if isinstance(obj, h5py.Dataset) else None)
    for name in sorted(names):
        data = root[name]
        digest.update(f"{name}|{data.dtype.str}|{data.shape}|".encode())
        digest.update(np.ascontiguousarray(data[()]).tobytes())
    return digest.hexdigest()


# -- embedded in an .h5 ---------------------------------------------------------------------------------------------
def embed(h5_path, content: bytes, info: dict) -> None:
    """Write the converted form into an ``.h5`` that is not yet visible (save_model's temporary file)."""
    embed_bytes(h5_path, DATASET, ATTR_INFO, content, lambda h5: dict(info, weights_digest=weights_digest(h5)))


def embed_bytes(h5_path, dataset: str, attribute: str, content: bytes, info) -> None:
    """Write opaque ``content`` as the root dataset ``dataset`` of an ``.h5`` that is not yet visible, and
    ``info(open file)`` as JSON in the root attribute ``attribute`` (Keras ignores both)."""
    import h5py

    with h5py.File(h5_path, "r") as h5:
        replacing = dataset in h5
    if replacing:
        _without(Path(h5_path), dataset)
    with h5py.File(h5_path, "r+") as h5:
        h5.create_dataset(dataset, data=np.void(bytes(content)))
        h5.attrs[attribute] = json.dumps(info(h5))


def _without(h5_path: Path, dataset: str) -> None:
    """Rewrite ``h5_path`` without its root ``dataset``: HDF5 does not give a deleted dataset's space back, so
    replacing a model's reader or converted form in place grew the file by the old one's size each time."""
    import h5py

    packed = h5_path.with_name(h5_path.name + ".packing")
    try:
        with h5py.File(h5_path, "r") as source, h5py.File(packed, "w") as target:
            for key in source.attrs:  # each attribute with its own stored type (Keras reads bytes or str)
                target.attrs.create(key, source.attrs[key], dtype=source.attrs.get_id(key).dtype)
            for name in source:
                if name != dataset:
                    source.copy(source[name], target, name=name)
        os.replace(packed, h5_path)
    finally:
        packed.unlink(missing_ok=True)


def read_bytes(h5, dataset: str, attribute: str) -> tuple[bytes, object] | None:
    """What :func:`embed_bytes` wrote into the open h5py file ``h5``: (the bytes, the decoded JSON), or None when
    either is missing. Raises ValueError for JSON that does not decode."""
    if dataset not in h5 or attribute not in h5.attrs:
        return None
    raw = h5.attrs[attribute]
    info = json.loads(raw.decode() if isinstance(raw, bytes) else str(raw))
    data = h5[dataset][()]
    return (data.tobytes() if isinstance(data, np.void) else bytes(np.asarray(data).tobytes())), info


def _read_embedded(path: Path) -> tuple[bytes, dict] | None:
    import h5py

    with h5py.File(path, "r") as h5:
        found = read_bytes(h5, DATASET, ATTR_INFO)
        if found is None:
            return None
        info = found[1]
        if not isinstance(info, dict) or info.get("weights_digest") != weights_digest(h5):
            log.info("%s: the converted form does not match the weights (changed elsewhere); not used", path)
            return None
        return found


# -- the cache --------------------------------------------------------------------------------------------------------
def cache_folder() -> Path:
    from guiapp.paths import cache_dir

    folder = cache_dir() / CACHE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _entry(digest: str) -> tuple[Path, Path]:
    folder = cache_folder()
    return folder / f"{digest}.tflite", folder / f"{digest}.json"


def write_cache(digest: str, content: bytes, spec: PreprocessSpec, n_classes: int, info: dict,
                labels: list[str] | None = None) -> None:
    """Cache a converted form for the model file with content hash ``digest``. The ``.tflite`` is written first
    and the JSON (which vouches for it by hash) last, each atomically: a crash leaves no entry that looks valid."""
    tflite, meta = _entry(digest)
    atomic_write_bytes(tflite, content)
    atomic_write_text(meta, json.dumps({"format": CACHE_FORMAT, "tflite_sha256": hashlib.sha256(content).hexdigest(),
                                        "spec": spec.to_dict(), "classes": int(n_classes), "labels": labels,
                                        "info": info}))


def _drop(digest: str) -> None:
    for part in _entry(digest):
        part.unlink(missing_ok=True)


def read_cache(digest: str) -> tuple[bytes, dict] | None:
    """(tflite bytes, entry) or None; a damaged entry is removed (the next conversion rebuilds it)."""
    tflite, meta = _entry(digest)
    if not meta.is_file():
        return None
    try:
        entry = json.loads(meta.read_text("utf-8"))
        content = tflite.read_bytes()
        if (not isinstance(entry, dict) or entry.get("format") != CACHE_FORMAT
                or entry.get("tflite_sha256") != hashlib.sha256(content).hexdigest()):
            raise ValueError("the entry does not match its converted file")
        entry["spec_obj"] = PreprocessSpec.from_dict(entry["spec"])
        if not isinstance(entry.get("classes"), int) or entry["classes"] < 2:
            raise ValueError("the entry's class count is damaged")
    except (OSError, ValueError, TypeError, KeyError) as exc:
        log.warning("converted-model cache entry %s is damaged (%s); it will be rebuilt", digest[:12], exc)
        _drop(digest)
        return None
    return content, entry


# -- finding a model's light form -------------------------------------------------------------------------------------
def find_light_form(path, *, digest: str | None = None) -> LightForm | None:
    """The converted form of the model file at ``path`` (embedded, else cached), or None (then TensorFlow serves
    it). Raises :class:`ModelFileError` for a file the safety checks refuse, exactly as loading it would."""
    from guiapp.core.modelfile import safety
    from guiapp.core.modelfile.labels import find_labels
    from guiapp.core.modelfile.metadata import read_stored

    path = Path(path)
    kind = safety.file_kind(path)
    safety.check_file(path, deep=False)
    stored = read_stored(path, kind)
    found = None
    if kind == "h5" and stored is not None and stored.get("spec_obj") is not None:
        try:
            found = _read_embedded(path)
        except (OSError, ValueError, TypeError, KeyError) as exc:
            log.warning("%s: its converted form cannot be read (%s); TensorFlow serves it", path, exc)
        if found is not None:
            content, info = found
            labels = list(stored.get("labels") or [])
            spec = stored["spec_obj"]
            n_classes = int(info.get("classes", len(labels)))
            labels, _, _ = find_labels(path, stored, n_classes)
            return LightForm(content, labels, spec, dict(stored.get("metadata") or {}), path, "embedded", info)
    cached = read_cache(digest or file_sha256(path))
    if cached is None:
        return None
    content, entry = cached
    spec = stored["spec_obj"] if stored is not None and stored.get("spec_obj") is not None else entry["spec_obj"]
    labels, _, _ = find_labels(path, stored, entry["classes"])  # a sidecar edited later still counts
    metadata = dict(stored.get("metadata") or {}) if stored is not None else {}
    return LightForm(content, labels, spec, metadata, path, "cache", entry.get("info") or {})


def light_form_for(source, runtime: str, error=ValueError) -> LightForm | None:
    """What a :class:`~guiapp.core.recognition.Recognizer` built from ``source`` runs on: a converted form, or None
    for TensorFlow (``runtime``: ``"auto"``, ``"litert"`` insists on a converted form, ``"tensorflow"`` never)."""
    if isinstance(source, LightForm):
        return source
    if runtime == "tensorflow":
        return None
    if not isinstance(source, (str, os.PathLike)):
        if runtime == "litert":
            raise error(Text("only a model file or a converted form can run on LiteRT"))
        return None
    form = find_light_form(source)
    if form is None and runtime == "litert":
        raise error(Text("{0}: no converted form (save it with Inkling, or convert it first)", source))
    return form


def convert_to_cache(path) -> LightForm:
    """Convert a model file (loaded with every safety check, on TensorFlow) and cache its form by content hash.
    Raises ModelFileError / RecognitionError / ParityError; nothing is cached unless parity holds."""
    from guiapp.core.inference.convert import convert_recognizer
    from guiapp.core.inference.litert import RUNTIME, runtime_version
    from guiapp.core.recognition import Recognizer

    path = Path(path)
    digest = file_sha256(path)  # hashed before loading: a file replaced meanwhile cannot poison the entry
    recognizer = Recognizer(path, runtime="tensorflow", warm_up=False)
    content, parity = convert_recognizer(recognizer)
    info = {"runtime": RUNTIME, "runtime_version": runtime_version(), "parity": parity.to_dict(),
            "classes": len(recognizer.labels)}
    write_cache(digest, content, recognizer.spec, len(recognizer.labels), info)
    form = find_light_form(path, digest=digest)
    if form is None:
        raise file_error(path, Text("the converted form could not be cached"))
    return form


def convert_in_place(path, inputs=None):
    """Give a guiapp ``.h5`` its converted form (models saved before conversion existed, the bundled models):
    loaded on TensorFlow with every safety check, converted, parity proved on ``inputs`` (model inputs; default a
    synthetic mix), written into a copy that replaces the file atomically. Returns the :class:`Parity`; raises
    ParityError (the file untouched) when the converted form does not match."""
    import shutil

    from guiapp.core.atomic import atomic_path
    from guiapp.core.inference.convert import convert_recognizer
    from guiapp.core.inference.litert import RUNTIME, runtime_version
    from guiapp.core.recognition import Recognizer

    path = Path(path)
    recognizer = Recognizer(path, runtime="tensorflow", warm_up=False)
    if path.suffix.lower() not in (".h5", ".hdf5") or not recognizer.loaded.metadata.get("app_version"):
        raise file_error(path, Text("only .h5 files saved by Inkling carry their converted form inside"))
    content, parity = convert_recognizer(recognizer, inputs)
    info = {"runtime": RUNTIME, "runtime_version": runtime_version(), "parity": parity.to_dict(),
            "classes": len(recognizer.labels)}
    with atomic_path(path) as tmp:
        shutil.copyfile(path, tmp)
        embed(tmp, content, info)
    return parity


__all__ = ["ATTR_INFO", "convert_in_place", "light_form_for", "DATASET", "LightForm", "ModelFileError", "cache_folder", "convert_to_cache", "embed", "embed_bytes", "read_bytes",
           "file_sha256", "find_light_form", "read_cache", "weights_digest", "write_cache"]
