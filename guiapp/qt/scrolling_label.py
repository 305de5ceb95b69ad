"""A word-wrapped text that takes the height it needs where the window has room and scrolls where it has not.

The Train area's result line gathers a run's result and its warnings (too little data, a batch larger than the
data): six lines or more. As a plain label at 1024×640 it was given three lines' height and the warnings were cut
off, with nothing to scroll (a fresh-eyes walk); given all its lines, it would grow the window past a small
screen. Here it asks for all its lines, may be squeezed to ``min_lines``, and the mouse wheel reads the rest."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget


class _Text(QLabel):
    """The label inside: a new text asks the area for its new height."""

    def setText(self, text: str) -> None:  # noqa: N802 — Qt's name
        super().setText(text)
        area = self.parentWidget().parentWidget() if self.parentWidget() else None  # label → viewport → area
        if isinstance(area, ScrollingLabel):
            area.updateGeometry()
            area.show_whole_lines()


class ScrollingLabel(QScrollArea):
    def __init__(self, min_lines: int = 3, parent: QWidget | None = None, keep_lines: int = 0) -> None:
        super().__init__(parent)
        self.label = _Text("")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read, not a Tab stop; the wheel scrolls it
        self.viewport().setAutoFillBackground(False)  # the window's own colour behind the text, in either theme
        self.label.setAutoFillBackground(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.min_lines = min_lines
        # The height it grew to stays, up to ``keep_lines`` lines (``min_lines`` by default), when a shorter text
        # follows: the Train area's result line went from five lines to four to three (French at 1024 px) as runs
        # were shown, and the Runs tab's buttons below moved under the pointer each time (two walks).
        self.keep_lines = keep_lines or min_lines
        self._kept = 0
        self._spare = 0  # the height under the last whole line shown, left empty (see show_whole_lines)

    def _text_height(self) -> int:
        if not self.label.text():
            return self._kept
        width = self.viewport().width() if self.viewport().width() > 0 else self.width()
        height = self.label.heightForWidth(max(1, width))
        self._kept = max(self._kept, min(height, self.label.fontMetrics().lineSpacing() * self.keep_lines))
        return max(height, self._kept)

    def sizeHint(self) -> QSize:  # noqa: N802 — Qt's name
        return QSize(super().sizeHint().width(), self._text_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 — Qt's name
        lines = self.label.fontMetrics().lineSpacing() * self.min_lines
        return QSize(0, min(self._text_height(), lines))

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # another width, another height: the layout asks again
        self.show_whole_lines()

    def show_whole_lines(self) -> None:
        """Squeezed below its text's height, only whole lines shown, the wheel a line at a time: at the window's
        least height the area showed two lines and the top half of a third (walk 153)."""
        line = self.label.fontMetrics().lineSpacing()
        self.verticalScrollBar().setSingleStep(line)
        height = self.height()
        width = self.width() - (self.verticalScrollBar().width() if self.verticalScrollBar().isVisible() else 0)
        squeezed = bool(self.label.text()) and self.label.heightForWidth(max(1, width)) > height
        spare = height % line if squeezed and height > line else 0
        if spare != self._spare:
            self._spare = spare
            self.setViewportMargins(0, 0, 0, spare)


__all__ = ["ScrollingLabel"]
