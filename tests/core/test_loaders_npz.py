"""``.npz`` dataset loader: every supported layout, and the broken files it must refuse cleanly."""

from __future__ import annotations


import numpy as np

from guiapp.core.datasets.classnames import find_classmap, read_classmap
from guiapp.core.datasets.npz import load_npz_dataset
from helpers import check_error


def sample(n: int, h=5, w=4, classes=3, seed=0):
    rng = np.random.default_rng(seed)
    images = rng.integers(0, 256, (n, h, w), dtype=np.uint8)
    images[:, 0, :] = images[:, -1, :] = 0  # dark border: ink coverage, like MNIST
    images[:, :, 0] = images[:, :, -1] = 0
    return images, (np.arange(n) % classes).astype(np.uint8)


def test_keras_mnist_npz_has_a_predefined_test_set(tmp_path):
    x_train, y_train = sample(12, seed=1)
    x_test, y_test = sample(4, seed=2)
    path = tmp_path / "mnist.npz"
    np.savez_compressed(path, x_train=x_train, y_train=y_train, x_test=x_test, y_test=y_test)
    ds = load_npz_dataset(path)
    assert ds.name == "mnist"
    assert len(ds) == 16 and ds.image_shape == (5, 4)
    np.testing.assert_array_equal(ds.images, np.concatenate([x_train, x_test]))
    np.testing.assert_array_equal(ds.labels, np.concatenate([y_train, y_test]))
    assert ds.predefined_test.tolist() == [False] * 12 + [True] * 4
    assert ds.classes == ["0", "1", "2"]
    assert ds.spec.fit == "resize" and (ds.spec.height, ds.spec.width) == (5, 4)


def test_kmnist_layout_with_sibling_labels_and_classmap(tmp_path):
    x_train, y_train = sample(9, seed=1)
    x_test, y_test = sample(3, seed=2)
    np.savez_compressed(tmp_path / "kmnist-train-imgs.npz", x_train)
    np.savez_compressed(tmp_path / "kmnist-train-labels.npz", y_train)
    np.savez_compressed(tmp_path / "kmnist-test-imgs.npz", x_test)
    np.savez_compressed(tmp_path / "kmnist-test-labels.npz", y_test)
    (tmp_path / "kmnist_classmap.csv").write_text(
        "index,codepoint,char\n0,U+304A,お\n1,U+304D,き\n2,U+3059,す\n", encoding="utf-8"
    )
    (tmp_path / "k49_classmap.csv").write_text("index,codepoint,char\n0,U+3042,あ\n", encoding="utf-8")
    for path in (tmp_path / "kmnist-train-imgs.npz", tmp_path / "kmnist-test-imgs.npz", tmp_path):
        ds = load_npz_dataset(path)
        assert ds.name == "kmnist"
        assert ds.classes == ["お", "き", "す"]
        np.testing.assert_array_equal(ds.images, np.concatenate([x_train, x_test]))
        np.testing.assert_array_equal(ds.labels, np.concatenate([y_train, y_test]))
        assert ds.predefined_test.sum() == 3 and not ds.predefined_test[:9].any()


def test_k49_train_only_float_4d_images(tmp_path):
    x, y = sample(6, classes=2)
    floats = (x / 255.0).astype(np.float32)[..., None]  # (N, H, W, 1) in 0..1
    np.savez(tmp_path / "k49-train-imgs.npz", arr_0=floats)
    np.savez(tmp_path / "k49-train-labels.npz", arr_0=y.astype(np.int64))
    ds = load_npz_dataset(tmp_path / "k49-train-imgs.npz")
    assert ds.images.dtype == np.uint8 and ds.images.shape == (6, 5, 4)
    np.testing.assert_array_equal(ds.images, x)
    assert ds.predefined_test is None and ds.name == "k49"
    # opening the labels file finds its images
    assert len(load_npz_dataset(tmp_path / "k49-train-labels.npz")) == 6


def test_seed_style_arr0_arr1_with_color_dark_on_light_images(tmp_path):
    x, y = sample(5)
    paper = 255 - x  # dark ink on white paper
    color = np.repeat(paper[..., None], 3, axis=-1)
    np.savez(tmp_path / "seed.npz", color, y)
    ds = load_npz_dataset(tmp_path / "seed.npz", name="seeds")
    assert ds.name == "seeds"
    assert np.abs(ds.images.astype(int) - x.astype(int)).max() <= 1  # converted to grey and to ink coverage
    assert ds.images[:, 0, 0].max() <= 1


