"""Logging to a rotating file in the per-user logs folder (and warnings to stderr)."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from guiapp import paths

LOG_FILE_NAME = "guiapp.log"
_configured = False


class _CurrentStderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time, not the stream that was current at set-up (which may
    since have been replaced and closed, e.g. by an embedding application or a test harness)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value):
        pass


def setup_logging(level: int = logging.INFO, console_level: int = logging.WARNING) -> None:
    """Idempotent: the CLI and the GUI both call it at start-up."""
    global _configured
    if _configured:
        return
    root = logging.getLogger("guiapp")
    root.setLevel(level)
    try:
        handler = logging.handlers.RotatingFileHandler(
            paths.logs_dir() / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError as exc:  # a read-only home must not stop the app
        logging.getLogger(__name__).warning("cannot write the log file: %s", exc)
    console = _CurrentStderrHandler()
    console.setLevel(console_level)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root.addHandler(console)
    _configured = True


def reset_logging() -> None:
    """Remove guiapp's handlers (tests; re-initialising after the per-user folders moved)."""
    global _configured
    root = logging.getLogger("guiapp")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    _configured = False
