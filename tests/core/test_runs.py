"""Run history on disk (core/runs.py) and the personalisation mix (core/personalize.py): real files, no Qt."""

import json

import numpy as np
import pytest

from guiapp.core.datasets.base import Dataset
from guiapp.core.training.personalize import mix, original_held_out, personal_part
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.training.runs import Curves, RunError, RunStore, thin
from guiapp.core.training.config import TrainConfig


def test_create_finish_list_and_reload(tmp_path):
    store = RunStore(tmp_path / "runs")
    config = TrainConfig(preset="logreg", epochs=2).to_dict()
    first = store.create(config, "digits", 20)
    second = store.create(config, "digits", 20)
    assert first.id != second.id and first.status == "running"
    curves = Curves({"loss": [1.0, 0.5], "val_loss": [1.1, 0.7]}, [[1, 2.3], [2, 1.9]])
    store.finish(first, "completed", "completed 2 epochs; best epoch 2", 2, curves, seconds=3.21, note="x")
    again = store.load(first.id)
    assert again.status == "completed" and again.best_epoch == 2 and again.epochs_done == 2
    assert again.extra["note"] == "x" and again.extra["process"]["pid"] > 0 and again.config == config and again.samples_per_class == 20
    assert again.load_curves().history == curves.history and again.load_curves().batches == curves.batches
    assert TrainConfig.from_dict(again.config) == TrainConfig(preset="logreg", epochs=2)
    assert {run.id for run in store.list()} == {first.id, second.id}
    assert second.best_model_file() is None


def test_a_run_folder_keeps_the_letters_of_its_dataset_name(tmp_path):
    """Walk 135: "chiffres-écrits" made a folder "…-chiffres--crits"; letters of every script are kept, only what a
    file system refuses becomes a dash."""
    store = RunStore(tmp_path / "runs")
    french = store.create({"preset": "lenet"}, "chiffres-écrits")
    japanese = store.create({"preset": "lenet"}, "ひらがな71の練習")
    odd = store.create({"preset": "lenet"}, 'a:b*c?"d<e>|')
    assert french.id.endswith("-lenet-chiffres-écrits") and japanese.id.endswith("-lenet-ひらがな71の練習")
    assert odd.id.endswith("-lenet-a-b-c-d-e") and all(run.folder.is_dir() for run in (french, japanese, odd))


def test_a_run_keeps_its_message_translatable_after_a_restart(tmp_path):
    """The message a run ended with is a Text (the window shows it translated); run.json keeps its template and
    arguments beside the English, so a reloaded run reads the same in English and translates again; a damaged
    template falls back to the English."""
    from guiapp.core.text import Plural, Text

    store = RunStore(tmp_path / "runs")
    run = store.create(TrainConfig(preset="logreg").to_dict(), "digits", 20)
    message = Text("{0}: {1}", tmp_path / "x.h5", Plural("completed %Ln epoch(s)", "", 1))
    store.finish(run, "completed", message, 1, Curves({"loss": [1.0]}))
    again = store.load(run.id).message
    assert again == message and isinstance(again, Text) and again.template == "{0}: {1}"
    assert isinstance(again.args[1], Plural) and (again.args[1].template, again.args[1].n) == (
        "completed %Ln epoch(s)", 1)
    data = json.loads((run.folder / "run.json").read_text())
    assert data["message"] == str(message)  # what older versions and the CLI read
    data["message_text"] = {"template": "{0} {1} {2}", "args": []}  # edited by hand: too few arguments
    (run.folder / "run.json").write_text(json.dumps(data))
    assert store.load(run.id).message == str(message)


