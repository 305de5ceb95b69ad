"""NumPy ``.npz`` datasets: Keras ``mnist.npz``, KMNIST/K49 (``*-train-imgs.npz`` + ``*-train-labels.npz``),
seed-style ``arr_0``/``arr_1`` files, and our own export (``images``, ``labels``, ``classes``).

Arrays are read by :mod:`.npzfile`: sizes checked from the headers first, an object array refused with a clear
message, never unpickled. Class names come from the file (our export), a sibling ``*classmap*.csv`` (KMNIST: ``index,codepoint,
char``), Fashion-MNIST's names when the name says "fashion", or the numbers 0..K-1.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from guiapp.core.datasets.base import Dataset, DatasetError
from guiapp.core.datasets.limits import class_count
from guiapp.core.datasets.npzfile import NpzFile as _Npz
from guiapp.core.datasets.classnames import FASHION_CLASSES, find_classmap, read_classmap, unique_names
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.text import Text

EXPORT_KEYS = ("images", "labels", "classes")
KERAS_KEYS = ("x_train", "y_train", "x_test", "y_test")
_KMNIST_FILE = re.compile(r"^(?P<prefix>.*?)(?P<split>train|test)-(?P<kind>imgs|labels)\.npz$", re.I)


# -- reading arrays -----------------------------------------------------------------------------------------------


def _as_images(array: np.ndarray, path: Path, key: str) -> np.ndarray:
    """Any reasonable image stack → (N, H, W) uint8 (no copy when it already is one)."""
    where = Text("{0}: array {1!r}", path, key)
    if array.dtype.kind not in "buif":
        raise DatasetError(Text("{0} has data type {1}; expected numbers", where, array.dtype))
    if array.ndim == 4:
        if array.shape[-1] == 1:
            array = array[..., 0]
        elif array.shape[1] == 1:
            array = array[:, 0]
        elif array.shape[-1] in (3, 4):
            rgb = array[..., :3].astype(np.float32)
            array = rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114
        else:
            raise DatasetError(Text("{0} has shape {1}; expected (N, H, W), (N, H, W, 1) or (N, H, W, 3)",
                                    where, array.shape))
    elif array.ndim == 2:  # flattened square images, e.g. (N, 784)
        side = int(round(np.sqrt(array.shape[1]))) if array.shape[1] else 0
        if side == 0 or side * side != array.shape[1]:
            raise DatasetError(Text("{0} has shape {1}; expected (N, H, W)", where, array.shape))
        array = array.reshape(len(array), side, side)
    if array.ndim != 3:
        raise DatasetError(Text("{0} has shape {1}; expected (N, H, W)", where, array.shape))
    if array.dtype == np.uint8:
        return array
    if array.dtype == np.bool_:
        return array.astype(np.uint8) * np.uint8(255)
    if array.dtype.kind == "f":
        if array.size and not np.isfinite(array).all():
            raise DatasetError(Text("{0} contains NaN or infinite values", where))
        scale = 255.0 if array.size == 0 or float(array.max()) <= 1.0 else 1.0
        return np.clip(np.rint(array * scale), 0, 255).astype(np.uint8)
    if array.size and (array.min() < 0 or array.max() > 255):
        raise DatasetError(Text("{0} values run from {1} to {2}; expected 0..255 or 0..1",
                                where, array.min(), array.max()))
    return array.astype(np.uint8)


def _ink_bright(images: np.ndarray) -> np.ndarray:
    """Dark-on-light stacks (paper ≈ 255 at the border) are inverted to coverage; MNIST-like ones pass as is."""
    if images.size == 0 or min(images.shape[1:]) < 3:
        return images
    sample = images[:: max(1, len(images) // 512)]
    border = np.concatenate(
        [sample[:, 0, :].ravel(), sample[:, -1, :].ravel(), sample[:, :, 0].ravel(), sample[:, :, -1].ravel()]
    )
    if np.median(border) > 127:
        return 255 - images
    return images


def _as_labels(array: np.ndarray, path: Path, key: str) -> np.ndarray:
    where = Text("{0}: array {1!r}", path, key)
    if array.ndim == 2 and array.shape[1] == 1:
        array = array[:, 0]
    elif array.ndim == 2 and array.shape[1] > 1 and array.dtype.kind in "buif":
        # one-hot rows
        if array.size and (np.all((array == 0) | (array == 1)) and np.all(array.sum(axis=1) == 1)):
            array = array.argmax(axis=1)
        else:
            raise DatasetError(Text("{0} has shape {1}; expected one label per image", where, array.shape))
    if array.ndim != 1:
        raise DatasetError(Text("{0} has shape {1}; expected one label per image", where, array.shape))
    if array.dtype.kind not in "buif":
        raise DatasetError(Text("{0} has data type {1}; expected integer labels", where, array.dtype))
    if array.dtype.kind == "f" and array.size and (not np.isfinite(array).all() or np.any(array != np.round(array))):
        raise DatasetError(Text("{0} holds fractional labels; expected whole numbers", where))
    if array.size and array.min() < 0:
        raise DatasetError(Text("{0} holds negative labels (minimum {1})", where, array.min()))
    return array.astype(np.int64)


def _check_counts(images: np.ndarray, labels: np.ndarray, path: Path, what: str) -> None:
    if len(images) != len(labels):
        raise DatasetError(Text("{0}: {1:,} images but {2:,} labels ({3})", path, len(images), len(labels), what))


def _strings(array: np.ndarray, path: Path, key: str) -> list[str]:
    if array.dtype.kind == "U":
        return [str(s) for s in array.reshape(-1)]
    if array.dtype.kind == "S":
        try:
            return [bytes(s).decode("utf-8") for s in array.reshape(-1)]
        except UnicodeDecodeError:
            raise DatasetError(Text("{0}: array {1!r} is not valid UTF-8 text", path, key)) from None
    raise DatasetError(Text("{0}: array {1!r} must hold text (class names), found {2}", path, key, array.dtype))


# -- flavours -----------------------------------------------------------------------------------------------------


@dataclass
class _Loaded:
    images: np.ndarray
    labels: np.ndarray
    classes: list[str] | None = None
    predefined_test: np.ndarray | None = None
    spec: PreprocessSpec | None = None
    name: str | None = None


def _read_export(f: _Npz) -> _Loaded:
    images = _as_images(f["images"], f.path, "images")
    labels = _as_labels(f["labels"], f.path, "labels")
    _check_counts(images, labels, f.path, "arrays 'images' and 'labels'")
    loaded = _Loaded(images, labels)
    if "classes" in f:
        loaded.classes = _strings(f["classes"], f.path, "classes")
    if "predefined_test" in f:
        mask = f["predefined_test"]
        if mask.shape != labels.shape:
            raise DatasetError(Text("{0}: array 'predefined_test' has shape {1}, expected {2}",
                                    f.path, mask.shape, labels.shape))
        loaded.predefined_test = mask.astype(bool)
    if "spec" in f:
        try:
            loaded.spec = PreprocessSpec.from_dict(json.loads(_strings(f["spec"], f.path, "spec")[0]))
        except (ValueError, TypeError, IndexError) as exc:
            raise DatasetError(Text("{0}: array 'spec' is not a valid preprocessing spec ({1})", f.path, exc)) from None
    if "name" in f:
        names = _strings(f["name"], f.path, "name")
        loaded.name = names[0] if names else None
    return loaded


def _read_keras(f: _Npz) -> _Loaded:
    train = _as_images(f["x_train"], f.path, "x_train")
    train_labels = _as_labels(f["y_train"], f.path, "y_train")
    _check_counts(train, train_labels, f.path, "x_train and y_train")
    if "x_test" not in f or "y_test" not in f:
        return _Loaded(_ink_bright(train), train_labels)
    test = _as_images(f["x_test"], f.path, "x_test")
    test_labels = _as_labels(f["y_test"], f.path, "y_test")
    _check_counts(test, test_labels, f.path, "x_test and y_test")
    return _combine(f.path, (train, train_labels), (test, test_labels))


def _combine(path: Path, train: tuple, test: tuple) -> _Loaded:
    if train[0].shape[1:] != test[0].shape[1:]:
        raise DatasetError(
            Text("{0}: test images are {1} but training images are {2}", path, test[0].shape[1:], train[0].shape[1:])
        )
    images = np.concatenate([train[0], test[0]])
    labels = np.concatenate([train[1], test[1]])
    mask = np.zeros(len(labels), bool)
    mask[len(train[1]) :] = True
    return _Loaded(_ink_bright(images), labels, predefined_test=mask)


def _single_images(f: _Npz) -> np.ndarray:
    key = "arr_0" if "arr_0" in f else f.keys[0]
    return _as_images(f[key], f.path, key)


def _read_labels_file(path: Path) -> np.ndarray:
    with _Npz(path) as f:
        for key in ("arr_0", "labels", "y", "y_train"):
            if key in f:
                return _as_labels(f[key], path, key)
        if len(f.keys) == 1:
            return _as_labels(f[f.keys[0]], path, f.keys[0])
        raise DatasetError(Text("{0}: no labels array 'arr_0' (arrays found: {1})", path, ', '.join(f.keys) or 'none'))


def _sibling(folder: Path, name: str) -> Path | None:
    """``folder/name``, matched case-insensitively."""
    exact = folder / name
    if exact.is_file():
        return exact
    try:
        for p in folder.iterdir():
            if p.name.lower() == name.lower() and p.is_file():
                return p
    except OSError:
        pass
    return None


def _read_kmnist(path: Path, f: _Npz) -> _Loaded:
    """KMNIST/K49 layout: ``<p>train-imgs.npz``, ``<p>train-labels.npz``, ``<p>test-imgs.npz``, …"""
    m = _KMNIST_FILE.match(path.name)
    if not m or m["kind"].lower() != "imgs":
        raise DatasetError(
            Text("{0}: holds only {1} and no labels; expected labels as 'arr_1', or a sibling file named like "
                 "<name>-train-labels.npz beside <name>-train-imgs.npz", path, ', '.join(repr(k) for k in f.keys))
        )
    prefix, split = m["prefix"], m["split"].lower()
    parts = {}
    for s in ("train", "test"):
        imgs = path if s == split else _sibling(path.parent, f"{prefix}{s}-imgs.npz")
        labels = _sibling(path.parent, f"{prefix}{s}-labels.npz")
        if imgs is None:
            continue
        if labels is None:
            if s == split:
                raise DatasetError(Text("{0}: no labels file {1}{2}-labels.npz beside it", path, prefix, s))
            continue
        if imgs == path:
            images = _single_images(f)
        else:
            with _Npz(imgs) as g:
                images = _single_images(g)
        label_array = _read_labels_file(labels)
        _check_counts(images, label_array, imgs, labels.name)
        parts[s] = (images, label_array)
    if len(parts) == 2:
        return _combine(path, parts["train"], parts["test"])
    images, labels = parts[split]
    return _Loaded(_ink_bright(images), labels)


def _pick_file(folder: Path) -> Path:
    try:
        files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".npz"
                       and not p.name.startswith("."))
    except OSError as exc:
        raise DatasetError(Text("{0}: cannot list the folder ({1})", folder, exc.strerror or exc)) from None
    if not files:
        raise DatasetError(Text("{0}: no .npz files in this folder", folder))
    if len(files) == 1:
        return files[0]
    groups: dict[str, list[Path]] = {}
    for p in files:
        m = _KMNIST_FILE.match(p.name)
        if m and m["kind"].lower() == "imgs":
            groups.setdefault(m["prefix"].lower(), []).append(p)
    if len(groups) == 1:
        chosen = next(iter(groups.values()))
        return next((p for p in chosen if "train" in p.name.lower()), chosen[0])
    raise DatasetError(
        Text("{0}: holds several .npz files ({1}); open one of them", folder, ', '.join(p.name for p in files[:8]))
    )


def load_npz_dataset(path: str | Path, name: str | None = None) -> Dataset:
    """Load an ``.npz`` dataset (or the only one in a folder); see the module docstring for the layouts."""
    path = Path(path)
    if path.is_dir():
        path = _pick_file(path)
    elif not path.exists():
        raise DatasetError(Text("{0}: no such file", path))
    m = _KMNIST_FILE.match(path.name)
    if m and m["kind"].lower() == "labels":
        imgs = _sibling(path.parent, f"{m['prefix']}{m['split']}-imgs.npz")
        if imgs is None:
            raise DatasetError(Text("{0}: this is a labels file and no matching …-imgs.npz lies beside it", path))
        path = imgs

    with _Npz(path) as f:
        keys = set(f.keys)
        if {"images", "labels"} <= keys:
            loaded = _read_export(f)
        elif {"x_train", "y_train"} <= keys:
            loaded = _read_keras(f)
        elif {"arr_0", "arr_1"} <= keys:
            images = _as_images(f["arr_0"], path, "arr_0")
            labels = _as_labels(f["arr_1"], path, "arr_1")
            _check_counts(images, labels, path, "arrays 'arr_0' and 'arr_1'")
            loaded = _Loaded(_ink_bright(images), labels)
        elif "arr_0" in keys:
            loaded = _read_kmnist(path, f)
        else:
            raise DatasetError(
                Text("{0}: not a recognized dataset: arrays found: {1}; expected 'images'+'labels' (+'classes'), "
                     "'x_train'+'y_train' (+'x_test'+'y_test'), 'arr_0'+'arr_1', or 'arr_0' with a sibling "
                     "…-labels.npz", path, ', '.join(sorted(keys)) or 'none')
            )

    images, labels = loaded.images, loaded.labels
    if len(labels) == 0:
        raise DatasetError(Text("{0}: holds no images", path))
    n_classes = class_count(labels, path)
    prefix = m["prefix"] if m else path.stem
    classes = loaded.classes
    if classes is not None:
        if len(classes) < n_classes:
            raise DatasetError(
                Text("{0}: labels run up to {1} but only {2} class names are given", path, n_classes - 1, len(classes))
            )
        if len(set(classes)) != len(classes):
            raise DatasetError(Text("{0}: duplicate class names in 'classes'", path))
    else:
        classmap = find_classmap(path.parent, prefix)
        names = read_classmap(classmap) if classmap is not None else None
        if names is not None and len(names) >= n_classes:
            classes = unique_names(names)
        elif "fashion" in (path.parent.name + " " + path.name).lower() and n_classes <= len(FASHION_CLASSES):
            classes = list(FASHION_CLASSES)
        else:
            classes = [str(i) for i in range(n_classes)]

    height, width = images.shape[1:]
    spec = loaded.spec
    if spec is None:
        try:
            spec = PreprocessSpec(height=height, width=width, fit="resize", fit_size=min(20, height, width))
        except ValueError as exc:
            raise DatasetError(Text("{0}: images of {1}×{2} pixels are not supported ({3})",
                                    path, height, width, exc)) from None
    if name is None:
        name = loaded.name or (prefix.rstrip("-_ .") if m else path.stem) or path.stem
    return Dataset(
        name=name,
        classes=classes,
        images=images,
        labels=labels,
        spec=spec,
        source=str(path),
        kind="file",
        read_only=True,
        predefined_test=loaded.predefined_test,
    )
