"""Add the pad's drawing to a user dataset with a label; per-class counters; a "collect" mode that prompts
classes one after another (e.g. each hiragana 5 times).

The bar does not know the pad: it gets ``get_drawing()`` and ``clear_drawing()`` callables. Each add is one
atomic sample file (:meth:`UserDataset.add_drawing`), written before the pad is cleared, so nothing drawn and
added is ever lost. Enter in the label field adds: type a label (a new one creates a new class) or just press
Enter to accept the label shown (the last one used, or the class the collect mode asks for).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guiapp.core.datasets import catalogue
from guiapp.core.datasets.base import DatasetError
from guiapp.core.datasets.user_sample import validate_label
from guiapp.core.datasets.user_store import UserDataset, UserStore
from guiapp.core.strokes import Drawing
from guiapp.qt.datasets.events import dataset_events
from guiapp.core.plural import resolve
from guiapp.qt.i18n import localise, translate
from guiapp.qt.theme import tone

DEFAULT_DATASET = "my-handwriting"
NEW_DATASET = QT_TRANSLATE_NOOP("recognize", "New dataset…")  # translated where shown


def parse_classes(text: str) -> list[str]:
    """"あいうえお" → each character; "cat, dog" or "cat dog" → words. Duplicates dropped, order kept."""
    text = text.strip()
    if not text:
        return []
    parts = [p for p in text.replace(",", " ").split()] if ("," in text or " " in text) else list(text)
    return list(dict.fromkeys(validate_label(p) for p in parts))


class CollectBar(QWidget):
    """``sampleAdded(dataset, label, sample id)`` after each add; ``message(text)`` for the status line."""

    sampleAdded = Signal(str, str, str)
    message = Signal(str)
    collectionFinished = Signal(str, list)  # dataset, the classes collected (every prompt answered or skipped)
    collectionStopped = Signal()  # Stop pressed before the last prompt

    def __init__(self, get_drawing: Callable[[], Drawing], clear_drawing: Callable[[], None],
                 parent: QWidget | None = None, store: UserStore | None = None,
                 get_pen_width: Callable[[], float] | None = None):
        """``get_pen_width``: the pad's pen width in canvas units (``DrawingPad.pen_width``), so a stored sample
        is rendered as thick as it was drawn; without it, 6 % of the canvas."""
        super().__init__(parent)
        self.get_drawing = get_drawing
        self.clear_drawing = clear_drawing
        self.get_pen_width = get_pen_width
        self.store = store or UserStore()
        self.counts: dict[str, int] = {}
        self.prompts: list[str] = []
        self.prompt_index = 0
        self.last_message = ""
        self._users: dict[str, UserDataset] = {}
        self._announcing = False

        self.dataset_combo = QComboBox()
        self.dataset_combo.setToolTip(translate("recognize", "The dataset of your own that drawings are added to"))
        self.dataset_combo.activated.connect(self._dataset_activated)
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(translate("recognize", "the character drawn"))
        self.label_edit.setMaxLength(32)
        self.label_edit.setMinimumWidth(150)
        self.label_edit.setToolTip(translate("recognize", "Type the label and press Enter (a new label starts a new class); Enter alone "
                                   "accepts the label shown"))
        self.label_edit.returnPressed.connect(self.add_current)
        self.known_labels = QStringListModel(self)
        self.completer = QCompleter(self.known_labels, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
        self.label_edit.setCompleter(self.completer)
        self.add_button = QPushButton(translate("recognize", "Add to dataset"))
        self.add_button.clicked.connect(self.add_current)
        self.counter = QLabel()
        self.collect_button = QPushButton(translate("recognize", "Collect…"))
        self.collect_button.setToolTip(translate("recognize", "Collect many drawings in a row: list the classes, the "
                                                               "bar prompts each in turn"))
        self.collect_button.setCheckable(True)
        self.collect_button.toggled.connect(self._toggle_collect_row)

        self.classes_edit = QLineEdit()
        self.classes_edit.setPlaceholderText(translate("recognize", "classes to collect: あいうえお, or words separated by commas"))
        self.times = QSpinBox()
        self.times.setRange(1, 100)
        self.times.setValue(5)
        self.times.setSuffix(translate("recognize", " × each"))
        self.start_button = QPushButton(translate("recognize", "Start"))
        self.start_button.setToolTip(translate("recognize", "Prompt each class in turn; Enter adds each drawing"))
        self.start_button.clicked.connect(self._start_or_stop)
        self.skip_button = QPushButton(translate("recognize", "Skip"))
        self.skip_button.clicked.connect(self.skip_prompt)
        self.skip_button.setEnabled(False)  # only a prompt can be skipped
        self.prompt = QLabel()
        font = self.prompt.font()
        font.setPointSize(int(font.pointSize() * 1.4))
        font.setBold(True)
        self.prompt.setFont(font)

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
        self.collect_row.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.collect_row)
        dataset_events().changed.connect(self._changed_elsewhere)
        self.refresh()

    # -- datasets and counters ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        # While "New dataset…" is the combo's text (its dialog open, then cancelled), the dataset in use is the one
        # chosen before it: a cancel went back to the first dataset of the list instead.
        current = self.dataset_name() or getattr(self, "_chosen", None)
        names = self.store.list()
        if current and current not in names:
            current = catalogue.follow(current)  # renamed on the Datasets tab: drawings keep going into it
        self.dataset_combo.blockSignals(True)
        self.dataset_combo.clear()
        self.dataset_combo.addItems(names or [DEFAULT_DATASET])  # the default is created on the first add
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
        return self.dataset_name() or DEFAULT_DATASET

    def set_dataset(self, name: str) -> None:
        """Choose (creating if needed) the dataset drawings go to."""
        if not self.store.exists(name):
            self.store.create(name)  # the catalogue tells every other list
        self.refresh()
        self.dataset_combo.setCurrentText(name)
        self._load_counts()

    def _dataset_activated(self, _index: int) -> None:
        if self.dataset_combo.currentText() == translate("recognize", NEW_DATASET):
            name, ok = QInputDialog.getText(self, translate("recognize", "New dataset"), translate("recognize", "Name of your new dataset:"))
            if ok and name.strip():
                try:
                    self.set_dataset(name.strip())
                except (ValueError, DatasetError) as exc:
                    self._say(f"⚠ {localise(exc)}")
                    self.refresh()
            else:
                self.refresh()
        else:
            self._load_counts()

    def _load_counts(self) -> None:
        name = self.dataset_name()
        if name:
            self._chosen = name
        self.counts = self._user(name).counts() if name and self.store.exists(name) else {}
        self.known_labels.setStringList(sorted(self.counts))
        self._show_counter()

    def _show_counter(self) -> None:
        label = self.current_label()
        total = sum(self.counts.values())
        here = f"{label!s}: {self.counts.get(label, 0)}" if label else ""
        others = " · ".join(f"{k}: {v}" for k, v in sorted(self.counts.items())[:8] if k != label)
        if len(self.counts) > 8:
            others += " …"
        self.counter.setText(translate("recognize", "<b>{0}</b>  <span style='color:{2}'>{1}</span>").format(here, others, tone("muted")) if here or others else
                             translate("recognize", "no samples yet"))
        self.counter.setToolTip(translate("recognize", "{0}, {1} in {2}").format(
            resolve(self.tr("%Ln class(es)", "", len(self.counts)), len(self.counts)),
            resolve(self.tr("%Ln sample(s)", "", total), total), self.dataset_name()))

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
        name = self.target_dataset()
        self._announcing = True  # our own news (the catalogue tells every list): the counters are updated here
        try:
            created = not self.store.exists(name)
            if created:
                self.store.create(name)
            new_class = label not in self.counts
            pen_width = self.get_pen_width() if self.get_pen_width is not None else None
            sample_id = self._user(name).add_drawing(drawing, label, pen_width=pen_width)
        except (ValueError, DatasetError, OSError) as exc:
            self._say(translate("recognize", "⚠ Not added: {0}").format(localise(exc)))  # the drawing stays on the pad
            return None
        finally:
            self._announcing = False
        self.clear_drawing()
        if created:  # it is made now: no longer "made when you add your first drawing"
            self.dataset_combo.setItemData(self.dataset_combo.findText(name), None, Qt.ItemDataRole.ToolTipRole)
        self.counts[label] = self.counts.get(label, 0) + 1
        if self.dataset_combo.currentText() != name:
            self.refresh()
            self.dataset_combo.setCurrentText(name)
        self.sampleAdded.emit(name, label, sample_id)
        note = translate("recognize", " (new class {0!r})").format(label) if new_class else ""
        if self.collecting():
            self._advance()
            self.label_edit.clear()
        else:
            self.label_edit.setText(label)
            if self.label_edit.hasFocus():  # typing replaces it; Enter accepts it again
                self.label_edit.selectAll()
            # Added with Enter on the pad, the focus stays there: a selected label would invite typing that goes to
            # the pad, and the next drawing would keep the old label.
        self._show_counter()
        follow = ("" if self.collecting() else
                  translate("recognize", " Enter adds the next drawing as {0!r}; clear the label to write with Enter again.").format(label))
        count = resolve(self.tr("%Ln sample(s)", "", self.counts[label]), self.counts[label])
        self._say(translate("recognize", "Added {0!r} to {1}{2}: {3} of it.{4}").format(label, name, note, count, follow))
        return sample_id

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.emit(text)
        self.setToolTip(text)

    # -- collect mode ---------------------------------------------------------------------------------------------
    def _toggle_collect_row(self, on: bool) -> None:
        self.collect_row.setVisible(on)
        if not on:
            self.stop_collect()
        elif not self.classes_edit.text() and self.counts:
            self.classes_edit.setText(", ".join(sorted(self.counts)) if any(len(k) > 1 for k in self.counts)
                                      else "".join(sorted(self.counts)))

    def collecting(self) -> bool:
        return bool(self.prompts) and self.prompt_index < len(self.prompts)

    def wants_enter(self) -> bool:
        """Enter adds the drawing (not writes it) while collecting, while the label field has the focus, and while
        a label is typed in it (after an add the label stays, so each further drawing is added with Enter; clear
        the label to write with Enter again)."""
        return self.collecting() or self.label_edit.hasFocus() or bool(self.label_edit.text().strip())

    def enter_note(self) -> str:
        """What Enter does with the drawing, when it does not write the top answer ("" then)."""
        if not self.wants_enter():
            return ""
        label = self.current_label()
        if not label:
            return translate("recognize", "Type a label, then Enter adds the drawing to {0}.").format(
                self.dataset_combo.currentText())
        return translate("recognize", "Enter adds the drawing to {0} as {1!r} (not the answer below).").format(
            self.dataset_combo.currentText(), label)

    def release_label(self) -> None:
        """Forget the label kept after an add (outside collect mode), so Enter writes the answer again: on a switch
        of model the person is doing something else, and a kept label had Enter file a 7 under "right"."""
        if not self.collecting() and not self.label_edit.hasFocus() and self.label_edit.text():
            self.label_edit.clear()
            self._say(translate("recognize", "Enter writes the top answer again (the label was cleared)."))

    def start_collect(self, classes: str | list[str], times: int = 5) -> bool:
        try:
            labels = parse_classes(classes) if isinstance(classes, str) else [validate_label(c) for c in classes]
        except ValueError as exc:
            self._say(f"⚠ {localise(exc)}")
            return False
        if not labels:
            self._say(translate("recognize", "List the classes to collect first, e.g. あいうえお."))
            return False
        self.classes_edit.setText(classes if isinstance(classes, str) else ", ".join(labels))
        self.times.setValue(max(1, int(times)))
        self.collect_button.setChecked(True)
        # Each class several times in a row, then the next: people draw one character repeatedly with ease, and a
        # prompt that changes after every drawing was easy to miss (samples were saved under the wrong label).
        self.prompts = [label for label in labels for _ in range(max(1, int(times)))]
        self.prompt_index = 0
        self.label_edit.clear()
        # As wide as the longest prompt of this collection from the start: the fields beside it no longer change
        # width with each prompt ("Draw circle" → "Draw triangle").
        metrics = self.prompt.fontMetrics()
        self.prompt.setMinimumWidth(max(metrics.horizontalAdvance(self._prompt_text(label, len(self.prompts)))
                                        for label in labels) + 4)
        self.start_button.setText(translate("recognize", "Stop"))
        self.start_button.setToolTip(translate("recognize", "Stop collecting; the drawings added so far are kept"))
        self.skip_button.setEnabled(True)
        self._show_prompt()
        drawing = self.get_drawing()
        if drawing is not None and drawing.strokes:
            # Drawn before the first prompt, so not a drawing of it: Enter filed a leftover 1 as the prompted 7.
            self.clear_drawing()
            self._say(translate("recognize", "The pad was cleared for the first prompt (Ctrl+Z brings the drawing "
                                             "back)."))
        return True

    def _start_or_stop(self) -> None:
        if self.collecting():
            self.stop_collect()
            self._say(translate("recognize", "Collection stopped; the drawings added so far are kept."))
            self.collectionStopped.emit()
        else:
            self.start_collect(self.classes_edit.text(), self.times.value())

    def stop_collect(self) -> None:
        self.prompts, self.prompt_index = [], 0
        self.prompt.setText("")
        self.prompt.setMinimumWidth(0)  # the fields take the room back
        self.start_button.setText(translate("recognize", "Start"))
        self.start_button.setToolTip(translate("recognize", "Prompt each class in turn; Enter adds each drawing"))
        self.skip_button.setEnabled(False)
        self.label_edit.setPlaceholderText(translate("recognize", "the character drawn"))
        self._show_counter()

    def skip_prompt(self) -> None:
        if self.collecting():
            self._advance()

    def _advance(self) -> None:
        self.prompt_index += 1
        if self.prompt_index >= len(self.prompts):
            done, labels = len(self.prompts), list(dict.fromkeys(self.prompts))
            self.stop_collect()
            self._say(translate("recognize", "Collection finished: {0} prompts.").format(done))
            self.prompt.setText(translate("recognize", "Done ✔"))
            # Last, so that what follows (a Teach… round) can say so in the status line and in place of "Done ✔".
            self.collectionFinished.emit(self.target_dataset(), labels)
        else:
            self._show_prompt()

    def show_outcome(self, text: str = "") -> None:
        """In place of "Done ✔": what followed the collection ("Learning…" while a Teach… round trains, nothing once
        it failed); a new collection's prompts take the place back."""
        if not self.collecting():
            self.prompt.setText(text)
            # Only growing while an outcome shows: a round's progress, new every batch, made the fields beside it
            # jump narrower and wider ("Learning… 9 % · 1:06 left", "… 10 % · 0:59 left").
            self.prompt.setMinimumWidth(max(self.prompt.minimumWidth(), self.prompt.sizeHint().width()) if text else 0)

    def _prompt_text(self, label: str, number: int) -> str:
        return translate("recognize", "Draw  {0}   ({1} / {2})").format(label, number, len(self.prompts))

    def _show_prompt(self) -> None:
        label = self.prompts[self.prompt_index]
        self.prompt.setText(self._prompt_text(label, self.prompt_index + 1))
        self.label_edit.setPlaceholderText(translate("recognize", "{0}  (Enter accepts)").format(label))
        self._show_counter()
