"""Editing user datasets: relabel, delete, undo/redo, merge (core and panel); read-only datasets stay read-only."""

from __future__ import annotations

import numpy as np
import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from guiapp.core.datasets.user_store import UserStore
from guiapp.qt.i18n import date_time
from qt.dataset_fixtures import drawing, open_in, run_and_wait, write_npz, shown_panel


@pytest.fixture
def store():
    return UserStore()  # under the test's own GUIAPP_HOME


@pytest.fixture
def filled(store):
    user = store.create("mine")
    ids = [user.add_drawing(drawing(shift=i), label) for i, label in enumerate("aabbc")]
    return user, ids


@pytest.fixture
def panel(qtbot, filled):
    yield from shown_panel(qtbot)


# -- core ---------------------------------------------------------------------------------------------------------
def test_relabel_keeps_id_pixels_and_strokes(filled):
    user, ids = filled
    before_pixels, before_drawing, _ = user.load_sample(ids[0])
    assert user.relabel(ids[0], "z") == "a"
    pixels, strokes, meta = user.load_sample(ids[0])
    assert meta["label"] == "z" and "relabelled" in meta
    assert np.array_equal(pixels, before_pixels) and strokes.to_dict() == before_drawing.to_dict()
    assert user.counts() == {"a": 1, "b": 2, "c": 1, "z": 1}
    with pytest.raises(ValueError):
        user.relabel(ids[0], "  ")
    with pytest.raises(KeyError):
        user.relabel("20990101T000000000000Z-nope", "a")


def test_delete_hides_and_restore_brings_back(filled):
    user, ids = filled
    user.delete(ids[1])
    assert [r.id for r in user.samples()] == [ids[0], *ids[2:]]
    assert user.deleted() == [ids[1]] and user.problems() == []  # hidden, not reported as damage
    with pytest.raises(KeyError):
        user.delete(ids[1])
    user.restore(ids[1])
    assert [r.id for r in user.samples()] == ids and user.deleted() == []
    with pytest.raises(KeyError):
        user.restore(ids[1])


def test_merge_copies_once_and_keeps_the_source(store, filled):
    user, ids = filled
    other = store.create("other")
    other.add_drawing(drawing(), "q")
    assert len(store.merge("mine", "other")) == 5
    assert other.counts() == {"a": 2, "b": 2, "c": 1, "q": 1}
    assert store.merge("mine", "other") == []  # repeating (e.g. after an interruption) adds nothing twice
    assert len(user) == 5
    with pytest.raises(ValueError):
        store.merge("mine", "mine")


def test_load_returns_records_row_for_row(filled):
    user, ids = filled
    dataset, records = user.load()
    assert [r.id for r in records] == ids
    assert [dataset.classes[i] for i in dataset.labels] == [r.label for r in records]


# -- panel --------------------------------------------------------------------------------------------------------
def _select(panel, indices):
    panel.grid.clearSelection()
    model = panel.grid.thumb_model
    for i in indices:
        panel.grid.selectionModel().select(model.index(model.row_of(i)),
                                           panel.grid.selectionModel().SelectionFlag.Select)


