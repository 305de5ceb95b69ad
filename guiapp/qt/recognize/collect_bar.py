"""Add the pad's drawing to a user dataset with a label; per-class counters; Undo / Redo of an add with the pad's;
the "collect" mode that prompts classes one after another is :mod:`guiapp.qt.recognize.collect_mode`, Undo / Redo
of an add :mod:`guiapp.qt.recognize.collect_history`.

The bar does not know the pad: it gets ``get_drawing()`` and ``clear_drawing()`` callables. Each add is one
atomic sample file (:meth:`UserDataset.add_drawing`), written before the pad is cleared, so nothing drawn and
added is ever lost. Enter in the label field adds: type a label (a new one creates a new class) or just press
Enter to accept the label shown (the last one used, or the class the collect mode asks for).
"""

from __future__ import annotations

import html
from contextlib import contextmanager
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
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

from guiapp.core.datasets import catalogue
from guiapp.core.strokes import may_be_a_dot, pen_width_for
from guiapp.core.datasets.base import DatasetError
from guiapp.core.datasets.user_store import UserDataset, UserStore
from guiapp.core.strokes import Drawing
from guiapp.qt.confirm import ask_name
from guiapp.qt.dataset_names import check_not_a_title, first_dataset
from guiapp.qt.datasets.events import dataset_events
from guiapp.qt.recognize.collect_history import AddHistoryMixin, Added
from guiapp.qt.recognize.collect_mode import CollectModeMixin
from guiapp.qt.recognize.label_field import LabelField
from guiapp.qt.recognize.stroke_order import StrokeOrderButton
from guiapp.qt.fitting_label import FittingLabel
from guiapp.core.text import Plural
from guiapp.qt.i18n import fmt, localise, translate
from guiapp.qt.theme import tone

NEW_DATASET = QT_TRANSLATE_NOOP("recognize", "New dataset…")  # translated where shown


