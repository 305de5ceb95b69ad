"""Live recognition in the real main window with a real tiny model: predictions, pad/CLI identity, the write line,
hostile models, images, model switching and the model info view."""

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest

from qt.recognize_helpers import draw_one, draw_seven, mouse, open_window, wait_for_model

pytest.importorskip("tensorflow")


@pytest.fixture
def window(qtbot, tiny_digits_model):
    w = open_window(qtbot, tiny_digits_model)
    yield w
    w.close()


def draw_and_wait(qtbot, panel, draw=draw_seven):
    with qtbot.waitSignal(panel.predictionShown, timeout=20_000) as blocker:
        draw(panel.pad)
    # Live updates while drawing may arrive first: wait for the answer to the finished drawing.
    qtbot.waitUntil(lambda: not panel.worker.busy(), timeout=20_000)  # the last answer has been shown
    return panel.prediction or blocker.args[0]


def test_a_stroke_brings_top5_bars_the_model_input_and_latency(qtbot, window):
    panel = window.recognize
    prediction = draw_and_wait(qtbot, panel)
    assert len(prediction.top) == 5
    assert abs(float(prediction.probabilities.sum()) - 1.0) < 1e-4
    shown = [(row.label, row.probability) for row in panel.predictions.rows]
    assert shown == prediction.top
    assert panel.model_view.image is not None and panel.model_view.image.size().toTuple() == (28, 28)
    assert "ms" in panel.latency.text()
    assert "28×28" in panel.input_caption.text()
    # its words in plain words (jargon to a class: walk 155)
    tip = panel.input_caption.toolTip()
    assert "picture of 28×28 pixels" in tip and "ink light on dark: the ink is bright on black" in tip, tip
    assert "MNIST-style fit: your ink is scaled until its longer side fills 20 of the 28 pixels" in tip, tip
    assert window.model_status.text().startswith("Model: tiny-digits.h5 (")  # the file by the name it was given
    assert panel.recognizer.runtime == "litert"  # a model guiapp saved runs on its converted form …
    assert window.tf_status.text() == "TensorFlow: not needed yet"  # … and the window never needed TensorFlow


def test_pad_and_cli_give_identical_probabilities(qtbot, window, tiny_digits_model, tmp_path, capsys):
    """The same strokes: through the pad (worker thread) and through `guiapp recognize` on the saved image."""
    from guiapp.cli import main
    from guiapp.core.recognition import Recognizer

    panel = window.recognize
    draw_and_wait(qtbot, panel, draw_seven)
    draw_and_wait(qtbot, panel, draw_one)  # two strokes: a '7' with a stray bar
    pad_prediction = panel.prediction
    image_path = window.save_drawing(tmp_path / "drawn.png")
    capsys.readouterr()
    assert main(["recognize", "--model", str(tiny_digits_model), str(image_path), "--json", "--top", "10"]) == 0
    cli = {p["label"]: p["probability"] for p in json.loads(capsys.readouterr().out)[0]["predictions"]}
    labels = panel.recognizer.labels
    pad_all = {label: float(pad_prediction.probabilities[i]) for i, label in enumerate(labels)}
    assert cli == pad_all  # exactly equal, not approximately
    with Image.open(image_path) as image:
        assert Recognizer(str(tiny_digits_model)).predict(image, top=5) == pad_prediction.top


def test_enter_writes_the_top_answer_click_writes_another_and_ctrl_c_copies(qtbot, window):
    panel = window.recognize
    prediction = draw_and_wait(qtbot, panel)
    panel.pad.setFocus()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Return)
    assert panel.write_line.text() == prediction.top[0][0]
    assert panel.pad.is_empty()
    prediction = draw_and_wait(qtbot, panel, draw_one)
    second = panel.predictions.rows[1]
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    written = panel.write_line.text()
    assert written[-1] == prediction.top[1][0] and len(written) == 2
    panel.pad.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(panel.pad, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == written
    assert window.statusBar().currentMessage() == f"Copied to the clipboard: {written}"  # the copy shows
    panel.write_line.set_text("")  # nothing to copy, and an empty pad has nothing to write
    assert not panel.copy_action.isEnabled() and not panel.write_line.copy_button.isEnabled()
    assert not panel.write_line.backspace_button.isEnabled()
    assert not panel.write_action.isEnabled() and not panel.write_line.write_button.isEnabled()
    draw_and_wait(qtbot, panel, draw_one)
    assert panel.write_action.isEnabled() and panel.write_line.write_button.isEnabled()
    # The menu names the key as the window's texts do, Enter (Qt's "Return" is "Retour" in French: a walk)
    assert panel.write_action.shortcut() == QKeySequence("Enter") and QKeySequence("Return") in panel.write_action.shortcuts()
    panel.write_line.set_text("x")
    assert panel.copy_action.isEnabled() and panel.write_line.copy_button.isEnabled()


def test_undo_after_a_write_takes_the_character_back_with_the_ink(qtbot, window):
    """Enter writes and clears the pad; Ctrl+Z gives the ink back and takes the character back (Enter again must
    not write it twice); Ctrl+Shift+Z writes it again; once new ink is drawn, Ctrl+Z is about strokes again."""
    panel = window.recognize
    panel.write_line.set_text("x")
    prediction = draw_and_wait(qtbot, panel, draw_one)
    panel.pad.setFocus()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Return)
    top = prediction.top[0][0]
    assert panel.write_line.text() == "x" + top and panel.pad.is_empty()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.write_line.text() == "x" and panel.pad.stroke_count() == 1
    qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert panel.write_line.text() == "x" + top and panel.pad.is_empty()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.prediction is not None and not panel.worker.busy())
    qtbot.keyClick(panel.pad, Qt.Key.Key_Return)  # written once, not twice
    assert panel.write_line.text() == "x" + top
    draw_and_wait(qtbot, panel, draw_seven)
    qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the stroke, not the write
    assert panel.write_line.text() == "x" + top and panel.pad.is_empty()


def test_undo_takes_back_a_written_character_the_turn_key_turned(qtbot, window):
    """て written, turned into で (Alt+0): Ctrl+Z gives the drawing back and takes で back with it (a walk saw で
    stay, and Enter then wrote "でて"); Ctrl+Shift+Z writes で again; Backspace takes it back alone."""
    panel = window.recognize
    line = panel.write_line
    line.set_text("き")
    draw_and_wait(qtbot, panel, draw_one)
    panel.write("て")
    panel.pad.setFocus()
    qtbot.keyClick(panel.pad, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert line.text() == "きで"
    assert "“で”" in panel.undo_action.toolTip()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert line.text() == "き" and panel.pad.stroke_count() == 1
    qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert line.text() == "きで" and panel.pad.is_empty()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Backspace)
    assert line.text() == "き"


def test_undo_and_redo_walk_back_through_several_writes(qtbot, window):
    """Two drawings written one after the other: Ctrl+Z all the way back takes each character back as its drawing
    comes back (the strokes between are undone as strokes), Ctrl+Shift+Z all the way forward writes both again."""
    panel = window.recognize
    first = draw_and_wait(qtbot, panel, draw_one).top[0][0]
    panel.pad.setFocus()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Return)
    draw_and_wait(qtbot, panel, draw_seven)
    draw_and_wait(qtbot, panel, draw_one)  # two strokes for the second answer
    second = panel.prediction.top[0][0]
    qtbot.keyClick(panel.pad, Qt.Key.Key_Return)
    assert panel.write_line.text() == first + second

    def press(key_modifiers, times=1):
        for _ in range(times):
            qtbot.keyClick(panel.pad, Qt.Key.Key_Z, key_modifiers)

    undo = Qt.KeyboardModifier.ControlModifier
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(undo)
    assert panel.write_line.text() == first and panel.pad.stroke_count() == 2
    press(undo)  # a stroke of the second drawing: the text stays
    assert panel.write_line.text() == first and panel.pad.stroke_count() == 1
    press(redo)  # and back: redoing a stroke is not a write
    assert panel.write_line.text() == first and panel.pad.stroke_count() == 2
    press(undo, 3)  # both strokes, then the first write
    assert panel.write_line.text() == "" and panel.pad.stroke_count() == 1
    press(redo, 4)
    assert panel.write_line.text() == first + second and panel.pad.is_empty()
    press(undo)
    qtbot.waitUntil(lambda: panel.prediction is not None and not panel.worker.busy())
    again = panel.prediction.top[0][0]
    qtbot.keyClick(panel.pad, Qt.Key.Key_Return)  # written once, not twice
    assert panel.write_line.text() == first + again and panel.pad.is_empty()


