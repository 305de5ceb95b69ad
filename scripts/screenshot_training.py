"""Screenshots of the Train area (docs/screenshot-training.png, docs/screenshot-evaluation.png): a real run in
progress (digits, 150 per class, keras-tutorial, 8 epochs) caught in its 6th epoch, then the evaluation view the
panel opens by itself when the run ends (the worst confusion cell opened).

Usage: python3 scripts/screenshot_training.py — offscreen, with a throwaway home folder.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("GUIAPP_HOME", tempfile.mkdtemp(prefix="guiapp-shots-"))

DOCS = Path(__file__).resolve().parent.parent / "docs"
SIZE = (1360, 860)


def main() -> None:
    from guiapp.core.training.config import TrainConfig
    from guiapp.qt.app import create_application
    from guiapp.qt.self_test import _wait
    from guiapp.qt.train.panel import TrainPanel

    app = create_application()
    panel = TrainPanel()
    panel.resize(*SIZE)
    panel.show()
    panel.settings.set_dataset("digits", 150)
    panel.settings.set_config(TrainConfig(preset="keras-tutorial", epochs=8, batch_size=32, schedule="plateau",
                                          early_stopping=3))
    panel.helpers.join(120.0)  # preset description and device detection shown first
    app.processEvents()
    shot = {}

    def catch(event) -> None:  # mid-run: a few batches into the 6th epoch
        if "running" not in shot and event.kind == "batch" and event.epoch == 6 and event.batch >= 10:
            panel._latest = event
            panel._redraw()
            shot["running"] = panel.grab()

    assert panel.start()
    panel.training.event.connect(catch)
    assert _wait(app, lambda: panel.outcome is not None, 300), "the run did not finish"
    assert _wait(app, lambda: panel.evaluation.report is not None, 120), "the evaluation did not finish"
    panel.tabs.setCurrentWidget(panel.evaluation)
    app.processEvents()
    shot["evaluation"] = panel.grab()
    for name, file in (("running", "screenshot-training.png"), ("evaluation", "screenshot-evaluation.png")):
        if name in shot:
            shot[name].save(str(DOCS / file))
            print(f"saved docs/{file}")
    panel.stop_and_wait(5.0)


if __name__ == "__main__":
    main()
