"""What the model sees: the preprocessed input exactly as the network gets it, enlarged with square pixels."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from guiapp.core.preprocess import VALUE_RANGES
from guiapp.qt.i18n import translate


def model_input_image(model_input: np.ndarray, value_range: str = "0..1") -> QImage:
    """(H, W, C) model input → a grey/RGB QImage exactly as the model gets it (its value range → 0..255)."""
    lo, hi = VALUE_RANGES.get(value_range, (float(np.min(model_input)), float(np.max(model_input)) or 1.0))
    scaled = np.clip((np.asarray(model_input, np.float32) - lo) * (255.0 / (hi - lo)), 0, 255).astype(np.uint8)
    h, w = scaled.shape[:2]
    if scaled.ndim == 3 and scaled.shape[2] == 3:
        data = np.ascontiguousarray(scaled)
        return QImage(data.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
    data = np.ascontiguousarray(scaled.reshape(h, w))
    return QImage(data.data, w, h, w, QImage.Format.Format_Grayscale8).copy()


class ModelInputView(QWidget):
    """The preprocessed input, enlarged with square pixels and a faint pixel grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.setMinimumSize(72, 72)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setToolTip(translate("recognize", "What the model sees: the exact input the network gets, enlarged"))

    def sizeHint(self) -> QSize:
        return QSize(140, 140)

    def set_input(self, model_input: np.ndarray | None, value_range: str = "0..1") -> None:
        self.image = None if model_input is None else model_input_image(model_input, value_range)
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        target = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter.fillRect(target, QColor(24, 24, 28))
        if self.image is not None:
            iw, ih = self.image.width(), self.image.height()
            cell = side / max(iw, ih)
            center = target.center()
            target = QRectF(center.x() - iw * cell / 2, center.y() - ih * cell / 2, iw * cell, ih * cell)
            painter.drawImage(target, self.image)  # no smoothing: each model pixel stays a square
            if cell >= 6:
                painter.setPen(QPen(QColor(90, 90, 100, 22), 1))
                for i in range(1, iw):
                    x = target.left() + i * cell
                    painter.drawLine(int(x), int(target.top()), int(x), int(target.bottom()))
                for j in range(1, ih):
                    y = target.top() + j * cell
                    painter.drawLine(int(target.left()), int(y), int(target.right()), int(y))
        else:  # the empty state says what will appear here
            painter.setPen(QColor(170, 172, 180))
            # Clear of the frame: Japanese's longer line ran from edge to edge (a walk at 1024×640); smaller
            # rather than broken mid-word where the window leaves the view small ("ネットワー / クへの": a walk)
            text = translate("recognize", "The network's input\nappears here")
            room = target.adjusted(8, 8, -8, -8)
            painter.setFont(fitted_font(painter.font(), text, room.size()))
            painter.drawText(room, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        painter.setPen(QColor(120, 120, 130))
        # On whole pixels, around all of the picture: on the half pixel an odd width puts it at, the picture's last
        # column showed past the frame's right edge (a walk at the window's minimum size).
        left, top = math.floor(target.left() + 1e-6), math.floor(target.top() + 1e-6)  # -0.0000001 is 0 here
        right, bottom = math.ceil(target.right() - 1e-6), math.ceil(target.bottom() - 1e-6)
        painter.drawRect(QRect(left, top, right - left - 1, bottom - top - 1))
        painter.end()


def fitted_font(font: QFont, text: str, room: QSizeF, smallest: float = 6.0) -> QFont:
    """``font``, made smaller (down to ``smallest`` points) until each of ``text``'s lines fits ``room``."""
    font = QFont(font)
    lines = text.split("\n")
    while font.pointSizeF() > smallest:
        metrics = QFontMetricsF(font)
        if (max(metrics.horizontalAdvance(line) for line in lines) <= room.width()
                and metrics.lineSpacing() * len(lines) <= room.height()):
            break
        font.setPointSizeF(font.pointSizeF() - 0.5)
    return font


__all__ = ["ModelInputView", "fitted_font", "model_input_image"]
