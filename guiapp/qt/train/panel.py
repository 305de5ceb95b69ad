"""The Train area: settings on the left; Start / Pause / Stop, a progress bar over the whole run and live curves on
the right, with the run history, the evaluation views, filters and feature maps, and personalisation as tabs.

Training runs in the training process, steered by a :class:`~guiapp.qt.train.worker.TrainingRun`.
Its events arrive queued; the panel only keeps the latest values and a 5 Hz timer redraws the plots and the
status line, so the GUI thread does a bounded amount of work however fast batches come. One run at a time:
Start is disabled while one runs.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QPushButton, QScrollArea, QSplitter, QStyle,
    QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from guiapp.core.training.config import TrainingResult
from guiapp.core.training.devices import detect_devices
from guiapp.core.training.process import shared_process
from guiapp.core.training.runs import RunStore
from guiapp.qt.a11y import follow_focus
from guiapp.qt.tasks import TaskRunner, call
from guiapp.qt.train.worker import TrainingRun
from guiapp.qt.train.run_results import NO_RUN_YET, READY, RunResultsMixin
from guiapp.qt.train.replay import ReplayButton
from guiapp.qt.train.shown_runs import ShownRunsMixin
from guiapp.qt.train.run_progress import RunProgressMixin
from guiapp.qt.train.run_start import RunStartMixin
from guiapp.qt.train.run_steering import RunSteeringMixin
from guiapp.qt.train.evaluation import EvaluationView
from guiapp.qt.train.feature_maps import FeatureMapsView
from guiapp.qt.train.scrubber import EpochScrubber
from guiapp.qt.train.runs import RunsView
from guiapp.qt.train.personalize import PersonalizeView
from guiapp.qt.train.settings import TrainingSettings
from guiapp.qt.lazy import LazyWidget
from guiapp.qt.progress import ElidingProgressBar
from guiapp.qt.scrolling_label import ScrollingLabel
from guiapp.qt.look import icon
from guiapp.qt.wrapped_label import WrappedLabel
from guiapp.qt.i18n import key_names, translate
from guiapp.qt.recognize.model_picker import run_title

log = logging.getLogger(__name__)
# Plots, progress bar and status line, all in one tick, so each tick is one repaint of the window. Every repaint
# takes CPU from training on a 2-core machine; 5 per second still reads as live.
REDRAW_HZ = 5


def _make_plots(caption, subject):
    from guiapp.qt.train.plots import TrainingPlots

    return TrainingPlots(caption=caption, subject=subject)




class _Views(QTabWidget):
    """The Train area's views, asking for no more height than their least: the result line below them asks for
    all its lines and gets them where the window has room (a tall window gives the views the rest); a short one
    squeezes it to three lines that scroll. Asking for more, or for a height at their width, the views kept the
    room, and the line's warnings were cut off at 1024×640 (a walk)."""

    def sizeHint(self) -> QSize:  # noqa: N802 — Qt's name
        hint = super().sizeHint()
        hint.setHeight(self.minimumSizeHint().height())
        return hint

    def hasHeightForWidth(self) -> bool:  # noqa: N802 — Qt's name
        return False


