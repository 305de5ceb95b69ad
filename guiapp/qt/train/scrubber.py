"""“How it learned”: a slider over the epochs of the latest run, showing what the network made of the current
drawing (top-5) and of the run's validation data (confusion matrix, accuracy; for a Teach… or Personalize run,
the person's held-out drawings) at each epoch. The weights are the
ones the run kept (:mod:`guiapp.core.training.epochs`); each look runs in a worker, the newest request replacing a
pending one, so dragging the slider never queues up work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from guiapp.core.text import Plural
from guiapp.core.training.epochs import VALIDATION, YOUR_DRAWINGS
from guiapp.qt.i18n import fmt, localise, translate
from guiapp.qt.tasks import TaskRunner, call
from guiapp.qt.lazy import LazyWidget
from guiapp.qt.recognize.model_picker import model_display_name
from guiapp.qt.recognize.predictions import format_percent

# Top answers within this of each other are a tie, no answer (an untrained network's 10 % each)
ALIKE = 0.01


def _make_heatmap(note: str | None = None, caption=None, subject=None):
    """The matrix, saying ``note`` (why it is empty now) until it has one; its own empty text is for no run;
    ``caption``: what it is of, under it when saved as a picture; ``subject``: the model file it is of."""
    from guiapp.qt.train.heatmap import ConfusionHeatmap

    heatmap = ConfusionHeatmap(empty_text=translate("train", "Train a model to see its confusion matrix at each epoch."))
    heatmap.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its cells open nothing: no Tab stop (the slider is the control)
    from guiapp.qt.picture_menu import offer_picture

    # for a slide, as Evaluation's matrix: a right-click opened nothing here (walk 137)
    offer_picture(heatmap, [heatmap], translate("train", "confusion matrix"), caption, subject)
    if note:
        heatmap.clear_matrix(note)
    return heatmap


def _no_run_note() -> str:
    return translate("train", "Train a model: every epoch of the latest run is kept (small models), and here you "
                     "can go through them to see how its answers formed.")


class EpochScrubber(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model_path: str | None = None
        self.drawing = None
        self.pen_width: float | None = None  # the pad's, in its canvas units (None: the default share)
        self.viewer = None  # core EpochViewer, used in the worker only
        self.data = (None, None, "")  # images, labels and what they are (core.training.epochs.measured_data)
        self.last = None  # the latest view shown: {epoch, top, confusion, accuracy}
        self._said_in_progress = False  # the note says a run in progress will show here
        self.runner = TaskRunner(self, name="guiapp-epochs")
        layout = QVBoxLayout(self)
        self.note = QLabel(_no_run_note())
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setEnabled(False)
        self.slider.setPageStep(1)
        self.slider.valueChanged.connect(self._request)
        self.epoch_label = QLabel("")
        self.epoch_label.setMinimumWidth(110)
        epoch_name = QLabel(translate("train", "Epoch"))
        epoch_name.setBuddy(self.slider)  # the slider's name for a screen reader
        self.slider.setAccessibleName(epoch_name.text())
        row.addWidget(epoch_name)
        row.addWidget(self.slider, 1)
        row.addWidget(self.epoch_label)
        layout.addLayout(row)
        # (asked for only once a run is shown: before any, a teacher who had drawn was told to draw: walk 150)
        self.top = QLabel("")
        self.top.setWordWrap(True)
        layout.addWidget(self.top)
        self.accuracy = QLabel("")
        layout.addWidget(self.accuracy)
        self._matrix_note: str | None = None  # what the matrix says while empty, also when it is built later
        self.heatmap_slot = LazyWidget(lambda: _make_heatmap(self._matrix_note, self._caption, lambda: self.model_path),
                                       QSize(240, 220))
        layout.addWidget(self.heatmap_slot, 1)

    def _caption(self) -> str:
        """The run and the epoch's figure, under the matrix saved as a picture."""
        return "\n".join(text for text in (model_display_name(self.model_path) if self.model_path else "",
                                            self.accuracy.text()) if text)

    @property
    def heatmap(self):
        """The validation confusion matrix at the chosen epoch (built when first shown or used)."""
        return self.heatmap_slot.widget()

    def set_run(self, model_path: str | None, deleted: bool = False) -> None:
        """The run whose epochs to show (its model file, in its run folder); ``deleted``: None because the run
        shown was deleted (said so: "Train a model" read oddly beside the other runs still listed)."""
        from guiapp.core.training.epochs import KEEP_RUNS, MAX_PARAMS, epoch_files, stored_params

        self.model_path = str(model_path) if model_path else None
        self._said_in_progress = False
        self.viewer, self.data, self.last = None, (None, None, ""), None
        self.accuracy.setText("")
        epochs = epoch_files(Path(model_path).parent) if model_path else []
        self._matrix_note = (translate("train", "Working out the confusion matrix at this epoch…") if epochs
                             else translate("train", "No epochs kept: nothing to show.") if model_path else None)
        if self.heatmap_slot.is_built():
            self.heatmap.clear_matrix(self._matrix_note)
        self.slider.setEnabled(bool(epochs))
        if not epochs:
            # No run (its run was deleted) is not a run that kept nothing; neither keeps the last run's answers,
            # and a run that kept nothing is not asked for a drawing (the slider sat at the last run's end).
            self.epoch_label.setText("")
            self.slider.blockSignals(True)
            self.slider.setRange(0, 0)
            self.slider.blockSignals(False)
            self.top.setText("")
            # The size said: "only a small model's" left a student guessing whether the default model is one;
            # and the reason that holds: a model too large was told to Rerun, which keeps nothing either (walk 103)
            params = stored_params(model_path) if model_path else None
            too_large = params is not None and params > MAX_PARAMS
            self.note.setText(fmt(translate("train", "This run's epochs are not kept: its model has {0:,} parameters, "
                                                     "and they are kept for models of up to {1:,}. A smaller preset "
                                                     "(inkling, keras-tutorial) keeps them."), params, MAX_PARAMS)
                              if too_large else
                              fmt(translate("train", "This run's epochs are not kept: only the latest {1} runs keep "
                                                     "them, for a model of up to {0:,} parameters. Rerun it (Runs → "
                                                     "Rerun) to go through its epochs."), MAX_PARAMS, KEEP_RUNS)
                              if model_path else translate("train", "The run shown here was deleted. Show another one "
                                                           "(Runs → Show) or train one to go through its epochs.")
                              if deleted else _no_run_note())
            return
        trained = sum(1 for epoch, _ in epochs if epoch > 0)  # epoch 0 is the weights before training
        self.note.setText(localise(Plural("%Ln epoch(s) kept of run {0}: drag to go through them.", "", trained,
                                          model_display_name(model_path))))  # not its folder's id
        self.slider.blockSignals(True)
        self.slider.setRange(epochs[0][0], epochs[-1][0])
        self.slider.setValue(epochs[-1][0])
        self.slider.blockSignals(False)
        self._request()

    def set_run_in_progress(self, running: bool) -> None:
        """With no run shown here, a run in progress is said to come: "Train a model to see…" read as if nothing
        trained while one did (walk 116)."""
        if self.model_path is not None or running == self._said_in_progress:
            return  # (a run shown, or what it says of no run, such as a deleted run's note, stays)
        self._said_in_progress = running
        self.note.setText(translate("train", "The run in progress: once it ends, its epochs are here to go through.")
                          if running else _no_run_note())
        self._matrix_note = translate("train", "Its confusion matrix at each epoch shows here once the run ends.") \
            if running else None
        if self.heatmap_slot.is_built():
            self.heatmap.clear_matrix(self._matrix_note)

    def set_drawing(self, drawing, pen_width: float | None = None) -> None:
        self.drawing, self.pen_width = drawing, pen_width
        if self.model_path and self.slider.isEnabled():
            self._request()

    def _request(self) -> None:
        if not self.model_path:
            return
        epoch, path, drawing, pen_width = self.slider.value(), self.model_path, self.drawing, self.pen_width
        self.epoch_label.setText(translate("train", "before training") if epoch == 0 else
                                 translate("train", "{0} of {1}").format(epoch, self.slider.maximum()))

        def look():
            from guiapp.core.training.epochs import EpochViewer, measured_data

            viewer, data = self.viewer, self.data  # locals: set_run may reset them meanwhile
            if viewer is None or viewer.path != path:
                viewer = EpochViewer(path)
                data = measured_data(path, viewer.recognizer.labels)
                self.viewer, self.data = viewer, data
            view = viewer.at(epoch, drawing, data[0], data[1], pen_width=pen_width)
            view["measured_on"] = data[2]
            view["labels"] = list(viewer.recognizer.labels)
            return path, view

        self.runner.submit("epoch", call(look, tensorflow=True), self._show, self._not_shown, key="epoch")

    def _not_shown(self, message: str) -> None:
        """An epoch that cannot be shown: said, and the last epoch's answers and matrix go (they stayed under the
        message, read as the epoch the slider named: a walk)."""
        self.note.setText(translate("train", "Cannot show this epoch: {0}").format(message))
        self.top.setText("")
        self.accuracy.setText("")
        if self.heatmap_slot.is_built():
            self.heatmap.clear_matrix(translate("train", "No confusion matrix for this epoch."))

    def _show(self, result) -> None:
        path, view = result
        if path != self.model_path:
            return
        self.last = view
        before = view["epoch"] == 0  # the weights before training (see core.training.epochs.keeper)
        if view["top"]:
            # written as the pad writes them ("<0.1 %", not "0 %" for an answer the pad calls unlikely)
            top = view["top"]
            if len(top) > 1 and top[0][1] - top[-1][1] < ALIKE:
                # "4 (10 %) · 6 (10 %) · 3 (10 %)" for a 4 before training: the drawn class first by a tie looked
                # like an untrained network's right answer (walk 160)
                answers = translate("train", "no answer yet, the top {0} alike at about {1} ({2})").format(
                    len(top), format_percent(top[0][1]), ", ".join(label for label, _ in top))
            else:
                answers = " · ".join(f"{label} ({format_percent(p)})" for label, p in top)
            self.top.setText(translate("train", "Before training, your drawing: {0}").format(answers) if before else
                             translate("train", "Epoch {0}, your drawing: {1}").format(view["epoch"], answers))
        else:  # the pad was cleared: not epoch 15's answer under a slider at epoch 1
            self.top.setText(translate("train", "Draw something in Recognize to see its top 5 at each epoch."))
        if view["confusion"] is not None:
            if view.get("measured_on") == YOUR_DRAWINGS:  # a Teach… or Personalize run: the person's held-out drawings
                n = int(view["confusion"].sum())  # how few they are matters: 4 drawings make 25 % steps
                text = localise(Plural("Accuracy on your %Ln held-out drawing(s) before training: {1:.1%}", "", n)
                                if before else
                                Plural("Accuracy on your %Ln held-out drawing(s) at epoch {0}: {1:.1%}", "", n))
            else:  # on how many: a student checked it by adding up the matrix (walk 139)
                n = int(view["confusion"].sum())
                text = localise(Plural("Validation accuracy on %Ln sample(s) before training: {1:.1%}", "", n)
                                if before else
                                Plural("Validation accuracy on %Ln sample(s) at epoch {0}: {1:.1%}", "", n))
            self.accuracy.setText(fmt(text, view["epoch"], view["accuracy"]))
            # Why its figure is not the Evaluation tab's: the two matrices differ, and which was wrong was asked
            self.accuracy.setToolTip("<p>{0}</p>".format(
                translate("train", "Measured at each epoch on the drawings of yours the run held out: it never "
                                   "learnt from them.") if view.get("measured_on") == YOUR_DRAWINGS else
                translate("train", "Measured at each epoch on the validation samples the run checked itself on "
                                   "while it learnt. The Evaluation tab measures the run's test samples, which it "
                                   "never saw, so its figures differ.")))
            self.heatmap.show_matrix(view["confusion"], view["labels"])
        elif view.get("measured_on") == VALIDATION:  # the run's data opened again, its validation split empty
            # Validation 0 %: "cannot be opened again" told of data there never was (a walk)
            self.accuracy.setText(translate("train", "The run kept no validation data (Validation 0 %); only the drawing is shown."))
            self.heatmap.clear_matrix(translate("train", "No confusion matrix: the run kept no validation data."))
        else:
            self.accuracy.setText(translate("train", "The run's validation data cannot be opened again; only the drawing is shown."))
            # Not the matrix of another run or epoch: an earlier run's stayed up, the same at every epoch.
            self.heatmap.clear_matrix(translate("train", "No confusion matrix: the run's validation data is not at hand."))

    def wait(self, timeout_s: float = 30.0) -> bool:
        return self.runner.join(timeout_s)


__all__ = ["EpochScrubber"]
