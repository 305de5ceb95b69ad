"""The first click on the Train tab: how soon the tab is drawn (its Start button's first paint), in a fresh
process each time, offscreen. TensorFlow's import for the tab's helpers (devices, the preset's description) runs in
a thread and holds the interpreter for seconds; started after the tab is drawn, it no longer delays it (a walk of
the packaged app saw the click do nothing for 2–6 s).

Measured 2026-12-06 on the 2-core CI machine, medians of 3: 0.87 s with the helpers started in showEvent, 0.21 s
with them started 50 ms later.

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
import os, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
def main():
    from PySide6.QtCore import QEvent, QObject
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
    times = []
    for _ in range(args.repeats):
        with tempfile.TemporaryDirectory() as home:
            done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=300,
                                  env={**os.environ, "GUIAPP_HOME": home})
            times.append(float(done.stdout.strip().splitlines()[-1]))
    print(f"Train tab drawn after the first click: median {statistics.median(times):.2f} s "
          f"(min {min(times):.2f}, max {max(times):.2f}, {args.repeats} fresh processes)")


if __name__ == "__main__":
    main()