class TrainPanel(RunStartMixin, RunSteeringMixin, RunProgressMixin, RunResultsMixin, ShownRunsMixin, QWidget):
    useModelRequested = Signal(str)  # path of a saved model to recognize with
    trainingFinished = Signal(object)  # TrainingResult (after the panel has shown it)
    trainingFailed = Signal(str)  # the run could not start or broke off: the message (after the panel showed it)
    runningChanged = Signal(bool)  # a run (in its own process, with its own TensorFlow) started or ended
    progressed = Signal(object)  # a running run's TrainingEvent (batch and epoch ones too), after the panel showed it

    def __init__(self, parent=None, store: RunStore | None = None) -> None:
        super().__init__(parent)
        self.store = store or RunStore()
        self.training: TrainingRun | None = None
        self.outcome: TrainingResult | None = None
        self.current_model: str | None = None
        self._latest = None  # the newest TrainingEvent not yet shown
        self._shown = None  # the one the bar shows
        self.helpers = TaskRunner(self, name="guiapp-train-helpers")  # preset descriptions, device detection
        self.data_helpers = TaskRunner(self, name="guiapp-train-data")  # the chosen data's figures (no TensorFlow)
        self._length_known = False
        self._best_epoch: int | None = None  # of the run in progress: whether closing now keeps a model
        self._reported_paused = False  # the training process said it has paused (and not yet that it resumed)
        self._close_when_ended = None  # the window's close, deferred until the run stopped for it has ended
        self.redraw_timer = QTimer(self)
        self.redraw_timer.setInterval(1000 // REDRAW_HZ)
        self.redraw_timer.timeout.connect(self._redraw)
        self._build()
        self._asked_tensorflow = False
        self._offered_newest_run = False

    def showEvent(self, event) -> None:  # noqa: N802 — Qt's name
        """The first time the Train area is shown, ask TensorFlow for devices and describe the preset (both need
        TF, which must not compete with the window's start-up), and start the training process, so that by the
        time Start is pressed it has TensorFlow loaded."""
        super().showEvent(event)
        if not self._offered_newest_run:
            self._offered_newest_run = True
            self._show_newest_run()
        if not self._asked_tensorflow:
            self._asked_tensorflow = True
            # After the tab has been drawn: TensorFlow's import in a helper thread holds the interpreter for
            # seconds, and the first click on Train seemed to do nothing for 2–6 s (a walk of the packaged app)
            QTimer.singleShot(50, self, self._start_helpers)  # (not after the panel is gone)

    def _start_helpers(self) -> None:
        """What needs TensorFlow or the training process, started once the Train tab is first shown."""
        shared_process()
        self.settings.describe_with = self._call
        # The data's own figures (can it train at all?) need no TensorFlow: known while it loads, so Start is
        # refused before a run that cannot train (it was offered on 2 drawings a class, and failed: a walk)
        self.settings.describe_data_with = lambda function, done, failed: self.data_helpers.submit(
            "", call(function), done, failed)
        self.settings.describe()
        self._call(detect_devices, self.settings.set_devices, lambda error: self.settings.set_devices(None, error))

    # -- layout -------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.settings = TrainingSettings()
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("train", "Training settings"))
        # Off the Tab path: every setting in it takes focus (and scrolls into view), and the area itself showed no
        # focus when Tab stopped on it (a fresh-eyes walk's "Tab stop with no visible focus").
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.settings)
        follow_focus(scroll)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As narrow as the settings allow, plus room for the vertical scroll bar: the area must fit a 1024-wide
        # screen beside the plots.
        scroll.setMinimumWidth(self.settings.minimumSizeHint().width()
                               + scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 4)
        right = QWidget()
        column = QVBoxLayout(right)
        controls = QHBoxLayout()
        self.start_button = QPushButton(icon("start"), translate("train", "Start"))
        # A key of its own: Start was some 18 Tabs away through every setting (a walk, keyboard only). A button's
        # shortcut acts while the button is shown: on the Train tab only.
        self.start_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.start_button.setToolTip(translate("train", "Train a new model with these settings") + " ("
                                     + key_names("Ctrl+Return") + ")")
        self.pause_button = QPushButton(icon("pause"), translate("train", "Pause"))
        self.stop_button = QPushButton(icon("stop"), translate("train", "Stop"))
        # Obeyed after the batch in progress when the request reaches the training process, which on a busy machine
        # is a few batches after the one the bar shows: the tooltip promises no exact batch.
        self.stop_button.setToolTip(translate("train", "Stop within moments (a few more batches may run); an unfinished "
                                              "epoch is dropped, the best finished epoch is kept"))
        # The last run's warnings are about its data: under another choice they read as this one's.
        self._result_without_warnings: str | None = None
        self._result_warnings: list[str] = []  # shown under it (see _show_result_text)
        self._run_warnings: list[str] = []  # the running run's, under its progress line
        self.settings.choiceChanged.connect(self._drop_run_warnings)
        self.settings.choiceChanged.connect(self._forget_refusal)
        self.settings.readinessChanged.connect(self._show_readiness)
        self.start_button.clicked.connect(lambda: self.start())
        self.pause_button.clicked.connect(self.toggle_pause)
        # As wide as its wider text from the start: Pause → Resume widened it and shifted Stop and the bar.
        self.pause_button.setMinimumWidth(self.pause_button.sizeHint().width() + max(
            0, self.pause_button.fontMetrics().horizontalAdvance(translate("train", "Resume"))
            - self.pause_button.fontMetrics().horizontalAdvance(translate("train", "Pause"))))
        self.stop_button.clicked.connect(lambda: self.stop())
        self.progress = ElidingProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setValue(0)
        self.progress.setFormat(translate("train", NO_RUN_YET))  # not a blank box
        # The settings column folded away, for the curves and the matrix: at 1024×640 a projector's matrix was some
        # 280 px, its labels every third class (walk 132). A button, not the divider: dragged shut, the column was a
        # 3 px handle nobody found again.
        self.settings_scroll = scroll
        self.settings_toggle = QToolButton()
        self.settings_toggle.setCheckable(True)  # checked: the settings are folded away
        self.settings_toggle.setAutoRaise(True)
        self.settings_toggle.toggled.connect(self.fold_settings)
        controls.addWidget(self.settings_toggle)
        self._name_settings_toggle(False)  # (not fold_settings: shown before it has a parent, the column was a window)
        self.replay_button = ReplayButton(lambda: self.plots if self.curves_tab.is_built() else None,
                                          lambda: self.tabs.setCurrentWidget(self.curves_tab), self.progress)
        self.replay_button.replayingChanged.connect(self.follow_replay)
        for widget in (self.start_button, self.pause_button, self.stop_button, self.replay_button):
            controls.addWidget(widget)
        controls.addWidget(self.progress, 1)
        column.addLayout(controls)
        self.status = WrappedLabel(translate("train", READY), keep_lines=2)  # the tabs below no longer jump
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # one line, under Start
        self._refusal = ""  # what the status says about a Start refused, until the choice changes
        self._steering_had_focus = False  # Pause or Stop had the keyboard's focus as they were greyed out
        self._failure = ""  # what the result line says about a run that could not run, until the data changes
        self._shown_before_start = None  # see start()
        self._test_of_run: str | None = None  # the model whose end-of-run evaluation the result line awaits
        self._saved_note = ""  # the result line's "took …, saved in the runs folder", left out of the curves' caption
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Wrapped: a run's warning (the smallest class has only 6 samples: …) is 200 characters on one line, and an
        # unwrapped label widened the window to 1,480 px.
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        self.tabs = _Views()
        self.curves_tab = LazyWidget(lambda: _make_plots(self.curves_caption, self.curves_model),
                                     QSize(3 * 180 + 12, 150))
        self.runs_view = RunsView(self.store)
        self.evaluation = EvaluationView()
        self.feature_maps = FeatureMapsView()
        self.personalize = PersonalizeView()
        self.scrubber = EpochScrubber()
        for widget, title in ((self.curves_tab, translate("train", "Curves")), (self.runs_view, translate("train", "Runs")),
                              (self.evaluation, translate("train", "Evaluation")),
                              (self.feature_maps, translate("train", "Filters && feature maps")),
                              (self.scrubber, translate("train", "How it learned")),
                              (self.personalize, translate("train", "Personalize"))):
            self.tabs.addTab(widget, title)
        column.addWidget(self.tabs, 1)
        results = QHBoxLayout()
        # A result and its warnings: squeezed, two lines that scroll (as tall as the buttons beside them, so the window
        # does not grow for them).
        self.result_box = ScrollingLabel(min_lines=2, keep_lines=5)
        self.result_label = self.result_box.label
        self.result_label.setToolTip(translate("train", "Validation accuracy: on the samples that chose the best epoch "
                                               "(Runs lists it). Test accuracy: on held-out samples the run never "
                                               "saw, measured by Evaluation: the figure to trust."))
        self.save_button = QPushButton(icon("save"), translate("train", "Save as…"))
        self.save_button.setToolTip(translate("train", "Write the model (best epoch) as .h5 with labels, preprocessing and history"))
        self.use_button = QPushButton(icon("use"), translate("train", "Use for recognition"))
        self.save_button.clicked.connect(lambda: self.save_as())
        self.use_button.clicked.connect(self.use_for_recognition)
        self.continue_button = QPushButton(icon("start"), "")  # after a stop with epochs left (see run_results)
        self.continue_button.clicked.connect(lambda: self.continue_run())
        self.evaluation.evaluated.connect(self.note_test_accuracy)
        self.continue_button.hide()
        results.addWidget(self.result_box, 1)
        for button in (self.continue_button, self.save_button, self.use_button):
            # At the row's foot, which stays put when the test accuracy joins the line beside them (a click missed)
            results.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(results)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)  # dragged shut, a side was a 3 px handle (walk 132)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([scroll.minimumWidth(), 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.runs_view.showRequested.connect(self.show_run)
        self.runs_view.overlayRequested.connect(self.overlay_runs)
        self.runs_view.rerunRequested.connect(self.rerun)
        self.runs_view.continueRequested.connect(self.continue_run)
        self.runs_view.useRequested.connect(self._use_run)
        self.runs_view.runsDeleted.connect(self.runs_deleted)
        self.runs_view.runsRestored.connect(self.runs_restored)
        # the line above the tabs names the run shown by its new name (it kept the old one: a walk)
        self.runs_view.runRenamed.connect(lambda run, before: self.status.setText(self.status.text().replace(
            before, run_title(run))) if self.shown_run is not None and self.shown_run.id == run.id else None)
        self.runs_view.runRenamed.connect(lambda _run, _before: self.evaluation.rename_models())
        self.personalize.personalizeRequested.connect(self.start_personalization)
        self._set_running(False)

    @property
    def plots(self):
        """The live curves (built when the Curves tab is first shown or a run sends points)."""
        return self.curves_tab.widget()

    def fold_settings(self, folded: bool) -> None:
        """Fold the settings column away (more room for what is on the right), or bring it back."""
        focus = QApplication.focusWidget()
        if folded and focus is not None and self.settings_scroll.isAncestorOf(focus):
            self.settings_toggle.setFocus(Qt.FocusReason.OtherFocusReason)  # not left in a hidden setting
        self.settings_scroll.setVisible(not folded)
        if self.settings_toggle.isChecked() != folded:
            self.settings_toggle.setChecked(folded)
        self._name_settings_toggle(folded)

    def _name_settings_toggle(self, folded: bool) -> None:
        self.settings_toggle.setText("▶" if folded else "◀")
        tip = (translate("train", "Show the settings again") if folded else
               translate("train", "Fold the settings away: more room for the curves and the matrix"))
        self.settings_toggle.setToolTip(tip)
        self.settings_toggle.setAccessibleName(tip)

    # -- the integration contract ----------------------------------------------------------------------------------
    def is_training(self) -> bool:
        return self.training is not None and self.training.is_running()

    def set_current_model(self, path: str | None) -> None:
        self.current_model = str(path) if path else None
        self.runs_view.model_in_use = self.current_model
        self.evaluation.choose_model_in_use(self.current_model)
        self.feature_maps.set_model(self.current_model)
        self.personalize.set_base_model(self.current_model)

    def set_current_drawing(self, drawing, pen_width: float | None = None) -> None:
        self.feature_maps.set_drawing(drawing, pen_width)
        self.scrubber.set_drawing(drawing, pen_width)

    # -- running (starting one: run_start) -------------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        self.runningChanged.emit(running)
        self.scrubber.set_run_in_progress(running)
        self.feature_maps.set_run_in_progress(running)
        if not running:
            self.settings.other_run_ended()
        focus = QApplication.focusWidget()
        # Ctrl+Return from a setting: the settings are greyed out as the run starts, and the focus went nowhere
        steering = (self._steering_has_focus() or self._steering_had_focus
                    or (running and focus is not None and self.settings.isAncestorOf(focus)))
        self.pause_button.setEnabled(running)
        if not running:  # Pause pressed as the run was saving its model: "Resume" stayed on it (walk 150)
            self._name_pause_button(False)
        self.stop_button.setEnabled(running)
        self.start_button.setEnabled(not running)
        if steering:  # a disabled button passed the keyboard's focus to the tab bar, or to nothing (a walk)
            # as a shortcut moves it: the window then draws its focus ring (a Tab reason does so only in a Tab). At
            # the end, to the result's tabs, not Start: a Space meant for Pause as the run ended started another
            # run (a keyboard walk); Ctrl+Return starts one.
            (self.pause_button if running else self.tabs.tabBar()).setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._steering_had_focus = False
        self.settings.setEnabled(not running)
        self.personalize.set_busy(running)
        self.runs_view.active_id = self.runs_view.active_id if running else None
        self.runs_view.active_paused = False  # a run starts, or ends, going on
        self.runs_view.set_busy(running)
        self._show_pause_state(status=False)
        self._refresh_result_row(running)
        if not running:
            self.redraw_timer.stop()
            self._redraw()

    # -- background helpers -----------------------------------------------------------------------------------
    def _call(self, function, on_done, on_failed=None) -> None:
        """Run ``function()`` (which needs TensorFlow) off the GUI thread; ``on_done(result)`` or
        ``on_failed(message)`` in the GUI thread."""
        self.helpers.submit("", call(function, tensorflow=True), on_done, on_failed)


__all__ = ["TrainPanel"]
