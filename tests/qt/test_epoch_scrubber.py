"""“How it learned” on a real recorded 3-epoch run: the slider goes over the kept epochs and each shows the
drawing's top 5 and the run's validation confusion matrix at that epoch."""

import numpy as np
import pytest

from guiapp.core.strokes import Drawing, Stroke
from guiapp.qt.train.scrubber import EpochScrubber

pytest.importorskip("tensorflow")


@pytest.fixture(scope="module")
def recorded_run(digits, tmp_path_factory):
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.engine import train
    from guiapp.core.training.runs import RunStore

    config = TrainConfig(preset="keras-tutorial", epochs=3, batch_size=32, validation_split=0.2, test_split=0)
    run = RunStore(tmp_path_factory.mktemp("runs")).create(config.to_dict(), "digits", 20)
    result = train(config, digits, checkpoint=str(run.checkpoint_path))
    return str(result.save(run.model_path))


def test_the_slider_goes_over_the_epochs_with_top5_and_confusion(qtbot, recorded_run):
    view = EpochScrubber()
    qtbot.addWidget(view)
    view.show()
    view.set_drawing(Drawing([Stroke(np.array([[140.0, 40.0], [142.0, 140.0], [144.0, 240.0]]))], 280.0, 280.0))
    view.set_run(recorded_run)
    # From the weights before training (epoch 0) to the last epoch
    assert (view.slider.minimum(), view.slider.maximum(), view.slider.value()) == (0, 3, 3)
    # The run by the name it has everywhere else, not its folder's id ("20261204-181939-inkling-…")
    from guiapp.qt.recognize.model_picker import model_display_name

    assert f"3 epochs kept of run {model_display_name(recorded_run)}:" in view.note.text()
    qtbot.waitUntil(lambda: view.last is not None and view.last["epoch"] == 3, timeout=120_000)
    last = view.last
    assert len(last["top"]) == 5 and "Epoch 3, your drawing:" in view.top.text()
    label, share = last["top"][0]
    assert f"your drawing: {label} (" in view.top.text()  # "7 (100 %)": "7 100 %" ran label and share together
    from guiapp.qt.recognize.predictions import format_percent

    # each share written as the pad writes it: "<0.1 %", never "0 %" (the pad called it unlikely, this impossible)
    assert all(f"{l} ({format_percent(p)})" in view.top.text() for l, p in last["top"])
    # The run's own validation split (20 % of 20 digits per class), opened again from the run record.
    assert last["confusion"].shape == (10, 10) and last["confusion"].sum() == 40
    assert "Validation accuracy on 40 samples at epoch 3" in view.accuracy.text()  # on how many (walk 139)
    for epoch in (2, 1):  # dragged back: only the newest request runs, each answer is for its epoch
        view.slider.setValue(epoch)
    qtbot.waitUntil(lambda: view.wait(0) and view.last["epoch"] == 1, timeout=60_000)
    assert view.epoch_label.text() == "1 of 3"
    first = view.last
    assert not np.array_equal(first["confusion"], last["confusion"]) or first["top"] != last["top"]
    assert not view.heatmap.is_empty()
    view.slider.setValue(0)  # before training: the network's start, said so (not "epoch 0")
    qtbot.waitUntil(lambda: view.wait(0) and view.last["epoch"] == 0, timeout=60_000)
    assert view.epoch_label.text() == "before training" and view.top.text().startswith("Before training, your drawing:")
    assert view.accuracy.text().startswith("Validation accuracy on 40 samples before training:")
    # A picture opened on the pad is read too (How it learned read the cross drawn before it: walk 165)
    from PIL import Image

    picture = np.full((100, 100), 255, np.uint8)
    picture[15:85, 45:55] = 0
    view.set_drawing(Image.fromarray(picture))
    qtbot.waitUntil(lambda: view.wait(0) and view.last["top"] is not None and view.last["top"] != first["top"],
                    timeout=60_000)
    assert view.top.text().startswith("Before training, your drawing:")
    view.set_drawing(None)  # the pad cleared: the drawing's line says so, not the last epoch's answer
    view.slider.setValue(2)
    qtbot.waitUntil(lambda: view.wait(0) and view.last["epoch"] == 2, timeout=60_000)
    assert view.top.text().startswith("Draw something in Recognize")


def test_an_untrained_networks_tie_is_said_as_no_answer(qtbot):
    """Before training every class is about 10 %: "4 (10 %) · 6 (10 %) · 3 (10 %)" for a drawn 4, first by a tie,
    looked like the untrained network's right answer (walk 160). A tie is said as one; an answer stays one."""
    view = EpochScrubber()
    qtbot.addWidget(view)
    view.model_path = "run/model.h5"
    tie = [("4", 0.1004), ("6", 0.1003), ("3", 0.1001), ("1", 0.0999), ("0", 0.0998)]
    view._show(("run/model.h5", {"epoch": 0, "top": tie, "confusion": None, "accuracy": None}))
    assert view.top.text().replace("\xa0", " ") == (
        "Before training, your drawing: no answer yet, the top 5 alike at about 10 % (4, 6, 3, 1, 0)")
    answer = [("4", 0.13), ("6", 0.1), ("3", 0.09), ("1", 0.09), ("0", 0.08)]
    view._show(("run/model.h5", {"epoch": 1, "top": answer, "confusion": None, "accuracy": None}))
    assert view.top.text().replace("\xa0", " ").startswith("Epoch 1, your drawing: 4 (13 %) · 6 (10 %)")


