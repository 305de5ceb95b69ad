"""A combo box that shows a name too long for it with its middle elided."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter


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
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideMiddle, room)


__all__ = ["ElidingComboBox"]