class CollectBar(CollectModeMixin, AddHistoryMixin, QWidget):
    """``sampleAdded(dataset, label, sample id)`` after each add; ``message(text)`` for the status line."""

    sampleAdded = Signal(str, str, str)
    message = Signal(str)
    collectionFinished = Signal(str, list)  # dataset, the classes collected (every prompt answered or skipped)
    collectionStopped = Signal()  # Stop pressed before the last prompt
    collectionStarted = Signal()  # prompts to answer (Enter adds each drawing until the collection ends)

    def __init__(self, get_drawing: Callable[[], Drawing], clear_drawing: Callable[[], None],
                 parent: QWidget | None = None, store: UserStore | None = None,
                 get_pen_width: Callable[[], float] | None = None, get_ink: Callable[[], object] | None = None):
        """``get_pen_width``: the pad's pen width in canvas units (``DrawingPad.pen_width``), so a stored sample
        is rendered as thick as it was drawn; without it, 6 % of the canvas."""
        super().__init__(parent)
        self.get_drawing = get_drawing
        self.clear_drawing = clear_drawing
        self.get_pen_width = get_pen_width
        # The pad's ink token (DrawingPad.ink_state) before an add cleared it: Undo on the pad brings the drawing
        # back, and with it the add is taken back (see undo_add); without it adds are not undone.
        self.get_ink = get_ink
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

    # -- datasets and counters ------------------------------------------------------------------------------------
    model_labels: tuple = ()  # the classes of the model in use: Enter's choice between one class and its characters
    model_spec = None  # the model in use's input: the size a dataset made here is read at (_new_spec)

    def set_model_labels(self, labels, spec=None) -> None:
        """The model in use's classes: the example of the Classes field in its script, and what Enter answers to "one
        class or its characters?" (町字 on the kana model became one class "町字": walk 123). ``spec``: its input,
        the size a dataset made here is read at (see :meth:`_new_spec`)."""
        from guiapp.qt.teach_questions import example_characters

        self.model_labels = tuple(labels)
        self.model_spec = spec
        self.set_example(example_characters(labels, "あいうえお"))

    def _new_spec(self):
        """A dataset made here is read at the size of the model in use, when that is one of the built-ins' (a kana
        model's 32 px): its header said 28×28 beside a Teach… round's model reading 32×32 (walk 130)."""
        from guiapp.core.datasets.builtin import INPUT_SIZES

        spec = self.model_spec
        return INPUT_SIZES.get(spec.height) if spec is not None and spec.height == spec.width else None

    def set_example(self, characters: str) -> None:
        """The characters the Classes field and its messages give as an example: the model's script (あいうえお on a
        digits model meant nothing to someone collecting + − × ÷: walk 107)."""
        self.example = characters
        # No comma right after the kana: Qt draws it with the Japanese font, full width, in English text (a walk)
        self.classes_edit.setPlaceholderText(translate("recognize", "classes to collect: words separated by commas, "
                                                                    "or characters like {0}").format(characters))

    def refresh(self) -> None:
        # While "New dataset…" is the combo's text (its dialog open, then cancelled), the dataset in use is the one
        # chosen before it: a cancel went back to the first dataset of the list instead.
        current = self.dataset_name() or getattr(self, "_chosen", None)
        names = self.store.list()
        if current and current not in names:
            current = catalogue.follow(current)  # renamed on the Datasets tab: drawings keep going into it
        self.dataset_combo.blockSignals(True)
        self.dataset_combo.clear()
        self.dataset_combo.addItems(names or [first_dataset()])  # the default is created on the first add
        if not names:  # say so, or the list shows a dataset that the Datasets tab does not have yet
            self.dataset_combo.setItemData(0, translate("recognize", "Made when you add your first drawing"),
                                           Qt.ItemDataRole.ToolTipRole)
        self.dataset_combo.addItem(translate("recognize", NEW_DATASET))
        if current and current in names:
            self.dataset_combo.setCurrentText(current)
        self.dataset_combo.blockSignals(False)
        self._load_counts()

    def dataset_name(self) -> str | None:
        text = self.dataset_combo.currentText()
        return text if text and text != translate("recognize", NEW_DATASET) else None

    def target_dataset(self) -> str:
        """The dataset drawings go into: the chosen one, else the default (made with its first drawing)."""
        return self.dataset_name() or first_dataset()

    def set_dataset(self, name: str) -> None:
        """Choose (creating if needed) the dataset drawings go to."""
        if not self.store.exists(name):
            self.store.create(name, self._new_spec())  # the catalogue tells every other list
        self.refresh()
        self.dataset_combo.setCurrentText(name)
        self._load_counts()

    def choose_dataset(self, name: str) -> bool:
        """Add the pad's drawings to ``name`` from now on, if it exists and no collection is under way (its prompts
        go on into the dataset they began in). For a dataset just made on the Datasets tab, whose message says "Draw
        on the Recognize tab and add the drawings to it" (the box stayed on the dataset chosen before), and for the
        one chosen when the window was last closed."""
        if self.collecting() or not self.store.exists(name):
            return False
        self.set_dataset(name)
        return True

    def _dataset_activated(self, _index: int) -> None:
        if self.dataset_combo.currentText() == translate("recognize", NEW_DATASET):
            def accept(name: str) -> str | None:
                try:
                    check_not_a_title(name)
                    self.set_dataset(name)
                except (ValueError, DatasetError) as exc:
                    self._say(f"⚠ {localise(exc)}")
                    return localise(exc)
                return None

            if not ask_name(self, translate("recognize", "New dataset"),
                            translate("recognize", "Name of your new dataset:"), accept):
                self.refresh()
        else:
            self._load_counts()

    def _load_counts(self) -> None:
        name = self.dataset_name()
        if name:
            self._chosen = name
        before = self.counts
        self.counts = self._user(name).counts() if name and self.store.exists(name) else {}
        if name == getattr(self, "_counted", None):
            self._follow_renamed_class(before, self.counts)
        self.label_edit.set_known(self.counts)
        previous = getattr(self, "_counted", name)
        if previous and name and previous != name and catalogue.follow(previous) == name:
            # The same dataset renamed (or the rename undone): the Classes typed stay (a walk's "moins, égal" became
            # the dataset's "+, moins, ×" on Ctrl+Z), and so does the outcome about it
            self.outcome_of = name if self.outcome_of == previous else self.outcome_of
        elif name != previous:  # another dataset: the collect row's classes follow it
            self.fill_classes()
            if self.outcome_of not in (None, self.target_dataset()):
                self.show_outcome()  # a Teach round's "Learnt ✔ (your drawings: 15 of 15 right)" is not about this one (a walk)
        self._counted = name
        self._show_counter()

    def _show_counter(self) -> None:
        # The gap after the current class in non-breaking spaces: rich text folds two spaces into one, and a drill's
        # counter read "6 : 0 0 : 8" (a walk)
        label = self.current_label()
        total = sum(self.counts.values())
        # a class and its count as the language writes them ("7 : 1" in French, "あ：1" in Japanese: a walk)
        count = translate("recognize", "{0}: {1}", "a class and how many samples it has")
        # Escaped: the line is rich text, and a class named "<" hid every class after it (a walk)
        here = html.escape(count.format(label, self.counts.get(label, 0)), quote=False) if label else ""
        others = " · ".join(html.escape(count.format(k, v), quote=False)
                            for k, v in sorted(self.counts.items())[:8] if k != label)
        if len(self.counts) > 8:
            others += " …"
        classes = localise(Plural("%Ln class(es)", "", len(self.counts)))
        samples = localise(Plural("%Ln sample(s)", "", total))
        line = translate("recognize", "<b>{0}</b>&nbsp;&nbsp;&nbsp;<span style='color:{2}'>{1}</span>")
        totals = html.escape(translate("recognize", "{0}, {1}").format(classes, samples), quote=False)
        self.counter.set_texts(line.format(here, others, tone("muted")) if here or others else
                               translate("recognize", "no samples yet"),
                               line.format(here, totals, tone("muted")) if self.counts else "")
        self.counter.setToolTip(translate("recognize", "{0}, {1} in {2}").format(classes, samples, self.dataset_name())
                                + ("\n" + " · ".join(count.format(k, v) for k, v in sorted(self.counts.items()))
                                   if self.counts else ""))

    def _user(self, name: str) -> UserDataset:
        """One object per dataset: its scans cache what they read, so counting after each add stays cheap."""
        user = self._users.get(name)
        if user is None or not user.path.is_dir():
            user = self._users[name] = self.store.open(name)
        return user

    def _changed_elsewhere(self, name: str) -> None:
        if self._announcing:
            return
        if name == self.dataset_name() or name not in [self.dataset_combo.itemText(i)
                                                        for i in range(self.dataset_combo.count())]:
            self.refresh()

    # -- adding ---------------------------------------------------------------------------------------------------
    def current_label(self) -> str:
        text = self.label_edit.text().strip()
        if text:
            return text
        return self.prompts[self.prompt_index] if self.collecting() else ""

    def add_current(self) -> str | None:
        """Store the pad's drawing under the current label; returns the new sample's id (None if not added)."""
        label = self.current_label()
        if not label:
            self._say(translate("recognize", "Type a label first (what you drew), then press Enter."))
            self.label_edit.setFocus()
            return None
        drawing = self.get_drawing()
        if drawing is None or not drawing.strokes:
            self._say(translate("recognize", "Draw something first."))
            return None
        pen_width = self.get_pen_width() if self.get_pen_width is not None else None
        # A tap is no drawing of "heart": it was added while the candidates said it was too small to read (a walk).
        # A label that is punctuation (. ・) may well be one dot.
        if drawing.is_dot(pen_width_for(drawing, pen_width)) and not may_be_a_dot(label):
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
                sample_id = self._user(name).add_drawing(drawing, label, pen_width=pen_width)
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
