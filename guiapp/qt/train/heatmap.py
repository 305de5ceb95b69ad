"""The confusion-matrix heatmap (pyqtgraph) of the Evaluation view and the epoch scrubber: each row as fractions of
the true class, the counts written in the cells while they fit, a click on a cell reported as (row, column).

Imported only when a heatmap is first built (see :mod:`guiapp.qt.lazy`): pyqtgraph is not needed to open the
window."""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsRectItem, QToolTip

import pyqtgraph as pg  # noqa: E402 — after PySide6

from guiapp.qt.plot_axes import ClassAxis  # noqa: E402
from guiapp.qt.theme import follow_palette, is_dark, is_high_contrast, line_width  # noqa: E402
from guiapp.qt.i18n import fmt, translate

MAX_TEXT_CLASSES = 20  # counts are written in the cells up to this many classes
# A matrix of more classes zooms (the wheel, + and −), down to this many classes across: at 71 classes a cell was
# 6×3 px on a projector, ば and ぱ's row names every few classes (walk 166)
ZOOM_CELLS = 8
CURSOR_OUTSIDE = 0.2  # of a cell: how far outside its cell the keyboard's ring is drawn
ZOOM_KEYS = {Qt.Key.Key_Plus: 2.0, Qt.Key.Key_Equal: 2.0, Qt.Key.Key_Minus: 0.5, Qt.Key.Key_0: 0}  # 0: whole
SEEN_AT_LEAST = 0.15  # the shade of a cell of the fewest samples (a light blue), empty ones white
HEAT = pg.ColorMap([0.0, 0.5, 1.0], [(255, 255, 255), (107, 174, 214), (8, 48, 107)])
# On the dark theme, from the dark plot's own colour up to a light blue: white empty cells glared from a dark
# window (a walk), and the most-read cells stand out as the light ones.
HEAT_DARK = pg.ColorMap([0.0, 0.5, 1.0], [(31, 32, 35), (33, 102, 172), (158, 202, 225)])


