"""A model file's training history in Model info: loss and accuracy per epoch, side by side, in the Train area's
colours, marks and words (training blue ●, validation orange ■, the best epoch a green dashed line). Model info had a
colour code of its own (loss red, accuracy blue, validation dashed), where dashed means another run in Train
(walk 131). Built on first use: pyqtgraph is not needed to show the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QGridLayout, QWidget

import pyqtgraph as pg  # noqa: E402 — PySide6 first, so pyqtgraph binds to it

from guiapp.qt.i18n import translate  # noqa: E402
from guiapp.qt.picture_menu import Caption, Subject, offer_picture  # noqa: E402
from guiapp.qt.theme import is_dark, legend_line, line_width  # noqa: E402
from guiapp.qt.plot_axes import tick_alike  # noqa: E402
from guiapp.qt.train.plot_parts import legend_label, styled_plot  # noqa: E402
from guiapp.qt.train.plots import BEST_COLOR, TRAIN_COLOR, VAL_COLOR, shade  # noqa: E402


class HistoryPlots(QWidget):
    """Loss per epoch beside accuracy per epoch, with one legend under both."""

    def __init__(self, parent: QWidget | None = None, caption: Caption = None, subject: Subject = None) -> None:
        """``caption``: what the curves are of, written under them when saved as a picture; ``subject``: the model
        file they are of, which the picture's file is named after."""
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        self.plots = {"loss": styled_plot(translate("train", "Loss per epoch"), translate("train", "epoch"),
                                          translate("train", "loss")),
                      "accuracy": styled_plot(translate("train", "Accuracy per epoch"), translate("train", "epoch"),
                                              translate("train", "accuracy (%)"), shares=True)}
        tick_alike([plot.getAxis("bottom") for plot in self.plots.values()])
        for column, plot in enumerate(self.plots.values()):
            plot.setMinimumHeight(160)
            layout.addWidget(plot, 0, column)
            layout.setColumnStretch(column, 1)
        self.legend = legend_label()
        layout.addWidget(self.legend, 1, 0, 1, 2)
        offer_picture(self, list(self.plots.values()), translate("train", "curves"), caption, subject)

    def sizeHint(self) -> QSize:  # noqa: N802 — Qt's name
        # pyqtgraph's own hint is large: the details above got three lines of the dialog (their stretch is larger)
        return QSize(400, 240)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 — Qt's name
        # The wrapping legend made the whole widget height-for-width, and the dialog's layout then gave the plots
        # all the height it could, the details above them three lines; the legend is one or two lines anyway.
        return False

    def shade(self, color: tuple[int, int, int]) -> tuple[int, int, int]:
        """``color`` as the Train area draws it in the current theme."""
        return shade(color, is_dark(self.palette()))

    def changeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().changeEvent(event)
        # drawn again in the new theme's shades: switched to Light with the dialog open, the curves kept the dark
        # theme's (walk 134)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and self._shown:
            self.show_history(*self._shown)

    _shown: tuple | None = None  # the history and best epoch drawn

    def show_history(self, history: dict, best_epoch: int | None) -> None:
        """Draw ``history`` (Keras's names: loss, val_loss, accuracy, val_accuracy; lists of per-epoch values)."""
        self._shown = (history, best_epoch)
        train, val, best = self.shade(TRAIN_COLOR), self.shade(VAL_COLOR), self.shade(BEST_COLOR)
        for metric, plot in self.plots.items():
            plot.clear()
            values = []
            for key, color, symbol in ((metric, train, "o"), (f"val_{metric}", val, "s")):
                curve = [float(v) for v in history.get(key) or []]
                if curve:
                    plot.plot(list(range(1, len(curve) + 1)), curve, pen=pg.mkPen(color, width=line_width(2)),
                              symbol=symbol, symbolSize=6, symbolBrush=color, symbolPen=None)
                    values += curve
            if best_epoch:
                plot.addItem(pg.InfiniteLine(best_epoch, angle=90, movable=False,
                                             pen=pg.mkPen(best, width=line_width(2), style=Qt.PenStyle.DashLine)))
            # From 0 to 1 (or the largest loss), as in Train: fitted to the data, the accuracy ran along the plot's
            # top edge with no 1.0 on the axis (a walk).
            plot.setYRange(0.0, max([1.0, *values]), padding=0.04)
            plot.setVisible(bool(values))
        entries = [("━●━", train, translate("train", "train"))]
        if history.get("val_loss") or history.get("val_accuracy"):
            entries.append(("━■━", val, translate("train", "validation")))
        if best_epoch:
            entries.append(("╍╍", best, translate("train", "best (min val. loss)") if history.get("val_loss")
                            else translate("train", "best (min loss)")))
        self.legend.setText(legend_line(entries))
