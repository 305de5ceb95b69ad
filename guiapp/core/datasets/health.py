"""Data health checks: leaks between splits, starved classes, imbalance. Plain numpy, no Qt.

* **Exact duplicates across splits**: identical pixels in train and test (or validation). They inflate test
  accuracy: the network is scored on images it learned.
* **Near duplicates across splits**: images whose 8×8 average-hash matches and where at most ``near_tolerance``
  (2 %) of the ink pixels clearly differ (:func:`changed_ink`), e.g. the same drawing saved twice, re-compressed or
  lightly noised. Hash buckets make this linear in the dataset size, so 70,000 images take well under a
  second instead of a 60,000 × 10,000 distance matrix.
* **Too few samples**: classes with fewer than ``min_per_class`` samples (training and its split need more).
* **Imbalance**: the largest class holds more than ``imbalance_ratio`` times the smallest.
* **Blank images**: nothing drawn or written (every pixel within ``BLANK_SPREAD`` of one value): a transparent or
  empty file, learnt as its class's character.
* **A small test split** (information, not a fault of the data): fewer than ``FEW_SAMPLES`` test images, each of which
  moves test accuracy by 100/n points.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from guiapp.core.datasets.base import Dataset
from guiapp.core.evaluation import FEW_SAMPLES
from guiapp.core.tasks import Cancelled, ProgressFn, StopFn
from guiapp.core.text import Names, Plural, Text, listed

HASH_SIDE = 8
CLEAR_DIFFERENCE = 64  # of 255: a pixel that changes more than a quarter of full ink is a different stroke edge
BLANK_SPREAD = 16  # of 255: an image whose darkest and lightest pixels are this close holds nothing to read
SHOWN_BLANKS = 8


@dataclass
class Finding:
    kind: str  # exact-duplicate | near-duplicate | too-few | imbalance | blank | small-test
    severity: str  # warning | info
    message: str
    pairs: list[tuple[int, int]] = field(default_factory=list)  # (train index, other index), for duplicates
    classes: list[str] = field(default_factory=list)
    samples: list[int] = field(default_factory=list)  # the rows it is about (blank images)


@dataclass
class HealthReport:
    dataset: str
    samples: int
    split_sizes: dict[str, int]
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not any(f.severity == "warning" for f in self.findings)

    def by_kind(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]

    def lines(self) -> list[str]:
        found = [f"{f.severity}: {f.message}" for f in self.findings]
        return found if not self.ok else [f"{self.dataset}: no problems found in {self.samples:,} samples"] + found


def _row_keys(images: np.ndarray, rows: np.ndarray) -> list[bytes]:
    flat = np.ascontiguousarray(images[rows]).reshape(len(rows), -1)
    return [r.tobytes() for r in flat]


def average_hash(images: np.ndarray, side: int = HASH_SIDE) -> np.ndarray:
    """(N,) uint64: each image shrunk to side×side block means, 1 where a block is inkier than the image's mean."""
    n, h, w = images.shape
    ys = (np.arange(side + 1) * h) // side
    xs = (np.arange(side + 1) * w) // side
    data = images.astype(np.float32)
    # block sums by cumulative sums: works for any H, W (not only multiples of side)
    cum = np.zeros((n, h + 1, w + 1), np.float32)
    cum[:, 1:, 1:] = data.cumsum(1).cumsum(2)
    sums = cum[:, ys[1:]][:, :, xs[1:]] - cum[:, ys[:-1]][:, :, xs[1:]] - cum[:, ys[1:]][:, :, xs[:-1]] + cum[:, ys[:-1]][:, :, xs[:-1]]
    area = np.outer(np.diff(ys), np.diff(xs)).astype(np.float32)
    means = (sums / np.maximum(area, 1)).reshape(n, -1)
    bits = means > means.mean(axis=1, keepdims=True)
    weights = (np.uint64(1) << np.arange(side * side, dtype=np.uint64))
    return (bits.astype(np.uint64) * weights).sum(axis=1, dtype=np.uint64)