class ConfusionHeatmap(pg.PlotWidget):
    cellClicked = Signal(int, int)  # true class row, predicted class column

    def __init__(self, parent=None, empty_text: str = "") -> None:
        super().__init__(parent, background="w", axisItems={"bottom": ClassAxis("bottom", 0.5),
                                                                      "left": ClassAxis("left", 0.5)})
        self.setAccessibleName(translate("train", "Confusion matrix"))
        # how to read it, for a class whose homework is to explain it (walk 157: no key, no tooltip)
        self._how_to_read = "<p>" + translate(
            "train", "Rows: the class each sample really is; columns: what the model answered. The diagonal counts "
                     "the samples read right; any other cell, the samples of its row's class read as its column's. "
                     "The darker a cell, the larger its share of the row. Click a cell (or move with the arrows and "
                     "press Enter) to see its samples.") + "</p>"
        self.setToolTip(self._how_to_read)
        self.image = pg.ImageItem(axisOrder="row-major")
        self._shown: tuple | None = None  # (confusion, labels) drawn, drawn again in the other theme's colours
        self.addItem(self.image)
        self.invertY(True)
        self.setMenuEnabled(False)
        # Tab reaches it: the arrows move a cursor over the cells, Enter or Space opens one (the table opened only
        # each class's worst confusion, and 8 → 0 could not be opened without a mouse: a keyboard walk)
        # A click gives it the keyboard too: after clicking a cell, the arrows went on moving the Model box above,
        # which switched the model evaluated (walk 131)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cursor_cell = (0, 0)
        self.cursor = QGraphicsRectItem(0, 0, 1, 1)
        self.cursor.setZValue(11)
        self.cursor.setVisible(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        for side, label in (("bottom", translate("train", "predicted")), ("left", translate("train", "true"))):
            self.getAxis(side).setLabel(label, color="#222")
            self.getAxis(side).setTextPen(pg.mkPen("#222"))
        follow_palette(self)
        self._dark: bool | None = None  # the theme the cells are coloured for (_follow_theme)
        self._contrast: bool | None = None  # and whether it is the high-contrast one
        self.texts: list[pg.TextItem] = []
        self.size_k = 0
        self.selection = QGraphicsRectItem(0, 0, 1, 1)  # the opened cell (its pen: _follow_theme)
        self.selection.setZValue(10)
        self.selection.setVisible(False)
        self.addItem(self.selection)
        self.addItem(self.cursor)
        # Until a matrix is shown, a sentence instead of pyqtgraph's bare default axes (−0.5…0.5 read "(x0.001)").
        self.empty_text = empty_text
        self.placeholder = pg.TextItem(empty_text, color="#666", anchor=(0.5, 0.5))
        # Wrapped to the plot's width, centred: one line ran past both edges in French at 1024×640 ("valuez un
        # modèle pour voir sa matrice de confusion").
        self.placeholder.textItem.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
        self.addItem(self.placeholder)
        self.scene().sigMouseClicked.connect(self._clicked)
        self.clear_matrix()
        self._follow_theme()

    def changeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().changeEvent(event)
        # (not while pyqtgraph builds the widget: the cells come after)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and hasattr(self, "texts"):
            self._follow_theme()

    def _follow_theme(self) -> None:
        """The cells in the current theme's colours, the matrix shown drawn again in them."""
        dark, contrast = is_dark(self.palette()), is_high_contrast(self.palette())
        if (dark, contrast) == (self._dark, self._contrast):
            return
        self._dark, self._contrast = dark, contrast
        # High contrast keeps the light map, pale cells to deep blue: on the dark map a few confusions were cells
        # as black as the empty ones, the hot spots a washed-out projector needs gone (walk 137)
        self.image.setLookupTable((HEAT_DARK if self._dark_cells() else HEAT).getLookupTable(nPts=256))
        # the opened cell in the high-contrast theme's yellow: its red was the one mark not in it (walk 134)
        self.selection.setPen(pg.mkPen(self.palette().color(QPalette.ColorRole.Highlight) if contrast else (214, 39, 40),
                                       width=line_width(3), cosmetic=True))
        if self._shown is not None:
            marked = self.selection.isVisible()
            self.show_matrix(*self._shown)
            self.selection.setVisible(marked)  # the opened cell stays marked (its samples are still listed: a walk)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # Not while pyqtgraph builds the widget (no placeholder, no counts yet) or closes it (its scene's items deleted)
        if hasattr(self, "placeholder") and not getattr(self, "closed", False):
            self.placeholder.setTextWidth(max(80, self.width() - 24))
            self._size_numbers()

    def clear_matrix(self, why: str | None = None) -> None:
        """The empty state: no axes, no cells, the placeholder sentence (nothing measured, or it failed);
        ``why`` says instead why there is no matrix, this time only."""
        self.placeholder.setText(self.empty_text if why is None else why)
        self.size_k = 0
        self._shown = None
        self.image.clear()
        for item in self.texts:
            self.removeItem(item)
        self.texts = []
        self.selection.setVisible(False)
        self.cursor.setVisible(False)
        for side in ("bottom", "left"):
            self.plotItem.hideAxis(side)
        self._allow_zoom(0)
        self.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
        self.placeholder.setPos(0.5, 0.5)
        self.placeholder.setVisible(True)

    def is_empty(self) -> bool:
        return self.size_k == 0

    def show_matrix(self, confusion: np.ndarray, labels: list[str]) -> None:
        k = len(labels)
        if k == 0:
            self.clear_matrix()
            return
        self.size_k = k
        self._shown = (confusion, labels)
        self.placeholder.setVisible(False)
        for side in ("bottom", "left"):
            self.plotItem.showAxis(side)
        rows = confusion.sum(axis=1, keepdims=True)
        fractions = np.divide(confusion, rows, out=np.zeros(confusion.shape, np.float64), where=rows > 0)
        # A cell of any misread sample tinted, never as white as an empty one: one of 60 (1.7 %) was near white, its
        # "1" all that told it apart, unseen from the back of a class (walk 160). The counts say how many.
        self.image.setImage(np.where(confusion > 0, np.maximum(fractions, SEEN_AT_LEAST), 0.0), levels=(0.0, 1.0))
        self.image.setRect(0, 0, k, k)
        self.getAxis("bottom").set_classes(labels)
        self.getAxis("left").set_classes(labels)
        for item in self.texts:
            self.removeItem(item)
        self.texts = []
        if k <= MAX_TEXT_CLASSES:
            # the colour that reads on the cell: light on the deep blue (light theme) and on the near-black (dark
            # theme), dark on the pale cells
            on_full, on_pale = ("#111", "#e6e6e6") if self._dark_cells() else ("w", "#222")
            for r in range(k):
                for c in range(k):
                    if confusion[r, c]:
                        color = on_full if fractions[r, c] > 0.55 else on_pale
                        text = pg.TextItem(str(int(confusion[r, c])), color=color, anchor=(0.5, 0.5))
                        text.setPos(c + 0.5, r + 0.5)
                        self.addItem(text)
                        self.texts.append(text)
        self.set_faded(self.faded)
        self._allow_zoom(k)
        self._show_whole()
        self.selection.setVisible(False)
        self.cursor_cell = tuple(min(at, k - 1) for at in self.cursor_cell)
        self._show_cursor()
        self._size_numbers()

    def _allow_zoom(self, k: int) -> None:
        """A matrix of more than MAX_TEXT_CLASSES classes zooms and moves within itself (the wheel, a drag); a
        smaller one, whose cells hold their counts, stays whole."""
        zoomable = k > MAX_TEXT_CLASSES
        margin = 0.02 * k
        self.plotItem.vb.setLimits(xMin=-margin if k else None, xMax=k + margin if k else None,
                                   yMin=-margin if k else None, yMax=k + margin if k else None,
                                   minXRange=ZOOM_CELLS if zoomable else None,
                                   minYRange=ZOOM_CELLS if zoomable else None)
        self.setMouseEnabled(x=zoomable, y=zoomable)
        self.setToolTip(self._how_to_read + ("<p>" + translate(
            "train", "Many classes: the wheel (or + and −) zooms in, a drag moves the matrix, 0 shows it whole.")
            + "</p>" if zoomable else ""))

    def zoom(self, factor: float) -> None:
        """Zoom a matrix of many classes by ``factor`` (2: twice as large) about the keyboard's cell; 0 whole."""
        if self.size_k <= MAX_TEXT_CLASSES:
            return
        if factor == 0:
            self._show_whole()
            return
        row, col = self.cursor_cell
        self.plotItem.vb.scaleBy((1 / factor, 1 / factor), center=pg.Point(col + 0.5, row + 0.5))

    def _show_whole(self) -> None:
        self.setRange(xRange=(0, self.size_k), yRange=(0, self.size_k), padding=0.02)

    def _keep_in_view(self) -> None:
        """The view moved to the keyboard's cell where a zoom left it outside."""
        (x0, x1), (y0, y1) = self.plotItem.vb.viewRange()
        row, col = self.cursor_cell
        dx = min(0.0, col - x0) + max(0.0, col + 1 - x1)
        dy = min(0.0, row - y0) + max(0.0, row + 1 - y1)
        if dx or dy:
            self.plotItem.vb.translateBy(x=dx, y=dy)

    faded = False

    def set_faded(self, faded: bool) -> None:
        """Its cells and numbers faded, the matrix still answering clicks (another model's figures than the one
        named above: disabled, it looked the same, and its Save as picture… was dead: walk 149)."""
        self.faded = faded
        for item in (self.image, *self.texts):
            item.setOpacity(0.35 if faded else 1.0)

    def _dark_cells(self) -> bool:
        """Whether the cells are drawn on the dark map (the dark theme; not the high-contrast one)."""
        return bool(self._dark) and not self._contrast

    def _size_numbers(self) -> None:
        """The counts in the cells as large as the cells allow: folded out on a projector, the cells grew and their
        9 px numbers did not, unreadable from the back of a room (walk 137)."""
        if not self.texts or not self.size_k:
            return
        box = self.plotItem.vb.boundingRect()
        cell = min(box.width(), box.height()) / self.size_k
        font = self.font()
        font.setPixelSize(int(max(10, min(40, cell * 0.42))))
        for text in self.texts:
            text.setFont(font)

    def mark(self, row: int, col: int) -> None:
        self.selection.setRect(col, row, 1, 1)
        self.selection.setVisible(True)
        self.cursor_cell = (row, col)  # the keyboard goes on from the cell opened
        self._show_cursor()

    def screen_marks(self) -> list:
        """What a picture of the matrix leaves out: the opened cell's box and the keyboard's cursor."""
        return [self.selection, self.cursor]

    def _show_cursor(self) -> None:
        """The keyboard's cell, ringed in the highlight colour while the matrix has the focus."""
        if getattr(self, "closed", False):  # pyqtgraph closing it: its items are going
            return
        row, col = self.cursor_cell
        self.cursor.setPen(pg.mkPen(self.palette().color(QPalette.ColorRole.Highlight), width=line_width(2),
                                    style=Qt.PenStyle.DashLine, cosmetic=True))
        # a little outside its cell: on the opened cell, the ring lay on that cell's box, and the matrix looked the
        # same with the focus as without (walk 167)
        self.cursor.setRect(col - CURSOR_OUTSIDE, row - CURSOR_OUTSIDE, 1 + 2 * CURSOR_OUTSIDE, 1 + 2 * CURSOR_OUTSIDE)
        self.cursor.setVisible(self.hasFocus() and bool(self.size_k))
        self.setAccessibleDescription(translate("train", "row {0}, column {1}: Enter shows its samples").format(
            row + 1, col + 1) if self.size_k else "")

    def focusInEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().focusInEvent(event)
        self._show_cursor()
        self.viewport().update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().focusOutEvent(event)
        self._show_cursor()
        self.viewport().update()

    def paintEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().paintEvent(event)
        if self.hasFocus():  # ringed as a list with the keyboard focus is (theme.OutlinedControls)
            painter = QPainter(self.viewport())
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(QRectF(self.viewport().rect()).adjusted(1, 1, -1, -1))
            painter.end()

    def keyPressEvent(self, event) -> None:  # noqa: N802 — Qt's name
        moves = {Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0), Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1)}
        # (Shift too: "+" is a shifted key on many keyboards)
        if not self.size_k or event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                                    | Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
        elif event.key() in moves:
            step = moves[event.key()]
            self.cursor_cell = tuple(min(max(at + by, 0), self.size_k - 1) for at, by in zip(self.cursor_cell, step))
            self._show_cursor()
            self._keep_in_view()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.cellClicked.emit(*self.cursor_cell)
        elif event.key() in ZOOM_KEYS and self.size_k > MAX_TEXT_CLASSES:
            self.zoom(ZOOM_KEYS[event.key()])
        else:
            super().keyPressEvent(event)

    def keyboard_point(self):
        """Where the keyboard's cursor cell is, in this widget's pixels (its menu opens there)."""
        row, col = self.cursor_cell
        centre = self.plotItem.vb.mapViewToScene(pg.Point(col + 0.5, row + 0.5))
        return self.mapFromScene(centre)

    def _cell_at(self, scene_pos) -> tuple[int, int] | None:
        """(row, column) of the cell at ``scene_pos``; None off the matrix."""
        point = self.plotItem.vb.mapSceneToView(scene_pos)
        col, row = int(np.floor(point.x())), int(np.floor(point.y()))
        return (row, col) if self.size_k and 0 <= row < self.size_k and 0 <= col < self.size_k else None

    def cell_tip(self, row: int, col: int) -> str:
        """What the cell at ``row``, ``col`` counts, in words: at 71 classes a cell is 4 px, every other class named,
        and pointing at one told only how to read the matrix (walk 162)."""
        confusion, labels = self._shown
        count, total = int(confusion[row, col]), int(confusion[row].sum())
        if row == col:
            return fmt(translate("train", "{0!r} read right: {1} of its {2} samples"), labels[row], count, total)
        return fmt(translate("train", "{0!r} read as {1!r}: {2} of its {3} samples"), labels[row], labels[col], count,
                   total)

    def viewportEvent(self, event) -> bool:  # noqa: N802 — Qt's name
        if event.type() == QEvent.Type.ToolTip and self._shown is not None:
            cell = self._cell_at(self.mapToScene(event.pos()))
            if cell is not None:  # the cell pointed at, then how to read the matrix
                QToolTip.showText(event.globalPos(), f"<p><b>{html.escape(self.cell_tip(*cell))}</b></p>"
                                  + self.toolTip(), self)
                return True
        return super().viewportEvent(event)

    def _clicked(self, event) -> None:
        cell = self._cell_at(event.scenePos())
        if cell is not None:
            row, col = cell
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.cursor_cell = (row, col)  # the arrows go on from the cell clicked
            self.cellClicked.emit(row, col)


__all__ = ["ConfusionHeatmap"]
