"""Questions whose buttons say what they do ("Delete", "Learn now", "One: star"), not Yes and No.

Asking before something is deleted: Cancel is the default there, so Enter pressed out of habit deletes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from guiapp.qt.i18n import translate

Role = QMessageBox.ButtonRole


def choose(parent: QWidget, title: str, text: str, buttons: list[tuple[str, Role]], *, default: int = 0,
           cancel: bool = False, icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> int | None:
    """Ask ``text`` with one button for each (label, role) of ``buttons``, and a Cancel button after them when
    ``cancel``. Returns the index of the button chosen; None for Cancel, Escape or the window's close button.
    ``default`` (an index, or -1 for Cancel) is the button Enter presses."""
    box = QMessageBox(icon, title, text, parent=parent)
    added = [box.addButton(label, role) for label, role in buttons]
    if cancel:
        added.append(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setEscapeButton(added[-1])
    box.setDefaultButton(added[default])
    box.exec()
    clicked = box.clickedButton()
    chosen = next((index for index, button in enumerate(added) if button is clicked), None)
    return chosen if chosen is not None and chosen < len(buttons) else None


def confirm_delete(parent: QWidget, title: str, question: str) -> bool:
    """Ask ``question``; True when the person chose Delete."""
    return choose(parent, title, question, [(translate("confirm", "Delete"), Role.DestructiveRole)],
                  default=-1, cancel=True) == 0


def ask_name(parent: QWidget, title: str, question: str, accept, text: str = "") -> bool:
    """Ask for a name until ``accept(name)`` takes it (returns "" or None) or the person cancels (False). A name
    refused is asked for again, with why (what ``accept`` returns) and what was typed: the dialog closed on "a
    dataset named 'shapes' already exists", and the name had to be typed again (a walk)."""
    label = question
    while True:
        name, ok = QInputDialog.getText(parent, title, label, text=text)
        if not ok or not name.strip():
            return False
        problem = accept(name.strip())
        if not problem:
            return True
        label, text = f"⚠ {problem}\n\n{question}", name


__all__ = ["Role", "ask_name", "choose", "confirm_delete"]
