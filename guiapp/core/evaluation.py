"""How well a model recognizes a dataset: accuracy, top-k accuracy, the confusion matrix, per-class precision /
recall / F1 and the misclassified samples (by dataset index, so the GUI can show the samples behind a cell).

The model and the dataset are matched by class NAME, not by index: dataset classes the model does not know are
reported (``unknown_classes``) and their samples left out; model classes the dataset lacks simply get no support.
Everything is in model-label order.

Dataset images are uint8 coverage at the dataset's own size. Samples already at the model's input size were made
for that geometry and become model input exactly as the training pipeline makes it (polarity, range and channels;
no second fit, see :func:`guiapp.core.recognition.coverage_to_model_input`); samples of another size are fitted
one by one with the model's ``spec.apply``. They go through the recognizer's compiled batch function in chunks,
so memory stays bounded on any dataset size.

The pure functions (:func:`confusion_matrix`, :func:`per_class_metrics`, :func:`top_k_accuracy`) work on arrays.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from guiapp.core import letter_case
from guiapp.core.datasets.base import SPLITS, Dataset
from guiapp.core.tasks import ProgressFn, StopFn, check


class Misclassified(NamedTuple):
    index: int  # dataset index
    true: str
    predicted: str
    probability: float  # the model's probability for the (wrong) predicted class


@dataclass
class EvaluationReport:
    accuracy: float
    top_k_accuracy: float
    top_k: int
    n_samples: int  # samples evaluated (unknown classes left out)
    labels: list[str]  # the model's labels: the order of ``confusion`` and ``per_class``
    confusion: np.ndarray  # (K, K) int64, rows = true class, columns = predicted class
    per_class: dict[str, dict[str, float | None]]  # {label: {precision, recall, f1, support}}; None: not measured
    misclassified: list[Misclassified]
    unknown_classes: list[str] = field(default_factory=list)  # dataset classes the model does not know
    left_out: int = 0  # samples of unknown classes, not evaluated
    split: str = "test"
    dataset: str = ""
    seconds: float = 0.0
    # Per evaluated sample, in dataset order: its dataset index, true and predicted model-label index.
    indices: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64), repr=False)
    true: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64), repr=False)
    predicted: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64), repr=False)

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the classes that have samples."""
        scores = [m["f1"] for m in self.per_class.values() if m["support"] > 0]
        return float(np.mean(scores)) if scores else 0.0

    def likely_range(self) -> tuple[float, float] | None:
        """Where the accuracy on many more samples like these likely lies (see :func:`likely_accuracy_range`), or
        None when this many samples pin it down."""
        return likely_accuracy_range(round(self.accuracy * self.n_samples), self.n_samples)

    def involved(self) -> list[int]:
        """Model-label indices of the classes the evaluation is about: those the samples have or were read as. A
        52-class model evaluated on a 2-class dataset of one's own is about a handful of them, not 52 empty rows."""
        answered = np.asarray(self.confusion).sum(axis=0) > 0
        return [i for i, label in enumerate(self.labels) if self.per_class[label]["support"] > 0 or answered[i]]

    def most_confused(self, n: int = 10) -> list[tuple[str, str, int]]:
        """The ``n`` largest off-diagonal cells: (true label, predicted label, count), largest first."""
        return most_confused(self.confusion, self.labels, n)

    def samples(self, true: str, predicted: str) -> np.ndarray:
        """Dataset indices of the samples in one confusion cell (the diagonal too): what a click on it shows."""
        t, p = self.labels.index(true), self.labels.index(predicted)
        return self.indices[(self.true == t) & (self.predicted == p)]

    def to_dict(self) -> dict:
        """Plain JSON-able data (no numpy types)."""
        return {
            "dataset": self.dataset,
            "split": self.split,
            "n_samples": int(self.n_samples),
            "accuracy": float(self.accuracy),
            "top_k": int(self.top_k),
            "top_k_accuracy": float(self.top_k_accuracy),
            "macro_f1": self.macro_f1,
            "likely_accuracy": list(self.likely_range() or ()) or None,  # on few samples: the 95 % range
            "labels": list(self.labels),
            "confusion": np.asarray(self.confusion).astype(int).tolist(),
            "per_class": {label: dict(m) for label, m in self.per_class.items()},
            "most_confused": [list(t) for t in self.most_confused()],
            "misclassified": [m._asdict() for m in self.misclassified],
            "unknown_classes": list(self.unknown_classes),
            "left_out": int(self.left_out),
            "seconds": float(self.seconds),
        }


