"""Evaluation of any model on any dataset (``core.evaluation.evaluate``): test and top-5 accuracy, a confusion-matrix
heatmap whose cells open the samples behind them, and a per-class table sortable by worst class.

The heatmap shows each row as fractions of the true class (so small classes are as visible as big ones), with
the counts written in the cells when there is room. Evaluation runs in a worker thread."""

from __future__ import annotations

from html import escape

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication, QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QSplitter, QVBoxLayout,
    QWidget,
)

from guiapp.qt.eliding_combo import ElidingComboBox
from guiapp.qt.datasets.events import dataset_events
from guiapp.qt.tasks import TaskRunner, call
from guiapp.core.datasets.builtin import DEFAULT_SAMPLES_PER_CLASS
from guiapp.qt.lazy import LazyWidget
from guiapp.qt.picture_menu import offer_picture
from guiapp.qt.look import icon
from guiapp.qt.i18n import fmt, localise, number, split_label, translate
from guiapp.core.text import Plural
from guiapp.qt.recognize.model_picker import bundled_models, model_display_name
from guiapp.qt.train.cell_samples import CellSamples
from guiapp.qt.train.class_table import ClassTable
from guiapp.qt.train.evaluation_cells import CellOpeningMixin
from guiapp.qt.train.evaluation_datasets import BUILTIN_SIZE_TIP, DatasetChoiceMixin
from guiapp.qt.train.evaluation_models import ModelChoicesMixin
from guiapp.qt.theme import tone
from guiapp.qt.wrapped_label import WrappedLabel
from guiapp.core.evaluation_split import SplitPlan
from guiapp.qt.train.evaluation_text import (evaluated_text, likely_note, model_part, run_evaluation,  # noqa: F401
                                             seen_note, split_plan)  # (evaluated_text: public here too)


