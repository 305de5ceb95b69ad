"""Opening the samples behind the evaluation's figures: a cell of the confusion matrix clicked, or a row of the
per-class table (its class's most frequent confusion), shown in the sample strip; the pair opened is what the
"Draw … and …" drill practises. A mixin of :class:`~guiapp.qt.train.evaluation.EvaluationView`."""

from __future__ import annotations

import numpy as np

from guiapp.qt.i18n import translate


class CellOpeningMixin:
    """Needs the view's ``report``, ``table``, ``heatmap``, ``cell``, ``dataset``, ``drill_button`` and
    ``cellOpened``."""

    def open_class(self, table_row: int) -> np.ndarray:
        """The per-class table's row ``table_row`` (in its sorted order): that class's most frequent confusion, or
        its correct samples when it has none."""
        label = self.table.label_at(table_row)
        if self.report is None or label not in self.report.labels:
            return np.empty(0, np.int64)
        true = self.report.labels.index(label)
        wrong = np.array(self.report.confusion[true], copy=True)
        wrong[true] = 0
        predicted = int(np.argmax(wrong)) if wrong.any() else true
        self._choose_pair(true, predicted)
        return self.open_cell(true, predicted)

    chosen_pair: tuple[str, str] | None = None  # the misclassification cell the person clicked, for the drill
    shown: list[int] = []  # the model-label indices of the matrix's rows and columns, the table's classes

    def _cell_clicked(self, shown_row: int, shown_col: int) -> None:
        """A cell clicked: its samples, and a misclassification becomes what "Draw …" practises (a fresh-eyes walk
        clicked 9 → 4 and was asked for 7, 1, 9, 4, 0, 6)."""
        if self.report is None:
            return
        row, col = self.shown[shown_row], self.shown[shown_col]
        self._choose_pair(row, col)
        self.open_cell(row, col)

    def _choose_pair(self, row: int, col: int) -> None:
        """The cell the person opened (in the matrix, or by a class's row in the table) is what "Draw …" practises:
        after a row of the table opened 5 → 3, the button still offered the 1 and 7 clicked before (a walk)."""
        # (a cell of no sample misread is no pair either: one offered "Draw 8 and 9…" from "0 misclassified": walk 116)
        if row != col and self.report.confusion[row, col] > 0:
            self.chosen_pair = (self.report.labels[row], self.report.labels[col])
            self.drill_button.setText(translate("train", "Draw {0} and {1}…").format(*self.chosen_pair))
        else:  # correct samples, or none: no pair; the button goes back to the most confused classes
            self.chosen_pair = None
            self.drill_button.setText(translate("train", "Draw what it confuses…"))

    def open_cell(self, row: int, col: int) -> np.ndarray:
        """Show the samples of one confusion cell (true class ``row``, predicted ``col``); returns their indices."""
        if self.report is None:
            return np.empty(0, np.int64)
        true, predicted = self.report.labels[row], self.report.labels[col]
        indices = self.report.samples(true, predicted)
        if row in self.shown and col in self.shown:
            self.heatmap.mark(self.shown.index(row), self.shown.index(col))
        self.cell.show_cell(true, predicted, indices, self.dataset.images,
                            {m.index: m.probability for m in self.report.misclassified if m.true == true},
                            getattr(self.dataset, "rows", None), getattr(self.dataset, "files", None))
        self.cellOpened.emit(true, predicted, indices)
        return indices

    def shown_indices(self) -> list[int]:
        return self.cell.indices()



__all__ = ["CellOpeningMixin"]