def test_what_the_collect_bar_says_shows_in_the_status_line(qtbot, window):
    """"Add to dataset" with a drawing and no label only moved the focus: the bar's "Type a label first" went to its
    tooltip alone, as did "Added '1' to …; Enter adds the next as '1'" (a fresh-eyes walk)."""
    bar = window.collect_bar
    draw_one(window.recognize.pad)
    qtbot.mouseClick(bar.add_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Type a label first (what you drew), then press Enter."
    qtbot.keyClicks(bar.label_edit, "1")
    qtbot.mouseClick(bar.add_button, Qt.MouseButton.LeftButton)
    said = window.statusBar().currentMessage()
    assert said.startswith("Added “1” to my-handwriting") and "Enter adds the next as “1”" in said, said
    window.resize(1024, 640)  # whole in the status line beside the TensorFlow label
    assert window.statusBar().fontMetrics().horizontalAdvance(said) < window.recognize.width() - 260, said



def test_a_character_is_written_where_the_cursor_is(qtbot, window):
    """A learner clicked after 日 in "日本人" to put 山 there and got "日本人山": the line wrote at its end whatever
    the cursor said, so a character in the middle could not be fixed without deleting everything after it. Writes,
    Undo, Redo, Backspace and the turn key work at the cursor, as on a keyboard."""
    panel = window.recognize
    line = panel.write_line
    line.set_text("ab")
    qtbot.mouseClick(line.field, Qt.MouseButton.LeftButton, pos=line.field.cursorRect().center())  # focus
    line.field.setCursorPosition(1)  # after "a", as a click there puts it
    prediction = draw_and_wait(qtbot, panel, draw_one)
    panel.pad.setFocus()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Return)
    top = prediction.top[0][0]
    assert line.text() == "a" + top + "b" and line.cursor() == 2  # in the middle, the cursor after it
    qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the drawing back, the write out
    assert line.text() == "ab" and line.cursor() == 1 and panel.pad.stroke_count() == 1
    qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert line.text() == "a" + top + "b" and line.cursor() == 2 and panel.pad.is_empty()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Backspace)  # the empty pad's Backspace: the character before the cursor
    assert line.text() == "ab" and line.cursor() == 1
    assert line.append("star") == " star " and line.text() == "a star b"  # a word apart from both sides
    line.backspace()  # the word goes whole, as it came
    assert line.text() == "ab" and line.cursor() == 1
    line.set_text("はた", 1)
    assert line.turn_button.isEnabled() and line.turn_last() == "ば" and line.text() == "ばた" and line.cursor() == 1
    line.set_text("12", 0)  # nothing before the cursor: nothing to delete or turn
    line.backspace()
    assert line.text() == "12" and not line.turn_button.isEnabled()


def test_esc_in_a_text_field_gives_the_pad_the_keyboard_back_and_keeps_the_drawing(qtbot, window):
    """A hobbyist drew a star, typed "star" in the Label field and pressed Esc to leave the field: the star was
    cleared (walk 133). Esc in a text field goes back to the pad; on the pad it clears, as before."""
    panel = window.recognize
    draw_and_wait(qtbot, panel, draw_one)
    for field in (window.collect_bar.label_edit, panel.write_line.field):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        if field is window.collect_bar.label_edit:  # a label typed and taken back: Enter would add, it says
            qtbot.keyClicks(field, "7")
            qtbot.keyClick(field, Qt.Key.Key_Backspace)
            assert "Type a label" in panel.predictions.headline.text()
        qtbot.keyClick(field, Qt.Key.Key_Escape)
        assert panel.pad.hasFocus() and panel.pad.stroke_count() == 1
        # ... and the line over the candidates says what Enter does now: it still said "Type a label, then Enter
        # adds …" after the empty field was left, and Enter wrote the answer (walk 135)
        assert "Type a label" not in panel.predictions.headline.text(), panel.predictions.headline.text()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Escape)
    assert panel.pad.is_empty()


def test_the_pads_arrow_keys_move_the_lines_cursor(qtbot, window):
    """After a fix in the middle of "きって" the next character went in there too, and the way back to the end was a
    click in the line (walk 130): the pad's Left, Right, Home and End move the line's cursor, as a handwriting
    keyboard's arrows do, and let go of a character chosen to be written over."""
    panel = window.recognize
    line = panel.write_line
    line.set_text("きつて", 2)
    panel.pad.setFocus()
    qtbot.waitUntil(panel.pad.hasFocus)
    qtbot.keyClick(panel.pad, Qt.Key.Key_End)
    assert line.cursor() == 3 and panel.pad.hasFocus() and panel.pad.is_empty()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Left)
    assert line.cursor() == 2 and line.insertion() == (2, "")
    qtbot.keyClick(panel.pad, Qt.Key.Key_Home)
    assert line.cursor() == 0
    qtbot.keyClick(panel.pad, Qt.Key.Key_Right)
    assert line.cursor() == 1
    line.field.setSelection(1, 1)
    qtbot.keyClick(panel.pad, Qt.Key.Key_End)
    assert line.insertion() == (3, "") and line.text() == "きつて"


def test_a_character_chosen_in_the_line_is_written_over(qtbot, window):
    """A learner chose 川 in "山川日" (Shift+Left) to fix it, drew 日 and pressed Enter: the line forgot the choice as
    the pad took the pen, and the write went in beside it ("山日川日"). The choice stays, dimmed, and the write
    replaces it; Undo puts it back; Copy and Backspace take the chosen part only."""
    from PySide6.QtGui import QGuiApplication

    panel = window.recognize
    line = panel.write_line
    line.set_text("abc")
    line.field.setFocus()
    qtbot.waitUntil(line.field.hasFocus)
    line.field.setCursorPosition(2)
    qtbot.keyClick(line.field, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)  # "b" chosen
    line.copy_all()
    assert QGuiApplication.clipboard().text() == "b"
    prediction = draw_and_wait(qtbot, panel, draw_one)  # the pad takes the focus: the line keeps the choice
    panel.pad.setFocus()
    qtbot.waitUntil(lambda: line.field.selectedText() == "b")
    qtbot.keyClick(panel.pad, Qt.Key.Key_Return)
    top = prediction.top[0][0]
    assert line.text() == "a" + top + "c" and line.cursor() == 2
    qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the drawing back, "b" too
    assert line.text() == "abc" and panel.pad.stroke_count() == 1
    assert line.field.selectedText() == "b"  # chosen again: Enter writes over it again (it went in beside it)
    qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert line.text() == "a" + top + "c"
    line.field.setSelection(0, 2)
    line.backspace()  # the chosen part, as the keyboard's Backspace
    assert line.text() == "c" and line.cursor() == 0


