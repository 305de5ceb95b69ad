"""Screenshots of every area at the default size (1100×720) and at the window's minimum size
(docs/screenshot-areas-<size>-<area>.png), with a dataset of drawn samples so the lists are not empty.

Usage: python3 scripts/screenshot_areas.py — offscreen, with a throwaway settings folder and a desktop-sized
virtual screen.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

_SCREEN = Path(tempfile.gettempdir()) / "guiapp-shots-screen.json"
_SCREEN.write_text(json.dumps({"screens": [{"name": "shots", "x": 0, "y": 0, "width": 1920, "height": 1200,
                                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("GUIAPP_HOME", tempfile.mkdtemp(prefix="guiapp-shots-"))

DOCS = Path(__file__).resolve().parent.parent / "docs"
AREAS = ("recognize", "datasets", "train")


def main() -> None:
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.core.strokes import Drawing, Stroke
    from guiapp.qt.app import create_application
    from guiapp.qt.main_window import MainWindow
    from guiapp.qt.self_test import _wait
    from guiapp.qt.settings import Settings

    user = UserStore().create("my-handwriting")
    for k in range(6):
        user.add_drawing(Drawing([Stroke([[40 + 4 * k, 20], [44 + 4 * k, 90]])], 109.0, 109.0), "v")
        user.add_drawing(Drawing([Stroke([[20, 40 + 4 * k], [90, 44 + 4 * k]])], 109.0, 109.0), "h")
    app = create_application()
    window = MainWindow(Settings(reset=True), start_backend=False)
    window.show()
    _wait(app, lambda: window.isVisible(), 10)
    for label, size in (("1100x720", (1100, 720)), ("minimum", window.minimumSizeHint().toTuple())):
        window.resize(*size)
        for index, area in enumerate(AREAS):
            window.tabs.setCurrentIndex(index)
            for _ in range(10):
                app.processEvents()
            name = DOCS / f"screenshot-areas-{label}-{area}.png"
            window.grab().save(str(name))
            print(f"saved {name.relative_to(DOCS.parent)} ({window.width()}×{window.height()})")
    window.close()


if __name__ == "__main__":
    main()
