"""The training data of the bundled digits model: real handwriting, synthesised writers and degraded copies.

* Real: mnist-5k minus its fixed held-out 1,000 (never trained on) minus a validation part of 100 per class
  (``mnist5k.validation_indices``: every choice of the recipe was made on it) = 3,000 digits; with ``--real
  PATH`` (a maintainer's full MNIST / EMNIST-digits IDX or .npz files) their training part is added as well,
  less any image identical to one of mnist-5k's held-out 1,000 (they are MNIST digits too).
* Synthesised: the ``digits`` built-in (KanjiVG + allograph templates, the writer model in synthesis.py).
* Degraded: copies of real and synthesised digits through a random degradation (scan, photo, low resolution,
  blur, thick or thin ink, noise, JPEG, small off-centre) and then through the recognise path's own
  preprocessing (``spec.apply`` on the degraded image, polarity "auto"), so the model learns what it will be
  shown for such an image, not an idealised version of it.

Everything is seeded; the data depend only on the files, the seeds and the library versions.
"""

from __future__ import annotations

import numpy as np

from guiapp.core.datasets.base import Dataset, DatasetError
from guiapp.core.datasets.builtin import load_builtin
from guiapp.core.datasets.degrade import random_degradation
from guiapp.core.datasets.mnist5k import load_mnist5k, validation_indices

DIGITS = [str(d) for d in range(10)]


def real_parts() -> tuple[Dataset, np.ndarray, np.ndarray]:
    """(mnist-5k, training rows, validation rows); the held-out 1,000 are in neither."""
    real = load_mnist5k()
    validation = validation_indices(real.labels)
    train = np.setdiff1d(np.flatnonzero(~real.predefined_test), validation)
    return real, train, validation


def extra_real(path: str) -> tuple[np.ndarray, np.ndarray]:
    """The training part of a maintainer's real digit files (MNIST or EMNIST digits as IDX or .npz), as uint8
    coverage 28×28 and labels in the digits' class order. A file's own test part is left out."""
    from guiapp.core.datasets.registry import load_path
    from guiapp.core.preprocess import PreprocessSpec

    dataset = load_path(path)
    if not set(dataset.classes) <= set(DIGITS):
        raise DatasetError(f"{path}: expected digit classes 0-9, found {', '.join(dataset.classes[:12])}")
    rows = np.arange(len(dataset)) if dataset.predefined_test is None else np.flatnonzero(~dataset.predefined_test)
    order = np.array([DIGITS.index(c) for c in dataset.classes])
    images = np.asarray(dataset.images[rows])
    if images.shape[1:] != (28, 28):
        spec = PreprocessSpec()
        images = np.stack([(spec.fit_coverage(i / 255.0) * 255 + 0.5).astype(np.uint8) for i in images])
    # mnist-5k's digits come from MNIST: a full MNIST file holds its held-out 1,000 too. Those exact images are
    # dropped, or the held-out figure would measure memory.
    real = load_mnist5k()
    held_out = {image.tobytes() for image in real.images[real.predefined_test]}
    fresh = np.array([image.tobytes() not in held_out for image in images], bool)
    return images[fresh], order[dataset.labels[rows]][fresh]


def degraded_copies(images: np.ndarray, labels: np.ndarray, copies: int, seed: int,
                    spec=None) -> tuple[np.ndarray, np.ndarray]:
    """``copies`` randomly degraded versions of each image, as the recognise path prepares them (uint8)."""
    from guiapp.core.preprocess import PreprocessSpec

    spec = spec or PreprocessSpec()
    rng = np.random.default_rng([seed, 7])
    out = np.empty((len(images) * copies, spec.height, spec.width), np.uint8)
    for copy in range(copies):
        for i, image in enumerate(images):
            grey = random_degradation(image, rng)
            out[copy * len(images) + i] = (spec.apply(grey, "auto")[..., 0] * 255.0 + 0.5).astype(np.uint8)
    return out, np.tile(labels, copies)


def training_set(synth_per_class: int = 1500, real_repeats: int = 4, real_copies: int = 3,
                 synth_degraded_share: float = 0.3, seed: int = 0, real_path: str | None = None,
                 ) -> Dataset:
    """The mixed training set (see the module docstring). Real digits are repeated ``real_repeats`` times
    (they are the scarce, most valuable part) plus ``real_copies`` degraded copies each; a share of the
    synthesised digits is degraded too."""
    real, train_rows, _ = real_parts()
    real_images, real_labels = np.asarray(real.images[train_rows]), real.labels[train_rows]
    if real_path:
        more_images, more_labels = extra_real(real_path)
        real_images = np.concatenate([real_images, more_images])
        real_labels = np.concatenate([real_labels, more_labels])
    parts = [(np.tile(real_images, (real_repeats, 1, 1)), np.tile(real_labels, real_repeats))]
    if real_copies:
        parts.append(degraded_copies(real_images, real_labels, real_copies, seed))
    if synth_per_class:
        synth = load_builtin("digits", samples_per_class=synth_per_class, seed=seed)
        synth_images, synth_labels = np.asarray(synth.images), synth.labels
        rng = np.random.default_rng([seed, 11])
        chosen = rng.random(len(synth_labels)) < synth_degraded_share
        if chosen.any():
            synth_images = synth_images.copy()
            synth_images[chosen] = degraded_copies(synth_images[chosen], synth_labels[chosen], 1, seed + 1)[0]
        parts.append((synth_images, synth_labels))
    images = np.concatenate([p[0] for p in parts])
    labels = np.concatenate([p[1] for p in parts])
    return Dataset("digits-mixed", list(DIGITS), images, labels.astype(np.int64), spec=real.spec,
                   source="mnist-5k training part + synthesised digits + degraded copies", kind="file")
