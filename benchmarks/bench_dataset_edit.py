"""An edit of many samples at once in the real window (offscreen): a class of 15 drawings renamed on the Datasets tab.

App path: the rename as the window does it (``RenameClassCommand``: the relabels told to every list once, see
``catalogue.told_once``). Baseline, in the same run and interleaved: the same relabels each told as it is made, as
before walk 161 (the rename dialog stayed up 2–3 s with no sign of work: every list read every dataset's classes
again 15 times). Prints the medians and ``ratio_rename``.

    python3 benchmarks/bench_dataset_edit.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GUIAPP_HOME", tempfile.mkdtemp(prefix="guiapp-bench-edit-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import interleaved, report  # noqa: E402

CLASSES, PER_CLASS = ("star", "heart", "bolt", "spiral"), 15


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    import numpy as np
    from PySide6.QtWidgets import QApplication

    from guiapp.core.datasets.user_store import UserStore
    from guiapp.core.strokes import Drawing, Stroke

    app = QApplication.instance() or QApplication([])
    store = UserStore()
    mine = store.create("symbols")
    rng = np.random.default_rng(0)
    for k in range(len(CLASSES) * PER_CLASS):
        points = np.cumsum(rng.normal(0, 6, (40, 2)), 0) + 140
        mine.add_drawing(Drawing([Stroke(points)], 280, 280), CLASSES[k % len(CLASSES)])

    from guiapp.qt.main_window import MainWindow

    window = MainWindow()
    window.resize(1100, 720)
    window.show()
    panel = window.datasets_area
    window.show_area(panel)
    panel.list.select("symbols")
    deadline = time.perf_counter() + 60
    while panel.name != "symbols" and time.perf_counter() < deadline:
        app.processEvents()
    if panel.name != "symbols":
        report("skipped", "the dataset did not open within 60 s")
        return

    def app_path() -> None:  # the window's rename
        assert panel.rename_class("bolt", "lightning")
        app.processEvents()

    def baseline() -> None:  # the same relabels (back), each told on its own, then the panel's own refresh
        user = store.open("symbols")
        for record in [r for r in user.samples() if r.label == "lightning"]:
            user.relabel(record.id, "bolt")
        panel._after_edit("symbols")
        app.processEvents()

    # alternately, each finding the class the other left
    times = interleaved({"app": app_path, "baseline": baseline}, repeats=args.repeats)
    report("samples_renamed", PER_CLASS)
    report("rename_told_once_s", times["app"], "s")
    report("rename_told_each_s", times["baseline"], "s")
    report("ratio_rename", times["baseline"] / times["app"])
    window.close()


if __name__ == "__main__":
    main()
