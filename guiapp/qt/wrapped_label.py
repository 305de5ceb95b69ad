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
        self._steady: list[str] = []
        self._steady_at: tuple[int, int] = (-1, 0)  # (width, height) last worked out
        if collapse_empty and not text:
            self.hide()

    def set_steady_texts(self, texts) -> None:
        """Texts it may show, the tallest of which sets its height whichever it shows: a model preset's description
        one line shorter moved the Training settings below it up under the pointer, and a click meant for Epochs set
        Batch size to 3 (walk 155)."""
        self._steady, self._steady_at = list(texts), (-1, 0)
        self.updateGeometry()

    def _steady_height(self, width: int) -> int:
        if not self._steady:
            return 0
        if self._steady_at[0] != width:
            probe = QLabel()
            probe.setWordWrap(True)
            probe.setFont(self.font())
            probe.setContentsMargins(self.contentsMargins())
            tallest = 0
            for text in self._steady:
                probe.setText(text)
                tallest = max(tallest, probe.heightForWidth(width))
            self._steady_at = (width, tallest)
        return self._steady_at[1]

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
        # (what layouts ask a wrapped label)
        return max(super().heightForWidth(width), self._kept, self._steady_height(width))

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
