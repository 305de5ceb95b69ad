"""End to end, as a person teaches the app their own characters, through the real window with keyboard and mouse:
create a dataset, collect samples with Enter, find it in Train without a restart, train, see an honest evaluation,
use the model, and recognize fresh drawings of the new classes."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from guiapp.core.datasets.user_store import UserStore
from guiapp.qt.main_window import MainWindow
from guiapp.qt.recognize.collect_datasets import NEW_DATASET
from qt.dialogs import answer_box, answer_boxes
from qt.recognize_helpers import draw_stroke, wait_for_model

pytest.importorskip("tensorflow")
PER_CLASS = 7


def vertical(pad, k: int) -> None:
    x = 0.3 + 0.05 * (k % 5)
    draw_stroke(pad, [(x, 0.2 + 0.06 * i) for i in range(11)])


def horizontal(pad, k: int) -> None:
    y = 0.3 + 0.05 * (k % 5)
    draw_stroke(pad, [(0.2 + 0.06 * i, y) for i in range(11)])


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(spin_box, text: str) -> None:
    spin_box.setFocus()
    QTest.keyClick(spin_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin_box, text)
    QTest.keyClick(spin_box, Qt.Key.Key_Tab)


def choose(combo, text: str) -> None:
    """Pick an entry of a closed combo box with the keyboard, as a person tabbing through the form would."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(target - combo.currentIndex())):
        QTest.keyClick(combo, key)


