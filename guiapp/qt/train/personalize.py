"""Personalize: continue training the current model on the user's own samples (a user dataset from the Datasets
area, new classes allowed) mixed with a sample of its original data, then show accuracy on the user's samples
before and after. The panel runs it as an ordinary training run (same worker, curves, runs folder)."""

from __future__ import annotations


from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget,
)

from guiapp.core.training.presets import DEFAULT_PRESET, PRESETS
from guiapp.core.training.config import TrainConfig
from guiapp.core.training.personalize import PersonalizeRequest, original_dataset
from guiapp.core.training.session import learnt_from
from guiapp.qt.a11y import follow_focus
from guiapp.qt.dataset_names import dataset_title, name_of_title
from guiapp.qt.datasets.events import dataset_events
from guiapp.qt import file_dialogs
from guiapp.core.text import Plural
from guiapp.qt.i18n import fmt, listing, localise, number, percent, sentence, translate
from guiapp.qt.tasks import TaskRunner, call
from guiapp.qt.theme import set_tone
from guiapp.qt.recognize.model_picker import model_display_name
from guiapp.qt.wrapped_label import WrappedLabel

NO_ORIGINAL = QT_TRANSLATE_NOOP("train", "(only my samples)")  # shown translated (it stayed English: a walk)
ENOUGH_TO_JUDGE = 10  # drawings read right, all of them, before saying the model reads one's writing already


def _fraction(pair) -> str:
    if not pair or not pair[1]:
        return "–"
    return f"{percent(pair[0] / pair[1], 0)} ({pair[0]}/{pair[1]})"


