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
    tab, named = window.tabs.indexOf(panel), []
    # (after the window's own slot)
    panel.progressed.connect(lambda event: named.append((event.kind, event.epoch, window.tabs.tabText(tab))))
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000) as finished:
        assert panel.start(job)
        # the window's own process has no TensorFlow; the status bar says where it is instead of "not loaded"
        assert window.tf_status.text() == "TensorFlow: in the training process"
        # a run not started from the settings column (as Teach… starts one) says what it trains
        note = panel.settings.other_run
        assert not note.isHidden() and "digits" in note.text() and "keras-tutorial" in note.text(), note.text()
    assert window.tf_status.text() == "TensorFlow: not needed yet"
    # from any tab, the Train tab's name showed the run going on (walk 114), and no longer does
    assert ("batch", 1, "Train · 1/1") in named and window.tabs.tabText(tab) == "Train"
    # not before the first epoch began (beside Teach's "Learning… getting ready": walk 161)
    assert {text for kind, epoch, text in named if kind == "message" and not epoch} == {"Train"}, named
    # Ended, the note stays in the past tense: Teach's "completed 15 epochs" stood beside "Epochs 10", unexplained
    assert not note.isHidden() and note.text().startswith("The last run trained digits with keras-tutorial, 1 epoch;")
    panel.settings.preset.setCurrentIndex((panel.settings.preset.currentIndex() + 1) % panel.settings.preset.count())
    # It stays while the next run is chosen: gone at the first change, every field below moved up under the
    # pointer (two walks); the next run's start takes it away
    assert not note.isHidden()
    path = str(finished.args[0].model_path)
    panel.use_button.click()
    wait_for_model(qtbot, window, path)
    # Renamed in the Runs list, the model in use is named anew in the model box and the status bar (walk 126)
    assert panel.runs_view.rename(finished.args[0].run, "class demo")
    assert window.recognize.picker.currentText() == "class demo"
    assert window.model_status.text().startswith("Model: class demo ("), window.model_status.text()
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


def _answer(monkeypatch, button, meanwhile=None):
    """The close confirmation is a modal question; answer it as the user would (after ``meanwhile()``, what
    happens while it is open). Returns the list of the texts asked."""
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def exec_(box):
        if meanwhile is not None:
            meanwhile()
        asked.append(box.text())
        return button

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_closing_the_window_while_training_asks_and_no_keeps_training(qtbot, window, digits, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    panel = _start_a_long_run(qtbot, window, digits)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    window.close()
    assert asked and window.isVisible() and panel.is_training()
    assert panel.stop_and_wait(5.0)


def test_quit_while_training_closes_the_window_once_the_run_has_stopped(qtbot, window, digits, monkeypatch):
    """A tester's Quit, answered Yes, stopped the run but left the window open (3 of 3 tries): the close waited
    2 s for a stop that took 5-20 s on a busy machine. The close now waits for the run to end, however long."""
    from PySide6.QtWidgets import QMessageBox

    panel = _start_a_long_run(qtbot, window, digits)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.close()
    assert len(asked) == 1 and "The best epoch so far is kept" in asked[0]
    assert panel.closing and window.statusBar().currentMessage().startswith("Stopping training")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
    assert not panel.is_training()
    run = RunStore().list()[0]
    assert run.status == "cancelled" and run.checkpoint_path.is_file()
    # what stopped it, for the Runs table after the restart ("stopped by request" read as Stop pressed: walk 110)
    assert run.message.startswith("stopped as the window closed, "), run.message
    assert not [p for p in run.folder.iterdir() if p.name.endswith(".tmp")]
    assert np.isfinite(run.load_curves().history["loss"]).all()


def test_an_epoch_that_ends_while_the_close_question_is_open_changes_what_it_says(qtbot, window, digits,
                                                                                    monkeypatch):
    """A walk pressed Ctrl+Q in a run's first seconds and waited: the run went on to epoch 3 behind a question that
    still said "No epoch has finished yet, so this run keeps no model", and Yes kept the model."""
    from PySide6.QtWidgets import QMessageBox

    panel = window.train_area
    assert panel.start(TrainingRequest(TrainConfig(preset="logreg", epochs=200, batch_size=4, validation_split=0.2,
                                                   test_split=0.0), "digits", 20, data=digits))
    said = []

    def exec_(box):  # the question stays open while the run's first epoch ends
        said.append(box.text())
        qtbot.waitUntil(lambda: bool(panel.plots.history.get("loss")), timeout=60_000)
        qtbot.waitUntil(lambda: box.text() != said[0])
        said.append(box.text())
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    window.close()
    assert "No epoch has finished yet, so this run keeps no model" in said[0]
    assert "The best epoch so far is kept in the runs folder" in said[1]
    assert window.isVisible() and panel.stop_and_wait(5.0)


def test_a_run_that_ends_while_the_close_question_is_open_changes_the_question(qtbot, window, digits, monkeypatch):
    """A fresh-eyes walk: the run finished while "A training run is in progress. Stop it and close?" stayed open."""
    from PySide6.QtWidgets import QMessageBox

    panel = _start_a_long_run(qtbot, window, digits)

    def the_run_ends():
        panel.training.stop()
        qtbot.waitUntil(lambda: not panel.is_training(), timeout=60_000)

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes, meanwhile=the_run_ends)
    window.close()
    assert asked == ["The run has ended; its model is in the runs folder. Close the window?"]
    assert not window.isVisible() and not panel.closing


def test_quit_again_while_the_run_stops_closes_at_once(qtbot, window, digits, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    panel = _start_a_long_run(qtbot, window, digits)
    panel.toggle_pause()  # held, so that it is still stopping when Quit comes again
    qtbot.waitUntil(lambda: panel.status.text().startswith("Paused"), timeout=10_000)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.close()
    assert window.isVisible() and panel.closing
    window.close()  # no second question, no waiting
    assert len(asked) == 1 and not window.isVisible()
    qtbot.waitUntil(lambda: not panel.is_training(), timeout=30_000)


def test_quit_answered_no_while_paused_keeps_it_paused_and_says_so(qtbot, window, digits, monkeypatch):
    """Before the first epoch ends, the question promises no kept epoch; No leaves the run paused, and the
    status says so as the button does."""
    from PySide6.QtWidgets import QMessageBox

    panel = window.train_area
    job = TrainingRequest(TrainConfig(preset="logreg", epochs=200, batch_size=1, validation_split=0.2,
                                      test_split=0.0), "digits", 20, data=digits)
    assert panel.start(job)
    qtbot.waitUntil(lambda: panel.training is not None and panel.plots._raw.n >= 1, timeout=30_000)
    panel.toggle_pause()  # within the first of 160 batches' epoch
    qtbot.waitUntil(lambda: panel.status.text().startswith("Paused"), timeout=10_000)
    assert not panel.plots.history.get("loss"), "the first epoch ended before the pause: the test is too slow here"
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    window.close()
    assert "No epoch has finished yet" in asked[0] and window.isVisible() and not panel.closing
    assert panel.pause_button.text() == "Resume" and panel.status.text().startswith("Paused")
    with qtbot.waitSignal(panel.trainingFinished, timeout=20_000):
        panel.stop()
