"""Add the pad's drawing to a user dataset with a label; Undo / Redo of an add with the pad's. The dataset chosen
and its per-class counters are :mod:`guiapp.qt.recognize.collect_datasets`, the "collect" mode that prompts classes
one after another :mod:`guiapp.qt.recognize.collect_mode`, Undo / Redo of an add
:mod:`guiapp.qt.recognize.collect_history`.

The bar does not know the pad: it gets ``get_drawing()`` and ``clear_drawing()`` callables. Each add is one
atomic sample file (:meth:`UserDataset.add_drawing`), written before the pad is cleared, so nothing drawn and
added is ever lost. Enter in the label field adds: type a label (a new one creates a new class) or just press
Enter to accept the label shown (the last one used, or the class the collect mode asks for).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from guiapp.core.strokes import may_be_a_dot, pen_width_for
from guiapp.core.datasets.base import DatasetError
from guiapp.core.datasets.user_store import UserDataset, UserStore
from guiapp.core.strokes import Drawing
from guiapp.qt.datasets.events import dataset_events
from guiapp.qt.recognize.collect_datasets import CollectDatasetsMixin
from guiapp.qt.recognize.collect_history import AddHistoryMixin, Added
from guiapp.qt.recognize.collect_mode import CollectModeMixin
from guiapp.qt.recognize.label_field import LabelField
from guiapp.qt.recognize.stroke_order import StrokeOrderButton
from guiapp.qt.fitting_label import FittingLabel
from guiapp.core.text import Plural
from guiapp.qt.i18n import fmt, localise, translate

class CollectBar(CollectDatasetsMixin, CollectModeMixin, AddHistoryMixin, QWidget):
    """``sampleAdded(dataset, label, sample id)`` after each add; ``message(text)`` for the status line."""

    sampleAdded = Signal(str, str, str)
    message = Signal(str)
    collectionFinished = Signal(str, list)  # dataset, the classes collected (every prompt answered or skipped)
    collectionStopped = Signal()  # Stop pressed before the last prompt
    collectionStarted = Signal()  # prompts to answer (Enter adds each drawing until the collection ends)

    def __init__(self, get_drawing: Callable[[], Drawing], clear_drawing: Callable[[], None],
                 parent: QWidget | None = None, store: UserStore | None = None,
                 get_pen_width: Callable[[], float] | None = None, get_ink: Callable[[], object] | None = None,
                 get_picture: Callable[[], object] | None = None):
        """``get_pen_width``: the pad's pen width in canvas units (``DrawingPad.pen_width``), so a stored sample
        is rendered as thick as it was drawn; without it, 6 % of the canvas. ``get_picture``: the image the pad shows
        instead of ink (``DrawingPad.image_source``), added as it is when nothing is drawn."""
        super().__init__(parent)
        self.get_drawing = get_drawing
        self.clear_drawing = clear_drawing
        self.get_pen_width = get_pen_width
        # The pad's ink token (DrawingPad.ink_state) before an add cleared it: Undo on the pad brings the drawing
        # back, and with it the add is taken back (see undo_add); without it adds are not undone.
        self.get_ink = get_ink
        self.get_picture = get_picture
        self._adds: list[Added] = []  # newest last: Undo takes them back in turn
        self._undone_adds: list[Added] = []  # newest last: Redo makes them again
        self.store = store or UserStore()
        self.counts: dict[str, int] = {}
        self.prompts: list[str] = []
        self.collection_labels: list[str] = []  # the classes of the collection in progress (collect_mode)
        self.prompt_index = 0
        self.last_message = ""
        self._users: dict[str, UserDataset] = {}
        self._announcing = False

        self.dataset_combo = QComboBox()
        self.dataset_combo.setToolTip(translate("recognize", "The dataset of your own that drawings are added to"))
        self.dataset_combo.activated.connect(self._dataset_activated)
        self.label_edit = LabelField()
        self.label_edit.setPlaceholderText(translate("recognize", "the character drawn"))
        self.label_edit.setMaxLength(32)
        self.label_edit.setClearButtonEnabled(True)  # clearing it is how Enter goes back to writing: one click
        self.label_edit.setMinimumWidth(150)
        self.label_edit.setToolTip(translate("recognize", "Type the label and press Enter (a new label starts a new class); Enter alone "
                                   "accepts the label shown; Down lists the dataset's labels"))
        self.label_edit.returnPressed.connect(self.add_current)
        self.label_edit.textChanged.connect(lambda _text: self._show_counter())  # the label's class in bold
        self.add_button = QPushButton(translate("recognize", "Add to dataset"))
        self.add_button.clicked.connect(self.add_current)
        self.counter = FittingLabel()
        # Within the room it has, never widening the window: a child's tenth symbol made the window's least width
        # 1,058 px (a walk); the totals where the counts do not fit (walk 135), every class's count in its tooltip
        self.counter.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.counter.setMinimumWidth(60)
        self.collect_button = QPushButton(translate("recognize", "Collect…"))
        self.collect_button.setToolTip(translate("recognize", "Collect many drawings in a row: list the classes, the "
                                                               "bar prompts each in turn"))
        self.collect_button.setCheckable(True)
        self.collect_button.toggled.connect(self._toggle_collect_row)

        self.classes_edit = QLineEdit()
        self.set_example("あいうえお")
        self.classes_typed = False  # typed by the person (kept when another dataset is chosen), else filled in
        self.classes_edit.textEdited.connect(lambda text: setattr(self, "classes_typed", bool(text)))
        self.times = QSpinBox()
        self.times.setRange(1, 100)
        self.times.setValue(5)
        # New drawings of each class, whatever it has already: "8 × each" read as "up to 8", and asked for 24
        # drawings of three classes that had 2 each (a walk)
        self.times.setSuffix(translate("recognize", " more each"))
        self.times.setToolTip(translate("recognize", "How many new drawings of each class the collection asks for"))
        self.start_button = QPushButton(translate("recognize", "Start"))
        self.hold_start()  # its tooltip
        self.start_button.clicked.connect(self._start_or_stop)
        self.classes_edit.returnPressed.connect(self._start_on_enter)
        self.times.lineEdit().returnPressed.connect(self._start_on_enter)
        self.skip_button = QPushButton(translate("recognize", "Skip"))
        self.skip_button.clicked.connect(self.skip_prompt)
        self.skip_button.setEnabled(False)  # only a prompt can be skipped
        self.skip_button.setToolTip(translate("recognize", "Skip this character: its remaining drawings are not asked for"))
        # The row's own way out: "Learnt ✔" stayed there after a Teach… round, and Collect… (which hides it) was
        # not seen as one.
        self.close_row_button = QToolButton(text="✕", autoRaise=True)
        self.close_row_button.setToolTip(translate("recognize", "Close this row (Collect… opens it again); a collection "
                                                                "under way stops, its drawings kept"))
        self.close_row_button.setAccessibleName(translate("recognize", "Close the collection row"))
        self.close_row_button.clicked.connect(lambda: self.collect_button.setChecked(False))
        self.prompt = QLabel()
        # The prompt to draw ("Draw  ★   (3 / 10)") large, read from the pad; what followed ("Learnt ✔ (your
        # drawings: …)") at the row's size, bold: as large, it widened the window past 1024 px (a walk)
        self.outcome_font = self.prompt.font()
        self.outcome_font.setBold(True)
        self.prompt_font = QFont(self.outcome_font)
        self.prompt_font.setPointSize(int(self.prompt_font.pointSize() * 1.4))
        self.prompt.setFont(self.prompt_font)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(translate("recognize", "Dataset:")))
        row.addWidget(self.dataset_combo)
        row.addWidget(QLabel(translate("recognize", "Label:")))
        row.addWidget(self.label_edit)
        row.addWidget(self.add_button)
        row.addWidget(self.counter, 1)
        row.addWidget(self.collect_button)
        self.collect_row = QWidget()
        collect = QHBoxLayout(self.collect_row)
        collect.setContentsMargins(0, 0, 0, 0)
        collect.addWidget(QLabel(translate("recognize", "Classes:")))
        collect.addWidget(self.classes_edit, 1)
        collect.addWidget(self.times)
        collect.addWidget(self.start_button)
        collect.addWidget(self.skip_button)
        collect.addWidget(self.prompt)
        self.stroke_order = StrokeOrderButton()  # shown while the prompted character has a known order
        collect.addWidget(self.stroke_order)
        collect.addWidget(self.close_row_button)
        self.collect_row.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.collect_row)
        dataset_events().changed.connect(self._changed_elsewhere)
        self.refresh()

    def escape(self) -> bool:
        """Esc with the focus in the collect row closes it, as its ✕ does (a collection under way stops, and says
        so), the focus back on Collect…: the ✕ was reached only by Tab (walk 115). False: the focus is elsewhere."""
        focus = QApplication.focusWidget()
        if not self.collect_row.isVisible() or focus is None or not self.collect_row.isAncestorOf(focus):
            return False
        self.collect_button.setChecked(False)
        self.collect_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    # -- adding ---------------------------------------------------------------------------------------------------
    def current_label(self) -> str:
        text = self.label_edit.text().strip()
        if text:
            return text
        return self.prompts[self.prompt_index] if self.collecting() else ""

    def shown_picture(self):
        """The picture the pad shows instead of ink (None: ink, or none)."""
        return self.get_picture() if self.get_picture is not None else None

    def add_current(self) -> str | None:
        """Store the pad's drawing under the current label; returns the new sample's id (None if not added)."""
        label = self.current_label()
        if not label:
            self._say(translate("recognize", "Type a label first (what you drew), then press Enter."))
            self.label_edit.setFocus()
            return None
        drawing = self.get_drawing()
        # An opened, pasted or dropped picture is added as it is: Enter said it would add it, and "Draw something
        # first" followed (walk 163)
        picture = self.shown_picture()
        if (drawing is None or not drawing.strokes) and picture is None:
            self._say(translate("recognize", "Draw something first."))
            return None
        pen_width = self.get_pen_width() if self.get_pen_width is not None else None
        # A tap is no drawing of "heart": it was added while the candidates said it was too small to read (a walk).
        # A label that is punctuation (. ・) may well be one dot.
        if picture is None and drawing.is_dot(pen_width_for(drawing, pen_width)) and not may_be_a_dot(label):
            self._say(translate("recognize", "Not added: a dot alone is too small to learn from; draw the whole "
                                             "character."))
            return None
        name = self.target_dataset()
        try:
            with self._own_news():  # the catalogue tells every list; the counters are updated here
                created = not self.store.exists(name)
                if created:
                    self.store.create(name, self._new_spec())
                new_class = label not in self.counts
                sample_id = (self._user(name).add_image(picture, label) if picture is not None else
                             self._user(name).add_drawing(drawing, label, pen_width=pen_width))
        except (ValueError, DatasetError, OSError) as exc:
            self._say(translate("recognize", "⚠ Not added: {0}").format(localise(exc)))  # the drawing stays on the pad
            return None
        ink = self.get_ink() if self.get_ink is not None else None
        collecting = self.collecting()
        # Undoable unless it finished a collection (what follows, a Teach… round, may have started). Known before
        # the pad is cleared, so that Undo's text, made as it clears, names this add.
        finishes = collecting and self.prompt_index + 1 >= len(self.prompts)
        self._adds = [] if finishes or ink is None else [*self._adds, Added(ink, name, sample_id, label, collecting)]
        self._undone_adds = []
        # The label's suggestions closed: left open, they took the next drawing's first stroke to close themselves,
        # and a 7 was stored as its bare "/" (a walk)
        self.label_edit.close_suggestions()
        self.clear_drawing()
        if created:  # it is made now: no longer "made when you add your first drawing"
            self.dataset_combo.setItemData(self.dataset_combo.findText(name), None, Qt.ItemDataRole.ToolTipRole)
        self.counts[label] = self.counts.get(label, 0) + 1
        if new_class:  # suggested from its first drawing on, not after the dataset is chosen again
            self.label_edit.set_known(self.counts)
        if self.dataset_combo.currentText() != name:
            self.refresh()
            self.dataset_combo.setCurrentText(name)
        self.sampleAdded.emit(name, label, sample_id)
        note = fmt(translate("recognize", " (new class {0!r})"), label) if new_class else ""
        # Said before the next prompt: the last one finishes the collection, and what follows (a Teach… round's
        # "Cannot teach now", "Collection finished") is said after it, not under it. Short enough for the status
        # line at 1024 px beside the TensorFlow label ("… to write with Enter aga" was cut: a walk).
        follow = ("" if collecting else
                  fmt(translate("recognize", " Enter adds the next as {0!r} (clear the label to write)."), label))
        count = localise(Plural("%Ln sample(s)", "", self.counts[label]))
        self._say(fmt(translate("recognize", "Added {0!r} to {1}{2}: {3} of it.{4}"), label, name, note, count, follow))
        if collecting:
            self._advance()
            self.label_edit.clear()
        else:
            self.label_edit.setText(label)
            if self.label_edit.hasFocus():  # typing replaces it; Enter accepts it again
                self.label_edit.selectAll()
            # Added with Enter on the pad, the focus stays there: a selected label would invite typing that goes to
            # the pad, and the next drawing would keep the old label.
        self._show_counter()
        return sample_id

    @contextmanager
    def _own_news(self):
        """While this bar changes a dataset itself: the catalogue's news of it is not read back (the bar has
        updated its counters already; reading them again counted an add twice)."""
        self._announcing = True
        try:
            yield
        finally:
            self._announcing = False

    def _count(self, label: str, change: int) -> None:
        self.counts[label] = max(0, self.counts.get(label, 0) + change)
        if not self.counts[label]:
            del self.counts[label]
        self._show_counter()

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.emit(text)
        self.setToolTip(text)
