"""Personalisation: fine-tune a model on the user's own samples mixed with (a sample of) its original data, so it
learns the user's hand (and any new class) without forgetting the rest. ``core.training.engine.train(base=...)`` does the
training; this module only builds the mixed dataset and measures accuracy on the user's samples.

The user's samples are split once (seeded, stratified, as the Datasets area shows them) into training, validation
and test parts that become the mixed dataset's fixed split, so validation and the "after" accuracy on held-out
samples are honest: only training drawings are repeated to weigh as much as the original's classes, and no copy of
one is ever a validation sample. The original's samples are split the same way: their held-out part measures what
the model may have forgotten.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from guiapp.core.datasets.base import Dataset, DatasetError
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.training.data import images_for_spec


MIXED_SOURCE = "personalisation"  # the source of a dataset :func:`mix` made (a Teach… round's, Personalize's)


@dataclass
class PersonalizeRequest:
    """Fine-tune on a user dataset mixed with up to ``original_per_class`` samples per class of the original."""

    personal: str  # user dataset name (or path)
    original: str | None  # the base model's original dataset (None: the user's samples only)
    original_per_class: int | None = 50
    held_out: bool = True  # keep the samples the dataset's split holds out (see mix) out of training
    # Teach: the characters drawn in this round. Other classes of the dataset with too few samples to train on (a
    # stopped drill's three 6s) are left out rather than failing the round; None (Personalize): every class counts.
    taught: tuple[str, ...] | None = None


def original_dataset(info: dict) -> str | None:
    """The dataset to mix a model's original data from, as a name :func:`~guiapp.core.datasets.registry.open_dataset`
    knows, for ``info`` (:func:`~guiapp.core.modelfile.read_metadata` of the model): the dataset its file names when
    that opens, else the one a personalisation mixed in (``mine+digits``), else the built-in of exactly its classes:
    the bundled digits model learnt from "digits-mixed", the recipe's mix of real and synthesised digits, which is no
    dataset of its own. None when there is none."""
    from guiapp.core.datasets.builtin import BUILTINS
    from guiapp.core.datasets.registry import check_dataset
    from guiapp.core.modelfile.metadata import trained_on

    name = trained_on(info)
    for candidate in (name, name.partition("+")[2]):
        if candidate:
            try:
                check_dataset(candidate)  # what names a dataset, without opening it
                return candidate
            except DatasetError:
                pass
    labels = [str(label) for label in info.get("labels") or []]
    return next((builtin for builtin, (chars, _spec, _about) in BUILTINS.items() if list(chars) == labels), None)


def with_renamed_classes(base, renames: dict[str, str]):
    """``base`` (a LoadedModel) with its classes that the dataset renamed since under their new names, unless the
    model knows the new name as well (then both stay, as they were)."""
    import dataclasses

    labels, taken = [], set(base.labels)
    for label in base.labels:
        new = renames.get(label, label)
        if new not in taken:  # two old names of one class: the first takes it
            taken.add(new)
            label = new
        labels.append(label)
    return base if labels == list(base.labels) else dataclasses.replace(base, labels=labels)


def round_others(counts: dict[str, int], taught, known: set[str] | None,
                 minimum: int) -> tuple[list[str], list[str], list[str]]:
    """A Teach… round's view of its dataset's classes other than ``taught`` (``counts``: drawings of each): those it
    learns again (``minimum`` drawings or more, and among ``known``, the model's classes; None: any), those left out
    for too few drawings, and those left out because the model does not know them. Taught onto Digits, a round
    that learnt 3 added the a, c and f its dataset held from rounds on Latin, unasked (walk 158): a class is added
    to a model when it is typed."""
    typed = set(map(str, taught))
    others = {str(label): n for label, n in counts.items() if str(label) not in typed}
    rest = {label: n for label, n in others.items() if known is None or label in known}
    return (sorted(label for label, n in rest.items() if n >= minimum),
            sorted(label for label, n in rest.items() if n < minimum), sorted(set(others) - set(rest)))


def trainable_part(personal: Dataset, taught: tuple[str, ...] | None, minimum: int,
                   known: set[str] | None = None) -> tuple[Dataset, list[str]]:
    """``personal`` without the classes :func:`round_others` leaves out of a Teach… round of ``taught`` (None:
    Personalize, all kept), and the names of those left out."""
    if taught is None:
        return personal, []
    _again, too_few, unknown = round_others(dict(zip(map(str, personal.classes), personal.class_counts())), taught,
                                            known, minimum)
    left_out = too_few + unknown
    if not left_out:
        return personal, []
    kept = [label for label in personal.classes if label not in left_out]
    index = np.flatnonzero(np.isin(np.asarray(personal.labels), [personal.classes.index(c) for c in kept]))
    relabel = np.array([kept.index(c) if c in kept else -1 for c in personal.classes], np.int64)
    return Dataset(personal.name, kept, np.asarray(personal.images)[index],
                   relabel[np.asarray(personal.labels)[index]], spec=personal.spec, kind=personal.kind,
                   source=personal.source,
                   sample_ids=None if personal.sample_ids is None else tuple(personal.sample_ids[i] for i in index),
                   renamed_classes=personal.renamed_classes, drawn_tops=_tops_at(personal, index)),\
        left_out


def drawings_kept_elsewhere(model_labels, have, skip: str, minimum: int) -> list[tuple[str, list[str]]]:
    """[(dataset, its classes)] of the person's datasets (by name, ``skip`` left out) that hold ``minimum`` drawings
    or more of a model class not in ``have``: each such class from the first that does. Counted, not read."""
    from guiapp.core.datasets.user_store import UserStore

    held = set(map(str, have))
    missing = [str(label) for label in model_labels if str(label) not in held]
    if not missing:
        return []
    store, found = UserStore(), []
    for name in store.list():
        if not missing:
            break
        if name == skip:
            continue
        try:
            counts = store.open(name).counts()
        except (DatasetError, OSError, ValueError):
            continue  # a damaged dataset of one's own is no reason to refuse the round
        wanted = [label for label in missing if counts.get(label, 0) >= minimum]
        if wanted:
            found.append((name, wanted))
            missing = [label for label in missing if label not in wanted]
    return found


def with_drawings_kept_elsewhere(personal: Dataset, model_labels, original: Dataset | None,
                                 minimum: int) -> tuple[Dataset, list[str]]:
    """``personal`` with the person's drawings, from their other datasets, of the model's classes that neither it
    nor ``original`` holds: characters taught in earlier rounds from another dataset. Without them the round
    trained the model away from them: 休, taught from one dataset, read as 木 after a round on another, and nothing
    said so (walk 118). Each such class comes from the first dataset (by name) with ``minimum`` drawings of it, as
    they are (their own held-out drawings stay held out). Also returns the names of the datasets they came from."""
    from guiapp.core.datasets.user_store import UserStore

    have = set(personal.classes) | set(original.classes if original is not None else ())
    found = drawings_kept_elsewhere(model_labels, have, personal.name, minimum)
    if not found:
        return personal, []
    store = UserStore()
    images, labels, ids, sources = [np.asarray(personal.images)], [list(np.asarray(personal.classes)[personal.labels])], \
        [tuple(personal.sample_ids or ())], []
    tops = [_tops_at(personal, np.arange(len(personal)))]
    for name, wanted in found:
        try:
            data = store.open(name).to_dataset(personal.spec)
        except (DatasetError, OSError, ValueError):
            continue
        index = np.flatnonzero(np.isin(np.asarray(data.classes)[data.labels], wanted))
        images.append(np.asarray(data.images)[index])
        labels.append(list(np.asarray(data.classes)[np.asarray(data.labels)[index]]))
        ids.append(tuple(data.sample_ids[i] for i in index) if data.sample_ids else ())
        tops.append(_tops_at(data, index))
        sources.append(name)
    if not sources:
        return personal, []
    every = [label for part in labels for label in part]
    classes = list(personal.classes) + sorted(set(every) - set(personal.classes))
    joined_ids = tuple(i for part in ids for i in part)
    return Dataset(personal.name, classes, np.concatenate(images), np.array([classes.index(c) for c in every], np.int64),
                   spec=personal.spec, kind=personal.kind, source=personal.source,
                   sample_ids=joined_ids if len(joined_ids) == len(every) else None,
                   renamed_classes=personal.renamed_classes, drawn_tops=np.concatenate(tops)), sources


def _subsample(dataset: Dataset, per_class: int | None, seed: int) -> np.ndarray:
    """Indices of at most ``per_class`` samples of each class (all of them for None), seeded."""
    if per_class is None:
        return np.arange(len(dataset))
    rng = np.random.default_rng(seed)
    labels = np.asarray(dataset.labels)
    keep = [rng.permutation(np.flatnonzero(labels == c))[:per_class] for c in range(len(dataset.classes))]
    return np.sort(np.concatenate(keep)) if keep else np.empty(0, np.int64)


def mix(personal: Dataset, original: Dataset | None, spec: PreprocessSpec, original_per_class: int | None = None,
        held_out: bool = True, seed: int = 0) -> Dataset:
    """One dataset at ``spec``'s size: the user's samples plus up to ``original_per_class`` original samples per
    class. Classes are the original's, then the user's new ones. With ``held_out``, each part's own split (the one
    the Datasets area shows) becomes the dataset's fixed split: its validation samples validate, its test samples
    test, and neither is trained on. A test set of the user's samples alone would hold only their classes, and say
    nothing of the ones the model may forget. The validation part is fixed too: drawn at random from the mix, it
    held copies of the drawings trained on (a Teach round read 100 % validation accuracy from its second epoch)."""
    personal_idx = np.arange(len(personal))
    if original is not None:
        original_idx = _subsample(original, original_per_class, seed)
        classes = list(original.classes) + [c for c in personal.classes if c not in original.classes]
    else:
        original_idx = np.empty(0, np.int64)
        classes = list(personal.classes)
    parts = [images_for_spec(personal, spec, personal_idx)]
    labels = [np.array([classes.index(personal.classes[l]) for l in np.asarray(personal.labels)], np.int64)]
    if len(original_idx):
        parts.append(images_for_spec(original, spec, original_idx))
        labels.append(np.array([classes.index(original.classes[l]) for l in np.asarray(original.labels)[original_idx]],
                               np.int64))
    validating, testing = _split_masks(personal, seed) if held_out else (np.zeros(len(personal), bool),) * 2
    held = validating | testing
    if len(original_idx) and original_per_class:
        # A person draws ten samples where the original has fifty of each class: the user's training samples are
        # repeated (augmentation varies each copy) so their classes weigh as much as the original ones.
        counts = personal.class_counts(np.flatnonzero(~held))
        repeats = [np.flatnonzero((np.asarray(personal.labels) == c) & ~held).repeat(
            max(0, int(round(original_per_class / n)) - 1)) for c, n in enumerate(counts) if n]
        extra = np.concatenate(repeats) if repeats else np.empty(0, np.int64)
        if len(extra):
            parts.append(np.asarray(parts[0])[extra])
            labels.append(labels[0][extra])
    else:
        extra = np.empty(0, np.int64)
    total = sum(len(p) for p in parts)
    validation, test = np.zeros(total, bool), np.zeros(total, bool)
    # The user's own samples come first in the mix, then the original's, then the copies (trained on only).
    validation[: len(personal)], test[: len(personal)] = validating, testing
    if held_out and len(original_idx):  # split by the same stratified rule as the user's samples
        end = len(personal) + len(original_idx)
        validation[len(personal):end], test[len(personal):end] = _split_masks(
            Dataset(original.name, classes, parts[1], labels[1], spec=spec), seed)
    name = personal.name if original is None else f"{personal.name}+{original.name}"
    return Dataset(name, classes, np.concatenate(parts), np.concatenate(labels), spec=spec, kind="user",
                   source=f"{MIXED_SOURCE}: {len(personal)} user samples + {len(original_idx)} original",
                   predefined_test=test if test.any() else None,
                   predefined_validation=validation if validation.any() else None,
                   renamed_classes=personal.renamed_classes,
                   # (the user's drawings, the original's images, the copies of the drawings: see above)
                   drawn_tops=None if personal.drawn_tops is None else np.concatenate(
                       [_tops_at(personal, personal_idx), np.full(len(original_idx), np.nan),
                        _tops_at(personal, extra)]))


def _split_masks(dataset: Dataset, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Per sample of ``dataset``: (in its own split's validation part, in its test part)."""
    split = dataset.split(seed=seed)
    validation, test = np.zeros(len(dataset), bool), np.zeros(len(dataset), bool)
    validation[split.validation], test[split.test] = True, True
    return validation, test


