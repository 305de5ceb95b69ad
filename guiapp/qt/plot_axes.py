"""Plot axes that count and speak the locale (the Train area's curves and Model info's history share them), and
the class axis of the confusion matrix and the Datasets tab's class chart."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics

import pyqtgraph as pg


class WholeLabelAxis(pg.AxisItem):
    """An axis whose title fits in it: pyqtgraph gives a horizontal axis 0.8 of its title's height and sets the
    title 5 px below its foot, so the title ran past the plot's edge, and the confusion matrix's "predicted" was cut
    in half at the window's minimum size (walk 107). The axis takes the title's whole height, the title its foot."""

    NUDGE = 5  # pyqtgraph's, in AxisItem.resizeEvent

    def _updateHeight(self) -> None:  # noqa: N802 — pyqtgraph's name
        super()._updateHeight()
        if self.fixedHeight is None and self.label is not None and self.isVisible() and self.label.isVisible():
            height = self.maximumHeight() + 0.2 * self.label.boundingRect().height()
            self.setMaximumHeight(height)
            self.setMinimumHeight(height)

    def resizeEvent(self, event=None) -> None:  # noqa: N802 — Qt's name
        super().resizeEvent(event)
        if self.label is not None and self.orientation == "bottom":
            self.label.setY(self.label.y() - self.NUDGE)


class LocaleAxis(WholeLabelAxis):
    """Tick numbers with the locale's decimal sign (French read 0.5 on the axes beside 0,5 in every label), zero
    written with its neighbours' decimals.

    A vertical axis's end numbers (0 and 1.0 of an accuracy) sit on the plot's top and bottom edges, half their
    height past them; pyqtgraph draws only labels inside the axis's bounding rectangle (with a grid: the axis and
    the plot, no margin), so a taller font (Chinese and Japanese windows) lost both ends. The rectangle reaches
    half a line further up and down."""

    def boundingRect(self):  # noqa: N802 — Qt's name
        rect = super().boundingRect()
        if self.orientation not in ("left", "right"):
            return rect
        half = QFontMetrics(self.style["tickFont"] or self.font()).height() / 2
        return rect.adjusted(0, -half, 0, half)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 — pyqtgraph's name
        point = QLocale().decimalPoint()
        strings = super().tickStrings(values, scale, spacing)
        # Zero with as many decimals as its neighbours: pyqtgraph writes it "%g" ("0" under 0.2, 0.4 … 1.0).
        places = max(0, math.ceil(-math.log10(spacing * scale))) if spacing * scale > 0 else 0
        strings = [f"{0.0:.{places}f}" if text in ("0", "-0") else text for text in strings]
        return strings if point == "." else [text.replace(".", point) for text in strings]


class PercentAxis(LocaleAxis):
    """An axis of shares (0–1) numbered as percentages (its title says "%"), as every label beside the plots writes
    them: a class read "validation accuracy 97.1 %" beside an axis of 0.2 … 1.0 (a walk). The sign is in the title,
    not on each tick: "100 %" in a Chinese window's font took half of a narrow plot's width."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 — pyqtgraph's name
        return super().tickStrings([100 * value for value in values], scale, 100 * spacing)


class CountAxis(LocaleAxis):
    """An axis of batches or epochs: they are counted, so no tick falls between two (a short run's batch axis read
    0.5, 1.5, …).

    Its first and last numbers sit within a few pixels of the axis's ends (the epoch axes run from 0.8 to the last
    epoch + 0.2), so half of each label lies past the end; pyqtgraph draws only labels inside the axis's bounding
    rectangle (with a grid: the axis and the plot, no margin), and in a plot narrower than ~200 px (the Train area
    at the window's minimum size) that hid every label. The rectangle reaches half a label further each way."""

    OVERFLOW = 12  # px: half of "100", the widest label a short run's end shows

    # the axes of the same counts beside it (see tick_alike); a class default: pyqtgraph resizes an axis in its
    # __init__
    peers: tuple = ()

    def boundingRect(self):  # noqa: N802 — Qt's name
        return super().boundingRect().adjusted(-self.OVERFLOW, 0, self.OVERFLOW, 0)

    def resizeEvent(self, event=None) -> None:  # noqa: N802 — Qt's name
        super().resizeEvent(event)
        for peer in self.peers:  # their step may follow this one's length
            peer.picture = None
            peer.update()

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 — pyqtgraph's names
        levels = [(spacing, [v for v in values if float(v).is_integer()])
                  for spacing, values in super().tickValues(minVal, maxVal, size) if spacing >= 1]
        levels = [(spacing, values) for spacing, values in levels if values]
        if self.orientation not in ("top", "bottom") or maxVal <= minVal:
            return levels or [(1.0, [float(v) for v in range(math.ceil(minVal), math.floor(maxVal) + 1)])]
        # Every 1st, 2nd, 5th, 10th … count, the first whose labels do not run together: every epoch of 12 in Model
        # info's 250 px read "9 101112" (walk 134); at least a label's width and a space between two
        # (ticked as the narrowest of its peers: "1 2 3 … 10" under the loss beside "2 4 … 10" under the
        # accuracy, a few pixels narrower for its axis's longer numbers: walk 153)
        size = min([size, *(width for peer in self.peers if peer.isVisible() and (width := peer.size().width()) > 0)])
        per_unit = size / (maxVal - minVal)
        room = QFontMetrics(self.style["tickFont"] or self.font()).horizontalAdvance(f"{math.floor(maxVal)} ") + 2
        step = next(n * scale for scale in (1, 10, 100, 1000, 10_000, 100_000, 1_000_000) for n in (1, 2, 5)
                    if n * scale * per_unit >= room)
        return [(float(step), [float(v) for v in range(math.ceil(minVal / step) * step, math.floor(maxVal) + 1, step)])]