def window_on(qtbot, model) -> MainWindow:
    """The real window, shown, its pad recognizing with ``model``."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.recognize.recognizer is not None, timeout=90_000)
    window.use_model(str(model))
    wait_for_model(qtbot, window, model)
    return window


@pytest.mark.slow
def test_teach_two_new_characters_and_recognise_them(qtbot, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitUntil(lambda: window.recognize.recognizer is not None, timeout=90_000)
    bar, pad = window.collect_bar, window.recognize.pad

    # A new dataset, named in the dialog "New dataset…" opens.
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("strokes", True))
    choose(bar.dataset_combo, NEW_DATASET)
    assert bar.dataset_name() == "strokes" and UserStore().exists("strokes")

    # Collect: the bar prompts v several times, then h; each drawing is added with Enter.
    click(bar.collect_button)
    bar.classes_edit.setFocus()
    QTest.keyClicks(bar.classes_edit, "v, h")
    type_into(bar.times, str(PER_CLASS))
    click(bar.start_button)
    for draw in (vertical, horizontal):
        for k in range(PER_CLASS):
            draw(pad, k)
            pad.setFocus()
            QTest.keyClick(pad, Qt.Key.Key_Return)
            assert pad.stroke_count() == 0
    assert UserStore().open("strokes").counts() == {"v": PER_CLASS, "h": PER_CLASS}

    # Train: the dataset is listed at once; a small network, a few epochs.
    QTest.mouseClick(window.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=window.tabs.tabBar().tabRect(2).center())
    panel, settings = window.train_area, window.train_area.settings
    assert window.tabs.currentWidget() is panel
    choose(settings.dataset, "strokes")
    choose(settings.preset, "keras-tutorial")
    assert settings.dataset_name() == "strokes" and settings.preset_name() == "keras-tutorial"
    type_into(settings.epochs, "25")
    type_into(settings.batch_size, "4")
    type_into(settings.early_stopping, "0")
    with qtbot.waitSignal(panel.trainingFinished, timeout=180_000) as finished:
        click(panel.start_button)
    result = finished.args[0]
    assert result.stopped == "completed" and result.model_path is not None, panel.result_label.text()

    # The evaluation measures held-out samples (one of each class at least), never "0 % over 0".
    qtbot.waitUntil(lambda: panel.evaluation.report is not None, timeout=60_000)
    report = panel.evaluation.report
    assert report.n_samples >= 2 and set(report.labels) == {"v", "h"}
    assert "not measured" not in panel.evaluation.summary.text()
    assert panel.evaluation.dataset_box.currentText() == "strokes"

    # Use it, and recognize fresh drawings of both new characters.
    click(panel.use_button)
    wait_for_model(qtbot, window, result.model_path)
    QTest.mouseClick(window.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=window.tabs.tabBar().tabRect(0).center())
    recognize = window.recognize
    for draw, expected in ((vertical, "v"), (horizontal, "h")):
        with qtbot.waitSignal(recognize.predictionShown, timeout=30_000):
            draw(pad, 7)  # a position none of the samples had exactly
        qtbot.waitUntil(lambda: not recognize.worker.busy(), timeout=30_000)
        assert recognize.prediction.top[0][0] == expected, recognize.prediction.top
        pad.setFocus()
        QTest.keyClick(pad, Qt.Key.Key_Return)  # not collecting any more: Enter writes the answer
    assert recognize.write_line.field.text() == "vh"
    window.close()


@pytest.mark.slow
def test_teach_a_new_character_to_the_model_in_use(qtbot, monkeypatch, tiny_digits_model):
    """Teach… on the Recognize tab: type the characters, draw each with Enter after every drawing, and the model
    in use learns them in the background; the pad then switches to the new model by itself."""
    from guiapp.qt import teach

    window = window_on(qtbot, tiny_digits_model)
    monkeypatch.setattr(teach, "TEACH_SAMPLES", 6)
    monkeypatch.setattr(teach, "OUTCOME_MS", 5000)  # the outcome's time in the status line (30 s)
    # Two drawings of "1" from before (a stopped collection): too few to learn, so the round leaves them out and
    # says so; they failed the whole round before.
    bar, pad = window.collect_bar, window.recognize.pad
    for k in range(2):
        vertical(pad, k)
        bar.label_edit.setText("1")
        assert bar.add_current()
    # Five of "7" from an earlier round: enough, and a class of the model, so learnt again with the new ones, and
    # said ("Learning v, h" read as if the rest were not). Five of "y", drawn for a round on another model: not a
    # class of this one, so not added unasked (a round for 3 on Digits added a, c and f: walk 158), and said.
    for label, start in (("7", 0.2), ("y", 0.3)):
        for k in range(5):
            draw_stroke(pad, [(start + 0.05 * i, 0.2 + 0.06 * i) for i in range(11)])
            bar.label_edit.setText(label)
            assert bar.add_current()
    bar.label_edit.clear()
    said = []
    window.statusBar().messageChanged.connect(said.append)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: asked.append(args) or ("v, h", True))
    click(window.recognize.teach_button)
    assert window.collect_bar.collecting()
    assert "(e.g. αβγ)" in asked[0][2]  # on a model of digits
    assert "draw each one 6 times" in asked[0][2] and "switches to the new model" in asked[0][2]  # what follows OK
    # where the drawings go, and which of its characters are learnt again (not x: too few drawings)
    assert "kept in the dataset my-handwriting" in asked[0][2]
    assert "5 or more drawings of (7) are learnt again too, without new" in asked[0][2]
    assert "already there count towards the 6" in asked[0][2]  # not "draw each one 6 times" more, unqualified
    beside_pad = []  # what the line beside the pad says as the round trains ("Learning…" alone read as stuck)
    window.train_area.progressed.connect(lambda event: beside_pad.append(bar.prompt.text()))
    widths = []  # the line's width: the fields beside it moved as "Learning…" grew to "… 12 % · 0:30 left"
    window.train_area.progressed.connect(lambda event: widths.append(bar.prompt.minimumWidth()))
    stoppable = []  # whether the row's Stop could be pressed as the model was saved (it ended in "Learnt ✔": a walk)
    window.train_area.progressed.connect(lambda event: stoppable.append(bar.start_button.isEnabled()) if event.saving
                                         else None)
    with qtbot.waitSignal(window.train_area.trainingFinished, timeout=240_000) as finished:
        for draw in (vertical, horizontal):
            for k in range(6):
                draw(pad, k)
                pad.setFocus()
                QTest.keyClick(pad, Qt.Key.Key_Return)
        assert bar.prompt.text() == "Learning… getting ready"  # "Learning…" alone, for seconds, read as stuck
        # Closing meanwhile asks about Teach…, which was pressed, not about "a training run" (walk 112)
        from PySide6.QtWidgets import QMessageBox

        original, asked_close = QMessageBox.exec, []
        monkeypatch.setattr(QMessageBox, "exec",
                            lambda box: asked_close.append(box.text()) or QMessageBox.StandardButton.No)
        window.close()
        monkeypatch.setattr(QMessageBox, "exec", original)
        assert window.isVisible() and asked_close[0].startswith("Teach… is still learning v, h. Stop it and close?")
        # Pressed by mistake while it learnt, Start began the prompts again: it is the round's Stop meanwhile.
        assert bar.start_button.text() == "Stop" and "a new collection can start when" in bar.start_button.toolTip()
        click(window.recognize.teach_button)  # one round at a time
        assert "still under way" in window.statusBar().currentMessage() and not bar.collecting()
    result = finished.args[0]
    assert bar.start_button.isEnabled()
    note = window.train_area.settings.other_run  # its 15 epochs are not the settings' 10: said after it too
    assert not note.isHidden() and note.text().startswith("The last run fine-tuned "), note.text()
    assert ", up to 15 epochs;" in note.text()  # it stops early: "15 epochs" beside 4 done read as a mistake
    assert result.stopped.finished and {"h", "v"} <= set(result.labels[10:]), result.message
    assert any("left out, too few drawings: 1" in text for text in said), said
    assert any("also 7, already in my-handwriting" in text for text in said), said
    assert "y" not in result.labels and any("not added: y (type them to teach them too)" in text for text in said), said
    # not the collection's "Done ✔" while it was still learning; and what it cost the digits it knew, on their
    # held-out samples, said where the person is, in the status line and beside the pad (where it stays)
    assert re.fullmatch(r"Learnt ✔ \(your drawings: \d+ of [1-9]\d* right · what it knew: \d+\u00a0% → \d+\u00a0%\)",
                        bar.prompt.text()), bar.prompt.text()
    assert re.search(r"the characters it knew: \d+\u00a0% → \d+\u00a0% on held-out samples",
                     window.statusBar().currentMessage()), window.statusBar().currentMessage()
    # and how it reads the person's own drawings it did not learn from (the run's 94.7 %, digits and drawings mixed,
    # was read as the new symbols' figure: a walk)
    assert re.search(r"your held-out drawings: \d+ of [1-9]\d* read right",
                     window.statusBar().currentMessage()), window.statusBar().currentMessage()
    assert bar.prompt.toolTip() == window.statusBar().currentMessage()
    # The Train area's line says why it trained on thousands of samples for some drawings (walk 143)
    assert ": your drawings, mixed with samples of what it knew so that it keeps knowing them" in \
        window.train_area.result_label.text(), window.train_area.result_label.text()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=60_000)  # not for good: beside the pad
    assert bar.prompt.text().startswith("Learnt ✔")
    assert any(text.startswith("Learning… ") and "%" in text and text.endswith(" left at most") for text in beside_pad), beside_pad
    assert stoppable and not any(stoppable) and "Learning… saving the new model" in beside_pad, (stoppable, beside_pad)
    assert len(set(widths)) == 1 and widths[0] >= bar.prompt.fontMetrics().horizontalAdvance(
        max(beside_pad, key=len)), (widths, beside_pad)
    assert result.labels[:10] == [str(d) for d in range(10)]  # it keeps the digits it knew
    # Named at its shortest by what the round added
    from guiapp.core.training.runs import RunStore
    from guiapp.qt.recognize.model_picker import model_short_names

    run = RunStore().list()[0]
    assert run.extra["taught"] == ["v", "h"] and "added" not in run.extra, run.extra  # added: what was typed
    forms = model_short_names(run.model_path)
    whole = [form for form in forms if form.endswith(" + v, h")]
    assert whole and forms[-1] == whole[0].replace(", h", ", …"), forms
    wait_for_model(qtbot, window, result.model_path)
    assert window.recognize.recognizer.labels == result.labels
    assert window.collect_bar.collect_button.isChecked()
    # Another model on the pad: "Learnt ✔" and the round's classes no longer describe it (a walk drew a star on
    # digits beside them), so the row closes.
    window.use_model(tiny_digits_model)
    wait_for_model(qtbot, window, tiny_digits_model)
    assert not window.collect_bar.collect_button.isChecked()
    window.close()


def test_new_characters_on_a_bundled_model_can_make_a_model_of_their_own(qtbot, monkeypatch):
    """Taught onto Digits, a hobbyist's five symbols came with ten digits, and a circle was read as 0 at 98 % (walk
    151): on a bundled model, Teach… asks whether to add the new characters to it or learn a model of only the
    person's characters; that one knows theirs alone, and the pad switches to it."""
    from guiapp.core.training import session
    from guiapp.qt import teach

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.recognize.recognizer is not None, timeout=90_000)
    assert window.recognize.picker.currentText() == "Digits"
    monkeypatch.setattr(teach, "TEACH_SAMPLES", 6)
    monkeypatch.setattr(session, "OWN_MODEL_EPOCHS", 3)  # the suite's budget
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("v, h", True))
    boxes = []
    answer_box("Only my characters", boxes)
    bar, pad = window.collect_bar, window.recognize.pad
    with qtbot.waitSignal(window.train_area.trainingFinished, timeout=240_000) as finished:
        window.recognize.teach_button.setFocus()  # as a keyboard reaches it
        click(window.recognize.teach_button)
        assert boxes and boxes[0].startswith("Add v, h to Digits? It then reads every drawing as one of its")
        assert "Or learn a new model of only your characters (those in my-handwriting)" in boxes[0]
        assert window.teacher.alone and bar.collecting()
        window.activateWindow()  # as a window manager does when a dialog closes (offscreen leaves none active)
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        # the keyboard on the pad, where the drawings go (it sat on the Grid button: walk 167)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is pad, timeout=5000)
        for draw in (vertical, horizontal):
            for k in range(6):
                draw(pad, k)
                pad.setFocus()
                QTest.keyClick(pad, Qt.Key.Key_Return)
    result = finished.args[0]
    assert result.stopped.finished and sorted(result.labels) == ["h", "v"], (result.labels, result.message)
    wait_for_model(qtbot, window, result.model_path)
    assert sorted(window.recognize.recognizer.labels) == ["h", "v"]  # theirs alone: no digit among them
    assert window.statusBar().currentMessage().startswith("Learnt: the pad now uses a model of only your characters")
    window.close()


