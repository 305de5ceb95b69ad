"""What an evaluation runs in its worker, and how the view words what was evaluated."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from guiapp.core.evaluation import likely_accuracy_range
from guiapp.core.text import Plural
from guiapp.qt.dataset_names import dataset_title
from guiapp.qt.i18n import fmt, localise, split_label, translate, unbroken


def run_evaluation(model_path: str, dataset, split: str, seed: int, validation: float, test: float,
                   dataset_name: str | None = None, samples_per_class: int | None = None):
    """(worker thread) Open the dataset if only its name is known, then evaluate."""
    from guiapp.core.evaluation import evaluate
    from guiapp.core.recognition import Recognizer

    if dataset is None:
        from guiapp.core.datasets.registry import open_dataset

        dataset = open_dataset(dataset_name, samples_per_class)
    recognizer = Recognizer(model_path, warm_up=False)
    report = evaluate(recognizer, dataset, split=split, seed=seed, validation=validation, test=test)
    return report, dataset


def evaluated_text(widget: QWidget, report) -> str:
    """What was evaluated, counted: "300 samples (30 per class) of the test split of digits", as rich text: the
    dataset's name escaped, its hyphens unbreakable (a label wraps "my-handwriting-letters" after a hyphen)."""
    supports = sorted({row["support"] for row in report.per_class.values() if row["support"]})
    samples = localise(Plural("%Ln sample(s)", "", report.n_samples))
    if len(supports) == 1:
        per_class = fmt(translate("train", " ({0:,} per class)"), supports[0])
    elif supports:
        per_class = fmt(translate("train", " ({0:,}–{1:,} per class)"), supports[0], supports[-1])
    else:
        per_class = ""
    where = translate("train", "all of") if report.split == "all" else translate("train", "the {0} split of").format(split_label(report.split))
    return translate("train", "{0}{1} of {2} {3}").format(samples, per_class, where, unbroken(dataset_title(report.dataset)))


def model_part(model_path: str | None) -> str:
    """The figures' " · model …" part, naming the model they are of ("" for none)."""
    from html import escape

    from guiapp.qt.recognize.model_picker import model_display_name

    return translate("train", " · model {0}").format(escape(model_display_name(model_path))) if model_path else ""


def likely_note(report) -> str:
    """" (too few to be sure: likely 34%–100%)" after an accuracy measured on few samples, else "": the bare figure
    read as a fact ("100.0 % on 2 held-out samples")."""
    return few_samples_note(report.accuracy, report.n_samples)


def split_plan(model_path: str, name: str, builtin_samples: int | None):
    """How Evaluate splits the dataset ``name`` for the model at ``model_path`` (see
    :func:`~guiapp.core.evaluation_split.evaluation_plan`); a built-in made with ``builtin_samples`` a class."""
    from guiapp.core.evaluation_split import evaluation_plan

    return evaluation_plan(_metadata(model_path), name, builtin_samples)[0]


def trained_size(model_path: str, name: str) -> int | None:
    """How many samples a class the built-in ``name`` had when the model at ``model_path`` learnt from it; None when
    it did not, or its file does not say."""
    from guiapp.core.evaluation_split import training_split

    trained = training_split(_metadata(model_path), name)
    return trained.samples_per_class if trained is not None else None


def _metadata(model_path: str) -> dict:
    from guiapp.core.modelfile import ModelFileError, read_metadata

    try:
        return read_metadata(model_path)
    except (ModelFileError, OSError, ValueError):
        return {}


def seen_note(report, model_path: str | None, plan=None, own_test: bool = False) -> str:
    """After a figure that may count samples the model learnt from, that it may; else "". The bundled digits model
    read "99.4 %" on all of mnist-5k, 4,000 of which it had learnt, and a teacher was about to show it as the score
    on real handwriting (walk 114); a test split made otherwise than the run's held samples it had learnt (walk
    119). ``plan``: how the dataset was made and split (:func:`split_plan`); ``own_test``: it has a test set of its
    own. The test split of a dataset it learnt from, held out, says so: a teacher took the bundled digits model's
    99.2 % on mnist-5k's test digits for a figure on digits it had learnt, beside his own run's 95.4 % (walk 141)."""
    from guiapp.core.evaluation import datasets_learnt_from, recipe_held_out
    from guiapp.core.evaluation_split import SplitPlan, counts_learnt_samples

    info = _metadata(model_path) if model_path else {}
    if not info:
        return ""
    if counts_learnt_samples(info, report.dataset, report.split, plan or SplitPlan(), own_test=own_test):
        if fair := recipe_held_out(info):  # a bundled recipe's model has no test split of its own
            return translate("train", " · <i>may count samples the model learnt: {0}'s test split is the fair "
                                      "figure</i>").format(fair)
        return translate("train", " · <i>may count samples the model learnt: its own test split is the fair figure</i>")
    if report.split == "test" and report.dataset in datasets_learnt_from(info):
        return translate("train", " · <i>held out: none of them was learnt by the model</i>")
    return ""


def few_samples_note(accuracy: float, n: int) -> str:
    """:func:`likely_note` for an ``accuracy`` measured on ``n`` samples (a run's validation and test figures)."""
    likely = likely_accuracy_range(round(accuracy * n), n)
    if likely is None:
        return ""
    return fmt(translate("train", " (too few to be sure: likely {0:.0%}–{1:.0%})"), *likely)
