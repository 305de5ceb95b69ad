"""IDX (MNIST-format) reader and dataset loader, on real files written to tmp_path."""

from __future__ import annotations

import gzip
import struct
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guiapp.core.datasets.base import DatasetError
from guiapp.core.datasets.idx import FASHION_CLASSES, load_idx_dataset
from guiapp.core.datasets.idx_file import read_idx

FASHION_DIR = Path("/usr/share/datasets/fashion-mnist")
CODES = {np.dtype(np.uint8): 0x08, np.dtype(np.int8): 0x09, np.dtype(">i2"): 0x0B, np.dtype(">i4"): 0x0C,
         np.dtype(">f4"): 0x0D, np.dtype(">f8"): 0x0E}


def idx_bytes(array: np.ndarray, code: int | None = None, dims=None) -> bytes:
    array = np.asarray(array)
    big = array.astype(array.dtype.newbyteorder(">")) if array.dtype.itemsize > 1 else array
    code = CODES[np.dtype(big.dtype)] if code is None else code
    dims = array.shape if dims is None else dims
    header = struct.pack(">BBBB", 0, 0, code, len(dims)) + struct.pack(f">{len(dims)}I", *dims)
    return header + big.tobytes()


def write(path: Path, data: bytes) -> Path:
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(data, compresslevel=1))
    else:
        path.write_bytes(data)
    return path


def write_pair(folder: Path, split: str, images, labels, gz=True, prefix="") -> tuple[Path, Path]:
    ext = ".gz" if gz else ""
    folder.mkdir(parents=True, exist_ok=True)
    img = write(folder / f"{prefix}{split}-images-idx3-ubyte{ext}", idx_bytes(np.asarray(images, np.uint8)))
    lab = write(folder / f"{prefix}{split}-labels-idx1-ubyte{ext}", idx_bytes(np.asarray(labels, np.uint8)))
    return img, lab


def sample(n: int, h=6, w=5, classes=10, seed=0):
    rng = np.random.default_rng(seed)
    return rng.integers(0, 256, (n, h, w), dtype=np.uint8), rng.permutation(np.arange(n) % classes).astype(np.uint8)


def raises_naming(path: Path, *fragments: str):
    """Context: a DatasetError whose message names ``path`` and contains each fragment."""

    class _Check:
        def __enter__(self):
            self.ctx = pytest.raises(DatasetError)
            self.info = self.ctx.__enter__()
            return self.info

        def __exit__(self, *exc):
            suppressed = self.ctx.__exit__(*exc)
            message = str(self.info.value)
            assert path.name in message, message
            for fragment in fragments:
                assert fragment in message, message
            return suppressed

    return _Check()


# -- read_idx ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("gz", [False, True])
def test_read_idx_uint8_images_and_labels(tmp_path, gz):
    images, labels = sample(7)
    ext = ".gz" if gz else ""
    img = write(tmp_path / f"x-images-idx3-ubyte{ext}", idx_bytes(images))
    lab = write(tmp_path / f"x-labels-idx1-ubyte{ext}", idx_bytes(labels))
    np.testing.assert_array_equal(read_idx(img), images)
    np.testing.assert_array_equal(read_idx(lab), labels)
    assert read_idx(img).dtype == np.uint8


@settings(max_examples=30, deadline=None)
@given(
    dtype=st.sampled_from(list(CODES)),
    shape=st.lists(st.integers(0, 4), min_size=1, max_size=4),
    gz=st.booleans(),
    seed=st.integers(0, 2**16),
)
def test_read_idx_round_trips_every_dtype(tmp_path_factory, dtype, shape, gz, seed):
    rng = np.random.default_rng(seed)
    array = (rng.random(shape) * 100).astype(dtype.newbyteorder("="))
    path = tmp_path_factory.mktemp("idx") / ("a.idx.gz" if gz else "a.idx")
    write(path, idx_bytes(array))
    out = read_idx(path)
    assert out.shape == tuple(shape)
    assert out.dtype.isnative
    np.testing.assert_array_equal(out, array)


def test_truncated_plain_file_says_expected_and_found(tmp_path):
    images, _ = sample(4)
    data = idx_bytes(images)
    path = write(tmp_path / "train-images-idx3-ubyte", data[:-10])
    with raises_naming(path, "truncated", f"{images.nbytes:,}", f"{images.nbytes - 10:,}"):
        read_idx(path)


