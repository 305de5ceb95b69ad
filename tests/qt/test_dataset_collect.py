"""CollectBar: adding the pad's drawing with a label (Enter), counters, new classes, the collect mode; a process
killed right after an add keeps the sample."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from guiapp.core.datasets.user_store import UserStore
from guiapp.core.strokes import Drawing
from guiapp.qt.recognize.collect_bar import CollectBar

DEFAULT_DATASET = "my-handwriting"  # the first dataset, in English
from guiapp.qt.recognize.collect_mode import parse_classes
from guiapp.qt.datasets.panel import DatasetsPanel
from qt.dataset_fixtures import drawing

REPO = Path(__file__).resolve().parents[2]


class FakePad:
    """Stands in for the drawing pad (written by another helper): a Drawing built from Stroke points."""

    def __init__(self):
        self.current = drawing()
        self.cleared = 0

    def get(self) -> Drawing:
        return self.current

    def clear(self) -> None:
        self.current = Drawing([], 100.0, 100.0)
        self.cleared += 1

    def draw(self, shift=0.0) -> None:
        self.current = drawing(shift)


@pytest.fixture
def pad():
    return FakePad()


@pytest.fixture
def bar(qtbot, pad):
    widget = CollectBar(get_drawing=pad.get, clear_drawing=pad.clear)
    qtbot.addWidget(widget)
    widget.resize(1100, widget.sizeHint().height())  # as wide as the window: the counter's counts fit
    widget.show()
    return widget


def test_the_label_is_selected_only_where_typing_would_replace_it(qtbot, bar, pad):
    """Enter in the label field adds and selects the label (typing replaces it); an add from elsewhere (Enter on
    the pad, the Add button) left it selected too, though typing went to the pad and the next drawing kept it."""
    bar.activateWindow()
    qtbot.waitUntil(bar.isActiveWindow)
    bar.label_edit.setFocus()
    bar.label_edit.insert("q")
    with qtbot.waitSignal(bar.sampleAdded):
        qtbot.keyClick(bar.label_edit, Qt.Key.Key_Return)
    assert bar.label_edit.selectedText() == "q"
    bar.add_button.setFocus()
    qtbot.waitUntil(lambda: not bar.label_edit.hasFocus())
    pad.draw(2)
    with qtbot.waitSignal(bar.sampleAdded):
        bar.add_current()  # as Enter on the pad does
    assert bar.label_edit.text() == "q" and not bar.label_edit.hasSelectedText()


def test_the_default_dataset_says_it_is_made_on_the_first_add(qtbot, bar, pad):
    """Before any drawing is kept the box shows "my-handwriting", which the Datasets tab does not list yet."""
    assert bar.dataset_combo.itemText(0) == DEFAULT_DATASET
    assert "first drawing" in bar.dataset_combo.itemData(0, Qt.ItemDataRole.ToolTipRole)
    bar.label_edit.insert("a")
    with qtbot.waitSignal(bar.sampleAdded):
        qtbot.keyClick(bar.label_edit, Qt.Key.Key_Return)
    assert bar.dataset_combo.itemData(0, Qt.ItemDataRole.ToolTipRole) is None  # it exists now


def test_typing_a_label_and_enter_adds_the_drawing(qtbot, bar, pad):
    bar.label_edit.insert("あ")  # (QTest.keyClicks aborts on characters outside Latin-1)
    with qtbot.waitSignal(bar.sampleAdded) as blocker:
        qtbot.keyClick(bar.label_edit, Qt.Key.Key_Return)
    name, label, sample_id = blocker.args
    assert (name, label) == (DEFAULT_DATASET, "あ")  # the default dataset is created on the first add
    assert pad.cleared == 1
    user = UserStore().open(DEFAULT_DATASET)
    pixels, strokes, meta = user.load_sample(sample_id)
    assert meta["label"] == "あ" and meta["source"] == "pad"
    assert strokes.to_dict() == drawing().to_dict() and pixels.max() > 0
    assert "あ: 1" in bar.counter.text()
    assert "new class" in bar.last_message


def test_enter_alone_accepts_the_current_label_and_counts(qtbot, bar, pad):
    bar.activateWindow()
    qtbot.waitUntil(bar.isActiveWindow)
    bar.label_edit.setFocus()
    bar.label_edit.setText("7")
    bar.add_current()
    assert bar.label_edit.selectedText() == "7"  # shown and selected: Enter accepts, typing replaces
    pad.draw(3)
    qtbot.keyClick(bar.label_edit, Qt.Key.Key_Return)
    assert bar.counts == {"7": 2} and "7: 2" in bar.counter.text()
    pad.draw(5)
    bar.label_edit.selectAll()
    qtbot.keyClicks(bar.label_edit, "1")  # typing a new label makes a new class
    qtbot.keyClick(bar.label_edit, Qt.Key.Key_Return)
    assert bar.counts == {"7": 2, "1": 1}
    assert UserStore().open(DEFAULT_DATASET).counts() == {"1": 1, "7": 2}


def test_nothing_drawn_or_no_label_is_refused_and_nothing_is_lost(bar, pad):
    assert bar.add_current() is None and "label" in bar.last_message
    bar.label_edit.setText("x")
    pad.clear()
    assert bar.add_current() is None and "Draw something" in bar.last_message
    pad.draw()
    bar.label_edit.setText("x" * 40)  # the field caps it at 32
    assert bar.add_current() is not None
    pad.draw()
    bar.label_edit.setText("a\tb")
    assert bar.add_current() is None and "Not added" in bar.last_message
    assert pad.current.strokes  # the refused drawing stays on the pad


def test_pen_width_comes_from_the_pad(qtbot, pad):
    bar = CollectBar(get_drawing=pad.get, clear_drawing=pad.clear, get_pen_width=lambda: 11.5)
    qtbot.addWidget(bar)
    bar.label_edit.setText("x")
    sample_id = bar.add_current()
    assert UserStore().open(DEFAULT_DATASET).load_sample(sample_id)[2]["pen_width"] == 11.5


def test_choosing_and_creating_datasets(bar, pad):
    store = UserStore()
    store.create("kana")
    bar.refresh()
    bar.set_dataset("kana")
    bar.label_edit.setText("か")
    bar.add_current()
    assert store.open("kana").counts() == {"か": 1}
    bar.set_dataset("fresh")  # created on demand
    assert store.exists("fresh") and bar.dataset_name() == "fresh" and bar.counts == {}
    assert store.open("fresh").spec.height == 28  # no model in use: the default size
    # Made beside the kana model, it is read at the model's 32 px: its header said 28×28 beside a Teach… round's
    # model reading 32×32 (walk 130)
    from guiapp.core.datasets.builtin import INPUT_SIZES
    from guiapp.core.preprocess import PreprocessSpec

    bar.set_model_labels(["あ", "い"], PreprocessSpec(height=32, width=32, fit_size=26))
    bar.set_dataset("kana-more")
    assert store.open("kana-more").spec == INPUT_SIZES[32]
    bar.set_model_labels(["x"], PreprocessSpec(height=36, width=36, fit_size=30))  # no built-in's size: the default
    bar.set_dataset("odd")
    assert store.open("odd").spec.height == 28


def test_the_collect_rows_classes_follow_the_dataset_chosen_unless_typed(qtbot, bar, pad):
    """After a Teach round of ★ and ♥ the row kept them when another dataset was chosen, and Start collected them
    there (a fresh-eyes walk): classes that were filled in follow the dataset; classes the person typed stay."""
    store = UserStore()
    for name, labels in (("shapes", "○△"), ("kana", "かき")):
        store.create(name)
        for label in labels:
            store.open(name).add_drawing(drawing(), label)
    bar.refresh()
    bar.set_dataset("shapes")
    bar.collect_button.setChecked(True)
    assert bar.classes_edit.text() == "△○"  # the dataset's classes, filled in
    assert bar.start_collect("★♥", times=1)  # as a Teach round starts it
    for _ in range(2):
        pad.draw(0)
        qtbot.keyClick(bar.label_edit, Qt.Key.Key_Return)
    assert not bar.collecting() and bar.classes_edit.text() == "★♥"
    bar.show_outcome("Learnt ✔ (your drawings: 2 of 2 right)")  # as the Teach round ends
    bar.dataset_combo.setCurrentText("kana")
    bar.dataset_combo.activated.emit(bar.dataset_combo.currentIndex())
    assert bar.classes_edit.text() == "かき"  # the chosen dataset's, not the last round's
    assert bar.prompt.text() == ""  # nor its outcome, about shapes (a walk read it beside another dataset)
    bar.classes_edit.clear()
    qtbot.keyClicks(bar.classes_edit, "dog, cat")
    bar.set_dataset("shapes")
    assert bar.classes_edit.text() == "dog, cat"  # typed: to be collected into whichever dataset is chosen
    # The same dataset renamed on the Datasets tab, and the rename undone: a Teach round's classes stay, and its
    # outcome (Ctrl+Z turned "moins, égal" into the dataset's "+, moins, ×": a walk)
    assert bar.start_collect("★♥", times=1)
    for _ in range(2):
        pad.draw(0)
        qtbot.keyClick(bar.label_edit, Qt.Key.Key_Return)
    bar.show_outcome("Learnt ✔ (your drawings: 2 of 2 right)")
    for old, new in (("shapes", "symbols"), ("symbols", "shapes")):
        store.rename(old, new)
        qtbot.waitUntil(lambda new=new: bar.dataset_name() == new)
        assert bar.classes_edit.text() == "★♥" and bar.prompt.text().startswith("Learnt ✔")


def test_collect_mode_prompts_each_class_n_times(qtbot, bar, pad):
    assert parse_classes("あいう") == ["あ", "い", "う"]
    assert parse_classes("cat, dog dog") == ["cat", "dog"]
    assert not bar.skip_button.isEnabled()  # nothing prompted, nothing to skip
    assert bar.start_collect("あい", times=2)
    assert bar.skip_button.isEnabled()
    assert "Draw  あ" in bar.prompt.text() and "(1 / 4)" in bar.prompt.text()
    labels = []
    bar.sampleAdded.connect(lambda _n, label, _id: labels.append(label))
    for i in range(3):
        pad.draw(i)
        qtbot.keyClick(bar.label_edit, Qt.Key.Key_Return)  # Enter alone accepts the prompted class
    assert labels == ["あ", "あ", "い"]  # each class twice in a row, then the next
    bar.skip_button.click()
    assert not bar.collecting() and "Done" in bar.prompt.text() and not bar.skip_button.isEnabled()
    assert "あ: 2" in bar.counter.text() and "い: 1" in bar.counter.text()  # "い 1" read as one label
    assert UserStore().open(DEFAULT_DATASET).counts() == {"あ": 2, "い": 1}
    assert not bar.start_collect("   ")


def test_skip_skips_the_character_and_closing_the_row_stops_the_collection(qtbot, bar, pad):
    """Skip skipped one drawing of ten of the same character, saying nothing: it skips the character and says how
    many drawings were not made. The row's ✕ closes it (Teach's "Learnt ✔" stayed there); closed mid-collection it
    stops the collection as Stop does, so whoever waits on it (a Teach… round) hears of it."""
    stopped = []
    bar.collectionStopped.connect(lambda: stopped.append(True))
    assert bar.start_collect("あい", times=3)
    pad.draw(0)
    qtbot.keyClick(bar.label_edit, Qt.Key.Key_Return)
    bar.skip_button.click()
    assert "Draw  い" in bar.prompt.text() and "(4 / 6)" in bar.prompt.text()
    assert bar.last_message == "Skipped “あ” (drawings not made: 2)."  # quoted as the other messages quote a label
    assert bar.collect_row.isVisible() or not bar.isVisible()
    bar.close_row_button.click()
    assert not bar.collecting() and not bar.collect_button.isChecked() and stopped == [True]
    assert "stopped" in bar.last_message
    assert UserStore().open(DEFAULT_DATASET).counts() == {"あ": 1}


def test_panel_follows_added_samples(qtbot, bar, pad):
    panel = DatasetsPanel(count_in_background=False)
    qtbot.addWidget(panel)
    bar.label_edit.setText("q")
    with qtbot.waitSignal(panel.datasetsChanged):
        bar.add_current()
    assert DEFAULT_DATASET in panel.list.names()
    with qtbot.waitSignal(panel.datasetOpened):
        panel.list.select(DEFAULT_DATASET)
    pad.draw(2)
    bar.add_current()
    assert len(panel.dataset) == 2  # the open dataset was re-read
    panel.stop_and_wait()



def test_the_label_box_follows_its_class_renamed_on_the_datasets_tab(qtbot, bar, pad):
    # It kept the old name, so the counter said "arow: 0" and the next drawing began a class of the old name (a walk)
    panel = DatasetsPanel(count_in_background=False)
    qtbot.addWidget(panel)
    for label in ("arow", "arow", "b"):
        bar.label_edit.setText(label)
        pad.draw(len(bar.counts))
        bar.add_current()
    bar.label_edit.setText("arow")
    bar.classes_edit.setText("arow, b")  # and the Classes field of the collect row: its next round (a walk)
    with qtbot.waitSignal(panel.datasetOpened):
        panel.list.select(DEFAULT_DATASET)
    assert panel.rename_class("arow", "arrow")
    assert bar.label_edit.text() == "arrow" and bar.counter.text().startswith("<b>arrow: 2</b>")
    assert bar.classes_edit.text() == "arrow, b"
    panel.undo_stack.undo()  # and back
    assert bar.label_edit.text() == "arow" and bar.counter.text().startswith("<b>arow: 2</b>")
    bar.label_edit.setText("b")  # another class renamed: the box keeps its own
    assert panel.rename_class("arow", "a")
    assert bar.label_edit.text() == "b"
    panel.stop_and_wait()

_CHILD = textwrap.dedent("""
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from guiapp.core.strokes import Drawing, Stroke
    from guiapp.qt.recognize.collect_bar import CollectBar
    app = QApplication([])
    strokes = [Stroke([[10, 10], [50, 80], [90, 15]], times=[0, 0.1, 0.2])]
    bar = CollectBar(get_drawing=lambda: Drawing(strokes, 100.0, 100.0), clear_drawing=lambda: None)
    bar.label_edit.setText("ん")
    sample_id = bar.add_current()
    print(sample_id, flush=True)
    if sys.argv[1] == "sigkill":
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(0)  # no clean-up, no flushing of anything else
""")


@pytest.mark.parametrize("how", ["sigkill", "exit"])
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sample_survives_the_process_being_killed_right_after_the_add(how, guiapp_home):
    env = dict(os.environ, GUIAPP_HOME=str(guiapp_home), PYTHONPATH=str(REPO))
    result = subprocess.run([sys.executable, "-c", _CHILD, how], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == (-signal.SIGKILL if how == "sigkill" else 0), result.stderr
    sample_id = result.stdout.strip().splitlines()[-1]
    user = UserStore().open(DEFAULT_DATASET)
    assert [r.id for r in user.samples()] == [sample_id] and user.problems() == []
    pixels, strokes, meta = user.load_sample(sample_id)
    assert meta["label"] == "ん" and pixels.max() > 0
    assert json.loads(strokes.to_json())["strokes"][0]["points"][1] == [50, 80]


def test_collecting_keeps_the_row_still_and_start_becomes_stop(qtbot, bar, pad):
    """The prompt is as wide as the collection's longest from the start, so the fields beside it do not change
    width with each prompt; the Start button says Stop while collecting and stops, keeping what was added."""
    bar.setFixedWidth(900)  # as in the window: the bar does not resize itself to its contents
    bar.show()
    qtbot.waitExposed(bar)
    bar.classes_edit.setText("circle, cross, triangle")
    bar.times.setValue(1)
    qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    assert bar.collecting() and bar.start_button.text() == "Stop"
    assert not bar.times.isEnabled()  # the count is set at Start: changed while collecting, it looked applied
    widths = set()
    for i in range(2):
        QApplication.processEvents()
        bar.layout().activate()
        widths.add((bar.classes_edit.width(), bar.prompt.width()))
        pad.draw(i)
        qtbot.keyClick(bar.label_edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    bar.layout().activate()
    widths.add((bar.classes_edit.width(), bar.prompt.width()))
    assert len(widths) == 1, widths  # "Draw circle", "Draw cross", "Draw triangle": one width
    qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    assert not bar.collecting() and bar.start_button.text() == "Start" and bar.times.isEnabled()
    QApplication.processEvents()
    bar.layout().activate()
    assert bar.classes_edit.width() > max(width for width, _ in widths)  # the room is given back
    assert UserStore().open(DEFAULT_DATASET).counts() == {"circle": 1, "cross": 1}
    # Start again with the same classes and count: the collection goes on where it stopped (it began again and
    # asked for 12 triangles of the 8 wanted: walk 105)
    qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    assert bar.prompts == ["triangle"] and "resumed where it stopped: 1 drawing left" in bar.last_message
    pad.draw(2)
    qtbot.keyClick(bar.label_edit, Qt.Key.Key_Return)
    assert not bar.collecting()
    assert UserStore().open(DEFAULT_DATASET).counts() == {"circle": 1, "cross": 1, "triangle": 1}
    # another count is a new collection
    bar.times.setValue(2)
    qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    assert len(bar.prompts) == 6
    qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)


def test_one_word_to_collect_is_asked_about_as_teach_asks(qtbot, bar, pad):
    """"lune" collected l, u, n and e unasked, each a new class in the teacher's dataset (walk 105); "étoile", with
    its accent, was not asked about by Teach… either."""
    from qt.dialogs import answer_box

    boxes = []
    for word, answer, prompts in (("lune", "One: lune", ["lune"]), ("étoile", "Letters: é t o i l e", list("étoile"))):
        bar.classes_edit.setText(word)
        bar.times.setValue(1)
        answer_box(answer, boxes)
        qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
        assert boxes[-1].startswith(f"Collect “{word}” as one class named {word}, or as the")
        assert bar.prompts == prompts
        qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    bar.classes_edit.setText("lune")
    answer_box("Cancel", boxes)
    qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    assert not bar.collecting() and len(boxes) == 3
    # On a kana model, Enter takes kanji typed together as their characters, as Teach… does: 町字 on the
    # hiragana model became one class "町字" (walk 123)
    bar.set_model_labels(["あ", "い", "う"])
    defaults = []
    bar.classes_edit.setText("町字")
    answer_box("Characters: 町 字", boxes, defaults)
    qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    assert defaults == ["Characters: 町 字"] and bar.prompts[:2] == ["町", "字"]
    qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)


def test_a_collection_starts_on_a_clear_pad(qtbot, bar, pad):
    """A drawing left on the pad predates the first prompt: it is cleared (the pad's undo keeps it), not filed as
    the prompted class (a fresh-eyes walk's leftover 1 was saved as a 7)."""
    pad.draw(0)
    messages = []
    bar.message.connect(messages.append)
    assert bar.start_collect("7", times=2)
    assert not pad.get().strokes and pad.cleared == 1
    assert any("cleared" in m for m in messages)
    qtbot.keyClick(bar.label_edit, Qt.Key.Key_Return)  # nothing drawn: nothing added
    assert not UserStore().exists(DEFAULT_DATASET) or UserStore().open(DEFAULT_DATASET).counts() == {}


def test_a_collection_asks_only_for_the_drawings_a_class_lacks(qtbot, bar, pad):
    """Teach… asked for ten new drawings of characters the dataset already held eight of: the classes' drawings
    count, and one drawn enough already is not asked for (but is still part of the collection)."""
    finished = []
    bar.collectionFinished.connect(lambda dataset, labels: finished.append(labels))
    assert bar.start_collect("ab", 3, have={"a": 2, "b": 5})
    assert bar.prompts == ["a"] and not bar.times.isEnabled()
    pad.draw(0)
    qtbot.keyClick(bar.label_edit, Qt.Key.Key_Return)
    assert finished == [["a", "b"]] and not bar.collecting()
    # Nothing left to draw: the collection finishes at once.
    assert bar.start_collect("ab", 3, have={"a": 3, "b": 4})
    assert finished[-1] == ["a", "b"] and not bar.collecting() and bar.prompt.text() == "Done ✔"
    # about that dataset: another one chosen, it goes (it stayed beside a new empty dataset: walk 108)
    bar.set_dataset("other")
    assert bar.prompt.text() == ""


def test_the_label_suggestions_close_when_a_drawing_is_added(qtbot, bar, pad):
    """Left open after Enter, the label's suggestion list took the next drawing's first stroke to close itself, and
    a 7 was stored as its bare "/" (a walk)."""
    bar.label_edit.setText("7")
    assert bar.add_current()
    pad.draw(0.1)
    bar.label_edit.setFocus()
    assert bar.label_edit.known_labels.stringList() == ["7"]  # a new class is suggested from its first drawing on
    popup = bar.label_edit.suggestions
    assert bar.label_edit.suggest()  # the dataset knows "7": its suggestion is open as the next drawing is added
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    assert bar.add_current()
    assert bar.counts == {"7": 2}
    assert not popup.isVisible()


def test_the_label_suggestions_open_on_down_not_while_typing(qtbot, bar, pad):
    """Opened by typing, the list took the next press on the pad to close itself: a ♂'s circle was lost and its
    arrow stored as ♂ (a walk). Down opens the labels that begin with what is typed; choosing one writes it."""
    for label in ("♂", "star", "sun"):
        pad.draw(0.1)
        bar.label_edit.setText(label)
        assert bar.add_current()
    field, popup = bar.label_edit, bar.label_edit.suggestions
    field.clear()
    pad.draw(0.2)  # a drawing waiting for its label
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=5000)
    qtbot.keyClicks(field, "s")
    assert not popup.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    assert [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())] == ["star", "sun"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.text() == "star" and not popup.isVisible() and bar.counts["star"] == 1  # chosen, not added
    assert "Type a label first" not in bar.last_message  # (the Enter that chose it was taken for an add: a walk)


def test_a_new_datasets_name_that_is_taken_is_asked_again_with_what_was_typed(bar, monkeypatch):
    """"a dataset named 'shapes' already exists" closed the dialog: the name had to be typed again (a walk)."""
    from PySide6.QtWidgets import QInputDialog

    from guiapp.qt.recognize.collect_datasets import NEW_DATASET

    UserStore().create("shapes")
    bar.refresh()
    asked = []
    answers = iter([("Shapes", True), ("shapes 2", True)])  # another case of a name taken
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: asked.append((args[2], kwargs.get("text")))
                        or next(answers))
    bar.dataset_combo.setCurrentIndex(bar.dataset_combo.findText(NEW_DATASET))
    bar.dataset_combo.activated.emit(bar.dataset_combo.currentIndex())
    assert len(asked) == 2 and asked[1][1] == "Shapes" and "already" in asked[1][0], asked
    assert bar.dataset_name() == "shapes 2" and UserStore().exists("shapes 2")


