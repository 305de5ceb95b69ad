"""MNIST-format IDX files (``train-images-idx3-ubyte[.gz]`` and friends): MNIST, Fashion-MNIST, KMNIST, EMNIST.

An IDX file is a 4-byte magic ``00 00 <dtype> <ndim>``, ``ndim`` big-endian uint32 dimensions, then the payload
in C order, big-endian. Sizes are checked before anything is allocated, and a train+test pair of image files is
read straight into one preallocated array (``readinto``), so loading Fashion-MNIST costs one decompression and
no concatenation copy.
"""

from __future__ import annotations

import gzip
import re
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from guiapp.core.datasets.base import Dataset, DatasetError
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


# IDX dtype code → numpy dtype (big-endian where it matters).
IDX_DTYPES: dict[int, np.dtype] = {
    0x08: np.dtype(np.uint8),
    0x09: np.dtype(np.int8),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}

# <prefix><split>-images-idx3-ubyte[.gz]; "images.idx3" (a dot) also occurs in the wild.
_IMAGE_NAME = re.compile(r"^(?P<prefix>.*?)(?P<split>train|t10k|test)-images[-.]idx3-ubyte(?P<gz>\.gz)?$", re.I)
_LABEL_NAME = re.compile(r"^(?P<prefix>.*?)(?P<split>train|t10k|test)-labels[-.]idx1-ubyte(?P<gz>\.gz)?$", re.I)
_CHUNK = 1 << 24  # bytes per readinto call


@dataclass(frozen=True)
class IdxHeader:
    dtype: np.dtype
    shape: tuple[int, ...]
    header_bytes: int

    @property
    def payload_bytes(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64)) * self.dtype.itemsize if self.shape else self.dtype.itemsize


def _open(path: Path):
    """Binary stream of the file's content, gunzipping ``.gz`` files (detected by magic, not only by name)."""
    try:
        raw = open(path, "rb")
    except OSError as exc:
        raise DatasetError(Text("{0}: cannot open ({1})", path, exc.strerror or exc)) from None
    magic = raw.read(2)
    raw.seek(0)
    if magic == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=raw, mode="rb"), raw
    return raw, raw


def _read_exact(stream, path: Path, n: int, what: str) -> bytes:
    data = _guarded_read(lambda: stream.read(n), path)
    if len(data) != n:
        raise DatasetError(Text("{0}: truncated {1}: expected {2} bytes, found {3}", path, what, n, len(data)))
    return data


def _guarded_read(fn, path: Path):
    try:
        return fn()
    except EOFError:
        raise DatasetError(Text("{0}: the gzip stream is truncated (compressed data ends early)", path)) from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise DatasetError(Text("{0}: corrupt gzip data ({1})", path, str(exc))) from None
    except OSError as exc:
        raise DatasetError(Text("{0}: read error ({1})", path, exc)) from None


def _read_header(stream, path: Path) -> IdxHeader:
    magic = _read_exact(stream, path, 4, Text("header"))
    if magic[0] != 0 or magic[1] != 0:
        raise DatasetError(
            Text("{0}: not an IDX file (magic bytes {1}; an IDX file starts with 00 00 <type> <dims>)",
                 path, magic.hex(' '))
        )
    code, ndim = magic[2], magic[3]
    if code not in IDX_DTYPES:
        raise DatasetError(Text("{0}: unknown IDX data type code 0x{1:02X} (known: 08 09 0B 0C 0D 0E)", path, code))
    if not 1 <= ndim <= 4:
        raise DatasetError(Text("{0}: IDX file declares {1} dimensions; expected 1 to 4", path, ndim))
    dims = struct.unpack(f">{ndim}I", _read_exact(stream, path, 4 * ndim, Text("header")))
    dtype = IDX_DTYPES[code]
    total = dtype.itemsize
    for d in dims:  # Python ints: no overflow
        total *= d
    # Plain files are checked exactly against their size (_check_plain_size); gzip ones by the ratio rule.
    stored = None
    if isinstance(stream, gzip.GzipFile):
        try:
            stored = path.stat().st_size
        except OSError:
            stored = 0
    check_declared(Text("{0}: its header ({1})", path, "×".join(map(str, dims))), total, stored)
    return IdxHeader(dtype, tuple(dims), 4 + 4 * ndim)


