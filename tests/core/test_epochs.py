"""How it learned (guiapp.core.training.epochs): a recorded run keeps every epoch's weights (the latest runs only,
small models only), and each epoch's view of a drawing and of the validation data can be read back."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.core.strokes import Drawing, Stroke


@pytest.fixture(scope="module")
def run(digits, tmp_path_factory):
    """A real 3-epoch run recorded in a runs folder (the checkpoint path is what a recorded run passes)."""
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.engine import train

    runs = tmp_path_factory.mktemp("runs")
    stale = runs / "older-run" / "epochs"
    stale.mkdir(parents=True)
    (stale / "epoch-001.weights.h5").write_bytes(b"x")
    folder = runs / "this-run"
    folder.mkdir()
    result = train(TrainConfig(preset="keras-tutorial", epochs=3, batch_size=32, validation_split=0.2, test_split=0),
                   digits, checkpoint=str(folder / "best.h5"))
    model = result.save(folder / "model.h5")
    return runs, folder, model, result


def test_every_epoch_is_kept_and_an_earlier_runs_epochs_stay(run):
    from guiapp.core.training.epochs import epoch_files

    runs, folder, _, _ = run
    # and the weights before training, epoch 0: the network at chance, before it learnt
    assert [epoch for epoch, _ in epoch_files(folder)] == [0, 1, 2, 3]
    # A teacher's prepared run lost its epochs to the next run (two walks): the latest runs keep theirs
    assert (runs / "older-run" / "epochs" / "epoch-001.weights.h5").is_file()
    assert not list((folder / "epochs").glob("*.tmp*"))  # each file written atomically, nothing left behind


def test_the_oldest_runs_epochs_make_room_beyond_the_latest_runs_and_their_size(tmp_path):
    import os

    from guiapp.core.training.epochs import make_room

    for k in range(6):  # run-0 oldest
        epochs = tmp_path / f"run-{k}" / "epochs"
        epochs.mkdir(parents=True)
        (epochs / "epoch-001.weights.h5").write_bytes(b"x" * 1000)
        os.utime(epochs, (1_000_000 + k, 1_000_000 + k))
    new = tmp_path / "run-new"
    new.mkdir()
    make_room(new, keep_runs=5, keep_bytes=10_000)  # the new run and the 4 newest others
    assert sorted(p.parent.name for p in tmp_path.glob("*/epochs")) == ["run-2", "run-3", "run-4", "run-5"]
    make_room(new, keep_runs=5, keep_bytes=2_500)  # and no more than the bytes allow
    assert sorted(p.parent.name for p in tmp_path.glob("*/epochs")) == ["run-4", "run-5"]


def test_each_epoch_shows_its_own_top5_and_confusion(run, digits):
    from guiapp.core.training.epochs import EpochViewer

    _, folder, model, result = run
    viewer = EpochViewer(model)
    assert viewer.epochs == [0, 1, 2, 3]
    drawing = Drawing([Stroke(np.array([[140.0, 40.0], [142.0, 140.0], [144.0, 240.0]]))], 280.0, 280.0)
    images, labels = digits.images[:60], digits.labels[:60]
    views = [viewer.at(epoch, drawing, images, labels, pen_width=16.0) for epoch in viewer.epochs]
    for view in views:
        assert len(view["top"]) == 5 and view["confusion"].shape == (10, 10) and view["confusion"].sum() == 60
        assert view["accuracy"] == pytest.approx(np.trace(view["confusion"]) / 60)
    assert not np.allclose([p for _, p in views[0]["top"]], [p for _, p in views[-1]["top"]])  # it learned
    assert views[0]["accuracy"] < 0.4 < views[-1]["accuracy"]  # from about chance (10 classes) before training
    # The last epoch is the model that was saved (no early stop in 3 epochs: best = last unless val loss rose).
    if result.best_epoch == 3:
        from guiapp.core.recognition import Recognizer

        saved = Recognizer(str(model), runtime="tensorflow").recognize(drawing, pen_width=16.0).top
        assert [label for label, _ in saved] == [label for label, _ in views[-1]["top"]]
    with pytest.raises(ValueError, match="was not kept"):
        viewer.at(7)


def test_epochs_removed_by_a_later_run_are_said_so_not_as_a_file_error(run, tmp_path):
    """A second run removed the first's epoch files while How it learned still showed it: dragging its slider said
    h5py's "[Errno 2] Unable to synchronously open file …" (a walk)."""
    import shutil

    from guiapp.core.tasks import error_message
    from guiapp.core.training.epochs import EpochViewer

    _, folder, _, _ = run
    copy = tmp_path / "run"
    shutil.copytree(folder, copy)
    viewer = EpochViewer(copy / "model.h5")
    shutil.rmtree(copy / "epochs")  # as the next run's start does
    with pytest.raises(Exception) as removed:
        viewer.at(1)
    assert error_message(removed.value).startswith("this run's epochs are no longer kept")