def test_truncated_gz_payload_and_truncated_gz_stream(tmp_path):
    images, _ = sample(4)
    short = write(tmp_path / "short-images-idx3-ubyte.gz", idx_bytes(images)[:-7])
    with raises_naming(short, "truncated", f"{images.nbytes:,}", f"{images.nbytes - 7:,}"):
        read_idx(short)
    cut = tmp_path / "cut-images-idx3-ubyte.gz"
    cut.write_bytes(gzip.compress(idx_bytes(images))[:-20])
    with raises_naming(cut, "truncated"):
        read_idx(cut)


def test_random_bytes_are_refused(tmp_path):
    rng = np.random.default_rng(3)
    path = tmp_path / "noise-images-idx3-ubyte"
    path.write_bytes(b"\x07" + rng.integers(0, 256, 500, dtype=np.uint8).tobytes())
    with raises_naming(path, "not an IDX file"):
        read_idx(path)
    corrupt_gz = tmp_path / "noise-images-idx3-ubyte.gz"
    corrupt_gz.write_bytes(b"\x1f\x8b\x08\x00" + rng.integers(0, 256, 500, dtype=np.uint8).tobytes())
    with raises_naming(corrupt_gz):
        read_idx(corrupt_gz)


def test_wrong_magic_and_unknown_type_code(tmp_path):
    images, _ = sample(2)
    data = bytearray(idx_bytes(images))
    data[0] = 0x01
    bad = write(tmp_path / "magic-images-idx3-ubyte", bytes(data))
    with raises_naming(bad, "magic"):
        read_idx(bad)
    code = write(tmp_path / "code-images-idx3-ubyte", idx_bytes(images, code=0x42))
    with raises_naming(code, "0x42"):
        read_idx(code)
    dims = bytearray(idx_bytes(images))
    dims[3] = 0
    zero = write(tmp_path / "dims-images-idx3-ubyte", bytes(dims))
    with raises_naming(zero, "dimensions"):
        read_idx(zero)


def test_empty_and_header_only_files(tmp_path):
    empty = write(tmp_path / "empty-images-idx3-ubyte", b"")
    with raises_naming(empty, "expected 4 bytes, found 0"):
        read_idx(empty)
    half = write(tmp_path / "half-images-idx3-ubyte", struct.pack(">BBBB", 0, 0, 8, 3) + b"\x00\x00")
    with raises_naming(half, "truncated header"):
        read_idx(half)


def test_extra_bytes_after_payload_are_refused(tmp_path):
    images, _ = sample(3)
    path = write(tmp_path / "long-images-idx3-ubyte", idx_bytes(images) + b"junk")
    with raises_naming(path, "past"):
        read_idx(path)


