"""Stroke order: while the collect row prompts a character, a button beside the prompt shows how it is written,
stroke by stroke, from KanjiVG's template (walk 130: a learner drawing 森 five times for Teach… had nothing to show
the order, and a model learns the drawings as they are written). A popup above the button replays the strokes;
a click anywhere or Esc closes it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from guiapp.core.datasets.templates import TEMPLATE_BOX, stroke_order
from guiapp.core.strokes import Drawing, Stroke
from guiapp.core.text import Plural
from guiapp.qt.i18n import localise, translate

REPLAY_SIDE = 220  # px: the replay's square in the popup


def order_drawing(char: str) -> Drawing | None:
    """``char``'s strokes in their written order as a Drawing (None: no standard order is known for it)."""
    strokes = stroke_order(char)
    if not strokes:
        return None
    return Drawing([Stroke(points) for points in strokes], TEMPLATE_BOX, TEMPLATE_BOX)


class StrokeOrderPopup(QFrame):
    """The replay of one character's strokes, with its stroke count and a button to play it again."""

    def __init__(self, char: str, drawing: Drawing, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        from guiapp.qt.datasets.sample_view import StrokeReplay

        self.setFrameShape(QFrame.Shape.Box)
        column = QVBoxLayout(self)
        title = QLabel(localise(Plural("{0}: %Ln stroke(s), in the order they are written", "", len(drawing.strokes),
                                       char)))
        title.setWordWrap(True)
        column.addWidget(title)
        self.replay = StrokeReplay()
        self.replay.setFixedSize(REPLAY_SIDE, REPLAY_SIDE)
        self.replay.set_drawing(drawing, pen_width=0.05 * TEMPLATE_BOX)
        column.addWidget(self.replay)
        self.again = QPushButton(translate("recognize", "Again"))
        self.again.clicked.connect(self.replay.replay)
        column.addWidget(self.again)
        title.setMaximumWidth(REPLAY_SIDE)

    def event(self, event) -> bool:
        # Esc is the Recognize tab's shortcut (clear the pad) in its children, and a popup counts as one: taken
        # here first, it closes the popup and leaves the drawing
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 — Qt's name
        if event.key() == Qt.Key.Key_Escape:  # a popup widget, unlike a menu, keeps Esc to itself
            self.close()
            return
        super().keyPressEvent(event)


class StrokeOrderButton(QToolButton):
    """Shown while the prompted character has a known stroke order; a click (or Space) opens the replay."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(translate("recognize", "Stroke order"))
        self.setToolTip(translate("recognize", "How this character is written, stroke by stroke (KanjiVG)"))
        self.clicked.connect(self.show_order)
        self.char: str | None = None
        self.popup: StrokeOrderPopup | None = None
        self.hide()

    def set_character(self, char: str | None) -> None:
        """The character prompted now (None: no prompt); the button shows only where its order is known."""
        known = bool(char) and order_drawing(char) is not None
        self.char = char if known else None
        self.setVisible(known)

    def show_order(self) -> None:
        drawing = order_drawing(self.char) if self.char else None
        if drawing is None:
            return
        self.popup = StrokeOrderPopup(self.char, drawing, self)
        size = self.popup.sizeHint()
        # above the button: the collect row is at the window's foot
        corner = self.mapToGlobal(QPoint(0, -size.height() - 4))
        self.popup.move(corner)
        self.popup.show()
        self.popup.again.setFocus()


__all__ = ["StrokeOrderButton", "StrokeOrderPopup", "order_drawing"]
