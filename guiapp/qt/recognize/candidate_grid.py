"""Candidates of a model with many classes (a kanji model): the top ten in a compact grid, each with its readings
and meanings when ``core.kanji_info`` knows them. A click writes the candidate, as a candidate row does.

Five bars say little when the right kanji is often third or eighth among 2,136; ten cells with readings let a
reader recognize the one they meant. Small models keep the rows (``PredictionsView``).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from guiapp.core import kanji_info
from guiapp.qt.recognize.glyph import paint_label
from guiapp.qt.recognize.predictions import SURE, TRACK, UNSURE, CandidateRow, format_percent

LARGE_CLASS_SET = 100  # more classes than this: the grid instead of the rows
GRID_TOP_K = 10
COLUMNS = 2
ROWS = -(-GRID_TOP_K // COLUMNS)
READINGS_SHOWN = 3  # per cell; the tooltip has them all


class CandidateCell(CandidateRow):
    """One candidate: the character, its percentage and a thin bar, its readings and meanings (a row's click and
    hover, drawn as a cell)."""

    def __init__(self, rank: int, parent: QWidget | None = None) -> None:
        super().__init__(rank, parent)
        self.readings = self.meanings = ""
        self.setMinimumHeight(40)

    def sizeHint(self) -> QSize:
        return QSize(150, 46)

    def set_candidate(self, label: str | None, probability: float = 0.0, unsure: bool = False) -> None:
        # One line each in the cell, all of them in the tooltip; empty for a label KANJIDIC does not know.
        info = kanji_info.lookup(label) if label else None
        self.readings = "、".join(info.readings()[:READINGS_SHOWN]) if info else ""
        self.meanings = ", ".join(info.meanings) if info else ""
        super().set_candidate(label, probability, unsure)  # its tooltip has them all
        self.setAccessibleName(" ".join(part for part in (label or "", self.readings, self.meanings) if part))

    def paintEvent(self, event) -> None:
        if self.label is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h, w = float(self.height()), float(self.width())
        text_color = self.palette().windowText().color()
        glyph = QFont(self.font())
        glyph.setPixelSize(int(h * 0.62))
        glyph.setBold(self.rank == 0)
        paint_label(painter, QRectF(0, 0, h, h - 4), self.label, glyph, text_color)
        # The bar under the character: its share of the answer, amber when the model is unsure.
        bar = QRectF(2, h - 4, h - 4, 3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRect(bar)
        color = UNSURE if self.unsure else SURE
        painter.setBrush(color if self.rank == 0 else color.lighter(135))
        painter.drawRect(QRectF(bar.left(), bar.top(), max(1.0, bar.width() * self.probability), bar.height()))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        left, line = h + 2, h / 2
        percent = format_percent(self.probability)
        percent_w = metrics.horizontalAdvance(percent) + 4
        painter.setPen(text_color)
        width = max(0.0, w - left - percent_w)
        align_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(QRectF(left, 0, width, line), align_left,
                         metrics.elidedText(self.readings, Qt.TextElideMode.ElideRight, int(width)))
        painter.drawText(QRectF(w - percent_w, 0, percent_w, line),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), percent)
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(QRectF(left, line, w - left, line), align_left,
                         metrics.elidedText(self.meanings, Qt.TextElideMode.ElideRight, int(w - left)))
        painter.end()


class CandidateGrid(QWidget):
    """``GRID_TOP_K`` cells in ``COLUMNS`` columns, best first, down the first column and on down the next: a list
    read in one direction. Left to right, then down, the percentages zigzagged (25, 16 | 15, 13 …) and a reader who
    read the columns as lists took the fourth for the second (a walk)."""

    candidateClicked = Signal(str)
    candidateHovered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        self.cells = [CandidateCell(rank) for rank in range(GRID_TOP_K)]
        for rank, cell in enumerate(self.cells):
            cell.clicked.connect(self.candidateClicked)
            cell.hovered.connect(self.candidateHovered)
            layout.addWidget(cell, rank % ROWS, rank // ROWS)

    def show_candidates(self, top: list[tuple[str, float]], unsure: bool) -> None:
        for cell, candidate in zip(self.cells, list(top)[:GRID_TOP_K] + [None] * GRID_TOP_K):
            if candidate is None:
                cell.set_candidate(None)
            else:
                cell.set_candidate(candidate[0], candidate[1], unsure)

    def labels(self) -> list[str]:
        return [cell.label for cell in self.cells if cell.label is not None]