def test_the_counter_shows_classes_named_like_markup(qtbot, bar, pad):
    """Classes "+", "<" and "=": the counter showed "+: 10 ·" (the line is rich text, and "<" began a tag: a walk)."""
    from PySide6.QtGui import QTextDocument

    store = UserStore()
    store.create("signs")
    for label in "+<=&":
        store.open("signs").add_drawing(drawing(), label)
    bar.refresh()
    bar.set_dataset("signs")
    shown = QTextDocument()
    shown.setHtml(bar.counter.text())
    assert all(f"{label}: 1" in shown.toPlainText() for label in "+<=&"), shown.toPlainText()
    # the current class apart from the others: rich text folded the two spaces, and "6 : 0 0 : 8" ran together
    bar.label_edit.setText("+")
    assert bar.add_current() is not None
    shown.setHtml(bar.counter.text())
    assert shown.toPlainText().startswith("+: 2   &: 1"), shown.toPlainText()  # three kept, not folded to one
    # Where the counts do not fit, the totals: they were cut after a few classes, mid-count (walk 135)
    bar.resize(500, bar.height())
    qtbot.waitUntil(lambda: "classes" in bar.counter.text())
    shown.setHtml(bar.counter.text())
    assert shown.toPlainText() == "+: 2   4 classes, 5 samples", shown.toPlainText()
    assert bar.counter.toolTip().endswith("&: 1 · +: 2 · <: 1 · =: 1")
    bar.resize(1100, bar.height())
    qtbot.waitUntil(lambda: "classes" not in bar.counter.text())


