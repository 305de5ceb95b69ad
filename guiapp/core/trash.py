"""The one way a folder the person made (a dataset of their own, a training run) is deleted: moved into a hidden
trash folder beside it, in one rename, under a token that names when and what; :func:`restore` moves it back
(Undo), and what has lain there longer than :data:`TRASH_DAYS` days is removed for good when something is next
deleted. Nothing is lost to a slip of the mouse, and the trash does not grow for ever."""

from __future__ import annotations

import calendar
import os
import shutil
import time
import uuid
from pathlib import Path

from guiapp.core.atomic import fsync_directory

TRASH_DAYS = 30
_STAMP = "%Y%m%dT%H%M%SZ"


def move_to_trash(folder: Path, trash: Path) -> str:
    """Move ``folder`` into ``trash`` (made if needed); returns the token :func:`restore` takes. OSError if the
    rename fails (a file held open on Windows, say): the folder is then where it was."""
    trash.mkdir(exist_ok=True)
    empty_old(trash)
    token = f"{time.strftime(_STAMP, time.gmtime())}-{uuid.uuid4().hex[:8]}-{folder.name}"
    os.rename(folder, trash / token)
    fsync_directory(folder.parent)
    return token


def name_of(token: str) -> str:
    """The name the folder had (what follows the time stamp and the random part); KeyError for no token."""
    parts = token.split("-", 2) if isinstance(token, str) else []
    if len(parts) < 3 or not parts[2]:
        raise KeyError(f"{token!r} is not a deleted folder")
    return parts[2]


def trashed(trash: Path, token: str) -> Path:
    """The folder ``token`` names in ``trash``; KeyError when it is not there (restored already, or not a token)."""
    if not isinstance(token, str) or "/" in token or "\\" in token or token.count("-") < 2 or token.startswith("."):
        raise KeyError(f"{token!r} is not a deleted folder")
    folder = trash / token
    if not folder.is_dir():
        raise KeyError(f"{token!r} is not in {trash}")
    return folder


def restore(trash: Path, token: str, target: Path) -> Path:
    """Move the folder ``token`` names back to ``target`` (which must not exist); returns ``target``."""
    source = trashed(trash, token)
    if target.exists():
        raise FileExistsError(target)
    os.rename(source, target)
    fsync_directory(target.parent)
    return target


def empty_old(trash: Path, days: float = TRASH_DAYS) -> None:
    """Remove what was moved into ``trash`` more than ``days`` days ago; anything not named by a token stays."""
    cutoff = time.time() - days * 86400
    for entry in os.listdir(trash):
        try:
            deleted = calendar.timegm(time.strptime(entry[:16], _STAMP))
        except ValueError:
            continue  # not ours: left alone
        if deleted < cutoff:
            shutil.rmtree(trash / entry, ignore_errors=True)


__all__ = ["TRASH_DAYS", "empty_old", "move_to_trash", "name_of", "restore", "trashed"]