class EvaluationView(CellOpeningMixin, ModelChoicesMixin, DatasetChoiceMixin, QWidget):
    evaluated = Signal(object)  # EvaluationReport
    cellOpened = Signal(str, str, object)  # true label, predicted label, dataset indices

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report = None
        self.dataset = None
        self.evaluated_path: str | None = None  # the model of the evaluation shown or running
        self.report_path: str | None = None  # the model the shown figures were measured with (None: not known)
        self._again = None  # model path → the same evaluation of another model (before/after fine-tuning)
        # (name, Dataset) of the last dataset evaluated from memory (a run's own data, a Personalize mix such as
        # "symbols+digits"): the "on" list offers it by name, and only this copy holds it, so Evaluate uses it.
        self._kept: tuple[str, object] | None = None
        # ("on", split) as chosen when the evaluation shown was asked for, and of the one running: a note says so
        # when the boxes name other data than the figures were measured on
        self._report_choice: tuple[str, str] | None = None
        self._asked_choice: tuple[str, str] | None = None
        self.runner = TaskRunner(self, name="guiapp-evaluation")
        self.runner.ended.connect(lambda: self._stale(False))  # first: the focus may then go to the matrix
        self.runner.ended.connect(self._ended)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.model = ElidingComboBox()
        self.model.setMinimumWidth(140)
        self.model.setToolTip(translate("train", "The model to evaluate"))
        self._figures_text = ""  # the summary of the figures shown, before any note that another model is chosen
        self._of_model = ""  # its " · model …" part, which a picture's caption says first, as its title
        # The bundled models too, after the ones the window adds (this run, loaded model…): evaluating Digits meant
        # loading it on the Recognize pad first, which the next Teach… then took as its base (a fresh-eyes walk).
        for name, path in bundled_models():
            self.model.addItem(translate("train", "bundled: {0}").format(name), str(path))
        self.model.currentIndexChanged.connect(self._mark_figures)
        self.model.currentIndexChanged.connect(self._follow_model)
        self.model.currentIndexChanged.connect(self._offer_trained_size)
        self.model.currentIndexChanged.connect(self._mark_measurable)
        browse = QPushButton(translate("train", "Model file…"))
        browse.clicked.connect(self._browse)
        self.dataset_box = ElidingComboBox()
        from guiapp.core.datasets.builtin import BUILTINS

        self.builtins = set(BUILTINS)
        self.refresh_datasets()
        dataset_events().changed.connect(self.refresh_datasets)
        # How many samples per class a built-in is synthesised with for this evaluation: the split then takes its
        # share (10 % for test), and the summary says how many per class were evaluated.
        self.samples = QSpinBox()
        self.samples.setRange(5, 10_000)
        self.samples.setValue(DEFAULT_SAMPLES_PER_CLASS)
        # The size chosen for built-ins, kept while the box shows another dataset's own size: a run's 5 per class
        # stayed in the box when a built-in was chosen next, and digits was measured on 3 samples (a walk).
        self._builtin_samples = DEFAULT_SAMPLES_PER_CLASS
        self.samples.valueChanged.connect(self._keep_builtin_size)
        self.samples.setSuffix(translate("train", " per class"))  # as Train's Samples ("made of 600/class" puzzled)
        self.samples.setToolTip(translate("train", BUILTIN_SIZE_TIP))
        policy = self.samples.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the Evaluate button beside it stays put (a click landed on nothing)
        self.samples.setSizePolicy(policy)
        self.dataset_box.currentTextChanged.connect(self._dataset_chosen)
        self.dataset_box.activated.connect(lambda _index: setattr(self, "dataset_picked", True))
        self.dataset_box.currentTextChanged.connect(self._mark_figures)
        self.split = QComboBox()
        for split in ("test", "validation", "train", "all"):
            self.split.addItem(split_label(split), split)  # shown translated; the data is the core's name
        self.split.setToolTip(translate("train", "Which part of the dataset to evaluate on (the same split training used)"))
        self.split.currentIndexChanged.connect(self._mark_figures)
        self._dataset_chosen(self.dataset_box.currentText())
        self.run_button = QPushButton(icon("evaluate"), translate("train", "Evaluate"))
        self.run_button.clicked.connect(self._evaluate_chosen)
        # Two rows, so the view fits a narrow window: what to evaluate, then on what.
        # The model box takes the row's width: at 140 px a run's name was "digits · …" beside empty space.
        row.addWidget(QLabel(translate("train", "Model")))
        row.addWidget(self.model, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        row = QHBoxLayout()
        # The dataset box takes the row's room: at its least, a Teach round's mix read "my-ha…igits" (a walk).
        for widget in (QLabel(translate("train", "on")), self.dataset_box, self.samples, self.split, self.run_button):
            row.addWidget(widget, 1 if widget is self.dataset_box else 0)
        layout.addLayout(row)
        # Shown once an evaluation found confusions; guiapp.qt.train.confusions runs what it starts. Beside the
        # confused samples, not at the end of the "on" row: that row is as wide as the window's minimum already,
        # and showing the button there widened the window.
        self.drill_button = QPushButton(translate("train", "Draw what it confuses…"))
        self.drill_button.setToolTip(translate("train", "Draw a few samples of the pair you clicked in the matrix, else "
                                               "of the classes this model confuses most, then fine-tune it on them and "
                                               "compare their accuracy before and after"))
        self.drill_button.hide()
        self.summary = QLabel(translate("train", "Evaluate a model to see its accuracy, confusion matrix and weakest classes."))
        self.summary.setWordWrap(True)
        # its figures' words (walk 157: "top-5 70,0 % · F1 macro 0,348" meant nothing to a student)
        self.summary.setToolTip("<p>" + translate(
            "train", "accuracy: the share of samples read right. top-5: the share whose class is among the model's "
                     "five first answers. macro F1: for each class, the balance of its precision (its answers that "
                     "are right) and its recall (its samples found), averaged over the classes so that a small class "
                     "counts as much as a large one; 1 is perfect.") + "</p>")
        layout.addWidget(self.summary)
        self.drill_note = WrappedLabel("", collapse_empty=True)
        layout.addWidget(self.drill_note)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)  # dragged shut, a side was a 3 px handle (walk 132)
        self.heatmap_slot = LazyWidget(self._make_heatmap, QSize(260, 240), follows=self.run_button)
        splitter.addWidget(self.heatmap_slot)
        # The table above the clicked cell's samples, the line between them movable: the samples' half left the
        # table a few rows on a small screen.
        side = QSplitter(Qt.Orientation.Vertical)
        side.setChildrenCollapsible(False)
        self.table = ClassTable()
        # A class's row opens its worst cell (what it is most often taken for), as a click in the matrix would:
        # by the mouse on any click (the row may be current already), by the keyboard as the current row moves. A
        # press also moves the current row before its click arrives: that move is left to the click (one opening).
        # Not as the focus comes in, which makes the first row current: Tab on from the matrix opened its first
        # class (walk 145); Enter opens the row the keyboard is on.
        self.table.cellClicked.connect(lambda row, _col: self.open_class(row))
        self.table.currentCellChanged.connect(
            lambda row, _col, old_row, _old: row != old_row and not self.table.entering
            and QApplication.mouseButtons() == Qt.MouseButton.NoButton and self.open_class(row))
        self.table.activated.connect(lambda index: self.open_class(index.row()))
        side.addWidget(self.table)
        self.cell = CellSamples()
        self.cell.layout().insertWidget(1, self.drill_button, 0, Qt.AlignmentFlag.AlignLeft)  # below the cell's title
        self.cell_title, self.samples_list = self.cell.title, self.cell.list
        side.addWidget(self.cell)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        splitter.addWidget(side)
        splitter.setSizes([420, 420])
        layout.addWidget(splitter, 1)

    def _make_heatmap(self):
        from guiapp.qt.train.heatmap import ConfusionHeatmap

        heatmap = ConfusionHeatmap(empty_text=translate("train", "Evaluate a model to see its confusion matrix."))
        heatmap.cellClicked.connect(self._cell_clicked)
        # for a slide (walk 116), with what it measured under it (walk 139)
        offer_picture(heatmap, [heatmap], translate("train", "confusion matrix"), self._picture_caption,
                      lambda: self.report_path)
        return heatmap

    def _picture_caption(self) -> str:
        """Under the matrix saved as a picture: what it is of, a run named as one, then its figures. "model digits ·
        keras-tutorial" at the figures' end read as the bundled Digits model on a slide (walk 149)."""
        from guiapp.core.training.runs import run_of_model

        if not self._figures_text:
            return ""
        name = model_display_name(self.report_path) if self.report_path else ""
        title = ((translate("train", "Confusion matrix of the run {0}") if run_of_model(self.report_path) else
                  translate("train", "Confusion matrix of {0}")).format(name) if name else "")
        figures = self._figures_text.replace(self._of_model, "") if self._of_model else self._figures_text
        return "\n".join(line for line in (title, figures) if line)

    @property
    def heatmap(self):
        """The confusion matrix (built when first shown or used)."""
        return self.heatmap_slot.widget()

    # -- choosing ---------------------------------------------------------------------------------------------
    def _mark_figures(self, _index: int = -1) -> None:
        """The summary of the figures shown, and a line saying so when the Model box names another model (Show
        on a run chose "shown run" above figures measured with the model before it)."""
        if self.report is None or not self._figures_text or self.runner.is_running():
            return
        chosen = self.model.currentData()
        measured_on, choice = self._report_choice, (self.dataset_box.currentText(), self.split.currentData())
        if chosen and self.report_path and chosen != self.report_path:
            note = translate("train", "These figures are of {0}; press Evaluate to measure {1}.").format(
                escape(model_display_name(self.report_path)), escape(model_display_name(chosen)))
        elif measured_on is not None and choice != measured_on:  # "on" or the split changed (Show on a run did)
            note = translate("train", "These figures are of {0} ({1} split); press Evaluate to measure {2} ({3} split).")\
                .format(escape(measured_on[0]), split_label(measured_on[1]), escape(choice[0]), split_label(choice[1]))
        else:
            self.summary.setText(self._figures_text)
            self._grey_figures(False)
            return
        # Greyed, with the note: a student copied another model's "Test accuracy 88.2 %" in bold under the model
        # named above, the note in small italics unseen (a walk)
        self.summary.setText(f"<span style='color:{tone('muted')}'>{self._figures_text}</span><br><i>{note}</i>")
        self._grey_figures(True)

    def _grey_figures(self, grey: bool) -> None:
        """The matrix and the table greyed while they are another model's than the one named above. Not the
        clicked cell's samples: its "Draw what it confuses…" practises the model the figures are of."""
        self.table.setEnabled(not grey)
        self.cell.set_read_by(model_display_name(self.report_path) if grey and self.report_path else "")
        # The matrix faded, not disabled: disabled it looked the same, and its right-click (Save as picture…) was
        # dead (walk 149); its picture's caption names the model it is of
        self.heatmap.set_faded(grey)

    def _evaluate_chosen(self) -> None:
        path = self.model.currentData()
        if not path:
            self.summary.setText(translate("train", "Choose a model first (train one, load one in Recognize, or pick a file)."))
            return
        name = self.dataset_box.currentText()
        # Split as the model's run split it, when it learnt from it (walk 119: 94.5 % "on its test split", the fair
        # figure 92.5 %); the size box offered its run's size (_offer_trained_size)
        plan = self._plan = split_plan(path, name, self.samples.value() if name in self.builtins else None)
        split = self.split.currentData()
        kept = self._kept_dataset(name)
        self.evaluated_path = path
        self._again = lambda other: run_evaluation(other, kept, split, plan.seed, plan.validation, plan.test, name,
                                                   plan.samples_per_class)
        self._start(lambda: self._again(path), translate("train", "Evaluating on {0}…").format(name), path)

    def choose_split(self, split: str) -> None:
        """Show ``split`` ("test", "validation", "train" or "all") in the box, which names it translated."""
        self.split.setCurrentIndex(self.split.findData(split))

    def evaluate(self, model_path: str, dataset, split: str = "test", seed: int = 0, validation: float = 0.1,
                 test: float = 0.1) -> None:
        """Evaluate ``model_path`` on a Dataset already in memory (the run just trained) in a worker: its test
        split, else its validation split; with neither (a tiny dataset) nothing is measured, and it says so."""
        self._show_dataset(dataset.name, dataset)
        parts = dataset.split(validation=validation, test=test, seed=seed)
        if split == "test" and len(parts.test) == 0:
            split = "validation"
        self.choose_split(split)  # the box says which part this is (it kept the user's last choice)
        if split in ("test", "validation") and len(parts[split]) == 0:
            self.report, self.dataset = None, dataset
            self.summary.setText(translate("train", "Accuracy not measured: {0} has no held-out samples (every sample was needed for training). Draw more samples of each class to measure it.").format(dataset.name))
            self._show_nothing(translate("train", "No held-out samples: nothing to show."))
            return
        self.evaluated_path = model_path
        self._plan = SplitPlan(seed, validation, test)
        self._again = lambda other: run_evaluation(other, dataset, split, seed, validation, test)
        self._start(lambda: self._again(model_path), translate("train", "Evaluating on the {0} split…").format(split_label(split)),
                    model_path)

    def evaluate_again(self, model_path: str, message: str) -> bool:
        """The last evaluation, same data and split, of another model (the same one fine-tuned)."""
        if self._again is None:
            return False
        again = self._again
        self.evaluated_path = model_path
        self._start(lambda: again(model_path), message, model_path)
        return True

    def _start(self, function, message: str, model_path: str) -> None:
        if self.runner.is_running():
            self.summary.setText(translate("train", "An evaluation is already running."))
            return
        self.summary.setText(message)
        self._stale(True)
        # The matrix (pyqtgraph, which a disabled widget does not grey) says it is being worked out: it stayed in
        # full colour with its cell marked, and looked current (a walk); faded with an opacity effect, pyqtgraph
        # drew it twice, shifted, as the summary above changed height (another)
        if self.heatmap_slot.is_built():
            self.heatmap.clear_matrix(message)
        self._asked_choice = (self.dataset_box.currentText(), self.split.currentData())  # what the figures will be of
        # Greyed, Evaluate passed the focus on past the matrix, to Use for recognition (a keyboard walk): the focus
        # goes to the matrix when the figures come
        self._focus_matrix = self.run_button.hasFocus()
        self.run_button.setEnabled(False)
        self.runner.submit(message, call(function, tensorflow=True),
                           lambda result: self.show_report(*result, model_path=model_path), self._failed)

    _focus_matrix = False  # Evaluate had the keyboard's focus when pressed
    _plan = SplitPlan()  # how the dataset of the figures shown was made and split

    def _ended(self) -> None:
        self.run_button.setEnabled(True)
        if self._focus_matrix and self.heatmap_slot.is_built() and not self.heatmap.is_empty():
            self.heatmap.setFocus(Qt.FocusReason.TabFocusReason)
        elif self._focus_matrix:
            self.run_button.setFocus(Qt.FocusReason.TabFocusReason)
        self._focus_matrix = False

    def _stale(self, stale: bool) -> None:
        """The figures below greyed while another evaluation is worked out: after a run, "this run" was chosen
        above and the last model's matrix stayed under "Evaluating…" for seconds, read as the new run's (a walk)."""
        for widget in (self.heatmap_slot, self.table, self.cell):
            widget.setEnabled(not stale)

    def _failed(self, error: str) -> None:
        self.summary.setText(translate("train", "Evaluation failed: {0}").format(error))
        # An earlier evaluation's figures under this message would read as this one's.
        self.report = self.report_path = None
        self._clear_results()

    def wait(self, timeout_ms: int = 2000) -> bool:
        return self.runner.join(timeout_ms / 1000)

    # -- showing ----------------------------------------------------------------------------------------------
    def show_report(self, report, dataset, model_path: str | None = None) -> None:
        """Show ``report`` (of ``model_path``, which the summary names: the Model list above may already show
        another model, chosen or loaded since, and the figures must not read as that one's)."""
        self.report, self.dataset, self.report_path = report, dataset, model_path
        self._report_choice, self._asked_choice = self._asked_choice, None
        self._figures_text = ""
        of_model = self._of_model = model_part(model_path)
        left_out = translate("train", " · {0} samples of classes the model does not know left out").format(number(report.left_out)) if report.left_out else ""  # 10,000 (it read 10000)
        if report.n_samples == 0:
            self.summary.setText(translate("train", "Accuracy not measured: no samples of {0} in the {1} split that the model knows{2}.").format(report.dataset, split_label(report.split), left_out))
            self._show_nothing(translate("train", "No samples of a class the model knows: nothing to show."))
            self.evaluated.emit(report)
            return
        # The matrix and the table show the classes the samples have or were read as (model-label order); the
        # view's cells and rows are positions in that list, ``shown``.
        self.shown = report.involved()
        fewer = (" · " + localise(Plural("showing the %Ln class(es) these samples have or were read as, of the model's {0}",
                                         "", len(self.shown), len(report.labels)))
                 ) if len(self.shown) < len(report.labels) else ""  # "the 1 classes" read wrong
        self._figures_text = (
            fmt(translate("train", "<b>{0} accuracy {1:.1%}</b>{7} · top-{2} {3:.1%} · macro F1 {4:.3f} · {5}{6}"), split_label(report.split).capitalize(), report.accuracy, report.top_k, report.top_k_accuracy, report.macro_f1, evaluated_text(self, report), left_out, likely_note(report) + seen_note(report, model_path, self._plan, getattr(dataset, "predefined_test", None) is not None),
                split_label(report.split))  # {8}: the part's name uncapitalised, for a translation that names it mid-sentence ("Exactitude (test)")
            + fewer + of_model)
        self._mark_figures()
        self.heatmap.show_matrix(report.confusion[np.ix_(self.shown, self.shown)], [report.labels[i] for i in self.shown])
        self.table.show_report(report, self.shown)
        worst = report.most_confused(1)
        self.chosen_pair = None
        self.drill_button.setText(translate("train", "Draw what it confuses…"))
        self.drill_button.setVisible(bool(worst))
        self.cell.clear()  # a perfect score opens no cell: the last one's title must go too
        if worst:
            self.open_cell(report.labels.index(worst[0][0]), report.labels.index(worst[0][1]))
        self.evaluated.emit(report)

    def _show_nothing(self, why: str) -> None:
        """Nothing was measured: the matrix's empty state saying ``why``, no table rows, so no earlier run's figures
        stay beside the message (a blank matrix of every class the model knows was 52 unreadable rows for Latin)."""
        self._clear_results()
        self.heatmap.clear_matrix(why)

    def _clear_results(self) -> None:
        """No figures: the matrix's empty state, no table rows, no samples, no drill."""
        self.heatmap.clear_matrix()
        self.table.setRowCount(0)
        self.cell.clear(hint=False)  # no matrix to click
        self.drill_button.hide()


__all__ = ["EvaluationView", "run_evaluation"]
