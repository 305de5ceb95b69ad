"""Hostile and broken dataset files (#16): every failure is one DatasetError line naming the file, and declared
sizes are refused from headers before anything of that size is allocated."""

from __future__ import annotations

import io
import tracemalloc
import zipfile

import numpy as np
import pytest

from guiapp.core.datasets.base import DatasetError
from guiapp.core.datasets.npz import load_npz_dataset


def _npy(array) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=True)
    return buffer.getvalue()


def _npz(path, members: dict[str, bytes], compress=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compress) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _header(shape, descr="|u1") -> bytes:
    text = "{'descr': '%s', 'fortran_order': False, 'shape': %r, }" % (descr, tuple(shape))
    text += " " * (63 - (len(text) + 10) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + len(text).to_bytes(2, "little") + text.encode()


def _refused(path, *fragments):
    tracemalloc.start()
    try:
        with pytest.raises(DatasetError) as info:
            load_npz_dataset(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = str(info.value)
    assert str(path) in message and "\n" not in message, message
    for fragment in fragments:
        assert fragment in message, message
    assert peak < 32 << 20, peak  # refused before allocating what the file declares
    return message


LABELS = _npy(np.arange(3, dtype=np.uint8))


def test_unclosed_header_dict(tmp_path):
    broken = _header((3, 4, 4)).replace(b"}", b" ")
    _refused(_npz(tmp_path / "a.npz", {"arr_0.npy": broken + bytes(48), "arr_1.npy": LABELS}), "'arr_0'", "not a readable")


def test_member_named_npy_that_is_not_npy(tmp_path):
    _refused(_npz(tmp_path / "a.npz", {"arr_0.npy": b"hello, not numpy" * 4, "arr_1.npy": LABELS}), "'arr_0'")


def test_header_declaring_absurd_elements(tmp_path):
    path = _npz(tmp_path / "a.npz", {"arr_0.npy": _header((10**9, 28, 28)) + bytes(64), "arr_1.npy": LABELS})
    _refused(path, "'arr_0'")


def test_zero_size_items_of_absurd_count(tmp_path):
    path = _npz(tmp_path / "a.npz", {"images.npy": _header((10**15,), "<U0"), "labels.npy": LABELS})
    _refused(path, "'images'")


def test_compressed_zeros_beyond_the_ratio_are_refused(tmp_path):
    """A 5 MB file of compressed zeros held 5.4 GB; now what it may unpack to is bounded by its size."""
    zeros = np.zeros((120_000, 28, 28), np.uint8)  # 94 MB of pixels in well under 200 KB
    path = _npz(tmp_path / "zeros.npz", {"arr_0.npy": _npy(zeros), "arr_1.npy": _npy(np.zeros(120_000, np.uint8))})
    assert path.stat().st_size < 300_000
    _refused(path, "compression can hold")


def test_pickled_npy_renamed_npz_is_refused_as_pickled(tmp_path):
    path = tmp_path / "evil.npz"
    path.write_bytes(_npy(np.array([{"a": 1}], dtype=object)))
    _refused(path, "pickled")


def test_object_member_is_refused_as_pickled(tmp_path):
    path = _npz(tmp_path / "a.npz", {"arr_0.npy": _npy(np.array([None, 1], dtype=object)), "arr_1.npy": LABELS})
    _refused(path, "pickled")


def test_truncated_member(tmp_path):
    data = _npy(np.ones((3, 8, 8), np.uint8))
    _refused(_npz(tmp_path / "a.npz", {"arr_0.npy": data[:-20], "arr_1.npy": LABELS}), "'arr_0'", "corrupt")


def test_absurd_label_is_refused_not_turned_into_classes(tmp_path):
    labels = np.array([0, 1, 2_000_000_000], np.int64)
    path = _npz(tmp_path / "a.npz", {"arr_0.npy": _npy(np.ones((3, 4, 4), np.uint8)), "arr_1.npy": _npy(labels)})
    _refused(path, "2,000,000,000", "classes")


def test_fortran_order_and_big_endian_arrays_still_load(tmp_path):
    images = np.asfortranarray(np.arange(3 * 4 * 5, dtype=">u2").reshape(3, 4, 5) % 200)
    path = tmp_path / "f.npz"
    np.savez(path, images=images, labels=np.arange(3))
    ds = load_npz_dataset(path)
    np.testing.assert_array_equal(ds.images, images.astype(np.uint8))