def test_an_epochs_validation_accuracy_is_the_one_the_run_reported(run, digits):
    """The scrubber fitted every validation image a second time: epoch 2 read 94.5 % there and 96.3 % in the run's
    own curves. It now sees the samples as training did."""
    from guiapp.core.training.epochs import EpochViewer

    _, _, model, result = run
    split = digits.split(validation=0.2, test=0.0, seed=0)
    viewer = EpochViewer(model)
    for epoch in viewer.epochs[1:]:  # (epoch 0, before training, has no figure in the run's curves)
        view = viewer.at(epoch, images=digits.images[split.validation], labels=digits.labels[split.validation])
        assert view["accuracy"] == pytest.approx(result.history["val_accuracy"][epoch - 1], abs=1e-6)


def test_a_taught_run_is_measured_on_the_persons_held_out_drawings(digits, tmp_path):
    """A Teach… run's data was mixed in memory ("mine (taught)" names no dataset): How it learned said its data
    could not be opened again. It measures each epoch on the drawings of the person's dataset that the mix held out
    (never trained on), of the classes the model knows."""
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.core.training.epochs import VALIDATION, YOUR_DRAWINGS, measured_data
    from guiapp.core.training.personalize import held_out_of
    from guiapp.core.training.runs import RunStore

    mine = UserStore().create("mine")
    for k in range(20):
        mine.add_image(np.asarray(digits.images[k]), "xy"[k % 2], source_ink="light")
    mine.add_image(np.asarray(digits.images[21]), "z", source_ink="light")  # left out of the round: not known
    store = RunStore(tmp_path / "runs")
    run = store.create({"seed": 0}, "mine (taught)", personal_dataset="mine")
    labels = [*"0123456789", "x", "y"]
    images, indices, what = measured_data(run.model_path, labels)
    personal = mine.to_dataset()
    held = held_out_of(personal, 0) & np.array([personal.classes[c] != "z" for c in personal.labels])
    assert what == YOUR_DRAWINGS and len(images) == len(indices) == held.sum() > 0
    assert set(indices.tolist()) <= {10, 11}
    plain = store.create({"seed": 0, "validation_split": 0.2, "test_split": 0.1}, "digits", 20)
    images, indices, what = measured_data(plain.model_path, list("0123456789"))
    assert what == VALIDATION and len(images) == 40  # its own validation split, as before
    assert measured_data(store.create({}, "gone").model_path, labels) == (None, None, "")  # nothing to open


def test_making_room_passes_over_an_epochs_folder_removed_meanwhile(tmp_path, monkeypatch):
    """Another run's epochs folder gone between the listing and its size (another process making room, or tests
    beside each other in one folder) failed the run that was starting: "[Errno 2] No such file … epochs"."""
    from pathlib import Path

    from guiapp.core.training.epochs import make_room

    gone = tmp_path / "gone-run" / "epochs"
    gone.mkdir(parents=True)
    kept = tmp_path / "other-run" / "epochs"
    kept.mkdir(parents=True)
    (kept / "epoch-001.weights.h5").write_bytes(b"x")
    real_iterdir = Path.iterdir

    def vanishing(self):
        if self == gone:
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", vanishing)
    new = tmp_path / "new-run"
    new.mkdir()
    make_room(new)
    assert (kept / "epoch-001.weights.h5").is_file()
