"""Classes of the open dataset with their counts per split, and a class-balance bar chart (pyqtgraph, built and
imported when first shown: see :mod:`guiapp.qt.lazy`)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QMenu, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from guiapp.core.datasets.base import SPLITS, Dataset  # noqa: F401 (SPLITS: column order)
from guiapp.qt.a11y import read_only_table
from guiapp.qt.i18n import key_names, number, translate
from guiapp.qt.lazy import LazyWidget

UNLIMITED = 16_777_215  # Qt's QWIDGETSIZE_MAX, which PySide6 does not export


MAX_SPACED_BARS = 30  # classes drawn as bars with gaps between them; more are drawn touching

class _NumberItem(QTableWidgetItem):
    """Sorts by number, not text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.data(Qt.ItemDataRole.UserRole) or 0) < int(other.data(Qt.ItemDataRole.UserRole) or 0)


def _number(value: int) -> _NumberItem:
    item = _NumberItem(number(value))
    item.setData(Qt.ItemDataRole.UserRole, int(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ClassBalance(QWidget):
    """``classActivated(class index)`` when a row is double-clicked (the panel filters the grid by it)."""

    classActivated = Signal(int)
    renameRequested = Signal(int)  # a row's "Rename class…" (right-click): the class index
    deleteRequested = Signal(int)  # a row's "Delete class…": the class index

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([translate("datasets", "Class"), translate("datasets", "All"), translate("datasets", "Train"), translate("datasets", "Val."), translate("datasets", "Test")])
        self.table.horizontalHeaderItem(3).setToolTip(translate("datasets", "validation"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # dataset order at first
        read_only_table(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The class names take the spare width: stretched, the last count column stood far from its figures.
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setSortingEnabled(True)
        self.table.cellDoubleClicked.connect(
            lambda row, _col: self.classActivated.emit(int(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # F2 renames the chosen row's class, as F2 renames a dataset in the list (it did nothing here: a walk)
        QShortcut(QKeySequence("F2"), self.table, self._rename_current, context=Qt.ShortcutContext.WidgetShortcut)
        self.plot_slot = LazyWidget(self._make_plot, QSize(0, 150))
        self._shown: tuple[list[str], np.ndarray] | None = None  # the classes and counts the chart shows
        self.bars = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.plot_slot, 2)

    def _context_menu(self, position) -> None:
        item = self.table.itemAt(position)
        if item is None:
            return
        index = int(self.table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole))
        menu = QMenu(self.table)
        menu.addAction(translate("datasets", "Rename class…") + "\t" + key_names("F2"),
                       lambda: self.renameRequested.emit(index))
        menu.addAction(translate("datasets", "Delete the class and its samples"),
                       lambda: self.deleteRequested.emit(index))
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _class_at(self, row: int) -> int | None:
        """The index in the dataset of the class on ``row`` (rows are sorted as the user chose); None off the rows."""
        item = self.table.item(row, 0) if row >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _rename_current(self) -> None:
        index = self._class_at(self.table.currentRow())
        if index is not None:
            self.renameRequested.emit(index)

    def set_dataset(self, dataset: Dataset | None, split_sizes: dict[str, np.ndarray] | None = None) -> None:
        """``split_sizes``: {split: per-class counts} (from ``Dataset.split``), shown in the split columns."""
        # The class the keyboard was on, kept (a class renamed with F2 left the table without one: the next Down went
        # to the first row, walk 128), followed where the table is sorted: a renamed class moves among the names, and
        # the row it had went to another class (walk 151)
        kept = (self.table.currentRow(), self.table.currentColumn())
        # by name: a rename moves the classes' indices too, and "bolt" renamed "lightning" left heart selected
        # (walk 161); the class renamed is the one name that was not there before
        kept_item = self.table.item(kept[0], 0) if kept[0] >= 0 else None
        kept_name = kept_item.text() if kept_item is not None else None
        before = {self.table.item(row, 0).text() for row in range(self.table.rowCount()) if self.table.item(row, 0)}
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        self.table.setMaximumHeight(UNLIMITED)
        self._shown = None
        if dataset is None:
            self._draw_bars()
            return
        counts = dataset.class_counts()
        self.table.setRowCount(len(dataset.classes))
        for row, (name, count) in enumerate(zip(dataset.classes, counts.tolist())):
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, _number(count))
            for col, split in enumerate(SPLITS, start=2):
                value = int(split_sizes[split][row]) if split_sizes else 0
                self.table.setItem(row, col, _number(value))
        self.table.setSortingEnabled(True)
        names = {self.table.item(row, 0).text(): row for row in range(self.table.rowCount())}
        new = [name for name in names if name not in before]
        followed = kept_name if kept_name in names else (new[0] if kept_name is not None and len(new) == 1 else None)
        row = names[followed] if followed is not None else kept[0]
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, max(kept[1], 0))
        # No taller than its rows: ten digits left an empty band under the table while the chart below, squeezed
        # to its share, named only every other digit (the window's minimum size).
        table = self.table
        table.setMaximumHeight(table.verticalHeader().length() + table.horizontalHeader().sizeHint().height()
                               + 2 * table.frameWidth())
        self._shown = (list(dataset.classes), counts)
        self._draw_bars()

    def _make_plot(self):
        import pyqtgraph as pg

        from guiapp.qt.theme import follow_palette

        from guiapp.qt.plot_axes import ClassAxis, CountAxis

        # Samples are counted: no tick between two (a small dataset's axis read 0.5, 1.5, 2.5)
        plot = pg.PlotWidget(background="w", axisItems={"left": ClassAxis("left"), "bottom": CountAxis("bottom")})
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setLabel("bottom", translate("datasets", "samples"))
        plot.invertY(True)  # first class on top, like the table
        follow_palette(plot)
        self._draw_on(plot)
        return plot

    @property
    def plot(self):
        """The class-balance chart (built when first shown or used)."""
        return self.plot_slot.widget()

    def _draw_bars(self) -> None:
        if self.plot_slot.is_built():  # else the chart draws what is shown once it is built
            self._draw_on(self.plot)

    def _draw_on(self, plot) -> None:
        import pyqtgraph as pg

        plot.clear()
        self.bars = None
        # No classes (no dataset, a removed one, an empty one of one's own): no axes. They kept the last dataset's
        # names, or showed a class "0" and a scale of 0.2 to 1.0 samples (a walk).
        shown = self._shown is not None and len(self._shown[0]) > 0
        for side in ("left", "bottom"):
            plot.showAxis(side, shown)
        if not shown:
            return
        classes, counts = self._shown
        # Horizontal bars: class names stay readable on the axis, however long. Under-represented classes (less
        # than half the mean) are orange.
        y = np.arange(len(counts))
        low = counts < max(1, 0.5 * counts.mean()) if len(counts) else counts
        brushes = [pg.mkBrush("#d9822b" if flag else "#3a7bd5") for flag in low]
        # Many classes, a few pixels each: gaps between the bars drew uneven stripes and blocks, as if broken (walk
        # 132: 71 hiragana in 145 px); touching, they draw one even shape whose right edge shows the balance
        height = 0.8 if len(counts) <= MAX_SPACED_BARS else 1.0
        self.bars = pg.BarGraphItem(x0=0, y=y, width=counts, height=height, brushes=brushes, pen=None)
        plot.addItem(self.bars)
        plot.setYRange(-0.6, max(len(counts) - 0.4, 0.6), padding=0)
        plot.setXRange(0, max(1, int(counts.max()) if len(counts) else 1) * 1.05, padding=0)
        plot.getAxis("left").set_classes([name if len(name) <= 14 else name[:13] + "…" for name in classes])

    def counts_shown(self) -> dict[str, int]:
        return {self.table.item(r, 0).text(): int(self.table.item(r, 1).data(Qt.ItemDataRole.UserRole))
                for r in range(self.table.rowCount())}
