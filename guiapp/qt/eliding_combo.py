"""A combo box that shows a name too long for it in a shorter form of it, else with its middle elided."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

# An item's shorter forms, longest first (a list of str): the closed box shows the first that fits. A run's
# "my-handwriting (taught x o) · keras-tutorial · 12/4/26 4:05:33 AM" elided in the middle read
# "my-handwriti…6 4:05:33 AM": what the model learnt was the part lost.
SHORT_FORMS_ROLE = Qt.ItemDataRole.UserRole + 7


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
        if option.currentText == self.currentText():  # not a placeholder: the item's own shorter forms
            forms += list(self.currentData(SHORT_FORMS_ROLE) or [])
        for form in forms:
            if metrics.horizontalAdvance(form) <= room:
                return form
        # A shortest form that already ends in "…" (a run's "shapes (personal) · …") loses its end, not its middle:
        # "shapes …al) · …" was what a walk read.
        mode = Qt.TextElideMode.ElideRight if forms[-1].endswith("…") else Qt.TextElideMode.ElideMiddle
        return metrics.elidedText(forms[-1], mode, room)

    def set_short_forms(self, index: int, forms: list[str]) -> None:
        """Shorter forms of item ``index``'s text, longest first, for when the closed box is too narrow for it."""
        self.setItemData(index, list(forms) or None, SHORT_FORMS_ROLE)


__all__ = ["ElidingComboBox", "SHORT_FORMS_ROLE"]
