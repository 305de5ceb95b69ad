"""What the Train area does with a run's results: its result line, save the model, use it for recognition, continue
a stopped run (past runs shown: :mod:`~guiapp.qt.train.shown_runs`). A mixin of
:class:`~guiapp.qt.train.panel.TrainPanel` (its outcome, store, plots and status line)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMainWindow, QMessageBox

from guiapp.core.datasets import catalogue
from guiapp.core.tasks import format_duration
from guiapp.core.text import Plural
from guiapp.core.training.config import StopReason
from guiapp.core.training.runs import PERSONAL_SUFFIX, TAUGHT_SUFFIX, Run, RunError, accuracy_at_best
from guiapp.qt import file_dialogs
from guiapp.qt.dataset_names import dataset_title
from guiapp.qt.i18n import fmt, localise, sentence, translate
from guiapp.qt.picture_menu import plain_text
from guiapp.qt.recognize.model_picker import model_file_name, run_title
from guiapp.qt.train.evaluation_text import few_samples_note, likely_note
from guiapp.qt.theme import set_tone, tone

READY = QT_TRANSLATE_NOOP("train", "Ready. Choose a dataset and a model, then press Start.")
# "Ready" stood above the note saying the chosen dataset cannot train (walk 163)
NOT_READY = QT_TRANSLATE_NOOP("train", "Not ready: this dataset cannot train yet (the note under Dataset says why).")
NO_RUN_YET = QT_TRANSLATE_NOOP("train", "no run yet: the run's progress shows here")
COULD_NOT_RUN = QT_TRANSLATE_NOOP("train", "Training could not run.")
NOT_STARTED = QT_TRANSLATE_NOOP("train", "not started")


def earlier_best_note(best_epoch: int | None, trained: int) -> str:
    """Why a best epoch before the last is the model: "best epoch 1" of a fine-tune of 3 was left unexplained
    (walk 135), and read as two epochs wasted or as a fault. Named: after "stopped by request in epoch 57" the
    note read as about epoch 57 (walk 141)."""
    if not best_epoch or best_epoch >= trained:
        return ""
    return translate("train", " (epoch {0}'s validation loss was the lowest: the model keeps its weights, not the "
                              "last epoch's)").format(best_epoch)


def epochs_done_of(done: int, epochs: int, status: str) -> float:
    """How full the bar of a run that ended stands: a stopped (or interrupted) run as far as it got, 4 of 10
    epochs; any other that trained an epoch full (early stopping and divergence end the run, not part of it)."""
    if not done:
        return 0.0
    if status in (StopReason.CANCELLED, StopReason.RUNNING) and epochs:
        return min(1.0, done / epochs)
    return 1.0


def validated_on_note(accuracy: float, n: int) -> str:
    """" on 3 samples (too few to be sure: likely 44 %–100 %)" after a validation accuracy measured on few samples,
    else "": on 3 drawings "100.0 %" read as a fact (walk 105)."""
    caveat = few_samples_note(accuracy, n)
    return localise(Plural(" on %Ln sample(s)", "", n)) + caveat if caveat else ""


def validation_samples(run: Run) -> int:
    """How many samples a run's validation accuracy was measured on, as its model file records it (0: not known)."""
    from guiapp.core.modelfile import ModelFileError, read_metadata

    model = run.best_model_file()
    try:
        splits = read_metadata(model)["metadata"].get("dataset", {}).get("splits", {}) if model else {}
        return int(splits.get("validation") or 0)
    except (ModelFileError, OSError, ValueError, TypeError, AttributeError):
        return 0


def mixed_in(run: Run | None) -> bool:
    """Whether ``run`` is a Teach… round or a Personalize run whose model learnt the person's drawings mixed with
    samples of what it knew (its file's data "mine+digits"): a round on a model of one's own mixes nothing in, and
    its line said it did (walk 151); Personalize's "trained on 594 samples" after 28 drawings went unexplained (walk
    156)."""
    from guiapp.core.modelfile import ModelFileError, read_metadata
    from guiapp.core.modelfile.metadata import trained_on

    suffix = next((s for s in (TAUGHT_SUFFIX, PERSONAL_SUFFIX) if run is not None and run.dataset.endswith(s)), "")
    if not suffix or run.best_model_file() is None:
        return False
    try:
        learnt = trained_on(read_metadata(run.best_model_file()))
    except (ModelFileError, OSError):
        return True  # as the run's kind says, where its file cannot tell
    return learnt.startswith(run.dataset[: -len(suffix)] + "+")


