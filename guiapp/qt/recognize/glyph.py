"""Painting a class label so that kana and kanji always show, even on a system without a CJK font.

Qt falls back to any installed font that has a glyph; when none has, it draws an empty box ("tofu"). We ask Qt's
own text layout which glyphs it would use (glyph index 0 is the missing glyph) and, for a single character with no
font, draw the character from its stroke template instead (KanjiVG, which the app ships for every built-in
character). Results are cached per font family and text.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTextLayout

from guiapp.core import kana
from guiapp.core.datasets.fonts import IDEOGRAPHIC_DESCENT
from guiapp.qt.recognize.ink import smooth_path

TEMPLATE_BOX = 109.0


@lru_cache(maxsize=4096)
def _font_has(family: str, text: str) -> bool:
    font = QFont(family)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    if not runs:
        return not text.strip()
    return all(0 not in run.glyphIndexes() for run in runs)


def font_renders(text: str, font: QFont | None = None) -> bool:
    """True when Qt can draw every character of ``text`` with ``font`` or one of its fallbacks."""
    return _font_has((font or QFont()).family(), text)


@lru_cache(maxsize=1024)
def _template_path(char: str) -> QPainterPath | None:
    """The character's first written form as one painter path in the 109×109 template box, or None."""
    from guiapp.core.datasets.templates import TemplateError, has_template, templates_for

    if len(char) != 1 or not has_template(char):
        return None
    try:
        template = templates_for(char)[0]
    except (TemplateError, OSError):
        return None
    path = QPainterPath()
    for stroke in template.strokes:
        path.addPath(smooth_path(stroke))
    return path


def can_paint(text: str, font: QFont | None = None) -> bool:
    return font_renders(text, font) or _template_path(text) is not None


MIN_LABEL_PIXELS = 9
SMALL_KANA_SCALE = 0.75


def _fitted(font: QFont, text: str, width: float) -> tuple[QFont, str]:
    """A label wider than its place (a class named "right" in a box sized for one character): the font made
    smaller, down to a readable size, then the text elided; a label that fits is drawn as it is."""
    metrics = QFontMetricsF(font)
    wide = metrics.horizontalAdvance(text)
    if wide <= width or wide <= 0:
        return font, text
    fitted = QFont(font)
    pixels = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 4 / 3
    fitted.setPixelSize(max(MIN_LABEL_PIXELS, int(pixels * width / wide)))
    metrics = QFontMetricsF(fitted)
    if metrics.horizontalAdvance(text) > width:
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return fitted, text


def paint_label(painter: QPainter, rect: QRectF, text: str, font: QFont, color: QColor,
                align=Qt.AlignmentFlag.AlignCenter) -> None:
    """Draw ``text`` in ``rect``: with the font when it has the glyphs, else from the stroke template."""
    if font_renders(text, font):
        font, text = _fitted(font, text, rect.width())
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect, int(align) | int(Qt.AlignmentFlag.AlignVCenter), text)
        return
    path = _template_path(text)
    if path is None:  # no font and no template: Qt's box is still better than nothing
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect, int(align) | int(Qt.AlignmentFlag.AlignVCenter), text)
        return
    # The template box is a full em; draw it at the font's cap height-ish size, centred like text would be.
    side = min(rect.height(), max(font.pixelSize(), font.pointSizeF() * 4 / 3, 10) * 1.15)
    scale = side / TEMPLATE_BOX
    if align & Qt.AlignmentFlag.AlignLeft:
        left = rect.left()
    elif align & Qt.AlignmentFlag.AlignRight:
        left = rect.right() - side
    else:
        left = rect.center().x() - side / 2
    top = rect.center().y() - side / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(QPointF(left, top))
    painter.scale(scale, scale)
    width = max(6.0, 1.6 / scale * (1.6 if font.bold() else 1.0))
    painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def paint_kana_cell(painter: QPainter, rect: QRectF, text: str, font: QFont, color: QColor, cell: QColor) -> bool:
    """A kana drawn in its writing cell, a dotted em box centred in ``rect``, standing on the cell's ideographic
    baseline as print puts it: a small kana (っ) shows small in the cell's lower part where a full-size one (つ)
    fills it, which the bare glyph at a row's size cannot show. False (nothing drawn) for other labels and where
    no font has the kana (``paint_label`` draws those)."""
    if not kana.is_kana(text) or not font_renders(text, font) or font.pixelSize() <= 0:
        return False
    side = float(font.pixelSize())
    box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    painter.save()
    painter.setPen(QPen(cell, 1, Qt.PenStyle.DotLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)
    if text in kana.SMALL_TO_LARGE:
        # Fonts draw small kana at ~0.8 of a large one (VL Gothic's っ is 40 px wide where つ is 50): at a row's size
        # that looks like the large kana. Written small, as a hand does, it is plainly the small one.
        font = QFont(font)
        font.setPixelSize(max(MIN_LABEL_PIXELS, round(side * SMALL_KANA_SCALE)))
    painter.setFont(font)
    painter.setPen(color)
    advance = QFontMetricsF(font).horizontalAdvance(text)
    painter.drawText(QPointF(rect.center().x() - advance / 2, box.bottom() - IDEOGRAPHIC_DESCENT * side), text)
    painter.restore()
    return True