@pytest.mark.parametrize("gz", [False, True])
def test_absurd_declared_size_fails_fast_without_allocating(tmp_path, gz):
    dims = (2**31 - 1, 28, 28)  # ~1.7 TB if believed
    name = "huge-images-idx3-ubyte" + (".gz" if gz else "")
    path = write(tmp_path / name, idx_bytes(np.zeros((0,), np.uint8), 8, dims))
    tracemalloc.start()
    try:
        with raises_naming(path, "more than the 2 GiB"):
            read_idx(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * 2**20  # refused from the header: nothing of the declared size was allocated


def test_absurd_dims_in_a_dataset_folder(tmp_path):
    write(tmp_path / "train-images-idx3-ubyte", idx_bytes(np.zeros(0, np.uint8), 8, (4_000_000_000, 1000, 1000)))
    write(tmp_path / "train-labels-idx1-ubyte", idx_bytes(np.zeros(3, np.uint8)))
    with raises_naming(tmp_path / "train-images-idx3-ubyte", "more than the 2 GiB"):
        load_idx_dataset(tmp_path)


# -- load_idx_dataset -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("gz", [False, True])
def test_train_and_test_are_combined_with_predefined_test(tmp_path, gz):
    train_x, train_y = sample(30, seed=1)
    test_x, test_y = sample(10, seed=2)
    write_pair(tmp_path / "digits", "train", train_x, train_y, gz=gz)
    write_pair(tmp_path / "digits", "t10k", test_x, test_y, gz=gz)
    ds = load_idx_dataset(tmp_path / "digits")
    assert ds.name == "digits"
    assert len(ds) == 40 and ds.image_shape == (6, 5)
    np.testing.assert_array_equal(ds.images, np.concatenate([train_x, test_x]))
    np.testing.assert_array_equal(ds.labels, np.concatenate([train_y, test_y]))
    assert ds.predefined_test.tolist() == [False] * 30 + [True] * 10
    assert ds.classes == [str(i) for i in range(10)]
    assert ds.spec.fit == "resize" and (ds.spec.height, ds.spec.width) == (6, 5)
    split = ds.split(validation=0.2, seed=0)
    assert sorted(split.test.tolist()) == list(range(30, 40))


def test_only_a_training_pair_has_no_predefined_test(tmp_path):
    write_pair(tmp_path, "train", *sample(12, classes=4))
    ds = load_idx_dataset(tmp_path)
    assert ds.predefined_test is None
    assert ds.classes == ["0", "1", "2", "3"]


def test_an_image_file_path_loads_its_group(tmp_path):
    img, _ = write_pair(tmp_path, "train", *sample(8, seed=1))
    write_pair(tmp_path, "t10k", *sample(4, seed=2))
    ds = load_idx_dataset(img, name="mine")
    assert ds.name == "mine" and len(ds) == 12 and ds.predefined_test.sum() == 4


def test_an_image_file_without_labels_is_the_one_named(tmp_path):
    """Asked for train-images beside a stray t10k-images, neither with labels: the error named the t10k file."""
    images, labels = write_pair(tmp_path, "train", *sample(8, seed=1))
    labels.unlink()
    stray, stray_labels = write_pair(tmp_path, "t10k", *sample(4, seed=2))
    stray_labels.unlink()
    with raises_naming(images, "no matching labels file") as info:
        load_idx_dataset(images)
    assert stray.name not in str(info.value)


def test_fashion_folder_gets_fashion_class_names(tmp_path):
    write_pair(tmp_path / "Fashion-MNIST", "train", *sample(20))
    ds = load_idx_dataset(tmp_path / "Fashion-MNIST")
    assert ds.classes == FASHION_CLASSES


def test_emnist_is_transposed_and_named_from_its_mapping(tmp_path):
    upright, _ = sample(6, h=4, w=7, seed=5)
    labels = np.array([1, 2, 3, 1, 2, 3], np.uint8)  # EMNIST letters count from 1
    stored = upright.transpose(0, 2, 1)  # EMNIST files hold images transposed
    write(tmp_path / "emnist-letters-train-images-idx3-ubyte.gz", idx_bytes(np.ascontiguousarray(stored)))
    write(tmp_path / "emnist-letters-train-labels-idx1-ubyte.gz", idx_bytes(labels))
    (tmp_path / "emnist-letters-mapping.txt").write_text("1 65 97\n2 66 98\n3 67 99\n")
    ds = load_idx_dataset(tmp_path)
    assert ds.image_shape == (4, 7)
    np.testing.assert_array_equal(ds.images, upright)
    assert ds.images.flags.c_contiguous
    assert ds.classes == ["Aa", "Bb", "Cc"]
    assert ds.labels.tolist() == [0, 1, 2, 0, 1, 2]
    assert ds.name == "emnist-letters"


def test_emnist_balanced_train_and_test(tmp_path):
    x, y = sample(10, h=3, w=3, classes=3, seed=9)
    prefix = "emnist-balanced-"
    write_pair(tmp_path, "train", x.transpose(0, 2, 1).copy(), y, prefix=prefix)
    write_pair(tmp_path, "test", x[:4].transpose(0, 2, 1).copy(), y[:4], prefix=prefix)
    (tmp_path / "emnist-balanced-mapping.txt").write_text("0 48\n1 65\n2 12354\n")
    ds = load_idx_dataset(tmp_path)
    assert ds.classes == ["0", "A", "あ"]
    assert ds.predefined_test.sum() == 4
    np.testing.assert_array_equal(ds.images[:10], x)


def test_mapping_argument_and_emnist_flag(tmp_path):
    x, y = sample(6, h=2, w=3, classes=2)
    write_pair(tmp_path, "train", x.transpose(0, 2, 1).copy(), y)
    ds = load_idx_dataset(tmp_path, emnist=True, mapping=["yes", "no"])
    np.testing.assert_array_equal(ds.images, x)
    assert ds.classes == ["yes", "no"]
    ds = load_idx_dataset(tmp_path, mapping={0: 0x3042, 1: "い"})
    assert ds.classes == ["あ", "い"]


def test_kmnist_idx_folder_uses_its_classmap(tmp_path):
    write_pair(tmp_path, "train", *sample(6, classes=3))
    (tmp_path / "kmnist_classmap.csv").write_text(
        "index,codepoint,char\n0,U+304A,お\n1,U+304D,き\n2,U+3059,す\n", encoding="utf-8"
    )
    assert load_idx_dataset(tmp_path).classes == ["お", "き", "す"]


def test_count_mismatch_names_the_file(tmp_path):
    x, y = sample(5)
    img, _ = write_pair(tmp_path, "train", x, y[:4])
    with raises_naming(img, "5 images", "4 labels"):
        load_idx_dataset(tmp_path)


def test_test_pair_with_different_image_size_is_refused(tmp_path):
    write_pair(tmp_path, "train", *sample(5, h=4, w=4))
    img, _ = write_pair(tmp_path, "t10k", *sample(5, h=5, w=5))
    with raises_naming(img, "differs"):
        load_idx_dataset(tmp_path)


def test_missing_labels_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    with raises_naming(tmp_path / "empty", "no IDX"):
        load_idx_dataset(tmp_path / "empty")
    lonely = write(tmp_path / "train-images-idx3-ubyte.gz", idx_bytes(sample(2)[0]))
    with raises_naming(lonely, "labels"):
        load_idx_dataset(tmp_path)
    with raises_naming(lonely, "labels"):
        load_idx_dataset(lonely)


def test_several_datasets_in_one_folder_must_be_chosen(tmp_path):
    write_pair(tmp_path, "train", *sample(3), prefix="emnist-digits-")
    write_pair(tmp_path, "train", *sample(3), prefix="emnist-mnist-")
    with raises_naming(tmp_path, "several"):
        load_idx_dataset(tmp_path)


def test_truncated_file_inside_a_dataset(tmp_path):
    x, y = sample(10)
    write_pair(tmp_path, "train", x, y)
    img, _ = write_pair(tmp_path, "t10k", x, y)
    img.write_bytes(gzip.compress(idx_bytes(x)[:-100]))
    with raises_naming(img, "truncated", "expected", "found"):
        load_idx_dataset(tmp_path)


def test_labels_beyond_the_mapping_are_refused(tmp_path):
    x, y = sample(6, classes=3)
    img, _ = write_pair(tmp_path, "train", x, y, prefix="emnist-x-")
    (tmp_path / "emnist-x-mapping.txt").write_text("0 65\n1 66\n")
    with raises_naming(img, "mapping"):
        load_idx_dataset(tmp_path)


def test_a_label_file_is_not_an_image_file(tmp_path):
    _, lab = write_pair(tmp_path, "train", *sample(3))
    with raises_naming(lab, "labels file"):
        load_idx_dataset(lab)


# -- the real thing ---------------------------------------------------------------------------------------------


@pytest.mark.skipif(not FASHION_DIR.is_dir(), reason=f"Fashion-MNIST not installed at {FASHION_DIR}")
def test_real_fashion_mnist():
    ds = load_idx_dataset(FASHION_DIR)
    assert len(ds) == 70_000
    assert ds.images.shape == (70_000, 28, 28) and ds.images.dtype == np.uint8
    assert int((~ds.predefined_test).sum()) == 60_000 and int(ds.predefined_test.sum()) == 10_000
    assert not ds.predefined_test[:60_000].any()
    assert ds.classes == FASHION_CLASSES
    assert ds.class_counts().tolist() == [7000] * 10
    assert ds.images[:, 0, 0].max() < 64  # ink coverage: dark background


def test_gzip_declaring_more_than_its_size_can_hold_is_refused(tmp_path):
    """#16: one size rule: a small .gz may not declare hundreds of MB (200:1 at most beyond 64 MiB of slack)."""
    path = write(tmp_path / "bomb-images-idx3-ubyte.gz", idx_bytes(np.zeros((0,), np.uint8), 8, (200_000, 28, 28)))
    with raises_naming(path, "compression can hold"):
        read_idx(path)


def test_absurd_label_value_is_refused_not_turned_into_classes(tmp_path):
    """#16: one label of 2·10⁹ must not build two billion class names."""
    images, labels = sample(3)
    labels = labels.astype(np.int32)
    labels[1] = 2_000_000_000
    write(tmp_path / "train-images-idx3-ubyte", idx_bytes(images))
    write(tmp_path / "train-labels-idx1-ubyte", idx_bytes(labels, 0x0C))
    with raises_naming(tmp_path / "train-images-idx3-ubyte", "2,000,000,000"):
        load_idx_dataset(tmp_path)
