"""Live training curves (pyqtgraph): per-batch loss (raw, faint, plus a smoothed line), per-epoch train vs
validation loss and accuracy, the best epoch marked, and optionally a second run's curves overlaid (dashed). The
legends are lines of text under the plots: inside, their rows took half a plot's height at 1024×640, covered the
curves and, in French, ran past the plot's left edge.

Adding points only stores them and marks the plot dirty; :meth:`TrainingPlots.refresh` (called by the panel's
timer) pushes them to pyqtgraph once per tick, so a burst of events costs one redraw, never one each.

Repainting is what costs (on 2 CPU cores, redrawing the plots 10 times a second slowed training by a third), and
most of a repaint is the axes' text. So the axes stay still while a run goes on: the batch plot's x axis spans the
whole run from the start (:meth:`set_run_length`) and its y axis runs from 0 to the largest loss so far, so a new
point normally repaints one curve and nothing else.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QWidget

import pyqtgraph as pg  # noqa: E402 — PySide6 first, so pyqtgraph binds to it

from guiapp.qt.a11y import tip_on_focus  # noqa: E402
from guiapp.qt.plot_axes import tick_alike  # noqa: E402
from guiapp.qt.train.plot_parts import (  # noqa: E402
    GrowingArray, SteppedYAxis, legend_label, loss_axis_top, styled_plot,
)
from guiapp.qt.theme import is_dark, legend_line, line_width  # noqa: E402
from guiapp.qt.i18n import fmt, listing, translate
from guiapp.qt.picture_menu import Caption, Subject, offer_picture, plain_text

# The smoothed batch line is a centred mean of this many points each side (more on long runs, see centred_mean). An
# exponential moving average lagged: on a falling loss it ran above every batch point all along (walk 125).
SMOOTHING_HALF_WIDTH = 2
TRAIN_COLOR = (31, 119, 180)
VAL_COLOR = (255, 127, 14)
BEST_COLOR = (44, 160, 44)
# A run overlaid, dashed, in hues of its own (purple train, brown validation): in the solid run's blue and orange the
# two runs could not be told apart on a projector, the dashed batches lost under the solid ones (walk 166)
OVERLAY_TRAIN_COLOR, OVERLAY_VAL_COLOR = (148, 103, 189), (140, 86, 75)
ABOVE_TRAIN = 0.02  # validation accuracy this far above train's is said in the legend
# The same hues, lighter, on the dark theme: the light theme's blue read dim on a dark plot (a projector walk)
DARK_SHADES = {TRAIN_COLOR: (88, 166, 238), VAL_COLOR: (255, 160, 70), BEST_COLOR: (96, 204, 96),
               OVERLAY_TRAIN_COLOR: (196, 160, 236), OVERLAY_VAL_COLOR: (222, 156, 132)}


def shade(color: tuple[int, int, int], dark: bool) -> tuple[int, int, int]:
    """``color`` as the curves draw it on a dark plot (``dark``) or a light one."""
    return DARK_SHADES.get(color, color) if dark else color


def centred_mean(values: np.ndarray) -> np.ndarray:
    """Each point the mean of its neighbours on both sides (SMOOTHING_HALF_WIDTH, or a 200th of the points on a long
    run), as many on each side, fewer at the ends: it follows a falling loss where it falls. Recomputed whole at each redraw (a cumulative
    sum: microseconds for thousands of points)."""
    n = len(values)
    # a few points are not smoothed flat: 2 points of a 4-batch run drew a level line across a rising one
    half = min(max(SMOOTHING_HALF_WIDTH, n // 200), (n - 1) // 4)
    sums = np.concatenate(([0.0], np.cumsum(values, dtype=float)))
    index = np.arange(n)
    # symmetric at the ends too (fewer neighbours there): a one-sided mean at the last point lagged a falling loss
    each = np.minimum(np.minimum(index, n - 1 - index), half)
    low, high = index - each, index + each + 1
    return (sums[high] - sums[low]) / (high - low)


class TrainingPlots(QWidget):
    def __init__(self, parent=None, caption: Caption = None, subject: Subject = None) -> None:
        """``caption``: what the curves are of, written under them when saved as a picture; ``subject``: the model
        file they are of, which the picture's file is named after."""
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        self.batch_plot = styled_plot(translate("train", "Loss per batch"), translate("train", "batch"), translate("train", "loss"))
        self.loss_plot = styled_plot(translate("train", "Loss per epoch"), translate("train", "epoch"), translate("train", "loss"))
        self.accuracy_plot = styled_plot(translate("train", "Accuracy per epoch"), translate("train", "epoch"),
                                         translate("train", "accuracy (%)"), shares=True)
        tick_alike([self.loss_plot.getAxis("bottom"), self.accuracy_plot.getAxis("bottom")])
        for column, plot in enumerate((self.batch_plot, self.loss_plot, self.accuracy_plot)):
            layout.addWidget(plot, 0, column)
            layout.setColumnStretch(column, 1)
        layout.setRowStretch(0, 1)
        # Under the batch plot, its legend; under the two epoch plots, theirs (the same curves in both).
        self.batch_legend, self.epoch_legend = legend_label(), legend_label()
        layout.addWidget(self.batch_legend, 1, 0)
        layout.addWidget(self.epoch_legend, 1, 1, 1, 2)
        tip_on_focus(self.epoch_legend)  # its tooltip explains validation against train: the keyboard's too
        self.epoch_legend.setToolTip("<p>" + translate(
            "train", "train: the mean over the epoch's batches, measured while the network still learns, with "
                     "dropout switching some of its units off (and augmentation, where it is on, bending the samples). "
                     "validation: measured after the epoch, on samples it never learnt from, with every unit. So "
                     "early on validation often does better than train: a lower loss, a higher accuracy. Where "
                     "validation does worse and the gap keeps growing (its loss rising while train's falls), the "
                     "network is learning its training samples by heart (overfitting).") + "</p>")
        # right-click: the three plots and their legends as one picture, for a slide (walk 116)
        offer_picture(self, [self.batch_plot, self.loss_plot, self.accuracy_plot], translate("train", "curves"),
                      caption, subject)
        for plot in (self.batch_plot,):
            plot.setClipToView(True)
            plot.setDownsampling(auto=True, mode="peak")
        self.raw_curve = self.batch_plot.plot(pen=pg.mkPen((*TRAIN_COLOR, 110), width=line_width(1)))
        self.smooth_curve = self.batch_plot.plot(pen=pg.mkPen(TRAIN_COLOR, width=line_width(2)))
        self.curves: dict[str, pg.PlotDataItem] = {}
        for plot, metric in ((self.loss_plot, "loss"), (self.accuracy_plot, "accuracy")):
            self.curves[metric] = plot.plot(pen=pg.mkPen(TRAIN_COLOR, width=line_width(2)), symbol="o", symbolSize=6,
                                            symbolBrush=TRAIN_COLOR, symbolPen=None)
            self.curves[f"val_{metric}"] = plot.plot(pen=pg.mkPen(VAL_COLOR, width=line_width(2)), symbol="s", symbolSize=6,
                                                     symbolBrush=VAL_COLOR, symbolPen=None)
        # The best epoch: a dashed line in each plot, named in the legend. A label on the line itself sat on the
        # curves wherever it was put (the best epoch can be any epoch, the curves anywhere).
        self.best_lines = []
        best_pen = pg.mkPen(BEST_COLOR, width=line_width(1.5), style=Qt.PenStyle.DashLine)
        for plot in (self.loss_plot, self.accuracy_plot):
            line = pg.InfiniteLine(angle=90, movable=False, pen=best_pen)
            line.setVisible(False)
            plot.addItem(line)
            self.best_lines.append(line)
        # The first epoch's loss when it is left above the axis (loss_axis_top), named in the legend: a note at the
        # plot's top left, where that epoch's line comes in, sat under the legend when the legend was in the plot.
        self._loss_above: dict[str, float] | None = None
        self.overlay_curves: dict[str, tuple[pg.PlotWidget, pg.PlotDataItem]] = {}
        self._overlay_above: dict[str, float] | None = None  # the overlaid run's first losses above the axis
        self._overlay_named = ""  # what the legend calls the dashed run ("": none shown)
        self._legends_shown: tuple[str, str] | None = None
        # Re-ranging the epoch-loss axis every epoch was the longest GUI stall of a run (its tick text is Python
        # code competing with training for the GIL), so it grows in steps like the batch plot's.
        self.batch_y, self.epoch_y = SteppedYAxis(self.batch_plot), SteppedYAxis(self.loss_plot)
        self._dark: bool | None = None  # the theme the curves are coloured for
        self.reset()
        self._colour_curves()

    def changeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) \
                and hasattr(self, "_dark"):  # (not while the plots are being built)
            self._colour_curves()

    def colour(self, color: tuple[int, int, int]) -> tuple[int, int, int]:
        """``color`` as drawn in the current theme."""
        return shade(color, bool(self._dark))

    def _colour_curves(self) -> None:
        """The curves, the best epoch's lines and the legends in the theme's shades. The raw batches are thin and
        faint, the smoothed ones thick: in one blue at one weight they could not be told apart (a walk)."""
        dark = is_dark(self.palette())
        if dark == self._dark:
            return
        self._dark = dark
        train, val, best = self.colour(TRAIN_COLOR), self.colour(VAL_COLOR), self.colour(BEST_COLOR)
        # fainter than the smoothed line, yet seen: on a dark plot 70 was 1.3:1, the batches all but gone (walk 134),
        # and on a light one they were lost on a projector (walk 149)
        self.raw_curve.setPen(pg.mkPen((*train, 150 if dark else 120), width=line_width(1)))
        self.smooth_curve.setPen(pg.mkPen(train, width=line_width(2.5)))
        for key, curve in self.curves.items():
            color = val if key.startswith("val_") else train
            curve.setPen(pg.mkPen(color, width=line_width(2)))
            curve.setSymbolBrush(color)
        for line in self.best_lines:
            line.setPen(pg.mkPen(best, width=line_width(2), style=Qt.PenStyle.DashLine))
        for key, (_plot, item) in self.overlay_curves.items():
            self._style_overlay(key, item)
        self._legends_shown = None
        self._show_legends()

    # -- data in ----------------------------------------------------------------------------------------------
    def reset(self, validation: bool = True) -> None:
        """Empty plots for a new run, on a fresh view: no curves, no overlay, and none of the last run's ranges.
        ``validation``: whether the run has validation curves (the legend names them only then)."""
        self._steps, self._raw = GrowingArray(), GrowingArray()
        self.history: dict[str, list[float]] = {}
        self.validation = validation
        self.best_epoch: int | None = None
        self._loss_above = None
        self._batch_dirty = self._epoch_dirty = True
        self.set_overlay(None)  # its curves would count in the auto-range below; also refreshes (empties) the curves
        # Auto-range never moves a view that has nothing to fit, so emptied plots kept the last run's ranges (or the
        # user's zoom) and the new run's first points came squashed into them. Each view starts again from a small
        # range, following the new data until set_run_length fixes the x axes and the stepped y axes take over.
        # Accuracy runs from 0 to 1 whatever the run, so its y axis stays there (no auto-range).
        for plot in (self.batch_plot, self.loss_plot, self.accuracy_plot):
            plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0.02)
            plot.enableAutoRange(x=True)
        self.batch_y.reset()  # auto-range on y until the first loss
        self.epoch_y.reset()

    def set_run_length(self, batches: int, epochs: int) -> None:
        """Fix the x axes to the whole run (a live run's axes then never move)."""
        self.batch_plot.setXRange(0, max(1, batches), padding=0.02)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setXRange(0.8, max(epochs, 2) + 0.2, padding=0)

    def add_batch(self, step: float, loss: float) -> None:
        if loss is None or not math.isfinite(loss):
            return  # a diverged batch would flatten the whole plot; the panel shows the message instead
        steps = self._steps.view()
        if len(steps) and step <= steps[-1]:
            # Continue: the stopped run's batches after its last finished epoch are trained again; theirs go, or
            # the two ran over each other with a jump back (a walk)
            keep = int(np.searchsorted(steps, step))
            for series in (self._steps, self._raw):
                series.truncate(keep)
        self.batch_y.include(loss)
        self._steps.append(step)
        self._raw.append(loss)
        self._batch_dirty = True

    def set_batches(self, points: list[list[float]]) -> None:
        """Replace the batch trace (a finished run read back from disk)."""
        self._steps, self._raw = GrowingArray(), GrowingArray()
        for step, loss in points:
            self.add_batch(step, loss)
        self.batch_y.follow_data(self._raw.view())
        self.batch_plot.enableAutoRange(x=True)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.enableAutoRange(x=True)
        self._batch_dirty = True

    def batch_trace(self) -> np.ndarray:
        """The batch losses drawn, as (step, loss) rows."""
        return np.column_stack([self._steps.view(), self._raw.view()])

    def fit_x_to_data(self) -> None:
        """The x axes over the epochs and batches trained, no longer the run's planned length: a run stopped early
        kept its 300 planned epochs, the 12 it trained squeezed into the left edge (walks 98, 102). Set, not
        auto-ranged: a plot out of sight auto-ranges only once drawn."""
        epochs = len(self.history.get("loss") or self.history.get("val_loss") or [])
        steps = self._steps.view()
        if epochs:
            # up to the last batch drawn, not short of it (int(11.3) cut its last part off: walk 149)
            self.set_run_length(math.ceil(steps[-1]) if len(steps) else 1, epochs)

    def add_epoch(self, metrics: dict[str, float | None], best_epoch: int | None) -> None:
        for key, value in metrics.items():
            if value is not None:
                self.history.setdefault(key, []).append(float(value))
                if key in ("loss", "val_loss"):
                    self.epoch_y.include(float(value))
        top, self._loss_above = loss_axis_top(self.history)
        if self._loss_above is not None:
            self.epoch_y.fit(top)
        self.best_epoch = best_epoch
        self._epoch_dirty = True

    def set_history(self, history: dict[str, list[float]], best_epoch: int | None) -> None:
        self.history = {k: list(v) for k, v in history.items()}
        self.validation = bool(self.history.get("val_loss") or self.history.get("val_accuracy"))
        top, self._loss_above = loss_axis_top(self.history)
        self.epoch_y.follow_data([v for key in ("loss", "val_loss") for v in self.history.get(key, [])])
        if self._loss_above is not None:  # a stored run too: its later epochs in view, not auto-ranged flat
            self.epoch_y.top = 0.0
            self.epoch_y.fit(top)
        self.best_epoch = best_epoch
        self._epoch_dirty = True

    def set_overlay(self, history: dict[str, list[float]] | None, name: str = "",
                    batches: list[list[float]] | None = None) -> None:
        """Overlay another run's per-epoch curves (dashed, with hollow points, in hues of their own: see
        OVERLAY_TRAIN_COLOR), and its smoothed batch losses (``batches``: [step, loss] pairs); None removes it. The
        legend names them once, "dashed: ``name``" (two names, a curve each, were more than a plot could hold)."""
        for plot, item in self.overlay_curves.values():
            plot.removeItem(item)
        self.overlay_curves, self._overlay_named, self._overlay_above = {}, "", None
        if history:
            for plot, metric in ((self.loss_plot, "loss"), (self.accuracy_plot, "accuracy")):
                for key in (metric, f"val_{metric}"):
                    values = history.get(key)
                    if values:
                        self.overlay_curves[key] = (plot, self._style_overlay(key, plot.plot(
                            np.arange(1, len(values) + 1), values)))
            points = np.asarray(batches or [], dtype=float).reshape(-1, 2)
            points = points[np.isfinite(points).all(axis=1)]
            if len(points):  # its batches too: only the solid run's were drawn, as if the other had none (a walk)
                smoothed = centred_mean(points[:, 1])
                item = self._style_overlay("batches", self.batch_plot.plot(points[:, 0], smoothed))
                self.overlay_curves["batches"] = (self.batch_plot, item)
                self.batch_y.include(float(smoothed.max()))
                self._batch_dirty = True
            overlay_top, self._overlay_above = loss_axis_top(history)
            if overlay_top is not None and overlay_top > self.epoch_y.top:
                # The solid run's axis ends above its own losses: the dashed run's, all above it, were off the plot
                # (walk 127: logreg's 0.56–1.66 over inkling's 0–0.17)
                self.epoch_y.fit(overlay_top)
            if self.overlay_curves:
                # The run's time kept on one line: "2:46:19 AM" wrapped, leaving "AM" alone under it (a walk)
                self._overlay_named = (translate("train", "dashed: {0}").format(name.replace(" ", "\u00a0").replace("\u202f", "\u00a0")) if name
                                       else translate("train", "dashed: other run"))
        self._epoch_dirty = True  # the legend names the dashed run
        self.refresh()

    def _style_overlay(self, key: str, item: pg.PlotDataItem) -> pg.PlotDataItem:
        """The overlaid run's curve ``key`` dashed in its hue, as strong as the solid curves (faint, they were lost
        on a projector: a walk), its epochs hollow points (the solid run's are filled)."""
        color = self.colour(OVERLAY_VAL_COLOR if key.startswith("val_") else OVERLAY_TRAIN_COLOR)
        item.setPen(pg.mkPen(color, width=line_width(2), style=Qt.PenStyle.DashLine))
        if key != "batches":
            item.setSymbol("s" if key.startswith("val_") else "o")
            item.setSymbolSize(7)
            item.setSymbolBrush(None)
            item.setSymbolPen(pg.mkPen(color, width=line_width(1.5)))
        return item

    # -- drawing ----------------------------------------------------------------------------------------------
    def refresh(self) -> bool:
        """Push stored points to the plots that changed (only those repaint); True when anything was redrawn."""
        drew = self._batch_dirty or self._epoch_dirty
        if self._batch_dirty:
            self._batch_dirty = False
            self.batch_y.apply()
            steps = self._steps.view()
            self.raw_curve.setData(steps, self._raw.view())
            self.smooth_curve.setData(steps, centred_mean(self._raw.view()))
        if self._epoch_dirty:
            self._epoch_dirty = False
            self.epoch_y.apply()
            for key, curve in self.curves.items():
                values = self.history.get(key, [])
                curve.setData(np.arange(1, len(values) + 1), values)
            for line in self.best_lines:
                line.setVisible(self.best_epoch is not None)
                if self.best_epoch is not None:
                    line.setValue(self.best_epoch)
            self._show_legends()
        return drew

    def _show_legends(self) -> None:
        """The legends' text, set only when it changes (a label laid out again every epoch would relayout the
        area)."""
        # The raw batches' line is thin and faint, the smoothed one thick: thin and thick in the legend too (a faded
        # colour would be right on one theme's background only).
        train = self.colour(TRAIN_COLOR)
        batch = [("──", train, translate("train", "batches")), ("━━", train, translate("train", "smoothed"))]
        epoch = [("━●━", train, translate("train", "train"))]
        if self.validation:  # a run with Validation 0 % listed a validation curve it never drew (a walk)
            epoch.append(("━■━", self.colour(VAL_COLOR), translate("train", "validation")))
        if best := self.best_name():
            epoch.append(("╍╍", self.colour(BEST_COLOR), best))
        # "better", not "above": under the loss plot, where validation is below train, "above" read as wrong (walk 166)
        if self.validation_above_train():  # "how can it do better on data it never saw?" (walk 155)
            # whole: "ⓘ validation above" ended one line, "train: point here" began the next (walk 160)
            epoch.append(("", self.colour(VAL_COLOR),
                          translate("train", "ⓘ validation better than train: point here"), True))
        if above := self.loss_above_name():  # whole: "↑ époque 1 : 1,50 | entraînement" read as two notes (walk 126)
            epoch.append(("", train, above, True))
        if self._overlay_named:
            dashed_train, dashed_val = self.colour(OVERLAY_TRAIN_COLOR), self.colour(OVERLAY_VAL_COLOR)
            epoch.append(((("╍○╍", dashed_train), ("╍□╍", dashed_val)), None, self._overlay_named))
            # its batches, where they were kept; else the batch plot is the solid run's alone, said so
            batch.append(("╍╍", dashed_train, self._overlay_named) if "batches" in self.overlay_curves else
                         ("", dashed_train, translate("train", "dashed run: per epoch only")))
        shown = (legend_line(batch), legend_line(epoch))
        if shown != self._legends_shown:
            self._legends_shown = shown
            self.batch_legend.setText(shown[0])
            self.epoch_legend.setText(shown[1])

    def legend_texts(self) -> tuple[str, str]:
        """The batch plot's legend and the epoch plots', as plain text."""
        return plain_text(self.batch_legend.text()), plain_text(self.epoch_legend.text())

    def loss_above_name(self) -> str:
        """What the legend says of a first epoch left above the loss axis ("" while none is)."""
        # (those still above it: a dashed run's losses can lift the axis over them, and the note said "↑ epoch 1"
        # of points in plain view: walk 150)
        names = {"loss": translate("train", "train"), "val_loss": translate("train", "validation")}
        said = []
        # and the dashed run's, left above the axis too: the note named the solid run's alone (walk 166)
        for losses, note in ((self._loss_above, translate("train", "↑ epoch 1: {0}")),
                             (self._overlay_above, translate("train", "↑ dashed run's epoch 1: {0}"))):
            above = {key: value for key, value in (losses or {}).items() if value > self.epoch_y.top}
            if above:
                said.append(note.format(listing(fmt("{0:.2f} {1}", value, names[key]) for key, value in above.items())))
        return translate("train", "; ").join(said)

    def validation_above_train(self) -> bool:
        """The last epoch's validation accuracy is clearly above its training accuracy, which a class asks about: the
        legend's tooltip says why."""
        train, validation = self.history.get("accuracy") or [], self.history.get("val_accuracy") or []
        return bool(train) and len(validation) == len(train) and validation[-1] > train[-1] + ABOVE_TRAIN

    def best_name(self) -> str:
        """What the legend calls the best epoch's line ("" while there is none): what best means, the lowest
        validation loss, which can sit left of a higher validation accuracy (a fresh-eyes walk read the accuracy
        chart's later peak as the better epoch)."""
        if self.best_epoch is None:
            return ""
        return translate("train", "best (min val. loss)") if self.history.get("val_loss") else translate(
            "train", "best (min loss)")

    # -- for tests and the benchmark ---------------------------------------------------------------------------
    def batch_points(self) -> int:
        return len(self.raw_curve.xData) if self.raw_curve.xData is not None else 0

    def epoch_points(self, key: str = "loss") -> int:
        data = self.curves[key].xData
        return len(data) if data is not None else 0


__all__ = ["TrainingPlots"]
