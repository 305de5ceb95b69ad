"""“Draw what it confuses”: after an evaluation, the classes the model confuses most are collected on the pad
(the collect bar prompts each a few times), the evaluated model is fine-tuned on them in the background (the Teach
flow: the training process, mixed with the model's own data so it keeps what it knew), the fine-tuned model is
evaluated on the same data and split, and the accuracy of those classes before and after is shown.

The pieces are the window's own (:class:`~guiapp.qt.teach.Teacher`, the Evaluation view, the Train area); this
object only carries the round from one to the next.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from guiapp.core.confusions import before_after, confused_classes
from guiapp.core.datasets.base import DatasetError
from guiapp.core.text import Plural
from guiapp.qt.i18n import fmt, listing, localise, percent, translate

DRILL_SAMPLES = 8  # drawings of each confused class: a few minutes of drawing for 3 pairs


def practice_dataset(evaluated: str) -> str:
    """The dataset a drill's drawings go to: "digits-practice" for an evaluation on digits, named in the window's
    language as the first dataset of one's own is ("hiragana-71-practice" stood in a Japanese window: walk 132)."""
    from guiapp.qt.dataset_names import dataset_title

    named = dataset_title(evaluated) if evaluated else translate("dataset names", "confusions")
    return translate("dataset names", "{0}-practice", "the dataset a practice round of a dataset's confusions "
                                                      "draws into").format(named)


def _rate(rate: float | None) -> str:
    """A class's accuracy in the locale's form ("85 %", "85 %"; "–" where it had no samples)."""
    return "–" if rate is None else percent(rate, 0)


