"""Evaluation: metrics on hand-made arrays, and a hand-set model evaluated on a dataset by class name."""

import json
import os

import numpy as np
import pytest

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

from guiapp.core.datasets.base import Dataset  # noqa: E402
from guiapp.core.evaluation import (  # noqa: E402
    confusion_matrix,
    evaluate,
    likely_accuracy_range,
    most_confused,
    per_class_metrics,
    top_k_accuracy,
    top_k_hits,
)
from guiapp.core.tasks import Cancelled  # noqa: E402


# -- pure functions ------------------------------------------------------------------------------------------------
def test_confusion_matrix_rows_true_columns_predicted():
    true = [0, 0, 0, 1, 1, 2, 2, 2, 2]
    pred = [0, 1, 0, 1, 1, 2, 0, 2, 1]
    cm = confusion_matrix(true, pred, 4)
    assert cm.dtype == np.int64
    assert cm.tolist() == [
        [2, 1, 0, 0],
        [0, 2, 0, 0],
        [1, 1, 2, 0],
        [0, 0, 0, 0],
    ]
    assert confusion_matrix([], [], 2).tolist() == [[0, 0], [0, 0]]
    with pytest.raises(ValueError):
        confusion_matrix([0, 3], [0, 1], 3)
    with pytest.raises(ValueError):
        confusion_matrix([0, 1], [0], 3)


