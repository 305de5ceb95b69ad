"""One window for one data folder: a second Inkling started on the same folders asks first.

Two windows on one home each kept their own copy of the settings and lists, and whichever closed last wrote its
settings over the other's; nothing said a second one was open (walk 127, whose first window was hidden under the
second). A lock file in the config folder says which process has it (QLockFile: a lock left by a process that
crashed is taken over, as its process is gone).
"""

from __future__ import annotations

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox

from guiapp import paths
from guiapp.qt.i18n import translate

LOCK_FILE = "inkling.lock"


def claim_data_folder(parent=None) -> QLockFile | None | bool:
    """The lock of this user's folders (keep it while the window is open), or None when it could not be taken and
    the person chose to open all the same (or the folder cannot be written: there is nothing to overwrite), or
    False when they chose not to open a second window."""
    lock = QLockFile(str(paths.config_dir() / LOCK_FILE))
    lock.setStaleLockTime(0)  # only a lock whose process is gone is stale, however long a window stays open
    if lock.tryLock(0):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        return None  # a read-only or missing folder: the window says so itself (MainWindow._say_unwritable_folders)
    info = lock.getLockInfo()  # (pid, host name, application name) in PySide6
    pid, host = (info[0], info[1]) if isinstance(info, tuple) and len(info) >= 2 else (0, "")
    box = QMessageBox(QMessageBox.Icon.Question, translate("main_window", "Inkling is open already"), translate(
        "main_window", "Inkling is open already with these datasets and settings (process {0}). A second window "
                       "would not see what the first one adds, and the one closed last keeps its settings.\n\n"
                       "Open a second window all the same?").format(pid if pid else host), parent=parent)
    opened = box.addButton(translate("main_window", "Open a second window"), QMessageBox.ButtonRole.AcceptRole)
    stay = box.addButton(translate("main_window", "Do not open"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)  # Enter keeps the one window
    box.exec()
    return None if box.clickedButton() is opened else False


__all__ = ["LOCK_FILE", "claim_data_folder"]