def test_relabel_delete_undo_redo_in_the_panel(qtbot, panel, filled):
    user, ids = filled
    dataset = open_in(qtbot, panel, "mine")
    # Merge… is off: no other dataset of one's own to merge into (it said so only once clicked: a walk)
    assert "editable" in panel.header.text() and not panel.merge_button.isEnabled()
    assert dataset.classes == ["a", "b", "c"]
    changes = []
    panel.datasetsChanged.connect(lambda: changes.append(1))

    # Relabel… and Delete act on a selection: without one they are off (enabled, a click did nothing, silently)
    panel.grid.clearSelection()
    assert not panel.relabel_button.isEnabled() and not panel.delete_button.isEnabled()
    assert "selected" in panel.delete_button.toolTip()
    _select(panel, [0, 1])
    assert panel.relabel_button.isEnabled() and panel.delete_button.isEnabled()
    # The dialog offers the dataset's classes, the selection's own label chosen (it was a bare, empty field).
    seen = {}

    def answer(dialog):
        seen.update(items=dialog.comboBoxItems(), text=dialog.textValue(), prompt=dialog.labelText())
        dialog.reject()

    _answer_next(QInputDialog, answer)
    panel.relabel_button.click()
    assert seen["items"] == ["a", "b", "c"] and seen["text"] == "a" and "now “a”" in seen["prompt"]
    assert panel.dataset.classes == ["a", "b", "c"]  # cancelled: nothing relabelled
    assert panel.relabel_selected("b")
    assert panel.dataset.class_counts().tolist() == [4, 1] and panel.dataset.classes == ["b", "c"]
    assert changes and "Relabelled 2" in panel.status.text()
    panel.undo_stack.undo()
    assert user.counts() == {"a": 2, "b": 2, "c": 1}
    assert panel.dataset.classes == ["a", "b", "c"]

    _select(panel, [4])
    assert panel.delete_selected()
    assert len(panel.dataset) == 4 and user.deleted() == [ids[4]] and "c" not in panel.dataset.classes
    assert panel.list.currentItem().text(2) == "4"
    assert panel.undo_button.isEnabled()
    assert "Deleted 1 sample" in panel.status.text()
    assert panel.selected_ids() == [ids[3]]  # the last sample left is chosen: Delete can go on from the keyboard
    _select(panel, [1])
    shown = panel.selected_ids()
    panel.undo_button.click()
    assert len(panel.dataset) == 5 and user.deleted() == []
    assert panel.selected_ids() == [ids[4]] != shown  # the restored sample is shown, not the one selected since
    assert "Undone" in panel.status.text() and "Deleted" not in panel.status.text()  # not "… brings them back"
    panel.undo_stack.redo()
    assert len(panel.dataset) == 4 and "Done again" in panel.status.text()
    panel.undo_stack.undo()
    assert [r.id for r in user.samples()] == ids
    # Another dataset opened: the line no longer says what was undone (it stayed, read as about this one)
    assert "Undone" in panel.status.text()
    open_in(qtbot, panel, "digits")
    assert "Undone" not in panel.status.text()
    # Redo there redoes the deletion in mine: that dataset is opened, and named (it changed unseen)
    with qtbot.waitSignal(panel.datasetOpened, timeout=20_000):
        panel.undo_stack.redo()
    assert panel.name == "mine" and len(panel.dataset) == 4
    assert panel.status.text() == "Done again in mine: delete 1 sample. Ctrl+Z undoes it."


def test_drawn_sample_shows_strokes_and_replays(qtbot, panel, filled):
    open_in(qtbot, panel, "mine")
    panel.grid.select_sample(2)
    view = panel.sample_view
    assert view.label.text() == "b" and "drawn on the pad" in view.details.text()
    # When, in local time as the Runs table writes it (this one said "… UTC")
    record = panel.records["mine"][2]
    assert f"drawn on the pad, {date_time(record.time.isoformat())}" in view.details.text()
    assert "UTC" not in view.details.text()
    assert "mine" in view.details.text() and ".png" in view.details.text()
    assert view.replay.isVisible() and view.replay.drawing is not None
    assert view.replay.is_playing()
    with qtbot.waitSignal(view.replay._timer.timeout, timeout=2000):
        pass
    qtbot.waitUntil(lambda: not view.replay.is_playing(), timeout=5000)
    view.replay_button.click()
    assert view.replay.is_playing()