# -- pure functions on arrays ------------------------------------------------------------------------------------
def confusion_matrix(true, pred, k: int) -> np.ndarray:
    """(k, k) int64 counts: row = true class index, column = predicted class index."""
    true = np.asarray(true, np.int64).reshape(-1)
    pred = np.asarray(pred, np.int64).reshape(-1)
    if true.shape != pred.shape:
        raise ValueError(f"{len(true)} true labels but {len(pred)} predictions")
    if k < 1:
        raise ValueError(f"k must be ≥ 1, got {k}")
    for name, values in (("true", true), ("predicted", pred)):
        if len(values) and (values.min() < 0 or values.max() >= k):
            raise ValueError(f"{name} class indices must be in 0..{k - 1}, got {values.min()}..{values.max()}")
    return np.bincount(true * k + pred, minlength=k * k).reshape(k, k).astype(np.int64)


def per_class_metrics(confusion, labels: list[str]) -> dict[str, dict[str, float | None]]:
    """{label: {precision, recall, f1, support}} from a confusion matrix (rows true, columns predicted).

    A class without samples (support 0: a model class the evaluated split lacks) has recall and F1 ``None``, not
    0: nothing was measured, and a 0 would read as (and sort as) the weakest class. Its precision is 0 when the
    model predicted it (every such prediction is wrong). A class never predicted has precision ``None`` (none of
    0 answers: "0.0 %" read as a figure, a walk); with samples, its F1 is 0 (none of them was read right)."""
    confusion = np.asarray(confusion, np.int64)
    if confusion.shape != (len(labels), len(labels)):
        raise ValueError(f"a {confusion.shape} confusion matrix for {len(labels)} labels")
    tp = np.diag(confusion).astype(np.float64)
    predicted = confusion.sum(axis=0)
    support = confusion.sum(axis=1)
    precision = np.divide(tp, predicted, out=np.zeros_like(tp), where=predicted > 0)
    recall = np.divide(tp, support, out=np.zeros_like(tp), where=support > 0)
    total = precision + recall
    f1 = np.divide(2 * precision * recall, total, out=np.zeros_like(tp), where=total > 0)
    measured = support > 0
    return {
        label: {"precision": float(precision[i]) if predicted[i] > 0 else None,
                "recall": float(recall[i]) if measured[i] else None,
                "f1": float(f1[i]) if measured[i] else None,
                "support": int(support[i])}
        for i, label in enumerate(labels)
    }


def top_k_hits(probs, true, k: int) -> np.ndarray:
    """(N,) bool: whether each sample's true class is among its ``k`` most probable."""
    probs = np.asarray(probs)
    true = np.asarray(true, np.int64).reshape(-1)
    if probs.ndim != 2 or len(probs) != len(true):
        raise ValueError(f"expected (N, K) probabilities for {len(true)} labels, got shape {probs.shape}")
    if k < 1:
        raise ValueError(f"k must be ≥ 1, got {k}")
    if k >= probs.shape[1]:
        return np.ones(len(true), bool)
    top = np.argpartition(-probs, k - 1, axis=1)[:, :k]
    return (top == true[:, None]).any(axis=1)


def top_k_accuracy(probs, true, k: int) -> float:
    """Fraction of samples whose true class is among the ``k`` most probable (0.0 for no samples)."""
    hits = top_k_hits(probs, true, k)
    return float(hits.mean()) if len(hits) else 0.0


# Below this many samples a single accuracy figure says more than it knows: "100 % on 2 held-out samples" read as a
# perfect model. 100 samples at 90 % span about ±6 points.
FEW_SAMPLES = 100


def likely_accuracy_range(correct: int, n: int, z: float = 1.96) -> tuple[float, float] | None:
    """The 95 % Wilson score interval of an accuracy of ``correct`` out of ``n``: (low, high) fractions, or None
    for ``n`` of at least :data:`FEW_SAMPLES` (or none). Wilson's interval, not ±1.96·σ, because it stays inside
    0–1 and says something for 2 of 2 (34–100 %), where the normal approximation says 100–100 %."""
    if n <= 0 or n >= FEW_SAMPLES:
        return None
    p = correct / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    # Exactly 0 and 1 at the ends (rounding left 0.9999999… above 6 of 6), and never beside the measured figure.
    low = 0.0 if correct == 0 else min(p, float(centre - half))
    high = 1.0 if correct == n else max(p, float(centre + half))
    return low, high


def most_confused(confusion, labels: list[str], n: int = 10) -> list[tuple[str, str, int]]:
    """The ``n`` largest non-zero off-diagonal cells as (true, predicted, count), largest first (ties: label order)."""
    confusion = np.asarray(confusion)
    off = confusion.copy()
    np.fill_diagonal(off, 0)
    flat = np.argsort(-off, axis=None, kind="stable")[: max(0, n)]
    rows, cols = np.unravel_index(flat, off.shape)
    return [(labels[r], labels[c], int(off[r, c])) for r, c in zip(rows, cols) if off[r, c] > 0]


