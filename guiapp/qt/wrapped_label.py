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

    def __init__(self, text: str = "", parent: QWidget | None = None, collapse_empty: bool = False,
                 keep_lines: int = 0) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._collapse_empty = collapse_empty
        # ``keep_lines``: the height it grew to stays, up to that many lines, when a shorter text follows. The
        # Train area's status line went from one line to two and back with each run shown, and the tabs below
        # jumped under the pointer (a walk's clicks landed on the wrong tab).
        self._keep_lines, self._kept = keep_lines, 0
        if collapse_empty and not text:
            self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 — Qt's name
        super().setText(text)
        if self._collapse_empty:
            self.setVisible(bool(text))
        self._keep_height()

    def _keep_height(self) -> None:
        if self._keep_lines and self.width() > 0 and self.text():
            most = self._keep_lines * self.fontMetrics().lineSpacing() + self.contentsMargins().top() \
                + self.contentsMargins().bottom()
            self._kept = max(self._kept, min(self.heightForWidth(self.width()), most))

    def heightForWidth(self, width: int) -> int:  # noqa: N802 — Qt's name
        return max(super().heightForWidth(width), self._kept)  # what layouts ask a wrapped label

    def minimumSizeHint(self) -> QSize:  # noqa: N802 — Qt's name
        hint = super().minimumSizeHint()
        if self._keep_lines:  # kept where there is room (heightForWidth); the window is never grown for it
            return hint
        if self.width() > 0 and self.text():
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._kept = 0  # another width: what the text needs there
            self._keep_height()
            self.updateGeometry()  # another width, another height: the layout asks again


__all__ = ["WrappedLabel"]
