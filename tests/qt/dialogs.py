"""Answering a modal message box as a person would, from inside its own event loop."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_box(button_text: str | None, seen: list, defaults: list | None = None) -> None:
    """Once the next message box is up (its own event loop runs), note its text in ``seen`` (and the text of the
    button Enter would press in ``defaults``) and press the button reading ``button_text``, as a person would; None
    presses Escape."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)  # not up yet
            return
        seen.append(box.text())
        if defaults is not None:
            defaults.append(box.defaultButton().text() if box.defaultButton() is not None else None)
        if button_text is None:
            QTest.keyClick(box, Qt.Key.Key_Escape)
        else:
            next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, press)


def answer_boxes(button_texts: list, seen: list, defaults: list | None = None) -> None:
    """:func:`answer_box` for each of ``button_texts`` in turn, each on the next message box that comes up (one asked
    after another)."""
    answered: list = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or any(box is done for done in answered):
            QTimer.singleShot(20, press)  # not up yet
            return
        answered.append(box)
        seen.append(box.text())
        if defaults is not None:
            defaults.append(box.defaultButton().text() if box.defaultButton() is not None else None)
        next(b for b in box.buttons() if b.text() == button_texts[len(answered) - 1]).click()
        if len(answered) < len(button_texts):
            QTimer.singleShot(0, press)

    QTimer.singleShot(0, press)


def read_next_menu(offered: list) -> None:
    """Once the next popup menu is up, note its entries in ``offered`` and close it (a keyboard's or right-click's
    menu, opened by what the test does next)."""

    def read() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, read)
            return
        offered.extend(action.text() for action in menu.actions())
        menu.close()

    QTimer.singleShot(0, read)
