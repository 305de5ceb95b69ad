"""The application window. A placeholder until the Recognize / Datasets / Train issues land: it shows the three
areas and, under Datasets, what the core can already load."""

from __future__ import annotations

import sys


def run_gui(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from guiapp import APP_NAME, DISPLAY_NAME
    from guiapp.qt.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    window = MainWindow()
    window.show()
    return app.exec()
