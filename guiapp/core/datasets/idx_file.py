"""One MNIST-format IDX file: a 4-byte magic ``00 00 <dtype> <ndim>``, ``ndim`` big-endian uint32 dimensions, then
the payload in C order, big-endian. Sizes are checked before anything is allocated, and an image file is read
straight into a slice of a preallocated array (``readinto``). Finding and loading a folder of them is ``idx``."""

from __future__ import annotations

import gzip
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from guiapp.core.datasets.base import DatasetError
from guiapp.core.datasets.limits import check_declared
from guiapp.core.text import Text


# IDX dtype code → numpy dtype (big-endian where it matters).
IDX_DTYPES: dict[int, np.dtype] = {
    0x08: np.dtype(np.uint8),
    0x09: np.dtype(np.int8),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}

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


def read_images_into(path: Path, out: np.ndarray, header: IdxHeader, transpose: bool) -> None:
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


def read_labels_into(path: Path, out: np.ndarray) -> None:
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


__all__ = ["IDX_DTYPES", "IdxHeader", "read_idx", "read_idx_header", "read_images_into", "read_labels_into"]