def trained_on_note(split_sizes: dict, mixed: bool = False) -> str:
    """" · trained on 3,600 samples": a teacher compared a 97.3 % with the tutorial's 99.15 % and nothing said the
    tutorial's came from 60,000 (walk 125). "" when the run does not say. ``mixed``: a Teach… round, whose
    person's drawings are mixed with samples of what the model knew ("trained on 2,224 samples" after 30 drawings
    puzzled a parent: walk 143)."""
    samples = int(split_sizes.get("train") or 0)
    if not samples:
        return ""
    if mixed:
        return fmt(translate("train", " · trained on {0:,} samples: your drawings, mixed with samples of what it "
                                      "knew so that it keeps knowing them"), samples)
    return fmt(translate("train", " · trained on {0:,} samples"), samples)


class RunResultsMixin:
    shown_run: Run | None = None  # the past run whose curves Runs → Show (or Overlay) put up

    def _on_failed(self, message: str) -> None:
        before, self._shown_before_start = self._shown_before_start, None
        if before is not None and before.folder.is_dir():
            # It failed before a run began (the data could not be read, the runs folder not written): the curves
            # it cleared at Start are shown again, said to be the other run's (walk 121)
            self.show_run(before)
        set_tone(self.result_label, "error")
        self.result_label.setText(message)
        self._failure = message
        status = translate("train", COULD_NOT_RUN)
        if before is not None and self.shown_run is before:
            status += " " + translate("train", "(The curves below are still those of {0}.)").format(run_title(before))
        self.status.setText(status)
        self.settings.show_other_run(None)  # not "The last run fine-tuned …": it could not
        self.personalize.show_ended(message)
        self._show_ended(translate("train", "failed"), done=False)
        self.runs_view.active_id = None
        self.runs_view.refresh()
        self.trainingFailed.emit(message)

    def result_run(self) -> Run | None:
        """The run the result row (Save as…, Use for recognition, Continue) is about: the run shown, else the last
        one trained here. After Runs → Show they acted on the last run while the curves, the header and Evaluation
        showed another (a fresh-eyes walk)."""
        if self.shown_run is not None:
            return self.shown_run
        return self.outcome.run if self.outcome is not None else None

    def curves_caption(self) -> str:
        """What the curves saved as a picture are of: the run (its name, else its data, preset and start) and its
        result line; a run in progress or two runs overlaid, the line above the tabs that says so (walk 139: a
        slide's curves said neither)."""
        if self.is_training() or self.plots.overlay_curves:
            lines = [plain_text(self.status.text()).split("\n")[0]]
        else:
            run = self.result_run()
            # not where the run was saved: a slide's caption said "saved in the runs folder" (walk 144)
            result = plain_text(self.result_label.text()).split("\n")[0]
            lines = [run_title(run) if run is not None else "",
                     result.replace(self._saved_note, "") if self._saved_note else result]
        return "\n".join(line for line in lines if line)

    def curves_model(self) -> str | None:
        """The model file of the run the curves show (a saved picture of them is named after it); None while a run
        trains or two runs are overlaid."""
        return None if self.is_training() or self.plots.overlay_curves else self.last_model_path()

    def last_model_path(self) -> str | None:
        if self.shown_run is not None:
            path = self.shown_run.best_model_file()
            return str(path) if path is not None else None
        return str(self.outcome.model_path) if self.outcome and self.outcome.model_path else None

    def save_as(self, path: str | None = None) -> Path | None:
        run = self.result_run()
        if run is None or self.last_model_path() is None:
            return None
        if path is None:
            # Where a model file was last chosen (file_dialogs), else the home folder: a bare file name opened the
            # dialog wherever the app was started from (a walk found /tmp).
            path = file_dialogs.ask_save_path(self, translate("train", "Save model as"), file_dialogs.MODELS,
                                              f"{model_file_name(run)}.h5", translate("train", "Keras HDF5 model (*.h5)"))
            if not path:
                return None
            if not path.lower().endswith(".h5"):
                path += ".h5"
        try:
            saved = self.store.export_model(run, path)
        except (RunError, OSError) as exc:
            # The file chosen, not the hidden temporary file the error names (a walk read ".m.h5.2341-9fco3ffd.tmp")
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else localise(exc)
            QMessageBox.warning(self, translate("train", "Save model"),
                                translate("train", "Could not save {0}: {1}").format(path, reason))
            return None
        # Said in the status line: in the result line it took the place of the run's figures (a walk)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(translate("train", "Saved {0}").format(saved), 10000)
        return saved

    def continue_run(self, run: Run | None = None) -> bool:
        """Train a run stopped before its end (by default the last one) on from its best model for the epochs it had
        left: closing the window mid-run or Stop left only Rerun, from the start."""
        from guiapp.core.training.config import TrainingError
        from guiapp.core.training.session import continue_request

        run = run if run is not None else self.result_run()
        if run is None:
            return False
        try:
            request = continue_request(run)
        except TrainingError as exc:
            self.status.setText(localise(exc))
            self.runs_view.refresh()  # a run continued elsewhere meanwhile is listed, and Continue goes
            self._refresh_result_row()
            return False
        return self.start(request)

    def _refresh_result_row(self, running: bool = False) -> None:
        """Save as…, Use and Continue for :meth:`result_run` (none while a run is in progress)."""
        has_model = not running and self.last_model_path() is not None
        self.save_button.setEnabled(has_model)
        self.use_button.setEnabled(has_model)
        self.replay_button.setEnabled(not running and self.replay_button.can_replay())
        self._offer_continue(None if running else self.result_run())

    def _offer_continue(self, run: Run | None) -> None:
        """The Continue button beside the result of a run stopped with epochs left; hidden otherwise."""
        from guiapp.core.training.session import epochs_left

        left = epochs_left(run) if run is not None else 0
        self.continue_button.setVisible(left > 0)
        if left:
            # One word on the button, the epochs left in its tooltip: "Continuer (2 époques restantes)" beside Save
            # and Use squeezed the result line into a column one word wide at 1024 px (a walk).
            self.continue_button.setText(translate("train", "Continue"))
            self.continue_button.setToolTip(localise(Plural("Continue (%Ln epoch(s) left)", "", left)) + "\n" + translate(
                "train", "Train on from the best epoch for the epochs it had left, with the same settings and data "
                         "(a new run)"))

    def _show_result(self, outcome) -> None:
        """The result line of a run that ended: how it ended, what was kept, and why it may disappoint (too little
        data, no GPU: its warnings, kept in view until another dataset or model is chosen)."""
        text = localise(outcome.message)
        if outcome.stopped != StopReason.DIVERGED and outcome.model_path is not None:
            text += earlier_best_note(outcome.best_epoch, len(outcome.history.get("loss", [])))
        if outcome.stopped == StopReason.DIVERGED:
            kept = (translate("train", " The last good checkpoint (epoch {0}) is kept.").format(outcome.best_epoch) if outcome.best_epoch
                    else translate("train", " No epoch finished, so no model was kept."))
            set_tone(self.result_label, "error")
            text += "." + kept
        else:
            set_tone(self.result_label, None)
        if outcome.model_path is None and outcome.stopped != StopReason.DIVERGED:
            text += translate("train", " · nothing saved: no epoch finished")
        elif outcome.model_path is not None:
            # Its validation accuracy at the best epoch, named, as Runs lists it: the test accuracy that follows
            # (Evaluation's) read as a contradiction of Runs' figure, unlabelled here (a walk saw 89 and 93 %).
            validated = outcome.history.get("val_accuracy")
            at_best = accuracy_at_best(outcome.history, outcome.best_epoch) if validated else None
            if at_best is not None:
                text += fmt(translate("train", " · validation accuracy {0:.1%}"), at_best)
                text += validated_on_note(at_best, int(outcome.split_sizes.get("validation") or 0))
            run = outcome.run
            text += trained_on_note(outcome.split_sizes, mixed_in(run))
            self._saved_note = translate("train", " · took {0}, saved in the runs folder").format(
                format_duration(outcome.seconds))
            text += self._saved_note
        self._result_without_warnings = text if outcome.warnings else None
        # too little data, no GPU: why the result may disappoint, kept in view
        self._show_result_text(text, [sentence(localise(warning)) for warning in outcome.warnings
                                      if not self.settings_say(localise(warning))])

    def _show_result_text(self, text: str, warnings: list[str]) -> None:
        """The result line, and under it its warnings in the warning colour: the whole line in it read a finished
        run as a problem. A diverged run's line is all in the error colour, its warnings with it."""
        self._result_warnings = warnings
        if not warnings or self.result_label.property("tone") == "error":
            self.result_label.setText("\n".join([text, *("⚠ " + warning for warning in warnings)]))
            return
        lines = [escape(text, quote=False).replace("\n", "<br>")]
        lines += [f'<span style="color: {tone("warning")}">⚠ {escape(warning, quote=False)}</span>' for warning in warnings]
        self.result_label.setText("<br>".join(lines))

    def _drop_run_warnings(self) -> None:
        """Another dataset or model chosen after a run with warnings: its result stays, its warnings go."""
        if self._result_without_warnings is None or self.is_training():
            return
        self.result_label.setText(self._result_without_warnings)
        if self.outcome is None or self.outcome.stopped != StopReason.DIVERGED:
            set_tone(self.result_label, None)
        self._result_without_warnings = None

    def note_test_accuracy(self, report) -> None:
        """The result line of the run just trained gains its test accuracy once Evaluation has measured it, as
        ``guiapp train`` prints it (the line said only how the run ended; the figure was a tab away)."""
        self._note_shown_run_test(report)
        path = self.outcome.model_path if self.outcome is not None else None
        # Only the evaluation the run's end started, on the run's own held-out data: a later one on another
        # dataset ("digits" after a run on 5 drawings a class of one's own) added its 3-sample figure (a walk).
        awaited, self._test_of_run = self._test_of_run, None
        if (self.is_training() or self.shown_run is not None or not path or report.split != "test"
                or not report.n_samples or self.evaluation.report_path != str(path) or awaited != str(path)):
            return
        run = self.outcome.run
        if run is not None:  # recorded, for the Runs list and the run shown again later
            try:
                self.runs_view.store.note_test(run, report.accuracy, report.n_samples)
                self.runs_view.refresh()
            except OSError as exc:
                self.status.setText(translate("train", "Could not record the test accuracy: {0}").format(
                    exc.strerror or exc))
        personal = getattr(self.outcome, "personal", None)
        if personal:  # a fine-tune's mix: whose samples (read as one's own: walk 108)
            note = fmt(translate("train", " · test accuracy {0:.1%} on {1:,} held-out samples of {2}"), report.accuracy,
                       report.n_samples, dataset_title(report.dataset))
        else:
            note = fmt(translate("train", " · test accuracy {0:.1%} on {1:,} held-out samples"), report.accuracy,
                       report.n_samples)
        note += likely_note(report)  # (the test figure's range, beside it: after "your drawings" it read as theirs)
        mine = personal.get("after_held_out") if personal else None
        if mine and mine[1]:  # the person's own, as Teach… says them: the mix's figure was read as theirs (walk 133)
            note += fmt(translate("teach", " · your held-out drawings: {0} of {1} read right"), *mine)
        head = self._result_without_warnings if self._result_without_warnings is not None else self.result_label.text()
        if note in head:
            return
        # before any warning lines, as the figure is the run's
        if self._result_without_warnings is not None:
            self._result_without_warnings += note
            self._show_result_text(self._result_without_warnings, self._result_warnings)
        else:
            self.result_label.setText(head + note)

    def _note_shown_run_test(self, report) -> None:
        """A run shown whose test was never measured (the window closed as it ended: walk 111) gains it when
        Evaluation measures its model on its own dataset's test split, as at a run's end."""
        run = self.shown_run
        if (run is None or run.test_accuracy is not None or report.split != "test" or not report.n_samples
                or report.dataset != catalogue.follow(run.dataset)
                or self.evaluation.report_path != str(run.best_model_file())):
            return
        try:
            self.runs_view.store.note_test(run, report.accuracy, report.n_samples)
        except OSError:
            return  # the figure is on the Evaluation tab; the Runs list stays as it was
        self.runs_view.refresh()

    def use_for_recognition(self) -> None:
        path = self.last_model_path()
        if path:
            self.useModelRequested.emit(path)

    def _use_run(self, run: Run) -> None:
        path = run.best_model_file()
        if path is not None:
            self.useModelRequested.emit(str(path))


__all__ = ["RunResultsMixin"]
