"""Replay: the curves of the run shown drawn again, slowly, as they grew. On a small dataset a run is over in three
seconds, before a class has seen anything or a teacher could press Pause (walks 137, 141); replayed, its batches
and epochs come in over some seconds a teacher can talk over, Pause holds them where they are (walk 144: a teacher
could not stop on an epoch to talk about it), and Stop replay puts the whole curves back."""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPushButton

from guiapp.qt.i18n import translate
from guiapp.qt.look import icon

SECONDS_PER_EPOCH = 2.0  # slow enough to say what each epoch did (1.2 s was faster than a 3-epoch run: walk 144)
LEAST_SECONDS, MOST_SECONDS = 10.0, 40.0  # a 3-epoch run still grows visibly; a 300-epoch one does not take minutes
TICK_MS = 40  # about 25 frames a second


def replay_seconds(epochs: int) -> float:
    return min(MOST_SECONDS, max(LEAST_SECONDS, SECONDS_PER_EPOCH * epochs))


def best_so_far(history: dict[str, list[float]], epochs: int) -> int | None:
    """The best epoch among the first ``epochs``, as the run chose it: the lowest validation loss, else the lowest
    loss (the line moved as it did in the live run)."""
    losses = history.get("val_loss") or history.get("loss") or []
    shown = [value if math.isfinite(value) else math.inf for value in losses[:epochs]]
    return int(np.argmin(shown)) + 1 if shown else None


class CurvesReplay:
    """Feeds ``plots`` (a :class:`~guiapp.qt.train.plots.TrainingPlots`) its own curves again over ``seconds``."""

    def __init__(self, plots, on_end, on_epoch=None) -> None:
        """``on_end(restored)``: told as it ends, the run's curves put back or (False) left to another;
        ``on_epoch(shown, epochs)``: told as each epoch is drawn."""
        self.plots, self.on_end, self.on_epoch = plots, on_end, on_epoch
        self.history = {key: list(values) for key, values in plots.history.items()}
        self.best_epoch = plots.best_epoch
        self.batches = plots.batch_trace().copy()
        self.epochs = len(self.history.get("loss") or self.history.get("val_loss") or [])
        self.last_step = float(self.batches[-1, 0]) if len(self.batches) else float(self.epochs)
        self.seconds = replay_seconds(self.epochs)
        self.shown_batches, self.shown_epochs = 0, 0
        self.paused_at: float | None = None
        self.timer = QTimer(plots)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.plots.reset(validation=bool(self.history.get("val_loss") or self.history.get("val_accuracy")))
        self.plots.set_run_length(max(1, math.ceil(self.last_step)), max(1, self.epochs))
        self.started = time.monotonic()
        self.timer.start()

    def toggle_pause(self) -> bool:
        """Hold the curves where they are, or go on from there; True when now paused."""
        if self.paused_at is None:
            self.timer.stop()
            self.paused_at = time.monotonic()
        else:
            self.started += time.monotonic() - self.paused_at  # the time held is not the replay's
            self.paused_at = None
            self.timer.start()
        return self.paused_at is not None

    def _fed(self) -> bool:
        """Whether the plots hold what the replay gave them: a run started or shown meanwhile replaced it."""
        shown = self.plots.history.get("loss") or self.plots.history.get("val_loss") or []
        return len(self.plots.batch_trace()) == self.shown_batches and len(shown) == self.shown_epochs

    def _tick(self) -> None:
        if not self._fed():  # the plots are another run's now: left to it
            self.abandon()
            return
        done = min(1.0, (time.monotonic() - self.started) / self.seconds)
        step = done * self.last_step
        while self.shown_batches < len(self.batches) and self.batches[self.shown_batches, 0] <= step:
            self.plots.add_batch(float(self.batches[self.shown_batches, 0]), float(self.batches[self.shown_batches, 1]))
            self.shown_batches += 1
        epochs = min(self.epochs, int(math.floor(done * self.epochs + 1e-9)))
        while self.shown_epochs < epochs:
            self.shown_epochs += 1
            metrics = {key: values[self.shown_epochs - 1] for key, values in self.history.items()
                       if len(values) >= self.shown_epochs}
            self.plots.add_epoch(metrics, best_so_far(self.history, self.shown_epochs))
            if self.on_epoch is not None:
                self.on_epoch(self.shown_epochs, self.epochs)
        self.plots.refresh()
        if done >= 1.0:
            self.stop()

    def abandon(self) -> None:
        """Stop feeding the plots, leaving them as they are (a run starting has emptied them for its own curves)."""
        self.timer.stop()
        self.on_end(False)

    def stop(self) -> None:
        """The whole curves back, as they were before the replay."""
        self.timer.stop()
        self.plots.set_batches(self.batches.tolist())
        self.plots.set_history(self.history, self.best_epoch)
        self.plots.fit_x_to_data()
        self.plots.refresh()
        self.on_end(True)