def test_a_run_whose_data_is_gone_shows_no_other_runs_matrix(qtbot, recorded_run, monkeypatch):
    """A run whose validation data cannot be opened again (Teach's in-memory data, a personalisation that grew
    classes, a deleted dataset) showed the matrix left from the run before, the same at every epoch."""
    from guiapp.core.training import epochs

    view = EpochScrubber()
    qtbot.addWidget(view)
    view.show()
    view.set_run(recorded_run)
    qtbot.waitUntil(lambda: view.last is not None and view.last["confusion"] is not None, timeout=120_000)
    assert not view.heatmap.is_empty()
    monkeypatch.setattr(epochs, "measured_data", lambda path, labels: (None, None, ""))
    view.set_run(recorded_run)  # as when the next run is shown
    qtbot.waitUntil(lambda: view.last is not None and view.wait(0), timeout=120_000)
    assert view.last["confusion"] is None and view.heatmap.is_empty()
    assert "cannot be opened again" in view.accuracy.text()
    assert "not at hand" in view.heatmap.placeholder.textItem.toPlainText()


def test_a_run_without_validation_says_it_kept_none(qtbot, digits, tmp_path):
    """Validation 0 %: the page said the run's validation data "cannot be opened again", of data there never was (a
    walk)."""
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.engine import train
    from guiapp.core.training.runs import RunStore

    config = TrainConfig(preset="logreg", epochs=2, batch_size=32, validation_split=0.0, test_split=0)
    run = RunStore(tmp_path / "runs").create(config.to_dict(), "digits", 20)
    model = str(train(config, digits, checkpoint=str(run.checkpoint_path)).save(run.model_path))
    view = EpochScrubber()
    qtbot.addWidget(view)
    view.show()
    view.set_run(model)
    qtbot.waitUntil(lambda: view.last is not None and view.wait(0), timeout=120_000)
    assert view.last["confusion"] is None and view.heatmap.is_empty()
    assert view.accuracy.text().startswith("The run kept no validation data (Validation 0"), view.accuracy.text()
    assert "kept no validation data" in view.heatmap.placeholder.textItem.toPlainText()


def test_a_run_without_kept_epochs_says_so(qtbot, tmp_path):
    view = EpochScrubber()
    qtbot.addWidget(view)
    view.set_run(str(tmp_path / "model.h5"))
    assert not view.slider.isEnabled() and "not kept: only the latest 5 runs" in view.note.text()
    assert view.top.text() == "" and view.slider.maximum() == 0  # not asked for a drawing, no epoch to stand on
    assert view.heatmap.placeholder.textItem.toPlainText() == "No epochs kept: nothing to show."
    # A model too large to keep them: said so, not "Rerun it", which keeps nothing either (walk 103: tf-expert)
    import h5py
    import numpy as np

    with h5py.File(tmp_path / "large.h5", "w") as file:
        file.create_group("model_weights/dense").create_dataset("kernel", data=np.zeros((2100, 1000), np.float32))
    view.set_run(str(tmp_path / "large.h5"))
    assert "its model has 2,100,000 parameters, and they are kept for models of up to 2,000,000" in view.note.text()
    assert "Rerun" not in view.note.text()


def test_epochs_a_later_run_removed_leave_no_epochs_answers_behind(qtbot, recorded_run, tmp_path):
    """The next run removed this run's epoch files: dragging the slider said so, but the last epoch's matrix and
    accuracy stayed under the message, read as the epoch the slider named (a walk)."""
    import shutil
    from pathlib import Path

    copy = tmp_path / "run"
    shutil.copytree(Path(recorded_run).parent, copy)
    view = EpochScrubber()
    qtbot.addWidget(view)
    view.show()
    view.set_run(str(copy / "model.h5"))
    qtbot.waitUntil(lambda: view.last is not None and view.wait(0), timeout=120_000)
    assert not view.heatmap.is_empty()
    shutil.rmtree(copy / "epochs")  # as the next run's start does
    view.slider.setValue(1)
    qtbot.waitUntil(lambda: view.note.text().startswith("Cannot show this epoch"), timeout=60_000)
    assert "no longer kept" in view.note.text()
    assert view.accuracy.text() == "" and view.heatmap.is_empty()


def test_a_run_in_progress_is_said_to_come_when_no_run_is_shown(qtbot):
    """"Train a model to see its confusion matrix at each epoch" stood while a run trained (walk 116)."""
    from guiapp.qt.train.scrubber import EpochScrubber

    scrubber = EpochScrubber()
    qtbot.addWidget(scrubber)
    before = scrubber.note.text()
    scrubber.set_run_in_progress(True)
    assert scrubber.note.text().startswith("The run in progress")
    assert scrubber.heatmap.placeholder.toPlainText().startswith("Its confusion matrix at each epoch shows here")
    scrubber.set_run_in_progress(False)
    assert scrubber.note.text() == before


def test_an_epoch_s_accuracy_is_written_alike_as_keras_reported_it_and_as_counted_again():
    """377 of 400 validation samples came from Keras as the float32 0.94249999: the run's line wrote 94.2 %, How it
    learned, counting the epoch's answers again, 94.3 % (walk 153)."""
    import numpy as np

    from guiapp.core.training.progress import as_recorded
    from guiapp.qt.i18n import fmt

    assert as_recorded(np.float32(377 / 400)) == 377 / 400
    assert fmt("{0:.1%}", as_recorded(np.float32(377 / 400))) == fmt("{0:.1%}", 377 / 400)
    assert as_recorded(0.5) == 0.5 and np.isnan(as_recorded(float("nan")))
