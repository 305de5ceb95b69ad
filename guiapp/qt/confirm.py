"""Questions whose buttons say what they do ("Delete", "Learn now", "One: star"), not Yes and No.

Asking before something is deleted: Cancel is the default there, so Enter pressed out of habit deletes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

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


__all__ = ["Role", "choose", "confirm_delete"]