def test_teaching_characters_the_model_knows_says_so_first(qtbot, monkeypatch):
    """"sh" typed for a star and a heart onto Latin: the round merged the drawings into S and H while saying the pad
    "now recognizes the new characters". Characters the model knows are named before any drawing, with Cancel."""

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.recognize.recognizer is not None, timeout=90_000)
    assert "7" in window.recognize.recognizer.labels and "star" not in window.recognize.recognizer.labels
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("7, star", True))
    asked, defaults = [], []
    answer_box("Cancel", asked, defaults)
    window.teacher.ask()
    assert not window.collect_bar.collecting() and not window.teacher.active  # cancelled: nothing to draw
    assert len(asked) == 1 and "already knows 7:" in asked[0] and "not taught as new characters" in asked[0]
    # Enter goes on (on Cancel, it ended the commonest round, one's own way of writing a known character: walk 158)
    assert defaults == ["Learn my way of writing them"]
    chosen = window.train_area.settings.dataset_name()
    assert not window.collect_bar.store.exists("my-handwriting")
    answer_box("Learn my way of writing them", asked)
    window.teacher.ask()
    assert window.collect_bar.collecting() and window.collect_bar.prompts[0] == "7"
    # The round's dataset, made for it, is not chosen on the Train tab (it took the place of the person's choice)
    assert window.collect_bar.store.exists("my-handwriting") and window.train_area.settings.dataset_name() == chosen
    window.collect_bar.start_button.click()  # stop: nothing is trained
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("star", True))
    # One word: one character named star, or its letters? (it was taught as s, t, a, r, unasked)
    boxes = []
    answer_box("One: star", boxes)
    window.teacher.ask()
    assert boxes == ["Teach “star” as one character named star, or as the 4 letters s,\u00a0t,\u00a0a,\u00a0r?"]  # "r?" wrapped alone
    assert len(asked) == 2 and window.collect_bar.collecting()  # nothing known: not asked
    assert window.collect_bar.collection_labels == ["star"]
    window.collect_bar.start_button.click()
    answer_boxes(["Letters: s t a r", "Add to Digits"], boxes)
    window.teacher.ask()
    assert window.collect_bar.collection_labels == ["s", "t", "a", "r"] and boxes.pop().startswith("Add s, t, a, r")
    window.collect_bar.start_button.click()
    answer_box("Cancel", boxes)
    window.teacher.ask()
    assert len(boxes) == 3 and not window.collect_bar.collecting()
    # Chinese: "星星，爱心" with the keyboard's comma is two classes (it was each character, the comma too), and one
    # word of Chinese characters is asked about as star is (笑脸 was taught as 笑 and 脸: a walk)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("星星，爱心", True))
    answer_box("Add to Digits", boxes)  # two new characters on a bundled model: added to it, or a model of their own
    window.teacher.ask()
    assert window.collect_bar.collection_labels == ["星星", "爱心"] and len(boxes) == 4
    assert boxes[-1].startswith("Add 星星, 爱心 to Digits?") and not window.teacher.alone
    boxes.pop()
    window.collect_bar.start_button.click()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("笑脸", True))
    defaults = []
    answer_box("One: 笑脸", boxes, defaults)
    window.teacher.ask()
    assert boxes[-1] == "Teach “笑脸” as one class named 笑脸, or as the 2 characters 笑, 脸?"  # 笑、脸 in Chinese
    assert window.collect_bar.collection_labels == ["笑脸"]
    assert defaults == ["One: 笑脸"]  # on digits, a run of Chinese characters names a symbol
    window.collect_bar.start_button.click()
    # a class of that name is there already: it is the one, unasked
    window.collect_bar.counts["笑脸"] = 4
    window.teacher.ask()
    assert len(boxes) == 4 and window.collect_bar.collection_labels == ["笑脸"]
    window.collect_bar.start_button.click()
    # With hiragana on the pad, 日本 is its two characters, which Enter chooses (walk 104)
    from guiapp.qt.recognize.model_picker import bundled_models

    hiragana = next(str(path) for name, path in bundled_models() if "iragana" in name)
    window.use_model(hiragana)
    wait_for_model(qtbot, window, hiragana)
    prompts = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: prompts.append(args[2]) or ("日本", True))
    answer_boxes(["Characters: 日 本", "Add to Hiragana"], boxes, defaults)  # asked one after the other
    window.teacher.ask()
    assert boxes.pop().startswith("Add 日, 本 to Hiragana?") and defaults.pop() == "Add to Hiragana"
    assert defaults[-1] == "Characters: 日 本" and window.collect_bar.collection_labels == ["日", "本"]
    assert "(e.g. 日本)" in prompts[0]  # its example in the model's script, not αβγ (walk 106)
    # and the pad leaves out the small-kana line while they are drawn
    assert window.recognize.pad.guide_lines() == ()
    window.collect_bar.start_button.click()
    # Stopped before any drawing: nothing is said to be kept (it said "the drawings added so far are kept")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("q", True))
    window.teacher.ask()
    window.collect_bar.start_button.click()
    assert window.statusBar().currentMessage() == "Teaching stopped: nothing was drawn, so nothing was learnt"
    window.close()


