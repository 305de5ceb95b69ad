"""The drawing pad: smooth anti-aliased ink from mouse, pen (with pressure) or touch, recorded as core strokes.

Strokes are kept in canvas units on a fixed square canvas of ``CANVAS_SIDE`` units that is shown as large as the
widget allows, so ink scales with the window and ``drawing()`` is the same whatever the widget's size. The pen
width is in the same units and is what :class:`~guiapp.core.recognition.Recognizer` is given, so the model sees
the line the user sees. Every change (a stroke, an erase, clear) is undoable; undo/redo keep whole states (a few
dozen strokes of a character are tiny).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QSizePolicy, QWidget

from guiapp.core.strokes import Drawing, Stroke, distance_to_polyline
from guiapp.qt.recognize.ink import OpenStroke
from guiapp.qt.recognize.pad_input import PadInput
from guiapp.qt.recognize.pad_paint import ERASER_RADIUS, PadPainting
from guiapp.qt.i18n import translate

CANVAS_SIDE = 280.0  # canvas units (10 × MNIST's 28)


@dataclass(frozen=True, eq=False)
class Picture:
    """An image shown on the pad instead of ink (opened, pasted or dropped), with what it was made from (the
    caller's, e.g. the PIL image it recognizes): one undo step, like a stroke, so drawing over it loses nothing."""

    image: QImage
    source: object = None


class DrawingPad(PadInput, PadPainting, QWidget):
    """``drawingChanged`` fires after each committed change (stroke finished, erase, undo, clear);
    ``inkMoved`` fires as a stroke is being drawn (the live-recognition throttle listens to it)."""

    drawingChanged = Signal()
    eraserChanged = Signal(bool)  # the tool switched between the pen (False) and the stroke eraser (True)
    inkMoved = Signal()
    imageChanged = Signal()
    spacePressed = Signal()  # Space with the pad's focus: the owner writes the top answer, if drawn, and a space
    markTyped = Signal(str)  # a punctuation key (. , ? !) with the pad's focus: the owner writes that mark likewise
    cursorKey = Signal(str)  # Left, Right, Home or End with the pad's focus (pad_input.CURSOR_KEYS): the line's cursor
    redoDropped = Signal()  # a new stroke or clear ended what Redo could bring back

    def __init__(self, parent: QWidget | None = None, pen_width: float = 16.0) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._strokes: tuple[Stroke, ...] = ()
        # Whole states: the strokes, or the picture shown instead of them.
        self._undo: list[tuple[Stroke, ...] | Picture] = []
        self._redo: list[tuple[Stroke, ...] | Picture] = []
        self._picture_pushed = False  # a stroke began over the picture: the picture is its undo step
        self._points: list[tuple[float, float]] = []  # the stroke being drawn (canvas units)
        self._times: list[float] = []
        self._pressure: list[float] = []
        self._has_pressure = False
        self._t0: float | None = None  # time of the drawing's first point: stroke times count from it
        self._pen_width = float(pen_width)
        self._eraser = False
        self._show_mode_tip()
        self._erased_this_drag = False
        self._show_grid = True
        self._guide_lines: tuple[float, ...] = ()
        self._guide_caption = ""
        self._picture: Picture | None = None
        self._base: QImage | None = None  # finished ink, rendered (see guiapp.qt.recognize.ink)
        self._open: OpenStroke | None = None  # the stroke under the pen, drawn incrementally
        self._overlay: tuple[QImage, QRectF] | None = None  # "where it looked": heat image over a canvas region

    # -- public API -----------------------------------------------------------------------------------------------
    def pen_down(self) -> bool:
        """Whether a stroke is being drawn (or erased) right now."""
        return bool(self._points)

    def drawing(self, include_current: bool = False) -> Drawing:
        strokes = list(self._strokes)
        if include_current and self._points and not self._eraser:
            strokes.append(self._current_stroke())
        return Drawing(strokes, CANVAS_SIDE, CANVAS_SIDE)

    def set_drawing(self, drawing: Drawing | None) -> None:
        """Show ``drawing`` (scaled onto the canvas, keeping its aspect ratio); undoable like a stroke."""
        strokes: tuple[Stroke, ...] = ()
        if drawing is not None and drawing.strokes:
            scale = CANVAS_SIDE / max(drawing.width, drawing.height)
            dx = (CANVAS_SIDE - drawing.width * scale) / 2
            dy = (CANVAS_SIDE - drawing.height * scale) / 2
            strokes = tuple(Stroke(s.points * scale + (dx, dy), s.times, s.pressure) for s in drawing.strokes)
        self._commit(strokes, clear_image=True)

    def clear(self) -> None:
        if self._strokes or self._picture is not None:
            self._commit((), clear_image=True)

    def is_empty(self) -> bool:
        return not self._strokes and self._picture is None

    def stroke_count(self) -> int:
        return len(self._strokes)

    def ink_state(self) -> object:
        """What the pad shows as a token: the same object again when undo or redo comes back to it."""
        return self._picture if self._picture is not None else self._strokes

    def _set_picture(self, picture: Picture | None) -> None:
        if picture is not self._picture:
            self._picture = picture
            self._base = None
            self.imageChanged.emit()

    def _show(self, state: "tuple[Stroke, ...] | Picture") -> None:
        picture = state if isinstance(state, Picture) else None
        self._strokes = () if picture is not None else state
        self._set_picture(picture)
        self._changed()

    def undo(self) -> None:
        if self._undo:
            self._redo.append(self.ink_state())
            self._show(self._undo.pop())

    def redo(self) -> None:
        if self._redo:
            self._undo.append(self.ink_state())
            self._show(self._redo.pop())

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_target(self) -> object | None:
        """The :meth:`ink_state` an undo would bring back (None: nothing to undo)."""
        return self._undo[-1] if self._undo else None

    def redo_clears(self) -> bool:
        """Whether a redo would leave the pad empty (it takes a drawing away again: a clear, a write, an add)."""
        return bool(self._redo) and isinstance(self._redo[-1], tuple) and not self._redo[-1]

    def can_redo(self) -> bool:
        return bool(self._redo)

    def pen_width(self) -> float:
        return self._pen_width

    def set_pen_width(self, width: float) -> None:
        self._pen_width = float(width)
        # One pen width for all strokes, as the recognizer rasterises them: finished ink is redrawn with it.
        self._invalidate()
        if self._strokes:
            self.drawingChanged.emit()

    def set_eraser(self, on: bool) -> None:
        changed = self._eraser != bool(on)
        self._eraser = bool(on)
        self.setCursor(Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.CrossCursor)
        self._show_mode_tip()
        if changed:
            self.eraserChanged.emit(self._eraser)

    def _show_mode_tip(self) -> None:
        """What Esc does depends on the tool (escape): the tooltip says so for the one in hand."""
        self.setToolTip(translate("recognize", "Erasing: drag across a stroke to remove it. Esc goes back to the pen, "
                                               "then Esc clears.") if self._eraser
                        else translate("recognize", "Draw here. Esc clears, Ctrl+Z undoes, Ctrl+Shift+Z redoes."))

    def escape(self) -> None:
        """Esc: with the eraser on, back to the pen (the way out a user tries first); with the pen, clear."""
        if self._eraser:
            self.set_eraser(False)
        else:
            self.clear()

    def eraser(self) -> bool:
        return self._eraser

    def set_show_grid(self, on: bool) -> None:
        self._show_grid = bool(on)
        self._invalidate()

    def show_grid(self) -> bool:
        return self._show_grid

    def set_guide_lines(self, lines: tuple[float, ...], caption: str = "") -> None:
        """Ruled lines across the pad at these fractions of its height (cap line, x-height, baseline for letter
        models, which read the case of c/C, o/O, … from them; the middle for kana models, small kana below it);
        () for none. ``caption`` is written small under the last line's right end."""
        lines = tuple(float(y) for y in lines)
        if (lines, caption) != (self._guide_lines, self._guide_caption):
            self._guide_lines, self._guide_caption = lines, caption
            self._invalidate()

    def guide_lines(self) -> tuple[float, ...]:
        return self._guide_lines

    def guide_caption(self) -> str:
        return self._guide_caption

    def set_image(self, image: QImage | None, source: object = None) -> None:
        """Show an image instead of ink (an opened, pasted or dropped picture; ``source``: what it was made from,
        given back by :meth:`image_source`). Drawing on it replaces it; undo brings it back."""
        picture = None if image is None or image.isNull() else Picture(image, source)
        if picture is not None:
            self._undo.append(self.ink_state())
            self._redo.clear()
            self._strokes = ()
        self._picture = picture
        self._invalidate()
        self.imageChanged.emit()

    def image(self) -> QImage | None:
        return self._picture.image if self._picture is not None else None

    def image_source(self) -> object:
        return self._picture.source if self._picture is not None else None

    def set_overlay(self, image: QImage | None, box: QRectF | None) -> None:
        """Paint ``image`` over the ink, stretched onto ``box`` (canvas units); None removes it. Painted on top
        of the cached ink layer, never into it, so changing it costs one blit."""
        self._overlay = None if image is None or box is None else (image, QRectF(box))
        self.update()

    def overlay(self) -> tuple[QImage, QRectF] | None:
        return self._overlay

    # -- geometry ---------------------------------------------------------------------------------------------------
    def canvas_rect(self) -> QRectF:
        """Where the square canvas lies in the widget (centred, as large as fits)."""
        side = max(1.0, min(self.width(), self.height()) - 2.0)
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _scale(self) -> float:
        return self.canvas_rect().width() / CANVAS_SIDE

    def to_canvas(self, pos: QPointF) -> tuple[float, float]:
        rect = self.canvas_rect()
        s = self._scale()
        x = min(max((pos.x() - rect.left()) / s, 0.0), CANVAS_SIDE)
        y = min(max((pos.y() - rect.top()) / s, 0.0), CANVAS_SIDE)
        return x, y

    def to_widget(self, x: float, y: float) -> QPointF:
        rect = self.canvas_rect()
        s = self._scale()
        return QPointF(rect.left() + x * s, rect.top() + y * s)

    # -- strokes ----------------------------------------------------------------------------------------------------
    def _commit(self, strokes: tuple[Stroke, ...], clear_image: bool = False) -> None:
        previous = self._strokes
        if not self._picture_pushed:
            self._undo.append(self.ink_state())
        self._picture_pushed = False
        dropped = bool(self._redo)
        self._redo.clear()
        if dropped:
            self.redoDropped.emit()
        self._strokes = strokes
        if clear_image:
            self._set_picture(None)
        if not strokes:
            self._t0 = None
        appended = len(strokes) == len(previous) + 1 and all(a is b for a, b in zip(strokes, previous))
        self._changed(strokes[-1] if appended else None)

    def _changed(self, appended: Stroke | None = None) -> None:
        # The guide's caption is a hint for an empty pad: the first stroke renders the paper again without it, so
        # no ink is written across it.
        first_under_caption = self._guide_caption and len(self._strokes) == 1
        if appended is not None and self._base is not None and not first_under_caption:
            self._append_to_layer(appended)
            self.update()
        else:
            self._invalidate()
        self.drawingChanged.emit()

    def _current_stroke(self) -> Stroke:
        return Stroke(np.asarray(self._points), np.asarray(self._times),
                      np.asarray(self._pressure) if self._has_pressure else None)

    def begin_stroke(self, pos: QPointF, pressure: float | None = None) -> None:
        self._picture_pushed = False
        if self._picture is not None:  # drawing replaces the picture, as one undo step with the stroke
            self._undo.append(self._picture)
            self._redo.clear()
            self._picture_pushed = not self._eraser
            self._set_picture(None)
            if self._eraser:  # nothing to erase on a picture: it is gone, and so is its answer
                self._changed()
        self._points, self._times, self._pressure = [], [], []
        self._has_pressure = pressure is not None
        self._erased_this_drag = False
        self._open = None if self._eraser else OpenStroke(self._layer().copy(), self.canvas_rect())
        self._reached_paper = False
        self._focusing_press = False
        self.extend_stroke(pos, pressure)

    def extend_stroke(self, pos: QPointF, pressure: float | None = None) -> None:
        if not self._reached_paper:
            self._reached_paper = self.canvas_rect().contains(pos)
        x, y = self.to_canvas(pos)
        if self._points and (x, y) == self._points[-1]:
            return
        now = time.monotonic()
        if self._t0 is None:
            self._t0 = now
        self._points.append((x, y))
        self._times.append(now - self._t0)
        self._pressure.append(1.0 if pressure is None else float(pressure))
        if self._eraser:
            self._erase_at(x, y)
            self.update()
            return
        if self._open is not None:
            changed = self._open.advance(*self._open_args())
            tail = np.asarray(self._points[-3:])
            box = QRectF(QPointF(*tail.min(0)), QPointF(*tail.max(0)))
            self._update_canvas_box(box if changed is None else box.united(changed))
        self.inkMoved.emit()

    def end_stroke(self) -> None:
        if not self._points:
            return
        if self._eraser:
            self._points = []
            if self._erased_this_drag:
                self.drawingChanged.emit()
            self.update()
            return
        # ... nor does the click that gave an empty pad the focus, if it did not move (on a picture too): its dot was
        # read as a character (walk 104). A tap on the pad that has the focus is a dot (a class "・" collects them).
        if not self._reached_paper or (self._focusing_press and len(self._points) == 1 and not self._strokes):
            self._drop_open_stroke()
            return
        stroke = self._current_stroke()
        self._points = []
        self._open = None
        self._commit(self._strokes + (stroke,))

    # A stroke (mouse, pen or touch) that began on the grey margin beside the paper and never reached it draws
    # nothing: a click there (to focus the window) left a dot at the paper's edge, read with the next drawing (a
    # fresh-eyes walk). One begun there that reaches the paper is kept whole, clamped onto its edge.
    _reached_paper = True
    _focusing_press = False  # the press of the stroke being drawn gave the pad the focus (see PadInput)

    def _drop_open_stroke(self) -> None:
        """Forget the open stroke; a picture it replaced comes back, as it was (its undo step taken back)."""
        self._points, self._open = [], None
        if self._picture_pushed:
            self._picture_pushed = False
            self._set_picture(self._undo.pop())
        self.update()

    def _erase_at(self, x: float, y: float) -> None:
        """Stroke eraser: a stroke the eraser touches goes (one undo step per drag)."""
        reach = ERASER_RADIUS + self._pen_width / 2
        keep = tuple(s for s in self._strokes if distance_to_polyline(s.points, x, y) > reach)
        if len(keep) != len(self._strokes):
            if not self._erased_this_drag:
                self._undo.append(self._strokes)
                self._redo.clear()
                self._erased_this_drag = True
            self._strokes = keep
            self._base = None
