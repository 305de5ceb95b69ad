"""How the drawing pad paints (a mixin of :class:`~guiapp.qt.recognize.pad.DrawingPad`): finished ink rendered once
into a cached layer, the stroke being drawn painted over a copy of it, repaints limited to the pen's reach."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from guiapp.core.strokes import Stroke
from guiapp.qt.i18n import translate
from guiapp.qt.recognize.ink import OpenStroke, new_layer, paint_overlay, paint_paper, paint_stroke

ERASER_RADIUS = 10.0  # canvas units
ERASER_RED = QColor(200, 60, 60)


class PadPainting:
    def _invalidate(self) -> None:
        """Finished ink must be rendered again (strokes, size, grid, pen width or picture changed)."""
        self._base = None
        self.update()

    def _origin(self) -> QPointF:
        return self.canvas_rect().topLeft()

    def _layer(self) -> QImage:
        """Paper, grid or picture, and every finished stroke, rendered once until something changes."""
        if self._base is None or self._base.deviceIndependentSize().toSize() != self.size():
            image = new_layer(self.size(), self.devicePixelRatioF())
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint_paper(painter, QRectF(self.rect()), self.canvas_rect(), self.palette().base().color(),
                        self._show_grid, self.image(), self._guide_lines,
                        "" if self._strokes else self._guide_caption)
            painter.setClipRect(self.canvas_rect())  # see paintEvent
            painter.translate(self._origin())
            painter.scale(self._scale(), self._scale())
            for stroke in self._strokes:
                paint_stroke(painter, stroke.points, stroke.pressure, self._pen_width)
            painter.end()
            self._base = image
        return self._base

    def _append_to_layer(self, stroke: Stroke) -> None:
        """A stroke was added: draw just it onto the cached layer instead of rendering everything again."""
        painter = QPainter(self._base)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(self.canvas_rect())  # see paintEvent
        painter.translate(self._origin())
        painter.scale(self._scale(), self._scale())
        paint_stroke(painter, stroke.points, stroke.pressure, self._pen_width)
        painter.end()

    def _update_canvas_box(self, box: QRectF | None) -> None:
        """Repaint only the pixels around a canvas-unit box (the pen's reach included)."""
        if box is None:
            return
        s = self._scale()
        margin = self._pen_width * s + 4
        rect = QRectF(self._origin() + box.topLeft() * s, self._origin() + box.bottomRight() * s)
        self.update(rect.adjusted(-margin, -margin, margin, margin).toAlignedRect())

    def changeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().changeEvent(event)
        # The other theme: the paper round the square is the palette's, cached with the ink. It kept the old
        # theme's colour until the next stroke (white bands beside the pad in the dark theme, dark in the light:
        # two walks)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and hasattr(self, "_base"):
            self._invalidate()

    def resizeEvent(self, event) -> None:
        self._base = None
        self._open = None if not self._points else self._reopen()
        super().resizeEvent(event)

    def _reopen(self) -> OpenStroke:
        open_stroke = OpenStroke(self._layer().copy(), self.canvas_rect())
        open_stroke.advance(*self._open_args())
        return open_stroke

    def _open_args(self):
        pressure = np.asarray(self._pressure) if self._has_pressure else None
        return np.asarray(self._points), pressure, self._pen_width, self._scale(), self._origin()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        if self._open is not None and self._points and not self._eraser:
            painter.drawImage(0, 0, self._open.image)
            # The stroke's own transform and clip end with it: the "where it looked" map painted after it was
            # shifted and scaled again, right of the ink, until the pen lifted (a walk).
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # Ink stays inside the pad's square: points are clamped to its edge, and a stroke along the edge
            # painted its pen's width past the frame (a fresh-eyes walk drew a wide ∞).
            painter.setClipRect(self.canvas_rect())
            painter.translate(self._origin())
            painter.scale(self._scale(), self._scale())
            points, pressure, pen_width, _, _ = self._open_args()
            self._open.paint_tail(painter, points, pressure, pen_width)
            painter.restore()
        else:
            painter.drawImage(0, 0, self._layer())
        if self._overlay is not None:
            paint_overlay(painter, *self._overlay, self.canvas_rect(), self._scale())
        if self._eraser:
            self._paint_eraser_note(painter)
        if self._points and self._eraser:
            s = self._scale()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.translate(self._origin())
            painter.scale(s, s)
            x, y = self._points[-1]
            painter.setPen(QPen(ERASER_RED, 1.0 / s))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(x, y), ERASER_RADIUS, ERASER_RADIUS)
        painter.end()

    def _paint_eraser_note(self, painter: QPainter) -> None:
        """The eraser in hand, said on the pad itself: E (a key a child pressed while writing) switched to it with
        only a toolbar button's highlight to show it, and the next strokes drew nothing (walk 112)."""
        canvas = self.canvas_rect()
        painter.save()
        painter.setPen(ERASER_RED)
        painter.drawRect(canvas.adjusted(1, 1, -1, -1))
        # wrapped within the pad: on one line, a French pad of 1024×640 cut it at both ends (walk 143)
        painter.drawText(canvas.adjusted(6, 4, -6, -4), int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                                            | Qt.TextFlag.TextWordWrap),
                         translate("recognize", "Eraser: drag across a stroke to remove it · P or Esc: pen"))
        painter.restore()