def test_read_only_datasets_refuse_edits(qtbot, panel, tmp_path):
    with qtbot.waitSignal(panel.datasetsChanged, timeout=10000):
        panel.import_paths([write_npz(tmp_path / "pets.npz")])
    assert not panel.delete_button.isEnabled()
    panel.grid.select_sample(0)
    assert not panel.relabel_selected("x") and "read-only" in panel.last_error
    assert not panel.delete_selected()
    assert len(panel.dataset) == 30
    assert "read-only" in panel.status.text()
    open_in(qtbot, panel, "digits")  # the error was about pets; under another dataset it only misleads
    assert panel.status.text() == ""
    # The Edit menu says why its edits are greyed (only the toolbar's tooltip said it), and F2 says why it renames
    # nothing (it did nothing: a walk)
    entries = [a for a in panel.edit_menu_actions(None) if a is not None]
    assert entries[-1].text() == "Built-in and imported datasets are read-only" and not entries[-1].isEnabled()
    from PySide6.QtTest import QTest
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_F2)
    assert panel.status.text().startswith("⚠ “digits” is read-only") and panel.list.names().count("digits") == 1
    open_in(qtbot, panel, "mine")
    assert "read-only" not in [a.text() for a in panel.edit_menu_actions(None) if a is not None][-1]


def test_new_dataset_and_merge_in_the_panel(qtbot, panel, store, filled):
    assert panel.new_user_dataset("second")
    assert panel.name == "second" or panel.list.current_name() == "second"
    # Empty, the grid says how to fill it (it was a blank grey area), and the edits that need samples are off.
    open_in(qtbot, panel, "second")
    assert panel.grid.thumb_model.rowCount() == 0 and "No samples yet" in panel.grid.empty_text()
    assert not panel.relabel_button.isEnabled() and not panel.merge_button.isEnabled()
    assert "Created second" in panel.status.text()
    store.open("second").add_drawing(drawing(), "a")
    panel.reload_user("second")  # as when the pad adds a drawing: the hint to add some has done its job
    assert "Created second" not in panel.status.text()
    assert not panel.new_user_dataset("Second")  # names clash ignoring case
    assert "already exists" in panel.last_error
    open_in(qtbot, panel, "mine")
    assert panel.merge_button.isEnabled()  # "second" is there to merge into
    run_and_wait(qtbot, panel.runner, lambda: panel.merge_into("second"))
    assert store.open("second").counts() == {"a": 3, "b": 2, "c": 1}  # its own "a" and the five merged in
    assert "5 samples copied" in panel.status.text()
    dataset = open_in(qtbot, panel, "second")
    assert len(dataset) == 6
    # Undoable as every other edit (Ctrl+Z undid an older relabel elsewhere instead: a walk), and done again
    assert panel.undo_stack.undoText() == "merge mine into second"
    panel.undo_stack.undo()
    assert store.open("second").counts() == {"a": 1} and store.open("mine").counts() == {"a": 2, "b": 2, "c": 1}
    panel.undo_stack.redo()
    assert store.open("second").counts() == {"a": 3, "b": 2, "c": 1}


def test_an_imported_folder_is_merged_into_a_dataset_of_ones_own(qtbot, panel, store, filled, tmp_path):
    """Scans imported from a folder made a dataset of their own, read-only, which could not join the drawings of the
    same symbols (walk 140): Merge… copies an imported dataset into one's own, undoably; a built-in still cannot."""
    from qt.dataset_fixtures import write_class_folder

    with qtbot.waitSignal(panel.datasetsChanged, timeout=10000):
        panel.import_paths([write_class_folder(tmp_path / "scans", per_class=4, classes=("a", "b", "z"))])
    dataset = open_in(qtbot, panel, "scans")
    assert len(dataset) == 12 and panel.merge_button.isEnabled()
    run_and_wait(qtbot, panel.runner, lambda: panel.merge_into("mine"))
    assert store.open("mine").counts() == {"a": 6, "b": 6, "c": 1, "z": 4}
    assert "12 samples copied" in panel.status.text()
    # the very pixels, as the imported dataset reads them
    mine = store.open("mine")
    copied = [record for record in mine.samples() if record.label == "z"]
    pixels, strokes, _ = mine.load_sample(copied[0].id)
    assert strokes is None and any(np.array_equal(pixels, image) for image in np.asarray(dataset.images))
    assert panel.undo_stack.undoText() == "merge scans into mine"
    panel.undo_stack.undo()
    assert store.open("mine").counts() == {"a": 2, "b": 2, "c": 1}
    open_in(qtbot, panel, "digits")
    assert not panel.merge_button.isEnabled() and "Built-in datasets cannot be merged" in panel.merge_button.toolTip()


