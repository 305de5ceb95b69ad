"""Painting ink for the drawing pad: smoothed stroke paths, pressure strokes, the guide grid, and the layer cache.

Why a cache: stroking wide anti-aliased curves is slow in Qt's raster engine (tens of ms for a few long strokes,
hundreds for a scribbled page), and a move event must never wait for that. Finished strokes are rendered once into
an image (``InkLayers.base``); the open stroke is drawn onto a copy of it one stable segment at a time, so a paint
event is one image blit plus the short segment that is still changing.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from guiapp.core.strokes import MIN_PRESSURE_WIDTH

INK = QColor(20, 20, 28)
PAPER = QColor(255, 255, 255)
GUIDE = QColor(200, 206, 216)
BORDER = QColor(170, 176, 186)
CONTRAST_GUIDE, CONTRAST_BORDER = QColor(110, 116, 126), QColor(70, 76, 86)  # ≥ 4.5:1 on the paper
MNIST_BOX = 20.0 / 28.0  # MNIST fits the ink into 20×20 of 28×28: the guide box shows that area


def smooth_path(points: np.ndarray) -> QPainterPath:
    """Quadratic smoothing: curves through the midpoints of successive points, each point the control point."""
    path = QPainterPath(QPointF(*points[0]))
    if len(points) == 1:
        path.lineTo(QPointF(points[0][0] + 0.01, points[0][1]))  # a dot still gets a round cap
        return path
    if len(points) == 2:
        path.lineTo(QPointF(*points[1]))
        return path
    for i in range(1, len(points) - 1):
        mid = (points[i] + points[i + 1]) / 2.0
        path.quadTo(QPointF(*points[i]), QPointF(*mid))
    path.lineTo(QPointF(*points[-1]))
    return path


def ink_pen(width: float) -> QPen:
    return QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)


def pressure_widths(pen_width: float, pressure: np.ndarray) -> np.ndarray:
    """Width per point, as the core's rasteriser maps pressure to width."""
    return pen_width * (MIN_PRESSURE_WIDTH + (1 - MIN_PRESSURE_WIDTH) * pressure)