def test_undo_puts_back_what_backspace_or_the_clear_button_took_out_of_the_line(qtbot, window):
    """Ctrl+Z after Backspace on the empty pad brought back an older drawing, not the character, and the line's
    clear button lost a whole line of text for good (two walks). Undo puts the text back first; Redo takes it out
    again; a write since ends it."""
    panel = window.recognize
    line = panel.write_line
    prediction = draw_and_wait(qtbot, panel, draw_one)
    panel.pad.setFocus()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Return)  # an older write with its drawing in the pad's history
    top = prediction.top[0][0]
    line.set_text("17" + top)
    qtbot.keyClick(panel.pad, Qt.Key.Key_Backspace)
    assert line.text() == "17" and panel.undo_action.isEnabled()
    assert panel.undo_action.text() == f"&Undo deleting “{top}”"
    qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert line.text() == "17" + top and panel.pad.is_empty()  # the character, not an old drawing
    assert panel.redo_action.text() == f"&Redo deleting “{top}”"
    qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert line.text() == "17" and panel.pad.is_empty()
    line.field.setFocus()
    line.clear_action.trigger()  # the line's clear button, the focus in the line (Ctrl+Z there did nothing: a walk)
    assert line.text() == "" and not line.clear_action.isVisible()
    qtbot.keyClick(line.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert line.text() == "17" and line.clear_action.isVisible()
    qtbot.keyClick(line.field, Qt.Key.Key_End)
    qtbot.keyClicks(line.field, "8")  # typed: the field's own Ctrl+Z takes it back
    qtbot.keyClick(line.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert line.text() == "17"
    line.clear_action.trigger()
    line.append("9")  # written since: Undo is about the write's drawing again, the cleared text stays cleared
    assert line.deletion_to_undo() is None

def test_a_label_of_several_characters_is_written_as_a_word(qtbot, window):
    panel = window.recognize
    line = panel.write_line
    line.set_text("")
    assert line.append("star") == "star" and line.append("heart") == " heart" and line.append("7") == " 7"
    assert line.text() == "star heart 7"  # a walk's "10 star1": the word ran into the digit after it
    assert line.append("8") == "8" and line.text() == "star heart 78"
    line.set_text("a ")
    assert line.append("star") == "star" and line.text() == "a star"
    # Backspace takes a written word back whole ("a sta" was left), then goes on character by character
    line.backspace()
    assert line.text() == "a "
    line.set_text("1")
    line.append("star")
    line.append("2")
    for expected in ("1 star ", "1 star", "1", ""):
        line.backspace()
        assert line.text() == expected
    line.append("star")
    line.field.selectAll()
    qtbot.keyClicks(line.field, "star")  # typed over, not written: a character at a time
    line.backspace()
    assert line.text() == "sta"
    # Japanese and Chinese set no space between words: a taught "さんかく" after "いしく" was "いしく さんかく" (walk 168)
    line.set_text("いしく")
    assert line.append("さんかく") == "さんかく" and line.text() == "いしくさんかく"
    assert line.append("は") == "は" and line.append("star") == " star" and line.text() == "いしくさんかくは star"
    line.set_text("星")
    line.field.setCursorPosition(0)
    assert line.append("うずまき") == "うずまき" and line.text() == "うずまき星"


def test_undo_on_the_empty_pad_after_a_write_says_what_comes_back(qtbot, window):
    """A walk took Undo, enabled on the pad a write had just cleared, for a mistake: its tooltip says the drawing
    comes back and the written character leaves the line."""
    panel = window.recognize
    panel.write_line.set_text("")
    assert panel.undo_action.toolTip() == "Undo (Ctrl+Z)"
    draw_and_wait(qtbot, panel, draw_one)
    written = panel.prediction.top[0][0]
    qtbot.keyClick(panel.pad, Qt.Key.Key_Return)
    assert panel.pad.is_empty() and panel.undo_action.isEnabled()
    assert f"“{written}” leaves the written text" in panel.undo_action.toolTip()
    assert panel.undo_action.text() == f"&Undo writing “{written}”"  # the Edit menu's entry said "Undo stroke"
    panel.write_line.set_text("typed")  # the line no longer ends with the write: only the drawing comes back
    assert panel.undo_action.toolTip() == "Undo: the cleared drawing comes back (Ctrl+Z)"
    assert panel.undo_action.text() == "&Undo clearing"
    panel.write_line.set_text(written)
    panel.undo_action.trigger()
    assert not panel.pad.is_empty() and panel.write_line.text() == ""
    assert panel.undo_action.toolTip() == "Undo (Ctrl+Z)"
    assert panel.redo_action.text() == f"&Redo writing “{written}”"  # it said "Redo stroke" (a walk)
    panel.write_line.set_text("typed")  # the line changed since: Redo only clears the drawing again
    assert panel.redo_action.text() == "&Redo clearing"
    panel.write_line.set_text("")
    # Esc then: a new clear, after which Redo has nothing to write again (it wrote the undone character: a walk)
    panel.clear_action.trigger()
    panel.undo_action.trigger()
    assert panel.redo_action.text() == "&Redo clearing" and panel.undo_action.text() == "&Undo stroke"
    panel.redo_action.trigger()
    assert panel.pad.is_empty() and panel.write_line.text() == ""
    # A write, then a drawing cleared with Esc: Undo brings the cleared drawing back, and says so ("Undo writing" stood
    # over it, and the drawing seemed lost: walk 167); the write stays
    draw_and_wait(qtbot, panel, draw_one)
    qtbot.keyClick(panel.pad, Qt.Key.Key_Return)
    draw_and_wait(qtbot, panel, draw_one)
    panel.clear_action.trigger()
    assert panel.undo_action.text() == "&Undo clearing", panel.undo_action.text()
    panel.undo_action.trigger()
    assert not panel.pad.is_empty() and panel.write_line.text() == written


def test_keyboard_undo_redo_and_esc_reach_the_pad(qtbot, window):
    panel = window.recognize
    draw_and_wait(qtbot, panel, draw_one)
    draw_and_wait(qtbot, panel, draw_seven)
    panel.pad.setFocus()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.pad.stroke_count() == 1
    qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert panel.pad.stroke_count() == 2
    qtbot.keyClick(panel.pad, Qt.Key.Key_Escape)
    assert panel.pad.is_empty()
    qtbot.waitUntil(lambda: panel.predictions.rows[0].label is None)
    assert "Draw" in panel.predictions.headline.text()


def test_backspace_takes_the_last_stroke_then_the_last_written_character_and_space_writes_a_space(qtbot, window):
    """As on a handwriting keyboard (a fresh-eyes walk pressed Backspace on an empty pad and nothing happened); in
    the text line itself the key edits the text as usual."""
    panel = window.recognize
    panel.write_line.set_text("ab")
    draw_and_wait(qtbot, panel, draw_one)
    panel.pad.setFocus()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Backspace)
    assert panel.pad.is_empty() and panel.write_line.text() == "ab"
    assert "deleted" not in window.statusBar().currentMessage()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Backspace)
    assert panel.write_line.text() == "a"
    # said: held to undo strokes, the key went on into the text unsaid (walk 143)
    assert window.statusBar().currentMessage() == "Backspace deleted “b” from the text line (Ctrl+Z puts it back)"
    # The line's keys, clicked, leave the focus on the pad: ⌫ kept it, and Space meant for a space between words
    # pressed ⌫ again (walk 146)
    panel.write_line.set_text("ab")
    qtbot.mouseClick(panel.write_line.backspace_button, Qt.MouseButton.LeftButton)
    assert panel.write_line.text() == "a" and panel.pad.hasFocus()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Space)
    assert panel.write_line.text() == "a "
    panel.write_line.set_text("a")
    # Space on the empty pad writes a space (words of one's own symbols ran together); with ink, the top answer
    # and a space, as a handwriting keyboard does (it did nothing and said nothing: a walk); Undo takes both back
    qtbot.keyClick(panel.pad, Qt.Key.Key_Space)
    assert panel.write_line.text() == "a "
    draw_and_wait(qtbot, panel, draw_one)
    panel.pad.setFocus()
    top = panel.prediction.top[0][0]
    qtbot.keyClick(panel.pad, Qt.Key.Key_Space)
    assert panel.write_line.text() == f"a {top} " and panel.pad.is_empty()
    panel.undo()
    assert panel.write_line.text() == "a " and not panel.pad.is_empty()
    panel.redo()
    assert panel.write_line.text() == f"a {top} " and panel.pad.is_empty()
    # After a kana or kanji, the ideographic space, as a Japanese keyboard writes it ("日本 学生": a walk)
    from guiapp.qt.recognize.write_line import space_after

    assert space_after("日本") == space_after("か") == "\u3000" and space_after("ab") == space_after("") == " "
    panel.write_line.set_text("日本")
    qtbot.keyClick(panel.pad, Qt.Key.Key_Space)
    assert panel.write_line.text() == "日本\u3000"
    panel.write_line.set_text(f"a {top} ")
    # While collecting, Enter adds the drawing: Space leaves it and says so
    panel.collect_bar.label_edit.setText("x")
    draw_and_wait(qtbot, panel, draw_one)
    panel.pad.setFocus()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Space)
    assert panel.write_line.text() == f"a {top} " and not panel.pad.is_empty()
    assert "Enter adds this drawing" in window.statusBar().currentMessage()
    panel.collect_bar.label_edit.clear()
    panel.pad.clear()
    panel.write_line.set_text("xyz")
    panel.write_line.field.setFocus()
    panel.write_line.field.setCursorPosition(1)
    qtbot.keyClick(panel.write_line.field, Qt.Key.Key_Backspace)  # the character before the cursor
    assert panel.write_line.text() == "yz"


def test_the_punctuation_key_writes_a_mark_after_the_top_answer(qtbot, window):
    """わたしはがくせいです could not be ended with 。 without a Japanese keyboard (walk 106): the key beside the line
    offers the marks for the model's script, writes the top answer first when the pad holds a drawing (as a phone's
    handwriting keyboard does), sets a mark against a word, and hands the focus back to the pad."""
    from guiapp.qt.recognize.punctuation import NARROW_MARKS, WIDE_MARKS, marks_for

    panel = window.recognize
    line, button = panel.write_line, panel.write_line.punctuation_button
    assert marks_for(["あ", "い"]) == marks_for(["日本"]) == WIDE_MARKS and marks_for(["7", "star"]) == NARROW_MARKS
    marks = [a.text().split("\t") for a in button.menu().actions()][:-2]  # each mark with its name
    # then a space between words, which only Help said Space on the pad writes (walk 146)
    assert button.menu().actions()[-2].text() == "␣\tspace (Space on the pad)"
    assert button.text() == ".,?" and [mark for mark, _ in marks] == list(NARROW_MARKS)
    assert marks[0][1] == "full stop" and all(name for _, name in marks)
    other = button.menu().actions()[-1].menu()  # the other script's marks, one step away
    assert [a.text().split("\t")[0] for a in other.actions()] == list(WIDE_MARKS)
    assert other.actions()[1].text() == "、\tideographic comma"
    # each named apart: "Other marks" named ？ as ? was ("question mark": walk 112)
    names = [name for _, name in marks] + [a.text().split("\t")[1] for a in other.actions()]
    assert len(set(names)) == len(names) and "full-width question mark" in names
    # a phone number's + and an address's @ (walk 112 found neither)
    assert {"+", "@", "/"} <= {mark for mark, _ in marks} and "at sign" in names
    line.set_text("h")
    prediction = draw_and_wait(qtbot, panel, draw_one)
    top = prediction.top[0][0]
    button.menu().actions()[0].trigger()  # "."
    # against the character before it: a character and its mark are not a word ("h i!": walk 112)
    assert line.text() == f"h{top}." and panel.pad.is_empty() and panel.pad.hasFocus()
    panel.undo()  # the drawing comes back, the answer and its mark leave together
    assert line.text() == "h" and not panel.pad.is_empty()
    panel.pad.clear()
    line.set_text("")
    line.append("star")
    button.menu().actions()[1].trigger()  # ",": against the word, not " ,"
    assert line.text() == "star,"
    assert line.append("moon") == " moon" and line.text() == "star, moon"
    panel.collect_bar.label_edit.setText("x")  # collecting: the drawing waits for Enter, and the mark says so
    draw_and_wait(qtbot, panel, draw_one)
    button.menu().actions()[0].trigger()
    assert line.text() == "star, moon" and not panel.pad.is_empty()
    assert "Enter adds this drawing" in window.statusBar().currentMessage()
    panel.collect_bar.label_edit.clear()
    panel.pad.clear()
    # a digits model has no turn key (a greyed は⟷ば puzzled a walk), Latin letters a⟷A, kana は⟷ば
    assert line.turn_button.isHidden()
    line.set_text("")  # (named for what is before the cursor, else for the model's script)
    line.set_labels(["a", "A", "b"])
    assert not line.turn_button.isHidden() and line.turn_button.text() == "a⟷A" and button.text() == ".,?"
    line.set_labels(["あ", "ば"])  # a kana model: the full-width marks
    assert button.text() == "、。" and button.menu().actions()[0].text().startswith("。\t")
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:  # a Chinese window writes full-width marks with the digits model too (walk 108)
        assert marks_for(["7", "1"]) == WIDE_MARKS
    finally:
        QLocale.setDefault(before)
    assert not line.turn_button.isHidden() and line.turn_button.text() == "は⟷ば"
    line.set_labels(["ア", "バ"])  # named in the model's script (は⟷ば beside katakana read as hiragana)
    assert line.turn_button.text() == "ハ⟷バ"
    line.set_labels(["あ", "ば"])
    line.set_text("です")
    button.menu().actions()[0].trigger()
    assert line.text() == "です。"
    button.menu().actions()[-2].trigger()  # the ideographic space after kana, as Space on the pad writes it
    assert line.text() == "です。\u3000" and panel.pad.hasFocus()
    line.set_text("です。")
    # The keyboard's . and , on the pad write the marks too, full-width beside kana (walk 115: 。 had no key)
    panel.pad.setFocus()
    qtbot.keyClicks(panel.pad, ",.")
    assert line.text() == "です。、。"
    line.set_labels(["a", "b"])
    line.set_text("ok")
    qtbot.keyClicks(panel.pad, "!")
    assert line.text() == "ok!"
    line.set_text("3+4")  # and = for a sum, which no menu offered (walk 116)
    qtbot.keyClicks(panel.pad, "=")
    assert line.text() == "3+4="
    line.set_labels(["あ", "ば"])  # full-width marks, but a number keeps its point: "3。5" was written (walk 116)
    line.set_text("3")
    qtbot.keyClicks(panel.pad, ".")
    assert line.text() == "3."