def test_a_tap_is_not_added_as_a_drawing_unless_its_label_is_a_dot(bar, pad):
    """A tap added while the candidates said "A dot alone is too small to read" went into the heart class as one of
    its drawings (a walk). A punctuation label (. ・) may be one dot."""
    from guiapp.core.strokes import Stroke

    bar.label_edit.setText("heart")
    pad.current = Drawing([Stroke([[50.0, 50.0], [50.5, 50.2]])], 100.0, 100.0)
    assert bar.add_current() is None and pad.cleared == 0  # the tap stays on the pad
    assert "too small to learn from" in bar.last_message
    bar.label_edit.setText("・")
    assert bar.add_current() is not None


def test_chinese_and_japanese_commas_and_spaces_separate_classes():
    """"星星，爱心，笑脸" as a Chinese keyboard types it was taught as each character, the comma too (a walk)."""
    assert parse_classes("星星，爱心，笑脸") == ["星星", "爱心", "笑脸"]
    assert parse_classes("月亮、太阳") == ["月亮", "太阳"] and parse_classes("日本\u3000学生") == ["日本", "学生"]
    assert parse_classes("あいう") == ["あ", "い", "う"] and parse_classes("、") == ["、"]  # one alone is a class
    assert parse_classes("star,") == ["star"]