class ConfusionDrill(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.train_area.evaluation
        self.classes: list[str] = []
        self.before = None  # the evaluation the round started from
        self.state = "idle"  # idle → drawing → training → measuring → idle
        self._restore_to: str | None = None  # the collect bar's dataset before the drill took it over
        self._restore_collect: tuple[str, int, bool] | None = None  # and its classes and times
        self._made: str | None = None  # the practice dataset, where the drill made it (removed again if left empty)
        self._pad_model: str | None = None  # the pad's model before the drill switched it to the evaluated one
        self._practice = ""  # the dataset the drill's drawings go to
        self.view.drill_button.clicked.connect(self.start)
        self.view.evaluated.connect(self._evaluated)
        window.train_area.trainingFinished.connect(self._trained)
        window.train_area.trainingFailed.connect(self._failed)
        window.collect_bar.collectionStopped.connect(self._stopped)
        window.collect_bar.collectionFinished.connect(self._drawn)

    def start(self) -> bool:
        report, path = self.view.report, self.view.evaluated_path
        chosen = self.view.chosen_pair
        classes = list(chosen) if chosen else confused_classes(report) if report is not None else []
        if not classes or not path:
            self.view.drill_note.setText(translate("train", "Nothing to practise: evaluate a model that confuses some classes first."))
            return False
        window = self.window
        # The drawings go to a dataset of their own and the pad reads them with the evaluated model: a digits drill
        # filed 0 and 5 into "my symbols" while the pad's symbols model read them (a fresh-eyes walk).
        previous = window.collect_bar.dataset_name()
        # What the person had in the collect bar, given back with the dataset when the drill's drawing ends (its
        # "7, 1" stayed, and Start collected them into the person's dataset).
        self._restore_collect = (window.collect_bar.classes_edit.text(), window.collect_bar.times.value(),
                                 window.collect_bar.classes_typed)
        practice = self._practice = practice_dataset(report.dataset if report is not None else "")
        self._made = None if window.collect_bar.store.exists(practice) else practice
        try:
            with window.train_area.settings.keeping_choice():  # the app's dataset, not one the person made
                window.collect_bar.set_dataset(practice)
        except (ValueError, DatasetError, OSError):
            previous = self._made = None  # a name the store refuses: the dataset chosen in the collect bar takes them
        self._pad_model = None
        if window.current_model_path() != path:
            self._pad_model = window.current_model_path()
            window.use_model(path)
        if not window.teacher.start(", ".join(classes), DRILL_SAMPLES, practising=True):
            self._restore_to = previous
            self._remove_if_empty()
            self._restore_dataset()
            self._give_back_model()
            return False
        self._restore_to = previous
        window.teacher.base_path = path  # the evaluated model is the one fine-tuned, whichever the pad uses
        self.classes, self.before, self.state = classes, report, "drawing"
        note = Plural("Draw each of these %Ln time(s) on the Recognize pad: {0} (Enter adds each); the model is "
                      "then fine-tuned on them and measured again.", "", DRILL_SAMPLES, listing(classes))
        self.view.drill_note.setText(localise(note))
        # Not the Teach round's "Teaching: …": nothing new is taught, the model practises what it confuses.
        window.statusBar().showMessage(translate("train", "Practising {0}: draw each {1} times; press Enter after "
                                                 "each").format(listing(classes), DRILL_SAMPLES))
        window.show_area(window.recognize)
        return True

    def _drawn(self, *_finished) -> None:
        self._made = None  # every prompt answered: the practice dataset holds the drawings
        self._restore_dataset()

    def _restore_dataset(self) -> None:
        """The drawings are in: the collect bar goes back to the person's own dataset (a later Teach… round went
        into digits-practice, and failed on a stopped drill's three 6s there)."""
        previous, self._restore_to = self._restore_to, None
        bar = self.window.collect_bar
        bar.refresh()  # without a practice dataset removed just now
        if previous and self._restore_collect is not None and not bar.collecting():
            bar.classes_edit.setText(self._restore_collect[0])
            bar.times.setValue(self._restore_collect[1])
            bar.classes_typed = self._restore_collect[2]  # typed, it stays when the dataset below is chosen again
        # Even the default name standing in the list before its first drawing: choosing it makes it (empty), and
        # a later Teach… round went into digits-practice instead (an Xvfb walk on a fresh home).
        if previous and previous != bar.dataset_name():
            try:
                # made here, it is not one the person made: Train kept its choice (it took the empty dataset, and
                # Start said "my-handwriting: the dataset is empty": a walk)
                with self.window.train_area.settings.keeping_choice():
                    bar.set_dataset(previous)
            except (ValueError, DatasetError, OSError):
                pass  # removed meanwhile: the practice dataset stays chosen

    def _remove_if_empty(self) -> bool:
        """The practice dataset this drill made goes again if nothing was drawn into it: a drill stopped before its
        first drawing left an empty "digits-practice" among the person's datasets (a fresh-eyes walk)."""
        made, self._made = self._made, None
        store = self.window.collect_bar.store
        try:
            if not made or not store.exists(made) or store.open(made).counts():
                return False
            store.delete(made)
        except (DatasetError, OSError):
            return False  # it stays: an empty dataset is harmless, and the Datasets tab can remove it
        return True

    def _give_back_model(self) -> None:
        """Nothing fine-tuned: the pad reads with the model it had before the drill again. A drill stopped before
        any drawing left the evaluated digits model on the pad, and the person's own "Latin + α, β" read every
        letter as a digit (a fresh-eyes walk)."""
        previous, self._pad_model = self._pad_model, None
        if previous and previous != self.window.current_model_path() and Path(previous).is_file():
            self.window.use_model(previous)

    def _stopped(self) -> None:
        """The collection stopped before its last prompt: no fine-tuning follows, and the note says so."""
        # the empty practice dataset goes first: the default name then stands in the list unmade again, and going
        # back to it makes no empty my-handwriting (walk 103)
        removed = self._remove_if_empty()
        self._restore_dataset()
        if self.state == "drawing":
            self._give_back_model()
            self.state = "idle"
            # The words of the status line's (it said "Practice stopped", this note "Drawing stopped": a walk)
            self.view.drill_note.setText(
                translate("teach", "Practice stopped: nothing was fine-tuned") if removed else
                translate("teach", "Practice stopped: nothing was fine-tuned; the drawings added so far are kept in "
                                   "{0}").format(self._practice))

    def _trained(self, result) -> None:
        if self.state != "drawing":
            return
        if result.model_path is None or not result.stopped.finished:
            self.state = "idle"
            self._give_back_model()
            self.view.drill_note.setText(translate("train", "Fine-tuning ended without a new model: {0}").format(localise(result.message)))
            return
        self.state, self._pad_model = "measuring", None  # the pad now reads with the fine-tuned model
        self.view.add_model_choice(translate("train", "fine-tuned"), str(result.model_path))
        self.view.evaluate_again(str(result.model_path), translate("train", "Measuring the fine-tuned model on the same data…"))

    def _failed(self, message: str) -> None:
        if self.state == "drawing":
            self.state = "idle"
            self._give_back_model()
            self.view.drill_note.setText(translate("train", "Fine-tuning failed: {0}").format(message))

    def _evaluated(self, report) -> None:
        if self.state == "idle":  # another evaluation: the last practice's note is not about these figures (a walk
            self.view.drill_note.setText("")  # read "Practice stopped" under every later evaluation)
        if self.state != "measuring":
            return
        self.state = "idle"
        changes = before_after(self.before, report, self.classes)
        self.view.drill_note.setText(fmt(translate("train", "After drawing them: {0} (overall {1:.1%} → {2:.1%})"),
            " · ".join(f"{change.label}: {_rate(change.before_rate)} → {_rate(change.after_rate)}" for change in changes),
            self.before.accuracy, report.accuracy))


__all__ = ["ConfusionDrill", "DRILL_SAMPLES"]