def changed_ink(candidates: np.ndarray, image: np.ndarray) -> np.ndarray:
    """(K,) for each candidate, the share of the two images' ink pixels that clearly differ (by more than a quarter
    of full ink) from ``image``: 0 for a re-saved, re-compressed or lightly noised copy; 0.1-0.4 for two different
    drawings of a thin "1". Measured against the ink, not the whole image: a mean over all pixels is mostly
    paper, so it called distinct thin digits (41 pairs of real MNIST digits in mnist-5k) "near copies"."""
    a = candidates.astype(np.int16)
    b = image.astype(np.int16)[None]
    differ = (np.abs(a - b) > CLEAR_DIFFERENCE).sum(axis=(1, 2))
    ink = ((a > CLEAR_DIFFERENCE) | (b > CLEAR_DIFFERENCE)).sum(axis=(1, 2))
    return differ / np.maximum(ink, 1)


def cross_duplicates(images: np.ndarray, a: np.ndarray, b: np.ndarray, near_tolerance: float = 0.02,
                     should_stop: StopFn | None = None, chunk: int = 8192) -> tuple[list, list]:
    """(exact pairs, near pairs) of (index in ``a``'s rows, index in ``b``'s rows) given as dataset indices."""
    exact: list[tuple[int, int]] = []
    seen: dict[bytes, int] = {}
    for start in range(0, len(a), chunk):
        if should_stop is not None and should_stop():
            raise Cancelled(Text("health check cancelled"))
        rows = a[start : start + chunk]
        for i, key in zip(rows.tolist(), _row_keys(images, rows)):
            seen.setdefault(key, i)
    exact_b = set()
    for start in range(0, len(b), chunk):
        rows = b[start : start + chunk]
        for j, key in zip(rows.tolist(), _row_keys(images, rows)):
            i = seen.get(key)
            if i is not None:
                exact.append((i, j))
                exact_b.add(j)
    del seen

    near: list[tuple[int, int]] = []
    if near_tolerance <= 0 or len(a) == 0 or len(b) == 0:
        return exact, near
    hashes_a = np.concatenate([average_hash(images[a[s : s + chunk]]) for s in range(0, len(a), chunk)])
    hashes_b = np.concatenate([average_hash(images[b[s : s + chunk]]) for s in range(0, len(b), chunk)])
    buckets: dict[int, list[int]] = defaultdict(list)
    for i, h in zip(a.tolist(), hashes_a.tolist()):
        buckets[h].append(i)
    for j, h in zip(b.tolist(), hashes_b.tolist()):
        if j in exact_b:
            continue
        candidates = buckets.get(h)
        if not candidates:
            continue
        if should_stop is not None and should_stop():
            raise Cancelled(Text("health check cancelled"))
        cand = np.asarray(candidates[:256])  # a blank-ish hash can collect thousands; a sample suffices
        score = changed_ink(images[cand], images[j])
        best = int(np.argmin(score))
        if score[best] <= near_tolerance:
            near.append((int(cand[best]), j))
    return exact, near


def blank_rows(images: np.ndarray, chunk: int = 8192) -> np.ndarray:
    """The rows of ``images`` with nothing on them (see :data:`BLANK_SPREAD`), in chunks (a memory-mapped 70,000
    is read once, a chunk at a time)."""
    found = []
    for start in range(0, len(images), chunk):
        flat = np.asarray(images[start:start + chunk]).reshape(min(chunk, len(images) - start), -1)
        spread = flat.max(axis=1).astype(np.int16) - flat.min(axis=1)
        found.append(np.flatnonzero(spread < BLANK_SPREAD) + start)
    return np.concatenate(found) if found else np.empty(0, np.int64)


def _names(classes: list[str], rows: list[int], limit: int = 8) -> str:
    shown = Names(classes[c] for c in rows[:limit])
    return Text("{0} and {1} more", shown, len(rows) - limit) if len(rows) > limit else shown