def test_a_stopped_round_can_learn_the_characters_drawn_enough_times(qtbot, monkeypatch, tiny_digits_model):
    """A walk drew 5 stars of the 10 asked, pressed Stop and was told "nothing was learnt": there was no way to
    learn from them. Stop now asks, for the characters with at least 5 drawings (the least a round learns from):
    "Keep for later" keeps them all, "Learn now" starts the round on them, the others left out and said so."""
    window = window_on(qtbot, tiny_digits_model)
    bar, pad = window.collect_bar, window.recognize.pad
    asked = []

    def answer(button_text: str) -> None:
        answer_box(button_text, asked)

    def draw_then_stop(classes: str, drawings: int, draw=vertical) -> None:
        monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (classes, True))
        window.teacher.ask()
        window.activateWindow()  # as a window manager does when a dialog closes (offscreen leaves none active)
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        for k in range(drawings):
            draw(pad, k)
            pad.setFocus()
            QTest.keyClick(pad, Qt.Key.Key_Return)
        click(bar.start_button)  # Stop

    try:
        _keep_then_learn(qtbot, window, asked, answer, draw_then_stop)
    finally:  # a failure mid-round leaves a run the window's close would ask about
        if window.train_area.is_training():
            window.train_area.stop()
            qtbot.waitUntil(lambda: not window.train_area.is_training(), timeout=120_000)
    window.close()


