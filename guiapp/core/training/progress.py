"""The Keras callback behind :func:`~guiapp.core.training.engine.train`: progress events (per batch, per epoch,
with an ETA from the steady rate), stop after the current batch, pause between batches, divergence, and the best
epoch's weights. Keras is imported lazily, so the callback class is made by :func:`make_progress_callback`."""

from __future__ import annotations

import math
import time

import numpy as np

from guiapp.core.training.config import StopReason, TrainingEvent
from guiapp.core.text import Plural, Text

EVENT_INTERVAL_S = 0.1  # batch events at most this often: converting metrics syncs, and nobody reads faster


# An epoch's tail (validation, the averages settled, a checkpoint) is not known before the first has passed. On
# small data it is longer than the epoch's batches (Teach: 1.4 s after 1.0 s of batches), so an ETA from the batches
# alone promised a third of the time, then rose at the first epoch's end. A run whose first epoch's batches take
# longer than this has a tail small beside them: its ETA is given from the batches alone meanwhile.
UNMEASURED_TAIL_OK_S = 30.0


def as_recorded(value) -> float:
    """A figure Keras reports (a float32) as the decimal it stands for: 377 of 400 validation samples came as
    0.94249999, written "94.2 %" in the run's line beside "94.3 %" for the same epoch counted again in How it
    learned (walk 153)."""
    return float(str(np.float32(value)))


def seconds_per_batch(now: float, epoch_start: float, first_batch_end: float | None, done: int,
                      earlier: float = 0.0) -> float:
    """An epoch's time per batch so far, from the end of its first batch once there is a second: the first holds
    TensorFlow's tracing (seconds, at the first epoch), and counted in, a 2-epoch run of 18 s was first promised
    in 1:04. Until then an ``earlier`` epoch's steady rate, when there was one (each epoch's first batch also
    waits for its data: the ETA jumped up at every epoch's start)."""
    if first_batch_end is not None and done >= 2:
        return max(now - first_batch_end, 1e-9) / (done - 1)
    if earlier > 0:
        return earlier
    return max(now - epoch_start, 1e-9) / max(done, 1)


class EpochCutShort(Exception):
    """Raised by the progress callback to end ``fit`` inside an epoch. Setting ``stop_training`` instead lets Keras
    finish the epoch's bookkeeping: it validates the partial epoch and calls every ``on_epoch_end``, so a stop at
    batch 39 of 125 drew an epoch point, was counted in the run's epochs, kept its weights as an epoch and made
    the stop wait for a whole validation pass."""