class ReplayButton(QPushButton):
    """Replay (▶) the curves shown slowly, or stop the replay. ``plots``: a callable giving the Train area's
    plots; ``show_curves``: brings the Curves tab to the front; ``bar``: the progress bar, which counts the epochs
    replayed and then says again how the run ended (it kept the run's end throughout: walk 144)."""

    replayingChanged = Signal(bool)  # a replay started (True) or ended: the Train area's Pause pauses it meanwhile

    def __init__(self, plots, show_curves, bar=None, parent=None) -> None:
        super().__init__(icon("start"), translate("train", "Replay"), parent)
        self._plots, self._show_curves, self._bar = plots, show_curves, bar
        self._bar_before: tuple[str, int] | None = None
        # what it needs, said: greyed after a run stopped in its second epoch, it looked broken (walk 160)
        self.setToolTip(translate("train", "Draw the curves shown again, slowly, as they grew: for a class, when a "
                                           "run was over too fast to watch (a run of two epochs or more)"))
        self.clicked.connect(self.toggle)
        self.replay: CurvesReplay | None = None
        # as wide as its wider text: Replay → Stop replay shifted the bar beside it
        self.setMinimumWidth(self.sizeHint().width() + max(0, self.fontMetrics().horizontalAdvance(
            translate("train", "Stop replay")) - self.fontMetrics().horizontalAdvance(translate("train", "Replay"))))

    def can_replay(self) -> bool:
        """Two epochs or more shown, and no other run's dashed over them (a replay draws one run)."""
        plots = self._plots()
        return (plots is not None and not plots.overlay_curves
                and len(plots.history.get("loss") or plots.history.get("val_loss") or []) >= 2)

    def toggle(self) -> None:
        if self.replay is not None:
            self.stop()
            return
        if not self.can_replay():
            return
        self._show_curves()
        self.replay = CurvesReplay(self._plots(), self._ended, self._show_epoch)
        if self._bar is not None:
            self._bar_before = (self._bar.format(), self._bar.value())
            self._show_epoch(0, self.replay.epochs)
        self.setText(translate("train", "Stop replay"))
        self.setIcon(icon("stop"))
        self.replay.start()
        self.replayingChanged.emit(True)

    def toggle_pause(self) -> bool:
        """Pause the replay in progress, or resume it; True when now paused."""
        if self.replay is None:
            return False
        paused = self.replay.toggle_pause()
        self._show_epoch(self.replay.shown_epochs, self.replay.epochs)
        return paused

    def stop(self) -> None:
        """Stop a replay in progress, the whole curves back."""
        if self.replay is not None:
            self.replay.stop()

    def abandon(self) -> None:
        """Stop a replay in progress, leaving the plots to a run that starts: put back, the replayed run's curves
        stayed under the new run's, whose epochs came after them (walk 144)."""
        if self.replay is not None:
            self.replay.abandon()

    def _show_epoch(self, shown: int, epochs: int) -> None:
        """``shown``: the epochs drawn whole so far; the bar names the one being drawn, counted from 1 as the
        charts count them ("epoch 0 of 2" at the start: walk 153)."""
        if self._bar is not None:
            paused = self.replay is not None and self.replay.paused_at is not None
            # paused, the epochs drawn whole: "paused at epoch 3 of 3" beside two epochs drawn read as one lost
            # (walk 166)
            self._bar.setFormat(translate("train", "replay paused: {0} of {1} epochs drawn").format(shown, epochs)
                                if paused else translate("train", "replaying: epoch {0} of {1}").format(
                                    min(shown + 1, epochs), epochs))
            self._bar.setValue(round(self._bar.maximum() * shown / max(1, epochs)))

    def _ended(self, restored: bool) -> None:
        self.replay = None
        self.setText(translate("train", "Replay"))
        self.setIcon(icon("start"))
        if restored and self._bar is not None and self._bar_before is not None:  # (else another run's now)
            self._bar.setFormat(self._bar_before[0])
            self._bar.setValue(self._bar_before[1])
        self._bar_before = None
        self.replayingChanged.emit(False)


__all__ = ["CurvesReplay", "ReplayButton", "best_so_far", "replay_seconds"]
