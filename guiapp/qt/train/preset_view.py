"""What the chosen preset builds for the chosen dataset, in the Train settings' Model group: its summary and
reference, a table of its layers (type, output shape, parameters) and the parameter count. Working it out builds a
Keras model, so :func:`describe_choice` runs in a worker thread; :class:`PresetDescription` only shows the result."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from guiapp.core.text import Plural
from guiapp.core.training.glossary import terms_in
from guiapp.core.training.presets import PRESETS
from guiapp.qt.a11y import read_only_table
from guiapp.qt.i18n import localise, number, translate
from guiapp.qt.theme import set_tone
from guiapp.qt.wrapped_label import WrappedLabel

# Keras's longest layer names, as the narrow layer table shows them (they read "BatchNor…", "MaxPoolin…"); the full
# name is in each row's tooltip.
SHORT_LAYER_TYPES = {"BatchNormalization": "BatchNorm", "LayerNormalization": "LayerNorm",
                     "MaxPooling2D": "MaxPool2D", "AveragePooling2D": "AvgPool2D",
                     "GlobalAveragePooling2D": "GlobalAvgPool", "GlobalMaxPooling2D": "GlobalMaxPool",
                     "DepthwiseConv2D": "DepthwiseConv", "SeparableConv2D": "SepConv2D"}


def describe_choice(dataset: str, samples_per_class: int | None, preset: str) -> dict:
    """(worker thread) The preset built for the dataset's input shape and class count, and :func:`describe_data`."""
    from guiapp.core.training.presets import describe_preset

    data, description = _described_data(dataset, samples_per_class)
    return {**describe_preset(preset, data.spec.input_shape, max(2, len(data.classes))), **description}


def describe_data(dataset: str, samples_per_class: int | None) -> dict:
    """(worker thread, without TensorFlow) What the chosen data says of itself: its size, its fixed splits, why it
    cannot train or may disappoint."""
    return _described_data(dataset, samples_per_class)[1]


def _described_data(dataset: str, samples_per_class: int | None):
    from guiapp.core.datasets.registry import describe

    data = describe(dataset, samples_per_class)
    description = {}
    description["dataset_classes"] = len(data.classes)
    description["dataset_samples"] = len(data)
    description["can_take_fewer"] = data.can_take_fewer  # a dataset of files with its own test set
    description["fixed_split"] = data.fixed_split_note()  # five-fonts: the Validation/Test settings do not apply
    description["fixed_test"] = data.fixed_test_note()  # mnist-5k: the Test setting does not apply
    description["cannot_train"] = cannot_train(data)
    description["data_problems"] = data_problems(data, description["cannot_train"])
    return data, description


def cannot_train(data) -> str:
    """Why a run on ``data`` cannot train (empty, a class too small to hold some out, one class), "" if it can."""
    from guiapp.core.training.config import TrainingError
    from guiapp.core.training.engine import check_trainable

    try:
        check_trainable(data)
    except TrainingError as exc:
        return exc.args[0]
    return ""


def data_problems(data, refusal: str) -> list:
    """Why a run on ``data`` cannot train (``refusal``, from :func:`cannot_train`), or will disappoint (too few
    samples of a class), said before Start: the refusal came only when a run had started, failed and wiped the last
    run's curves (a fresh-eyes walk)."""
    from guiapp.core.training.engine import small_data_warnings

    if refusal:
        return [refusal]
    return small_data_warnings(data, 0, 1)  # the batch's size is checked once the split is known


def glossary_tip(text: str, title: str = "") -> str:
    """A tooltip saying what the words of ``text`` mean (:mod:`guiapp.core.training.glossary`), under ``title``
    (else "What the words mean:"); rich text, so Qt wraps it instead of stretching one line across the screen."""
    terms = terms_in(text)
    if not terms:
        return title
    items = "".join(f"<li>{html.escape(localise(term), quote=False)}</li>" for term in terms)
    title = title or translate("train", "What the words mean:")
    return f"<p>{html.escape(title, quote=False)}</p><ul>{items}</ul>"


def offered_line(offered: dict, fields: dict | None, in_use: bool) -> str:
    """Under the link: the settings in use, or what the link would change (``offered`` over the Training group's
    ``fields``), each with the value set now. The whole line of what it offers, under "Use the usual settings", read
    as the settings set ("batch 128 · up to 10 epochs" with 15 set: walk 140)."""
    from guiapp.qt.train.training_fields import settings_line, settings_values

    if in_use or fields is None:
        return settings_line(offered)
    now = settings_values(dict(offered, **{key: value for key, value in fields.items() if key in offered}))
    return " · ".join(translate("train", "{0} (now {1})").format(new, old)
                      for (new, _), (part, old) in zip(settings_values(offered), now) if new != part)