def make_progress_callback(config, control, emit, batches, samples_per_batch, checkpoint_fn, should_stop=None, on_start=None,
                   validates: bool = False):
    """The Keras callback that reports progress, obeys stop/pause, catches divergence and keeps the best epoch
    (defined here because keras is imported lazily)."""
    import keras

    class ProgressCallback(keras.callbacks.Callback):
        def __init__(self):
            super().__init__()
            self.best_value = math.inf
            self.best_epoch: int | None = None
            self.best_weights = None
            self.stale = 0
            self.stopped = StopReason.COMPLETED
            self.message = ""
            self.epoch = 0
            self.history: dict[str, list[float]] = {}
            self.resumed_after: int | None = None  # BackupAndRestore brought back this many finished epochs
            # An epoch is its batches and then a tail (validation, checkpoint, events), measured once an epoch
            # has passed: ETAs from the batches alone promised the end too early by every epoch's tail.
            self.last_batch_end: float | None = None
            self.tail_s: float | None = None  # the last epoch's, once one has ended
            self.first_batch_end: float | None = None  # this epoch's (see seconds_per_batch)
            self.per_batch = 0.0
            self.first_epoch = 0  # fit's initial_epoch: a continuation's epochs follow its run's (carry_on)

        def carry_on(self, earlier, monitor: str, weights) -> None:
            """Continue: the history, best epoch and best value so far are the stopped run's, and its best epoch's
            weights (``weights``, where the continuation starts) are kept unless an epoch does better."""
            self.history = {key: list(values) for key, values in earlier.history.items()}
            self.first_epoch = self.epoch = earlier.count
            self.best_value = earlier.best_value(monitor)
            if math.isfinite(self.best_value):
                self.best_epoch, self.best_weights = earlier.best_epoch, weights

        def on_epoch_begin(self, epoch, logs=None):
            beginning = self.epoch == self.first_epoch  # fit's first epoch_begin
            if beginning and on_start is not None:
                on_start(self.model.distribute_strategy, epoch)  # the epoch fit starts from, restored or 0
            if beginning and epoch > self.first_epoch:
                self.resumed_after = epoch
                emit(TrainingEvent("message", epoch, config.epochs,
                                   message=Text("resumed after epoch {0} from the backup of the interrupted run",
                                                epoch)))
            now = time.perf_counter()
            if self.last_batch_end is not None:  # the last epoch's validation, checkpoint and events: its tail
                self.tail_s = now - self.last_batch_end
            self.epoch = epoch + 1
            self.epoch_start = now
            self.first_batch_end = None
            self.last_event = 0.0

        def _stop_requested(self) -> bool:
            if should_stop is not None and should_stop():
                control.stop()
            return control.stop_requested

        def _rate(self) -> float | None:
            try:
                return float(keras.ops.convert_to_numpy(self.model.optimizer.learning_rate))
            except Exception:  # noqa: BLE001 — a schedule object; reporting the rate is best effort
                return None

        def _report_batch_now(self, batch: int, logs: dict) -> None:
            """The batch just ended, reported whatever the reports' pace: the run holds or ends here."""
            loss = logs.get("loss")
            emit(TrainingEvent("batch", self.epoch, config.epochs, batch + 1, batches,
                               loss=float(loss) if loss is not None else None,
                               accuracy=float(logs["accuracy"]) if "accuracy" in logs else None,
                               samples_per_s=samples_per_batch / self.per_batch if self.per_batch else 0.0,
                               eta_s=None, best_epoch=self.best_epoch))

        def on_train_batch_end(self, batch, logs=None):
            logs = logs or {}
            loss = logs.get("loss")
            if loss is not None and not math.isfinite(float(loss)):
                self.stopped = StopReason.DIVERGED
                self.message = Text("training diverged: the loss became {0} in epoch {1}, batch {2}; try a lower "
                                    "learning rate (now {3:g})", float(loss), self.epoch, batch + 1,
                                    config.learning_rate)
                raise EpochCutShort
            if control.paused:
                # The bar as it stands first: throttled, it still said "end of epoch 2/5" while the run paused after
                # batch 1 of epoch 3, and Stop then said "in epoch 3, after batch 1" (walk 111)
                self._report_batch_now(batch, logs)
                emit(TrainingEvent("message", self.epoch, config.epochs, message="paused"))
                pause_start = time.perf_counter()
                control.wait_while_paused()
                paused = time.perf_counter() - pause_start  # paused time is not training time
                self.epoch_start += paused
                if self.first_batch_end is not None:
                    self.first_batch_end += paused
                emit(TrainingEvent("message", self.epoch, config.epochs, message="resumed"))
            # Polled every batch: "after the current batch". After an epoch's last batch the epoch is whole: it is
            # validated and recorded, and on_epoch_end ends the run.
            if batch + 1 < batches and self._stop_requested():
                self._report_batch_now(batch, logs)  # (the bar said "batch 10/57" of a run stopped after 13: walk 153)
                self.stopped = StopReason.CANCELLED
                self.message = Text("stopped by request in epoch {0}, after batch {1}", self.epoch, batch + 1)
                raise EpochCutShort
            now = self.last_batch_end = time.perf_counter()
            if self.first_batch_end is None:
                self.first_batch_end = now
            done = batch + 1
            self.per_batch = seconds_per_batch(now, self.epoch_start, self.first_batch_end, done, self.per_batch)
            if now - self.last_event >= EVENT_INTERVAL_S or batch + 1 == batches:
                self.last_event = now
                remaining = (batches - done) + (config.epochs - self.epoch) * batches
                eta = remaining * self.per_batch + (config.epochs - self.epoch + 1) * (self.tail_s or 0.0)
                if self.tail_s is None and (done < 2 or batches * self.per_batch < UNMEASURED_TAIL_OK_S):
                    eta = None  # not known yet (see UNMEASURED_TAIL_OK_S; one batch is all tracing)
                emit(TrainingEvent(
                    "batch", self.epoch, config.epochs, done, batches,
                    loss=float(loss) if loss is not None else None,
                    accuracy=float(logs["accuracy"]) if "accuracy" in logs else None,
                    samples_per_s=samples_per_batch / self.per_batch, eta_s=eta,
                    best_epoch=self.best_epoch, validating=validates and done == batches,
                ))

        def on_epoch_end(self, epoch, logs=None):
            logs = dict(logs or {})
            rate = self._rate()
            for key in ("loss", "accuracy", "val_loss", "val_accuracy"):
                if key in logs:
                    self.history.setdefault(key, []).append(as_recorded(logs[key]))
            if rate is not None:
                self.history.setdefault("learning_rate", []).append(rate)
            monitored = logs.get("val_loss", logs.get("loss"))
            if monitored is not None and not math.isfinite(float(monitored)):
                self.stopped = StopReason.DIVERGED
                self.message = Text("training diverged: the loss became {0} in epoch {1}", float(monitored), self.epoch)
                self.model.stop_training = True
                return
            improved = monitored is not None and float(monitored) < self.best_value
            if improved:
                self.best_value, self.best_epoch, self.stale = float(monitored), self.epoch, 0
                self.best_weights = self.model.get_weights()
                checkpoint_fn(self.model, self.epoch, self.history)
            else:
                self.stale += 1
            # An epoch from now: its batches at the steady rate, then this one's tail (validation so far).
            tail = time.perf_counter() - (self.last_batch_end or self.epoch_start)
            emit(TrainingEvent(
                "epoch", self.epoch, config.epochs, batches, batches,
                loss=logs.get("loss"), accuracy=logs.get("accuracy"),
                val_loss=logs.get("val_loss"), val_accuracy=logs.get("val_accuracy"),
                samples_per_s=samples_per_batch / max(self.per_batch, 1e-9),
                eta_s=(config.epochs - self.epoch) * (batches * self.per_batch + tail), best_epoch=self.best_epoch,
                learning_rate=rate,
            ))
            if self.epoch < config.epochs and self._stop_requested():  # asked at the last batch or in validation
                self.stopped = StopReason.CANCELLED
                self.message = Text("stopped by request after epoch {0}", self.epoch)
                self.model.stop_training = True
            # Not at the last epoch: the run has completed, and "stopped early" read as cut short (a continued run
            # that trained all its epochs was listed as stopped early: walk 103)
            elif config.early_stopping and self.stale >= config.early_stopping and self.epoch < config.epochs:
                self.stopped = StopReason.EARLY_STOPPING
                self.message = Plural("stopped early: no improvement for %Ln epoch(s); best epoch {0}", "",
                                      config.early_stopping, self.best_epoch)
                self.model.stop_training = True

    return ProgressCallback()
