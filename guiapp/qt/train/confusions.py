"""“Draw what it confuses”: after an evaluation, the classes the model confuses most are collected on the pad
(the collect bar prompts each a few times), the evaluated model is fine-tuned on them in the background (the Teach
flow: the training process, mixed with the model's own data so it keeps what it knew), the fine-tuned model is
evaluated on the same data and split, and the accuracy of those classes before and after is shown.

The pieces are the window's own (:class:`~guiapp.qt.teach.Teacher`, the Evaluation view, the Train area); this
object only carries the round from one to the next.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from guiapp.core.confusions import before_after, confused_classes
from guiapp.core.plural import resolve
from guiapp.qt.i18n import localise, translate

DRILL_SAMPLES = 8  # drawings of each confused class: a few minutes of drawing for 3 pairs


class ConfusionDrill(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.train_area.evaluation
        self.classes: list[str] = []
        self.before = None  # the evaluation the round started from
        self.state = "idle"  # idle → drawing → training → measuring → idle
        self.view.drill_button.clicked.connect(self.start)
        self.view.evaluated.connect(self._evaluated)
        window.train_area.trainingFinished.connect(self._trained)
        window.train_area.trainingFailed.connect(self._failed)

    def start(self) -> bool:
        report, path = self.view.report, self.view.evaluated_path
        chosen = self.view.chosen_pair
        classes = list(chosen) if chosen else confused_classes(report) if report is not None else []
        if not classes or not path:
            self.view.drill_note.setText(translate("train", "Nothing to practise: evaluate a model that confuses some classes first."))
            return False
        teacher = self.window.teacher
        if not teacher.start(", ".join(classes), DRILL_SAMPLES):
            return False
        teacher.base_path = path  # the evaluated model is the one fine-tuned, whichever the pad uses
        self.classes, self.before, self.state = classes, report, "drawing"
        text = self.tr("Draw each of {0} %Ln time(s) on the Recognize pad (Enter adds each); the model is then "
                       "fine-tuned on them and measured again.", "", DRILL_SAMPLES)
        self.view.drill_note.setText(resolve(text, DRILL_SAMPLES).format(" ".join(classes)))
        self.window.show_area(self.window.recognize)
        return True

    def _trained(self, result) -> None:
        if self.state != "drawing":
            return
        if result.model_path is None or not result.stopped.finished:
            self.state = "idle"
            self.view.drill_note.setText(translate("train", "Fine-tuning ended without a new model: {0}").format(localise(result.message)))
            return
        self.state = "measuring"
        self.view.add_model_choice(translate("train", "fine-tuned"), str(result.model_path))
        self.view.evaluate_again(str(result.model_path), translate("train", "Measuring the fine-tuned model on the same data…"))

    def _failed(self, message: str) -> None:
        if self.state == "drawing":
            self.state = "idle"
            self.view.drill_note.setText(translate("train", "Fine-tuning failed: {0}").format(message))

    def _evaluated(self, report) -> None:
        if self.state != "measuring":
            return
        self.state = "idle"
        changes = before_after(self.before, report, self.classes)
        self.view.drill_note.setText(translate("train", "After drawing them: {0} (overall {1:.1%} → {2:.1%})").format(
            " · ".join(change.text() for change in changes), self.before.accuracy, report.accuracy))


__all__ = ["ConfusionDrill", "DRILL_SAMPLES"]
