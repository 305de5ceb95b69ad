"""The Datasets area's filters: which samples the thumbnail grid shows (a class, a split), how many of how many,
and a sample revealed through them. A mixin of :class:`~guiapp.qt.datasets.panel.DatasetsPanel` (its
``class_filter``, ``split_filter``, ``grid`` and ``shown_count``)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from guiapp.qt.i18n import fmt, glued, translate

SPLIT_NAMES = {0: "train", 1: "validation", 2: "test"}  # the codes of dataset_edit.split_codes


class SampleFiltersMixin:
    def _fit_class_filter(self, text: str) -> None:
        """The class filter's width, counted in characters (14), clips "All classes (46)" in a script of wide
        characters or a longer language (すべてのクラス (46), Toutes les classes (46)): at least that item fits."""
        option = QStyleOptionComboBox()
        self.class_filter.initStyleOption(option)
        metrics = self.class_filter.fontMetrics()
        contents = QSize(metrics.horizontalAdvance(text), metrics.height())
        self.class_filter.setMinimumWidth(self.class_filter.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, contents, self.class_filter).width())

    def _filtered_rows(self) -> np.ndarray:
        if self.dataset is None:
            return np.empty(0, np.int64)
        mask = np.ones(len(self.dataset), bool)
        cls = self.class_filter.currentData()
        if cls is not None:
            mask &= self.dataset.labels == cls
        code = self.split_filter.currentData()
        if code is not None:
            mask &= self.split_codes == code
        return np.flatnonzero(mask)

    def _apply_filter(self) -> None:
        if self.dataset is None:
            return
        rows = self._filtered_rows()
        self.grid.set_rows(rows)
        self._update_count()
        # Resetting the grid drops its selection silently: keep the shown sample if the filter still shows it,
        # else show the filter's first one (or nothing), so the sample view and the augmentation preview never
        # keep a sample the filter hides.
        if self.shown_index is not None and self.grid.select_sample(self.shown_index):
            return
        if len(rows):
            self.grid.select_sample(int(rows[0]))
        else:
            self.shown_index = None
            self.sample_view.clear()
            self.augment.set_sample(None)

    def _update_count(self) -> None:
        shown, total = self.grid.thumb_model.rowCount(), len(self.dataset) if self.dataset is not None else 0
        # Only a filter's share: the header above says how many the dataset has, and "52 samples" here wrapped
        # between its number and its word at the window's least width (a walk).
        self.shown_count.setText(glued(fmt(translate("datasets", "{0:,} of {1:,} shown"), shown, total))
                                 if shown != total else "")

    def set_class_filter(self, class_index: int | None) -> None:
        self.class_filter.setCurrentIndex(0 if class_index is None else class_index + 1)

    def set_split_filter(self, split: str | None) -> None:
        code = None if split is None else {v: k for k, v in SPLIT_NAMES.items()}[split]
        self.split_filter.setCurrentIndex(self.split_filter.findData(code) if code is not None else 0)

    def reveal_sample(self, index: int) -> None:
        """Select a sample; filters that hide it show its class instead (they were cleared to every class, and the
        grid showed the dataset's first sample, not the one asked for)."""
        if not self.grid.select_sample(index):
            self.set_split_filter(None)
            self.set_class_filter(int(self.dataset.labels[index]))
            self.grid.select_sample(index)
