"""Stroke order: while the collect row prompts a character, a button beside the prompt shows how it is written,
stroke by stroke and numbered, from KanjiVG's template (walk 130: a learner drawing 森 five times for Teach… had
nothing to show the order, and a model learns the drawings as they are written). A small window above the button
replays the strokes; it stays beside the pad while the person draws (a popup that closed on the click took that
click, and the first stroke of 森 was lost: walk 136) and goes with its ✕, Esc or the button again. Open, it follows
the prompt to the next character (it closed at each: walk 138), and goes when the next has no known order."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from guiapp.core.datasets.templates import TEMPLATE_BOX, stroke_order
from guiapp.core.strokes import Drawing, Stroke
from guiapp.core.text import Plural
from guiapp.qt.i18n import localise, translate

REPLAY_SIDE = 220  # px: the replay's square in the popup
STROKE_S = 0.6  # s: how long a stroke takes to be drawn (then a short pause), slow enough for a child to follow


def order_drawing(char: str) -> Drawing | None:
    """``char``'s strokes in their written order as a Drawing (None: no standard order is known for it)."""
    strokes = stroke_order(char)
    if not strokes:
        return None
    # each stroke written in STROKE_S, whatever its points: untimed, a template's few points flashed by (人's two
    # strokes in half a second: walk 138)
    return Drawing([Stroke(points, np.linspace(0.0, STROKE_S, len(points)) if len(points) > 1 else None)
                    for points in strokes], TEMPLATE_BOX, TEMPLATE_BOX)


@lru_cache(maxsize=1024)
def knows_order(char: str) -> bool:
    """Whether ``char``'s standard stroke order is known (asked of every candidate shown, so kept)."""
    return order_drawing(char) is not None


def show_order(char: str, anchor: QWidget, below: QWidget | None = None,
               replacing: "StrokeOrderPopup | None" = None) -> "StrokeOrderPopup | None":
    """``char``'s strokes replayed in a small window above ``anchor`` (its parent), or under ``below``, closed with
    it; None where no order is known. ``replacing``: the one shown before, closed first (if it still is)."""
    from shiboken6 import isValid

    if replacing is not None and isValid(replacing):
        replacing.close()
    drawing = order_drawing(char) if char else None
    if drawing is None:
        return None
    popup = StrokeOrderPopup(char, drawing, anchor)
    popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    popup.place(below or anchor, below=below is not None)
    popup.show()
    return popup


class StrokeOrderPopup(QFrame):
    """The replay of one character's strokes, numbered, with its stroke count, Again and ✕."""

    def __init__(self, char: str, drawing: Drawing, parent: QWidget | None = None) -> None:
        # A tool window, not a popup: a popup grabs the mouse, and the click on the pad that closed it was lost
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # the pad keeps the keyboard
        from guiapp.qt.datasets.sample_view import StrokeReplay

        self.setFrameShape(QFrame.Shape.Box)
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(localise(Plural("{0}: %Ln stroke(s), in the order they are written", "", len(drawing.strokes),
                                       char)))
        title.setWordWrap(True)
        top.addWidget(title, 1)
        self.close_button = QToolButton(text="✕", autoRaise=True)
        self.close_button.setAccessibleName(translate("recognize", "Close the stroke order"))
        self.close_button.clicked.connect(self.close)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        # numbered as they begin; never sped up: all 12 of 森 in 3 s were too quick to follow (walk 136)
        self.replay = StrokeReplay(longest_s=(STROKE_S + 0.2) * len(drawing.strokes) + 1, numbered=True)
        self.replay.setFixedSize(REPLAY_SIDE, REPLAY_SIDE)
        self.replay.set_drawing(drawing, pen_width=0.05 * TEMPLATE_BOX)
        column.addWidget(self.replay)
        self.again = QPushButton(translate("recognize", "Again"))
        self.again.clicked.connect(self.replay.replay)
        column.addWidget(self.again)
        title.setMaximumWidth(REPLAY_SIDE)

    def place(self, widget: QWidget, below: bool = False) -> None:
        """Above ``widget`` (the collect row is at the window's foot; under it where the screen has no room above), or
        with ``below`` under it (the candidate list: above the row clicked, it covered the candidates under that row,
        their bars and percentages), right edges aligned, kept on its screen: it opened at x 1005 of a 1,100 px
        screen, its replay and Again cut off (walk 136)."""
        size = self.sizeHint()
        over = widget.mapToGlobal(QPoint(widget.width() - size.width(), -size.height() - 4))
        under = widget.mapToGlobal(QPoint(widget.width() - size.width(), widget.height() + 4))
        screen = widget.screen().availableGeometry() if widget.screen() is not None else QRect(over, size)
        corner = under if below or over.y() < screen.top() else over
        self.move(max(screen.left(), min(corner.x(), screen.right() - size.width())),
                  max(screen.top(), min(corner.y(), screen.bottom() - size.height())))

    def event(self, event) -> bool:
        # Esc is the Recognize tab's shortcut (clear the pad) in its children, and this window counts as one: taken
        # here first, it closes the window and leaves the drawing
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 — Qt's name
        if event.key() == Qt.Key.Key_Escape:
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
        """The character prompted now (None: no prompt); the button shows only where its order is known. Open, the
        order shown turns to the new character's (the last one's closed, and was opened again for each: walk 138),
        or closes where no order is known."""
        known = bool(char) and order_drawing(char) is not None
        follow = self.popup is not None and self.popup.isVisible() and char != self.char
        if self.popup is not None and char != self.char:
            self.popup.close()
        self.char = char if known else None
        self.setVisible(known)
        if follow and known:
            self.show_order()

    def show_order(self) -> None:
        """Open the replay of the prompted character's strokes; open already, the button closes it."""
        if self.popup is not None and self.popup.isVisible():
            self.popup.close()
            return
        popup = self.popup = show_order(self.char, self) if self.char else None
        if popup is not None:
            # (only this one: a closed one is deleted later, after the next prompt's has opened)
            popup.destroyed.connect(lambda *_: setattr(self, "popup", None) if self.popup is popup else None)


__all__ = ["StrokeOrderButton", "StrokeOrderPopup", "knows_order", "order_drawing", "show_order"]