def test_tabbing_through_the_text_line_leaves_the_sentence_to_be_written_on(qtbot, window):
    """Keyboard only, Tab through the text line chose all of it (Qt's way), the choice stayed as the focus moved
    on, and 。 from the punctuation key replaced the whole sentence, which Undo could not bring back (walk 115)."""
    panel = window.recognize
    line = panel.write_line
    line.set_text("がっこうにいきます")
    line.field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: line.field.hasFocus() and not line.field.hasSelectedText())
    assert line.cursor() == len("がっこうにいきます")
    line.punctuation_button.setFocus(Qt.FocusReason.TabFocusReason)
    line.set_labels(["あ"])  # a kana model's marks: 。 first
    line.punctuation_button.menu().actions()[0].trigger()
    assert line.text() == "がっこうにいきます。"
    line.set_text("")


def test_enter_in_the_classes_to_collect_starts_the_collection(qtbot, window):
    """Enter typed after the classes to collect did nothing to see (it wrote the pad's answer: walk 113); it starts
    the collection, as Start does."""
    bar = window.recognize.collect_bar
    bar.collect_button.setChecked(True)
    try:
        bar.classes_edit.setText("a, b")
        bar.classes_edit.setFocus()
        qtbot.keyClick(bar.classes_edit, Qt.Key.Key_Return)
        assert bar.collecting() and bar.prompts
        bar.stop_collect()
        bar.times.setFocus()  # and in their count
        qtbot.keyClick(bar.times, Qt.Key.Key_Enter)
        assert bar.collecting()
        # Esc in the row closes it as its ✕ does (a stop, said), the focus back on Collect… (walk 115)
        bar.start_button.setFocus()  # (Stop, while collecting)
        qtbot.waitUntil(bar.start_button.hasFocus)
        qtbot.keyClick(bar.start_button, Qt.Key.Key_Escape)
        assert not bar.collect_button.isChecked() and not bar.collecting() and bar.collect_row.isHidden()
        assert bar.collect_button.hasFocus()
        bar.collect_button.setChecked(True)  # and from the classes field, nothing collected
        bar.classes_edit.setFocus()
        qtbot.waitUntil(bar.classes_edit.hasFocus)
        qtbot.keyClick(bar.classes_edit, Qt.Key.Key_Escape)
        assert bar.collect_row.isHidden() and bar.collect_button.hasFocus()
    finally:
        bar.stop_collect()
        bar.collect_button.setChecked(False)


def test_the_last_character_turns_into_its_other_form(qtbot, window):
    """は written where ば was meant: は⟷ば (or Alt+0) turns it, as a phone keyboard's key does, without drawing it
    again; a letter's case too; nothing to turn leaves the button disabled."""
    panel = window.recognize
    line = panel.write_line
    line.set_text("")
    assert not line.turn_button.isEnabled()
    line.set_text("がっこは")
    assert line.turn_button.isEnabled()
    qtbot.mouseClick(line.turn_button, Qt.MouseButton.LeftButton)
    assert line.text() == "がっこば"
    panel.pad.setFocus()
    qtbot.keyClick(panel.pad, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert line.text() == "がっこぱ"
    line.set_text("hell0")
    assert not line.turn_button.isEnabled()
    line.set_text("hellO")
    assert line.turn_button.text() == "a⟷A"  # says what it does to a letter (a kana mark meant nothing there)
    qtbot.mouseClick(line.turn_button, Qt.MouseButton.LeftButton)
    assert line.text() == "hello"
    # a capital I read as a small l turns into I, not L: one stroke alike (walk 112), and back
    line.set_text("Al")
    assert line.turn_last() == "I" and line.text() == "AI" and line.turn_last() == "l"
    line.set_text("は")
    assert line.turn_button.text() == "は⟷ば"
    # A written word is one label: its last letter is not turned ("staR", a walk); a letter written after it is
    line.append("star")
    assert line.text() == "は star" and not line.turn_button.isEnabled() and line.turn_last() is None
    panel.pad.setFocus()
    qtbot.keyClick(panel.pad, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert line.text() == "は star"
    line.append("x")
    assert line.turn_button.isEnabled() and line.turn_last() == "X" and line.text() == "は star X"
    line.backspace()
    assert line.text() == "は star " and not line.turn_button.isEnabled()  # a space: nothing to turn


def test_low_confidence_answer_is_shown_as_unsure(qtbot, window):
    view = window.recognize.predictions
    view.show_prediction([("3", 0.31), ("8", 0.3), ("5", 0.2), ("2", 0.1), ("7", 0.09)])
    assert view.is_unsure()
    assert "Not sure" in view.headline.text() and "31" in view.headline.text()
    assert "write it more clearly" in view.headline.text()
    assert all(row.unsure for row in view.rows)
    # Of an image, what it shows is the likely cause (a printed word was told to "write it more clearly": a walk)
    view.show_prediction([("べ", 0.26), ("く", 0.2), ("し", 0.2), ("つ", 0.1), ("へ", 0.09)], image=True)
    assert "one character" in view.headline.text() and "writing" not in view.headline.text()
    view.show_prediction([("3", 0.97), ("8", 0.01), ("5", 0.01), ("2", 0.005), ("7", 0.005)])
    assert not view.is_unsure() and "Not sure" not in view.headline.text()


def test_a_scribble_is_said_to_be_one_however_sure_the_network_is(qtbot, window):
    """A dense scribble was read as 8 at 96 %, in a confident blue bar, and nothing said it was no character (walk
    143): the line above says it looks like a scribble and the bars are shown as unsure."""
    from guiapp.core.strokes import Drawing, Stroke
    from helpers import scribble

    panel = window.recognize
    draw_and_wait(qtbot, panel, lambda pad: pad.set_drawing(scribble()))
    view = panel.predictions
    assert view.headline.text().startswith("This looks like a scribble, not a character: "), view.headline.text()
    assert view.is_unsure() and all(row.unsure for row in view.rows if row.label is not None)
    # a character is not (a 7 of two strokes)
    draw_and_wait(qtbot, panel, lambda pad: pad.set_drawing(Drawing(
        [Stroke([[20, 20], [90, 20], [45, 100]]), Stroke([[40, 60], [75, 60]])], 109, 109)))
    assert "scribble" not in view.headline.text()


def test_characters_side_by_side_are_said_to_be_read_as_one(qtbot, window):
    """An image of two characters was read as one at 99 %, nothing said (walk 146): two digits drawn side by side
    are said to be read as one, the bars unsure; one of them alone is not."""
    from guiapp.core.strokes import Drawing, Stroke

    def seven(left):
        return [Stroke([[left, 60], [left + 35, 60], [left + 12, 120]]), Stroke([[left + 8, 90], [left + 30, 90]])]

    panel = window.recognize
    draw_and_wait(qtbot, panel, lambda pad: pad.set_drawing(Drawing(seven(30) + seven(95), 200, 200)))
    view = panel.predictions
    parts = panel.prediction.parts
    assert len(parts) == 2 and panel.prediction.side_by_side == 2
    assert view.headline.text() == (
        "This looks like 2 characters side by side, and the model reads one at a time. "
        f"One by one it reads {parts[0]}, {parts[1]}: Enter writes them."), view.headline.text()
    assert view.is_unsure() and all(row.unsure for row in view.rows if row.label is not None)
    # each read on its own, in one button that writes them all (in place of "Also:")
    assert view.neighbours_title.text() == "One by one:" and view.neighbour_labels() == ["".join(parts)]
    qtbot.mouseClick(view.neighbour_buttons[0], Qt.MouseButton.LeftButton)
    assert panel.write_line.text().endswith("".join(parts)) and panel.pad.is_empty()
    # and Enter writes them too, not the reading of them all as one (walk 152); Ctrl+Z takes both back
    # (as characters, not as a word of several: after 70 it wrote "70 42", walk 157)
    panel.write_line.set_text("70")
    prediction = draw_and_wait(qtbot, panel, lambda pad: pad.set_drawing(Drawing(seven(30) + seven(95), 200, 200)))
    panel.pad.setFocus()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Return)
    assert panel.write_line.text() == "70" + "".join(prediction.parts) and panel.pad.is_empty()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.write_line.text() == "70" and panel.pad.stroke_count() == 4
    draw_and_wait(qtbot, panel, lambda pad: pad.set_drawing(Drawing(seven(80), 200, 200)))
    assert "side by side" not in view.headline.text() and view.neighbours_title.text() == "Also:"
    # where they cannot all be read one by one (a 1 too narrow to count), what to do instead
    view.show_prediction([("4", 0.99), ("9", 0.01)], side_by_side=2)
    assert view.headline.text().endswith("write one, press Enter, then the next.") and not view.neighbour_labels()
    view.show_prediction([("4", 0.99), ("9", 0.01)], image=True, side_by_side=3)
    assert view.headline.text().startswith("This looks like 3 characters side by side") and "4 is only" in (
        view.headline.text())


def hostile_model(path):
    import keras

    model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(),
                              keras.layers.Lambda(lambda x: x * 2, name="sneaky"), keras.layers.Dense(10)])
    model.save(path)
    return path


