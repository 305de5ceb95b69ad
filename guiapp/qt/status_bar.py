"""The main window's status bar: a message too long for the room left of the permanent labels (TensorFlow, the
device) ends in "…" and shows whole in its tooltip. Qt cuts it off at the labels, mid-word ("…the characters it
cor", "…既に知っていた文字：耳": two walks), with nothing saying more followed."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QStatusBar, QStyle, QStyleOption, QWidget


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" where its text does not fit, whole in its tooltip: the model in use, left in
    the status bar, was cut mid-word ("…10:30:09 AM (", a walk)."""

    def setText(self, text: str) -> None:  # noqa: N802 — Qt's name
        super().setText(text)
        self._say_whole()

    def shown_text(self) -> str:
        room = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room) if room > 0 else ""

    def _say_whole(self) -> None:
        self.setToolTip(self.text() if self.shown_text() != self.text() else "")

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().resizeEvent(event)
        self._say_whole()

    def paintEvent(self, event) -> None:  # noqa: N802 — Qt's name
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
                                                  | Qt.TextFlag.TextSingleLine), self.shown_text())
        painter.end()


class ElidingStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self._normal: list[QWidget] = []
        self.messageChanged.connect(self._say_whole)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 — Qt's name
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch)

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 — Qt's name
        self._normal.append(widget)
        super().addWidget(widget, stretch)

    def showEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().showEvent(event)
        # A message shown before the window was (a note at start-up) left the model's label shown under it: Qt
        # hides the normal widgets only when they are visible as the message comes, and the two were drawn over
        # each other (walk 112). Hidden as Qt hides them, so the label comes back when the message goes.
        if self.currentMessage():
            for widget in self._normal:
                widget.hide()
                widget.setAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide, False)

    def message_rect(self) -> QRect:
        """Where Qt draws a message: from the left edge to the first permanent label shown."""
        left, right = 6, self.width() - 12
        shown = [widget.x() for widget in self._permanent if widget.isVisible()]
        if shown:
            right = min(right, min(shown) - 2)
        return QRect(left, 0, max(0, right - left), self.height())

    def shown_message(self) -> str:
        """The message as drawn: whole, or cut with "…" where it does not fit."""
        text = " ".join(self.currentMessage().split("\n"))
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self.message_rect().width())

    def _say_whole(self, message: str) -> None:
        self.setToolTip(message if message and self.shown_message() != " ".join(message.split("\n")) else "")

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().resizeEvent(event)
        self._say_whole(self.currentMessage())

    def paintEvent(self, event) -> None:  # noqa: N802 — Qt's name
        if not self.currentMessage():
            super().paintEvent(event)
            return
        # As QStatusBar paints it, the message elided
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._permanent:
            if widget.isVisible():
                option.rect = widget.geometry().adjusted(-1, -1, 1, 1)
                self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, option, painter, widget)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.message_rect(), int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
                                                  | Qt.TextFlag.TextSingleLine), self.shown_message())
        painter.end()


__all__ = ["ElidedLabel", "ElidingStatusBar"]