def test_start_after_a_round_stopped_short_goes_on_with_the_round(qtbot, monkeypatch, tiny_digits_model):
    """Teach… cross, 2 drawings, Stop: "nothing was learnt" said nothing of the 5 needed; Start then resumed the
    collection ("8 drawings left"), whose last drawing ended on "Collected into my-handwriting: train on it…" and
    nothing was learnt (walk 161). Stop says why and that Start goes on; Start goes on with the round, which learns
    once its drawings are made. OK on an empty Teach… line says how to learn again from drawings kept."""
    window = window_on(qtbot, tiny_digits_model)
    bar, pad = window.collect_bar, window.recognize.pad

    def draw_and_add(count: int, first: int) -> None:
        for k in range(first, first + count):  # each drawing another (the same again is refused)
            draw_stroke(pad, [(0.2 + 0.05 * k, 0.2 + 0.06 * i) for i in range(11)])
            pad.setFocus()
            QTest.keyClick(pad, Qt.Key.Key_Return)

    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("", True))
    window.teacher.ask()
    assert window.statusBar().currentMessage() == "Nothing typed, so nothing was taught: type the characters to teach"
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("v", True))
    window.teacher.ask()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    draw_and_add(2, 0)
    click(bar.start_button)  # Stop
    assert not window.teacher.active and not bar.collecting()
    assert window.statusBar().currentMessage() == ("Stopped before learning: a character needs 5 drawings or more; "
                                                   "Start goes on (drawings kept in my-handwriting)")
    click(bar.start_button)  # Start: the same collection, resumed, is the round again
    assert bar.collecting() and len(bar.prompts) == 8 and window.teacher.active
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == (
        "Teaching v again: it learns once the drawings left are made"))
    try:
        with qtbot.waitSignal(window.train_area.runningChanged, timeout=60_000):
            draw_and_add(8, 2)
        assert window.train_area.is_training() and "Learning v in the background" in window.statusBar().currentMessage()
    finally:
        if window.train_area.is_training():
            window.train_area.stop()
            qtbot.waitUntil(lambda: not window.train_area.is_training(), timeout=120_000)
    qtbot.waitUntil(lambda: not window.teacher.active, timeout=60_000)
    # Drawings kept: OK on an empty line says how to learn from them again
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("", True))
    window.teacher.ask()
    assert window.statusBar().currentMessage() == (
        "Nothing typed, so nothing was taught. To learn again from the drawings in my-handwriting, type their "
        "characters (v): no new drawings are needed")
    # another collection after a round stopped short is not that round
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("h", True))
    window.teacher.ask()
    click(bar.start_button)  # Stop, nothing drawn
    bar.classes_edit.setText("v")
    bar.classes_typed = True
    click(bar.start_button)
    assert bar.collecting() and not window.teacher.active
    click(bar.start_button)
    window.close()


def _keep_then_learn(qtbot, window, asked, answer, draw_then_stop) -> None:
    bar = window.collect_bar
    answer("Keep for later")
    draw_then_stop("v, h", 5)  # 5 of v, none of h
    assert len(asked) == 1 and "Learn from the drawings made so far (v: 5)?" in asked[0]
    # h was never drawn: not "kept" anywhere (the dialog said "h (kept in my-handwriting)": two walks)
    assert "Not drawn yet: h." in asked[0] and "Too few drawings" not in asked[0]
    assert not window.teacher.active and not window.train_area.is_training()
    assert "Stopped before learning" in window.statusBar().currentMessage()
    draw_then_stop("u", 3, horizontal)  # 3 of u (v's strokes again would be refused as the same drawings): too few, and v is not this round's: nothing asked
    assert len(asked) == 1 and "Stopped before learning" in window.statusBar().currentMessage()
    assert bar.counts == {"v": 5, "u": 3}
    answer("Learn now")
    with qtbot.waitSignal(window.train_area.trainingFinished, timeout=240_000) as finished:
        draw_then_stop("v, h", 0)  # v's 5 drawings are there already: its prompts are h's
        assert len(asked) == 2 and window.teacher.active and window.train_area.is_training()
        assert "Learning v in the background" in window.statusBar().currentMessage()
        # u, too few and no class of the model: not added unasked (walk 158), and said
        assert "not added: u (type them to teach them too)" in window.statusBar().currentMessage()
        # The collect bar's own Stop stops the learning (only the Train tab or × could); what it learns is the
        # round's business, that it started is this test's.
        assert bar.start_button.text() == "Stop" and bar.start_button.isEnabled()
        assert bar.start_button.toolTip().startswith("Stop learning")
        click(bar.start_button)
        assert bar.prompt.text() == "Stopping…"
    assert finished.args[0].stopped == "cancelled" and not window.teacher.active
    assert bar.prompt.text() == "Stopped" and (bar.start_button.text(), bar.start_button.isEnabled()) == ("Start", True)
    assert window.statusBar().currentMessage() == ("Learning stopped: the pad keeps its model; the drawings are kept in "
                                                   "my-handwriting: Teach… v again learns from them")
    assert window.current_model_path() == str(window.teacher.base_path)