def test_reloading_after_an_edit_decodes_only_new_samples(filled, monkeypatch):
    from guiapp.core.datasets import user_dataset

    user, ids = filled
    first = user.load()
    decoded = []
    real = user_dataset.read_sample
    monkeypatch.setattr(user_dataset, "read_sample", lambda path: decoded.append(path) or real(path))
    user.relabel(ids[0], "b")  # relabelling reads the one file it rewrites
    new_id = user.add_drawing(drawing(9), "d")
    decoded.clear()
    dataset, records = user.load(previous=first)
    assert [r.id for r in records] == [*ids, new_id] and [p.name for p in decoded] == [f"{new_id}.png"]
    assert np.array_equal(dataset.images[:5], first[0].images)
    assert dataset.classes == ["a", "b", "c", "d"] and dataset.labels.tolist() == [1, 0, 1, 1, 2, 3]
    assert np.array_equal(dataset.images, user.to_dataset().images)  # same as a full load


def test_broken_samples_are_shown_as_broken_and_can_be_deleted(qtbot, panel, filled):
    """#16: a truncated sample is not counted; the browser says so and deletes it (undoably) on request."""
    user, ids = filled
    whole = (user.samples_dir / f"{ids[0]}.png").read_bytes()
    (user.samples_dir / f"{ids[0]}.png").write_bytes(whole[:-200])
    dataset = open_in(qtbot, panel, "mine")
    assert len(dataset) == 4 and sum(user.counts().values()) == 4
    assert panel.problems.isVisible() and "1 broken sample, not counted" in panel.problems.text()
    assert panel.problems.delete_button.isVisible()
    panel.problems.delete_button.click()
    assert user.broken() == [] and user.deleted() == [ids[0]]
    assert not panel.problems.isVisible() and len(panel.dataset) == 4
    panel.undo_stack.undo()
    assert [b.id for b in user.broken()] == [ids[0]] and panel.problems.isVisible()


def _answer_next(kind, answer):
    """Answer the next dialog of ``kind`` (QInputDialog, QMessageBox) once it is shown, with ``answer(dialog)``:
    the modal one in front (an earlier test's box left open must not be the one answered, or this one waits for
    ever)."""
    def find():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(10, find)
        else:
            answer(dialog)

    QTimer.singleShot(0, find)


