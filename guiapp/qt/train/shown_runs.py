"""The runs the Train area shows from the Runs list: one run's curves, result line and models (Show, the newest
after a restart), two overlaid, and what goes or comes back with a deleted or restored run. A mixin of
:class:`~guiapp.qt.train.panel.TrainPanel` (its plots, status and result lines and the other tabs)."""

from __future__ import annotations

from pathlib import Path

from guiapp.core.datasets import catalogue
from guiapp.core.training.runs import PERSONAL_SUFFIX, Run, RunError, accuracy_at_best
from guiapp.qt.i18n import date_time, fmt, localise, translate
from guiapp.qt.recognize.model_picker import run_title
from guiapp.qt.theme import set_tone
from guiapp.qt.train.evaluation_text import few_samples_note
from guiapp.qt.train.run_results import (earlier_best_note, epochs_done_of, mixed_in, trained_on_note,
                                         validated_on_note, validation_samples)
from guiapp.qt.train.runs import STATUSES
from guiapp.qt.train.training_fields import settings_line, settings_parts


class ShownRunsMixin:
    def _show_newest_run(self) -> None:
        """Opened after a restart, the Train area shows the newest run (its curves, how it ended, Save, Use, and
        Continue when it stopped before its end): it read "no run yet" beside a list of runs, and a run stopped
        when the window closed could be continued only from the Runs list's right-click menu (two walks). Not one
        another process trains right now (its curves are not on disk yet)."""
        from guiapp.core.training.runs import trains_elsewhere
        from guiapp.core.training.session import epochs_left

        if self.outcome is not None or self.shown_run is not None or self.is_training() or not self.runs_view.runs:
            return
        newest = self.runs_view.runs[0]  # the Runs list's order: newest first
        if (newest.epochs_done or epochs_left(newest)) and not trains_elsewhere(newest):
            self.show_run(newest)

    def show_run(self, run: Run) -> None:
        if self.is_training():
            # The run in progress's row: its live curves. Another run's curves would take the live points (see
            # RunsView.set_busy, which greys Show for them).
            if self.runs_view.active_id == run.id:
                self.tabs.setCurrentWidget(self.curves_tab)
            return
        try:
            curves = run.load_curves()
        except RunError as exc:
            self.status.setText(localise(exc))
            return
        self.plots.set_overlay(None)
        self.plots.set_batches(curves.batches)
        self.plots.set_history(curves.history, run.best_epoch)
        self.plots.refresh()
        ended = localise(run.message) if run.message else translate("train", STATUSES.get(run.status, run.status))
        # and how it learnt: the settings beside it are the next run's, and read as this one's (walk 111)
        self.status.setText(translate("train", "Run {0}: {1}").format(run_title(run), ended) + "\n"
                            + settings_line(run.config))
        self._show_ended(ended, epochs_done_of(run.epochs_done, int(run.config.get("epochs") or 0), run.status))
        self.shown_run = run
        # The result row follows: the last run's result line (and its Save/Use) said another run than the one shown.
        # It says the shown run's best epoch: emptied, the row jumped and the Runs tab's buttons moved under the
        # pointer between two clicks (a walk).
        accuracy = accuracy_at_best(curves.history, run.best_epoch)
        if run.best_epoch is None:
            line = ""
        elif accuracy is None:
            line = fmt(translate("train", "Shown run: best epoch {0}"), run.best_epoch)
        else:
            line = fmt(translate("train", "Shown run: best epoch {0} · validation accuracy {1:.1%}"), run.best_epoch,
                       accuracy) + validated_on_note(accuracy, validation_samples(run))
        if line:
            line += earlier_best_note(run.best_epoch, run.epochs_done)
        if line:
            line += trained_on_note(run.split_sizes or {}, mixed_in(run))
        if line and run.test_accuracy is not None:  # measured at its end: it went when the run was shown (a walk)
            line += fmt(translate("train", " · test accuracy {0:.1%} on {1:,} held-out samples"), *run.test_accuracy)
            line += few_samples_note(*run.test_accuracy)  # as it read at the run's end (walk 105)
        set_tone(self.result_label, None)
        self.result_label.setText(line)
        self._result_without_warnings = None
        self._refresh_result_row()
        # The other tabs follow the run shown: its epochs, its feature maps, its model to evaluate.
        model = run.best_model_file()
        if model is not None:
            self.scrubber.set_run(str(model))
            self.feature_maps.set_model(str(model))
            self.evaluation.add_model_choice(translate("train", "shown run"), str(model), catalogue.follow(run.dataset))
            # A personalization's before/after, as at its end: after a restart the page said nothing of it (walk 108)
            personal = {key: value for key, value in run.extra.items() if key.startswith(("before_", "after_"))}
            if run.dataset.endswith(PERSONAL_SUFFIX) and personal and not self.personalize.waiting:
                self.personalize.show_result(personal, run.fine_tuned_from, str(model))
        self.tabs.setCurrentWidget(self.curves_tab)

    def overlay_runs(self, shown: Run, overlaid: Run) -> None:
        if self.is_training():
            self.status.setText(translate("train", "Overlaying runs is available when no run is in progress."))
            return
        current = self.result_run()
        if current is not None and current.id == overlaid.id:
            # The run on screen stays the one shown, solid, with its batches, its result line and Use: the overlay
            # made the older run the shown one, and Use then named the weaker model (walk 131)
            shown, overlaid = overlaid, shown
        self.show_run(shown)
        try:
            curves = overlaid.load_curves()
            history = curves.history
            # Named short in the legend: the name given, else its preset and time ("dashed: 04:53:28" left a class
            # comparing a CNN with an MLP to read the status line: a walk)
            self.plots.set_overlay(history, overlaid.name or "{0} · {1}".format(
                overlaid.config.get("preset", "?"), date_time(overlaid.created, seconds=True, date=False)),
                curves.batches)
        except RunError as exc:
            self.status.setText(localise(exc))
            return
        # Which is which, in full: the legend names the dashed run short.
        text = translate("train", "Solid: {0} · dashed: {1}").format(run_title(shown), run_title(overlaid))
        # and where they learnt differently: cosine against constant was nowhere to be seen (walk 111)
        differ = [(a, b) for a, b in zip(settings_parts(shown.config), settings_parts(overlaid.config)) if a != b]
        if differ:
            text += "\n" + translate("train", "{0} (solid) against {1} (dashed)").format(
                " · ".join(a for a, _ in differ), " · ".join(b for _, b in differ))
        if history == self.plots.history:  # a Rerun on the CPU: the dashed curves lay unseen under the solid ones
            text += translate("train", " · the same curves: the dashed lie under the solid")
        # and the dashed run's figures, as the result line gives the solid one's: they were nowhere (walk 150)
        accuracy = accuracy_at_best(history, overlaid.best_epoch)
        if overlaid.best_epoch is not None and accuracy is not None:
            text += "\n" + fmt(translate("train", "Dashed run: best epoch {0} · validation accuracy {1:.1%}"),
                               overlaid.best_epoch, accuracy)
            if overlaid.test_accuracy is not None:
                text += fmt(translate("train", " · test accuracy {0:.1%} on {1:,} held-out samples"),
                            *overlaid.test_accuracy)
        self.status.setText(text)
        self.replay_button.setEnabled(self.replay_button.can_replay())  # (one run's curves at a time)

    def runs_deleted(self, ids: list[str]) -> None:
        """The curves, result and Save/Use of a run just deleted go with it: they still showed it, and Save and Use
        failed on its missing model (a fresh-eyes walk)."""
        self._forget_models_of(ids)
        finished = self.outcome.run.id if self.outcome is not None and self.outcome.run is not None else None
        shown = self.shown_run.id if self.shown_run is not None else None
        if self.is_training() or (shown not in ids and finished not in ids):
            return
        if finished in ids:
            self.outcome = None
            self.result_label.clear()
            self._set_running(False)  # Save and Use follow the outcome
        self._deleted_shown = shown or finished  # shown again if Ctrl+Z brings it back
        self.shown_run = None
        self._refresh_result_row()
        self.plots.reset()
        self.plots.set_overlay(None)
        self.progress.setValue(0)
        self.progress.setFormat(translate("train", "no run shown"))
        self.status.setText(translate("train", "The run shown was deleted."))

    _deleted_shown: str | None = None  # the run shown when it was deleted

    def runs_restored(self, ids: list[str]) -> None:
        """Ctrl+Z brought back the run that was shown when it was deleted: shown again ("The run shown was
        deleted." and empty curves stayed beside it in the list, a walk)."""
        if self._deleted_shown not in ids or self.is_training():
            return
        try:
            run = self.store.load(self._deleted_shown)
        except (RunError, OSError):
            return
        self._deleted_shown = None
        self.show_run(run)

    def _forget_models_of(self, ids: list[str]) -> None:
        """Every tab that points at a model in a deleted run's folder lets go of it: feature maps said "no such
        file", How it learned kept the deleted run's epochs and Evaluation its figures (a fresh-eyes walk)."""
        folders = {str(self.store.root / run_id) for run_id in ids}

        def gone(path) -> bool:
            return bool(path) and str(Path(path).parent) in folders

        if gone(self.scrubber.model_path):
            self.scrubber.set_run(None, deleted=True)
        if gone(self.feature_maps.model_path):
            self.feature_maps.set_model(self.current_model if not gone(self.current_model) else None)
        self.evaluation.forget_models(gone)


__all__ = ["ShownRunsMixin"]
