"""The questions whose buttons say what they do: the answer is the button pressed, Enter presses the default one,
Escape cancels."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from guiapp.qt.confirm import Role, choose, confirm_delete
from qt.dialogs import answer_box

BUTTONS = [("Learn now", Role.AcceptRole), ("Keep for later", Role.RejectRole)]


def press_enter() -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, press_enter)
        return
    QTest.keyClick(box, Qt.Key.Key_Return)


def test_choose_answers_the_button_pressed(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []
    answer_box("Keep for later", seen)
    assert choose(parent, "Learn now?", "Learn from the drawings?", BUTTONS) == 1
    answer_box("Learn now", seen)
    assert choose(parent, "Learn now?", "Learn from the drawings?", BUTTONS) == 0
    answer_box("Cancel", seen)
    assert choose(parent, "Which?", "One or letters?", BUTTONS, cancel=True) is None
    answer_box(None, seen)  # Escape
    assert choose(parent, "Which?", "One or letters?", BUTTONS, cancel=True) is None
    QTimer.singleShot(0, press_enter)
    assert choose(parent, "Which?", "One or letters?", BUTTONS, default=1, cancel=True) == 1
    assert seen == ["Learn from the drawings?"] * 2 + ["One or letters?"] * 2


def test_confirm_delete_deletes_only_when_asked(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    answer_box("Delete", [])
    assert confirm_delete(parent, "Delete runs", "Delete 2 runs?")
    answer_box("Cancel", [])
    assert not confirm_delete(parent, "Delete runs", "Delete 2 runs?")
    QTimer.singleShot(0, press_enter)  # Enter out of habit deletes nothing
    assert not confirm_delete(parent, "Delete runs", "Delete 2 runs?")
