"""The tutorials' look inside a CNN: the first convolution layer's filters as images, and, layer by layer, what
each layer makes of the current drawing (maps as tiles, dense outputs as bars), with its shape and one line on what
it does. The arrays are computed in a worker thread (:mod:`guiapp.core.layer_outputs`); the pixmaps are made here,
in the GUI thread. Work happens only while the view is visible: a new drawing or model while hidden just marks it
stale."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from guiapp.core.layer_outputs import Inspector, to_uint8
from guiapp.qt.tasks import TaskRunner, call
from guiapp.qt.picture_menu import offer_picture
from guiapp.qt.i18n import localise, translate
from guiapp.qt.theme import set_tone
from guiapp.qt.recognize.model_picker import model_display_name

TILE = 44  # pixels per filter / feature-map image on screen, at the smallest of TILE_SIZES
# View → the tiles' size: 44 px read as specks on a classroom projector at 1024×640, where View → Zoom had no room
# (walk 125); at 3× a 28×28 map shows its pixels.
TILE_SIZES = (TILE, 2 * TILE, 3 * TILE)
TILE_GAP = 6  # pixels between them
BAR_HEIGHT = 64  # pixels of the tallest bar of a dense layer
POSITIVE, NEGATIVE = QColor(46, 125, 220), QColor(222, 120, 40)


def grey_pixmap(image: np.ndarray, size: int = TILE) -> QPixmap:
    image = np.ascontiguousarray(image, np.uint8)
    height, width = image.shape
    qimage = QImage(image.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
    return QPixmap.fromImage(qimage).scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.FastTransformation)


def bars_pixmap(values: np.ndarray, labels: list[str] | None, width: int, text_color: QColor) -> QPixmap:
    """A dense layer's output as bars (blue up for positive, orange down for negative values; classes labelled)."""
    values = np.asarray(values, np.float32)
    n = len(values)
    label_h = 16 if labels else 0
    bar_w = max(2.0, min(24.0, (width - 4) / max(n, 1)))
    peak = float(np.abs(values).max()) or 1.0
    negative = bool((values < 0).any())
    height = BAR_HEIGHT * (2 if negative else 1) + label_h + 2
    pixmap = QPixmap(int(bar_w * n) + 4, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    base = BAR_HEIGHT + 1
    for i, v in enumerate(values):
        h = BAR_HEIGHT * abs(float(v)) / peak
        top = base - h if v >= 0 else base
        painter.fillRect(QRectF(2 + i * bar_w, top, max(1.0, bar_w - 1), max(h, 0.5)), POSITIVE if v >= 0 else NEGATIVE)
    painter.setPen(text_color)
    painter.drawLine(0, base, pixmap.width(), base)
    if labels:
        for i, label in enumerate(labels[:n]):
            painter.drawText(QRectF(2 + i * bar_w, height - label_h, bar_w, label_h), Qt.AlignmentFlag.AlignCenter,
                             str(label))
    painter.end()
    return pixmap


class FeatureMapsView(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model_path: str | None = None
        self.drawing = None
        self.pen_width: float | None = None  # the pad's, in its canvas units (None: the default share)
        self.inspector: Inspector | None = None
        self._stale = False
        self.runner = TaskRunner(self, name="guiapp-feature-maps")
        self.runner.ended.connect(self._after)
        self.tile = TILE
        self._laid_out_columns: int | None = None  # the large tiles a row as last laid out (see resizeEvent)
        self._reflow = QTimer(self, singleShot=True, interval=150)  # once a drag of the splitter settles
        self._reflow.timeout.connect(self._lay_out_again)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.note = QLabel(translate("train", "Load or train a model to see what its first layer learned; draw in Recognize to see "
                           "the feature maps of your drawing."))
        self.note.setWordWrap(True)
        top.addWidget(self.note, 1)
        self.size_box = QComboBox()
        for size, name in zip(TILE_SIZES, (translate("train", "Small maps"), translate("train", "Large maps"),
                                           translate("train", "Largest maps"))):
            self.size_box.addItem(name, size)
        self.size_box.setToolTip(translate("train", "How large each map is drawn (for a projector, the large ones); "
                                                    "the filters stay small"))
        self.size_box.setAccessibleName(translate("train", "Map size"))
        self.size_box.currentIndexChanged.connect(lambda _index: self.set_tile_size(self.size_box.currentData()))
        top.addWidget(self.size_box, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        self.scroll = scroll = QScrollArea()
        scroll.setAccessibleName(translate("train", "Layers of the model"))
        scroll.setWidgetResizable(True)
        self.canvas = QWidget()
        self.grid = QVBoxLayout(self.canvas)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(self.canvas)
        outer.addWidget(scroll, 1)
        # a slide of them too, whole (the part scrolled out of view included): only the curves and matrices
        # could be saved, and a teacher found no way (walk 150)
        offer_picture(self.canvas, [self.canvas], translate("train", "feature maps"), self._picture_caption,
                      lambda: self._shown[0].path if self._shown is not None else None)
        self.sections: list[tuple[str, int]] = []  # (title, images) shown, for tests

    def set_tile_size(self, size: int) -> None:
        """Draw the maps ``size`` pixels square (one of TILE_SIZES; the filters stay at TILE), the result shown drawn
        again."""
        if size == self.tile:
            return
        self.tile = size
        self.size_box.setCurrentIndex(max(0, self.size_box.findData(size)))
        if self._shown is not None:
            self._show(self._shown)

    def set_model(self, path: str | None) -> None:
        if path != self.model_path:
            self.model_path, self.inspector = path, None
            self._request()

    def set_drawing(self, drawing, pen_width: float | None = None) -> None:
        self.drawing, self.pen_width = drawing, pen_width
        self._request()

    def showEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().showEvent(event)
        if self._stale:
            self._request()

    def _request(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        if self.runner.is_running():
            self._stale = True  # picked up when the running one ends
            return
        self._stale = False
        if not self.model_path:
            self._shown = None
            self._clear()
            return
        path, drawing, inspector, pen_width = self.model_path, self.drawing, self.inspector, self.pen_width

        def compute():
            active = inspector if inspector is not None and inspector.path == path else Inspector(path)
            return active, active.layer_outputs(drawing, pen_width)

        self.runner.submit(translate("train", "feature maps"), call(compute, tensorflow=True), self._show,
                           lambda error: self.note.setText(translate("train", "Cannot look inside this model: {0}").format(error)))

    def _after(self) -> None:
        if self._stale:
            self._request()

    def wait(self, timeout_ms: int = 5000) -> bool:
        return self.runner.join(timeout_ms / 1000)

    def _clear(self) -> None:
        self.sections = []
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _heading(self, title: str, description: str = "") -> None:
        label = QLabel(title)
        label.setWordWrap(True)
        # Bold by its font, not a style sheet: a label with one keeps the text colour of the theme it was made in,
        # and the heading stayed black on the dark theme after a switch (a walk)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 6, 0, 0)
        self.grid.addWidget(label)
        if description:
            line = QLabel(description)
            line.setWordWrap(True)
            set_tone(line, "muted")
            self.grid.addWidget(line)

    def _bars(self, layer) -> None:
        self._heading(layer.title, localise(layer.description))
        bars = QLabel()
        bars.setPixmap(bars_pixmap(layer.values, layer.labels, max(200, self._room() - 4),
                                   self.palette().windowText().color()))
        if len(layer.values) < layer.shape[0]:
            bars.setToolTip(translate("train", "The first {0} of {1} values").format(len(layer.values), layer.shape[0]))
        self.grid.addWidget(bars)
        self.sections.append((layer.title, len(layer.values)))

    def _room(self) -> int:
        """The width the canvas's content has without a sideways scroll bar (the view's, less the canvas's margins
        and a vertical scroll bar's width, which the content brings as it grows)."""
        margins = self.grid.contentsMargins()
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        return self.scroll.width() - 2 * self.scroll.frameWidth() - margins.left() - margins.right() - bar

    def _columns(self, tile: int, columns: int = 16) -> int:
        """Tiles of ``tile`` px a row, as many as the view is wide (16 rows of 44 px overflowed a 1100 px window
        sideways; rows sized by this widget's width, not the scroll area's, widened the canvas past it and every
        line of text wrapped wider than the view: French was cut off at the minimum size)."""
        return max(1 if tile > TILE else 4, min(columns, (self._room() + TILE_GAP) // (tile + 2 + TILE_GAP)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Wider or narrower by a tile: the rows are laid out again (4 large maps a row stayed so when the settings
        column was hidden, the right half of the view empty: walk 131)."""
        super().resizeEvent(event)
        if self._shown is not None and self._laid_out_columns not in (None, self._columns(self.tile)):
            self._reflow.start()

    def _lay_out_again(self) -> None:
        at = self.scroll.verticalScrollBar().value()
        self._show(self._shown)
        self.scroll.verticalScrollBar().setValue(at)

    def _section(self, title: str, images: list[np.ndarray], columns: int = 16, description: str = "",
                 total: int = 0, tile: int | None = None) -> None:
        """``images`` as tiles under ``title``; ``total``: how many the layer has, said when only some are shown
        (16 tiles of a 32-map layer read as all of it)."""
        if total > len(images):
            shown = translate("train", "The first {0} of its {1} maps are shown.").format(len(images), total)
            description = "\n".join(part for part in (description, shown) if part)  # two sentences, two lines
        self._heading(title, description)
        tile = tile or self.tile
        columns = self._columns(tile, columns)
        if tile == self.tile:
            self._laid_out_columns = columns
        holder = QWidget()
        grid = QGridLayout(holder)
        # Each filter is a framed square with a clear gap around it: side by side, 16 grey squares read as one
        # blurred picture rather than 16 filters.
        grid.setSpacing(TILE_GAP)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for i, image in enumerate(images):
            label = QLabel()
            label.setPixmap(grey_pixmap(image, tile))
            label.setStyleSheet("border: 1px solid #aab2bd; background: white;")
            label.setFixedSize(label.pixmap().size() + QSize(2, 2))
            grid.addWidget(label, i // columns, i % columns)
        self.grid.addWidget(holder)
        self.sections.append((title, len(images)))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The theme switched: shown again, for the bars are drawn in the text colour of the theme they were made in."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None and self.isVisible():
            self._show(self._shown)

    _shown = None  # the result shown last
    _run_in_progress = False

    def set_run_in_progress(self, running: bool) -> None:
        """While a run trains, the model shown is said to be the one before it: a teacher took an earlier run's
        filters for the running one's (walk 141)."""
        self._run_in_progress = running
        if self._shown is not None:
            self._name_model()

    def _picture_caption(self) -> str:
        """What a saved picture of them is of: the model, as named above them."""
        return self.note.text() if self._shown is not None else ""

    def _name_model(self) -> None:
        # By the name the model box and Runs give it (every run's file is model.h5).
        name = translate("train", "Model: {0}").format(model_display_name(self._shown[0].path))
        self.note.setText(name + translate("train", " · the run in progress shows here once it ends")
                          if self._run_in_progress else name)

    def _show(self, result) -> None:
        inspector, maps = result
        if inspector.path != self.model_path:
            return  # a newer model was chosen meanwhile; its request follows
        self._shown = result
        self.inspector = inspector
        self._clear()
        self._name_model()
        # The filters stay small: 32 of 3×3 at the largest size filled 8 rows above the maps (walk 131)
        self._section(localise(inspector.filter_title), inspector.filters, tile=TILE)
        seen, layers = maps
        if seen is not None:
            self._section(translate("train", "What the model sees (the preprocessed drawing)"), [seen])
            for layer in layers:
                if layer.maps:
                    self._section(layer.title, layer.maps, description=localise(layer.description), total=layer.shape[-1])
                elif layer.values is not None:
                    self._bars(layer)
                else:
                    self._heading(layer.title, localise(layer.description))
                    self.sections.append((layer.title, 0))
        elif inspector.can_show_layers:
            hint = QLabel(translate("train", "Draw something in Recognize to see what each layer makes of it."))
            set_tone(hint, "muted")
            self.grid.addWidget(hint)


__all__ = ["FeatureMapsView", "Inspector", "bars_pixmap", "to_uint8"]
