"""Plot axes that count and speak the locale: the Train area's curves and Model info's history share them."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale

import pyqtgraph as pg


class LocaleAxis(pg.AxisItem):
    """Tick numbers with the locale's decimal sign (French read 0.5 on the axes beside 0,5 in every label)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 — pyqtgraph's name
        point = QLocale().decimalPoint()
        strings = super().tickStrings(values, scale, spacing)
        return strings if point == "." else [text.replace(".", point) for text in strings]


class CountAxis(LocaleAxis):
    """An axis of batches or epochs: they are counted, so no tick falls between two (a short run's batch axis read
    0.5, 1.5, …).

    Its first and last numbers sit within a few pixels of the axis's ends (the epoch axes run from 0.8 to the last
    epoch + 0.2), so half of each label lies past the end; pyqtgraph draws only labels inside the axis's bounding
    rectangle (with a grid: the axis and the plot, no margin), and in a plot narrower than ~200 px (the Train area
    at the window's minimum size) that hid every label. The rectangle reaches half a label further each way."""

    OVERFLOW = 12  # px: half of "100", the widest label a short run's end shows

    def boundingRect(self):  # noqa: N802 — Qt's name
        return super().boundingRect().adjusted(-self.OVERFLOW, 0, self.OVERFLOW, 0)

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 — pyqtgraph's names
        levels = [(spacing, [v for v in values if float(v).is_integer()])
                  for spacing, values in super().tickValues(minVal, maxVal, size) if spacing >= 1]
        levels = [(spacing, values) for spacing, values in levels if values]
        return levels or [(1.0, [float(v) for v in range(math.ceil(minVal), math.floor(maxVal) + 1)])]


__all__ = ["CountAxis", "LocaleAxis"]
