"""A one-line label that says a shorter text where its full one would be cut.

The collect row's counter lists each class's count ("あ: 3 · い: 5 · う: 2 …"); with little room it was cut after a
few classes, mid-count, with nothing saying more followed (walk 135). Where the full text does not fit, the short one
("あ: 3   12 classes, 40 samples") is shown instead."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel


class FittingLabel(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._full, self._short = "", ""

    def set_texts(self, full: str, short: str = "") -> None:
        """``full`` where it fits in one line, else ``short`` (either may be rich text)."""
        self._full, self._short = full, short
        self._fit()

    def fits(self, text: str) -> bool:
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        # with a character's room to spare: measured so, a Japanese counter came a few pixels short of the width
        # drawn, and was cut mid-count with no sign ("まる：1(": walk 168)
        return document.idealWidth() + self.fontMetrics().averageCharWidth() <= self.contentsRect().width()

    def _fit(self) -> None:
        # (not shown, it has no width of its own yet: the full text, until a resize says the room)
        self.setText(self._full if not self._short or not self.isVisible() or self.fits(self._full) else self._short)

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().resizeEvent(event)
        self._fit()


__all__ = ["FittingLabel"]
