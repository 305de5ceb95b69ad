"""The Train panel inside the real main window: Use for recognition switches the pad's model, the current drawing
reaches the feature maps, and closing the window during training asks, then stops and joins within 2 s."""


import numpy as np
import pytest

from guiapp.core.training.runs import RunStore
from guiapp.core.training.config import TrainConfig
from guiapp.qt.main_window import MainWindow
from guiapp.core.training.request import TrainingRequest
from guiapp.qt.train.panel import TrainPanel
from qt.recognize_helpers import draw_seven, wait_for_model

pytest.importorskip("tensorflow")


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.recognize.recognizer is not None, timeout=60_000)
    assert isinstance(w.train_area, TrainPanel)
    yield w
    w.close()


def test_use_for_recognition_switches_the_pads_model(qtbot, window, digits):
    panel = window.train_area
    job = TrainingRequest(TrainConfig(preset="keras-tutorial", epochs=1, batch_size=16, validation_split=0.2,
                                  test_split=0.1), "digits", 20, data=digits)
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000) as finished:
        assert panel.start(job)
        # the window's own process has no TensorFlow; the status bar says where it is instead of "not loaded"
        assert window.tf_status.text() == "TensorFlow: in the training process"
        # a run not started from the settings column (as Teach… starts one) says what it trains
        note = panel.settings.other_run
        assert not note.isHidden() and "digits" in note.text() and "keras-tutorial" in note.text(), note.text()
    assert window.tf_status.text() == "TensorFlow: loads for training" and panel.settings.other_run.isHidden()
    path = str(finished.args[0].model_path)
    panel.use_button.click()
    wait_for_model(qtbot, window, path)
    # The drawing on the pad reaches the feature-map view of the Train area.
    window.show_area(panel)
    panel.tabs.setCurrentWidget(panel.feature_maps)
    panel.set_current_model(path)
    window.tabs.setCurrentIndex(0)
    draw_seven(window.recognize.pad)
    window.show_area(panel)
    qtbot.waitUntil(lambda: any(t.startswith("What the model sees") for t, _ in panel.feature_maps.sections),
                    timeout=30_000)


def _start_a_long_run(qtbot, window, digits):
    """A run far longer than the test, with its first epoch plotted; returns the Train panel."""
    panel = window.train_area
    job = TrainingRequest(TrainConfig(preset="logreg", epochs=200, batch_size=4, validation_split=0.2, test_split=0.0),
                      "digits", 20, data=digits)
    assert panel.start(job)
    qtbot.waitUntil(lambda: bool(panel.plots.history.get("loss")), timeout=30_000)
    return panel


def _answer(monkeypatch, button):
    """The close confirmation is a modal question; answer it as the user would."""
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args) or button)
    return asked


def test_closing_the_window_while_training_asks_and_no_keeps_training(qtbot, window, digits, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    panel = _start_a_long_run(qtbot, window, digits)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    window.close()
    assert asked and window.isVisible() and panel.is_training()
    assert panel.stop_and_wait(5.0)


def test_closing_the_window_while_training_stops_within_two_seconds(qtbot, window, digits, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    panel = _start_a_long_run(qtbot, window, digits)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.close()  # stops the run and joins it within 2 s
    assert asked
    assert not panel.is_training()
    run = RunStore().list()[0]
    assert run.status == "cancelled" and run.checkpoint_path.is_file()
    assert not [p for p in run.folder.iterdir() if p.name.endswith(".tmp")]
    assert np.isfinite(run.load_curves().history["loss"]).all()
