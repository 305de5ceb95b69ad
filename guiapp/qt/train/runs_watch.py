"""Notices, while the Runs list is on screen, what another process does to the runs folder: a run `guiapp train`
starts beside the window, its epochs, its end. The list said "running" until Refresh was pressed (walk 111)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from guiapp.core.training.runs import RUN_FILE, Run, in_another_process

# Changes come in bursts (a record written through a temporary file, an epoch's files): one reading after them
SETTLE_MS = 400
# A process killed writes nothing more: whether it still lives is asked this often while one trains elsewhere
ALIVE_CHECK_MS = 3000


def _stamp(folder: Path) -> int | None:
    try:
        return (folder / RUN_FILE).stat().st_mtime_ns
    except OSError:
        return None


class RunsFolderWatch(QObject):
    """Calls ``changed()`` when the runs folder gains or loses a run, when the record of a run another process
    started is rewritten, or when that process has gone; only while ``wanted()`` (the list is visible). The runs
    this window trains itself are not watched: their rows follow the run's own events."""

    def __init__(self, root: Path, changed: Callable[[], None], wanted: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root, self._changed, self._wanted = Path(root), changed, wanted
        self._elsewhere: dict[Path, tuple[Run, int | None]] = {}
        self._watched_root: Path | None = None  # the runs folder, or while it is not made yet its nearest ancestor
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._folder_changed)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._read_again)
        self._alive = QTimer(self, interval=ALIVE_CHECK_MS)
        self._alive.timeout.connect(self._check_alive)

    def follow(self, elsewhere: list[Run]) -> None:
        """Watch the folder itself and the folders of ``elsewhere``, the runs of other processes still alive (as
        the list was just read): `guiapp train` records a run's test accuracy after its end."""
        self._elsewhere = {run.folder: (run, _stamp(run.folder)) for run in elsewhere}
        # A new user's runs folder is made by the first run, perhaps `guiapp train`'s: until then its nearest
        # folder that exists is watched (the CLI's first run never appeared in the list: a check in the window)
        self._watched_root = next((folder for folder in (self.root, *self.root.parents) if folder.is_dir()), None)
        wanted = {str(self._watched_root)} if self._watched_root else set()
        wanted |= {str(folder) for folder in self._elsewhere}
        watched = set(self._watcher.directories())
        if watched - wanted:
            self._watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self._watcher.addPaths(sorted(path for path in wanted - watched if os.path.isdir(path)))
        if self._elsewhere:
            self._alive.start()
        else:
            self._alive.stop()

    def _folder_changed(self, path: str) -> None:
        folder = Path(path)
        # a run of this window writes its own folder only, which is not watched; an elsewhere run's epoch files
        # change its folder too, and only a rewritten record is news
        if folder == self._watched_root or (folder in self._elsewhere and _stamp(folder) != self._elsewhere[folder][1]):
            self._settle.start()

    def _check_alive(self) -> None:
        if any(not in_another_process(run) for run, _ in self._elsewhere.values()):
            self._settle.start()

    def _read_again(self) -> None:
        if self._wanted():
            self._changed()


__all__ = ["RunsFolderWatch", "SETTLE_MS", "ALIVE_CHECK_MS"]
