"""The Train settings' "Training" group: epochs, batch size, optimizer, learning rate and its schedule, dropout, the
validation and test shares, early stopping and augmentation; read into and set from a
:class:`~guiapp.core.training.config.TrainConfig`. A mixin of :class:`~guiapp.qt.train.settings.TrainingSettings`
(which owns the dataset, preset and device)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QSpinBox, QToolButton

from guiapp.core.training.config import OPTIMIZERS, SCHEDULES, TrainConfig
from guiapp.core.text import Plural
from guiapp.qt.i18n import localise, number, translate
from guiapp.qt.theme import set_tone

OPTIMIZER_NAMES = {"adam": "Adam", "adamw": "AdamW", "sgd": "SGD", "rmsprop": "RMSprop"}
# Words of the window's language, not ids ("plateau" in a Chinese window: walk 108)
SCHEDULE_NAMES = {"constant": QT_TRANSLATE_NOOP("train", "constant"), "step": QT_TRANSLATE_NOOP("train", "step"),
                  "cosine": QT_TRANSLATE_NOOP("train", "cosine"), "plateau": QT_TRANSLATE_NOOP("train", "plateau")}


def optimizer_name(name: str) -> str:
    return OPTIMIZER_NAMES.get(name, name)


def schedule_name(name: str) -> str:
    return translate("train", SCHEDULE_NAMES[name]) if name in SCHEDULE_NAMES else name


def settings_line(config: dict) -> str:
    """How a run learnt, as the Training group sets it: "Adam · learning rate 0.001 · cosine · batch 64 · up to 5
    epochs".
    A run's schedule was nowhere to be seen, and a class comparing cosine with constant told two runs apart by
    their start times alone (walk 111)."""
    return " · ".join(settings_parts(config))


def settings_parts(config: dict) -> list[str]:
    """The parts of :func:`settings_line`, in its order (two runs' differ where they learnt differently). A run's
    record is a file: a value of another type is shown as it is, never raised (the Runs list must still show)."""
    return [part for part, _ in settings_values(config)]


def settings_values(config: dict) -> list[tuple[str, str]]:
    """Each part of :func:`settings_parts` with its value alone ("learning rate 0.5", "0.5"): what a part would be
    changed from reads as its value ("learning rate 0.5 (now 0.001)", not "(now learning rate 0.001)": walk 157)."""
    def shown(key: str, default, convert) -> str:
        value = config.get(key, default)
        try:
            return convert(value)
        except (TypeError, ValueError, OverflowError):
            return str(value)

    optimizer = optimizer_name(str(config.get("optimizer", "adam")))
    rate = shown("learning_rate", 0.001, lambda rate: QLocale().toString(float(rate), "g", 6))  # 0,001 in French
    schedule = schedule_name(str(config.get("schedule", "constant")))
    batch = shown("batch_size", 128, lambda size: number(int(size)))
    values = [(optimizer, optimizer), (translate("train", "learning rate {0}").format(rate), rate),
              (schedule, schedule), (translate("train", "batch {0}").format(batch), batch)]
    if config.get("epochs"):  # the number asked for: early stopping or Stop may end a run before it (walk 113
        # read "15 epochs" beside the 5 trained)
        values.append((shown("epochs", 0, lambda epochs: localise(Plural("up to %Ln epoch(s)", "", int(epochs)))),
                       shown("epochs", 0, lambda epochs: number(int(epochs)))))
    if "seed" in config:  # a run's: reruns of one seed learn alike on the CPU, and three read as one (walk 144)
        seed = shown("seed", 0, lambda seed: str(int(seed)))
        values.append((translate("train", "seed {0}").format(seed), seed))
    return values


def link_button(text: str) -> QToolButton:
    """A button that looks like a link: on the Tab path and pressed with Space or Enter (a rich-text link in a label
    was the mouse's alone; made keyboard-accessible, it kept the Tab key and Tab never left it)."""
    button = QToolButton(text=text)
    button.setAutoRaise(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    font = button.font()
    font.setUnderline(True)
    button.setFont(font)
    set_tone(button, "link")
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class _RateBox(QDoubleSpinBox):
    """A learning rate as people write it, 0.001 (five decimals are needed for 0.00005, but "0.00100" read oddly)."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 — Qt's name
        text = self.locale().toString(float(value), "f", self.decimals())
        point = self.locale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text


# The Validation and Test fields' tooltips, here and again once a dataset with a split of its own has taken them
# off and another gives them back (settings.show_fixed_split: Validation's was emptied, Test's cut short)
VALIDATION_TIP = QT_TRANSLATE_NOOP("train", "Held out to choose the best epoch and to stop early. Each of your own "
                                            "drawings keeps its part as the dataset grows, and a small class still "
                                            "holds out one: a small dataset of your own holds out more than this "
                                            "share.")
TEST_TIP = QT_TRANSLATE_NOOP("train", "Held out for the evaluation view (datasets with their own test set keep it); "
                                      "as for validation, a small dataset of your own holds out more than this share")


class TrainingFieldsMixin:
    def _hyper_group(self) -> QGroupBox:
        box = QGroupBox(translate("train", "Training"))
        form = QFormLayout(box)
        # A long label ("Taux d'apprentissage") goes above its field when the column is narrow, rather than
        # widening the column and the window past 1024 px.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 1000)
        # In plain words, on the labels too: a teacher found only Schedule's and Early stop's fields explained, in
        # jargon (walk 150)
        self.epochs.setToolTip(translate("train", "How many times the network sees every training sample: more epochs "
                                                  "learn more, until it starts to learn the samples by heart (Early "
                                                  "stop ends the run then)"))
        form.addRow(translate("train", "Epochs"), self.epochs)
        self.batch_size = QSpinBox()
        self.batch_size.setRange(1, 4096)
        self.batch_size.setToolTip(translate("train", "How many samples the network looks at before each small step of "
                                                      "learning: small batches take many noisy steps, large ones fewer, "
                                                      "steadier steps"))
        form.addRow(translate("train", "Batch size"), self.batch_size)
        self.optimizer = QComboBox()
        for name in OPTIMIZERS:  # as their papers write them; the id is the item's data
            self.optimizer.addItem(optimizer_name(name), name)
        self.optimizer.setToolTip(translate("train", "How each step changes the network's weights: Adam (the usual "
                                                     "choice) sizes the step for each weight; SGD takes plain steps"))
        form.addRow(translate("train", "Optimizer"), self.optimizer)
        self.learning_rate = _RateBox()
        self.learning_rate.setDecimals(5)
        self.learning_rate.setRange(0.00001, 1.0)
        self.learning_rate.setSingleStep(0.0005)
        self.learning_rate.setToolTip(translate("train", "How large each step is: too large and the loss jumps about or "
                                                         "grows, too small and it learns slowly"))
        form.addRow(translate("train", "Learning rate"), self.learning_rate)
        self.schedule = QComboBox()
        for name in SCHEDULES:  # the id is the item's data
            self.schedule.addItem(schedule_name(name), name)
        self.schedule.setToolTip(translate("train", "How the learning rate changes during the run: constant; step: ÷10 at "
                                                    "half and three quarters of the run; cosine: eases down to 0; "
                                                    "plateau: halved when the validation loss stops falling"))
        form.addRow(translate("train", "Schedule"), self.schedule)
        self.dropout = QDoubleSpinBox()
        self.dropout.setRange(-0.05, 0.9)
        self.dropout.setSingleStep(0.05)
        self.dropout.setSpecialValueText(translate("train", "preset's own"))
        self.dropout.setToolTip(translate("train", "The share of the network's units switched off at random while it "
                                                   "trains, so that it does not lean on a few: it then reads new "
                                                   "drawings better"))
        form.addRow(translate("train", "Dropout"), self.dropout)
        self.validation = QSpinBox()
        self.validation.setRange(0, 50)
        self.validation.setSuffix(" %")
        # Why 50 drawings with 10 % held out 10 for validation and 6 for test (walk 107): see Dataset.split
        self.validation.setToolTip(translate("train", VALIDATION_TIP))
        form.addRow(translate("train", "Validation"), self.validation)
        self.test = QSpinBox()
        self.test.setRange(0, 50)
        self.test.setSuffix(" %")
        self.test.setToolTip(translate("train", TEST_TIP))
        form.addRow(translate("train", "Test"), self.test)
        self.early_stopping = QSpinBox()
        self.early_stopping.setRange(0, 100)
        self.early_stopping.setSpecialValueText(translate("train", "off"))
        self.early_stopping.setSuffix(translate("train", " epochs"))
        self.early_stopping.setToolTip(translate("train", "Stop when validation loss has not improved for this many epochs"))
        form.addRow(translate("train", "Early stop"), self.early_stopping)
        self.augment = QCheckBox(translate("train", "Augment"))
        self.augment_strength = QDoubleSpinBox()
        self.augment_strength.setRange(0.1, 3.0)
        self.augment_strength.setSingleStep(0.1)
        self.augment_strength.setPrefix("× ")
        preview = link_button(translate("train", "preview"))
        preview.setAccessibleName(translate("train", "Preview augmented samples"))
        preview.setToolTip(translate("train", "Show augmented samples of this dataset on the Datasets tab"))
        preview.clicked.connect(lambda: self.augmentPreviewRequested.emit(self.dataset_name()))
        self.augment_preview = preview
        row = QHBoxLayout()
        row.addWidget(self.augment)
        row.addWidget(self.augment_strength, 1)
        row.addWidget(preview)
        self.augment.toggled.connect(self.augment_strength.setEnabled)
        form.addRow("", row)
        for field in (self.epochs, self.batch_size, self.optimizer, self.learning_rate, self.schedule, self.dropout,
                      self.validation, self.test, self.early_stopping):
            form.labelForField(field).setToolTip(field.toolTip())
        return box

    def _training_fields(self) -> dict:
        """The group's fields as TrainConfig's keyword arguments."""
        dropout = self.dropout.value()
        return dict(
            epochs=self.epochs.value(), batch_size=self.batch_size.value(),
            optimizer=self.optimizer.currentData(), learning_rate=float(self.learning_rate.value()),
            schedule=self.schedule.currentData(), dropout=None if dropout < 0 else round(dropout, 3),
            augment=self.augment.isChecked(), augment_strength=float(self.augment_strength.value()),
            validation_split=self.validation.value() / 100, test_split=self.test.value() / 100,
            early_stopping=self.early_stopping.value())

    def _set_training_fields(self, config: TrainConfig) -> None:
        self.epochs.setValue(config.epochs)
        self.batch_size.setValue(config.batch_size)
        self.optimizer.setCurrentIndex(max(0, self.optimizer.findData(config.optimizer)))
        self.learning_rate.setValue(config.learning_rate)
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(config.schedule)))
        self.dropout.setValue(-0.05 if config.dropout is None else config.dropout)
        self.augment.setChecked(config.augment)
        self.augment_strength.setValue(config.augment_strength)
        self.augment_strength.setEnabled(config.augment)
        self.validation.setValue(round(config.validation_split * 100))
        self.test.setValue(round(config.test_split * 100))
        self.early_stopping.setValue(config.early_stopping)


__all__ = ["TrainingFieldsMixin"]
