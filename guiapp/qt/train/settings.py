"""The Train area's settings column: dataset, preset (its layer table and parameter count), hyperparameters and
device. Defaults are chosen so that pressing Start gives a good model: the strong default preset, early stopping,
a plateau learning-rate schedule. Describing a preset builds a Keras model, so it happens in a worker thread."""

from __future__ import annotations

import contextlib
import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget,
)

from guiapp.core.datasets.builtin import DEFAULT_SAMPLES_PER_CLASS
from guiapp.core.training.presets import DEFAULT_PRESET, PRESETS
from guiapp.qt.eliding_combo import ElidingComboBox
from guiapp.qt.datasets.events import dataset_events, fill_with_datasets
from guiapp.qt.look import menu_button
from guiapp.qt.train.preset_view import PresetDescription
from guiapp.qt.train.settings_description import DescriptionMixin
from guiapp.qt.train.training_fields import TEST_TIP, VALIDATION_TIP, TrainingFieldsMixin
from guiapp.core.training.config import TrainConfig
from guiapp.core.text import Plural
from guiapp.qt import file_dialogs
from guiapp.qt.i18n import localise, translate
from guiapp.qt.theme import set_tone

DEFAULT_DATASET = "digits"
NO_GPU_NOTE = QT_TRANSLATE_NOOP("train", "No GPU found by TensorFlow: training runs on the CPU (fine for the "
                                          "built-in datasets; a few minutes per run).")  # translated where shown



def default_config() -> TrainConfig:
    return TrainConfig()  # the core's defaults, the same that `guiapp train` starts from