def paint_stroke(painter: QPainter, points: np.ndarray, pressure: np.ndarray | None, pen_width: float) -> None:
    """One whole stroke in canvas units (the painter maps canvas units to pixels)."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if pressure is None:
        painter.setPen(ink_pen(pen_width))
        painter.drawPath(smooth_path(points))
        return
    widths = pressure_widths(pen_width, pressure)
    if len(points) == 1:
        painter.setPen(ink_pen(float(widths[0])))
        painter.drawPoint(QPointF(*points[0]))
        return
    for i in range(len(points) - 1):  # the width changes along the stroke: a pen per segment
        painter.setPen(ink_pen(float(widths[i])))
        painter.drawLine(QPointF(*points[i]), QPointF(*points[i + 1]))


def paint_paper(painter: QPainter, widget_rect: QRectF, canvas: QRectF, background: QColor, grid: bool,
                image: QImage | None, lines: tuple[float, ...] = (), caption: str = "") -> None:
    from guiapp.qt.theme import is_high_contrast  # (theme imports nothing of the pad's)

    # In the high-contrast theme the guides are darker: 1.6:1 on the white paper, gone on a projector (walk 134)
    guide, border = (CONTRAST_GUIDE, CONTRAST_BORDER) if is_high_contrast() else (GUIDE, BORDER)
    painter.fillRect(widget_rect, background)
    painter.fillRect(canvas, PAPER)
    painter.setPen(QPen(border, 1))
    painter.drawRect(canvas)
    if image is not None:
        size = image.size().scaled(canvas.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(0, 0, size.width(), size.height())
        target.moveCenter(canvas.center())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)
        return
    # Ruled lines (a letter model's cap line, x-height and baseline): the last, the baseline, solid and darker. A
    # single line (a kana model's middle: small kana go below it) is a plain light one.
    for i, fraction in enumerate(lines):
        last = i == len(lines) - 1 and len(lines) > 1
        painter.setPen(QPen(border if last else guide, 1.5 if last else 1,
                            Qt.PenStyle.SolidLine if last or len(lines) == 1 else Qt.PenStyle.DashLine))
        y = canvas.top() + fraction * canvas.height()
        painter.drawLine(QPointF(canvas.left() + 6, y), QPointF(canvas.right() - 6, y))
    if caption and lines:  # what the last line is for, small, at its right end just under it
        painter.setPen(border)
        y = canvas.top() + lines[-1] * canvas.height()
        painter.drawText(QRectF(canvas.left() + 6, y + 2, canvas.width() - 12, canvas.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), caption)
    # Grid off: no box and cross, but a model's ruled lines stay, as a writing pad's do: they say where a small kana
    # or a small letter goes, which the pad reads (the kana's line went with the grid: walk 129)
    if not lines and grid:  # the MNIST box means nothing to a model that reads the ruled lines
        painter.setPen(QPen(guide, 1, Qt.PenStyle.DashLine))
        c = canvas.center()
        painter.drawLine(QPointF(c.x(), canvas.top() + 6), QPointF(c.x(), canvas.bottom() - 6))
        painter.drawLine(QPointF(canvas.left() + 6, c.y()), QPointF(canvas.right() - 6, c.y()))
        side = canvas.width() * MNIST_BOX
        painter.drawRect(QRectF(c.x() - side / 2, c.y() - side / 2, side, side))


class OpenStroke:
    """Incremental drawing of the stroke under the pen onto ``image``: a smooth-path segment becomes final once
    the point after its control point is known (the segment ends at that midpoint); only the tail from the last
    final point to the pen stays live."""

    def __init__(self, image: QImage, clip: QRectF | None = None) -> None:
        self.image = image
        self.clip = clip  # the pad's square, in widget pixels: no ink past it
        self.done = 1  # smooth-path segments are indexed by their control point; 1..done-1 are on the image

    def _painter(self, scale: float, origin: QPointF) -> QPainter:
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.clip is not None:
            painter.setClipRect(self.clip)
        painter.translate(origin)
        painter.scale(scale, scale)
        return painter

    def advance(self, points: np.ndarray, pressure: np.ndarray | None, pen_width: float, scale: float,
                origin: QPointF) -> QRectF | None:
        """Draw the segments that became final; returns the canvas-unit rect that changed (or None)."""
        n = len(points)
        if pressure is not None:
            first, last = self.done - 1, n - 2  # segment i joins point i and i + 1
        else:
            first, last = self.done, n - 2  # segment i: quad with control point i, ends at mid(i, i + 1)
        if last < first:
            return None
        painter = self._painter(scale, origin)
        if pressure is not None:
            widths = pressure_widths(pen_width, pressure)
            for i in range(first, last + 1):
                painter.setPen(ink_pen(float(widths[i])))
                painter.drawLine(QPointF(*points[i]), QPointF(*points[i + 1]))
        else:
            painter.setPen(ink_pen(pen_width))
            path = QPainterPath(QPointF(*self.tail_start(points, first)))
            for i in range(first, last + 1):
                path.quadTo(QPointF(*points[i]), QPointF(*((points[i] + points[i + 1]) / 2.0)))
            painter.drawPath(path)
        painter.end()
        self.done = last + 1 if pressure is None else last + 2
        box = points[max(first - 1, 0): last + 2]
        return QRectF(QPointF(*box.min(0)), QPointF(*box.max(0)))

    @staticmethod
    def tail_start(points: np.ndarray, i: int) -> np.ndarray:
        return points[0] if i <= 1 else (points[i - 1] + points[i]) / 2.0

    def paint_tail(self, painter: QPainter, points: np.ndarray, pressure: np.ndarray | None, pen_width: float) -> None:
        """The live end of the stroke (canvas units), drawn by the widget's paint event on top of the image."""
        n = len(points)
        if pressure is not None:
            width = float(pressure_widths(pen_width, pressure[-1:])[0])
            painter.setPen(ink_pen(width))
            start = points[-2] if n > 1 else points[-1] + (0.01, 0)
            painter.drawLine(QPointF(*start), QPointF(*points[-1]))
            return
        painter.setPen(ink_pen(pen_width))
        start = self.tail_start(points, self.done) if n > 1 else points[0] + (0.01, 0)
        painter.drawLine(QPointF(*start), QPointF(*points[-1]))


def new_layer(size: QSize, ratio: float) -> QImage:
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    return image


def paint_overlay(painter: QPainter, image: QImage, box: QRectF, canvas: QRectF, scale: float) -> None:
    """A heat image over the canvas region ``box`` (canvas units), smoothly scaled, clipped to the canvas."""
    painter.save()
    painter.setClipRect(canvas)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    target = QRectF(canvas.left() + box.left() * scale, canvas.top() + box.top() * scale,
                    box.width() * scale, box.height() * scale)
    painter.drawImage(target, image)
    painter.restore()