def test_damaged_run_is_skipped_and_reported(tmp_path):
    store = RunStore(tmp_path)
    good = store.create({"preset": "logreg"}, "digits")
    bad = store.create({"preset": "logreg"}, "digits")
    (bad.folder / "run.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "stray-folder").mkdir()
    assert [run.id for run in store.list()] == [good.id]
    assert any(bad.id in problem for problem in store.problems)
    with pytest.raises(RunError):
        store.load("nope")


def test_export_model_is_atomic_copy_and_needs_a_model(tmp_path):
    store = RunStore(tmp_path / "runs")
    run = store.create({"preset": "logreg"}, "digits")
    with pytest.raises(RunError, match="no saved model"):
        store.export_model(run, tmp_path / "out.h5")
    run.checkpoint_path.write_bytes(b"checkpoint")
    assert store.export_model(run, tmp_path / "out.h5").read_bytes() == b"checkpoint"
    run.model_path.write_bytes(b"final")
    assert store.export_model(run, tmp_path / "out.h5").read_bytes() == b"final"
    with pytest.raises(RunError, match="extension"):
        store.export_model(run, tmp_path / "out.keras")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_batch_trace_is_thinned_on_disk(tmp_path):
    points = [[i, 1.0 / (i + 1)] for i in range(10_001)]
    thinned = thin(points, 1000)
    assert len(thinned) <= 1001 and thinned[-1] == points[-1] and thinned[0] == points[0]
    store = RunStore(tmp_path)
    run = store.create({"preset": "logreg"}, "digits")
    store.save_curves(run, Curves({}, points))
    stored = json.loads((run.folder / "curves.json").read_text())
    assert len(stored["batches"]) <= 4001


def test_mix_adds_new_classes_and_holds_out_user_samples():
    spec = PreprocessSpec()
    rng = np.random.default_rng(0)
    original = Dataset("orig", ["0", "1"], rng.integers(0, 255, (40, 28, 28), dtype=np.uint8),
                       np.repeat([0, 1], 20), spec=spec)
    personal = Dataset("mine", ["1", "x"], rng.integers(0, 255, (10, 32, 32), dtype=np.uint8),
                       np.repeat([0, 1], 5), spec=spec)
    mixed = mix(personal, original, spec, original_per_class=5)
    assert mixed.classes == ["0", "1", "x"] and mixed.image_shape == (28, 28)
    # The mix's fixed split is each part's own (of 5 a class: one validation, one test), as the Datasets area shows
    # them; the user's 3 training samples a class are repeated once to weigh as the original's 5
    own = personal.split()
    assert np.flatnonzero(mixed.predefined_validation[:10]).tolist() == sorted(own.validation)
    assert np.flatnonzero(mixed.predefined_test[:10]).tolist() == sorted(own.test)
    assert mixed.predefined_test[10:20].sum() == mixed.predefined_validation[10:20].sum() == 2
    assert not mixed.predefined_test[20:].any() and not mixed.predefined_validation[20:].any()  # copies train only
    assert len(mixed) == 10 + 10 + 6 and mixed.class_counts().tolist() == [5, 10 + 3, 5 + 3]
    held = personal_part(mixed, len(personal), held_out_only=True)
    assert len(held) == 4 and sorted(np.array(held.classes)[held.labels]) == ["1", "1", "x", "x"]
    kept = original_held_out(mixed, len(personal))
    assert len(kept) == 4 and sorted(np.array(kept.classes)[kept.labels]) == ["0", "0", "1", "1"]
    split = mixed.split(validation=0.2)  # fixed: the fractions do not apply
    assert split.test.tolist() == np.flatnonzero(mixed.predefined_test).tolist()
    assert split.validation.tolist() == np.flatnonzero(mixed.predefined_validation).tolist()


def test_a_deleted_run_goes_to_the_trash_and_comes_back(tmp_path):
    """Deleting a run threw its model away for good (a minute of teaching, one click): it is kept in the trash,
    restored by Undo."""
    from guiapp.core.training.runs import TRASH_DIR

    store = RunStore(tmp_path / "runs")
    run = store.create({"preset": "lenet"}, "digits")
    run.model_path.write_bytes(b"model")
    token = store.delete(run.id)
    assert store.list() == [] and (store.root / TRASH_DIR / token / "model.h5").read_bytes() == b"model"
    restored = store.restore(token)
    assert restored.id == run.id and [r.id for r in store.list()] == [run.id] and restored.model_path.is_file()
    with pytest.raises(KeyError):
        store.restore(token)  # back already
    for bad in ("", "..", TRASH_DIR, "../x"):
        with pytest.raises(RunError):
            store.delete(bad)


def test_a_runs_test_accuracy_is_recorded_and_read_back(tmp_path):
    """Measured at the run's end (the window's Evaluation, guiapp train), kept in run.json; a record edited by hand
    into nonsense reads as not measured, never as a figure."""
    from guiapp.core.training.runs import TEST, RunStore

    store = RunStore(tmp_path)
    run = store.create({"preset": "logreg"}, "digits")
    assert run.test_accuracy is None
    store.note_test(run, 0.875, 40)
    assert store.load(run.id).test_accuracy == (0.875, 40)
    for nonsense in ({"accuracy": "high", "samples": 4}, {"accuracy": 1.5, "samples": 4}, {"samples": 4},
                     {"accuracy": 0.5, "samples": 0}, [0.5, 4], "0.5"):
        run.extra[TEST] = nonsense
        store.write(run)
        assert store.load(run.id).test_accuracy is None, nonsense


def test_a_runs_split_sizes_read_back_and_nonsense_reads_as_none(tmp_path):
    from guiapp.core.training.runs import SPLITS, RunStore

    store = RunStore(tmp_path)
    run = store.create({"preset": "logreg"}, "digits")
    assert run.split_sizes is None  # a run recorded before runs kept them, or stopped before training
    store.finish(run, "completed", "done", 1, Curves({"loss": [1.0]}, []), **{SPLITS: {"train": 26, "validation": 3,
                                                                                    "test": 4}})
    assert store.load(run.id).split_sizes == {"train": 26, "validation": 3, "test": 4}
    for nonsense in ({"train": "many"}, [26, 3, 4], None):
        run.extra[SPLITS] = nonsense
        store.write(run)
        assert store.load(run.id).split_sizes is None, nonsense


def test_the_newest_run_is_read_without_reading_every_run(tmp_path):
    """The window asks at start-up for the newest run only (an unfinished Teach… round): the one list() gives first,
    from the newest folders alone; runs of one second (names of another order) and a damaged newest folder too."""
    store = RunStore(tmp_path / "runs")
    assert store.newest() is None
    runs = [store.create({"preset": preset}, "digits") for preset in ("zeta", "alpha", "mid")]  # likely one second
    for i, run in enumerate(runs):
        run.created = f"2026-12-06T10:00:0{i}+00:00"
        store.write(run)
    assert store.newest().id == store.list()[0].id == runs[-1].id
    damaged = tmp_path / "runs" / "99991231-235959-x-y"
    damaged.mkdir()
    (damaged / "run.json").write_text("{not json", encoding="utf-8")
    assert store.newest().id == store.list()[0].id == runs[-1].id