class TrainingSettings(DescriptionMixin, TrainingFieldsMixin, QWidget):
    choiceChanged = Signal()  # dataset or preset changed: describe again
    augmentPreviewRequested = Signal(str)  # dataset name: the Datasets area can show augmented samples
    readinessChanged = Signal()  # cannot_train changed: the status line's "Ready" follows

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cannot_train = ""  # why the chosen dataset cannot train (its description says), "" if it can
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.other_run = QLabel()  # a run started elsewhere (Teach…, Personalize) trains with its own settings
        self.other_run.setWordWrap(True)
        self.other_run.hide()
        self._other_run = None  # (dataset, config, base, after_epoch) of the run it tells of
        set_tone(self.other_run, "warning")
        layout.addWidget(self.other_run)
        layout.addWidget(self._data_group())
        layout.addWidget(self._model_group())
        layout.addWidget(self._hyper_group())
        layout.addWidget(self._device_group())
        layout.addStretch(1)
        for box in self.findChildren(QAbstractSpinBox):  # 5 typed where 10 is the least became 10, not the old 30
            box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.describe_with = None  # callable(function, on_done, on_failed) running function off the GUI thread
        self.describe_data_with = None  # the same, for functions that need no TensorFlow (the data's figures)
        # (dataset, samples) whose figures the data note and cannot_train show: kept while the same data is described
        # again (a preset's description waiting for TensorFlow asked again, and Start slipped through meanwhile)
        self._data_described: tuple | None = None
        self._describing = self._describe_pending = False
        # the tutorial link says whether its settings are the ones set
        for box in (self.epochs, self.batch_size, self.learning_rate, self.early_stopping):
            box.valueChanged.connect(self._note_training_fields)
        for box in (self.optimizer, self.schedule):
            box.currentIndexChanged.connect(self._note_training_fields)
        self.augment.toggled.connect(self._note_training_fields)
        self.set_config(default_config())
        self.set_dataset(DEFAULT_DATASET)
        self.choiceChanged.connect(self.describe)
        self._note_training_fields()

    def _note_training_fields(self, *_args) -> None:
        self.description.note_settings(self._training_fields())

    # -- building --------------------------------------------------------------------------------------------
    def _data_group(self) -> QGroupBox:
        from guiapp.core.datasets.builtin import BUILTINS

        box = QGroupBox(translate("train", "Data"))
        form = QFormLayout(box)
        self.dataset = ElidingComboBox()
        self.dataset.setToolTip(translate("train", "Built-in synthesised datasets, your own datasets and registered files"))
        self.builtins = set(BUILTINS)
        browse = self.open_button = menu_button(translate("train", "Open"), "open", [
            (translate("train", "Dataset file…"), self._browse_file), (translate("train", "Dataset folder…"), self._browse_folder)],
            translate("train", "Train on a dataset file or folder (.npz, MNIST IDX, class folders, your drawn samples)"))
        self.open_file_action, self.open_folder_action = browse.menu().actions()
        row = QHBoxLayout()
        row.addWidget(self.dataset, 1)
        row.addWidget(browse)
        form.addRow(translate("train", "Dataset"), row)
        self.samples = QSpinBox()
        self.samples.setRange(10, 20_000)
        self.samples.setSingleStep(100)
        self.samples.setValue(DEFAULT_SAMPLES_PER_CLASS)
        self.samples.setSuffix(translate("train", " per class"))
        self.samples.setGroupSeparatorShown(True)  # "1,000 per class" beside "all 5,000" (it read "1000")
        self._synthesised_per_class = DEFAULT_SAMPLES_PER_CLASS  # kept while a dataset of files is chosen
        self._samples_for: str | None = None  # the dataset the Samples box was fitted to (see _fit_samples_box)
        # Each dataset's count, back when it is chosen again: Fashion-MNIST at 200 a class came back as "all 70,000"
        # after a look at another dataset, and Start began a run of minutes an epoch (a walk)
        self._samples_chosen: dict[str, int] = {}
        form.addRow(translate("train", "Samples"), self.samples)
        self.data_note = QLabel()  # why this dataset cannot train, or will disappoint: said before Start
        self.data_note.setWordWrap(True)
        set_tone(self.data_note, "warning")
        self.data_note.hide()
        form.addRow(self.data_note)
        self.follow_new_datasets = True  # see keeping_choice
        # Chosen in the box by the person: a dataset of their own made since is not chosen over it (adding three
        # drawings on the Recognize tab switched a run's fashion-mnist to them, unasked: a walk)
        self.picked_by_hand = False
        self.dataset.activated.connect(lambda _index: setattr(self, "picked_by_hand", True))
        self._described_stale = False  # the chosen dataset changed while the settings were hidden
        self.refresh_datasets()
        dataset_events().changed.connect(self.refresh_datasets)
        self.dataset.currentIndexChanged.connect(self._dataset_changed)
        self.samples.editingFinished.connect(self.choiceChanged)
        return box

    def _model_group(self) -> QGroupBox:
        box = QGroupBox(translate("train", "Model"))
        column = QVBoxLayout(box)
        self.preset = QComboBox()
        for name, preset in PRESETS.items():
            self.preset.addItem(name if name != DEFAULT_PRESET else translate("train", "{0} (default)").format(name), name)
            # with the figure its tutorial published: a teacher looking for the 99.15 % MNIST CNN took keras-tutorial
            # (98.36 %) for it, tf-expert's figure being only on the page once chosen (walk 141)
            self.preset.setItemData(self.preset.count() - 1, translate("train", "{0}\nReference: {1}").format(
                localise(preset.summary), localise(preset.reference)), Qt.ItemDataRole.ToolTipRole)
        self.preset.currentIndexChanged.connect(self.choiceChanged)
        column.addWidget(self.preset)
        self.description = PresetDescription()
        self.description.tutorialRequested.connect(
            lambda fields: self._set_training_fields(dataclasses.replace(self.config(), **fields)))
        self.preset.currentIndexChanged.connect(lambda _i: self._offer_tutorial())
        self._offer_tutorial()
        column.addWidget(self.description)
        # the description's parts, by the names the rest of the window and its tests know them
        self.preset_summary = self.description.summary
        self.layer_table = self.description.layer_table
        self.param_count = self.description.param_count
        return box

    def _device_group(self) -> QGroupBox:
        box = QGroupBox(translate("train", "Device"))
        column = QVBoxLayout(box)
        self.device = QComboBox()
        self.device.addItem(translate("train", "CPU"), "cpu")
        column.addWidget(self.device)
        self.device_note = QLabel(translate("train", "Looking for GPUs…"))
        self.device_note.setWordWrap(True)
        set_tone(self.device_note, "muted")
        column.addWidget(self.device_note)
        return box

    # -- reactions --------------------------------------------------------------------------------------------
    def _offer_tutorial(self) -> None:
        """The preset's description, its link offering the tutorial it reproduces on the dataset chosen."""
        self.description.set_preset(self.preset_name(), self.dataset_name())

    def _dataset_changed(self) -> None:
        if self.dataset_name() != self._samples_for:
            self._fit_samples_box(self.dataset_name())
        if hasattr(self, "description"):  # (the model group is made after the data group)
            self._offer_tutorial()
        self.choiceChanged.emit()

    def _fit_samples_box(self, name: str) -> None:
        """A built-in: how many to synthesise (its last count back). A dataset of files: all its samples (the
        special text, at 0), or at most so many a class once its description says it has a test set of its own
        (:meth:`show_description`): Fashion-MNIST's 60,000 took minutes an epoch with no way to take fewer."""
        synthesised = name in self.builtins
        self.samples.blockSignals(True)
        if self._samples_for:
            self._samples_chosen[self._samples_for] = self.samples.value()
        if self._samples_for in self.builtins:
            self._synthesised_per_class = self.samples.value()
        if synthesised:
            self.samples.setSpecialValueText("")
            self.samples.setMinimum(10)
            self.samples.setValue(self._samples_chosen.get(name, self._synthesised_per_class))
            self.samples.setToolTip(translate("train", "How many samples per class to synthesise (built-in datasets only)"))
        else:
            self.samples.setMinimum(0)
            self.samples.setSpecialValueText(translate("train", "all its samples"))
            self.samples.setValue(self._samples_chosen.get(name, 0))
        self.samples.blockSignals(False)
        self.samples.setEnabled(synthesised)
        self._samples_for = name

    def _offer_fewer(self, can: bool) -> None:
        """A dataset of files: the box takes a count when it has its own test set, which stays whole."""
        self.samples.setEnabled(can)
        if not can and self.samples.value():
            self.samples.setValue(0)
        self.samples.setToolTip(
            translate("train", "At most this many samples a class to train on, always the same ones; its own test "
                               "set stays whole, so runs on fewer and on all are tested alike") if can else
            translate("train", "This dataset trains on all its samples: only a dataset with a test set of its own "
                               "can train on fewer"))

    def _browse_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("train", "Dataset file"),
                                              str(file_dialogs.start_folder(file_dialogs.DATASETS)),
                                              translate("train", "Datasets (*.npz *idx3-ubyte *idx3-ubyte.gz);;All files (*)"))
        if path:
            file_dialogs.remember(file_dialogs.DATASETS, path)
            self.set_dataset(path)

    def _browse_folder(self) -> None:
        """A folder: class sub-folders of images, MNIST IDX or npz files, or a dataset of drawn samples."""
        path = QFileDialog.getExistingDirectory(self, translate("train", "Dataset folder"),
                                                str(file_dialogs.start_folder(file_dialogs.DATASETS)))
        if path:
            file_dialogs.remember(file_dialogs.DATASETS, path)
            self.set_dataset(path)

    def refresh_datasets(self, changed: str = "") -> None:
        """List every dataset again (the catalogue said one was made, grown or removed), keeping the choice, except
        that a dataset of your own just made is chosen, unless the person chose one in the box: it is what they
        will train on next (a new user found "digits" still chosen and had to look for theirs)."""
        before = {self.dataset.itemText(i) for i in range(self.dataset.count())}
        moved = fill_with_datasets(self.dataset)
        index = self.dataset.findText(changed) if changed and changed not in before else -1
        # (an imported one too: it was imported to train on, and Train stayed on digits: walk 127)
        if index >= 0 and self.dataset.itemData(index) in ("user", "registered") and self._may_follow():
            self.dataset.setCurrentIndex(index)  # runs _dataset_changed
        elif moved:
            self._dataset_changed()
        elif changed and changed == self.dataset_name():
            # The chosen dataset grew or shrank: its counts ("all 0", "for 0 classes") are described again when
            # next seen (each drawing added on the Recognize pad would otherwise build a model here).
            self._described_stale = True
            if self.isVisible():
                self._describe_if_stale()

    def follow_browsed(self, name: str) -> bool:
        """The dataset opened on the Datasets tab is chosen here too, unless the person chose one in this box (or a
        run is going on): a teacher chose hiragana-71 there, and Train was still on digits (walk 132). Whether it
        was (the window says so: unsaid, Train's dataset changed under a walker's eyes, walk 163)."""
        index = self.dataset.findText(name)
        if index >= 0 and index != self.dataset.currentIndex() and self._may_follow():
            self.dataset.setCurrentIndex(index)  # runs _dataset_changed
            return True
        return False

    def _may_follow(self) -> bool:
        """Whether the box may choose a dataset for the person (one made, imported or opened elsewhere): not during a
        run, nor while a choice is kept or restored, nor once the person chose in the box."""
        return (self.isEnabled() and self.follow_new_datasets and not self.picked_by_hand
                and not dataset_events().restoring)

    @contextlib.contextmanager
    def keeping_choice(self):
        """Datasets made inside this block are not chosen as new ones of the person's (a drill's practice
        dataset took over the Train area's choice, silently)."""
        self.follow_new_datasets = False
        try:
            yield
        finally:
            self.follow_new_datasets = True

    def set_devices(self, devices: list[tuple[str, str]] | None, error: str | None = None) -> None:
        current = self.device.currentData()
        self.device.clear()
        for value, label in devices or [("cpu", "CPU")]:
            self.device.addItem(localise(label), value)
        index = self.device.findData(current)
        self.device.setCurrentIndex(max(0, index))
        gpus = [label for value, label in devices or [] if value.startswith("gpu:")]
        if error:
            self.device_note.setText(translate("train", "Could not ask TensorFlow for devices ({0}); training runs on the CPU.").format(error))
        elif gpus:
            self.device_note.setText(localise(Plural("TensorFlow sees %Ln GPU(s): ", "", len(gpus))) + "; ".join(gpus))
        else:
            self.device_note.setText(translate("train", NO_GPU_NOTE))

    def show_fixed_split(self, note: str, test_note: str = "") -> None:
        """A dataset with its own fixed split (five-fonts): the Validation and Test settings are off, and say why;
        one with only its own test set (mnist-5k), the Test setting (a walk set Test 10 % and read "test accuracy on
        1,000 held-out samples", the dataset's own, with nothing said)."""
        for box, tip, why in ((self.validation, translate("train", VALIDATION_TIP), note),
                              (self.test, translate("train", TEST_TIP), note or test_note)):
            box.setEnabled(not why)
            box.setToolTip(translate("train", "Not used: {0}").format(localise(why)) if why else tip)

    # -- values -----------------------------------------------------------------------------------------------
    def dataset_name(self) -> str:
        return self.dataset.currentText()

    def samples_per_class(self) -> int | None:
        """A built-in's count to synthesise; for a dataset of files, its limit a class (None: all its samples)."""
        return self.samples.value() if self.dataset_name() in self.builtins or self.samples.value() else None

    def preset_name(self) -> str:
        return self.preset.currentData()

    def set_dataset(self, name: str, samples_per_class: int | None = None) -> None:
        index = self.dataset.findText(name)
        if index < 0:
            self.dataset.addItem(name, "path")
            index = self.dataset.count() - 1
        self.dataset.setCurrentIndex(index)  # a change runs _dataset_changed: the Samples box fits the dataset first
        if self._samples_for != name:
            self._fit_samples_box(name)
        if samples_per_class:  # a dataset of files' limit too (a Rerun): greyed until its description has come
            self.samples.setValue(samples_per_class)
        self._dataset_changed()

    def config(self) -> TrainConfig:
        return TrainConfig(preset=self.preset_name(), device=self.device.currentData() or "cpu",
                           **self._training_fields())

    def choice(self) -> dict:
        """What the user chose, to keep across restarts (see :meth:`restore`)."""
        return {"config": self.config().to_dict(), "dataset": self.dataset_name(),
                "samples_per_class": self.samples.value()}

    def restore(self, choice: dict) -> None:
        """Choices kept from the last session; anything that no longer makes sense keeps its default."""
        try:
            config = TrainConfig.from_dict(choice.get("config") or {}).validate()
        except Exception:  # noqa: BLE001 — a damaged or outdated settings file: the defaults stay
            config = None
        if config is not None:
            self.set_config(config)
        dataset = choice.get("dataset")
        if isinstance(dataset, str) and dataset and self.dataset.findText(dataset) >= 0:
            samples = choice.get("samples_per_class")
            self.set_dataset(dataset, samples if isinstance(samples, int) and samples > 0 else None)

    def show_other_run(self, dataset: str | None, config: TrainConfig | None = None, base: str | None = None,
                       after_epoch: int = 0, ended: bool = False) -> None:
        """Say that the run in progress (``ended``: the last run) trains ``dataset`` with ``config`` (fine-tuning the
        model at ``base``; a Continue run after its run's ``after_epoch`` epochs), not with the settings below
        (None: the settings are what runs again)."""
        self._other_run = (dataset, config, base, after_epoch) if dataset is not None and config is not None else None
        if self._other_run is None:
            self.other_run.hide()
            return
        # "up to": early stopping ends a run before its last epoch ("15 epochs" beside a round that stopped after
        # 4 read as a mistake: a walk)
        stops_early = 0 < config.early_stopping < config.epochs  # its patience can run out before the last epoch
        epochs = localise(Plural("up to %Ln epoch(s)", "", config.epochs) if stops_early
                          else Plural("%Ln epoch(s)", "", config.epochs))
        if after_epoch:  # Continue: not "fine-tunes digits · logreg · … on digits"
            # "epochs 5 to 5" for the one epoch left (walk 125)
            span = (translate("train", "epoch {0}").format(config.epochs) if after_epoch + 1 >= config.epochs
                    else translate("train", "epochs {0} to {1}").format(after_epoch + 1, config.epochs))
            text = (translate("train", "The last run continued a stopped run on {0} with {1}: {2}; the settings below "
                              "are for the next run you start here.") if ended else
                    translate("train", "The run in progress continues a stopped run on {0} with {1}: {2}; the settings "
                              "below are for the next run you start here.")).format(dataset, config.preset, span)
        elif base:  # Teach… or Personalize: the model it starts from, not a preset trained from scratch
            from guiapp.qt.recognize.model_picker import model_display_name

            text = (translate("train", "The last run fine-tuned {0} on {1}, {2}; the settings below are for the next "
                              "run you start here.") if ended else
                    translate("train", "The run in progress fine-tunes {0} on {1}, {2}; the settings below are for the "
                              "next run you start here.")).format(model_display_name(base), dataset, epochs)
        else:  # a run asked for with its own settings (the self-test's)
            text = (translate("train", "The last run trained {0} with {1}, {2}; the settings below are for the next "
                              "run you start here.") if ended else
                    translate("train", "The run in progress trains {0} with {1}, {2}; the settings below are for the "
                              "next run you start here.")).format(dataset, config.preset, epochs)
        self.other_run.setText(text)
        self.other_run.show()

    def other_run_ended(self) -> None:
        """The run with its own settings ended: the note stays, in the past tense, until the next run starts. Gone
        at once, Teach's "completed 15 epochs" stood beside "Epochs 10" below, unexplained (a walk); gone at the
        first setting changed, every field below moved up under the pointer, and a click meant for Epochs opened
        the optimiser (two walks)."""
        if self._other_run is not None:
            self.show_other_run(*self._other_run, ended=True)

    def set_config(self, config: TrainConfig) -> None:
        index = self.preset.findData(config.preset)
        self.preset.setCurrentIndex(max(0, index))
        self._set_training_fields(config)
        index = self.device.findData(config.device)
        if index >= 0:
            self.device.setCurrentIndex(index)


__all__ = ["TrainingSettings", "default_config", "NO_GPU_NOTE"]
