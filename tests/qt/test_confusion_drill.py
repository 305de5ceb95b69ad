"""“Draw what it confuses” in the real window: after an evaluation the most confused classes are collected on the
pad, the evaluated model is the one fine-tuned, and its accuracy on those classes is shown before and after."""

from types import SimpleNamespace

import pytest

from guiapp.core.confusions import confused_classes
from qt.recognize_helpers import draw_one, open_window

pytest.importorskip("tensorflow")


@pytest.fixture
def window(qtbot, tiny_digits_model):
    w = open_window(qtbot, tiny_digits_model)
    yield w
    w.close()


def test_the_confused_classes_are_collected_then_measured_before_and_after(qtbot, window, tiny_digits_model, digits):
    view = window.train_area.evaluation
    assert view.drill_button.isHidden()
    with qtbot.waitSignal(view.evaluated, timeout=120_000) as done:
        view.evaluate(str(tiny_digits_model), digits, split="all")
    report = done.args[0]
    classes = confused_classes(report)
    assert classes and not view.drill_button.isHidden()  # a 2-epoch model confuses some digits

    view.drill_button.click()
    bar = window.collect_bar
    assert list(dict.fromkeys(bar.prompts)) == classes  # the collect session asks for exactly those classes
    assert len(bar.prompts) == 8 * len(classes)
    assert window.teacher.active and window.teacher.base_path == str(tiny_digits_model)
    assert window.tabs.currentWidget() is window.recognize
    assert f"8 times on the Recognize pad: {', '.join(classes)} (" in view.drill_note.text()
    assert bar.dataset_name() == "digits-practice"  # its own dataset, not the one last chosen in the bar
    assert window.train_area.settings.dataset_name() != "digits-practice"  # not taken for one the person made

    # The fine-tuning itself is the Teach flow's (tested there); here its result comes back as the Train area
    # announces it, and the drill measures that model on the same data and split.
    finished = SimpleNamespace(model_path=tiny_digits_model, stopped=SimpleNamespace(finished=True), message="", personal={})
    with qtbot.waitSignal(view.evaluated, timeout=120_000) as again:
        window.train_area.trainingFinished.emit(finished)
    assert again.args[0].n_samples == report.n_samples and again.args[0].split == "all"
    note = view.drill_note.text()
    assert note.startswith("After drawing them:") and all(f"{label}: " in note for label in classes)
    assert "→" in note and not window.teacher.active


def test_a_clicked_confusion_is_the_pair_drawn(qtbot, window, tiny_digits_model, digits):
    """Clicked in the matrix, a misclassification (true 9 read as 4) is what the drill asks for: its button says
    so; a new evaluation forgets the choice."""
    view = window.train_area.evaluation
    with qtbot.waitSignal(view.evaluated, timeout=120_000) as done:
        view.evaluate(str(tiny_digits_model), digits, split="all")
    report = done.args[0]
    true, predicted, _count = report.most_confused(3)[-1]
    view.heatmap.cellClicked.emit(report.labels.index(true), report.labels.index(predicted))
    assert view.drill_button.text() == f"Draw {true} and {predicted}…"
    view.heatmap.cellClicked.emit(0, 0)  # correct samples: back to the most confused classes
    assert view.chosen_pair is None and view.drill_button.text() == "Draw what it confuses…"
    # A class's row in the table opens its worst confusion: that pair is the one drawn (the button kept the pair
    # clicked before: a walk)
    other_true, other_predicted, _count = report.most_confused(1)[0]
    view.open_class(next(row for row in range(view.table.rowCount()) if view.table.label_at(row) == other_true))
    assert view.chosen_pair == (other_true, other_predicted)
    assert view.drill_button.text() == f"Draw {other_true} and {other_predicted}…"
    view.heatmap.cellClicked.emit(report.labels.index(true), report.labels.index(predicted))
    # The person's dataset before the drill: the default one, not made yet (nothing drawn into it so far).
    assert window.collect_bar.dataset_name() == "my-handwriting" and not window.collect_bar.store.exists("my-handwriting")
    # What the person was collecting, typed (QTest types Latin-1 only), is given back after the drill
    qtbot.keyClicks(window.collect_bar.classes_edit, "xy")
    window.collect_bar.times.setValue(4)
    view.drill_button.click()
    assert list(dict.fromkeys(window.collect_bar.prompts)) == [true, predicted]
    assert window.collect_bar.dataset_name() == "digits-practice"
    assert window.statusBar().currentMessage().startswith(f"Practising {true}, {predicted}: draw each 8 times")
    # Stop before the last prompt: no fine-tuning follows, and neither the drill nor the status bar waits for one.
    window.collect_bar.start_button.click()
    assert not window.collect_bar.collecting() and not window.teacher.active
    assert view.drill_note.text().startswith("Practice stopped") and window.drill.state == "idle"
    # Stopped before its first drawing: the empty practice dataset it made goes again, and no message says the
    # drawings are kept in it.
    assert window.statusBar().currentMessage() == "Practice stopped: nothing was fine-tuned"
    assert view.drill_note.text() == "Practice stopped: nothing was fine-tuned"  # as the status line says it
    assert not window.collect_bar.store.exists("digits-practice")
    assert not window.collect_bar.store.exists("my-handwriting")  # made empty on the way back (walk 103)
    # The collect bar is back on the person's dataset: a later Teach… round drew into digits-practice beside the
    # stopped drill's few drawings (and failed on them).
    assert window.collect_bar.dataset_name() == "my-handwriting"
    assert (window.collect_bar.classes_edit.text(), window.collect_bar.times.value()) == ("xy", 4)  # not "9, 4"
    with qtbot.waitSignal(view.evaluated, timeout=120_000):
        view.evaluate(str(tiny_digits_model), digits, split="all")
    assert view.chosen_pair is None and view.drill_button.text() == "Draw what it confuses…"
    assert view.drill_note.text() == ""  # the stopped practice's note is not about these figures


