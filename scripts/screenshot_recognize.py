"""Screenshots of the Recognize tab (docs/screenshot-recognize*.png): a drawn character and its predictions.

Usage: python3 scripts/screenshot_recognize.py [MODEL.h5 [CHAR]] — offscreen, with a throwaway settings folder;
the model defaults to the first bundled one.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("GUIAPP_HOME", tempfile.mkdtemp(prefix="guiapp-shots-"))

DOCS = Path(__file__).resolve().parent.parent / "docs"


def main(model: str | None = None, char: str = "3") -> None:
    from guiapp.qt.app import create_application
    from guiapp.qt.main_window import MainWindow
    from guiapp.qt.self_test import _wait, template_drawing
    from guiapp.qt.settings import Settings

    if model is None:
        from guiapp.qt.widgets.model_picker import bundled_models

        model = str(bundled_models()[0][1])
    app = create_application()
    window = MainWindow(Settings(reset=True), start_backend=False)
    window.show()
    window.start_backend()
    _wait(app, lambda: window.tf_state == "ready")
    window.use_model(model)
    _wait(app, lambda: window.current_model_path() == model)
    panel = window.recognize
    for size, name in (((1100, 720), "screenshot-recognize.png"), ((640, 500), "screenshot-recognize-small.png")):
        window.resize(*size)
        seen = []
        panel.predictionShown.connect(seen.append)
        panel.pad.set_drawing(template_drawing(char))
        _wait(app, lambda: bool(seen), 30)
        panel.predictionShown.disconnect(seen.append)
        panel.write_line.set_text("2025")
        for _ in range(10):
            app.processEvents()
            time.sleep(0.02)
        window.grab().save(str(DOCS / name))
        print("wrote", DOCS / name)
    window.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
