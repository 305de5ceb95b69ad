"""Steering the Train area's run in progress: pause and resume, stop, and what closing the window does to it.
A mixin of :class:`~guiapp.qt.train.panel.TrainPanel` (its widgets and ``training``), kept apart so the panel module
stays about building the area and showing the run."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication, QMessageBox

from guiapp.qt.i18n import listing, translate
from guiapp.qt.look import icon


class RunSteeringMixin:
    def stop_and_wait(self, timeout_s: float = 2.0) -> bool:
        """Stop after the current batch and join the thread (closing the window). The best checkpoint is already
        on disk; the final save is skipped. True when the run ended in time. Short background calls (preset
        description, device detection, evaluation, feature maps) get whatever time is left; one still running
        finishes on its own, its result dropped."""
        deadline = time.monotonic() + timeout_s

        def left_ms() -> int:
            return max(1, int((deadline - time.monotonic()) * 1000))

        ended = True
        if self.training is not None and self.training.is_running():
            self.training.stop(quitting=True)
            ended = self.training.wait(left_ms() / 1000)
        for runner in (self.helpers, self.data_helpers, self.evaluation.runner, self.feature_maps.runner,
                       self.scrubber.runner):
            runner.close(left_ms() / 1000)
        return bool(ended)

    def confirm_close(self, close) -> bool:
        """For the main window's closeEvent: True when the window may close now. With a run in progress, ask
        whether to stop it; on Yes the run is told to stop and ``close()`` is called once it has ended (False now:
        a stop waits for the batch in progress and the run's record, 5-20 s on a busy machine, so a timed wait
        here left the window open). Closing again while it stops closes at once: the best epoch is on disk."""
        if not self.is_training() or self._close_when_ended is not None:
            return True
        personal = self.training.request.personalize
        taught = list(personal.taught or ()) if personal is not None else []

        def question() -> str:
            if taught:  # pressed Teach…, not a "training run" (walk 112)
                return translate("train", "Teach… is still learning {0}. Stop it and close? The next start offers "
                                          "{0} again; your drawings are kept.").format(listing(taught))
            if self._best_epoch is not None:
                return translate("train", "A training run is in progress. Stop it and close? The best epoch so far "
                                          "is kept in the runs folder.")
            return translate("train", "A training run is in progress. Stop it and close? No epoch has finished "
                                      "yet, so this run keeps no model.")

        box = QMessageBox(QMessageBox.Icon.Question, translate("train", "Training in progress"), question(),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)

        def progressed(_event) -> None:  # the run goes on behind the question: an epoch that ends keeps a model
            if self.is_training() and box.text() != question():
                box.setText(question())

        def ended() -> None:  # the question no longer applies: a run that ended has nothing left to stop
            box.setWindowTitle(translate("train", "Training ended"))
            box.setText(translate("train", "The run has ended; its model is in the runs folder. Close the window?"))

        training = self.training
        training.ended.connect(ended)
        self.progressed.connect(progressed)
        try:
            answer = QMessageBox.StandardButton(box.exec())
        finally:
            training.ended.disconnect(ended)
            self.progressed.disconnect(progressed)
        if not self.is_training():  # it ended while the question was open
            return answer == QMessageBox.StandardButton.Yes
        if answer != QMessageBox.StandardButton.Yes:
            if self.training.control.paused:  # still paused: the status line says so, as the button does
                self._show_pause_state()
            return False
        self._close_when_ended = close
        self.stop(quitting=True)
        return False

    @property
    def closing(self) -> bool:
        """The window closes when the run in progress has stopped."""
        return self._close_when_ended is not None

    def toggle_pause(self) -> None:
        if not self.is_training():
            if self.replay_button.replay is not None:  # a replay: held where it is, or going on
                self._name_pause_button(self.replay_button.toggle_pause())
            return
        if self.training.control.paused:
            self.training.resume()
        else:
            self.training.pause()
        self._show_pause_state()

    def follow_replay(self, replaying: bool) -> None:
        """Pause pauses a replay too, while no run trains (walk 144: a teacher could not stop on an epoch)."""
        if not self.is_training():
            self.pause_button.setEnabled(replaying)
            self._name_pause_button(False)

    def _name_pause_button(self, paused: bool) -> None:
        self.pause_button.setText(translate("train", "Resume") if paused else translate("train", "Pause"))
        self.pause_button.setIcon(icon("start" if paused else "pause"))  # Resume goes on: the start arrow

    def _show_pause_state(self, status: bool = True) -> None:
        """The Pause/Resume button, and with ``status`` the status line, from the one pause state the panel steers
        (the run's control) and what the training process last reported, so the two never disagree."""
        # (a run that has ended is paused no more: Pause pressed as it saved its model left "Resume": walk 150)
        paused = self.is_training() and self.training.control.paused
        self.runs_view.set_paused(paused)
        self._name_pause_button(paused)
        if not status or self.training is None or self.training.control.stop_requested:
            return  # "Stopping…" stays
        if paused:
            self.status.setText(translate("train", "Paused. Press Resume to go on.") if self._reported_paused
                                else translate("train", "Pausing after this batch…"))
        else:  # the live line takes over at the next redraw
            self.status.setText(translate("train", "Resuming…") if self._reported_paused
                                else translate("train", "Resumed."))

    def stop(self, quitting: bool = False) -> None:
        if self.is_training():
            self.training.stop(quitting=quitting)
            self._steering_off()
            self.status.setText(self.stopping_text())

    def _steering_off(self) -> None:
        """Pause and Stop can do nothing more: the run is stopping, or saving its model. The keyboard's focus, on
        one of them, goes to Start once the run has ended."""
        self._steering_had_focus = self._steering_had_focus or self._steering_has_focus()
        self.stop_button.setEnabled(False)
        self.pause_button.setEnabled(False)

    def _steering_has_focus(self) -> bool:
        # (Continue too: it hides as its run starts, and the focus went to the main tab bar: walk 128)
        return QApplication.focusWidget() in (self.start_button, self.pause_button, self.stop_button,
                                              self.continue_button)

    def stopping_text(self) -> str:
        """What the status says once Stop is pressed: the epoch in progress is dropped, unless its batches are all
        done ("an unfinished epoch is dropped" read as losing the one being validated, which is kept)."""
        shown = self._latest or self._shown  # what the bar says, or is about to
        if shown is not None and shown.kind == "batch" and shown.validating:
            return translate("train", "Stopping after this epoch's validation (the epoch is kept)…")
        return translate("train", "Stopping… (an unfinished epoch is dropped; the best finished epoch is kept)")


__all__ = ["RunSteeringMixin"]
