"""The samples behind one cell of the Evaluation view's confusion matrix: a title saying which cell and how many
("True “9” predicted as “4”: 3 misclassified samples"), and their images (the first 200). A sample double-clicked
(or Enter) opens larger, with what the model read it as and how sure it was."""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from guiapp.core.text import Plural
from guiapp.qt.i18n import localise, number, percent, sample_number, translate

MAX_SAMPLES_SHOWN = 200
LARGE_CLASS_NAMES = 1.8  # the cell's two classes in its title, this many times the text's size


def cell_hint() -> str:
    # the keyboard's way too: a keyboard-only walk read "Click" and looked no further (walk 128)
    return translate("train", "Click a cell of the matrix (or Tab to it, then the arrow keys and Enter) to see its samples.")


def coverage_icon(image: np.ndarray, size: int = 56) -> QIcon:
    """uint8 coverage (255 = ink) → an icon with dark ink on white paper (GUI thread: QPixmap)."""
    paper = np.ascontiguousarray(255 - np.asarray(image, np.uint8))
    height, width = paper.shape
    qimage = QImage(paper.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
    return QIcon(QPixmap.fromImage(qimage).scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))


class CellSamples(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()  # the hint comes with a matrix to click (it stood beside an empty one: a walk)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)  # a long translation wraps instead of widening the Train area
        layout.addWidget(self.title)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(56, 56))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMinimumHeight(90)
        self.list.setAccessibleName(translate("train", "Samples of the chosen cell"))
        # A thumbnail was all there was: a click only highlighted it (a fresh-eyes walk).
        self.list.itemActivated.connect(lambda item: self.open_sample(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.list, 1)
        self._cell: tuple[str, str, object, dict] | None = None  # true, predicted, images, confidence
        self._dialog: QDialog | None = None

    def show_cell(self, true: str, predicted: str, indices: np.ndarray, images,
                  confidence: dict[int, float] | None = None, rows: np.ndarray | None = None,
                  files: tuple[str, ...] | None = None) -> None:
        """The samples ``indices`` of ``images`` whose true class is ``true``, read as ``predicted``; ``confidence``:
        the model's probability of its answer, by sample index, where known (the misread ones); ``rows``: each
        sample's row in the whole dataset, for a part of one (``Dataset.rows``), which numbers them; ``files``: an
        image folder's file of each sample (``Dataset.files``), named when one is opened."""
        self._cell = (true, predicted, images, confidence or {})
        self._rows, self._files = rows, files
        shown = indices[:MAX_SAMPLES_SHOWN]
        more = translate("train", " (first {0})").format(len(shown)) if len(indices) > len(shown) else ""
        # Two whole sentences, not "correct"/"misclassified" put into one: that word stayed English.
        count = localise(Plural("%Ln correct sample(s)", "", len(indices)) if true == predicted
                         else Plural("%Ln misclassified sample(s)", "", len(indices)))
        # the two classes large: at the label's size a class could not tell ば from ぱ, the very confusion it looked
        # at (walk 166)
        template = html.escape(translate("train", "True “{0}” predicted as “{1}”: {2}{3}"), quote=False)
        self._title = template.format(self._large(true), self._large(predicted), html.escape(count, quote=False),
                                      html.escape(more, quote=False))
        self._show_title()
        self.list.clear()
        for index in shown:
            item = QListWidgetItem(coverage_icon(images[int(index)]), f"#{self._number(index)}")
            item.setData(Qt.ItemDataRole.UserRole, int(index))
            item.setToolTip(translate("train", "sample {0}: true {1}, predicted {2}").format(number(self._number(index)), true, predicted)
                            + "\n" + translate("train", "Double-click to see it larger"))
            self.list.addItem(item)

    _rows: np.ndarray | None = None
    _files: tuple[str, ...] | None = None
    _title = ""
    _read_by = ""  # the model the samples' readings are of, while the figures above are greyed as another's

    def set_read_by(self, model: str) -> None:
        """Said in the title while Evaluation's figures are greyed as another model's than the one chosen: the
        samples stayed in full colour and read as the chosen model's (walk 165)."""
        self._read_by = model
        if self._cell is not None:
            self._show_title()

    def _large(self, name: str) -> str:
        size = self.title.font().pointSizeF() * LARGE_CLASS_NAMES
        return f"<span style='font-size:{size:.1f}pt'>{html.escape(name, quote=False)}</span>"

    def _show_title(self) -> None:
        self.title.setText(self._title + (html.escape(translate("train", " (as {0} read them)").format(
            self._read_by), quote=False) if self._read_by else ""))

    def _number(self, index) -> int:
        return sample_number(index if self._rows is None else self._rows[int(index)])

    def clear(self, hint: bool = True) -> None:
        """No cell open, no samples; the hint to click one when ``hint`` (there is a matrix to click)."""
        self.list.clear()
        self._cell = None
        self.title.setText(cell_hint() if hint else "")
        if self._dialog is not None:
            self._dialog.hide()

    def open_sample(self, index: int) -> QDialog | None:
        """Sample ``index`` of the open cell, large, in a window of its own (one, reused: the next sample opened
        replaces it), with its true class, what the model read and how sure it was."""
        if self._cell is None:
            return None
        from guiapp.qt.datasets.sample_view import SampleView

        true, predicted, images, confidence = self._cell
        if self._dialog is None:
            self._dialog = QDialog(self)
            self._dialog.view = SampleView()
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self._dialog.close)
            layout = QVBoxLayout(self._dialog)
            layout.addWidget(self._dialog.view)
            layout.addWidget(buttons)
        # an identifier, as the strip writes it under the sample: "Sample 4,701" beside "#4701" (walk 150)
        self._dialog.setWindowTitle(translate("train", "Sample {0}").format(f"#{self._number(index)}"))
        read = (translate("train", "Read as “{0}” ({1} sure)").format(predicted, percent(confidence[index], 0))
                if index in confidence else translate("train", "Read as “{0}”").format(predicted))
        heading = true if true == predicted else f"{true} → {predicted}"  # a big "1" over a drawn 7 read as a typo
        # and which file it is, as the Datasets tab names it: a student wanted to find the misread image (walk 165)
        where = ([translate("datasets", "file: {0}").format(self._files[int(index)])]
                 if self._files is not None and int(index) < len(self._files) else [])
        self._dialog.view.show_sample(np.asarray(images[int(index)]), heading,
                                      [translate("train", "True class “{0}”").format(true), read, *where])
        self._dialog.show()
        self._dialog.raise_()
        return self._dialog

    def indices(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]


__all__ = ["CellSamples", "MAX_SAMPLES_SHOWN", "cell_hint", "coverage_icon"]
