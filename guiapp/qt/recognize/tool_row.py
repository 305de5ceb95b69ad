"""The Recognize tab's row of model and pen tools in a narrow window: the pen toolbar's Undo, Redo and Clear show
their icons alone (universal ones; their tooltips and accessible names keep the words) before any tool goes into
the toolbar's » menu, and the model box keeps room for a run's name and time.

At 1024 px in French, Effacer and Grille went into the » menu while the model box read "digits · 18:23:43"; in
English it read "digits · …" (a fresh-eyes walk)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QToolBar


MODEL_CHARACTERS = 10  # room the model box keeps beyond its least width before the toolbar's labels go


class CompactTools(QObject):
    """Watches ``bar``'s size: when it and the room ``picker`` can spare beyond the width it wants are less than the
    toolbar needs with every label, ``actions`` show their icons alone; with room again, their labels. The same
    sum in both states (the two share the row), so the choice does not flip back and forth."""

    def __init__(self, bar: QToolBar, picker: QComboBox, actions: list[QAction]) -> None:
        super().__init__(bar)
        self.bar, self.picker = bar, picker
        self.buttons = [bar.widgetForAction(action) for action in actions]
        self.compact = False
        self.full_width = bar.sizeHint().width()  # with every label (the toolbar is built so)
        bar.installEventFilter(self)
        picker.installEventFilter(self)  # a wider window widens the box alone: the toolbar keeps its width

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 — Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.fit()
        return False

    def fit(self) -> None:
        if not self.compact:
            self.full_width = self.bar.sizeHint().width()  # after a language's or font's change too
        # The model box is to keep room for MODEL_CHARACTERS beyond its least width: a run's "digits · 6:23:43 PM"
        wanted = self.picker.minimumSizeHint().width() + self.picker.fontMetrics().averageCharWidth() * MODEL_CHARACTERS
        spare = self.picker.width() - wanted
        compact = self.bar.width() + spare < self.full_width
        if compact != self.compact:
            self.compact = compact
            style = Qt.ToolButtonStyle.ToolButtonIconOnly if compact else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            for button in self.buttons:
                button.setToolButtonStyle(style)


__all__ = ["CompactTools"]