# -- evaluating a model on a dataset -----------------------------------------------------------------------------
def _key(name: str) -> str:
    return unicodedata.normalize("NFC", str(name))


def knows_any(labels, classes) -> bool:
    """Whether a model with ``labels`` knows any of a dataset's ``classes``, matched by name as :func:`evaluate`
    matches them: without one, nothing can be measured."""
    known = {_key(label) for label in labels}
    return any(_key(name) in known for name in classes)


def samples_to_model_input(spec, images: np.ndarray) -> np.ndarray:
    """Dataset samples (N, H, W) → model input as training saw them: samples at the spec's size are made for it
    (converted, not fitted a second time, which moves and rescales the ink); others are fitted by the spec."""
    from guiapp.core.recognition import coverage_to_model_input

    images = np.asarray(images)
    if images.shape[1:] == (spec.height, spec.width):
        return coverage_to_model_input(spec, images)
    return np.stack([spec.apply(image, source_ink="light") for image in images])


def evaluate(
    recognizer,
    dataset: Dataset,
    split: str = "test",
    top_k: int = 5,
    batch_size: int = 256,
    seed: int = 0,
    validation: float = 0.1,
    test: float = 0.1,
    *,
    on_progress: ProgressFn | None = None,
    should_stop: StopFn | None = None,
) -> EvaluationReport:
    """Evaluate ``recognizer`` (a :class:`~guiapp.core.recognition.Recognizer`, a LoadedModel or a model path) on
    one split of ``dataset`` (``"train"``, ``"validation"``, ``"test"`` with the same seeded split training uses,
    or ``"all"``). ``on_progress(done, total)`` is called after each batch; ``should_stop()`` → True raises
    :class:`guiapp.core.tasks.Cancelled`."""
    from guiapp.core.recognition import Recognizer

    start_time = time.perf_counter()
    if not isinstance(recognizer, Recognizer):
        recognizer = Recognizer(recognizer, warm_up=False)
    if split not in SPLITS + ("all",):
        raise ValueError(f"unknown split {split!r}; splits are {', '.join(SPLITS + ('all',))}")
    if batch_size < 1 or top_k < 1:
        raise ValueError(f"batch size and top_k must be ≥ 1, got {batch_size} and {top_k}")
    labels = list(recognizer.labels)
    k = len(labels)
    # Fewer than all the classes: top-3 of a 3-class model is 100 % whatever it reads, a figure that means nothing
    # (walk 124)
    top_k = min(top_k, max(1, k - 1))
    spec = recognizer.spec

    # Class names → model-label indices (-1: unknown to the model).
    position: dict[str, int] = {}
    for i, label in enumerate(labels):
        position.setdefault(_key(label), i)
    to_model = np.array([position.get(_key(c), -1) for c in dataset.classes], np.int64)
    unknown = [c for c, m in zip(dataset.classes, to_model) if m < 0]

    if split == "all":
        indices = np.arange(len(dataset), dtype=np.int64)
    else:
        indices = np.asarray(dataset.split(validation=validation, test=test, seed=seed)[split], np.int64)
    true_all = to_model[np.asarray(dataset.labels)[indices]] if len(indices) else np.empty(0, np.int64)
    known = true_all >= 0
    left_out = int((~known).sum())
    indices, true = indices[known], true_all[known]

    predicted = np.empty(len(indices), np.int64)
    pred_prob = np.empty(len(indices), np.float32)
    hits = np.empty(len(indices), bool)
    total = len(indices)
    # Drawings read as the pad reads them: a model that takes letter case from the guide lines gets each drawing's
    # place on its pad (a parent's small c's counted as wrong C's, which the pad read as c: walk 158)
    tops = np.asarray(dataset.drawn_tops, np.float64) \
        if dataset.drawn_tops is not None and letter_case.uses_guide(labels, spec) else None
    for start in range(0, total, batch_size):
        check(should_stop)
        chunk = indices[start : start + batch_size]
        probs = recognizer.infer(samples_to_model_input(spec, np.asarray(dataset.images[chunk])), batch_size)
        if tops is not None:
            drawn = tops[chunk]
            placed = np.isfinite(drawn)
            if placed.any():
                probs = np.array(probs, copy=True)
                probs[placed] = letter_case.by_drawn_size(probs[placed], labels, drawn[placed])
        end = start + len(chunk)
        predicted[start:end] = probs.argmax(axis=1)
        pred_prob[start:end] = probs[np.arange(len(chunk)), predicted[start:end]]
        hits[start:end] = top_k_hits(probs, true[start:end], top_k)
        if on_progress is not None:
            on_progress(end, total)

    confusion = confusion_matrix(true, predicted, k)
    wrong = np.flatnonzero(predicted != true)
    misclassified = [
        Misclassified(int(indices[i]), labels[true[i]], labels[predicted[i]], float(pred_prob[i])) for i in wrong
    ]
    return EvaluationReport(
        accuracy=float((predicted == true).mean()) if total else 0.0,
        top_k_accuracy=float(hits.mean()) if total else 0.0,
        top_k=int(min(top_k, k)),
        n_samples=total,
        labels=labels,
        confusion=confusion,
        per_class=per_class_metrics(confusion, labels),
        misclassified=misclassified,
        unknown_classes=unknown,
        left_out=left_out,
        split=split,
        dataset=dataset.name,
        seconds=time.perf_counter() - start_time,
        indices=indices,
        true=true,
        predicted=predicted,
    )