def usual_settings() -> dict:
    """The Training group's own defaults (TrainConfig's), as a tutorial's settings are given (Preset.tutorial)."""
    from guiapp.core.training.config import TrainConfig

    usual = TrainConfig()
    return {field: getattr(usual, field) for field in ("epochs", "batch_size", "optimizer", "learning_rate",
                                                        "schedule", "early_stopping", "augment")}


def _working_it_out() -> str:
    return translate("train", "Parameters: being worked out (the first time, TensorFlow loads: a few seconds)…")


class PresetDescription(QWidget):
    tutorialRequested = Signal(dict)  # the TrainConfig fields of the preset's tutorial (Preset.tutorial)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.summary = WrappedLabel()
        self.summary.set_steady_texts(self._summary_text(p.summary, p.reference) for p in PRESETS.values())
        set_tone(self.summary, "muted")
        self.summary.setCursor(Qt.CursorShape.WhatsThisCursor)  # (the arrow with "?": its tooltip explains the words)
        column.addWidget(self.summary)
        # The reference's own training, one click away: its note said "with batch 64" over a Batch size of 128, and
        # a teacher had to set the tutorial's settings by hand to compare (walk 125). What they are, under it.
        from guiapp.qt.train.training_fields import link_button

        self.tutorial = link_button("")
        self.tutorial.clicked.connect(lambda: self.tutorialRequested.emit(dict(self._tutorial)))
        # as tall as its longest line for any preset, with the usual settings set; taller ones keep their height
        self.tutorial_settings = WrappedLabel(keep_lines=6)
        usual = usual_settings()
        self.tutorial_settings.set_steady_texts(
            line for p in PRESETS.values() for line in (offered_line(dict(p.tutorial) or usual, usual, False),
                                                        offered_line(dict(p.tutorial) or usual, None, True)))
        set_tone(self.tutorial_settings, "muted")
        self._tutorial: dict = {}
        self._tutorial_named = False  # a tutorial's settings (else the usual ones)
        self._fields: dict | None = None  # the Training group's, as last noted
        column.addWidget(self.tutorial)
        column.addWidget(self.tutorial_settings)
        self.layer_table = QTableWidget(0, 3)
        self.layer_table.setHorizontalHeaderLabels([translate("train", "Layer"), translate("train", "Output"), translate("train", "Parameters")])
        # What the columns count, for someone learning CNNs: "why 288?" was a class's first question (walk 109)
        for col, tip in ((1, translate("train", "What the layer hands on: height × width × maps (or values)")),
                         (2, translate("train", "The numbers the layer learns. A conv k×k×n layer on c maps: k×k×c×n "
                                                "weights (3×3×1×32 = 288); a dense layer: one weight per value before "
                                                "it for each unit; each plus one bias per map or unit, unless BN "
                                                "follows; BN: 4 per map, 2 of them learnt"))):
            self.layer_table.horizontalHeaderItem(col).setToolTip(f"<p>{html.escape(tip, quote=False)}</p>")  # (wrapped)
        self.layer_table.verticalHeader().hide()
        read_only_table(self.layer_table)
        self.layer_table.setAccessibleName(translate("train", "Layers of the model"))
        self.layer_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.layer_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.layer_table.verticalHeader().setDefaultSectionSize(22)
        self.layer_table.setMinimumHeight(120)
        self.layer_table.setMaximumHeight(190)
        self.param_count = WrappedLabel(_working_it_out())
        # room for the longest it says (tf-expert's count and its note), whichever preset is chosen
        self.param_count.set_steady_texts([_working_it_out(), self._count_text(
            {"params": 99_999_999, "dataset_classes": 71, "input_shape": [64, 64, 1]})])
        # The layer table on demand: always open, it took the settings' column at 1024×640, where only Epochs of
        # the Training settings was left in view (a fresh-eyes walk). The parameter count says the model's size.
        self.layers_button = QToolButton(checkable=True, autoRaise=True)
        self.layers_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.layers_button.toggled.connect(self._show_layers)
        self._show_layers(False)
        column.addWidget(self.param_count)
        column.addWidget(self.layers_button)
        column.addWidget(self.layer_table)

    def _show_layers(self, on: bool) -> None:
        self.layer_table.setVisible(on)
        self.layers_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        rows = self.layer_table.rowCount()
        self.layers_button.setText(translate("train", "Hide the layers") if on else
                                   localise(Plural("Show its %Ln layer(s)", "", rows)) if rows else
                                   translate("train", "Show its layers"))

    @staticmethod
    def _summary_text(summary: str, reference: str) -> str:
        text = translate("train", "{0}\nReference: {1}").format(localise(summary), localise(reference))
        # A preset named in the text stays on one line: "tf-expert" wrapped as "tf-" and "expert" (a walk); a figure
        # with its % too ("87.15" ended a line, "%" began the next: walk 162)
        for name in PRESETS:
            text = text.replace(name, name.replace("-", "\u2011"))
        return text.replace(" %", "\u00a0%")

    def _show_summary(self, summary: str, reference: str) -> None:
        self.summary.setText(self._summary_text(summary, reference))
        self.summary.setToolTip(glossary_tip(summary))

    def set_preset(self, preset: str, dataset: str | None = None) -> None:
        """The preset's summary at once (it needs no TensorFlow): it appeared only with the layers, seconds later,
        and pushed the Training settings down under the pointer. ``dataset``: the one chosen, whose own tutorial
        the link offers where the preset has one (Preset.tutorial_on)."""
        if preset in PRESETS:
            self._show_summary(PRESETS[preset].summary, PRESETS[preset].reference)
        # A preset of no tutorial offers the usual settings back: after a tutorial's, the default preset kept batch
        # 64 and a constant rate, and a teacher showed it so, unknowing (walk 131)
        tutorial = PRESETS[preset].tutorial_for(dataset) if preset in PRESETS else {}
        self._tutorial = tutorial or usual_settings()
        self._tutorial_named = bool(tutorial)
        self._show_tutorial_link()

    def note_settings(self, fields: dict) -> None:
        """The Training group's fields now (TrainConfig's names): the link says when they are the ones it offers. A
        teacher set 3 epochs after a click and read the line under it, "up to 5 epochs", as the settings in use
        (walk 132); the line is what the link gives, and the link says whether that is what is set."""
        self._fields = dict(fields)
        self._show_tutorial_link()

    def _show_tutorial_link(self) -> None:
        fields = self._fields
        in_use = fields is not None and all(
            math.isclose(float(fields[key]), float(value)) if isinstance(value, float) else fields.get(key) == value
            for key, value in self._tutorial.items() if key in fields)
        tutorial = self._tutorial_named
        if in_use:
            self.tutorial.setText(translate("train", "✓ The tutorial's settings are in use:") if tutorial else
                                  translate("train", "✓ The usual settings are in use:"))
        else:
            self.tutorial.setText(translate("train", "Use the tutorial's settings") if tutorial else
                                  translate("train", "Use the usual settings"))
        self.tutorial.setEnabled(not in_use)
        # not underlined while in use: a statement, not a link (it read as a link that did nothing: walk 168)
        font = self.tutorial.font()
        font.setUnderline(not in_use)
        self.tutorial.setFont(font)
        self.tutorial_settings.setText(offered_line(self._tutorial, self._fields, in_use))

    def show(self, description: dict | None, error: str | None = None) -> None:  # noqa: A003 — shows a description
        """``description`` (from :func:`describe_choice`); None: being worked out, or ``error`` says why not."""
        self.layer_table.setRowCount(0)
        self._show_layers(self.layers_button.isChecked())
        if description is None:
            self.param_count.setText(translate("train", "Cannot describe this choice: {0}").format(error) if error
                                     else _working_it_out())
            return
        self._show_summary(description["summary"], description["reference"])
        for row, layer in enumerate(description["layers"]):
            self.layer_table.insertRow(row)
            shape = "×".join(str(v) for v in layer["output_shape"] or [])
            kind = SHORT_LAYER_TYPES.get(layer["type"], layer["type"])
            for col, text in enumerate((kind, shape, number(layer['params']))):
                item = QTableWidgetItem(text)
                item.setToolTip(glossary_tip(layer["type"], f"{layer['type']} ({layer['name']})"))
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.layer_table.setItem(row, col, item)
        self.layer_table.resizeColumnsToContents()
        self.layer_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._show_layers(self.layers_button.isChecked())  # the button counts them
        self.param_count.setText(self._count_text(description))

    @staticmethod
    def _count_text(description: dict) -> str:
        n = int(description["dataset_classes"])
        # a Plural, not translate("train", …, n): pyside6-lupdate files only tr() and Plural() calls as counted, so
        # French read "pour 10 classe"
        text = localise(Plural("Parameters: <b>{0}</b> for %Ln class(es), input {1}", "", n,
                               number(description["params"]), "×".join(str(v) for v in description["input_shape"])))
        from guiapp.core.training.epochs import MAX_PARAMS

        if int(description["params"]) > MAX_PARAMS:
            # Said only after the run ("this run's epochs were not kept"), which a teacher had trained to show them
            # (walk 132): said before Start
            text += "<br>" + translate("train", "Too large to keep each epoch for How it learned (more than {0} "
                                                "parameters).").format(number(MAX_PARAMS))
        return text


__all__ = ["data_problems", "PresetDescription", "SHORT_LAYER_TYPES", "describe_choice", "glossary_tip"]