def test_teach_while_a_run_goes_on_says_so_before_any_drawing(qtbot, monkeypatch, tiny_digits_model, digits):
    """A walk drew all ten drawings during a run on the Train tab, then read "Cannot teach now" beside "Done ✔":
    Teach… says so before anything is typed; a run started while the drawings are being made leaves them kept,
    says how to learn from them, and takes "Done ✔" away."""
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.request import TrainingRequest
    from guiapp.qt import teach

    window = window_on(qtbot, tiny_digits_model)
    monkeypatch.setattr(teach, "TEACH_SAMPLES", 2)
    panel = window.train_area
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: asked.append(args) or ("w", True))

    def long_run() -> None:
        assert panel.start(TrainingRequest(TrainConfig(preset="logreg", epochs=500, batch_size=4, validation_split=0.2,
                                                       test_split=0.0), "digits", 20, data=digits))

    def stopped() -> None:
        with qtbot.waitSignal(panel.trainingFinished, timeout=120_000):
            panel.stop()

    try:
        _teach_during_runs(qtbot, window, asked, long_run, stopped)
    finally:  # a failure mid-run leaves a run the window's close would ask about (and the test would hang there)
        if panel.is_training():
            stopped()
    window.close()


def _teach_during_runs(qtbot, window, asked, long_run, stopped) -> None:
    bar, pad = window.collect_bar, window.recognize.pad
    long_run()
    click(window.recognize.teach_button)
    assert not asked and not bar.collecting()  # nothing typed, nothing drawn for nothing
    assert window.statusBar().currentMessage().startswith("A run is in progress on the Train tab"), \
        window.statusBar().currentMessage()
    stopped()

    click(window.recognize.teach_button)
    assert asked and bar.collecting()
    vertical(pad, 0)
    pad.setFocus()
    QTest.keyClick(pad, Qt.Key.Key_Return)
    long_run()  # started on the Train tab while the person draws
    vertical(pad, 1)
    QTest.keyClick(pad, Qt.Key.Key_Return)  # the last drawing: the round cannot start
    assert not bar.collecting() and UserStore().open("my-handwriting").counts() == {"w": 2}
    assert bar.prompt.text() == "Not learnt"
    said = window.statusBar().currentMessage()
    assert said.startswith("Cannot teach now: A run is already in progress") and "Teach… w again" in said, said
    assert bar.prompt.toolTip() == said
    stopped()


def test_a_model_chosen_while_a_round_learns_stays_on_the_pad(qtbot, monkeypatch, tiny_digits_model):
    """A walk picked Latin while a round taught digits a new character; when the round ended the pad was back on
    the taught model, unasked. The person's choice stays, and the new model is named, to be picked from the list."""
    from guiapp import paths
    from guiapp.qt import teach

    window = window_on(qtbot, tiny_digits_model)
    monkeypatch.setattr(teach, "TEACH_SAMPLES", 5)
    bar, pad = window.collect_bar, window.recognize.pad
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("v", True))
    latin = str(paths.resource("models") / "latin.h5")
    with qtbot.waitSignal(window.train_area.trainingFinished, timeout=240_000) as finished:
        click(window.recognize.teach_button)
        for k in range(5):
            vertical(pad, k)
            pad.setFocus()
            QTest.keyClick(pad, Qt.Key.Key_Return)
        assert window.teacher.active
        window.use_model(latin)  # chosen from the model list while it learns
    result = finished.args[0]
    assert result.stopped.finished, result.message
    wait_for_model(qtbot, window, latin)
    assert window.current_model_path() == latin
    assert bar.prompt.text() == "Learnt ✔ · not in use: the pad keeps your choice"
    said = window.statusBar().currentMessage()
    assert said.startswith("Learnt: the new model is in the model list; the pad keeps Latin"), said
    # and it is there (it was said to be, and was not: a walk)
    picker = window.recognize.picker
    listed = [picker.itemData(i) for i in range(picker.count())]
    assert str(result.model_path) in listed, listed
    # Picked from there, the row says what the round learnt ("not in use" stayed, beside the model in use: a walk)
    window.use_model(str(result.model_path))
    wait_for_model(qtbot, window, result.model_path)
    assert bar.prompt.text().startswith("Learnt ✔ (your drawings: "), bar.prompt.text()
    said = window.statusBar().currentMessage()  # not "the pad keeps Latin" beside the model just picked (a walk)
    assert said.startswith("Learnt: the pad now recognizes the new characters too · your held-out drawings"), said
    window.close()


def test_what_a_round_cost_is_said_to_a_tenth_where_whole_percents_hide_it(qapp):
    """"the characters it knew: 83 % → 83 %" for 434 → 429 of 520 read as no change (a walk)."""
    from guiapp.qt.teach import what_it_cost

    assert what_it_cost((434, 520), (429, 520)) == ("83.5\u00a0%", "82.5\u00a0%")
    assert what_it_cost((434, 520), (470, 520)) == ("83\u00a0%", "90\u00a0%")  # whole percents say it
    assert what_it_cost((434, 520), (434, 520)) == ("83\u00a0%", "83\u00a0%")  # no change: whole