def test_a_dataset_of_my_own_is_renamed_and_deleted_in_the_panel_and_undone(qtbot, panel, store, filled):
    from PySide6.QtTest import QTest
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    open_in(qtbot, panel, "mine")
    assert "right-click to rename or delete" in panel.list.currentItem().toolTip(0).lower()

    def rename(dialog):
        assert dialog.textValue() == "mine" and "mine" in dialog.labelText()
        dialog.setTextValue("letters")
        dialog.accept()

    _answer_next(QInputDialog, rename)
    panel.list.setFocus()
    with qtbot.waitSignal(panel.datasetOpened, timeout=20000) as opened:
        QTest.keyClick(panel.list, Qt.Key.Key_F2)  # F2 renames, as in a file manager
    assert opened.args == ["letters"] and store.list() == ["letters"]
    assert "<b>letters</b>" in panel.header.text() and "Renamed mine to letters" in panel.status.text()
    assert panel.list.names().count("mine") == 0 and len(panel.dataset) == 5
    with qtbot.waitSignal(panel.datasetOpened, timeout=20000) as opened:
        panel.undo_stack.undo()
    assert opened.args == ["mine"] and store.list() == ["mine"]
    assert "Undone: rename mine to letters" in panel.status.text()  # what was undone, by name
    assert not panel.rename_user_dataset("mine", "digits") and "built-in" in panel.last_error
    assert store.list() == ["mine"]
    # Through the dialog, a refused name asks again with the reason, the name typed still there.
    seen = []

    def refused(dialog):
        if "built-in" not in dialog.labelText():
            QTimer.singleShot(10, lambda: refused(dialog))  # the first answer is still closing the dialog
            return
        seen.append(dialog.textValue())
        dialog.reject()

    def first(dialog):
        dialog.setTextValue("digits")
        _answer_next(QInputDialog, refused)
        dialog.accept()

    _answer_next(QInputDialog, first)
    panel.choose_rename_dataset("mine")
    assert seen == ["digits"] and store.list() == ["mine"]

    def delete(box):
        assert "mine" in box.text() and "5 samples" in box.text() and "30 days" in box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter deletes nothing
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()

    # The Menu key (or Shift+F10) opens the current dataset's menu under its row; it did nothing (a walk, keyboard)
    from PySide6.QtGui import QContextMenuEvent

    from qt.dialogs import read_next_menu

    offered = []
    panel.list.select("mine")
    read_next_menu(offered)
    QApplication.sendEvent(panel.list, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, panel.list.rect().center()))
    assert offered == ["Rename mine…", "Input size…", "Delete mine…"]
    offered.clear()
    read_next_menu(offered)
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)  # X11 sends no menu event for it
    assert offered == ["Rename mine…", "Input size…", "Delete mine…"]
    _answer_next(QMessageBox, delete)
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)  # Delete on the list deletes the dataset, asking first
    assert store.list() == [] and panel.name is None and "mine" not in panel.list.names()
    assert "Choose a dataset" in panel.header.text() and "brings it back" in panel.status.text()
    assert panel.undo_stack.undoText() == "delete the dataset mine"
    with qtbot.waitSignal(panel.datasetOpened, timeout=20000) as opened:
        panel.undo_button.click()
    assert opened.args == ["mine"] and [r.id for r in store.open("mine").samples()] == filled[1]
    panel.list.select("digits", emit=False)
    panel.choose_rename_dataset()  # a built-in dataset: nothing asked, the status line says why
    assert "your own datasets" in panel.last_error and store.list() == ["mine"]


def test_an_imported_dataset_is_renamed_with_f2_and_undone(qtbot, panel, tmp_path):
    """An import is named after its file or folder ("pets", "images", "data") with no say: F2 (or Rename… in its
    context menu) renames it as it does the user's own; only the listed name changes, its files stay; Ctrl+Z."""
    from PySide6.QtTest import QTest
    from PySide6.QtCore import Qt
    from guiapp.core.datasets.registry import registered

    path = write_npz(tmp_path / "data.npz")
    with qtbot.waitSignal(panel.datasetsChanged, timeout=10000):
        panel.import_paths([path])
    open_in(qtbot, panel, "data")
    assert "F2 renames it" in panel.list.currentItem().toolTip(0)

    def rename(dialog):
        dialog.setTextValue("pets")
        dialog.accept()

    _answer_next(QInputDialog, rename)
    panel.list.setFocus()
    with qtbot.waitSignal(panel.datasetOpened, timeout=20000) as opened:
        QTest.keyClick(panel.list, Qt.Key.Key_F2)
    assert opened.args == ["pets"] and registered() == {"pets": str(path.resolve())}
    assert "Renamed data to pets" in panel.status.text() and len(panel.dataset) == 30 and path.is_file()
    assert not panel.rename_user_dataset("pets", "digits") and "already exists" in panel.last_error
    with qtbot.waitSignal(panel.datasetOpened, timeout=20000) as opened:
        panel.undo_stack.undo()
    assert opened.args == ["data"] and list(registered()) == ["data"]
    # Removed from the list, then the rename redone: it says why it cannot, not "Done again: rename data to pets"
    from guiapp.core.datasets.registry import unregister

    unregister("data")
    panel.undo_stack.redo()
    assert list(registered()) == [] and "data" in panel.last_error
    from guiapp.qt.i18n import sentence

    assert panel.status.text() == f"⚠ {sentence(panel.last_error)}" and "Done again" not in panel.status.text()


