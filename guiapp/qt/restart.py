"""Starting Inkling again, for a setting that takes effect at the next start (View → Language): the same program
with the same arguments and environment, started once the window has closed (a run in progress is asked about
first, as on Quit)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QProcess
from PySide6.QtWidgets import QMessageBox

from guiapp.qt.i18n import translate


def command() -> tuple[str, list[str]]:
    """The program and arguments that started this Inkling: the frozen executable itself, else this Python running
    the package (``guiapp`` and ``python -m guiapp`` start the same code)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "guiapp", *sys.argv[1:]]


def relaunch() -> bool:
    """Start Inkling again, detached from this process; False if it could not be started."""
    program, args = command()
    started = QProcess.startDetached(program, args)
    return bool(started[0] if isinstance(started, tuple) else started)


def restart(window) -> bool:
    """Close ``window`` (as Quit does) and start Inkling again; False when the window stays open (a run in
    progress that is kept, or one still stopping: then the person starts it again)."""
    if not window.close():
        return False
    return relaunch()


RESTART_NOW, LATER = QT_TRANSLATE_NOOP("restart", "Restart now"), QT_TRANSLATE_NOOP("restart", "Later")


def offer_restart(window, title: str, text: str, in_language=translate) -> QMessageBox:
    """Say ``text`` with "Restart now" and "Later" (worded by ``in_language``: the language being chosen); not
    modal to the application (tests and the person can go on)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=window)
    box.setDefaultButton(box.addButton(in_language("restart", RESTART_NOW), QMessageBox.ButtonRole.AcceptRole))
    box.addButton(in_language("restart", LATER), QMessageBox.ButtonRole.RejectRole)
    box.buttonClicked.connect(lambda button: box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole
                              and restart(window))
    box.open()
    return box


__all__ = ["command", "offer_restart", "relaunch", "restart"]
