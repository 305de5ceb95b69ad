"""The Train area's progress bar and live status line for the run in progress: what the run is preparing, its
epoch and batch (redrawn at most ``REDRAW_HZ`` times a second from the latest report), and how it ended. A mixin of
:class:`~guiapp.qt.train.panel.TrainPanel` (its ``progress``, ``status``, ``plots`` and ``training``)."""

from __future__ import annotations

from guiapp.core.tasks import format_duration
from guiapp.qt.i18n import fmt, translate


class RunProgressMixin:
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


__all__ = ["RunProgressMixin"]