class PersonalizeView(QWidget):
    personalizeRequested = Signal(object, object, str)  # PersonalizeRequest, TrainConfig, base model path

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.base_path: str | None = None
        self.base_meta: dict = {}
        self.waiting = False  # a personalisation asked for and not yet ended
        # In a scroll area: its settings and a run's figures are taller than the tab at 1024×640, and the rows were
        # squeezed under their text ("As it is, the model reads…" cut at its top and foot: walk 158)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        scroll.setWidget(content)
        follow_focus(scroll)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        intro = QLabel(translate("train", "Teach the current model your handwriting: it keeps training on your own samples (from the "
                       "Datasets tab; new characters are fine) mixed with some of its original data, so it does "
                       "not forget the rest."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        model_row = QHBoxLayout()
        self.base_label = WrappedLabel(translate("train", "No model loaded"))
        # Wrapped, and as wide as the row allows: a taught model's whole name ("Latin + mine (taught ★, ♥) · inkling
        # · …") on one line widened the window past its minimum size when this tab was opened (a fresh-eyes walk).
        self.base_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        choose = QPushButton(translate("train", "Model file…"))
        choose.clicked.connect(self._browse)
        model_row.addWidget(self.base_label, 1)
        model_row.addWidget(choose)
        form.addRow(translate("train", "Model"), model_row)
        self.personal = QComboBox()
        self.personal.setToolTip(translate("train", "A dataset of your own drawings (made on the Recognize or Datasets tab)"))
        # Empty, with Personalize greyed out and nothing saying why (a fresh-eyes walk): it says how to fill it.
        self.personal.setPlaceholderText(translate("train", "none yet: draw on the Recognize tab, then Add to dataset"))
        # As wide as the form makes it, never wider for its hint: a combo's own minimum counts its placeholder, which
        # widened the French window past 1024 px; an explicit minimum is what layouts take instead.
        self.personal.setMinimumWidth(120)
        form.addRow(translate("train", "My samples"), self.personal)
        # How the model reads them now, before any personalizing (see reads_already)
        self.already = WrappedLabel("")
        self.already.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.already.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # room to spare goes below
        set_tone(self.already, "muted")
        form.addRow("", self.already)
        self.checker = TaskRunner(self, name="guiapp-personal-check")
        self._already_asked: tuple | None = None  # (model, dataset) the line is being measured or was measured for
        self.original = QComboBox()
        self.original.setEditable(True)
        self.original.setToolTip(translate("train", "Some of the model's original data, trained on beside your samples "
                                           "so it keeps what it knew; its held-out part shows whether it forgot"))
        form.addRow(translate("train", "Mixed with"), self.original)
        self.per_class = QSpinBox()
        self.per_class.setRange(5, 5000)
        self.per_class.setValue(50)
        self.per_class.setSuffix(translate("train", " original samples per class"))
        self.per_class.setAccessibleName(translate("train", "Original samples per class"))
        form.addRow("", self.per_class)
        # Nothing is mixed in with "(only my samples)": how many per class does not apply then
        self.original.currentTextChanged.connect(lambda text: self.per_class.setEnabled(text != translate("train", NO_ORIGINAL)))
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 200)
        self.epochs.setValue(5)
        form.addRow(translate("train", "Epochs"), self.epochs)
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setDecimals(5)
        self.learning_rate.setRange(0.00001, 0.1)
        self.learning_rate.setSingleStep(0.0001)
        self.learning_rate.setValue(0.0003)
        self.learning_rate.setToolTip(translate("train", "Lower than for training from scratch, so the model adapts without forgetting"))
        form.addRow(translate("train", "Learning rate"), self.learning_rate)
        layout.addLayout(form)
        self.button = QPushButton(translate("train", "Personalize"))
        self.button.clicked.connect(self.request)
        layout.addWidget(self.button)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._refused = ""  # the too-few refusal shown in the result line, if it is shown
        self.refresh_datasets()
        dataset_events().changed.connect(self.refresh_datasets)
        self.personal.activated.connect(self._check_refusal_again)  # another dataset chosen
        self.personal.activated.connect(lambda _index: setattr(self, "_picked_by_hand", True))
        self.personal.activated.connect(lambda _index: self._offer_original(keep=False))
        self.personal.activated.connect(lambda _index: self._update_button())
        self.personal.activated.connect(lambda _index: self._measure_already())
        self._update_button()

    def refresh_datasets(self, changed: str = "") -> None:
        from guiapp.core.datasets import catalogue
        from guiapp.core.datasets.user_store import UserStore

        current = before = self.personal.currentText()
        self.personal.blockSignals(True)  # one check of the refusal below, for the dataset chosen at the end
        self.personal.clear()
        try:
            names = UserStore().list()
        except OSError:
            names = []
        self.personal.addItems(names)
        if changed in names and changed != current and not self._picked_by_hand and not self.waiting:
            # The dataset one draws into, as the collect row's "train on it in Train (Personalize)" says: it stayed on
            # another, and the last result under it read as this one's (walk 118)
            current = changed
        if current:
            self.personal.setCurrentText(current if current in names else catalogue.follow(current))
        if self.personal.currentIndex() < 0 and names:  # with a placeholder, the first is not chosen by itself
            self.personal.setCurrentIndex(0)
        self.personal.blockSignals(False)
        if self.personal.currentText() != before and not self.waiting and self.result.text() != self._refused:
            self.result.setText("")  # the last result was of the dataset chosen before
        self._offer_original()  # a dataset renamed: "Mixed with" named it as it was, and Personalize failed (a walk)
        self._update_button()
        self._check_refusal_again()
        self._measure_already(force=bool(changed) and changed == self.personal.currentText())

    def set_base_model(self, path: str | None) -> None:
        from guiapp.core.modelfile import ModelFileError, read_metadata

        self.base_path, self.base_meta, info = (str(path) if path else None), {}, {}
        if path:
            try:
                info = read_metadata(path)
                self.base_meta = info.get("metadata", {})
            except (ModelFileError, OSError):
                self.base_meta = {}
        # Named as the Recognize area names it (a run's model.h5 by what it learnt and when), the path in the tooltip.
        self.base_label.setText(model_display_name(path) if path else translate("train", "No model loaded"))
        self.base_label.setToolTip(str(path) if path else "")
        self._original = original_dataset(info) if info else None
        self._offer_original(keep=False)  # another model: its own original data
        self._update_button()
        self._measure_already()

    _original: str | None = None  # the base model's original data
    _picked_by_hand = False  # "My samples" chosen in its box: it no longer follows the dataset drawn into

    def _offer_original(self, keep: bool = True) -> None:
        """"Mixed with": the model's original data, unless that is the dataset of "My samples" itself (a model
        trained on one's own symbols): the box offered it, and the mix counted every drawing twice (a walk)."""
        from guiapp.core.datasets import catalogue

        mine, chosen = self.personal.currentText(), self.original_name()
        chosen = catalogue.follow(chosen) if chosen else self.original.currentText()  # or "(only my samples)"
        original = catalogue.follow(self._original) if self._original else None  # renamed since: its name now
        self.original.clear()
        if original and not learnt_from(original, mine):
            # Shown in the window's language ("digits" stood in the Japanese window: walk 115), the name kept
            self.original.addItem(dataset_title(original), original)
        self.original.addItem(translate("train", NO_ORIGINAL))
        if keep and chosen and not learnt_from(chosen, mine):  # the person's choice (or typed name) stays
            self.original.setCurrentText(dataset_title(chosen))

    def original_name(self) -> str | None:
        """The dataset "Mixed with" names: an offered one's name, or the one typed (a built-in by its title or
        its name); None for "(only my samples)" or nothing."""
        text = self.original.currentText().strip()
        if not text or text == translate("train", NO_ORIGINAL):
            return None
        index = self.original.currentIndex()
        if index >= 0 and self.original.itemText(index) == text and self.original.itemData(index):
            return self.original.itemData(index)
        return name_of_title(text)

    def showEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().showEvent(event)
        self._measure_already()

    def _measure_already(self, force: bool = False) -> None:
        """Measure, in the background, how the model reads the chosen drawings now; only while the page is seen
        (each drawing added on the Recognize tab changes them), else when it is next shown. ``force``: the drawings
        changed since they were measured."""
        asked = (self.base_path, self.personal.currentText())
        if asked != self._already_asked:
            self.already.setText("")  # about another model or dataset
            self._already_asked = None
        elif force:
            self._already_asked = None
        if self._already_asked is not None or not all(asked) or not self.isVisible():
            return
        from guiapp.core.training.personalize import reads_already

        self._already_asked = asked
        self.checker.submit(translate("train", "Reading your drawings"), call(lambda: reads_already(*asked)),
                            lambda result: self._show_already(asked, result),
                            lambda _message: self._show_already(asked, None), key="already")

    def _show_already(self, asked: tuple, result: dict | None) -> None:
        if asked != (self.base_path, self.personal.currentText()):
            return  # another model or dataset was chosen meanwhile
        if not result or not (result["known"] or result["new"] or result.get("learnt")):
            self.already.setText("")
            return
        text = ""
        learnt = result.get("learnt", 0)
        if result["known"]:
            correct, known = result["correct"], result["known"]
            if learnt:  # only the drawings its run held out: "40 of your 40" counted 30 it had learnt (walk 133)
                text = localise(Plural("As it is, the model reads {0} of your %Ln drawing(s) it did not learn from "
                                       "({1}); it learnt from the other {2}.", "", known, correct,
                                       percent(correct / known, 0), number(learnt)))
            else:
                text = localise(Plural("As it is, the model reads {0} of your %Ln drawing(s) of characters it knows "
                                       "({1}).", "", known, correct, percent(correct / known, 0)))
            if result.get("counted_learnt"):
                text += " " + translate("train", "It learnt from some of them, so this flatters it.")
            elif correct == known and known >= ENOUGH_TO_JUDGE:  # "already" said of 1 drawing of 1 (walk 119)
                text += " " + translate("train", "It reads your writing already: personalizing may gain little.")
        elif learnt:
            text = localise(Plural("The model learnt from all %Ln of your drawings of characters it knows: none is left "
                                   "to tell how it reads your writing.", "", learnt))
        if result["new"]:
            text = " ".join(filter(None, [text, translate("train", "New to it, learnt by personalizing: {0}.").format(
                listing(result["new"]))]))
            if not result["known"] and self.original_name():
                # Mixed in unasked, the model kept answering 5 and 7 for a child's bopomofo (walk 120)
                # (its classes stay: "only my samples" read as a model of one's own, and 0 was then read as ○:
                # walk 124)
                text += " " + fmt(translate("train", "Mixed with {0}, it still reads those too; with {1!r} it learns "
                                                     "yours alone and forgets what it knew."),
                                  dataset_title(self.original_name()),
                                  translate("train", NO_ORIGINAL))
        self.already.setText(text)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("train", "Model to personalize"),
                                              str(file_dialogs.start_folder(file_dialogs.MODELS)),
                                              translate("train", "Keras models (*.h5 *.keras)"))
        if path:
            file_dialogs.remember(file_dialogs.MODELS, path)
            self.set_base_model(path)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_button()

    def _update_button(self) -> None:
        ready = bool(self.base_path) and bool(self.personal.currentText()) and not getattr(self, "_busy", False)
        # Too few drawings: greyed, saying how many more, before the click (said only after it, a walk)
        too_few = self._too_few(self.personal.currentText()) if ready else ""
        self.button.setEnabled(ready and not too_few)
        if too_few:
            self.button.setToolTip(too_few)
            if not self.waiting:  # and under it, as the Train settings say it
                self.result.setText(too_few)
                self._refused = too_few
        elif getattr(self, "_busy", False):  # greyed with nothing saying why (a walk)
            self.button.setToolTip(translate("train", "A run is in progress: personalize once it has ended"))
        elif not self.base_path:
            self.button.setToolTip(translate("train", "Load a model in Recognize (or choose a file) first"))
        elif not self.personal.currentText():
            self.button.setToolTip(translate("train", "Add drawings of your own first: draw on the Recognize tab, then Add to dataset"))
        else:
            self.button.setToolTip("")

    def build_request(self) -> tuple[PersonalizeRequest, TrainConfig]:
        request = PersonalizeRequest(self.personal.currentText(), self.original_name(), self.per_class.value())
        preset = self.base_meta.get("preset") if isinstance(self.base_meta, dict) else None
        config = TrainConfig(preset=preset if preset in PRESETS else DEFAULT_PRESET, epochs=self.epochs.value(),
                             batch_size=32, learning_rate=float(self.learning_rate.value()), validation_split=0.1,
                             test_split=0.0, early_stopping=0)
        return request, config

    def request(self) -> None:
        if not self.base_path:
            return
        request, config = self.build_request()
        if refusal := self._too_few(request.personal):
            self.result.setText(refusal)
            self._refused = refusal
            return
        self.result.setText(translate("train", "Personalizing…"))
        self.waiting = True
        self.personalizeRequested.emit(request, config, self.base_path)

    @staticmethod
    def _too_few(name: str) -> str:
        """Too few samples is said before a run starts: started, it failed and cleared the curves of the run that
        had just finished (a fresh-eyes walk with 4 drawings). "" when ``name`` has enough."""
        from guiapp.core.datasets.base import DatasetError
        from guiapp.core.datasets.user_store import UserStore
        from guiapp.core.training.config import TrainingError
        from guiapp.core.training.engine import check_counts

        try:
            counts = UserStore().open(name).counts()
            if not counts:  # "the dataset is empty" alone did not say how to fill it (a walk)
                return "⚠ " + escape(translate("train", "{0} has no drawings yet: draw on the Recognize tab, then Add to "
                                                        "dataset").format(name), quote=False)
            check_counts(name, counts)
        except TrainingError as exc:  # and where to draw more: it was not said (walk 158, one drawing relabelled)
            return "⚠ " + escape(sentence(localise(exc)) + " " + translate(
                "train", "Draw more on the Recognize tab: Collect… asks for each class in turn."), quote=False)
        except (DatasetError, ValueError, OSError) as exc:
            return f"⚠ {escape(sentence(localise(exc)), quote=False)}"
        return ""

    def _check_refusal_again(self, *_changed) -> None:
        """The refusal shown is said again for the dataset as it is now, or goes: "'0' has 4 (add 1 more)" stayed
        after the drawings were added (a fresh-eyes walk)."""
        if not self._refused or self.result.text() != self._refused:
            self._refused = ""
            return
        name = self.personal.currentText()
        self._refused = self._too_few(name) if name else ""
        self.result.setText(self._refused)

    def show_ended(self, why: str) -> None:
        """The run this view asked for ended without before/after figures (it failed, or was stopped): "Personalizing…"
        must not stay."""
        if self.waiting:
            self.waiting = False
            self.result.setText(translate("train", "Personalizing ended without a new model: {0}").format(escape(why, quote=False)))

    def show_result(self, personal: dict, base_path: str | None = None, model_path: str | None = None) -> None:
        """Before/after accuracy of a personalisation of ``base_path`` into ``model_path``. Both are named: the
        Model row above follows the model loaded in Recognize, which may be another one by the time this is read
        (the personalised model itself, once it is used), and the figures must not read as that one's."""
        self.waiting = False
        before, after = personal.get("before_all"), personal.get("after_all")
        held_before, held_after = personal.get("before_held_out"), personal.get("after_held_out")
        if held_after and held_after[1]:
            # The honest figure first: "0 % (0/30) → 100 % (30/30)" in bold counted the drawings it trained on,
            # and the held-out 6/6 came second (a walk)
            text = translate("train", "<b>On your held-out samples (never trained on): {0} → {1}</b>").format(
                _fraction(held_before), _fraction(held_after))
            text += translate("train", "<br>On all your samples (most of them trained on): {0} → {1}").format(
                _fraction(before), _fraction(after))
        else:
            text = translate("train", "<b>Accuracy on your samples: {0} → {1}</b>").format(_fraction(before),
                                                                                            _fraction(after))
        kept_before, kept_after = personal.get("before_original_held_out"), personal.get("after_original_held_out")
        if kept_after and kept_after[1]:  # what it may have forgotten
            text += translate("train", "<br>On held-out samples of its original data: {0} → {1}").format(
                _fraction(kept_before), _fraction(kept_after))
        if base_path and model_path:
            text += translate("train", "<br>Measured with {0} (before) and {1} (after).").format(
                escape(model_display_name(base_path)), escape(model_display_name(model_path)))
        text += translate("train", "<br>Use the result with “Use for recognition” below.")
        self.result.setText(text)


__all__ = ["PersonalizeView"]
