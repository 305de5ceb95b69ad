"""The dataset type every loader returns, and its seeded train/validation/test split.

Images are stored the way MNIST stores them: ``uint8`` ink coverage, 0 = background, 255 = full ink, shape
(N, H, W). Loaders convert dark-on-light images on the way in, so everything downstream sees one polarity.
``spec`` is the preprocessing that turns a raw drawing or image into a sample of this dataset; a model trained
on the dataset inherits it, so the drawing pad prepares input exactly as the training data was prepared.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

import numpy as np

from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.text import Text

if TYPE_CHECKING:
    from guiapp.core.strokes import Drawing

SPLITS = ("train", "validation", "test")


class DatasetError(Exception):
    """A dataset could not be read. The message names the file and the problem; no traceback is needed."""


@dataclass
class Split:
    train: np.ndarray
    validation: np.ndarray
    test: np.ndarray

    def __getitem__(self, name: str) -> np.ndarray:
        if name not in SPLITS:
            raise KeyError(f"unknown split {name!r}; splits are {', '.join(SPLITS)}")
        return getattr(self, name)

    def sizes(self) -> dict[str, int]:
        return {name: len(self[name]) for name in SPLITS}


@dataclass
class Dataset:
    name: str
    classes: list[str]
    images: np.ndarray  # (N, H, W) uint8 coverage; may be a read-only view or memory map, never copied needlessly
    labels: np.ndarray  # (N,) integer class indices
    spec: PreprocessSpec = field(default_factory=PreprocessSpec)
    source: str = ""
    kind: str = "file"  # builtin | user | file | system
    read_only: bool = True
    # True for samples that belong to the dataset's own test set (MNIST's t10k files); None when it has none.
    predefined_test: np.ndarray | None = None
    # True for samples that form the dataset's own validation part (five-fonts' fixed 10 %); None when it has none.
    # Such a dataset has a fixed split: see :meth:`split`.
    predefined_validation: np.ndarray | None = None
    problems: list[str] = field(default_factory=list)  # files skipped while loading, with the reason
    # A user dataset's sample ids, row for row: each sample's part (train, validation, test) then follows from its
    # own id, so adding or deleting drawings never moves a trained drawing into the held-out parts (a model's
    # "held-out" figures after an edit counted drawings it had learnt). None: a seeded shuffle of the rows decides.
    sample_ids: tuple[str, ...] | None = None
    # A synthesised built-in's writer, row for row: row → (its strokes as a Drawing, pen width) or None (a printed
    # sample), for the Datasets area's stroke replay. None: the rows have no strokes (scans, images).
    drawing_of: Callable[[int], tuple[Drawing, float] | None] | None = field(default=None, repr=False)
    # A part of a larger dataset (:meth:`at_most_per_class`): each row's place in the whole, so a sample is numbered
    # as the whole numbers it (Evaluation named one test image #3,011 after a run and #60,011 when evaluated again).
    rows: np.ndarray | None = field(default=None, repr=False)
    # A user dataset's classes renamed since a model may have learnt them: {old name: name now}. Fine-tuning a
    # model on the dataset renames the model's class too, rather than keeping the old one beside the new.
    renamed_classes: dict[str, str] = field(default_factory=dict, repr=False)
    # An image folder's files, row for row, relative to ``source`` ("cross/transparent.png"): the Datasets area names
    # the file a sample came from (a walk found a blank sample and could not tell which file to delete). None: none.
    files: tuple[str, ...] | None = field(default=None, repr=False)
    # The N of :meth:`at_most_per_class` that made this part of a larger dataset (None: the whole): recorded in a
    # model's file, so an evaluation splits the same part as its run (walk 139: the whole's validation split held
    # 199 of a run's 1,800 training digits).
    per_class_limit: int | None = None
    # A user dataset's drawings: where each one's ink starts on its pad, as a fraction of the pad's height, row for
    # row (NaN: an image, not drawn there). A model that reads letter case from the pad's guide lines (c or C) reads
    # a stored drawing so too: measured without it, a parent's small c's counted as wrong C's (walk 158).
    drawn_tops: np.ndarray | None = field(default=None, repr=False)
    # An image folder of mixed sizes: how many of its images were fitted into its size (the import said nothing of
    # it, and the header's "64×64 px" read as every file's: walk 165).
    fitted: int = 0

    def __post_init__(self) -> None:
        if self.images.ndim != 3:
            raise DatasetError(Text("{0}: images must be (N, H, W), got shape {1}", self.name, self.images.shape))
        if len(self.images) != len(self.labels):
            raise DatasetError(Text("{0}: {1} images but {2} labels", self.name, len(self.images), len(self.labels)))
        if len(self.labels) and (self.labels.min() < 0 or self.labels.max() >= len(self.classes)):
            raise DatasetError(
                Text("{0}: labels run from {1} to {2} but there are {3} classes",
                     self.name, self.labels.min(), self.labels.max(), len(self.classes))
            )
        if len(set(self.classes)) != len(self.classes):
            raise DatasetError(Text("{0}: duplicate class names", self.name))
        for what, mask in (("predefined_test", self.predefined_test), ("predefined_validation",
                                                                         self.predefined_validation)):
            if mask is not None and np.shape(mask) != np.shape(self.labels):
                raise DatasetError(Text("{0}: {1} has shape {2}, expected {3}",
                                        self.name, what, np.shape(mask), np.shape(self.labels)))
        if self.files is not None and len(self.files) != len(self.labels):
            raise DatasetError(Text("{0}: {1} file names for {2} samples", self.name, len(self.files), len(self.labels)))
        if self.sample_ids is not None and len(self.sample_ids) != len(self.labels):
            raise DatasetError(Text("{0}: {1} sample ids for {2} samples", self.name, len(self.sample_ids),
                                    len(self.labels)))
        if (self.predefined_test is not None and self.predefined_validation is not None
                and np.any(np.asarray(self.predefined_test) & np.asarray(self.predefined_validation))):
            raise DatasetError(Text("{0}: samples in both the predefined validation and test parts", self.name))

    def __len__(self) -> int:
        return len(self.labels)

    @property
    def image_shape(self) -> tuple[int, int]:
        return tuple(self.images.shape[1:3])

    def class_counts(self, indices: np.ndarray | None = None) -> np.ndarray:
        labels = self.labels if indices is None else self.labels[indices]
        return np.bincount(labels, minlength=len(self.classes))

    @property
    def fixed_split(self) -> bool:
        """True when the dataset brings its own validation part: its split is fixed, whatever fractions are asked."""
        return self.predefined_validation is not None

    def fixed_split_note(self) -> str:
        """One line for run records and messages: why the validation/test settings do not apply ("" if they do)."""
        if not self.fixed_split:
            return ""
        sizes = self.split().sizes()
        if sizes["test"]:
            return Text("{0}'s fixed split ({1:,} training / {2:,} validation, {3:,} test); the validation and test "
                        "settings do not apply", self.name, sizes["train"], sizes["validation"], sizes["test"])
        return Text("{0}'s fixed split ({1:,} training / {2:,} validation, no test part); the validation and test "
                    "settings do not apply", self.name, sizes["train"], sizes["validation"])

    def fixed_test_note(self) -> str:
        """One line: why the test setting does not apply to a dataset that brings its own test set and no
        validation part (mnist-5k, fashion-mnist; "" otherwise, and for a fixed split, which says it all)."""
        if self.predefined_test is None or self.fixed_split:
            return ""
        return Text("{0} has its own test set ({1:,} samples), kept whatever the test setting", self.name,
                    int(np.count_nonzero(self.predefined_test)))

    def split(self, validation: float = 0.1, test: float = 0.1, seed: int = 0) -> Split:
        """Stratified, seeded split: every class is represented in each part in proportion.

        A dataset with its own test set keeps it; ``test`` then only applies to datasets without one. A dataset
        with its own validation part (:attr:`fixed_split`) has a fixed split: that part validates, its own test set
        (if any) tests, the rest trains, and ``validation``, ``test`` and ``seed`` do not apply.
        """
        if not (0 <= validation < 1 and 0 <= test < 1 and validation + test < 1):
            raise ValueError(Text("split fractions must be in [0, 1) and sum below 1, got {0}, {1}", validation, test))
        if self.predefined_validation is not None:
            pool = np.arange(len(self.labels))
            val_mask = np.asarray(self.predefined_validation, bool)
            test_mask = (np.asarray(self.predefined_test, bool) if self.predefined_test is not None
                         else np.zeros(len(pool), bool))
            return Split(pool[~val_mask & ~test_mask], pool[val_mask], pool[test_mask])
        rng = np.random.default_rng(seed)
        labels = np.asarray(self.labels)
        pool = np.arange(len(labels))
        fixed_test = None
        if self.predefined_test is not None:
            fixed_test = pool[self.predefined_test]
            pool = pool[~self.predefined_test]
            test = 0.0
        parts: dict[str, list[np.ndarray]] = {name: [] for name in SPLITS}
        order = np.argsort(labels[pool], kind="stable")
        sorted_pool = pool[order]
        bounds = np.searchsorted(labels[sorted_pool], np.arange(len(self.classes) + 1))
        keys = age = None
        if self.sample_ids is not None:
            keys, age = _stable_keys(self.sample_ids, seed), np.argsort(np.argsort(np.asarray(self.sample_ids)))
        for c in range(len(self.classes)):
            if keys is not None:
                test_part, val_part, train_part = _keyed_parts(sorted_pool[bounds[c]:bounds[c + 1]], keys, age,
                                                               validation, test)
                parts["test"].append(test_part)
                parts["validation"].append(val_part)
                parts["train"].append(train_part)
                continue
            members = rng.permutation(sorted_pool[bounds[c] : bounds[c + 1]])
            n_test = int(round(len(members) * test))
            n_val = int(round(len(members) * validation))
            # Small classes (a few drawn samples) still get one held-out sample where they can spare it, so
            # validation and test accuracy are measured on every class, never over zero samples.
            if validation > 0 and n_val == 0 and len(members) >= 2:
                n_val = 1
            if test > 0 and n_test == 0 and len(members) >= 3:
                n_test = 1
            if len(members) - n_test - n_val < 1 and len(members) > 0:  # keep at least one training sample
                n_val = max(0, len(members) - n_test - 1)
            parts["test"].append(members[:n_test])
            parts["validation"].append(members[n_test : n_test + n_val])
            parts["train"].append(members[n_test + n_val :])
        result = {name: np.sort(np.concatenate(chunks)) if chunks else np.empty(0, np.int64) for name, chunks in parts.items()}
        if fixed_test is not None:
            result["test"] = fixed_test
        return Split(**result)

    @property
    def can_take_fewer(self) -> bool:
        """Whether a run may train on fewer of its samples (:meth:`at_most_per_class`): only a dataset with its own
        test set, which stays whole, so every model of it is tested on the same samples, none of them trained on.
        A shuffled test part would differ between the subset and the whole dataset that Evaluation opens."""
        return self.predefined_test is not None

    def at_most_per_class(self, n: int, seed: int = 0) -> "Dataset":
        """The dataset with at most ``n`` samples a class outside its own test and validation parts (a seeded,
        stratified choice), those parts whole. Three epochs of Fashion-MNIST's 60,000 take minutes on two cores:
        a class learns from 500 a class in seconds (see :attr:`can_take_fewer`)."""
        if not self.can_take_fewer:
            raise DatasetError(Text("{0} has no test set of its own, so it trains on all its samples: a part of it "
                                    "would be tested on samples that the whole dataset trains on", self.name))
        if n < 1:
            raise DatasetError(Text("samples per class must be at least 1, got {0}", n))
        fixed = np.asarray(self.predefined_test, bool).copy()
        if self.predefined_validation is not None:
            fixed |= np.asarray(self.predefined_validation, bool)
        rng = np.random.default_rng(seed)
        labels = np.asarray(self.labels)
        keep = fixed.copy()
        for c in range(len(self.classes)):
            members = np.flatnonzero((labels == c) & ~fixed)
            if len(members) > n:
                members = rng.choice(members, n, replace=False)
            keep[members] = True
        if keep.all():
            return self
        rows = np.flatnonzero(keep)

        def part(mask):
            return None if mask is None else np.asarray(mask, bool)[rows]

        return Dataset(self.name, list(self.classes), np.asarray(self.images[rows]), labels[rows], spec=self.spec,
                       source=Text("{0}; at most {1:,} a class besides its test set", self.source, n),
                       kind=self.kind, read_only=True, predefined_test=part(self.predefined_test),
                       predefined_validation=part(self.predefined_validation), problems=list(self.problems),
                       sample_ids=None if self.sample_ids is None else tuple(self.sample_ids[i] for i in rows),
                       rows=rows if self.rows is None else np.asarray(self.rows)[rows],
                       files=None if self.files is None else tuple(self.files[i] for i in rows),
                       per_class_limit=n if self.per_class_limit is None else min(n, self.per_class_limit),
                       drawn_tops=None if self.drawn_tops is None else np.asarray(self.drawn_tops)[rows])

    def split_counts(self, **split_args) -> dict[str, dict[str, int]]:
        """{split: {class: count}} for reports (CLI ``datasets show``, the browser)."""
        split = self.split(**split_args)
        return {name: dict(zip(self.classes, self.class_counts(split[name]).tolist())) for name in SPLITS}

    def fingerprint(self) -> str:
        """Content hash of images, labels and class names (identifies the training data in model files)."""
        digest = hashlib.blake2b(digest_size=16)
        digest.update(repr((self.images.shape, self.classes)).encode())
        digest.update(np.ascontiguousarray(self.labels, dtype=np.int64).tobytes())
        digest.update(np.ascontiguousarray(self.images).data)
        return digest.hexdigest()

    def summary(self) -> dict:
        counts = self.class_counts()
        return {
            "name": self.name,
            "kind": self.kind,
            "source": self.source,
            "samples": len(self),
            "classes": len(self.classes),
            "image_shape": list(self.image_shape),
            "read_only": self.read_only,
            "class_counts": dict(zip(self.classes, counts.tolist())),
            "problems": list(self.problems),
        }


def _stable_keys(sample_ids, seed: int) -> np.ndarray:
    """A number in [0, 1) per sample id that depends on nothing but the id and the seed."""
    keys = np.empty(len(sample_ids))
    for i, sample_id in enumerate(sample_ids):
        digest = hashlib.blake2b(f"{seed}:{sample_id}".encode(), digest_size=8).digest()
        keys[i] = int.from_bytes(digest, "little") / 2.0 ** 64
    return keys


def _keyed_parts(members: np.ndarray, keys: np.ndarray, age: np.ndarray, validation: float, test: float):
    """(test, validation, train) of one class by each sample's own key: keys below ``test`` test, keys from
    ``1 - validation`` up validate, except the class's oldest drawing, which always trains (a class keeps a training
    sample, and the one kept never changes as drawings are added: a drawing kept back to train while the others
    were held out returned to its held-out part once the class grew). As in the shuffled split, a small class still
    gets one validation sample (from 2 samples) and one test sample (from 3) where it can spare them. Those top-ups
    are its newest drawings (``age``: rank by id, which starts with the time it was drawn), so a drawing added later
    takes the place and no drawing a model learnt from becomes a held-out one; only deleting a held-out drawing (or
    the oldest) can move another into its place."""
    u, newest = keys[members], age[members]
    oldest = np.zeros(len(members), bool)
    if len(members):
        oldest[np.argmin(newest)] = True
    in_test = (u < test) & ~oldest if len(members) >= 3 else np.zeros(len(members), bool)
    in_val = (u >= 1 - validation) & ~in_test & ~oldest if len(members) >= 2 else np.zeros(len(members), bool)
    if test > 0 and len(members) >= 3 and not in_test.any():
        free = ~in_val & ~oldest
        pick = np.argmax(np.where(free, newest, -1)) if free.any() else np.argmax(np.where(oldest, -1, newest))
        in_test[pick], in_val[pick] = True, False
    if validation > 0 and len(members) >= 2 and not in_val.any():
        free = ~in_test & ~oldest
        if not free.any() and in_test.sum() >= 2:  # every other drawing is a test one: the newest validates
            free = in_test
        if free.any():
            pick = np.argmax(np.where(free, newest, -1))
            in_val[pick], in_test[pick] = True, False
    return members[in_test], members[in_val], members[~in_test & ~in_val]