def held_out_of(dataset: Dataset, seed: int = 0) -> np.ndarray:
    """Per sample, whether ``dataset``'s own split (as training and the Datasets area split it: 10 % validation,
    10 % test, one of each where a class can spare it) keeps it out of training: a sample the Datasets area shows
    as validation or test is never one Personalize trains on."""
    validation, test = _split_masks(dataset, seed)
    return validation | test


def _held_in_mix(mixed: Dataset) -> np.ndarray:
    """Per sample of a :func:`mix` result: validation or test, never trained on."""
    held = np.zeros(len(mixed), bool)
    for part in (mixed.predefined_validation, mixed.predefined_test):
        if part is not None:
            held |= np.asarray(part, bool)
    return held


def personal_part(mixed: Dataset, n_personal: int, held_out_only: bool = False) -> Dataset:
    """The user's samples of a :func:`mix` result (they come first), optionally only the held-out ones."""
    index = np.arange(n_personal)
    if held_out_only:
        index = index[_held_in_mix(mixed)[:n_personal]]
    return _part(mixed, index)


def original_held_out(mixed: Dataset, n_personal: int) -> Dataset:
    """The original's held-out samples of a :func:`mix` result (its validation and test samples after the user's;
    the copies of the user's drawings that follow them are never held out)."""
    return _part(mixed, n_personal + np.flatnonzero(_held_in_mix(mixed)[n_personal:]))


