"""The Evaluation view's per-class table: each class's accuracy, precision, F1 and sample count, worst class
first, sorted by a click on a header. The figures come from :class:`guiapp.core.evaluation.EvaluationReport`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableWidget, QTableWidgetItem

from guiapp.qt.a11y import read_only_table
from guiapp.qt.i18n import number, percent, translate

NOT_MEASURED = "—"  # a class without samples in the evaluated split: no accuracy, no F1


class _NumberItem(QTableWidgetItem):
    """Sorts by its number, not its text; ``None`` (not measured) reads "—" and sorts last in either order, so a
    class the split lacks never heads the table as the weakest."""

    def __init__(self, value: float | None, text: str, order: int) -> None:
        super().__init__(NOT_MEASURED if value is None else text)
        self.value = value
        self.order = order  # the class's place in the model's labels: equal figures keep that order
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other) -> bool:
        mine, theirs = self.value, getattr(other, "value", None)
        if mine is not None and theirs is not None and mine != theirs:
            return mine < theirs
        # Qt sorts descending by asking other < self: "not measured" must be the larger one ascending, the smaller
        # one descending, to stay at the end; and ties go in the model's order either way (rows of equal accuracy
        # swapped places between two evaluations).
        table = self.tableWidget()
        descending = (table is not None
                      and table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
        if (mine is None) == (theirs is None):
            return (self.order < getattr(other, "order", 0)) != descending
        return (mine is not None) != descending


class ClassTable(QTableWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(0, 5, parent)
        # Headers short in every language (a translation may shorten them: the disambiguation says where they
        # stand); each header's tooltip says what its figure is.
        self.setHorizontalHeaderLabels([translate("train", "Class"),
                                        translate("train", "Accuracy", "per-class table header"),
                                        translate("train", "Precision"), translate("train", "F1"),
                                        translate("train", "Samples", "per-class table header")])
        # No sort arrow (see _sortable): the first header says the order.
        for col, tip in enumerate((translate("train", "Worst class first (lowest accuracy); click a header to sort by it"),
                                   translate("train", "Accuracy (recall, as the command line calls it): the share of this class's "
                                             "samples the model read right"),
                                   translate("train", "Precision: the share of the model's answers of this class that were right"),
                                   translate("train", "F1: one figure of accuracy and precision together (their harmonic mean)"),
                                   translate("train", "How many samples of this class were evaluated"))):
            self.horizontalHeaderItem(col).setToolTip(tip)
        self.verticalHeader().hide()
        # Rows as tall as their text (the style's 30 px showed 4 of 10 classes at 1100×720, 1½ at 1024×640).
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.setAccessibleName(translate("train", "Per-class results"))
        read_only_table(self)
        # A class is a row: its whole row marked, not only the cell clicked (walk 134 saw just "Class" in yellow)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entering = False  # the focus coming in: Qt makes the first row current, which nobody chose
        self._sortable()
        self._fit_figure_columns()

    def focusInEvent(self, event) -> None:  # noqa: N802 — Qt's name
        self.entering = True
        try:
            super().focusInEvent(event)
        finally:
            self.entering = False

    def _fit_figure_columns(self) -> None:
        """Five columns sharing the width evenly, except that each figure column is at least as wide as its header
        and its widest figure ("100.0 %"); the class column takes what is left (a long class name is elided).
        Five equal columns cut "100.0 %" to "100.0" at the window's minimum size while the class column, a character
        or two wide, held a fifth of the table. The least widths come from the font, not from the rows
        (ResizeToContents would measure a kanji model's thousands of rows on every layout)."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the rest, whatever the scroll bar takes
        padding = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        widest = {1: percent(1.0), 2: percent(1.0), 3: number(1.0, 3), 4: "10000"}
        least = {col: padding + max(header.fontMetrics().horizontalAdvance(self.horizontalHeaderItem(col).text()),
                                    self.fontMetrics().horizontalAdvance(figure))
                 for col, figure in widest.items()}
        room = self.viewport().width()
        widths = {col: max(width, room // self.columnCount()) for col, width in least.items()}
        # The class column keeps room for its header: the figures give back what they have beyond their least.
        short = padding + header.fontMetrics().horizontalAdvance(self.horizontalHeaderItem(0).text()) \
            - (room - sum(widths.values()))
        for col in widths:
            give = min(max(short, 0), widths[col] - least[col])
            widths[col] -= give
            short -= give
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, width)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_figure_columns()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_figure_columns()

    def _sortable(self) -> None:
        """Sorted by a click on a header, without the sort arrow: in five equal columns at the window's minimum
        size the arrow cut "Accuracy" to "ccurac▾" (setSortingEnabled shows it again each time)."""
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicatorShown(False)

    def show_report(self, report, classes: list[int] | None = None) -> None:
        """One row a class of ``report`` (those at the model-label indices ``classes``, default all), the worst
        (lowest accuracy) first."""
        self.setSortingEnabled(False)
        labels = report.labels if classes is None else [report.labels[i] for i in classes]
        self.setRowCount(len(labels))
        for row, label in enumerate(labels):
            metrics = report.per_class[label]
            self.setItem(row, 0, QTableWidgetItem(label))
            for col, key in enumerate(("recall", "precision", "f1"), start=1):
                value = metrics[key]
                text = "" if value is None else number(value, 3) if key == "f1" else percent(value)
                self.setItem(row, col, _NumberItem(value, text, row))
            self.setItem(row, 4, _NumberItem(metrics["support"], str(metrics["support"]), row))
        self._sortable()
        # Worst class first. sortByColumn also sets the header's indicator, which _NumberItem reads.
        self.sortByColumn(1, Qt.SortOrder.AscendingOrder)

    def label_at(self, row: int) -> str | None:
        """The class shown in ``row`` (in the sorted order), None for no row."""
        item = self.item(row, 0) if row >= 0 else None
        return item.text() if item is not None else None


__all__ = ["ClassTable", "NOT_MEASURED"]