def test_our_export_layout_with_unicode_classes(tmp_path):
    x, y = sample(6)
    classes = np.array(["A", "/", "あ"])
    assert classes.dtype.kind == "U"
    np.savez(tmp_path / "mine.npz", images=x, labels=y, classes=classes)
    ds = load_npz_dataset(tmp_path / "mine.npz")
    assert ds.classes == ["A", "/", "あ"]
    np.testing.assert_array_equal(ds.images, x)


def test_classmap_reader(tmp_path):
    path = tmp_path / "classmap.csv"
    path.write_text("\ufeffindex,codepoint,char\n1,U+304D,き\n0,U+304A,お\n", encoding="utf-8")
    assert read_classmap(path) == ["お", "き"]
    assert find_classmap(tmp_path, "whatever-") == path
    bad = tmp_path / "broken_classmap.csv"
    bad.write_text("index,char\nzero,x\n")
    check_error(bad, lambda: read_classmap(bad), "line 2")


def test_missing_keys_are_listed(tmp_path):
    path = tmp_path / "odd.npz"
    np.savez(path, foo=np.zeros(3), bar=np.ones(2))
    check_error(path, lambda: load_npz_dataset(path), "bar", "foo", "arrays found")


def test_arr0_without_any_labels_is_explained(tmp_path):
    path = tmp_path / "lonely.npz"
    np.savez(path, sample(3)[0])
    check_error(path, lambda: load_npz_dataset(path), "arr_0", "labels")
    km = tmp_path / "x-train-imgs.npz"
    np.savez(km, sample(3)[0])
    check_error(km, lambda: load_npz_dataset(km), "x-train-labels.npz")


def test_object_arrays_are_refused_not_unpickled(tmp_path):
    path = tmp_path / "evil.npz"
    objects = np.empty(2, dtype=object)
    objects[0], objects[1] = {"a": 1}, [1, 2]
    np.savez(path, images=sample(2)[0], labels=objects)
    check_error(path, lambda: load_npz_dataset(path), "pickled", "refused")


def test_a_pickle_file_is_refused(tmp_path):
    import pickle

    path = tmp_path / "evil2.npz"
    path.write_bytes(pickle.dumps({"x_train": [1, 2, 3]}))
    check_error(path, lambda: load_npz_dataset(path), "pickled")


def test_random_bytes_and_truncated_archives(tmp_path):
    junk = tmp_path / "junk.npz"
    junk.write_bytes(np.random.default_rng(0).integers(0, 256, 300, dtype=np.uint8).tobytes().replace(b"\x80", b"\x00"))
    check_error(junk, lambda: load_npz_dataset(junk), "not an .npz")
    good = tmp_path / "good.npz"
    x, y = sample(200, h=20, w=20)
    np.savez(good, x, y)
    cut = tmp_path / "cut.npz"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    check_error(cut, lambda: load_npz_dataset(cut))
    empty = tmp_path / "empty.npz"
    empty.write_bytes(b"")
    check_error(empty, lambda: load_npz_dataset(empty))


def test_count_mismatch_and_bad_shapes(tmp_path):
    x, y = sample(5)
    path = tmp_path / "mismatch.npz"
    np.savez(path, x_train=x, y_train=y[:3])
    check_error(path, lambda: load_npz_dataset(path), "5 images", "3 labels")
    shapes = tmp_path / "shape.npz"
    np.savez(shapes, images=np.zeros((2, 3, 4, 5, 6), np.uint8), labels=np.zeros(2, np.int64))
    check_error(shapes, lambda: load_npz_dataset(shapes), "shape")
    negative = tmp_path / "negative.npz"
    np.savez(negative, arr_0=x, arr_1=np.array([0, 1, -1, 0, 1]))
    check_error(negative, lambda: load_npz_dataset(negative), "negative")
    too_few_names = tmp_path / "names.npz"
    np.savez(too_few_names, images=x, labels=y, classes=np.array(["a"]))
    check_error(too_few_names, lambda: load_npz_dataset(too_few_names), "class names")


def test_missing_file_and_empty_folder(tmp_path):
    check_error(tmp_path / "nope.npz", lambda: load_npz_dataset(tmp_path / "nope.npz"), "no such file")
    (tmp_path / "box").mkdir()
    check_error(tmp_path / "box", lambda: load_npz_dataset(tmp_path / "box"), "no .npz")
