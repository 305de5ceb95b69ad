"""Asking before something is deleted: the buttons say what they do ("Delete", "Cancel"), not Yes and No, and
Cancel is the default, so Enter pressed out of habit deletes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from guiapp.qt.i18n import translate


def confirm_delete(parent: QWidget, title: str, question: str) -> bool:
    """Ask ``question``; True when the person chose Delete."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    delete = box.addButton(translate("confirm", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete


__all__ = ["confirm_delete"]