def tick_alike(axes: list[CountAxis]) -> None:
    """The ``axes`` (of plots side by side over the same counts) step their ticks alike."""
    for axis in axes:
        axis.peers = [peer for peer in axes if peer is not axis]


class ClassAxis(WholeLabelAxis):
    """An axis of classes, class ``i`` at ``i + offset``: as many class names as its length holds without
    overlapping (every class, or every 2nd, 3rd… one), chosen again as it is resized or its view's range changes.
    A fixed step wrote an 84-class matrix's names over one another at the window's minimum size, and named only
    every other digit in a chart tall enough for all ten (a walk). Along a horizontal axis a name wider than its
    column is cut to it with "…" (one's own classes ran into each other: "9checkplus wave"); the full names are in
    the table beside each plot."""

    LEAST_CHARACTERS = "0…"  # a labelled column holds at least a character of its name and "…"

    def __init__(self, orientation: str, offset: float = 0.0) -> None:
        super().__init__(orientation)
        self.offset = offset
        self.classes: list[str] = []
        self.step = 0
        self._shown_for: tuple | None = None  # (step, room) the ticks were set for
        self._column_need_for: tuple[tuple[int, int], int] | None = None  # (font key, width): see _column_need

    def set_classes(self, labels: list[str]) -> None:
        self.classes, self.step, self._column_need_for, self._shown_for = list(labels), 0, None, None
        self._fit_ticks()

    def _vertical(self) -> bool:
        return self.orientation in ("left", "right")

    def _fit_ticks(self) -> None:
        k = len(getattr(self, "classes", ()))  # none yet while pyqtgraph builds the axis (it is resized then)
        if not k:
            return
        metrics = QFontMetrics(self.style["tickFont"] or self.font())
        length = self.geometry().height() if self._vertical() else self.geometry().width()
        view = self.linkedView()
        low, high = view.viewRange()[1 if self._vertical() else 0] if view is not None else (0.0, float(k))
        per_class = length / (high - low) if length > 0 and high > low else 0.0
        need = metrics.height() + 2 if self._vertical() else self._column_need(metrics)  # + air between two names
        step = max(1, math.ceil(need / per_class)) if per_class > 0 else max(1, k // 30)
        # Cut to their room here, before pyqtgraph places them: its columns' width, centred on its own column, and no
        # more than reaches the axis's ends. Cut as pyqtgraph drew them, names were measured whole and those reaching
        # past the axis's ends dropped: Fashion-MNIST's "T-shirt/top" and "Ankle boot" (walks 139, 141)
        room = None if self._vertical() or per_class <= 0 else (per_class * step, low, length)
        if (step, room) != self._shown_for:
            self.step, self._shown_for = step, (step, room)
            shown = range(0, k, step)
            names = [self.classes[i] for i in shown]
            if room is not None:
                names = [metrics.elidedText(name, Qt.TextElideMode.ElideRight, self._room(i, per_class, step, low,
                                                                                         length))
                         for i, name in zip(shown, names)]
            self.setTicks([[(i + self.offset, name) for i, name in zip(shown, names)], []])

    def _room(self, i: int, per_class: float, step: int, low: float, length: float) -> int:
        """The width class ``i``'s name may take along the axis, in pixels (a few left as air between names)."""
        centre = (i + self.offset - low) * per_class
        return max(4, int(min(per_class * step, 2 * centre, 2 * (length - centre))) - 4)

    def _column_need(self, metrics: QFontMetrics) -> int:
        """The width a labelled column needs: its widest name, or at least a character and "…". Measured once per
        set of names and font: a kanji model's 2,136 names were measured on every resize and range change."""
        least = metrics.horizontalAdvance(self.LEAST_CHARACTERS)
        key = (least, metrics.height())  # the font, as far as the widths go
        if self._column_need_for is None or self._column_need_for[0] != key:
            widest = max(metrics.horizontalAdvance(label) for label in self.classes)
            self._column_need_for = (key, min(widest, least) + 4)
        return self._column_need_for[1]

    def _updateWidth(self) -> None:  # noqa: N802 — pyqtgraph's name
        # A vertical axis of names is as wide as its longest name and 0.8 of its title's height, and the title is set
        # 5 px out past its edge: a Japanese "正解" ran into "うずまき" (walk 168). Its whole height, and the 5 px.
        super()._updateWidth()
        if self.fixedWidth is None and self.label is not None and self.isVisible() and self.label.isVisible():
            width = self.maximumWidth() + 0.2 * self.label.boundingRect().height() + self.NUDGE
            self.setMaximumWidth(width)
            self.setMinimumWidth(width)

    def resizeEvent(self, event=None) -> None:  # noqa: N802 — Qt's name
        self._fit_ticks()
        super().resizeEvent(event)

    def linkedViewChanged(self, view, newRange=None) -> None:  # noqa: N802, N803 — pyqtgraph's names
        super().linkedViewChanged(view, newRange)
        self._fit_ticks()


__all__ = ["ClassAxis", "CountAxis", "LocaleAxis", "PercentAxis"]