def test_two_kanji_typed_for_teach_on_a_kana_model_are_two_characters_by_default(qapp):
    """日本 typed for Teach… with hiragana on the pad: Enter chose one class named 日本, and 20 drawings of 日 and 本
    went under it (walk 104). On a model of Japanese or Chinese characters, Enter chooses the characters."""
    from guiapp.qt.teach_questions import writes_cjk

    assert writes_cjk(["あ", "い"]) and writes_cjk(["ア", "イ"]) and writes_cjk(["0", "日"])
    assert not writes_cjk(["0", "1"]) and not writes_cjk(["star", "笑脸"]) and not writes_cjk([])


def test_a_round_the_window_closing_stopped_is_said_and_offered_at_the_next_start(qtbot, monkeypatch):
    """Quit while 木 was learnt stopped the round; after the restart nothing said 木 was never learnt, nor how to go
    on (walk 110). The next start says it, and Teach… offers the characters again; a round after it does not."""
    from guiapp.core.text import Text
    from guiapp.core.training.config import StopReason
    from guiapp.core.training.runs import TAUGHT_SUFFIX, Curves, RunStore

    store = RunStore()
    run = store.create({"preset": "inkling"}, "my-handwriting" + TAUGHT_SUFFIX, extra={"taught": ["木", "火"]})
    store.finish(run, StopReason.CANCELLED, Text("stopped as the window closed, after epoch {0}", 1), 1, Curves())
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    said = window.statusBar().currentMessage()
    assert said.startswith("Teaching 木, 火 was cut short as the window closed: Teach… offers 木, 火 again"), said
    assert "my-handwriting" in said and not window.model_status.isVisible()  # not drawn over it (walk 112)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: asked.append(args) or ("", False))
    qtbot.waitUntil(lambda: window.recognize.recognizer is not None, timeout=90_000)
    window.teacher.ask()
    assert asked and asked[0][4] == "木, 火"  # apart, so not asked "one class named 木火?"
    # Stopped with Stop (or learnt, or failed): the round said what became of it then, and nothing is offered
    store.finish(run, StopReason.CANCELLED, Text("stopped by request after epoch {0}", 1), 1, Curves())
    from guiapp.qt.teach_unfinished import unfinished_round

    assert unfinished_round() is None


def test_a_round_left_while_drawing_is_said_at_the_next_start(qtbot, monkeypatch, tiny_digits_model):
    """Quit at 3 of 10 drawings of 火 closed without a word, and nothing after the restart said the round was left
    (walk 110): the next start says it once, and Teach… offers the characters again."""
    window = window_on(qtbot, tiny_digits_model)
    assert window.teacher.start("火 水", 10) and window.collect_bar.collecting()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    said = again.statusBar().currentMessage()
    assert said.startswith("Teaching 火, 水 was left unfinished: Teach… offers 火, 水 again"), said
    assert again.teacher.offered == "火, 水"
    third = MainWindow()  # said once
    qtbot.addWidget(third)
    assert not third.statusBar().currentMessage().startswith("Teaching") and third.teacher.offered == ""


