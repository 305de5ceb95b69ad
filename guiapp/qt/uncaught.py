"""An error nothing caught, in a button's or a menu's handler, said in the window's status line and logged.

PySide prints such an error to the terminal and goes on, and the click did nothing with no word on screen: Info and
Start each did nothing for two walks (141, 140; an import that failed after the app's files changed under it)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from guiapp import paths
from guiapp.logs import LOG_FILE_NAME
from guiapp.qt.i18n import translate

UNCAUGHT_MESSAGE_MS = 20_000


def report_uncaught(window) -> Callable:
    """An ``sys.excepthook`` for the window's session: the error logged with its traceback, and said in ``window``'s
    status line with where the details are; the terminal still gets it, as before."""
    previous = sys.excepthook

    def hook(kind, value, traceback) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal ends the session (end_on_signals)
            previous(kind, value, traceback)
            return
        logging.getLogger("guiapp").error("uncaught error", exc_info=(kind, value, traceback))
        try:
            window.statusBar().showMessage(translate(
                "main_window", "Something went wrong, and that action did not finish: {0}: {1}. Your drawings and "
                               "files are as they were; the details are in {2}").format(
                kind.__name__, value, paths.logs_dir() / LOG_FILE_NAME), UNCAUGHT_MESSAGE_MS)
        except Exception:  # noqa: BLE001 — the window itself may be what failed (closing, deleted): logged above
            pass
        previous(kind, value, traceback)

    return hook


__all__ = ["report_uncaught"]
