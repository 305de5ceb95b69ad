"""The network's answer: top-k candidates as labelled bars with percentages (what the model sees is
``model_input``).

A candidate is clickable (the write line takes it). An unsure answer (:mod:`guiapp.core.confidence`) is shown so:
amber bars and a line that says so, not a confident-looking winner.
When the top answer is a kana, its voiced, semi-voiced and small/large neighbours (は → ば ぱ, つ → づ っ) are
offered below as one-click alternatives: they are the likeliest near-misses, and a model of the 46 basic kana
could not answer them at all (``core.kana``). A model with many classes (kanji) shows its top ten in a grid with
readings and meanings instead of the rows (``candidate_grid``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QToolTip, QVBoxLayout, QWidget

from guiapp.core import kana, kanji_info
from guiapp.core.confidence import is_unsure
from guiapp.core.side_by_side import as_written
from guiapp.qt.recognize.candidate_tips import candidate_tip, kanji_tip, neighbour_tip, row_reading, shortcut_tip
from guiapp.qt.recognize.glyph import paint_kana_cell, paint_label
from guiapp.qt.recognize.headline import headline, more_strokes_than_it_knows
from guiapp.qt.i18n import percent, translate
from guiapp.qt.theme import is_dark, set_tone

GLYPH_WIDTH = 48.0
# A model whose labels are words ("triangle", "circle"): the label column widens to hold its longest at the top
# row's size, up to this; in 48 px the top answer "triangle" was drawn smaller than "cross" below it.
WORD_GLYPH_WIDTH = 150.0
# Label sizes in pixels: a share of the row's height, at most what the rows' preferred heights give; the shares
# keep a glyph legible (16-19 px) when the window is at its minimum size and the rows shrink to 24 px.
TOP_GLYPH_SHARE, TOP_GLYPH_MAX = 0.8, 27
GLYPH_SHARE, GLYPH_MAX = 0.7, 20
TOP_K = 5
# Characters that are one plain stroke or ring in a sans-serif font (l I | 1, O 0): drawn in a serif font as
# candidates, where l has its flag, I its bars, 1 its flag and base, 0 is narrower than O ("l" and "I" read alike).
LOOKALIKES = frozenset("lI|1O0o")
LOOKALIKE_GROUPS = (frozenset("lI|1"), frozenset("O0o"))


def lookalikes_among(labels) -> frozenset[str]:
    """The :data:`LOOKALIKES` among ``labels`` that another of them looks like: the digits model's 1 and 0 have no
    l or O to be told from, and drawn thin in serif beside the bold sans 7 they read as another kind of answer
    (walk 125)."""
    labels = set(map(str, labels))
    return frozenset(label for group in LOOKALIKE_GROUPS if len(group & labels) > 1 for label in group & labels)
# A serif face, in which l, I and 1 differ (the window's sans draws them as the same bar)
SERIF_FAMILIES = ["DejaVu Serif", "Noto Serif", "Liberation Serif", "Times New Roman", "Times", "serif"]
SURE = QColor(46, 125, 220)
UNSURE = QColor(222, 150, 30)
TRACK = QColor(232, 235, 240)
TRACK_DARK = QColor(58, 61, 68)  # near-white tracks glared from the dark window on a projector (a walk)


class CandidateRow(QWidget):
    """One candidate: the label large, a bar, the percentage. Clicking it emits ``clicked(label)``."""

    clicked = Signal(str)
    hovered = Signal(object)  # the label under the pointer, None when it leaves ("where it looked" follows it)

    def __init__(self, rank: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rank = rank
        self.label: str | None = None
        self.probability = 0.0
        self.unsure = False
        self.order_popup = None  # the stroke order shown from this row (see show_order)
        self.glyph_width = GLYPH_WIDTH  # the label column: the same in every row, so the bars line up
        self.reading_width = 0.0  # the muted reading's column beside it (a kana's romaji, a kanji's reading): ditto
        self.lookalikes = LOOKALIKES  # those drawn in serif (the model's: PredictionsView.set_labels)
        # Five of them and the kana neighbours row fit the window at 620 px high; 22, not 24: in Chinese, with the
        # collect row open, the side column made the window taller than a 640 px screen (a walk).
        self.setMinimumHeight(22)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab reaches a row while it shows a candidate

    def sizeHint(self) -> QSize:
        return QSize(240, 44 if self.rank == 0 else 38)

    def set_candidate(self, label: str | None, probability: float = 0.0, unsure: bool = False) -> None:
        if label != self.label and self.underMouse() and QToolTip.isVisible():
            QToolTip.hideText()  # it named the candidate this row no longer shows (it stayed up after a clear)
        self.label, self.probability, self.unsure = label, float(probability), unsure
        info = kanji_info.lookup(label) if label else None
        self.setToolTip("\n".join(filter(None, (candidate_tip(label), shortcut_tip(self.rank), kanji_tip(info),
                                                 self._order_tip()))) if label else "")
        self.setAccessibleName(translate("recognize", "Candidate {0}: {1}, {2}").format(
            self.rank + 1, label, format_percent(self.probability)) if label else "")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if label else Qt.FocusPolicy.NoFocus)
        self.update()

    def event(self, event) -> bool:
        # Enter on a focused row writes that row's candidate: the Recognize tab's Enter shortcut took it first and
        # wrote the top answer, 7 for a focused 9 (a keyboard-only walk).
        if (event.type() == QEvent.Type.ShortcutOverride and self.label is not None
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()
                & ~Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 — Qt's name
        if self.label is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.label)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().focusOutEvent(event)
        self.update()

    def mousePressEvent(self, event) -> None:
        if self.label is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.label)

    # A candidate's stroke order, from a right-click (or the Menu key): it was shown only while Teach… prompted a
    # character, and a learner checking how で or 学 is written found it nowhere else (walk 154)
    def _order_tip(self) -> str:
        from guiapp.qt.recognize.stroke_order import knows_order

        known = knows_order(self.label)
        return translate("recognize", "Right-click: how it is written, stroke by stroke") if known else ""

    def contextMenuEvent(self, event) -> None:  # noqa: N802 — Qt's name
        from PySide6.QtWidgets import QMenu

        if not self._order_tip():
            return
        menu = QMenu(self)
        menu.addAction(translate("recognize", "Stroke order of {0}").format(self.label), self.show_order)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def show_order(self) -> None:
        """The candidate's strokes replayed under the candidate list (shown above the row, it covered the rows
        under it), the one shown before closed."""
        from guiapp.qt.recognize.stroke_order import show_order

        self.order_popup = show_order(self.label or "", self, below=self.parentWidget(), replacing=self.order_popup)

    def enterEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().enterEvent(event)
        self.hovered.emit(self.label)

    def leaveEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().leaveEvent(event)
        self.hovered.emit(None)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h, w = self.height(), self.width()
        glyph_w = self.glyph_width
        text_color = self.palette().windowText().color()
        if self.label is None:
            painter.end()
            return
        font = candidate_font(self.label, self.font(), self.lookalikes)
        share, most = (TOP_GLYPH_SHARE, TOP_GLYPH_MAX) if self.rank == 0 else (GLYPH_SHARE, GLYPH_MAX)
        font.setPixelSize(int(min(h * share, most)))
        font.setBold(self.rank == 0 and self.label not in self.lookalikes)  # a bold serif o read as a blob
        place = QRectF(0, 0, glyph_w, h)
        if not paint_kana_cell(painter, place, self.label, font, text_color, self.palette().mid().color()):
            paint_label(painter, place, self.label, font, text_color)
        pct_w = 58.0
        edge = 6.0  # the percentage stays clear of the focus ring drawn along the row's edge (it crossed the "%")
        # A kana's romaji beside it, muted: a learner who could not yet read あ and お apart had no reading
        # anywhere (a walk). A kanji of one's own taught model has its first reading there (the kanji model's grid
        # shows them all).
        reading, own_w = row_reading(self.label)
        reading_w = max(self.reading_width, own_w)
        if reading:
            small = QFont(self.font())
            small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
            painter.setFont(small)
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(QRectF(glyph_w + 2, 0, reading_w, h),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             QFontMetricsF(small).elidedText(reading, Qt.TextElideMode.ElideRight, reading_w - 2))
        bar = QRectF(glyph_w + 8 + reading_w, h * 0.3, max(10.0, w - glyph_w - 8 - reading_w - pct_w - 6 - edge),
                     h * 0.4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK_DARK if is_dark(self.palette()) else TRACK)
        painter.drawRoundedRect(bar, 4, 4)
        filled = QRectF(bar.left(), bar.top(), max(bar.height() * 0.5, bar.width() * self.probability), bar.height())
        color = UNSURE if self.unsure else SURE
        if self.rank > 0:
            color = color.lighter(135)
        painter.setBrush(color)
        painter.drawRoundedRect(filled, 4, 4)
        pct_font = QFont(self.font())
        pct_font.setBold(self.rank == 0)
        painter.setFont(pct_font)
        painter.setPen(text_color)
        painter.drawText(QRectF(w - pct_w - edge, 0, pct_w, h),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         format_percent(self.probability))
        if self.hasFocus():  # reached with Tab: Enter or Space writes it
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(1, 1, w - 2, h - 2), 4, 4)
        painter.end()


def candidate_font(label: str, base: QFont, lookalikes: frozenset[str] = LOOKALIKES) -> QFont:
    """The font a candidate's label is drawn in: the window's, or a serif one for ``lookalikes`` (the model's:
    :func:`lookalikes_among`)."""
    font = QFont(base)
    if label in lookalikes:
        font.setFamilies(SERIF_FAMILIES)
        font.setStyleHint(QFont.StyleHint.Serif)
    return font


def format_percent(p: float) -> str:
    """A probability as the window's language writes percentages (99,9 % in French), with as many decimals as
    tell answers apart: one near 0 and 100 %, none between."""
    if p >= 0.995:
        return "100\u00a0%" if p >= 0.9995 else percent(p, 1)
    if p < 0.001:
        return f"<{percent(0.001, 1)}"
    # (one decimal below 10 % as it will be written: 9.98 % read "10.0 %" beside "10 %": walk 137)
    return percent(p, 1 if p < 0.0995 else 0)


class PredictionsView(QWidget):
    """Top-k rows plus a status line ("Draw a character", "Not sure…", latency)."""

    candidateClicked = Signal(str)
    candidateHovered = Signal(object)  # label or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setMinimumHeight(self.fontMetrics().height() * 2 + 4)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.headline)
        self.rows = [CandidateRow(rank) for rank in range(TOP_K)]
        for row in self.rows:
            row.clicked.connect(self.candidateClicked)
            row.hovered.connect(self.candidateHovered)
            layout.addWidget(row)
        # Imported here: candidate_grid builds on this module (format_percent, the colours).
        from guiapp.qt.recognize import candidate_grid

        self.grid_sizes = (candidate_grid.LARGE_CLASS_SET, candidate_grid.GRID_TOP_K)
        self.grid = candidate_grid.CandidateGrid()
        self.grid.candidateClicked.connect(self.candidateClicked)
        self.grid.candidateHovered.connect(self.candidateHovered)
        self.grid.hide()
        layout.addWidget(self.grid)
        self.neighbours = QWidget()
        line = QHBoxLayout(self.neighbours)
        line.setContentsMargins(4, 2, 0, 0)
        self.neighbours_title = QLabel(translate("recognize", "Also:"))
        line.addWidget(self.neighbours_title)
        self.neighbour_buttons = []
        # Large, and a small kana at the plain size: at one size ァ and ア looked alike in a button. Made once: the
        # row is shown again on every live recognition.
        large = QFont(self.font())
        large.setPointSizeF(large.pointSizeF() * 1.5)
        self._neighbour_fonts = {False: large, True: QFont(self.font())}  # is it a small kana?
        for _ in range(3):  # a kana has at most three neighbours (plain, voiced, semi-voiced, small)
            button = QToolButton()
            button.clicked.connect(lambda _checked=False, b=button: self.candidateClicked.emit(b.text()))
            line.addWidget(button)
            self.neighbour_buttons.append(button)
        line.addStretch(1)
        # As tall from the start as with its buttons shown: the candidates above moved by 2 px when it appeared.
        probe = QToolButton()
        probe.setFont(large)
        probe.setText("ぱ")
        margins = line.contentsMargins()
        self.neighbours.setMinimumHeight(probe.sizeHint().height() + margins.top() + margins.bottom())
        policy = self.neighbours.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the cards below do not jump when the row comes and goes
        self.neighbours.setSizePolicy(policy)
        self.neighbours.hide()
        layout.addWidget(self.neighbours)
        layout.addStretch(1)
        self.top: list[tuple[str, float]] = []
        self.labels: list[str] = []  # the model's classes
        self.show_message(translate("recognize", "Draw a character on the pad."))

    def set_labels(self, labels) -> None:
        """The model's labels: above ``LARGE_CLASS_SET`` of them the grid shows the candidates, else the rows, whose
        label column is as wide as the longest word label needs at the top row's size (characters keep
        ``GLYPH_WIDTH``)."""
        self.labels = [str(label) for label in labels]
        for row in self.rows:
            row.lookalikes = lookalikes_among(self.labels)
        large = len(labels) > self.grid_sizes[0]
        self.grid.setVisible(large)
        font = QFont(self.font())
        font.setPixelSize(TOP_GLYPH_MAX)
        font.setBold(True)
        metrics = QFontMetricsF(font)
        widest = max((metrics.horizontalAdvance(str(label)) for label in labels if len(str(label)) > 1), default=0.0)
        width = min(max(GLYPH_WIDTH, widest + 8), WORD_GLYPH_WIDTH)
        # The reading column as wide in every row as the model's widest reading needs, so the bars line up.
        reading_w = 0.0 if large else max((row_reading(label)[1] for label in self.labels), default=0.0)
        for row in self.rows:
            row.setVisible(not large)
            row.glyph_width, row.reading_width = width, reading_w
            row.update()

    def top_k(self) -> int:
        """How many candidates to ask the recognizer for."""
        return self.grid_sizes[1] if not self.grid.isHidden() else TOP_K

    def show_message(self, text: str) -> None:
        """No answer to show (no model yet, an empty pad, an error): say why."""
        self.top, self._unsure = [], False
        self.headline.setText(text)
        self.headline.setStyleSheet("")
        for row in self.rows:
            row.set_candidate(None)
        self.grid.show_candidates([], False)
        self._show_neighbours([])

    def show_prediction(self, top: list[tuple[str, float]], enter_note: str = "", image: bool = False,
                        strokes: int = 0, scribbled: bool = False, side_by_side: int = 1,
                        parts: tuple[str, ...] = ()) -> None:
        """``enter_note``: what Enter does instead of writing the top answer (the collect bar's), if it does;
        ``image``: the answer is to an image (a file, a paste), not a drawing; ``strokes``: the drawing's;
        ``scribbled``: it looks like a scribble, ``side_by_side`` (more than 1) like that many characters side by
        side (its answer is shown as unsure then, whatever its share), ``parts`` each of them read on its own,
        offered in one button in place of the neighbours."""
        self.top = list(top)
        # and a drawing of more strokes than any character the model knows (a kanji on a kana model): said in the
        # headline, its bar stayed a confident blue (walk 149)
        unsure = (is_unsure(top) or scribbled or side_by_side > 1
                  or (bool(top) and more_strokes_than_it_knows(self.labels, strokes)))
        self._unsure = bool(top) and unsure
        for row, candidate in zip(self.rows, list(top) + [None] * TOP_K):
            if candidate is None:
                row.set_candidate(None)
            else:
                row.set_candidate(candidate[0], candidate[1], unsure)
        self.grid.show_candidates(top, unsure)
        # A neighbour already among the candidates is one click away there, with its share: not offered twice.
        listed = {str(label) for label, _ in top[:TOP_K]}
        if top and side_by_side > 1 and parts:
            self._show_parts(parts)
        else:
            self._show_neighbours([n for n in kana.near_misses(top[0][0]) if n not in listed] if top else [],
                                  str(top[0][0]) if top else "")
        text, tone = headline(top, self.labels, listed, enter_note, unsure, image, strokes, scribbled, side_by_side,
                              parts)
        self.headline.setText(text)
        set_tone(self.headline, tone)

    def _show_parts(self, parts: tuple[str, ...]) -> None:
        """Several characters side by side, each read on its own: one button writes them all ("42" written in one
        go was read as 4 alone: walk 152)."""
        text = as_written(parts)
        self._show_neighbours([])
        self.neighbours_title.setText(translate("recognize", "One by one:"))
        button = self.neighbour_buttons[0]
        button.setFont(self._neighbour_fonts[False])
        button.setText(text)
        button.setToolTip(translate("recognize", "Write {0}: each character read on its own").format(text))
        button.setAccessibleName(button.toolTip())
        button.show()
        self.neighbours.show()

    def _show_neighbours(self, labels: list[str], top: str = "") -> None:
        self.neighbours_title.setText(translate("recognize", "Also:"))
        for button, label in zip(self.neighbour_buttons, labels + [None] * len(self.neighbour_buttons)):
            button.setVisible(label is not None)
            if label is not None:
                button.setFont(self._neighbour_fonts[label in kana.SMALL_TO_LARGE])
                button.setText(label)
                button.setToolTip(neighbour_tip(label, top))
                button.setAccessibleName(button.toolTip())
        self.neighbours.setVisible(bool(labels))

    def neighbour_labels(self) -> list[str]:
        """The alternatives offered (for tests)."""
        return [b.text() for b in self.neighbour_buttons if not b.isHidden()] if not self.neighbours.isHidden() else []

    _unsure = False

    def is_unsure(self) -> bool:
        """Whether the answer shown is shown as unsure (a low share, or a scribble)."""
        return self._unsure
