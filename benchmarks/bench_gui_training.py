"""The GUI training path vs plain ``keras.fit``: the Train panel (shown offscreen) starts a run; its worker thread
opens the data, records the run in the runs folder and hands it to the training process (spawned when the panel
was shown), whose events come back over a pipe and cross to the GUI thread as queued signals; the panel redraws the
live pyqtgraph plots on its 5 Hz timer; the process writes the best checkpoint and the final model. The baseline
builds, compiles and fits the same preset on the same tf.data pipeline and batch size in a thread of this process.
Runs are interleaved; the first GUI run (``first_gui_run_s``, reported apart) warms both paths up. The training
process runs as a batch job (Linux SCHED_BATCH, nice 3; see core/training_process.py), the baseline thread at the
normal policy, so on Linux the GUI path can be the faster one: that is the app's own scheduling, not noise.

Printed: medians of both, ``ratio_keras_fit_over_gui`` (target ≥ 0.95; also the median of the ratios of adjacent
runs, which a drifting load disturbs less) and the longest GUI-thread stall while the GUI path trains, measured
with a 5 ms QTimer heartbeat (``gui_stall_ms_max``, target ≤ 50 ms). The heartbeat also runs while the plain fit
trains in a bare Python thread (``bare_thread_stall_ms_max``: what training in a thread of the GUI's own process
would cost it, GIL included, before any drawing) and while nothing trains (``idle_stall_ms_max``: scheduling
noise from other processes), so a shared, loaded machine shows as such. The peak resident memory of the training
process and of this (GUI) process show what the second process costs.

Usage: python benchmarks/bench_gui_training.py [--samples-per-class 600] [--preset keras-tutorial] [--epochs 3]
       [--batch-size 64] [--repeats 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from harness import report  # noqa: E402

HEARTBEAT_MS = 5


def _peak_rss_mb(pid) -> float:
    """The process's peak resident memory (Linux /proc; NaN elsewhere): what the training process costs."""
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dataset", default="digits")
    parser.add_argument("--samples-per-class", type=int, default=600)
    parser.add_argument("--preset", default="keras-tutorial")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("GUIAPP_HOME", tempfile.mkdtemp(prefix="guiapp-bench-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    import keras
    import numpy as np

    from guiapp.core.datasets.registry import open_dataset
    from guiapp.core.training.presets import build_model
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.data import make_pipelines
    from guiapp.core.training.request import TrainingRequest
    from guiapp.qt.train.panel import TrainPanel

    dataset = open_dataset(args.dataset, args.samples_per_class)
    config = TrainConfig(preset=args.preset, epochs=args.epochs, batch_size=args.batch_size, test_split=0.1)
    panel = TrainPanel()
    panel.resize(1280, 800)
    panel.show()
    panel.helpers.join(60.0)  # the preset description / device detection threads finish first
    app.processEvents()

    class Heartbeat:
        """The longest gap between 5 ms QTimer ticks while the Qt event loop runs, minus the interval."""

        def __init__(self) -> None:
            self.gaps: list[float] = []
            self.clock = QElapsedTimer()
            self.timer = QTimer()
            self.timer.setInterval(HEARTBEAT_MS)
            self.timer.timeout.connect(self._beat)

        def _beat(self) -> None:
            self.gaps.append(self.clock.nsecsElapsed() / 1e6)
            self.clock.restart()

        def start(self) -> None:
            self.clock.start()
            self.timer.start()

        def stop(self) -> float:
            self.timer.stop()
            return max(0.0, max(self.gaps[1:] or [0.0]) - HEARTBEAT_MS)  # the first gap includes starting

    def idle(seconds: float = 2.0) -> float:
        heartbeat, loop = Heartbeat(), QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        heartbeat.start()
        loop.exec()
        return heartbeat.stop()

    def gui() -> tuple[float, float, int, int]:
        """(seconds, longest heartbeat gap in ms, plot redraws, batch events) for one run through the panel."""
        redraws, events = [0], [0]
        original_refresh = panel.plots.refresh

        def counting_refresh():
            drew = original_refresh()
            redraws[0] += bool(drew)
            return drew

        panel.plots.refresh = counting_refresh
        loop, heartbeat = QEventLoop(), Heartbeat()
        panel.trainingFinished.connect(loop.quit)
        start = time.perf_counter()
        panel.start(TrainingRequest(config, args.dataset, args.samples_per_class, data=dataset))
        panel.training.event.connect(lambda e: events.__setitem__(0, events[0] + (e.kind == "batch")))
        heartbeat.start()
        cpu = time.thread_time()
        loop.exec()
        gui_cpu.append(time.thread_time() - cpu)
        seconds = time.perf_counter() - start
        stall = heartbeat.stop()
        panel.trainingFinished.disconnect(loop.quit)
        panel.plots.refresh = original_refresh
        panel.evaluation.wait(120_000)  # the automatic evaluation must not overlap the next measurement
        panel.training.wait(120.0)
        app.processEvents()
        return seconds, stall, redraws[0], events[0]

    def fit() -> None:
        keras.utils.set_random_seed(config.seed)
        pipelines = make_pipelines(dataset, dataset.spec, np.arange(len(dataset.classes)), config)
        model = build_model(config.preset, dataset.spec.input_shape, len(dataset.classes))
        model.compile(optimizer=keras.optimizers.Adam(config.learning_rate),
                      loss="sparse_categorical_crossentropy", metrics=["accuracy"])
        model.fit(pipelines.train, validation_data=pipelines.validation, epochs=config.epochs, verbose=0,
                  shuffle=False)

    def plain() -> tuple[float, float]:
        """(seconds, longest heartbeat gap in ms) for keras.fit in a bare thread while the event loop idles."""
        loop, heartbeat, took = QEventLoop(), Heartbeat(), [0.0]

        def work():
            start = time.perf_counter()
            fit()
            took[0] = time.perf_counter() - start

        worker = threading.Thread(target=work)
        poll = QTimer()  # a plain thread has no Qt event loop to post to: the GUI thread looks instead
        poll.setInterval(20)
        poll.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
        heartbeat.start()
        worker.start()
        poll.start()
        loop.exec()
        poll.stop()
        worker.join()
        return took[0], heartbeat.stop()

    gui_cpu: list[float] = []  # CPU seconds the GUI thread itself used during each GUI run
    first_gui_run = gui()[0]  # warm-up: imports, first tracing
    plain()
    gui_times, plain_times, stalls, bare_stalls, idle_stalls, redraws, events = [], [], [], [], [], [], []
    for _ in range(args.repeats):
        idle_stalls.append(idle())
        seconds, stall, redrawn, batch_events = gui()
        gui_times.append(seconds)
        stalls.append(stall)
        redraws.append(redrawn / seconds)
        events.append(batch_events)
        seconds, stall = plain()
        plain_times.append(seconds)
        bare_stalls.append(stall)
    report("dataset", f"{args.dataset} ({len(dataset)} samples), preset {args.preset}, {args.epochs} epochs, "
           f"batch {args.batch_size}")
    report("gui_s_median", statistics.median(gui_times))
    report("keras_fit_s_median", statistics.median(plain_times))
    report("ratio_keras_fit_over_gui", statistics.median(plain_times) / statistics.median(gui_times))
    # Each GUI run beside the plain run right after it: slow drifts in the machine's load cancel within a pair.
    report("ratio_of_adjacent_runs_median", statistics.median(p / g for p, g in zip(plain_times, gui_times)))
    report("gui_stall_ms_max", max(stalls))
    report("gui_stall_ms_median_of_runs", statistics.median(stalls))
    report("bare_thread_stall_ms_max", max(bare_stalls))
    report("bare_thread_stall_ms_median_of_runs", statistics.median(bare_stalls))
    report("idle_stall_ms_max", max(idle_stalls))
    report("gui_s_runs", " ".join(f"{t:.2f}" for t in gui_times))  # the spread shows how noisy the machine was
    report("keras_fit_s_runs", " ".join(f"{t:.2f}" for t in plain_times))
    report("first_gui_run_s", first_gui_run)
    report("gui_thread_cpu_s_median", statistics.median(gui_cpu[1:]))
    report("plot_redraws_per_s_median", statistics.median(redraws))
    report("batch_events_per_run_median", statistics.median(events))
    from guiapp.core.training.process import shared_process

    report("training_process_peak_rss_mb", _peak_rss_mb(shared_process()._process.pid))
    report("gui_process_peak_rss_mb", _peak_rss_mb("self"))
    panel.stop_and_wait(2.0)


if __name__ == "__main__":
    main()
