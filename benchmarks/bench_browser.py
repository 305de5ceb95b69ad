"""Dataset browser: open Fashion-MNIST (70,000 samples) in the Datasets panel offscreen and scroll the thumbnail
grid from top to bottom, one page per frame (every frame shows thumbnails never made before: the worst case).

Reports the longest GUI stall (target ≤ 50 ms) and frames per second while scrolling, medians over passes (the
thumbnail cache is emptied before each pass), and the stall while the dataset opens. Baseline, in the same run:
the naive browser, a QListWidget with one item and icon per sample, built in the GUI thread
(``ratio_open_stall``: how much longer the naive one freezes the window when the dataset is shown).

    python3 benchmarks/bench_browser.py [--passes 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import report  # noqa: E402

FASHION = Path("/usr/share/datasets/fashion-mnist")


class StallMeter:
    """Measures the longest gap between event-loop turns with a 0 ms timer (any blocking work shows as a gap)."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._tick)
        self.last = None
        self.longest = 0.0

    def _tick(self):
        now = time.perf_counter()
        if self.last is not None:
            self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self):
        self.last, self.longest = None, 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def run_loop_until(app, done, timeout_s: float) -> None:
    # A nested QEventLoop, not a Python processEvents() spin: PySide6 6.12 can crash when Python spins
    # processEvents() while another thread emits queued signals.
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    deadline = time.perf_counter() + timeout_s
    poll.timeout.connect(lambda: (done() or time.perf_counter() > deadline) and loop.quit())
    poll.start()
    loop.exec()
    poll.stop()


def scroll_pass(app, panel) -> tuple[float, float, float, int, int]:
    """One pass top to bottom; (longest stall s, most GUI-thread CPU in one frame s, frames per second, frames,
    thumbnails made). The CPU figure is what the app itself costs; the wall-clock stall also holds the time the
    OS gave other processes (on a busy shared machine that dominates)."""
    from PySide6.QtCore import QTimer

    grid = panel.grid
    grid.set_dataset(panel.dataset)  # empties the thumbnail cache
    bar = grid.verticalScrollBar()
    bar.setValue(0)
    step = max(1, bar.pageStep())
    frames = [0]
    gaps, cpu = [], []
    state = {"last": None, "cpu": None, "done": False}

    def frame():
        now, now_cpu = time.perf_counter(), time.thread_time()
        if state["last"] is not None:
            gaps.append(now - state["last"])
            cpu.append(now_cpu - state["cpu"])
        if bar.value() >= bar.maximum():
            state["done"] = True
            timer.stop()
            return
        bar.setValue(min(bar.maximum(), bar.value() + step))
        grid.viewport().repaint()  # paint now: the frame's cost (thumbnails made, drawn) lands in this gap
        frames[0] += 1
        state["last"], state["cpu"] = now, now_cpu

    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(frame)
    before = grid.thumb_model.thumbnails_made
    start = time.perf_counter()
    timer.start()
    run_loop_until(app, lambda: state["done"], 600)
    elapsed = time.perf_counter() - start
    scroll_pass.p99 = sorted(gaps)[int(0.99 * (len(gaps) - 1))]
    return max(gaps), max(cpu), frames[0] / elapsed, frames[0], grid.thumb_model.thumbnails_made - before


def naive_open_stall(dataset) -> float:
    """Seconds the GUI thread blocks building one QListWidgetItem with an icon for every sample."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    from guiapp.qt.datasets.grid import coverage_pixmap

    widget = QListWidget()
    widget.setViewMode(QListWidget.ViewMode.IconMode)
    widget.setIconSize(QSize(56, 56))
    widget.resize(900, 700)
    widget.show()
    start = time.perf_counter()
    for i in range(len(dataset)):
        QListWidgetItem(QIcon(coverage_pixmap(dataset.images[i], 56)), "", widget)
    widget.viewport().repaint()
    elapsed = time.perf_counter() - start
    widget.clear()
    widget.deleteLater()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--data", type=Path, default=FASHION, help="the Fashion-MNIST folder")
    args = parser.parse_args()
    data = args.data
    report("load_average_1min", os.getloadavg()[0])
    report("cpu_count", os.cpu_count())
    if not data.is_dir():
        print("skipped: Fashion-MNIST is not installed (Debian package dataset-fashion-mnist)")
        return 0
    import tempfile

    os.environ.setdefault("GUIAPP_HOME", tempfile.mkdtemp(prefix="bench-browser-"))
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from guiapp.qt.datasets.panel import DatasetsPanel

    panel = DatasetsPanel()
    panel.resize(1280, 800)
    panel.show()
    meter = StallMeter()
    meter.start()
    start = time.perf_counter()
    if data != FASHION:
        from guiapp.core.datasets.registry import register

        register(data, "fashion-mnist-copy")
        panel.refresh()
    panel.list.select("fashion-mnist" if "fashion-mnist" in panel.list.names() else "fashion-mnist-copy")
    run_loop_until(app, lambda: panel.dataset is not None and panel.grid.thumb_model.thumbnails_made > 0, 60)
    run_loop_until(app, lambda: False, 0.2)  # let the first frame settle
    open_stall = meter.stop()
    report("samples", len(panel.dataset))
    report("open_s", time.perf_counter() - start - 0.2, "s")
    report("open_longest_stall_ms", open_stall * 1000, "ms")

    stalls, cpus, rates, p99s = [], [], [], []
    for _ in range(args.passes):
        stall, cpu, fps, frames, made = scroll_pass(app, panel)
        stalls.append(stall)
        cpus.append(cpu)
        rates.append(fps)
        p99s.append(scroll_pass.p99)
    report("scroll_frames_per_pass", frames)
    report("scroll_thumbnails_made_per_pass", made)
    report("scroll_longest_stall_ms", statistics.median(stalls) * 1000, "ms")
    report("scroll_longest_stall_worst_pass_ms", max(stalls) * 1000, "ms")
    report("scroll_p99_frame_ms", statistics.median(p99s) * 1000, "ms")
    report("scroll_longest_frame_gui_cpu_ms", statistics.median(cpus) * 1000, "ms")
    report("scroll_frames_per_s", statistics.median(rates))
    report("target_stall_ms", 50, "ms")
    report("target_met_wall_clock", "yes" if statistics.median(stalls) <= 0.050 else "no")
    report("target_met_gui_cpu", "yes" if statistics.median(cpus) <= 0.050 else "no")

    naive = naive_open_stall(panel.dataset)
    report("baseline_naive_listwidget_open_stall_ms", naive * 1000, "ms")
    report("ratio_open_stall_naive_vs_virtual", naive / max(open_stall, 1e-6))
    panel.stop_and_wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