def test_two_letters_the_model_knows_are_taught_as_letters_by_enter(qtbot, monkeypatch):
    """"lt" typed to teach one's l and t, on Latin, got the class "lt" by Enter (walk 117); a longer word ("star")
    still names one symbol by Enter, and a run of letters the model does not know too."""
    from guiapp.qt import teach_questions

    defaults = []
    monkeypatch.setattr(teach_questions, "choose", lambda *args, default=0, **kwargs: defaults.append(default) or default)
    latin = [*"abcdefghijklmnopqrstuvwxyz", *"ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    assert teach_questions.word_or_letters(None, "lt", model_labels=latin) == "lt"  # the letters l, t
    assert teach_questions.word_or_letters(None, "star", model_labels=latin) == "star,"  # one class
    assert teach_questions.word_or_letters(None, "ok", model_labels=list("0123456789")) == "ok,"
    assert defaults == [1, 0, 0]
    # Chinese characters that are classes already are those classes, not asked about again (walk 136: at each round
    # of 森山川); a run with a character not yet a class still is (Enter: its characters, as they are kanji)
    assert teach_questions.word_or_letters(None, "森山川", known={"森": 5, "山": 5}, model_labels=["川", "あ"]) == "森山川"
    assert defaults == [1, 0, 0]
    assert teach_questions.word_or_letters(None, "森山林", known={"森": 5, "山": 5}) == "森山林"
    assert defaults == [1, 0, 0, 1]


def test_a_round_of_characters_the_model_knows_is_said_to_learn_their_writing(qtbot, tiny_digits_model):
    """l and t taught onto Latin ended on "the pad now recognizes the new characters too" (walk 117): a round whose
    every character the model knows says it learnt the writer's way of writing them."""
    window = window_on(qtbot, tiny_digits_model)
    teacher, bar = window.teacher, window.collect_bar
    assert teacher.start("7", samples=2) and teacher.none_new  # noqa: SLF001 — the round's own note
    assert teacher._learnt_text() == "Learnt: the pad now reads your way of writing them"  # noqa: SLF001
    bar.start_button.click()  # stop
    assert teacher.start("7, v", samples=2) and not teacher.none_new  # noqa: SLF001
    assert teacher._learnt_text() == "Learnt: the pad now recognizes the new characters too"  # noqa: SLF001
    bar.start_button.click()
    window.close()


def test_a_round_says_what_it_learns_again_from_other_datasets(qtbot, tmp_path, digits):
    """Teach… named only the dataset drawn into, and a teacher feared the round would forget 森 and 休, taught
    from another (walk 123): it says that those are learnt again from there."""
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.core.modelfile import save_model
    from guiapp.core.training.presets import build_model
    from guiapp.qt.teach_outcome import kept_elsewhere_line
    from qt.dataset_fixtures import drawing

    store = UserStore()
    earlier = store.create("mine")
    for i in range(5):
        earlier.add_drawing(drawing(i), "森")
        earlier.add_drawing(drawing(i + 5), "休")
    base = save_model(build_model("logreg", (28, 28, 1), 12), tmp_path / "base.h5", [*map(str, range(10)), "森", "休"],
                      digits.spec, {"preset": "logreg", "dataset": {"name": "digits"}})
    assert kept_elsewhere_line(str(base), "practice", {"木": 3}) == (
        "It learns again what it learnt from your other datasets: 森, 休 (from mine).")
    assert kept_elsewhere_line(str(base), "mine", {"森": 5, "休": 5}) == ""


def test_a_kanji_is_chosen_by_its_reading_or_meaning_in_teachs_line(qtbot):
    """A learner without a Japanese keyboard could not type 森 for Teach… (walk 118): a reading or a meaning typed at
    the end of the line offers the kanji, and choosing one puts it in place of what was typed."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    from guiapp.qt.kanji_lookup import KanjiCompleter, attach_kanji_lookup, offers_kanji

    assert offers_kanji(["あ", "い"], "en") and offers_kanji(["0", "1"], "ja") and not offers_kanji(["0", "1"], "en")
    # A Chinese window too, the kanji by their meanings without Japanese readings ("人 ジン jin、ひと" misled a
    # teacher in Shanghai, who had typed "person" and been asked to draw the word: walk 138)
    assert offers_kanji(["0", "1"], "zh_CN") and offers_kanji(["0", "1"], "zh_TW")
    plain = QLineEdit()
    qtbot.addWidget(plain)
    meanings_only = KanjiCompleter(plain, readings=False)
    plain.show()
    QTest.keyClicks(plain, "person")
    assert meanings_only.model().stringList()[0].startswith("人  person"), meanings_only.model().stringList()[:2]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    lookup = KanjiCompleter(edit)
    edit.show()
    edit.setText("木")  # (QTest types Latin letters only)
    QTest.keyClicks(edit, "mori")
    assert lookup.popup().isVisible() and lookup.model().stringList()[0] == "森  もり mori、シン · forest, woods"
    QTest.keyClick(lookup.popup(), Qt.Key.Key_Down)
    QTest.keyClick(lookup.popup(), Qt.Key.Key_Return)
    assert edit.text() == "木森"
    QTest.keyClicks(edit, ", circle")  # a meaning that is no kanji's start: no list
    assert edit.text() == "木森, circle"
    edit.setText("")
    QTest.keyClicks(edit, "river")  # found by its meaning: its first reading in romaji too (walk 136)
    assert lookup.model().stringList()[0].startswith("川  セン sen、かわ"), lookup.model().stringList()[:2]
    edit.setText("")

    def in_the_dialog() -> None:  # Teach… asks with QInputDialog.getText: the lookup joins its line once it is up
        if not isinstance(QApplication.activeModalWidget(), QInputDialog):
            QTimer.singleShot(10, in_the_dialog)
            return
        attached = attach_kanji_lookup()
        line = attached.widget()
        QTest.keyClicks(line, "forest")
        QTest.keyClick(attached.popup(), Qt.Key.Key_Down)
        QTest.keyClick(attached.popup(), Qt.Key.Key_Return)
        QApplication.activeModalWidget().accept()

    QTimer.singleShot(0, in_the_dialog)
    assert QInputDialog.getText(None, "Teach new characters", "Characters to teach") == ("森", True)
    # "forest" sent with Enter, the list closed: the kanji it means are offered, not the word taught as a class
    # (walk 130); the word stays a choice
    from guiapp.qt.teach_questions import kanji_meant
    from qt.dialogs import answer_box

    seen, defaults = [], []
    answer_box("森 (forest, woods)", seen, defaults)
    assert kanji_meant(None, "forest", lookup=True) == "森"
    assert seen[0].startswith("“forest” is what these kanji mean or how they are read.")
    assert defaults == ["森 (forest, woods)"]
    answer_box("The word “forest”", seen)
    assert kanji_meant(None, "forest", lookup=True) == "forest"
    answer_box(None, seen)  # Escape: nothing taught
    assert kanji_meant(None, "forest", lookup=True) == ""
    assert kanji_meant(None, "forest", lookup=False) == "forest" and kanji_meant(None, "xyzzy", lookup=True) == "xyzzy"


def test_a_word_with_a_letter_twice_counts_the_letters_it_lists(qtbot):
    """"Teach “cross” … or as the 5 letters c, r, o, s?" listed 4 (each once), and its button "Letters: c r o s"
    (walk 161)."""
    from PySide6.QtWidgets import QWidget

    from guiapp.qt.teach_questions import word_or_letters

    parent = QWidget()
    qtbot.addWidget(parent)
    boxes = []
    answer_box("One: cross", boxes)
    assert word_or_letters(parent, "cross") == "cross,"
    assert boxes == ["Teach “cross” as one character named cross, or as the 4 letters c,\u00a0r,\u00a0o,\u00a0s?"]
