"""Starting a run in the Train area: from the settings, again with a run's settings (Rerun), or as a Continue or a
personalisation's request; one at a time. A mixin of :class:`~guiapp.qt.train.panel.TrainPanel`, which owns the
widgets, the store and the run (see its ``_set_running``)."""

from __future__ import annotations

from guiapp.core.training.config import TrainConfig
from guiapp.core.training.request import TrainingRequest
from guiapp.core.training.runs import PERSONAL_SUFFIX, Run
from guiapp.qt.i18n import localise, translate
from guiapp.qt.recognize.model_picker import run_dataset
from guiapp.qt.train.worker import TrainingRun


class RunStartMixin:
    def start(self, request: TrainingRequest | None = None) -> bool:
        """Start a run (from the settings unless ``request`` is given). False (and a message) if one is running."""
        if self._refused_while_training():
            return False
        from_settings = request is None
        if request is None:
            request = TrainingRequest(self.settings.config(), self.settings.dataset_name(),
                                      self.settings.samples_per_class())
        try:
            request.config.validate()
        except Exception as exc:  # noqa: BLE001 — TrainingError: say it, start nothing
            self._refuse(localise(exc))
            return False
        if from_settings and self.settings.cannot_train:
            # Known before Start (the settings say it in red): started, the run failed, and "failed" stayed on
            # the bar under the next dataset chosen (a walk on an empty dataset).
            self._refuse(translate("train", "Not started: {0}").format(localise(self.settings.cannot_train)))
            return False
        # the run whose curves were shown, to show again if this one fails before its run began (a read-only data
        # folder cleared them: walk 121)
        self._shown_before_start = self.result_run()
        self.outcome, self._latest, self._best_epoch, self._reported_paused = None, None, None, False
        self._shown, self._bar_before_refusal = None, None
        self._run_warnings = []
        self.shown_run = None  # the curves are the new run's
        self.replay_button.abandon()  # (put back, a replayed run's curves stayed under the new run's: walk 144)
        self.plots.reset(validation=request.config.validation_split > 0)
        self.plots.set_overlay(None)
        if request.earlier is not None:  # Continue: the curves carry on from the stopped run's epochs
            self.plots.set_batches(request.earlier.batches)
            self.plots.set_history(request.earlier.history, request.earlier.best_epoch)
        self._length_known = False
        self.tabs.setCurrentWidget(self.curves_tab)
        self.settings.show_other_run(None if from_settings else run_dataset(request.dataset), request.config,
                                     request.base_path, request.earlier.count if request.earlier is not None else 0)
        self.training = TrainingRun(request, self.store, self)
        self.training.event.connect(self._on_event)
        self.training.preparing.connect(self._on_preparing)
        self.training.runStarted.connect(self._on_run_started)
        self.training.outcome.connect(self._on_outcome)
        self.training.failed.connect(self._on_failed)
        self.training.ended.connect(self._on_ended)
        self.progress.setValue(0)
        self._show_preparing(run_dataset(request.dataset))
        self.result_label.setText("")
        self._set_running(True)
        self.training.start()
        self.redraw_timer.start()
        return True

    def _refused_while_training(self) -> bool:
        """One run at a time: True (and said) while one is in progress."""
        if self.is_training():
            self.status.setText(translate("train", "A run is already in progress: stop it before starting another."))
        return self.is_training()

    def rerun(self, run: Run) -> None:
        if self._refused_while_training():  # before the form takes the run's settings (the next Start used them)
            return
        from guiapp.core.datasets import catalogue

        self.settings.set_config(TrainConfig.from_dict(run.config))
        self.settings.set_dataset(catalogue.follow(run.dataset), run.samples_per_class)  # renamed since: its name now
        self.start()

    def start_personalization(self, request, config: TrainConfig, base_path: str) -> bool:
        return self.start(TrainingRequest(config, f"{request.personal}{PERSONAL_SUFFIX}", None, base_path=base_path,
                                          personalize=request))


__all__ = ["RunStartMixin"]