def test_an_undo_in_another_dataset_chooses_it_in_the_list_too(qtbot, panel, filled, store):
    """Ctrl+Z with another dataset shown undid a relabel in "mine" and showed "mine" in the grid, while the list
    still highlighted the other one: which one would the buttons act on? (a walk)"""
    other = store.create("other")
    other.add_drawing(drawing(shift=1), "x")
    panel.refresh()
    open_in(qtbot, panel, "mine")
    _select(panel, [0])
    assert panel.relabel_selected("c")
    open_in(qtbot, panel, "other")
    assert panel.list.current_name() == "other"
    panel.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.name == "mine", timeout=20_000)
    assert panel.list.current_name() == "mine" and panel.status.text().startswith("Undone in mine")


def test_a_class_is_renamed_in_one_undoable_step(qtbot, panel, store, monkeypatch):
    """A label typed wrong ("arow") could only be fixed by filtering the grid, selecting every sample and
    Relabel… (a walk): Rename class… from the Class box, the Classes tab's right-click or the Edit menu."""
    open_in(qtbot, panel, "mine")
    assert panel.rename_class("a", "→")
    assert store.open("mine").counts() == {"→": 2, "b": 2, "c": 1}
    # ... and that a model trained before still answers the old name (walk 151: the pad still said "squiggle")
    assert panel.status.text() == ("Renamed the class “a” to “→” (2 samples). Ctrl+Z undoes it. A model trained "
                                   "before still answers the old name until it learns again: Teach… → learns from "
                                   "the drawings kept.")
    assert panel.undo_stack.undoText() == "rename the class “a” to “→”"
    # Noted, so a model that learnt "a" is fine-tuned as knowing "→" (it kept "a" beside "→": a walk)
    assert store.open("mine").class_renames() == {"a": "→"} == store.open("mine").to_dataset().renamed_classes
    panel.undo_stack.undo()
    assert store.open("mine").counts() == {"a": 2, "b": 2, "c": 1} and store.open("mine").class_renames() == {}
    # Into a class that is there already: its samples join it, and the message says so
    assert panel.rename_class("c", "b") and store.open("mine").counts() == {"a": 2, "b": 3}
    assert panel.status.text().startswith("The 1 sample of “c” joined the class “b”.")
    assert store.open("mine").class_renames() == {}  # a model knowing both keeps both
    panel.undo_stack.undo()
    # Asked for: the class the grid is filtered to, its name offered to edit
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: asked.append((args[2], kwargs)) or ("B", True))
    panel.set_class_filter(panel.dataset.classes.index("b"))
    texts = [a.text() for a in panel.edit_menu_actions(None) if a is not None]
    assert "Rename &class…" in texts
    next(a for a in panel.edit_menu_actions(None) if a is not None and a.text() == "Rename &class…").trigger()
    assert asked[0][0] == "New name for the class “b” (all its samples):" and asked[0][1]["text"] == "b"
    assert store.open("mine").counts() == {"a": 2, "B": 2, "c": 1}
    # The Classes tab's right-click names its row's class
    from PySide6.QtWidgets import QStackedWidget

    panel.classes.renameRequested.emit(panel.dataset.classes.index("a"))
    assert asked[-1][0] == "New name for the class “a” (all its samples):"
    # and F2 on its row (it did nothing there: a walk)
    table = panel.classes.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "c")
    panel.show()
    widget = panel.classes
    while widget is not None:  # the Classes tab shown
        if isinstance(widget.parentWidget(), QStackedWidget):
            widget.parentWidget().setCurrentWidget(widget)
        widget = widget.parentWidget()
    qtbot.waitUntil(table.isVisible)
    table.setCurrentCell(row, 0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert asked[-1][0] == "New name for the class “c” (all its samples):"


def test_a_class_is_deleted_with_its_samples_from_its_row_and_comes_back_with_undo(qtbot, panel, store):
    """A Teach round stopped after two drawings left a class that kept Train from starting, and deleting it took a
    filter, Ctrl+A and Delete (walk 151): the Classes tab's row menu deletes the class, undoably."""
    from PySide6.QtWidgets import QApplication, QMenu
    from PySide6.QtCore import QTimer

    open_in(qtbot, panel, "mine")
    shown = []

    def read_menu():
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            shown.extend(action.text() for action in menu.actions())
            menu.close()
        else:
            QTimer.singleShot(20, read_menu)

    panel.show()
    table = panel.classes.table
    QTimer.singleShot(0, read_menu)
    panel.classes._context_menu(table.visualItemRect(table.item(0, 0)).center())
    assert "Delete the class and its samples" in shown
    panel.classes.deleteRequested.emit(panel.dataset.classes.index("a"))
    assert store.open("mine").counts() == {"b": 2, "c": 1}
    assert panel.status.text() == "Deleted the class “a” (2 samples). Ctrl+Z undoes it."
    assert panel.undo_stack.undoText() == "delete the class “a”"
    panel.undo_stack.undo()
    assert store.open("mine").counts() == {"a": 2, "b": 2, "c": 1}


def test_new_asks_again_for_a_name_taken_with_what_was_typed(qtbot, panel, store, monkeypatch):
    """The dialog closed on "a dataset named 'mine' already exists", and the name had to be typed again (a walk)."""
    asked = []
    answers = iter([("mine", True), ("mine too", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: asked.append((args[2], kwargs.get("text")))
                        or next(answers))
    panel.choose_new_user_dataset()
    assert len(asked) == 2 and asked[1][1] == "mine" and "already exists" in asked[1][0], asked
    assert store.exists("mine too")


def test_a_dataset_of_ones_own_can_be_read_at_another_size(qtbot, panel, store):
    """Kanji of 12 strokes blurred at 28×28 and nothing offered another size (walk 123): the header's size is a link
    to the sizes the built-ins use; the drawings, kept at 128 px, are read again at the size chosen, and the lists
    (Train's description) are told."""
    from guiapp.core.datasets import builtin
    from guiapp.qt.datasets.events import dataset_events
    from qt.dialogs import read_next_menu

    open_in(qtbot, panel, "mine")
    assert panel.dataset.image_shape == (28, 28) and "<a href='size'>28×28&nbsp;px</a>" in panel.header.text()
    told = []
    dataset_events().changed.connect(told.append)
    with qtbot.waitSignal(panel.datasetOpened, timeout=20_000):
        assert panel.set_input_size("mine", 64)
    assert panel.dataset.image_shape == (64, 64) and len(panel.dataset) == 5
    assert store.open("mine").spec == builtin.INPUT_SIZES[64] and "mine" in told
    assert "<a href='size'>64×64&nbsp;px</a>" in panel.header.text()
    assert panel.status.text().startswith("mine is now read at 64×64 px.")
    offered = []
    read_next_menu(offered)
    panel.header.linkActivated.emit("size")  # the link's menu: every size, for what it suits
    assert offered == ["28×28 px: digits, letters, symbols", "32×32 px: kana (their marks ゛ ゜ stay readable)",
                       "48×48 px: detailed symbols", "64×64 px: kanji (many strokes)"], offered
    # ... and the keyboard's way, the list's menu (the link was the mouse's alone: walk 145), the size in use lit
    lit = []

    def read_lit() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, read_lit)
            return
        lit.append(menu.activeAction().text())
        menu.close()

    QTimer.singleShot(0, read_lit)
    next(action for action in panel.list.context_menu("mine").actions() if action.text() == "Input size…").trigger()
    assert lit == ["64×64 px: kanji (many strokes)"]
    open_in(qtbot, panel, "digits")  # a built-in's size is no link
    assert "href='size'" not in panel.header.text()