def test_per_class_precision_recall_f1_support():
    cm = np.array([[2, 1, 0, 0], [0, 2, 0, 0], [1, 1, 2, 0], [0, 0, 0, 0]])
    m = per_class_metrics(cm, ["a", "b", "c", "d"])
    assert m["a"] == pytest.approx({"precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3, "support": 3})
    assert m["b"]["precision"] == pytest.approx(0.5) and m["b"]["recall"] == pytest.approx(1.0)
    assert m["b"]["f1"] == pytest.approx(2 * 0.5 * 1.0 / 1.5)
    assert m["c"] == pytest.approx({"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "support": 4})
    # No samples: not measured (None), not 0 % (which would rank it the weakest class); precision only where the
    # model predicted the class (every such prediction is wrong).
    assert m["d"] == {"precision": None, "recall": None, "f1": None, "support": 0}
    m = per_class_metrics(np.array([[1, 1], [0, 0]]), ["a", "b"])
    assert m["b"] == {"precision": 0.0, "recall": None, "f1": None, "support": 0}
    # Never predicted: no precision (none of 0 answers; "0.0 %" read as a figure: a walk), F1 0 for its samples
    m = per_class_metrics(np.array([[2, 0], [1, 0]]), ["a", "b"])
    assert m["b"] == {"precision": None, "recall": 0.0, "f1": 0.0, "support": 1}
    assert isinstance(m["a"]["support"], int)
    with pytest.raises(ValueError):
        per_class_metrics(cm, ["a", "b"])


def test_top_k_accuracy():
    probs = np.array([
        [0.5, 0.3, 0.2, 0.0],  # true 0: top-1
        [0.5, 0.3, 0.2, 0.0],  # true 1: top-2
        [0.5, 0.3, 0.2, 0.0],  # true 2: top-3
        [0.1, 0.2, 0.3, 0.4],  # true 0: top-4
    ])
    true = [0, 1, 2, 0]
    assert top_k_accuracy(probs, true, 1) == 0.25
    assert top_k_accuracy(probs, true, 2) == 0.5
    assert top_k_accuracy(probs, true, 3) == 0.75
    assert top_k_accuracy(probs, true, 4) == 1.0
    assert top_k_accuracy(probs, true, 10) == 1.0
    assert top_k_hits(probs, true, 2).tolist() == [True, True, False, False]
    assert top_k_accuracy(np.empty((0, 4)), [], 3) == 0.0


def test_an_accuracy_on_few_samples_comes_with_its_likely_range():
    """2 of 2 right is not "100 %": its 95 % Wilson range is 34–100 %; 29 of 40 is 57–84 %; from 100 samples on
    the figure stands alone. The range always holds the measured accuracy and stays within 0–1."""
    low, high = likely_accuracy_range(2, 2)
    assert round(low, 2) == 0.34 and high == 1.0
    low, high = likely_accuracy_range(29, 40)
    assert (round(low, 2), round(high, 2)) == (0.57, 0.84)
    assert likely_accuracy_range(0, 3)[0] == 0.0
    for n in range(1, 100):
        for correct in (0, n // 3, n):
            low, high = likely_accuracy_range(correct, n)
            assert 0 <= low <= correct / n <= high <= 1
    assert likely_accuracy_range(95, 100) is None and likely_accuracy_range(0, 0) is None


def test_most_confused_orders_off_diagonal_cells():
    cm = np.array([[9, 3, 1], [0, 5, 3], [4, 0, 7]])
    assert most_confused(cm, ["a", "b", "c"], 3) == [("c", "a", 4), ("a", "b", 3), ("b", "c", 3)]
    assert len(most_confused(cm, ["a", "b", "c"], 100)) == 4  # zero cells are not confusions


# -- evaluating a model on a dataset ------------------------------------------------------------------------------
keras = pytest.importorskip("keras")

MODEL_LABELS = ["left", "middle", "right"]


@pytest.fixture(scope="module")
def recognizer():
    from guiapp.core.modelfile import LoadedModel
    from guiapp.core.preprocess import PreprocessSpec
    from guiapp.core.recognition import Recognizer

    spec = PreprocessSpec(fit="resize")
    columns = np.arange(28)
    kernel = np.zeros((28, 28, 1, 3), np.float32)
    for c in range(3):
        kernel[:, (columns * 3) // 28 == c, :, c] = 0.05
    model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(3, activation="softmax")])
    model.layers[-1].set_weights([kernel.reshape(-1, 3), np.zeros(3, np.float32)])
    return Recognizer(LoadedModel(model, MODEL_LABELS, spec))


def bar(column_fraction, size=28):
    image = np.zeros((size, size), np.uint8)
    center, half = int(column_fraction * size), max(1, size // 14)
    image[size // 8 : size - size // 8, max(0, center - half) : center + half] = 255
    return image


def make_dataset(size=28):
    """Classes named in another order than the model's, one the model does not know ("dot"), and one sample per
    class that the model must get wrong (a "right" sample whose bar is in the middle, etc.)."""
    classes = ["right", "dot", "left", "middle"]
    images, labels = [], []
    where = {"right": 0.85, "left": 0.15, "middle": 0.5}
    for name in classes:
        for i in range(10):
            if name == "dot":
                image = np.zeros((size, size), np.uint8)
                image[size // 2 - 1 : size // 2 + 1, size // 2 - 1 : size // 2 + 1] = 255
            else:
                image = bar(where[name] + (i - 5) * 0.005, size)
            images.append(image)
            labels.append(classes.index(name))
    images, labels = np.stack(images), np.array(labels)
    # Deliberate mistakes: sample 0 ("right") drawn in the middle, sample 20 ("left") drawn on the right, sample
    # 21 ("left") in the middle.
    images[0], images[20], images[21] = bar(0.5, size), bar(0.85, size), bar(0.5, size)
    return Dataset("bars", classes, images, labels)


def test_evaluate_by_class_name_leaves_unknown_classes_out(recognizer):
    dataset = make_dataset()
    report = evaluate(recognizer, dataset, split="all", top_k=2)
    assert report.unknown_classes == ["dot"]
    assert report.left_out == 10
    assert report.n_samples == 30
    assert report.labels == MODEL_LABELS
    # Rows = true, columns = predicted, both in the model's label order.
    assert report.confusion.tolist() == [
        [8, 1, 1],   # left: one drawn in the middle, one on the right
        [0, 10, 0],  # middle
        [0, 1, 9],   # right: one drawn in the middle
    ]
    assert report.accuracy == pytest.approx(27 / 30)
    assert report.top_k == 2
    assert report.top_k_accuracy >= report.accuracy
    assert report.per_class["middle"]["precision"] == pytest.approx(10 / 12)
    assert report.per_class["left"]["recall"] == pytest.approx(0.8)
    assert report.per_class["right"]["support"] == 10
    assert sorted((m.index, m.true, m.predicted) for m in report.misclassified) == [
        (0, "right", "middle"), (20, "left", "right"), (21, "left", "middle")
    ]
    assert all(0 < m.probability <= 1 for m in report.misclassified)
    assert report.most_confused(2) == [("left", "middle", 1), ("left", "right", 1)]
    assert report.samples("left", "right").tolist() == [20]
    assert sorted(report.samples("middle", "middle").tolist()) == list(range(30, 40))
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["unknown_classes"] == ["dot"] and data["confusion"][1] == [0, 10, 0]


def test_model_classes_missing_from_the_dataset_are_fine(recognizer):
    dataset = make_dataset()
    keep = dataset.labels != dataset.classes.index("middle")
    only_two = Dataset("two", dataset.classes, dataset.images[keep], dataset.labels[keep])
    report = evaluate(recognizer, only_two, split="all")
    assert report.n_samples == 20 and report.confusion.shape == (3, 3)
    assert report.per_class["middle"]["support"] == 0
    assert report.per_class["middle"]["recall"] is None and report.per_class["middle"]["f1"] is None
    # top 5 of 3 classes: top 2, as top 3 of 3 is always 100 % (walk 124)
    assert report.top_k == 2


def test_evaluate_a_split_uses_the_seeded_dataset_split(recognizer):
    dataset = make_dataset()
    split = dataset.split(validation=0.2, test=0.2, seed=3)
    report = evaluate(recognizer, dataset, split="test", seed=3, validation=0.2, test=0.2)
    known = [i for i in split.test if dataset.classes[dataset.labels[i]] != "dot"]
    assert report.n_samples == len(known) == 6
    assert report.left_out == 2
    assert sorted(report.indices.tolist()) == sorted(known)
    with pytest.raises(ValueError, match="split"):
        evaluate(recognizer, dataset, split="everything")


def test_other_image_sizes_are_fitted_per_image_and_batches_do_not_matter(recognizer):
    small = evaluate(recognizer, make_dataset(28), split="all", batch_size=7)
    big = evaluate(recognizer, make_dataset(56), split="all", batch_size=256)
    assert big.confusion.tolist() == small.confusion.tolist()
    assert big.n_samples == 30


def test_progress_and_cancel(recognizer):
    seen = []
    evaluate(recognizer, make_dataset(), split="all", batch_size=8, on_progress=lambda d, t: seen.append((d, t)))
    assert seen == [(8, 30), (16, 30), (24, 30), (30, 30)]
    with pytest.raises(Cancelled):
        evaluate(recognizer, make_dataset(), split="all", should_stop=lambda: True)


def test_a_dataset_without_known_classes_gives_an_empty_report(recognizer):
    dataset = Dataset("other", ["x", "y"], np.zeros((4, 28, 28), np.uint8), np.array([0, 1, 0, 1]))
    report = evaluate(recognizer, dataset, split="all")
    assert report.n_samples == 0 and report.accuracy == 0.0 and report.left_out == 4
    assert report.unknown_classes == ["x", "y"]
    assert report.confusion.sum() == 0 and report.misclassified == []


def test_a_model_is_evaluated_on_what_it_learnt_when_the_chosen_dataset_shares_no_class():
    """Latin with "on: digits" measured nothing: the dataset it learnt from is proposed instead; a dataset that
    shares a class with the model (or whose classes cannot be told without reading it) is kept."""
    from guiapp import paths
    from guiapp.core.evaluation import dataset_to_evaluate
    from guiapp.core.modelfile import read_metadata

    latin = read_metadata(paths.resource("models") / "latin.h5")
    listed = ["digits", "latin", "mnist-5k", "fashion-mnist"]
    assert dataset_to_evaluate(latin, "digits", listed) == "latin"
    assert dataset_to_evaluate(latin, "latin", listed) is None
    # Fashion-MNIST's, mnist-5k's and five-fonts' classes are known without reading them (a Latin model kept
    # "on: fashion-mnist" after a run on it, and measured nothing: a walk)
    assert dataset_to_evaluate(latin, "fashion-mnist", listed) == "latin"
    assert dataset_to_evaluate(latin, "five-fonts", listed) is None  # its letters are Latin's
    digits = read_metadata(paths.resource("models") / "digits.h5")
    assert dataset_to_evaluate(digits, "mnist-5k", listed) is None
    assert dataset_to_evaluate(digits, "my-imports", listed) is None  # not read to find out
    assert dataset_to_evaluate(latin, "digits", ["digits"]) is None  # nothing better listed
    taught = {"labels": ["x", "o"], "metadata": {"dataset": {"name": "symbols (taught)"}}}
    assert dataset_to_evaluate(taught, "digits", ["digits", "symbols"]) == "symbols"


def test_the_datasets_a_model_learnt_from_include_mixes_and_rounds():
    """The figure on all of a dataset a model learnt from counts samples it saw (walk 114): which datasets those
    are, from the model file: its own, a round's base, a mix's parts, and what a bundled recipe mixed in."""
    from guiapp.core.evaluation import datasets_learnt_from
    from guiapp.core.modelfile import read_metadata
    from guiapp.core.training.runs import TAUGHT_SUFFIX
    from guiapp.paths import resource

    def info(name):
        return {"metadata": {"dataset": {"name": name}}}

    assert datasets_learnt_from({"metadata": {}}) == set()
    assert datasets_learnt_from(info("digits")) == {"digits"}
    assert {"mine", "digits"} <= datasets_learnt_from(info("mine+digits"))
    assert "my symbols" in datasets_learnt_from(info("my symbols" + TAUGHT_SUFFIX))
    # the bundled digits model learnt mnist-5k's training part in its recipe's mix
    assert "mnist-5k" in datasets_learnt_from(read_metadata(resource("models") / "digits.h5"))


def test_the_bundled_digits_model_s_figure_on_synthesised_digits_counts_digits_it_learnt():
    """Its recipe learnt the built-in digits at 600 a class, seed 0, whole; the window's digits are those very
    samples, and their test split read 99.0 % beside a run's held-out figure, nothing said (walk 160). Any split of
    them counts learnt samples; mnist-5k's test split, its fair figure, does not."""
    from guiapp.core.evaluation import recipe_held_out
    from guiapp.core.evaluation_split import SplitPlan, counts_learnt_samples, evaluation_plan
    from guiapp.core.modelfile import read_metadata
    from guiapp.paths import resource

    info = read_metadata(resource("models") / "digits.h5")
    assert recipe_held_out(info) == "mnist-5k"
    assert recipe_held_out(read_metadata(resource("models") / "latin.h5")) is None
    for size in (None, 200, 600):
        plan, seed = evaluation_plan(info, "digits", size)
        assert counts_learnt_samples(info, "digits", "test", plan, seed)
    assert not counts_learnt_samples(info, "digits", "test", SplitPlan(7), synthesis_seed=7)  # other writers
    assert not counts_learnt_samples(info, "mnist-5k", "test", SplitPlan(), own_test=True)


def test_a_model_s_own_split_and_the_figures_that_count_samples_it_learnt():
    """Walk 119: a model trained on 200 hiragana-71 a class read 94.5 % "on its test split" of 600 a class (92.5 %
    fair), and 98.3 % on hiragana, whose samples are hiragana-71's."""
    from guiapp.core.evaluation_split import SplitPlan, counts_learnt_samples, training_split

    info = {"labels": [], "metadata": {"dataset": {"name": "hiragana-71", "splits": {"train": 11360, "validation": 1420,
                                                                                       "test": 1420}},
                                       "training_config": {"seed": 3, "validation_split": 0.1, "test_split": 0.1}}}
    own = training_split(info, "hiragana-71")
    assert own == SplitPlan(3, 0.1, 0.1, 200) and training_split(info, "hiragana") is None
    assert not counts_learnt_samples(info, "hiragana-71", "test", own)
    assert counts_learnt_samples(info, "hiragana-71", "test", SplitPlan(3, 0.1, 0.1, 600))  # more made: its 200 in
    assert counts_learnt_samples(info, "hiragana-71", "test", SplitPlan(0, 0.1, 0.1, 200))  # split otherwise
    assert counts_learnt_samples(info, "hiragana-71", "all", own)
    assert not counts_learnt_samples(info, "hiragana-71", "test", SplitPlan(0, 0.1, 0.1, 600), synthesis_seed=7)
    assert counts_learnt_samples(info, "hiragana", "test", SplitPlan())  # the same writers' あ…ん
    assert not counts_learnt_samples(info, "hiragana", "test", SplitPlan(), synthesis_seed=7)
    assert not counts_learnt_samples(info, "digits", "test", SplitPlan())
    # A dataset with a test set of its own keeps it apart whatever the split's seed
    mnist = {"labels": [], "metadata": {"dataset": {"name": "mnist-5k"}, "training_config": {"seed": 4}}}
    assert not counts_learnt_samples(mnist, "mnist-5k", "test", SplitPlan(), own_test=True)
    assert counts_learnt_samples(mnist, "mnist-5k", "validation", SplitPlan(), own_test=True)


def test_a_part_of_a_dataset_with_its_own_test_set_is_evaluated_on_the_runs_own_part(digits, tmp_path):
    """Trained on mnist-5k at 200 a class, evaluated on its validation split: the whole dataset was split anew, and
    that split held 199 of the run's 1,800 training digits, unsaid (walk 139). The model's file records the part it
    trained on; an evaluation on that dataset splits the same part, and any other part is said to count samples it
    learnt."""
    from guiapp.core.datasets.base import Dataset
    from guiapp.core.evaluation_split import SplitPlan, counts_learnt_samples, evaluation_plan, training_split
    from guiapp.core.modelfile import read_metadata
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.engine import train

    own_test = np.arange(len(digits)) % 4 == 0  # a test set of its own: a quarter
    whole = Dataset("with-test", list(digits.classes), np.asarray(digits.images), np.asarray(digits.labels),
                    spec=digits.spec, predefined_test=own_test)
    part = whole.at_most_per_class(8)
    assert part.per_class_limit == 8
    result = train(TrainConfig(preset="logreg", epochs=1, batch_size=16, early_stopping=0), part)
    path = result.save(tmp_path / "model.h5")
    info = read_metadata(path)
    assert info["metadata"]["dataset"]["at_most_per_class"] == 8
    trained = training_split(info, "with-test")
    assert trained is not None and trained.samples_per_class == 8
    plan, _seed = evaluation_plan(info, "with-test")
    assert plan.samples_per_class == 8  # the run's own part: its validation split is the run's
    split = lambda data, p: data.split(validation=p.validation, test=p.test, seed=p.seed)  # noqa: E731
    learnt = set(np.asarray(part.rows)[split(part, trained).train].tolist())
    again = whole.at_most_per_class(plan.samples_per_class)
    assert not learnt & set(np.asarray(again.rows)[split(again, plan).validation].tolist())
    assert learnt & set(split(whole, plan).validation.tolist())  # the whole's validation split: some it learnt
    assert not counts_learnt_samples(info, "with-test", "validation", plan, own_test=True)
    assert counts_learnt_samples(info, "with-test", "validation", SplitPlan(plan.seed, plan.validation, plan.test),
                                 own_test=True)  # the whole: said
