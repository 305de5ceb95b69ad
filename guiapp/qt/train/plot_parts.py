"""The parts of the training plots (guiapp.qt.train.plots): a plot styled alike for every curve, the legend line
under it, a growing array for live points, and the y axis that steps rather than follows (its tick text is most of
a repaint's cost)."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem, QLabel

import pyqtgraph as pg  # noqa: E402 — PySide6 first, so pyqtgraph binds to it

from guiapp.qt.plot_axes import CountAxis, LocaleAxis, PercentAxis  # noqa: E402
from guiapp.qt.theme import follow_palette  # noqa: E402


def styled_plot(title: str, x_label: str, y_label: str, shares: bool = False) -> pg.PlotWidget:
    """A plot of counts along x; ``shares`` (accuracies, 0–1) are written as percentages up the side."""
    plot = pg.PlotWidget(background="w", axisItems={"bottom": CountAxis("bottom"),
                                                    "left": PercentAxis("left") if shares else LocaleAxis("left")})
    plot.setTitle(title, color="#222", size="10pt")
    plot.setAccessibleName(title)
    for side, label in (("bottom", x_label), ("left", y_label)):
        axis = plot.getAxis(side)
        # An axis item also draws the grid, so it covers the whole plot and every new point repainted its tick
        # text (half the cost of a live update). Cached as a pixmap, it is re-rendered only when its range moves.
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        axis.setPen(pg.mkPen("#666"))
        axis.setTextPen(pg.mkPen("#222"))
        # No SI prefix: a loss of 0.1-0.6 read "loss (x0.001)" with ticks 100-600. Losses and accuracies are
        # plain numbers near 1, so the ticks show the values themselves.
        axis.enableAutoSIPrefix(False)
        axis.setLabel(label, color="#222")
    plot.showGrid(x=True, y=True, alpha=0.15)
    # Room on the right for the last x label's other half (the plot ended at the axis: "10" showed as "1").
    plot.getPlotItem().setContentsMargins(0, 0, CountAxis.OVERFLOW, 0)
    plot.setMenuEnabled(False)
    # Fixed, as the Datasets tab's chart and the confusion matrix are: a wheel turned over the curves in a class demo
    # zoomed them into an empty corner, with only pyqtgraph's small "A" button, shown on hover, to undo it (a walk)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    # Nothing in a plot answers the keyboard: Tab stopped on each of the three, showing nothing.
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    plot.setMinimumSize(180, 150)
    return follow_palette(plot)


def legend_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    return label


class GrowingArray:
    """An append-only float array with amortised O(1) appends (pyqtgraph wants contiguous arrays)."""

    def __init__(self) -> None:
        self.data = np.empty(1024, np.float64)
        self.n = 0

    def append(self, value: float) -> None:
        if self.n == len(self.data):
            self.data = np.concatenate([self.data, np.empty_like(self.data)])
        self.data[self.n] = value
        self.n += 1

    def view(self) -> np.ndarray:
        return self.data[: self.n]

    def truncate(self, n: int) -> None:
        self.n = min(self.n, n)


OUTLIER_RATIO = 3.0  # a first epoch's loss this many times the later epochs' highest is left above the axis


def loss_axis_top(history: dict[str, list[float]]) -> tuple[float | None, dict[str, float] | None]:
    """The epoch-loss axis's top (None: no finite loss yet) and, when the first epoch is left above it, that
    epoch's losses above it ({"loss": 5.0, "val_loss": 5.2}: each named, where one figure left the reader to guess
    which curve it was: walk 103). A first epoch far above the rest (2.3, then 0.1 …) flattened every later epoch
    onto the axis's floor (a walk): with two later epochs, one ``OUTLIER_RATIO`` times their highest is left out of
    the scale, as TensorBoard's "ignore outliers in chart scaling" does."""
    firsts, later = {}, []
    for key in ("loss", "val_loss"):
        values = [v for v in history.get(key, []) if v is not None and math.isfinite(v)]
        if values:
            firsts[key] = values[0]
        later += values[1:]
    if not firsts:
        return None, None
    highest = max(firsts.values())
    if len(history.get("loss", [])) >= 3 and later and max(later) > 0 and highest > OUTLIER_RATIO * max(later):
        top = max(later) * SteppedYAxis.HEADROOM
        return top, {key: value for key, value in firsts.items() if value > top}
    return max([highest, *later]) * SteppedYAxis.HEADROOM, None


class SteppedYAxis:
    """A y axis from 0 to a little above the largest value so far, moved only when a value goes above it: during a
    live run the axis (whose tick text is most of a repaint's cost) then rarely changes."""

    HEADROOM = 1.15

    def __init__(self, plot: pg.PlotWidget) -> None:
        self.plot = plot
        self.top, self.pending = 0.0, False

    def reset(self) -> None:
        self.top, self.pending = 0.0, False
        self.plot.enableAutoRange(y=True)

    def include(self, value: float) -> None:
        if math.isfinite(value) and value > self.top:
            self.top, self.pending = value * self.HEADROOM, True

    def fit(self, top: float) -> None:
        """Fit ``top`` (an outlier left above it): up as :meth:`include` goes, down only to half or less, so that
        each epoch's new top does not move the axis."""
        if top > self.top or top <= self.top / 2:
            self.top, self.pending = top, True

    def apply(self) -> None:
        if self.pending:
            self.pending = False
            self.plot.setYRange(0, self.top, padding=0)

    def follow_data(self, values) -> None:
        """A stored run is shown whole, on the axis its live run ended with: from 0 to a little above ``values``
        (what it shows). Fitted by pyqtgraph, its loss axis began at 0.2 and steepened the fall, and a replay's
        began at 0 (walks 149, 150). Values added later step the axis only past them (a continued run's epochs)."""
        finite = [float(v) for v in values if math.isfinite(v)]
        self.top = max(finite) * self.HEADROOM if finite else 0.0
        self.pending = self.top > 0
        if not self.pending:
            self.plot.enableAutoRange(y=True)