def _part(mixed: Dataset, index: np.ndarray) -> Dataset:
    return Dataset(mixed.name, list(mixed.classes), np.asarray(mixed.images)[index], np.asarray(mixed.labels)[index],
                   spec=mixed.spec, kind="user", drawn_tops=_tops_at(mixed, index))


def _tops_at(dataset: Dataset, index: np.ndarray) -> np.ndarray:
    """``dataset.drawn_tops`` of the rows ``index`` (NaN for rows of a dataset that has none)."""
    if dataset.drawn_tops is None:
        return np.full(len(index), np.nan)
    return np.asarray(dataset.drawn_tops, np.float64)[np.asarray(index, np.int64)]


def accuracy_on(recognizer, dataset: Dataset) -> tuple[int, int]:
    """(correct, total) of ``recognizer`` over all of ``dataset``; samples of classes the model does not know count
    as wrong (a model cannot recognize a class it has never seen)."""
    from guiapp.core.evaluation import evaluate

    if len(dataset) == 0:
        return 0, 0
    report = evaluate(recognizer, dataset, split="all")
    correct = int(np.trace(report.confusion))
    return correct, report.n_samples + report.left_out


def reads_already(model_path: str, name: str) -> dict:
    """How the model at ``model_path`` reads the drawings of dataset ``name`` before any personalizing: {"correct",
    "known": drawings of classes it knows, "new": the classes it does not, "learnt": how many drawings of classes it
    knows it learnt from and are left out of the figure, "counted_learnt": whether the figure counts drawings it
    learnt from, which cannot be told apart}. A student spent five minutes drawing 40 digits the model already read
    at 100 % and learnt it only from the result (walk 108). A model trained on these very drawings read "40 of your 40
    (100 %)", 30 of which it had learnt (walk 133): only the part its run held out is counted."""
    from guiapp.core.datasets.registry import open_dataset
    from guiapp.core.evaluation import datasets_learnt_from, evaluate
    from guiapp.core.evaluation_split import training_split
    from guiapp.core.modelfile import ModelFileError, read_metadata

    dataset = open_dataset(name)
    try:
        info = read_metadata(model_path)
    except (ModelFileError, OSError, ValueError):
        info = {}
    learnt = name in datasets_learnt_from(info)
    plan = training_split(info, name) if learnt else None
    if plan is not None:  # trained on this dataset: the parts its run held out (validation, test), never trained on
        reports = [evaluate(model_path, dataset, split=split, seed=plan.seed, validation=plan.validation,
                            test=plan.test) for split in ("validation", "test")]
        held, correct = sum(r.n_samples for r in reports), sum(int(np.trace(r.confusion)) for r in reports)
        unknown = [i for i, c in enumerate(dataset.classes) if str(c) in set(map(str, reports[0].unknown_classes))]
        known = int(np.count_nonzero(~np.isin(np.asarray(dataset.labels), unknown)))
        return {"correct": correct, "known": held, "new": [str(c) for c in reports[0].unknown_classes],
                "learnt": known - held, "counted_learnt": False}
    report = evaluate(model_path, dataset, split="all")
    # mixed into a personalisation, they were split with the mix: which ones it learnt cannot be told here
    return {"correct": int(np.trace(report.confusion)), "known": report.n_samples,
            "new": [str(c) for c in report.unknown_classes], "learnt": 0, "counted_learnt": learnt}


def personal_accuracy(loaded, mixed: Dataset, n_personal: int) -> dict:
    """{"all": [correct, total], "held_out": [correct, total], "original_held_out": [correct, total]} of a
    LoadedModel on the user's samples of a :func:`mix` result, and on the original's held-out samples."""
    from guiapp.core.recognition import Recognizer

    recognizer = Recognizer(loaded, warm_up=False)
    accuracy = {key: list(accuracy_on(recognizer, personal_part(mixed, n_personal, held)))
                for key, held in (("all", False), ("held_out", True))}
    accuracy["original_held_out"] = list(accuracy_on(recognizer, original_held_out(mixed, n_personal)))
    return accuracy


__all__ = ["accuracy_on", "drawings_kept_elsewhere", "mix", "MIXED_SOURCE", "original_dataset", "original_held_out",
           "personal_accuracy", "personal_part", "PersonalizeRequest", "reads_already", "round_others",
           "trainable_part", "with_drawings_kept_elsewhere"]
