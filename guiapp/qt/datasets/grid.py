"""A virtualised thumbnail grid over a dataset: one model row per (filtered) sample, never one widget per sample.

The model keeps only the dataset's arrays (possibly memory-mapped) and an index array for the current filter.
A thumbnail is made the first time the view asks for it (a grey QImage over the sample's bytes, shown as dark
ink on white paper, scaled once) and kept in a bounded LRU cache, so scrolling 70,000 samples costs only the
thumbnails that become visible. The view uses uniform item sizes in a wrapping list layout, which Qt lays out
arithmetically instead of measuring every item.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from guiapp.core.datasets.base import Dataset
from guiapp.qt.i18n import sample_number, translate

THUMB_SIZE = 56
CACHE_SIZE = 3000  # pixmaps (~20 screens of thumbnails); 3000 × 56² × 4 B ≈ 38 MB at most
PREFETCH = 48  # thumbnails made per cache miss
LAYOUT_BATCH = 4000  # items Qt lays out per event-loop turn (70,000 at once would block for ~150 ms)
SampleRole = Qt.ItemDataRole.UserRole + 1  # the dataset index of a row


def coverage_qimage(pixels: np.ndarray) -> QImage:
    """uint8 ink coverage (H, W) → a grey QImage of dark ink on white paper (the QImage owns its copy)."""
    paper = np.ascontiguousarray(255 - np.asarray(pixels, dtype=np.uint8))
    h, w = paper.shape
    return QImage(paper.data, w, h, w, QImage.Format.Format_Grayscale8).copy()


def coverage_pixmap(pixels: np.ndarray, side: int) -> QPixmap:
    """Scaled into side×side. Small images are enlarged by a whole factor with square pixels, so the pixels a
    model sees are shown as they are rather than smoothed over."""
    image = coverage_qimage(pixels)
    big = max(pixels.shape)
    if big <= side // 2:
        side = (side // big) * big
        mode = Qt.TransformationMode.FastTransformation
    else:
        mode = Qt.TransformationMode.SmoothTransformation
    return QPixmap.fromImage(image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, mode))


class ThumbnailModel(QAbstractListModel):
    def __init__(self, parent=None, thumb_size: int = THUMB_SIZE):
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self.rows = np.empty(0, np.int64)
        self.thumb_size = thumb_size
        self._cache: OrderedDict[int, QPixmap] = OrderedDict()
        # Whether the rows shown are of several classes: each thumbnail then names its class in its corner (a grid
        # of every class, unnamed, hid the one drawing labelled wrong among them: a walk)
        self.labelled = False
        self.thumbnails_made = 0  # for tests and the benchmark: proves thumbnails are made lazily

    def set_dataset(self, dataset: Dataset | None, rows: np.ndarray | None = None) -> None:
        self.beginResetModel()
        self.dataset = dataset
        self._cache.clear()
        if dataset is None:
            self.rows = np.empty(0, np.int64)
        else:
            self.rows = np.arange(len(dataset), dtype=np.int64) if rows is None else np.asarray(rows, np.int64)
        self._label_if_mixed()
        self.endResetModel()

    def set_rows(self, rows: np.ndarray) -> None:
        """Show only these dataset indices (a filter); thumbnails already made stay cached."""
        self.beginResetModel()
        self.rows = np.asarray(rows, np.int64)
        self._label_if_mixed()
        self.endResetModel()

    def _label_if_mixed(self) -> None:
        labels = self.dataset.labels[self.rows] if self.dataset is not None and len(self.rows) else np.empty(0)
        self.labelled = bool(len(labels)) and bool((labels != labels[0]).any())

    def class_name(self, row: int) -> str:
        return self.dataset.classes[int(self.dataset.labels[int(self.rows[row])])]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def sample_index(self, row: int) -> int:
        return int(self.rows[row])

    def row_of(self, sample: int) -> int | None:
        hits = np.flatnonzero(self.rows == sample)
        return int(hits[0]) if len(hits) else None

    def thumbnail(self, sample: int) -> QPixmap:
        pixmap = self._cache.get(sample)
        if pixmap is not None:
            self._cache.move_to_end(sample)
            return pixmap
        pixmap = coverage_pixmap(self.dataset.images[sample], self.thumb_size)
        self._store(sample, pixmap)
        return pixmap

    def thumbnail_for_row(self, row: int) -> QPixmap:
        """The thumbnail of grid row ``row``; a miss makes the next ``PREFETCH`` rows' thumbnails in one batch
        (the view paints row after row, so they are needed next; numpy does the scaling for all at once)."""
        sample = int(self.rows[row])
        pixmap = self._cache.get(sample)
        if pixmap is not None:
            self._cache.move_to_end(sample)
            return pixmap
        images = self.dataset.images
        h, w = images.shape[1:3]
        factor = self.thumb_size // max(h, w)
        if h != w or factor < 2:
            return self.thumbnail(sample)
        block = [int(s) for s in self.rows[row : row + PREFETCH] if int(s) not in self._cache]
        paper = 255 - np.asarray(images[np.sort(block)] if len(block) > 1 else images[block])
        order = np.sort(block) if len(block) > 1 else block
        big = np.ascontiguousarray(np.repeat(np.repeat(paper, factor, axis=1), factor, axis=2))
        side = h * factor
        for s, pixels in zip(order, big):
            self._store(int(s), QPixmap.fromImage(QImage(pixels.data, side, side, side, QImage.Format.Format_Grayscale8)))
        return self._cache[sample]

    def _store(self, sample: int, pixmap: QPixmap) -> None:
        self.thumbnails_made += 1
        self._cache[sample] = pixmap
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.dataset is None or index.row() >= len(self.rows):
            return None
        sample = int(self.rows[index.row()])
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(sample)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"#{sample_number(sample)}: {self.dataset.classes[int(self.dataset.labels[sample])]}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.dataset.classes[int(self.dataset.labels[sample])]
        if role == SampleRole:
            return sample
        return None


class ThumbnailDelegate(QStyledItemDelegate):
    """Paints the cached pixmap straight away: the standard delegate asks the model for a dozen roles per item
    per frame, which in Python costs more than the drawing."""

    def __init__(self, model: ThumbnailModel, parent=None):
        super().__init__(parent)
        self.model = model
        self._tags: dict[tuple, QPixmap] = {}  # (name, width, font, colours) → its tag, drawn (see _paint_class)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:  # a square around the thumbnail, in a cell made wider
            side = min(rect.width(), rect.height())
            painter.fillRect(rect.x() + (rect.width() - side) // 2, rect.y(), side, rect.height(),
                             option.palette.highlight())
        pixmap = self.model.thumbnail_for_row(index.row())
        x = rect.x() + (rect.width() - pixmap.width()) // 2
        y = rect.y() + (rect.height() - pixmap.height()) // 2
        painter.drawPixmap(x, y, pixmap)
        if self.model.labelled:
            self._paint_class(painter, option, self.model.class_name(index.row()), x, y, pixmap.width())

    def _paint_class(self, painter: QPainter, option: QStyleOptionViewItem, name: str, x: int, y: int,
                     width: int) -> None:
        """The class's name in the thumbnail's top left corner, small, on a tag of the window's colour (cut with
        "…" to the thumbnail's width; the whole name is in the tooltip). Each tag is drawn once into a pixmap:
        drawn as text on every paint, scrolling a 70,000-sample grid ran at half its frame rate."""
        paper, ink = (option.palette.color(role) for role in (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText))
        ratio = painter.device().devicePixelRatioF()  # sharp at 2× as the thumbnails' edges are
        key = (name, width, option.font.key(), paper.rgba(), ink.rgba(), ratio)
        tag = self._tags.get(key)
        if tag is None:
            font = QFont(option.font)
            font.setPointSizeF(font.pointSizeF() * 0.8)  # a tag, not a caption: the drawing stays the thing seen
            metrics = QFontMetrics(font)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width - 4)
            tag = QPixmap(round((metrics.horizontalAdvance(text) + 4) * ratio), round(metrics.height() * ratio))
            tag.setDevicePixelRatio(ratio)
            paper.setAlpha(215)  # the ink under it still shows
            tag.fill(paper)
            with_text = QPainter(tag)
            with_text.setFont(font)
            with_text.setPen(ink)
            with_text.drawText(QRectF(0, 0, tag.width() / ratio, tag.height() / ratio), Qt.AlignmentFlag.AlignCenter,
                               text)
            with_text.end()
            if len(self._tags) > 4000:  # a kanji set's classes at a few widths, at most
                self._tags.clear()
            self._tags[key] = tag
        painter.drawPixmap(x, y, tag)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        side = self.model.thumb_size + 4
        view = self.parent()  # a cell as wide as the grid's (ThumbnailGrid._fill_width), the thumbnail centred in it
        return QSize(max(side, view.gridSize().width() - 2) if isinstance(view, QListView) else side, side)


class ThumbnailGrid(QListView):
    """Emits ``sampleSelected(dataset index)`` when the current item changes and ``sampleActivated`` on
    double-click / Enter."""

    sampleSelected = Signal(int)
    sampleActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None, thumb_size: int = THUMB_SIZE):
        super().__init__(parent)
        self._keep_at_top: QPersistentModelIndex | None = None  # the sample to show at the top again (resizeEvent)
        self.thumb_model = ThumbnailModel(self, thumb_size)
        self.setModel(self.thumb_model)
        self.delegate = ThumbnailDelegate(self.thumb_model, self)
        self.setItemDelegate(self.delegate)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)
        self.setViewMode(QListView.ViewMode.ListMode)  # ListMode + wrapping: arithmetic layout for uniform items
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setMovement(QListView.Movement.Static)
        self.setSpacing(2)
        self.setIconSize(QSize(thumb_size, thumb_size))
        self.setGridSize(QSize(thumb_size + 6, thumb_size + 6))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(thumb_size // 2)
        self.setStyleSheet("QListView { background: palette(window); }")  # white thumbnails stand out in both themes
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.activated.connect(lambda index: self.sampleActivated.emit(self.thumb_model.sample_index(index.row())))

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        top = QModelIndex()
        if event.oldSize().width() != event.size().width() and self.verticalScrollBar().value() > 0:
            top = self.indexAt(QPoint(self.gridSize().width() // 2, 2))
        super().resizeEvent(event)
        self._fill_width()
        if top.isValid() and self._keep_at_top is None:
            # The sample at the top stays there: Qt lays the rows out anew for the new width (later, on its own
            # timer) and kept the scroll bar's pixels, which then showed other samples (a walk).
            self._keep_at_top = QPersistentModelIndex(top)

    def updateGeometries(self) -> None:  # noqa: N802 — Qt's name
        """After a layout, once the rows are laid out for the new width and the scroll bar has their range: the
        sample kept at the top (resizeEvent). Qt lays a large dataset out in batches, calling this after each."""
        super().updateGeometries()
        keep = self._keep_at_top
        if keep is None:
            return
        if not keep.isValid():
            self._keep_at_top = None
            return
        index, model = self.model().index(keep.row(), 0), self.model()
        rect, bar = self.visualRect(index), self.verticalScrollBar()
        # laid out anew: cells as far apart as the new grid size, the kept one within the scroll bar's reach
        step = self.visualRect(model.index(1, 0)).x() - self.visualRect(model.index(0, 0)).x()
        if rect.isValid() and step in (0, self.gridSize().width()) and 0 <= rect.y() + bar.value() <= bar.maximum():
            self._keep_at_top = None
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def _fill_width(self) -> None:
        """The columns share the viewport's whole width: cells of a fixed width left a blank strip up to a cell wide
        at the right (a walk: 62 px of 434). Qt wraps before a cell that would end on the last pixel, hence - 1.
        The width is the one Qt lays the cells out in: QListView (flowing left to right, its scroll bar as needed)
        keeps the scroll bar's room whether the bar shows or not. Measured on the viewport, a dataset too small to
        scroll got a column too many for Qt, which wrapped it: 6 columns and a strip of 70 px in 448."""
        cell = self.gridSize().height()
        usable = self.maximumViewportSize().width() - 1
        style, bar = self.style(), self.verticalScrollBar()
        if (self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
                and not style.pixelMetric(QStyle.PixelMetric.PM_ScrollView_ScrollBarOverlap, None, bar)):
            usable -= style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar)
            if style.styleHint(QStyle.StyleHint.SH_ScrollView_FrameOnlyAroundContents, None, self):
                usable -= 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self)
        columns = max(1, usable // cell)
        width = max(cell, usable // columns)
        if width != self.gridSize().width():
            self.setGridSize(QSize(width, cell))

    def set_dataset(self, dataset: Dataset | None, rows: np.ndarray | None = None) -> None:
        self._keep_at_top = None  # another dataset or filter starts at its top
        self.thumb_model.set_dataset(dataset, rows)

    def empty_text(self) -> str:
        """What the grid says when it shows no sample (a new dataset of one's own was a blank grey area)."""
        dataset = self.thumb_model.dataset
        if dataset is None:
            return ""
        if len(dataset) == 0:
            return translate("datasets", "No samples yet. On the Recognize tab, draw a character, type its label "
                                         "under the pad and press Enter; or use Collect… there.")
        return translate("datasets", "No samples match the filters above.")

    def paintEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().paintEvent(event)
        if self.thumb_model.rowCount():
            return
        painter = QPainter(self.viewport())
        if text := self.empty_text():
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                             text)
        if self.hasFocus():  # no sample to draw the focus on: Tab seemed to land nowhere (a keyboard-only walk)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -1, -1))

    def focusInEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().focusOutEvent(event)
        self.viewport().update()

    def set_rows(self, rows: np.ndarray) -> None:
        self.thumb_model.set_rows(rows)

    def selected_samples(self) -> list[int]:
        rows = sorted(index.row() for index in self.selectionModel().selectedIndexes())
        return [self.thumb_model.sample_index(r) for r in rows]

    def select_sample(self, sample: int) -> bool:
        row = self.thumb_model.row_of(sample)
        if row is None:
            return False
        index = self.thumb_model.index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        if not self.viewport().rect().intersects(self.visualRect(index)):
            # Just filtered or opened: Qt lays the rows out later, in batches, and scrollTo had nothing to go by
            # (a health pair clicked left the grid at its first sample): scrolled to once they are laid out.
            self._keep_at_top = QPersistentModelIndex(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            if not self.selectionModel().hasSelection():
                # Tab into the grid made the first sample current (the sample view showed it) without selecting
                # it, so no cell looked chosen: the shown sample is the selected one.
                self.selectionModel().select(current, self.selectionModel().SelectionFlag.ClearAndSelect)
            self.sampleSelected.emit(self.thumb_model.sample_index(current.row()))