def test_hostile_or_broken_model_shows_the_core_message_and_keeps_the_previous(qtbot, window, tmp_path,
                                                                                tiny_digits_model):
    panel = window.recognize
    before = panel.recognizer
    status = window.model_status.text()
    assert "(10 classes, 28×28)" in status
    broken = tmp_path / "broken.h5"
    broken.write_bytes(b"this is not a model" * 100)
    picture = tmp_path / "picture.h5"
    Image.new("L", (28, 28)).save(picture, format="PNG")
    for path, fragment in ((hostile_model(tmp_path / "hostile.h5"), "Lambda"),
                           (broken, "broken.h5 is a text file, not a model. Expected a Keras model file"),
                           (picture, "picture.h5 is a PNG image, not a model")):
        box = window.error_box
        window.use_model(path)
        qtbot.waitUntil(lambda: window.error_box is not box, timeout=30_000)
        assert fragment in window.error_box.text()
        assert "HDF5 file (" not in window.error_box.text() and "synchronously" not in window.error_box.text()
        assert "Still using tiny-digits.h5." in window.error_box.text()
        window.error_box.close()
        assert window.current_model_path() == str(tiny_digits_model)
        assert panel.recognizer is before and window.model_status.text() == status  # not cut to "Model: …"
    draw_and_wait(qtbot, panel)  # recognition still works with the previous model
    missing = tmp_path / "gone.h5"
    window.use_model(missing)
    assert "no such file" in window.error_box.text()
    # ... said as of any file that cannot be used: which stays in use, and that Open recent forgets it (walk 121)
    assert window.error_box.text().endswith("It is taken off Open recent.\n\nStill using tiny-digits.h5.")


def test_dropped_image_is_shown_and_recognized_like_the_cli(qtbot, window, tmp_path, tiny_digits_model, monkeypatch):
    from guiapp.core.recognition import Recognizer

    panel = window.recognize
    draw_and_wait(qtbot, panel, draw_seven)
    path = window.save_drawing(tmp_path / "seven.png")
    panel.pad.clear()
    from PySide6.QtGui import QDragEnterEvent

    for name, accepted in (("seven.png", True), ("model.h5", True), ("model.keras", True), ("notes.txt", False)):
        offer = QMimeData()
        offer.setUrls([QUrl.fromLocalFile(str(tmp_path / name))])
        enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, offer, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        enter.setAccepted(False)
        window.dragEnterEvent(enter)
        assert enter.isAccepted() == accepted, name
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(panel.predictionShown, timeout=20_000) as blocker:
        window.dropEvent(drop)
    assert panel.pad.image() is not None
    with Image.open(path) as image:
        expected = Recognizer(str(tiny_digits_model)).recognize(image)
    assert np.array_equal(blocker.args[0].probabilities, expected.probabilities)
    # Save drawing with the picture on the pad says so ("draw a character (and load a model)" read as if the model
    # were missing: a walk)
    window.save_drawing_dialog()
    assert window.statusBar().currentMessage() == "Nothing to save: the pad shows an opened picture, not a drawing"
    # Drawing on the picture replaces it.
    draw_and_wait(qtbot, panel, draw_one)
    assert panel.pad.image() is None and panel.pad.stroke_count() == 1
    # Saved, it says so (a saved model did, a drawing did not: walk 111)
    from PySide6.QtWidgets import QFileDialog

    saved, offered = tmp_path / "drawn-again.png", []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, name, *args, **kwargs: offered.append(name) or (str(saved), ""))
    window.save_drawing_dialog()
    assert saved.is_file() and window.statusBar().currentMessage().startswith(f"Saved {saved}: white ink on black")
    # named after what it reads ("drawing.png" for a star: walk 161)
    assert Path(offered[0]).name == f"{panel.prediction.top[0][0]}.png"


def test_pasted_image_and_unreadable_image(qtbot, window, tmp_path):
    panel = window.recognize
    picture = np.zeros((64, 64), np.uint8)
    picture[10:54, 30:36] = 255
    from guiapp.qt.recognize.images import coverage_to_qimage

    QGuiApplication.clipboard().setImage(coverage_to_qimage(picture))
    with qtbot.waitSignal(panel.predictionShown, timeout=20_000):
        assert window.paste_image()
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not a png")
    assert not window.open_image(bad)
    assert "bad.png" in window.error_box.text() and "format is not known" in window.error_box.text()
    # A blank image: no answers, a sentence that says why; Enter writes nothing.
    blank = tmp_path / "blank.png"
    Image.new("L", (200, 120), 255).save(blank)
    assert window.open_image(blank)
    qtbot.waitUntil(lambda: "No character found" in panel.predictions.headline.text(), timeout=20_000)
    assert panel.prediction is None
    panel.enter()
    assert panel.write_line.text() == ""


def test_a_tap_on_the_pad_is_not_read_as_a_character(qtbot, window):
    panel = window.recognize
    draw_and_wait(qtbot, panel)
    tap = QPointF(panel.pad.canvas_rect().center())
    panel.pad.clear()
    # The click that gives an empty pad the focus draws nothing: its dot was shown, and read (walk 104)
    window.activateWindow()
    panel.write_line.field.setFocus()
    qtbot.waitUntil(panel.write_line.field.hasFocus)
    QTest.mouseClick(panel.pad, Qt.MouseButton.LeftButton, pos=tap.toPoint())  # through the window, as a click
    assert panel.pad.hasFocus() and panel.pad.is_empty()
    assert panel.predictions.headline.text() == "Draw a character on the pad."
    # A tap on the pad that has the focus is a dot (a class "・" collects them), too small to be read
    mouse(panel.pad, QEvent.Type.MouseButtonPress, tap)
    mouse(panel.pad, QEvent.Type.MouseButtonRelease, tap)
    assert not panel.pad.is_empty()
    qtbot.waitUntil(lambda: "too small to read" in panel.predictions.headline.text(), timeout=20_000)
    assert panel.prediction is None and panel.predictions.top == []
    assert not panel.write_line.write_button.isEnabled()  # it looked ready and wrote nothing (a walk)
    panel.enter()
    assert panel.write_line.text() == ""
    # Space clears the dot and writes the space (walk 147: it did nothing, unsaid)
    panel.write_line.set_text("a")
    qtbot.keyClick(panel.pad, Qt.Key.Key_Space)
    assert panel.write_line.text() == "a " and panel.pad.is_empty()
    panel.write_line.set_text("")
    mouse(panel.pad, QEvent.Type.MouseButtonPress, tap)
    mouse(panel.pad, QEvent.Type.MouseButtonRelease, tap)
    qtbot.waitUntil(lambda: "too small to read" in panel.predictions.headline.text(), timeout=20_000)
    # The rest of the character drawn: read again.
    prediction = draw_and_wait(qtbot, panel)
    assert prediction.found_ink and panel.prediction is not None
    assert panel.write_line.write_button.isEnabled()


def test_opening_an_image_takes_the_last_answer_down_until_it_is_read(qtbot, window, tmp_path):
    panel = window.recognize
    draw_and_wait(qtbot, panel)
    picture = tmp_path / "one.png"
    bar = np.full((300, 300), 255, np.uint8)
    bar[40:260, 140:160] = 0
    Image.fromarray(bar).save(picture)
    assert window.open_image(picture)  # the answer comes from the worker, through the event loop: not yet
    assert panel.predictions.headline.text() == "Reading the image…"
    # what the Train tab's views read is the picture, not the drawing before it (walk 165)
    assert window.train_area.scrubber.drawing is panel.pad.image_source() is not None
    assert panel.prediction is None and panel.predictions.top == []
    qtbot.waitUntil(lambda: panel.prediction is not None, timeout=20_000)
    assert panel.predictions.top


def test_an_opened_image_is_added_to_a_dataset_with_enter_and_undo_takes_it_back(qtbot, window, tmp_path):
    """Enter said it would add the opened picture to the dataset, then "Draw something first" (walk 163)."""
    from guiapp.core.datasets.user_store import UserStore

    panel, bar = window.recognize, window.recognize.collect_bar
    picture = tmp_path / "one.png"
    one = np.full((120, 120), 255, np.uint8)
    one[20:100, 55:65] = 0
    Image.fromarray(one).save(picture)
    with qtbot.waitSignal(panel.predictionShown, timeout=20_000):
        assert window.open_image(picture)
    bar.label_edit.setText("1")
    assert bar.enter_note() == "Enter adds the picture to my-handwriting as “1” (not the answer below)."
    panel.pad.setFocus()
    with qtbot.waitSignal(bar.sampleAdded) as added:
        qtbot.keyClick(panel.pad, Qt.Key.Key_Return)
    name, label, sample_id = added.args
    pixels, strokes, meta = UserStore().open(name).load_sample(sample_id)
    assert label == "1" and strokes is None and meta["source"] == "image"
    ys, xs = np.nonzero(pixels > 127)  # the bar as ink (dark on light read as ink), not the paper
    assert 0 < len(ys) < pixels.size / 4 and np.ptp(ys) > 2 * np.ptp(xs)
    assert panel.pad.is_empty() and bar.counts == {"1": 1}
    panel.undo()  # the picture comes back, and the add is taken back with it
    assert panel.pad.image() is not None and bar.counts == {}
    assert UserStore().open(name).counts() == {}