def check(dataset: Dataset, min_per_class: int = 10, imbalance_ratio: float = 3.0, near_tolerance: float = 0.02,
          split_args: dict | None = None, on_progress: ProgressFn | None = None,
          should_stop: StopFn | None = None) -> HealthReport:
    """Run every check on ``dataset`` split as training would split it (``split_args`` for ``Dataset.split``)."""
    split = dataset.split(**(split_args or {}))
    findings: list[Finding] = []
    if on_progress is not None:
        on_progress(0, 3)
    for other in ("test", "validation"):
        exact, near = cross_duplicates(dataset.images, split.train, split[other], near_tolerance, should_stop)
        # one sentence per split, so that each language words it whole
        if exact:
            message = (Plural("exact copies of training images: %Ln test image(s) (test accuracy will look better than "
                              "it is)", "", len(exact)) if other == "test" else
                       Plural("exact copies of training images: %Ln validation image(s) (validation accuracy will look "
                              "better than it is)", "", len(exact)))
            findings.append(Finding("exact-duplicate", "warning", message, exact))
        if near:
            message = (Plural("near copies of training images: %Ln test image(s)", "", len(near)) if other == "test"
                       else Plural("near copies of training images: %Ln validation image(s)", "", len(near)))
            findings.append(Finding("near-duplicate", "warning", message, near))
        if on_progress is not None:
            on_progress(1 if other == "test" else 2, 3)
    blank = blank_rows(dataset.images)
    if len(blank):
        # which ones, by the numbers the Datasets area shows (from 1) and their class: a walk's transparent PNG was
        # learnt as a "cross" and was the test split's one error, and nothing flagged it (walk 127)
        shown = listed(f"#{int(row) + 1:,} ({dataset.classes[int(dataset.labels[row])]})" for row in blank[:SHOWN_BLANKS])
        named = Text("{0} and {1} more", shown, len(blank) - SHOWN_BLANKS) if len(blank) > SHOWN_BLANKS else shown
        findings.append(Finding("blank", "warning", Plural("%Ln blank image(s), with nothing drawn or written, learnt "
                                                           "as their class: {0}", "", len(blank), named),
                                samples=[int(row) for row in blank]))
    counts = dataset.class_counts()
    present = np.flatnonzero(counts > 0)
    few = [int(c) for c in np.flatnonzero(counts < min_per_class)]
    if few:
        from guiapp.core.training.engine import MIN_SAMPLES_PER_CLASS

        message = Plural("%Ln class(es) with fewer than {0} samples: {1}", "", len(few), min_per_class,
                         _names(dataset.classes, few))
        refused = [c for c in few if counts[c] < MIN_SAMPLES_PER_CLASS]
        if refused:  # said here too: the check of a 2-per-class dataset did not say Train would refuse it (walk 160)
            message = Text("{0}. Training needs at least {1} samples of every class (some are held out to measure "
                           "accuracy): add more to {2}", message, MIN_SAMPLES_PER_CLASS,
                           _names(dataset.classes, refused))
        findings.append(Finding("too-few", "warning", message, classes=[dataset.classes[c] for c in few]))
    if len(present) >= 2:
        largest, smallest = int(counts[present].max()), int(counts[present].min())
        if smallest * imbalance_ratio < largest:
            small = [int(c) for c in present if counts[c] * imbalance_ratio < largest]
            findings.append(Finding("imbalance", "warning",
                                    Text("classes are imbalanced: the largest has {0:,} samples, the smallest {1:,} "
                                         "({2:.1f}×); under-represented: {3}", largest, smallest, largest / smallest,
                                         _names(dataset.classes, small)),
                                    classes=[dataset.classes[c] for c in small]))
    tested = len(split.test)
    if 0 < tested < FEW_SAMPLES and len(present):
        # Said before training: 5 test images a class made a run's 100 % look firm, and only the run's result line
        # gave its interval (walk 165)
        message = Plural("the test split holds only %Ln image(s), about {0} a class: each one moves test accuracy "
                         "by {1:.0f} points. Add samples of every class for a firmer figure", "", tested,
                         max(1, round(tested / len(present))), 100 / tested)
        findings.append(Finding("small-test", "info", message))
    if on_progress is not None:
        on_progress(3, 3)
    return HealthReport(dataset.name, len(dataset), split.sizes(), findings)
