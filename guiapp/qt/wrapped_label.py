"""A word-wrapped label that keeps the height its text needs at the width it has."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """Word-wrapped; its minimum height is its text's at its current width. A plain wrapped QLabel's minimum is
    worked out for some other width, so a layout short of room squeezed a two-line caption into one line's height
    and cut both lines (Recognize's "What the model sees" in Japanese at the window's minimum size).

    ``collapse_empty``: hidden while it has no text. An empty wrapped label still took a line's height (Evaluation's
    note under the summary, empty until a drill: at the window's minimum size the matrix below lost its axis title)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, collapse_empty: bool = False) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._collapse_empty = collapse_empty
        if collapse_empty and not text:
            self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 — Qt's name
        super().setText(text)
        if self._collapse_empty:
            self.setVisible(bool(text))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 — Qt's name
        hint = super().minimumSizeHint()
        if self.width() > 0 and self.text():
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # another width, another height: the layout asks again


__all__ = ["WrappedLabel"]
