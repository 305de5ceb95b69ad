"""The written text's line: a QLineEdit that shows where the next character goes even while the pad has the focus.

The next answer is written at the line's cursor (the end, unless the person moved it to fix a character). Qt draws
the cursor only in a focused line, so after a fix in the middle of a word the next kana went in there, unseen:
"きって" then パ became "きっパて" (walk 129). Unfocused, a cursor left before the end is drawn as a bar in the
accent colour."""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QLineEdit

from guiapp.qt.theme import line_width


class WriteField(QLineEdit):
    def shows_insertion_point(self) -> bool:
        """Whether the bar is drawn: unfocused, with the cursor before the end and nothing chosen to write over."""
        return (not self.hasFocus() and self.cursorPosition() < len(self.text())
                and not self.hasSelectedText())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self.shows_insertion_point():
            return
        rect = self.cursorRect()
        painter = QPainter(self)
        pen = painter.pen()
        pen.setColor(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidthF(line_width(2))
        painter.setPen(pen)
        x = rect.center().x()
        painter.drawLine(x, rect.top(), x, rect.bottom())
        painter.end()


__all__ = ["WriteField"]
