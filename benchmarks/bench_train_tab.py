"""The first click on the Train tab: how soon the tab is drawn (its Start button's first paint), in a fresh
process each time, offscreen. TensorFlow's import for the tab's helpers (devices, the preset's description) runs in
a thread and holds the interpreter for seconds; started after the tab is drawn, it no longer delays it (a walk of
the packaged app saw the click do nothing for 2–6 s).

Side by side in one run: the app as it is, and the same app with the helpers started at once in showEvent (the
timer that defers them made immediate), each in fresh processes, interleaved. Measured 2026-12-06 on the 2-core
machine, medians of 3: 0.66 s at once, 0.24 s deferred (2.7×); before the change, by hand, 0.87 s and 0.21 s.

    python3 benchmarks/bench_train_tab.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

PROBE = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
def main():
    from PySide6.QtCore import QEvent, QObject
    if sys.argv[1] == "at-once":  # the helpers started in showEvent, as before
        from PySide6.QtCore import QTimer
        from guiapp.qt.train import panel as panel_module
        class AtOnce(QTimer):
            @staticmethod
            def singleShot(ms, *target):
                if ms == 50:  # the deferral: now
                    target[-1]()
                else:
                    QTimer.singleShot(ms, *target)
        panel_module.QTimer = AtOnce
    from guiapp.qt.app import create_application
    from guiapp.qt.main_window import MainWindow
    app = create_application([])
    window = MainWindow(start_backend=False)
    window.resize(1024, 640)
    window.show()
    for _ in range(20):
        app.processEvents()
    painted = []
    class First(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False
    first = First()
    window.train_area.start_button.installEventFilter(first)
    started = time.perf_counter()
    window.show_area(window.train_area)
    while not painted and time.perf_counter() < started + 20:
        app.processEvents()
    print(painted[0] - started)
    window.close()
if __name__ == "__main__":
    main()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    times: dict[str, list[float]] = {"deferred": [], "at-once": []}
    for _ in range(args.repeats):
        for how in times:  # interleaved: the machine's load falls on both alike
            with tempfile.TemporaryDirectory() as home:
                done = subprocess.run([sys.executable, "-c", PROBE, how], capture_output=True, text=True,
                                      timeout=300, env={**os.environ, "GUIAPP_HOME": home})
                times[how].append(float(done.stdout.strip().splitlines()[-1]))
    medians = {how: statistics.median(values) for how, values in times.items()}
    for how, values in times.items():
        print(f"{how:>9}: Train tab drawn {medians[how]:.2f} s after the first click (median of {len(values)}; "
              f"min {min(values):.2f}, max {max(values):.2f})")
    print(f"ratio at-once / deferred: {medians['at-once'] / medians['deferred']:.1f}×")


if __name__ == "__main__":
    main()
