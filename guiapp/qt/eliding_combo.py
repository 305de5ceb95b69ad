"""A combo box that shows a name too long for it in a shorter form of it, else with its middle elided."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QStyle, QStyledItemDelegate, QStyleOptionComboBox, QStylePainter

# An item's shorter forms, longest first (a list of str): the closed box shows the first that fits. A run's
# "my-handwriting (taught x o) · keras-tutorial · 12/4/26 4:05:33 AM" elided in the middle read
# "my-handwriti…6 4:05:33 AM": what the model learnt was the part lost.
SHORT_FORMS_ROLE = Qt.ItemDataRole.UserRole + 7
# What an item shows instead of its text (a built-in dataset's name in the window's language), in the closed box
# and in the list; the text stays what the item names, for findText and currentText.
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 8


class _ShownDelegate(QStyledItemDelegate):
    """The list's items with SHOWN_ROLE, where set, as their text."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 — Qt's name
        super().initStyleOption(option, index)
        shown = index.data(SHOWN_ROLE)
        if shown:
            option.text = shown

    def paint(self, painter, option, index) -> None:
        if not _is_separator(index):
            super().paint(painter, option, index)
            return
        # the box's separators (between kinds of datasets), drawn as the style's menu draws them: a line
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        y = option.rect.center().y()
        painter.drawLine(option.rect.left() + 4, y, option.rect.right() - 4, y)
        painter.restore()

    def sizeHint(self, option, index):
        hint = super().sizeHint(option, index)
        if _is_separator(index):
            hint.setHeight(SEPARATOR_HEIGHT)
        return hint


SEPARATOR_HEIGHT = 7


def _is_separator(index) -> bool:
    return index.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "separator"  # as QComboBox marks them


class ElidingComboBox(QComboBox):
    """A name longer than the closed box loses its middle to "…": Qt cuts it at the right with no sign that more
    follows (a run's "myshapes · inkling · 2026-12-02 15:21" read "myshapes · inkling · 2026-12-", a dataset
    "my-handwriting" read "my-handwritin"). The list shows every name whole. Not for editable boxes (their text is
    a line edit's)."""

    def __init__(self, parent=None, characters: int = 8) -> None:
        super().__init__(parent)
        # Sized for ``characters``, not for its longest name: a long name is elided, the layout stays put (the
        # Train tab's settings column widened to fit "my-handwriting-letters").
        self.setMinimumContentsLength(characters)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def paintEvent(self, _event) -> None:  # noqa: N802 — Qt's name
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def shown_text(self, option: QStyleOptionComboBox | None = None) -> str:
        """The current name as the closed box shows it."""
        if option is None:
            option = QStyleOptionComboBox()
            self.initStyleOption(option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()
        metrics = self.fontMetrics()
        forms = [option.currentText]
        if option.currentText == self.currentText():  # not a placeholder: the item's own forms
            forms = [self.currentData(SHOWN_ROLE) or option.currentText, *(self.currentData(SHORT_FORMS_ROLE) or [])]
        for form in forms:
            if metrics.horizontalAdvance(form) <= room:
                return form
        # A shortest form that already ends in "…" (a run's "shapes (personal) · …") loses its end, not its middle:
        # "shapes …al) · …" was what a walk read.
        mode = Qt.TextElideMode.ElideRight if forms[-1].endswith("…") else Qt.TextElideMode.ElideMiddle
        return metrics.elidedText(forms[-1], mode, room)

    def set_shown_text(self, index: int, text: str | None) -> None:
        """Show item ``index`` as ``text`` (None: as its own text), which it still is to findText and currentText."""
        self.setItemData(index, text or None, SHOWN_ROLE)
        if text and not isinstance(self.itemDelegate(), _ShownDelegate):
            # (the style's menu-like delegate goes: the box's setItemDelegate deletes the one before). Wrapping it
            # instead, to keep its look, crashed in a window made in another language: Qt had deleted it.
            self.setItemDelegate(_ShownDelegate(self))

    def set_short_forms(self, index: int, forms: list[str]) -> None:
        """Shorter forms of item ``index``'s text, longest first, for when the closed box is too narrow for it."""
        self.setItemData(index, list(forms) or None, SHORT_FORMS_ROLE)


__all__ = ["ElidingComboBox", "SHORT_FORMS_ROLE", "SHOWN_ROLE"]
