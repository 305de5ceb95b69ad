"""MNIST-format IDX files (``train-images-idx3-ubyte[.gz]`` and friends): MNIST, Fashion-MNIST, KMNIST, EMNIST.

A train+test pair of image files is read straight into one preallocated array (``idx_file``: one file's format
and its checks), so loading Fashion-MNIST costs one decompression and no concatenation copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from guiapp.core.datasets.base import Dataset, DatasetError
from guiapp.core.datasets.idx_file import read_idx_header, read_images_into, read_labels_into
from guiapp.core.datasets.limits import MAX_CLASSES, check_declared, class_count
from guiapp.core.datasets.classnames import (
    FASHION_CLASSES,
    find_classmap,
    mapping_from_argument,
    read_classmap,
    read_emnist_mapping,
    unique_names,
)
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.text import Plural, Text


# <prefix><split>-images-idx3-ubyte[.gz]; "images.idx3" (a dot) also occurs in the wild.
_IMAGE_NAME = re.compile(r"^(?P<prefix>.*?)(?P<split>train|t10k|test)-images[-.]idx3-ubyte(?P<gz>\.gz)?$", re.I)
_LABEL_NAME = re.compile(r"^(?P<prefix>.*?)(?P<split>train|t10k|test)-labels[-.]idx1-ubyte(?P<gz>\.gz)?$", re.I)

# -- dataset discovery ------------------------------------------------------------------------------------------


@dataclass
class _Pair:
    split: str  # "train" | "test"
    images: Path
    labels: Path


def _split_name(split: str) -> str:
    return "train" if split.lower() == "train" else "test"


def _find_groups(folder: Path, asked: Path | None = None) -> dict[str, dict[str, _Pair]]:
    """{prefix: {"train"|"test": pair}} for every images file that has a matching labels file. ``asked``: the
    images file the person chose, named when it is one of those without labels (not another file beside it)."""
    try:
        names = sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    except OSError as exc:
        raise DatasetError(Text("{0}: cannot list the folder ({1})", folder, exc.strerror or exc)) from None
    labels: dict[tuple[str, str], str] = {}
    for name in names:
        m = _LABEL_NAME.match(name)
        if m:
            key = (m["prefix"].lower(), _split_name(m["split"]))
            labels.setdefault(key, name)  # plain and .gz both present: the sorted order picks the plain one
    groups: dict[str, dict[str, _Pair]] = {}
    orphans = []
    for name in names:
        m = _IMAGE_NAME.match(name)
        if not m:
            continue
        key = (m["prefix"].lower(), _split_name(m["split"]))
        if key not in labels:
            orphans.append(name)
            continue
        group = groups.setdefault(key[0], {})
        group.setdefault(key[1], _Pair(key[1], folder / name, folder / labels[key]))
    if not groups:
        if orphans:
            orphan = asked.name if asked is not None and asked.name in orphans else orphans[0]
            raise DatasetError(Text("{0}: no matching labels file (…-labels-idx1-ubyte[.gz]) found",
                                    folder / orphan))
        raise DatasetError(
            Text("{0}: no IDX image/label files found (expected names like train-images-idx3-ubyte.gz and "
                 "train-labels-idx1-ubyte.gz)", folder)
        )
    return groups


def _spec(height: int, width: int, source: str) -> PreprocessSpec:
    try:
        return PreprocessSpec(height=height, width=width, fit="resize", fit_size=min(20, height, width))
    except ValueError as exc:
        raise DatasetError(Text("{0}: images of {1}×{2} pixels are not supported ({3})",
                                source, height, width, exc)) from None


def load_idx_dataset(
    path: str | Path,
    name: str | None = None,
    emnist: bool = False,
    mapping=None,
) -> Dataset:
    """Load an IDX dataset: a folder holding ``train-…``/``t10k-…`` (or EMNIST ``…-train-…``/``…-test-…``)
    image and label files, or one images file (its group: that file's pair plus its train/test counterpart).

    Train and test are combined; ``predefined_test`` marks the test part when both are present. EMNIST files
    (detected by name, or ``emnist=True``) are transposed back to upright and named from ``*-mapping.txt``.
    ``mapping`` overrides class names: a mapping file path, ``{label: name or codepoint}`` or a list of names.
    """
    path = Path(path)
    if path.is_dir():
        folder = path
        groups = _find_groups(folder)
        if len(groups) > 1:
            found = ", ".join(sorted(f"{p or '(no prefix)'}" for p in groups))
            raise DatasetError(
                Text("{0}: holds several IDX datasets ({1}); choose one by opening its images file", folder, found)
            )
        prefix, group = next(iter(groups.items()))
    elif path.is_file():
        folder = path.parent
        m = _IMAGE_NAME.match(path.name)
        if not m:
            if _LABEL_NAME.match(path.name):
                raise DatasetError(Text("{0}: this is a labels file; open the matching images file", path))
            raise DatasetError(
                Text("{0}: not an IDX images file name (expected …train-images-idx3-ubyte, …t10k-images-idx3-ubyte or "
                     "…test-images-idx3-ubyte, with or without .gz)", path)
            )
        prefix = m["prefix"].lower()
        groups = _find_groups(folder, asked=path)
        group = dict(groups.get(prefix, {})) if prefix in groups else {}
        chosen = _split_name(m["split"])
        if chosen not in group:
            raise DatasetError(Text("{0}: no matching labels file (…-labels-idx1-ubyte[.gz]) found beside it", path))
        # the very file asked for, even where a .gz and a plain copy both exist
        group[chosen] = _Pair(chosen, path, group[chosen].labels)
    else:
        raise DatasetError(Text("{0}: no such file or folder", path))

    pairs = [group[s] for s in ("train", "test") if s in group]
    is_emnist = emnist or "emnist" in prefix or "emnist" in pairs[0].images.name.lower()

    # Headers first: shapes, counts and sizes are all checked before the one allocation.
    headers = []
    for pair in pairs:
        header = read_idx_header(pair.images)
        if len(header.shape) != 3:
            raise DatasetError(Text("{0}: an images file must hold 3 dimensions (N, H, W), found {1}",
                                    pair.images, header.shape))
        label_header = read_idx_header(pair.labels)
        if len(label_header.shape) != 1:
            raise DatasetError(Text("{0}: a label file must hold one dimension, found {1}",
                                    pair.labels, label_header.shape))
        if label_header.shape[0] != header.shape[0]:
            raise DatasetError(
                Text("{0}: {1:,} images but {2} holds {3:,} labels",
                     pair.images, header.shape[0], pair.labels.name, label_header.shape[0])
            )
        headers.append(header)
    shapes = {h.shape[1:] for h in headers}
    if len(shapes) > 1:
        raise DatasetError(
            Text("{0}: image size {1} differs from {2}'s {3}",
                 pairs[1].images, headers[1].shape[1:], pairs[0].images.name, headers[0].shape[1:])
        )
    height, width = headers[0].shape[1:]
    if is_emnist:
        height, width = width, height
    counts = [h.shape[0] for h in headers]
    total = sum(counts)
    if total == 0:
        raise DatasetError(Text("{0}: holds no images", pairs[0].images))
    check_declared(Plural("{0}: %Ln image(s) of {1}×{2}", "", total, pairs[0].images, height, width),
                   total * height * width, None, Text("pixels"))

    images = np.empty((total, height, width), np.uint8)
    labels = np.empty(total, np.int64)
    start = 0
    for pair, header, n in zip(pairs, headers, counts):  # each payload lands straight in its slice: no concatenation
        read_images_into(pair.images, images[start : start + n], header, transpose=is_emnist)
        read_labels_into(pair.labels, labels[start : start + n])
        start += n

    predefined_test = None
    if len(pairs) == 2:
        predefined_test = np.zeros(total, bool)
        predefined_test[counts[0] :] = True

    source = str(path)
    classes, labels = _class_names(folder, prefix, labels, is_emnist, mapping, pairs[0].images)
    if name is None:
        name = prefix.strip("-_ .") or folder.name or pairs[0].images.stem
    return Dataset(
        name=name,
        classes=classes,
        images=images,
        labels=labels,
        spec=_spec(height, width, source),
        source=source,
        kind="file",
        read_only=True,
        predefined_test=predefined_test,
    )


def _class_names(folder: Path, prefix: str, labels: np.ndarray, is_emnist: bool, mapping, first: Path):
    """(class names, labels) — labels are remapped to 0..K-1 when the mapping's labels are not."""
    n_classes = class_count(labels, first)
    table: dict[int, str] | None = None
    if mapping is not None:
        table = mapping_from_argument(mapping, str(first))
    elif is_emnist:
        candidates = sorted(folder.glob(f"{prefix}mapping.txt")) or sorted(folder.glob("*mapping.txt"))
        if prefix:
            candidates = [c for c in candidates if c.name.lower().startswith(prefix)] or candidates
        if candidates:
            table = read_emnist_mapping(candidates[0])
    else:

        classmap = find_classmap(folder, prefix)
        if classmap is not None:
            names = read_classmap(classmap)
            if len(names) >= n_classes:
                return unique_names(names), labels
    if table is not None:
        keys = sorted(table)
        present = np.unique(labels)
        missing = sorted(set(present.tolist()) - set(keys))
        if missing:
            raise DatasetError(Text("{0}: labels {1} have no entry in the class mapping", first, missing[:10]))
        if keys and (keys[0] < 0 or keys[-1] >= MAX_CLASSES):
            raise DatasetError(Text("{0}: the class mapping holds the label {1:,}, beyond the {2:,} classes Inkling "
                                    "supports", first, keys[-1], MAX_CLASSES))
        names = unique_names([table[k] for k in keys])
        if keys == list(range(len(keys))):
            return names, labels
        lut = np.zeros(max(keys) + 1, np.int64)
        lut[keys] = np.arange(len(keys))
        return names, lut[labels]
    where = (folder.name + " " + first.name).lower()
    if "fashion" in where and n_classes <= len(FASHION_CLASSES):
        return list(FASHION_CLASSES), labels
    return [str(i) for i in range(n_classes)], labels
