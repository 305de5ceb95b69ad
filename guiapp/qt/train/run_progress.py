"""The Train area's progress bar and live status line for the run in progress: what the run is preparing, its
epoch and batch (redrawn at most ``REDRAW_HZ`` times a second from the latest report), and how it ended; a Start
refused; and the training worker's signals (its reports, its start, its outcome, its end) that feed them. A mixin of
:class:`~guiapp.qt.train.panel.TrainPanel` (its ``progress``, ``status``, ``plots`` and ``training``)."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from guiapp.core.tasks import format_duration
from guiapp.core.training.config import StopReason, TrainingResult
from guiapp.core.training.runs import Run, accuracy_at_best
from guiapp.qt.i18n import fmt, localise, sentence, translate
from guiapp.qt.recognize.model_picker import run_title
from guiapp.qt.train.run_results import COULD_NOT_RUN, NO_RUN_YET, NOT_READY, NOT_STARTED, READY, epochs_done_of

# A run over in less than this was gone before a class saw a frame of its curves: the status line points at Replay
TOO_FAST_S = 10.0


class RunProgressMixin:
    _bar_before_refusal: tuple[int, str] | None = None  # the bar as a refused Start found it

    def _refuse(self, text: str) -> None:
        run = self.result_run()
        if run is not None and not self.is_training():
            # The curves, their summary and Save as… / Use for recognition read as the refused data's (walk 113)
            text += " " + translate("train", "(The curves below are still those of {0}.)").format(run_title(run))
        self._refusal = text
        self.status.setText(text)
        if not self.is_training() and self._bar_before_refusal is None:
            # The bar said the shown run's "finished: 5 of 5 epochs" above "Not started: …" (walk 107): it says
            # what Start did until the choice changes, then shows the run again
            self._bar_before_refusal = (self.progress.value(), self.progress.format())
            self.progress.setValue(0)
            self.progress.setFormat(translate("train", NOT_STARTED))

    def _show_readiness(self) -> None:
        """The status line's "Ready" or "Not ready", as the chosen data can train or not; what it says otherwise (a
        run's progress, a shown run, a refusal) stays."""
        if not self.is_training() and self.status.text() in (translate("train", READY), translate("train", NOT_READY)):
            self.status.setText(translate("train", NOT_READY if self.settings.cannot_train else READY))

    def _forget_refusal(self) -> None:
        """Another dataset or setting chosen: "Not started: test set: …" stayed under Start once digits was chosen,
        as if digits were refused too (a fresh-eyes walk)."""
        if self._refusal and self.status.text() == self._refusal and not self.is_training():
            self.status.setText(translate("train", NOT_READY if self.settings.cannot_train else READY))
        self._refusal = ""
        # (unless a run shown or started since has the bar)
        if self._bar_before_refusal is not None and self.progress.format() == translate("train", NOT_STARTED):
            value, text = self._bar_before_refusal
            self.progress.setValue(value)
            self.progress.setFormat(text)
        self._bar_before_refusal = None
        # Likewise a run that could not run, once the data is described again (it grew, a class was renamed):
        # "'circle' has 2 (add 3 more)" stayed in red, with "failed" on the bar, beside the data's newer note (a walk)
        if self._failure and not self.is_training():
            if self.result_label.text() == self._failure:
                self.result_label.setText("")
            if self.status.text().startswith(translate("train", COULD_NOT_RUN)):
                self.status.setText(translate("train", READY))
            self.progress.setValue(0)
            self.progress.setFormat(translate("train", NO_RUN_YET))
            self._failure = ""

    def _show_preparing(self, what: str) -> None:
        """The bar busy while the data is prepared, its share in the status line: the bar counts the run's batches
        alone. Counting both, it went from "preparing digits: 100%" back to 3 % at the first batch (a walk)."""
        self.progress.setRange(0, 0)
        self.status.setText(translate("train", "Preparing {0}…").format(what))

    def _on_preparing(self, what: str, done: int, total: int) -> None:
        self.status.setText(fmt(translate("train", "Preparing {0}: {1:.0%}"), what, done / max(total, 1)))

    def _count_batches(self) -> None:
        """The bar back from busy to counting (a thousandth at a time)."""
        if self.progress.maximum() != 1000:
            self.progress.setRange(0, 1000)

    def _redraw(self) -> None:
        if self.curves_tab.is_built():  # no curves were ever sent before it is built
            self.plots.refresh()
        event, self._latest = self._latest, None
        if event is None or event.batches == 0:
            return
        self._shown = event
        if not self._length_known:
            self._length_known = True
            self.plots.set_run_length(event.epochs * event.batches, event.epochs)
        done = (event.epoch - 1) * event.batches + event.batch
        self._count_batches()
        self.progress.setValue(int(1000 * done / max(1, event.epochs * event.batches)))
        if event.validating:  # the epoch's batches are done; validation reports nothing until the epoch ends
            self.progress.setFormat(translate("train", "epoch {0}/{1} · validating…").format(event.epoch, event.epochs))
        elif event.kind == "epoch":  # "batch 7/7" after "validating…" read as going back (a Stop then waits on it)
            self.progress.setFormat(translate("train", "end of epoch {0}/{1}").format(event.epoch, event.epochs))
        else:
            self.progress.setFormat(translate("train", "epoch {0}/{1} · batch {2}/{3}").format(event.epoch, event.epochs, event.batch, event.batches))
        control = self.training.control if self.training is not None else None
        if control is not None and (control.stop_requested or control.paused):
            return  # keep "Stopping…" / "Paused" on screen
        best = translate("train", " · best epoch {0}").format(event.best_epoch) if event.best_epoch else ""
        self.status.setText("\n".join([fmt(translate("train", "Epoch {0}/{1}, batch {2}/{3} · {4:,.0f} samples/s · ETA {5}{6}"), event.epoch, event.epochs, event.batch, event.batches, event.samples_per_s, format_duration(event.eta_s) if event.eta_s is not None else translate("train", "estimating…"), best), *self._run_warnings]))

    def _show_ended(self, text: str, done: float = 1.0) -> None:
        """The bar at its end, whatever ended the run (all epochs, early stopping, Stop, divergence), saying how it
        ended: full, or for a stopped run as far as it got (``done``, a fraction: full read as finished); a run that
        could not run (0) leaves it empty, a full bar read as success. Left as it was, a stopped run's bar read
        "epoch 4/10 · batch …" as if still going."""
        # The run's last report, not yet drawn, would put "epoch …/…" back on the bar (and the live line in the
        # status) when _set_running(False) redraws; the ending has the last word.
        self._latest = None
        self._count_batches()
        self.progress.setValue(round(1000 * max(0.0, min(1.0, float(done)))))
        self.progress.setFormat(text.replace("%", "%%"))  # %p, %v and %m are the bar's placeholders

    # -- worker signals (queued) ------------------------------------------------------------------------------
    def _on_event(self, event) -> None:
        if event.kind == "batch":
            if event.batch_loss is not None:
                self.plots.add_batch(event.step, event.batch_loss)
            self._latest = event
        elif event.kind == "epoch":
            self.plots.add_epoch({"loss": event.loss, "accuracy": event.accuracy, "val_loss": event.val_loss,
                                  "val_accuracy": event.val_accuracy}, event.best_epoch)
            self._latest, self._best_epoch = event, event.best_epoch
            self.runs_view.show_progress(event.epoch, event.best_epoch,
                                         accuracy_at_best(self.plots.history, event.best_epoch))
        elif event.message in ("paused", "resumed"):
            self._reported_paused = event.message == "paused"
            self._show_pause_state()
        elif event.message:
            if event.saving:
                self._steering_off()  # nothing left to pause or stop
            # the progress line took its place within a tenth of a second: kept under it
            if event.warning and not self.settings_say(localise(event.message)):
                self._run_warnings.append("⚠ " + sentence(localise(event.message)))
            self.status.setText(localise(event.message))
        self.progressed.emit(event)

    def settings_say(self, warning: str) -> bool:
        """Whether the settings column says ``warning`` already, beside the run's lines: a hobbyist read "the smallest
        class has only 5 samples" there and again under the progress and the result (walk 133)."""
        note = self.settings.data_note
        return note.isVisibleTo(self.settings) and "⚠ " + sentence(warning) in note.text().splitlines()

    def _on_ended(self) -> None:
        self._set_running(False)
        close, self._close_when_ended = self._close_when_ended, None
        if close is not None:
            QTimer.singleShot(0, close)  # after the run's last signals, so that closing finds no run in progress

    def _on_run_started(self, run: Run) -> None:
        self._shown_before_start = None  # the curves are this run's now, whatever becomes of it
        self.runs_view.active_id = run.id
        self.runs_view.refresh()
        # the row of the run on the Curves tab: the one picked before stayed chosen, its Show and Overlay naming
        # another run than the curves shown (walk 155)
        self.runs_view.select_run(run.id)
        self.runs_view.set_busy(True)  # its row may be shown: the live curves

    def _on_outcome(self, outcome: TrainingResult) -> None:
        self.outcome = outcome
        self.plots.set_history(outcome.history, outcome.best_epoch)
        self._length_known = True  # a report not drawn yet would fix the axes to the planned length again
        self.plots.fit_x_to_data()
        self.plots.refresh()
        self._show_result(outcome)
        self.status.setText(self._ended_text(outcome))
        self._show_ended(localise(outcome.message) or translate("train", "done"),
                         epochs_done_of(len(outcome.history.get("loss", [])), outcome.config.epochs, outcome.stopped))
        if outcome.model_path is not None:
            self.evaluation.add_model_choice(translate("train", "this run"), str(outcome.model_path))
            if outcome.dataset is not None and outcome.run is not None and not self.training.quitting:
                config = outcome.run.config
                self._test_of_run = str(outcome.model_path)  # the result line takes this evaluation's figure
                self.evaluation.evaluate(str(outcome.model_path), outcome.dataset, "test", seed=config.get("seed", 0),
                                         validation=config.get("validation_split", 0.1),
                                         test=config.get("test_split", 0.1))
            self.feature_maps.set_model(str(outcome.model_path))
            self.scrubber.set_run(str(outcome.model_path))
        if outcome.personal:
            self.personalize.show_result(outcome.personal, outcome.fine_tuned_from, outcome.model_path)
        else:
            self.personalize.show_ended(localise(outcome.message) or translate("train", "stopped"))
        self.runs_view.active_id = None
        self.runs_view.refresh()
        self._set_running(False)
        self.trainingFinished.emit(outcome)

    def _ended_text(self, outcome: TrainingResult) -> str:
        """The status line once a run has ended. A Stop that came in the last epoch's validation let the run finish:
        said, since the run then reads "completed" with nothing about the Stop (a walk thought it ignored)."""
        if outcome.stopped.finished:
            if self.training is not None and self.training.control.stop_requested:
                return translate("train", "Finished: Stop came in the last epoch, and the run completed it.")
            if outcome.seconds < TOO_FAST_S and len(outcome.history.get("loss") or []) >= 2:
                # Over before a class saw a frame, and nothing pointed at Replay (walk 162)
                return translate("train", "Finished in {0}, too fast to watch: Replay draws the curves again as they "
                                          "grew.").format(format_duration(outcome.seconds))
            return translate("train", "Finished.")
        return translate("train", "Stopped.") if outcome.stopped == StopReason.CANCELLED else translate("train", "Ended.")


__all__ = ["RunProgressMixin"]