def test_many_classes_never_widen_the_row(qtbot, bar, pad):
    """A child's tenth symbol made the window's least width 1,058 px: the counter is cut at its room, and its tooltip
    lists every class's count."""
    before = bar.minimumSizeHint().width()
    for k in range(12):
        pad.draw(k)
        bar.label_edit.setText(f"symbol-{k:02d}")
        assert bar.add_current() is not None
    assert bar.minimumSizeHint().width() <= before
    assert "symbol-11: 1" in bar.counter.toolTip()


def test_the_counter_says_its_short_text_before_the_full_one_could_be_cut(qtbot):
    """A Japanese counter was measured a few pixels narrower than it was drawn, and cut mid-count ("まる：1(": walk
    168): the full text is shown only with a character's room to spare."""
    from PySide6.QtGui import QTextDocument

    from guiapp.qt.fitting_label import FittingLabel

    label = FittingLabel()
    qtbot.addWidget(label)
    full, short = "☂：8 · ★：8 · うずまき：8 · さんかく：10 · まる：10", "<b>まる：10</b> 5 classes"
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(full)
    spare = label.fontMetrics().averageCharWidth()
    label.show()
    for room, shown in ((document.idealWidth() + 1, short), (document.idealWidth() + spare + 1, full)):
        label.setFixedWidth(int(room) + 1)
        label.set_texts(full, short)
        assert label.text() == shown, (room, label.text())