def test_undo_brings_back_an_image_drawn_over(qtbot, window, tmp_path):
    """Drawing on an opened image replaces it, as one undo step: Ctrl+Z shows the image again, read again."""
    panel = window.recognize
    picture = tmp_path / "seven.png"
    seven = np.full((200, 200), 255, np.uint8)
    seven[40:56, 50:150] = 0
    for row in range(56, 170):
        seven[row, 150 - (row - 56) * 60 // 114 - 8:150 - (row - 56) * 60 // 114 + 8] = 0
    Image.fromarray(seven).save(picture)
    with qtbot.waitSignal(panel.predictionShown, timeout=20_000) as opened:
        assert window.open_image(picture)
    image_answer = opened.args[0].probabilities
    draw_and_wait(qtbot, panel, draw_one)
    assert panel.pad.image() is None and panel.pad.stroke_count() == 1
    with qtbot.waitSignal(panel.predictionShown, timeout=20_000) as undone:
        qtbot.keyClick(panel.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.pad.image() is not None and panel.pad.stroke_count() == 0
    assert np.array_equal(undone.args[0].probabilities, image_answer)  # the image read again, not the stroke
    with qtbot.waitSignal(panel.predictionShown, timeout=20_000):
        panel.redo()
    assert panel.pad.image() is None and panel.pad.stroke_count() == 1
    # Esc (clear) on the image is undoable too; so is the stroke eraser's first touch.
    panel.undo()
    qtbot.waitUntil(lambda: panel.pad.image() is not None)
    panel.pad.clear()
    assert panel.pad.image() is None
    panel.undo()
    assert panel.pad.image() is not None


def test_a_sixteen_bit_image_is_shown_as_it_is(qtbot, window, tmp_path):
    """The pad shows a 16-bit scan in its grey levels (it showed a black square: 0..1 floats clipped)."""
    levels = np.full((40, 40), 50000, np.uint16)  # light paper …
    levels[8:32, 18:22] = 3000  # … and a dark bar of ink
    path = tmp_path / "deep.png"
    Image.fromarray(levels).save(path)
    assert window.open_image(path)
    shown = window.recognize.pad.image().convertToFormat(window.recognize.pad.image().Format.Format_Grayscale8)
    assert shown.pixelColor(2, 2).value() == round(50000 / 65535 * 255)
    assert shown.pixelColor(20, 20).value() == round(3000 / 65535 * 255)


def test_open_image_starts_where_the_last_image_came_from(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "scans"
    folder.mkdir()
    picture = folder / "one.png"
    Image.new("L", (64, 64), 0).save(picture)
    asked = []
    answers = iter([(str(picture), ""), ("", "")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _parent, _title, start, _filter: asked.append(start)
                        or next(answers))
    window.open_image_dialog()
    window.open_image_dialog()
    assert asked == [str(Path.home()), str(folder)]


def test_open_model_starts_where_the_last_model_file_was_chosen(qtbot, window, tmp_path, monkeypatch):
    """Even a file that failed to load: the next try is likely its neighbour (a fresh-eyes walk was sent back to the
    bundled models' folder after a broken file)."""
    from PySide6.QtWidgets import QFileDialog

    broken = tmp_path / "broken.h5"
    broken.write_bytes(b"not a model at all" * 100)
    asked = []
    answers = iter([(str(broken), ""), ("", "")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _parent, _title, start, _filter: asked.append(start)
                        or next(answers))
    from guiapp.paths import resource
    from qt.recognize_helpers import wait_for_model

    bundled = str(resource("models") / "digits.h5")
    window.use_model(bundled)
    wait_for_model(qtbot, window, bundled)
    window.open_model_dialog()
    qtbot.waitUntil(lambda: window.error_box is not None, timeout=30_000)
    window.open_model_dialog()
    assert asked[1] == str(tmp_path)
    # The first time, with a bundled model in use: the home folder, not the installed package's (a walk)
    assert asked[0] == str(Path.home())


def test_switching_models_recent_files_and_model_info(qtbot, window, tiny_digits_model, tmp_path):
    other = tmp_path / "other-digits.h5"
    shutil.copy(tiny_digits_model, other)
    window.use_model(other)
    # A drawing made while it loads is said to wait for it, then read by it (no answer for ~10 s, unsaid: walk 156)
    panel = window.recognize
    draw_one(panel.pad)
    assert panel.predictions.headline.text() == "Loading other-digits.h5… this drawing is read as soon as it is ready."
    wait_for_model(qtbot, window, other)
    qtbot.waitUntil(lambda: panel.prediction is not None)
    assert not panel.predictions.headline.text().startswith("Loading")
    panel.pad.clear()
    recent = window.settings.recent_models()
    assert recent[:2] == [str(other), str(tiny_digits_model)]
    picker = window.recognize.picker
    assert picker.currentData() == str(other)
    assert {picker.itemData(i) for i in range(picker.count())} >= {str(other), str(tiny_digits_model)}
    # No bundled model reads kanji (a learner drew 日 on katakana and got ロ): the list says so, not choosable
    kanji = [i for i in range(picker.count()) if picker.itemText(i).startswith("Kanji: no bundled model")]
    assert len(kanji) == 1 and not picker.model().item(kanji[0]).isEnabled() and picker.itemData(kanji[0]) is None
    # ... and its tooltip offers Teach… for a few kanji, wrapped (a day of training was all it offered, 1,070 px wide)
    tip = picker.itemData(kanji[0], Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("<p>") and "Teach…" in tip and "kyoiku" in tip
    # Open recent names them as the model list does: it listed two runs as "model.h5" and "model.h5" (walk 105)
    listed = {picker.itemData(i): picker.itemText(i) for i in range(picker.count())}
    recent_names = [a.text() for a in window.recent_menu.actions()][:2]
    assert [name[:3] for name in recent_names] == ["&1 ", "&2 "]  # each with its Alt key (walk 115)
    recent_names = [name[3:] for name in recent_names]
    assert recent_names == [listed[str(other)], listed[str(tiny_digits_model)]] and recent_names[0] != recent_names[1]
    # The box may cut a long name off: its list is as wide as the longest, its tooltip names the chosen one whole.
    longest = max(picker.fontMetrics().horizontalAdvance(picker.itemText(i)) for i in range(picker.count()))
    picker.showPopup()
    assert picker.view().minimumWidth() >= longest and picker.currentText() in picker.toolTip()
    # ... and drops down below the box, not over it with the chosen model under the pointer (walk 104)
    assert picker.view().window().y() == picker.mapToGlobal(QPoint(0, picker.height())).y()
    picker.hidePopup()
    # A model chosen in the opened list gives the pad the keyboard back: the box kept it, and Space (a space on the
    # pad) opened the list again (walk 164); an arrow on the closed box goes model by model, the keyboard staying
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    picker.showPopup()
    qtbot.waitUntil(picker.view().isVisible)
    mine = picker.findData(str(tiny_digits_model))
    picker.view().setCurrentIndex(picker.model().index(mine, 0))
    qtbot.keyClick(picker.view(), Qt.Key.Key_Return)
    wait_for_model(qtbot, window, tiny_digits_model)
    qtbot.waitUntil(panel.pad.hasFocus)
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    qtbot.keyClick(picker, Qt.Key.Key_Up if mine > 0 else Qt.Key.Key_Down)
    assert picker.currentIndex() != mine and picker.hasFocus()
    window.use_model(other)
    wait_for_model(qtbot, window, other)
    # A file the person named is listed by that name; cut, it loses its middle to "…" (a run's "myshapes · inkling ·
    # 2026-12-02 15:21" was cut off at the right with no sign that more followed).
    long = tmp_path / "digits-from-the-long-training-run-of-2026-12-02-at-15-21.h5"
    shutil.copy(tiny_digits_model, long)
    window.use_model(long)
    wait_for_model(qtbot, window, long)
    name, shown = picker.currentText(), picker.shown_text()
    assert name == long.name and picker.fontMetrics().horizontalAdvance(name) > picker.width()
    assert "…" in shown and shown.startswith("digits-") and shown.endswith("15-21.h5"), shown
    # ... but never wider than the window: a run's long name made it wider than a 1024 px window (walk 101)
    longer = tmp_path / ("digits-" + "from-the-long-training-run-" * 6 + "2026-12-02.h5")
    shutil.copy(tiny_digits_model, longer)
    window.use_model(longer)
    wait_for_model(qtbot, window, longer)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=5000)
    assert picker.fontMetrics().horizontalAdvance(longer.name) > 1024
    picker.showPopup()
    popup = picker.view().window()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    right = picker.mapToGlobal(picker.rect().topLeft()).x() + popup.width()
    assert popup.width() >= picker.width() and right <= window.mapToGlobal(window.rect().topRight()).x()
    picker.hidePopup()
    window.use_model(tiny_digits_model)  # loaded before: the switch is immediate
    assert window.current_model_path() == str(tiny_digits_model)
    # A file deleted since it was loaded is gone, not answered for from memory (a walk chose it in Open recent)
    other.unlink()
    window.use_model(other)
    assert "no such file" in window.error_box.text() and window.current_model_path() == str(tiny_digits_model)
    assert str(other) not in window.settings.recent_models()
    window.error_box.close()
    # A file saved over since is read again
    shutil.copy(tiny_digits_model, long)
    os.utime(long, ns=(1, 1))
    window.use_model(long)
    assert window.current_model_path() == str(tiny_digits_model)  # loading, not switched at once
    wait_for_model(qtbot, window, long)
    window.use_model(tiny_digits_model)
    window.show_model_info()
    dialog = window.model_info_dialog
    text = dialog.view.text.toPlainText()
    for fragment in ("0 1 2 3 4 5 6 7 8 9", "keras-tutorial", "28 × 28 × 1", "Parameters", "digits"):
        assert fragment in text, text
    assert dialog.view.plot is not None and dialog.view.plot.isVisible()
    loss, accuracy = dialog.view.plot.plots["loss"], dialog.view.plot.plots["accuracy"]
    assert len(loss.listDataItems()) == len(accuracy.listDataItems()) == 2  # training and validation in each
    dialog.close()


def test_model_info_draws_a_history_under_1_on_the_0_to_1_scale(qtbot):
    """Fitted to the data, the accuracy ran along the plot's top edge with no 1.0 on the axis (a walk)."""
    from guiapp.qt.recognize.model_info import ModelInfoView

    view = ModelInfoView()
    qtbot.addWidget(view)
    view._show_history({"loss": [0.8, 0.3, 0.2], "accuracy": [0.75, 0.86, 0.89]})  # noqa: SLF001
    low, high = view.plot.plots["accuracy"].viewRange()[1]
    assert low <= 0.0 and 1.0 <= high < 1.1
    view._show_history({"loss": [2.4, 0.9], "accuracy": [0.4, 0.7]})  # noqa: SLF001 — a loss above 1: fitted
    assert view.plot.plots["loss"].viewRange()[1][1] >= 2.4


def test_model_info_draws_its_curves_as_the_train_area_does(qtbot):
    """Model info drew loss in red and accuracy in blue in one plot, validation dashed, where Train draws training
    blue ●, validation orange ■ and dashed means another run (walk 131): the same plots, colours and words now."""
    from guiapp.qt.recognize.model_info import ModelInfoView
    from guiapp.qt.train.plots import BEST_COLOR, TRAIN_COLOR, VAL_COLOR

    view = ModelInfoView()
    qtbot.addWidget(view)
    view.info = {"metadata": {"best_epoch": 2}}
    view._show_history({"loss": [0.8, 0.3, 0.2], "val_loss": [0.7, 0.4, 0.5],  # noqa: SLF001
                        "accuracy": [0.75, 0.86, 0.89], "val_accuracy": [0.7, 0.8, 0.79]})
    for metric, title in (("loss", "Loss per epoch"), ("accuracy", "Accuracy per epoch")):
        plot = view.plot.plots[metric]
        assert plot.accessibleName() == title
        train, val = plot.listDataItems()
        assert train.opts["pen"].color().getRgb()[:3] == TRAIN_COLOR and train.opts["symbol"] == "o"
        assert val.opts["pen"].color().getRgb()[:3] == VAL_COLOR and val.opts["symbol"] == "s"
        lines = [item for item in plot.getPlotItem().items if item.__class__.__name__ == "InfiniteLine"]
        assert [line.value() for line in lines] == [2] and lines[0].pen.color().getRgb()[:3] == BEST_COLOR
    from guiapp.qt.picture_menu import plain_text

    legend = plain_text(view.plot.legend.text())
    assert all(word in legend for word in ("train", "validation", "best (min val. loss)"))


def test_a_last_model_gone_since_the_last_session_is_said(qtbot, tmp_path):
    """The model used last was deleted between sessions: the window says so beside the model it uses instead (it
    fell back to digits with no word)."""
    from guiapp.qt.main_window import MainWindow
    from guiapp.qt.settings import Settings

    settings = Settings()
    settings.last_model = str(tmp_path / "mine.h5")
    settings.add_recent_model(str(tmp_path / "mine.h5"))
    window = MainWindow(settings, start_backend=False)
    qtbot.addWidget(window)
    said = window.statusBar().currentMessage()
    assert said.startswith("The model used last, mine.h5, is no longer there: the pad uses"), said
    assert str(tmp_path / "mine.h5") not in settings.recent_models()


def test_a_bundled_model_used_last_by_an_install_elsewhere_is_this_installs(qtbot, tmp_path):
    """A packaged app keeps its models inside its folder: moved or updated into another one, its last model (the
    hiragana one) was "no longer there" and the pad fell back to digits."""
    from guiapp.qt.main_window import MainWindow
    from guiapp.qt.recognize.model_picker import bundled_models
    from guiapp.qt.settings import Settings

    bundled = [path for _, path in bundled_models() if path.stem != "digits"]
    if not bundled:
        pytest.skip("no bundled model other than digits installed")
    elsewhere = str(tmp_path / "old-install" / "resources" / "models" / bundled[0].name)
    settings = Settings()
    settings.last_model = elsewhere
    settings.add_recent_model(elsewhere)
    window = MainWindow(settings, start_backend=False)
    qtbot.addWidget(window)
    assert "no longer there" not in window.statusBar().currentMessage()
    assert window._wanted == str(bundled[0])  # noqa: SLF001 — loaded once the window is painted
    assert elsewhere not in settings.recent_models()


def test_bundled_models_preload_so_switching_is_instant(qtbot, tiny_digits_model):
    from guiapp.qt.recognize.model_picker import bundled_models

    bundled = [str(path) for _, path in bundled_models()]
    if not bundled:
        pytest.skip("no bundled models installed")
    window = open_window(qtbot, tiny_digits_model, preload=True)
    qtbot.waitUntil(lambda: all(path in window._recognizers for path in bundled), timeout=60_000)
    window.use_model(bundled[0])
    assert window.current_model_path() == bundled[0]  # no load: switched in the same call
    # Letter models read c/C, o/O, … from the drawn height, kana models small kana from the lower half: their pad
    # shows the lines, the digits' does not.
    from guiapp.core import kana_size, letter_case

    for path in bundled:
        window.use_model(path)
        recognizer = window.recognize.recognizer
        expected = (letter_case.GUIDE_LINES if Path(path).stem == "latin" else kana_size.GUIDE_LINES
                    if kana_size.uses_size(recognizer.labels, recognizer.spec) else ())
        assert window.recognize.pad.guide_lines() == expected, path
        # The Grid button says what it draws for this model.
        tip = window.recognize.grid_action.toolTip()
        assert ("x-height" if expected == letter_case.GUIDE_LINES else "small kana" if expected else "MNIST") in tip
    # Letters taught to the Latin model keep its lines, accented ones too (é and ç drew on a plain square: walk
    # 117); characters of another script do not.
    window.use_model(next(path for path in bundled if Path(path).stem == "latin"))
    collect_bar = window.recognize.collect_bar
    for taught, expected in (("é ç", letter_case.GUIDE_LINES), ("日", ())):
        assert collect_bar.start_collect(taught, 2)
        assert window.recognize.pad.guide_lines() == expected, taught
        collect_bar.stop_collect()
        collect_bar.collectionStopped.emit()
    window.close()


def test_live_answers_arrive_while_the_stroke_is_still_being_drawn(qtbot, window):
    from PySide6.QtCore import QEvent

    from qt.recognize_helpers import mouse

    panel = window.recognize
    rect = panel.pad.canvas_rect()
    mouse(panel.pad, QEvent.Type.MouseButtonPress, QPointF(rect.center().x(), rect.top() + 30))
    with qtbot.waitSignal(panel.predictionShown, timeout=20_000) as blocker:
        for i in range(1, 30):
            mouse(panel.pad, QEvent.Type.MouseMove, QPointF(rect.center().x(), rect.top() + 30 + 8 * i))
            qtbot.wait(10)
    assert panel.pad.stroke_count() == 0  # the pen is still down
    live = blocker.args[0]
    drawing = panel.pad.drawing(include_current=True)
    assert live.model_input.shape == (28, 28, 1)
    mouse(panel.pad, QEvent.Type.MouseButtonRelease, QPointF(rect.center().x(), rect.top() + 30 + 8 * 29))
    qtbot.waitUntil(lambda: not panel.worker.busy(), timeout=20_000)  # the last answer has been shown
    # What the model sees is exactly the core's preprocessing of the pad's drawing.
    expected = panel.recognizer.preprocess(panel.pad.drawing(), pen_width=panel.pad.pen_width())
    assert np.array_equal(panel.prediction.model_input, expected)
    assert len(drawing.strokes) == 1


def test_pen_and_stroke_eraser_are_one_clear_tool_choice(qtbot, window):
    """Issue #18: "Pen" was only a width label; with the eraser on, clicking it did nothing and Esc cleared the pad
    instead of switching back. Now Pen and Erase strokes are an exclusive pair, P / E choose, Esc returns to the
    pen (and clears only with the pen), and the eraser says it removes whole strokes."""
    panel = window.recognize
    pad, bar = panel.pad, panel.toolbar
    assert panel.pen_action.isChecked() and not pad.eraser()
    assert panel.tool_group.isExclusive() and {panel.pen_action, panel.eraser_action} <= set(bar.actions())
    assert not panel.pen_action.icon().isNull() and not panel.eraser_action.icon().isNull()
    assert "stroke" in panel.eraser_action.iconText().lower() and "whole" in panel.eraser_action.toolTip()
    draw_and_wait(qtbot, panel, draw_one)
    pad.setFocus()
    assert not _eraser_note_shown(pad)
    qtbot.keyClick(pad, Qt.Key.Key_E)
    assert pad.eraser() and panel.eraser_action.isChecked() and not panel.pen_action.isChecked()
    # the pad itself says the eraser is in hand: E pressed while writing had only a button's highlight (walk 112)
    assert _eraser_note_shown(pad)
    assert "Esc goes back to the pen" in pad.toolTip()  # the tooltip says what Esc does with the tool in hand
    qtbot.keyClick(pad, Qt.Key.Key_Escape)  # Esc: back to the pen, the drawing stays
    assert not pad.eraser() and panel.pen_action.isChecked() and pad.stroke_count() == 1
    assert "Esc clears" in pad.toolTip()
    qtbot.keyClick(pad, Qt.Key.Key_E)
    qtbot.mouseClick(bar.widgetForAction(panel.pen_action), Qt.MouseButton.LeftButton)  # clicking Pen works
    assert not pad.eraser() and panel.pen_action.isChecked()
    draw_and_wait(qtbot, panel, draw_seven)  # the pen draws again
    assert pad.stroke_count() == 2
    qtbot.keyClick(pad, Qt.Key.Key_E)
    pad.setFocus()
    qtbot.keyClick(pad, Qt.Key.Key_P)
    assert not pad.eraser()
    qtbot.keyClick(pad, Qt.Key.Key_Escape)  # with the pen, Esc clears
    assert pad.is_empty()


def _eraser_note_shown(pad) -> bool:
    """The eraser's red frame and note painted on the pad (the grabbed widget, in its top band)."""
    from guiapp.qt.recognize.pad_paint import ERASER_RED

    image = pad.grab().toImage()
    rect = pad.canvas_rect().toRect()
    band = [image.pixelColor(x, y) for x in range(rect.left(), rect.right(), 2) for y in range(rect.top(), rect.top() + 24)]
    return sum(1 for colour in band if colour.rgb() == ERASER_RED.rgb()) > 50


def test_help_and_readme_name_the_candidate_shortcuts_the_panel_has(window):
    """Help said "Alt+1 … Alt+9" and the README "Alt+2 … Alt+9": both now name the range the actions have."""
    from pathlib import Path

    from guiapp.qt.help_menu import SHORTCUTS

    keys = [a.shortcut().toString() for a in window.recognize.candidate_actions]
    named = f"{keys[0]} … {keys[-1]}"
    assert named == "Alt+1 … Alt+9"
    assert any(key == named for key, _ in SHORTCUTS)
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert named in readme and "Alt+2 … Alt+9" not in readme


def test_the_keyboard_writes_any_candidate(qtbot, window):
    """Alt+2 writes the second candidate; Tab reaches the candidate rows (after the pen tools), Space or Enter on
    one writes it and gives the pad the focus back; rows without a candidate are not on the Tab path."""
    panel = window.recognize
    assert all(row.focusPolicy() == Qt.FocusPolicy.NoFocus for row in panel.predictions.rows)
    prediction = draw_and_wait(qtbot, panel, draw_seven)
    panel.pad.setFocus()
    qtbot.keyClick(panel.pad, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert panel.write_line.text() == prediction.top[1][0] and panel.pad.is_empty()
    prediction = draw_and_wait(qtbot, panel, draw_one)
    grid = panel.toolbar.widgetForAction(panel.grid_action)
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    first = panel.predictions.rows[0]
    qtbot.waitUntil(first.hasFocus)
    assert "1" in first.accessibleName() and prediction.top[0][0] in first.accessibleName()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    second = panel.predictions.rows[1]
    qtbot.waitUntil(second.hasFocus)
    qtbot.keyClick(second, Qt.Key.Key_Space)
    assert panel.write_line.text().endswith(prediction.top[1][0]) and panel.pad.is_empty()
    qtbot.waitUntil(panel.pad.hasFocus)  # its row is empty now: focus goes back to the pad for the next character
    # Enter too, not the Recognize tab's Enter (the top answer: it wrote 7 for a focused 9, a walk)
    written = panel.write_line.text()
    prediction = draw_and_wait(qtbot, panel, draw_seven)
    second.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(second.hasFocus)
    qtbot.keyClick(second, Qt.Key.Key_Return)
    assert panel.write_line.text() == written + prediction.top[1][0] != written + prediction.top[0][0]


@pytest.mark.parametrize("width, height", [(73, 72), (112, 115), (116, 121), (140, 140)])
def test_the_model_input_stays_inside_its_frame(qtbot, width, height):
    """At the window's minimum size the picture's last column showed past the frame's right edge (half a pixel
    out, an odd width): no dark pixel lies outside the frame."""
    from PySide6.QtGui import QColor

    from guiapp.qt.recognize.model_input import ModelInputView

    view = ModelInputView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.set_input(np.zeros((28, 28, 1), np.float32))  # no ink: all dark
    image = view.grab().toImage()
    frame = QColor(120, 120, 130)
    for y in range(height // 3, 2 * height // 3):
        row = [image.pixelColor(x, y) for x in range(image.width())]
        framed = [x for x, c in enumerate(row) if c == frame]
        dark = [x for x, c in enumerate(row) if c.lightness() < 60]
        assert framed and dark and min(framed) < min(dark) and max(dark) < max(framed), (y, framed[-2:], dark[-2:])


def test_the_candidates_line_and_the_counter_follow_the_label_as_it_is_typed(qtbot, window):
    """Label ♀ changed to ☉ after drawing: the line above the candidates still said "Enter adds the drawing … as
    '♀'", and the counter kept ♀ in bold, until the next stroke (a walk)."""
    panel, bar = window.recognize, window.collect_bar
    bar.label_edit.setText("♀")
    assert bar.add_current() is None  # nothing drawn yet: nothing added, the label stays
    draw_and_wait(qtbot, panel, draw_seven)
    assert "as “♀”" in panel.predictions.headline.text()
    bar.label_edit.setText("☉")
    assert "☉" in panel.predictions.headline.text() and "♀" not in panel.predictions.headline.text()
    assert "<b>☉: 0</b>" in bar.counter.text()
    bar.label_edit.clear()  # Enter writes the answer again: the line says so at once
    assert "☉" not in panel.predictions.headline.text()


def test_the_candidates_line_stops_saying_enter_adds_when_the_collection_stops(qtbot, window):
    """Collect… ←↑→, a drawing of ←, Stop: the line above the candidates still said "Enter adds the drawing to …
    as '←'", and Enter then wrote the answer (a walk)."""
    panel, bar = window.recognize, window.collect_bar
    bar.collect_button.setChecked(True)
    assert bar.start_collect("12", 2)
    draw_and_wait(qtbot, panel, draw_seven)
    assert panel.predictions.headline.text().startswith("Enter adds the drawing to ")
    bar.start_button.click()  # Stop
    assert not bar.collecting()
    assert "Enter adds" not in panel.predictions.headline.text(), panel.predictions.headline.text()


def test_a_prompted_characters_stroke_order_is_one_click_away(qtbot, window):
    """A learner drawing 森 five times for Teach… had nothing to show how it is written (walk 130): beside the
    prompt, Stroke order replays KanjiVG's strokes in their order, numbered; a symbol with no standard order has no
    button. It stays open while the person draws (a popup took the click that closed it, and 森's first stroke was
    lost: walk 136), on the screen (it opened two thirds off it), and goes with Esc; open, it follows the prompt to
    the next character (it closed at each: walk 138), and goes where the next has no known order."""
    panel = window.recognize
    bar = window.collect_bar
    window.resize(1100, 700)
    bar.collect_button.setChecked(True)
    try:
        bar.start_collect(["森", "川", "★"], 1)
        button = bar.stroke_order
        assert button.isVisibleTo(bar) and button.char == "森"
        button.click()
        popup = button.popup
        qtbot.waitUntil(popup.isVisible)
        assert popup.replay.drawing is not None and len(popup.replay.drawing.strokes) == 12 and popup.replay.numbered
        # slow enough for a child to follow: about 0.7 s a stroke, never sped up (人's two in 0.5 s: walk 138)
        assert popup.replay.duration() >= 0.6 * 12
        assert "森: 12 strokes" in popup.findChild(type(bar.prompt)).text()
        screen = button.screen().availableGeometry()
        assert screen.contains(popup.frameGeometry()), (popup.frameGeometry(), screen)
        assert popup.geometry().bottom() <= button.mapToGlobal(button.rect().topLeft()).y()  # above the row
        draw_and_wait(qtbot, panel, draw_one)  # drawn with it open: the stroke is the pad's
        assert panel.pad.stroke_count() == 1 and popup.isVisible()
        qtbot.keyClick(popup.again, Qt.Key.Key_Escape)  # from its button, which has the keyboard
        qtbot.waitUntil(lambda: button.popup is None)
        assert panel.pad.stroke_count() == 1  # Esc closed the window, not the drawing
        button.click()
        qtbot.waitUntil(lambda: button.popup is not None and button.popup.isVisible())
        first = button.popup
        bar.skip_prompt()  # 川: the order shown turns to 川's
        assert button.isVisibleTo(bar) and button.char == "川"
        qtbot.waitUntil(lambda: button.popup is not None and button.popup is not first and button.popup.isVisible())
        assert len(button.popup.replay.drawing.strokes) == 3
        QGuiApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # 森's, closed, deleted: 川's stays shown
        assert button.popup is not None and button.popup.isVisible()
        bar.skip_prompt()  # ★: no standard stroke order
        assert not button.isVisibleTo(bar)
        qtbot.waitUntil(lambda: button.popup is None)
    finally:
        bar.stop_collect()
        bar.collect_button.setChecked(False)
    assert not bar.stroke_order.isVisibleTo(bar)

def test_a_collection_started_after_its_question_leaves_the_keyboard_on_the_pad(qtbot, window):
    """Start on 人口大山水, "one class or separate characters?" answered, and the focus went back to Start, now Stop:
    the Enter meant for the first drawing stopped the round (walk 138). The pad has the keyboard."""
    from PySide6.QtWidgets import QApplication

    from qt.dialogs import answer_box

    panel, bar = window.recognize, window.collect_bar
    bar.collect_button.setChecked(True)
    try:
        bar.classes_edit.setText("人口")
        bar.start_button.setFocus()
        qtbot.waitUntil(bar.start_button.hasFocus)
        seen = []
        answer_box("Characters: 人 口", seen)
        qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
        assert seen and bar.collecting() and bar.prompts[0] == "人"
        assert window.focusWidget() is panel.pad
        # ... and the window has the keyboard again: with no window manager none had it after a question, and Enter
        # did nothing until a click (walks 128, 136)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window and panel.pad.hasFocus())
    finally:
        bar.stop_collect()
        bar.collect_button.setChecked(False)


def test_the_scribble_check_measures_a_symbol_of_ones_own_by_ones_drawings(window):
    """A spiral taught as "spiral" was called a scribble at 100 % every time (walk 161): the pad reads the person's
    drawings of a class without templates from the dataset drawn into (and those the model learnt from), again once
    a dataset changes; a character with templates keeps them."""
    import numpy as np

    from guiapp.core.datasets import catalogue
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.core.strokes import Drawing, Stroke

    panel = window.recognize
    assert panel._own_form_of("7") is None
    name = window.collect_bar.target_dataset()
    store = UserStore()
    mine = store.open(name) if store.exists(name) else store.create(name)

    def add(k: int) -> None:
        mine.add_drawing(Drawing([Stroke(np.array([[10.0 + k, 10.0], [90.0, 50.0 + k]]))], 100, 100), "spiral")

    add(0)
    add(1)
    measured = panel._own_form_of("spiral")
    assert measured is not None and panel._own_form_of("spiral") is measured  # read once…
    add(2)  # …until a dataset changes (an add says so)
    again = panel._own_form_of("spiral")
    assert again is not measured and again is not None
    catalogue.changed("another")
    assert panel._own_form_of("spiral") is not again
    assert panel._own_form_of("heart") is None  # none drawn