def _check_plain_size(path: Path, stream, raw, header: IdxHeader) -> None:
    """For uncompressed files the size is known up front: report truncation before reading."""
    if stream is not raw:
        return
    try:
        found = path.stat().st_size - header.header_bytes
    except OSError:
        return
    if found < header.payload_bytes:
        raise DatasetError(
            Text("{0}: truncated: expected {1:,} bytes of data (as the header declares), found {2:,}",
                 path, header.payload_bytes, found)
        )


def _byte_view(array: np.ndarray) -> np.ndarray:
    """Flat uint8 view of a C-contiguous array (no copy; works for zero-size arrays, unlike memoryview.cast)."""
    return array.reshape(-1).view(np.uint8)


def _fill(stream, path: Path, target: np.ndarray, expected: int) -> None:
    got = 0
    while got < expected:
        n = _guarded_read(lambda: stream.readinto(target[got : min(expected, got + _CHUNK)]), path)
        if not n:
            break
        got += n
    if got != expected:
        raise DatasetError(
            Text("{0}: truncated: expected {1:,} bytes of data (as the header declares), found {2:,}",
                 path, expected, got)
        )
    extra = _guarded_read(lambda: stream.read(1), path)
    if extra:
        raise DatasetError(Text("{0}: has data past the {1:,} bytes its header declares (corrupt or not IDX)",
                                path, expected))


def read_idx_header(path: str | Path) -> IdxHeader:
    path = Path(path)
    stream, raw = _open(path)
    with raw, stream:
        return _read_header(stream, path)


def read_idx(path: str | Path) -> np.ndarray:
    """The array stored in one IDX file (``.gz`` or plain), in native byte order."""
    path = Path(path)
    stream, raw = _open(path)
    with raw, stream:
        header = _read_header(stream, path)
        _check_plain_size(path, stream, raw, header)
        out = np.empty(header.shape, header.dtype.newbyteorder("="))
        buffer = np.empty(header.shape, header.dtype) if header.dtype.byteorder == ">" else out
        _fill(stream, path, _byte_view(buffer), header.payload_bytes)
        if buffer is not out:
            out[...] = buffer
    return out


def _read_images_into(path: Path, out: np.ndarray, header: IdxHeader, transpose: bool) -> None:
    """Payload of an image file → ``out`` (uint8, (n, H, W)), converting dtype/orientation where needed."""
    stream, raw = _open(path)
    with raw, stream:
        _read_header(stream, path)
        _check_plain_size(path, stream, raw, header)
        if header.dtype == np.uint8 and not transpose:
            _fill(stream, path, _byte_view(out), header.payload_bytes)
            return
        buffer = np.empty(header.shape, header.dtype)
        _fill(stream, path, _byte_view(buffer), header.payload_bytes)
    values = _to_uint8(buffer, path)
    out[...] = values.transpose(0, 2, 1) if transpose else values


def _to_uint8(values: np.ndarray, path: Path) -> np.ndarray:
    if values.dtype == np.uint8:
        return values
    if values.dtype.kind == "f":
        if not np.isfinite(values).all():
            raise DatasetError(Text("{0}: image values include NaN or infinity", path))
        scale = 255.0 if values.max(initial=0) <= 1.0 else 1.0
        return np.clip(np.rint(values * scale), 0, 255).astype(np.uint8)
    if values.min(initial=0) < 0 or values.max(initial=0) > 255:
        raise DatasetError(Text("{0}: image values run from {1} to {2}; expected 0..255",
                                path, values.min(), values.max()))
    return values.astype(np.uint8)


def _read_labels_into(path: Path, out: np.ndarray) -> None:
    labels = _read_labels(path)
    if len(labels) != len(out):  # the header was checked already; the file changed underneath us
        raise DatasetError(Text("{0}: holds {1:,} labels, expected {2:,}", path, len(labels), len(out)))
    out[...] = labels


def _read_labels(path: Path) -> np.ndarray:
    labels = read_idx(path)
    if labels.ndim != 1:
        raise DatasetError(Text("{0}: a label file must hold one dimension, found shape {1}", path, labels.shape))
    if labels.dtype.kind == "f":
        if not np.all(np.isfinite(labels)) or np.any(labels != np.round(labels)):
            raise DatasetError(Text("{0}: labels must be whole numbers", path))
    if len(labels) and labels.min() < 0:
        raise DatasetError(Text("{0}: labels must not be negative (found {1})", path, labels.min()))
    return labels.astype(np.int64)


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
        _read_images_into(pair.images, images[start : start + n], header, transpose=is_emnist)
        _read_labels_into(pair.labels, labels[start : start + n])
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