# The listed datasets whose samples went into a bundled model's own recipe mix (scripts/), which no list shows, the
# one it never learnt the test split of first: digits-mixed took mnist-5k's training part (its fixed 1,000 held out
# stay unseen) and the built-in digits synthesised at 600 a class, seed 0, whole (scripts/bundled_models.py,
# DIGITS_DATA). Synthesised in chunks of 200 that seed themselves, digits made at any size hold those samples (the
# window's 600 a class are the very ones): the Evaluation tab read the bundled model's 99.0 % on their test split,
# samples it had learnt, beside a run's held-out figure, nothing said (walk 160).
RECIPE_SOURCES = {"digits-mixed": ("mnist-5k", "digits")}


def recipe_held_out(info: dict) -> str | None:
    """The dataset whose test split a bundled model made by a recipe of its own (``info``: its metadata) never
    learnt, its fair figure (mnist-5k for digits-mixed); None for any other model."""
    from guiapp.core.modelfile.metadata import trained_on

    return next(iter(RECIPE_SOURCES.get(trained_on(info), ())), None)


def datasets_learnt_from(info: dict) -> set[str]:
    """The datasets a model learnt from, at least in part (``info``: its :func:`~guiapp.core.modelfile.read_metadata`):
    the one its file names, without a Teach… or Personalize round's suffix, each part of a mix ("mine+digits") and
    what a bundled recipe mixed in. Measured on all of one of them, or on its training split, a figure counts
    samples the model saw: 99.4 % "on real handwriting" from the bundled digits model on all of mnist-5k, 4,000
    of whose digits it learnt (walk 114)."""
    from guiapp.core.modelfile.metadata import trained_on
    from guiapp.core.training.runs import PERSONAL_SUFFIX, TAUGHT_SUFFIX

    name = trained_on(info)
    if not name:
        return set()
    plain = name.removesuffix(TAUGHT_SUFFIX).removesuffix(PERSONAL_SUFFIX)
    return {name, plain, *plain.split("+"), *RECIPE_SOURCES.get(name, ())} - {""}


def dataset_to_evaluate(info: dict, current: str, listed) -> str | None:
    """The dataset to evaluate a model on (``info``: its :func:`~guiapp.core.modelfile.read_metadata`) in place of
    ``current``, or None to keep ``current``: it is kept when it shares a class with the model, or when its classes
    cannot be told without reading it. Else the first of ``listed`` that the model learnt from: its own dataset,
    the one a Teach… or Personalize round drew, the original it was mixed with. (Latin with "on: digits" measured
    nothing, and the box stayed on digits.)"""
    from guiapp.core.modelfile.metadata import trained_on
    from guiapp.core.training.personalize import original_dataset
    from guiapp.core.training.runs import PERSONAL_SUFFIX, TAUGHT_SUFFIX

    from guiapp.core.datasets.registry import known_classes

    classes = known_classes(current)
    labels = {_key(str(label)) for label in info.get("labels") or []}
    if classes is None or labels & {_key(c) for c in classes}:
        return None
    name = trained_on(info)
    candidates = [name.removesuffix(TAUGHT_SUFFIX).removesuffix(PERSONAL_SUFFIX), name, original_dataset(info)]
    return next((c for c in candidates if c and c != current and c in listed), None)


__all__ = [
    "EvaluationReport", "dataset_to_evaluate", "datasets_learnt_from", "Misclassified", "confusion_matrix", "evaluate", "most_confused", "per_class_metrics",
    "samples_to_model_input", "top_k_accuracy", "top_k_hits",
]