def test_a_stopped_drill_keeps_its_practice_dataset_once_drawn_into(qtbot, window, tiny_digits_model, digits):
    """And gives the pad back the model it had: a drill stopped before any drawing left the evaluated digits model
    on the pad, and the person's own letters model was gone from it (a fresh-eyes walk)."""
    from guiapp.paths import resource
    from qt.recognize_helpers import wait_for_model

    view = window.train_area.evaluation
    with qtbot.waitSignal(view.evaluated, timeout=120_000):
        view.evaluate(str(tiny_digits_model), digits, split="all")
    letters = str(resource("models", "latin.h5"))
    window.use_model(letters)
    wait_for_model(qtbot, window, letters)
    train_choice = window.train_area.settings.dataset_name()
    view.drill_button.click()
    assert window.current_model_path() == str(tiny_digits_model)  # the pad reads with the evaluated model
    bar = window.collect_bar
    draw_one(window.recognize.pad)
    assert bar.add_current() is not None
    bar.start_button.click()  # Stop, one drawing in
    assert bar.store.exists("digits-practice") and sum(bar.store.open("digits-practice").counts().values()) == 1
    assert window.statusBar().currentMessage() == ("Practice stopped: nothing was fine-tuned; the drawings added so "
                                                   "far are kept in digits-practice")
    assert view.drill_note.text() == window.statusBar().currentMessage()
    assert window.current_model_path() == letters  # nothing fine-tuned: the pad's own model again
    # The person's dataset, made empty as the collect bar went back to it, did not become Train's choice (Start
    # said "my-handwriting: the dataset is empty": a walk)
    assert window.train_area.settings.dataset_name() == train_choice
    # A second drill, stopped at once, does not remove the dataset the first one drew into.
    view.drill_button.click()
    bar.start_button.click()
    assert bar.store.exists("digits-practice") and window.current_model_path() == letters


def test_tab_from_the_matrix_into_the_class_table_opens_nothing_until_a_row_is_chosen(qtbot, window,
                                                                                        tiny_digits_model, digits):
    """Tab on from the matrix made the table's first row current, and that opened its class's samples (walk 145):
    the keyboard opens a row as it moves to it, or with Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    view = window.train_area.evaluation
    window.tabs.setCurrentWidget(window.train_area)
    window.train_area.tabs.setCurrentWidget(view)
    with qtbot.waitSignal(view.evaluated, timeout=120_000):
        view.evaluate(str(tiny_digits_model), digits, split="all")
    # the matrix as a picture says first what it is of, then its figures (walk 149: "model digits · keras-tutorial"
    # at the figures' end read as the bundled Digits on a slide)
    from guiapp.qt.recognize.model_picker import model_display_name

    title, figures = view._picture_caption().split("\n")  # noqa: SLF001 — what offer_picture is given
    assert title == f"Confusion matrix of {model_display_name(str(tiny_digits_model))}" and " · model " not in figures
    view.heatmap.selection.setVisible(False)  # (nothing opened)
    view.heatmap.setFocus()
    qtbot.waitUntil(view.heatmap.hasFocus)
    qtbot.keyClick(view.heatmap, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)
    assert not view.heatmap.selection.isVisible() and view.table.currentRow() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Down)  # a move opens the row moved to
    assert view.heatmap.selection.isVisible()
    first = view.table.label_at(view.table.currentRow())
    view.heatmap.selection.setVisible(False)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter opens the row the keyboard is on
    assert view.heatmap.selection.isVisible() and view.table.label_at(view.table.currentRow()) == first
