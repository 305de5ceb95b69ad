"""Where the file dialogs open: in the folder last chosen in for that kind of file (models, images, datasets,
projects), kept in the settings file. Each dialog opened in the home folder, or remembered its own folder until the
app closed: a walk went back to the same folder on every save, after every restart; and Qt's own memory opened a
dataset dialog in the bundled models' folder after File → Open model (another)."""

from __future__ import annotations

from pathlib import Path

MODELS, IMAGES, DATASETS, PROJECTS = "models", "images", "datasets", "projects"


ANY = "any"  # the folder last chosen in for any kind: a kind's first dialog opens there (see start_folder)


def start_folder(kind: str, fallback: str | Path | None = None) -> Path:
    """The folder last chosen in for ``kind``, else ``fallback`` (a folder the caller knows is a better first
    guess), else the folder last chosen in for any kind (a drawing saved in a project folder, Export model… and
    Import dataset folder… each opened in the home folder: walk 161), else the home folder."""
    from guiapp.qt.settings import Settings

    settings = Settings()
    folder = settings.folder(kind)
    if folder is None and fallback is not None and Path(fallback).is_dir():
        folder = Path(fallback)
    folder = folder if folder is not None else settings.folder(ANY)
    return folder if folder is not None else Path.home()


def offered(kind: str, name: str) -> str:
    """A file name offered in the folder :func:`start_folder` gives (a save dialog's first answer)."""
    return str(start_folder(kind) / name)


def remember(kind: str, chosen: str | Path) -> None:
    """A file or folder chosen in a dialog: the next dialog for ``kind`` opens beside it (for a folder, in the folder
    that holds it: its siblings are the likely next choice)."""
    from guiapp.qt.settings import Settings

    settings = Settings()
    settings.set_folder(kind, Path(chosen).parent)
    settings.set_folder(ANY, Path(chosen).parent)


def ask_save_path(parent, title: str, kind: str, name: str, filters: str) -> str:
    """A save dialog opened where ``kind``'s last file went, offering ``name``; the folder chosen is remembered.
    The path chosen, or "" when the dialog was cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, offered(kind, name), filters)
    if path:
        remember(kind, path)
    return path


__all__ = ["DATASETS", "IMAGES", "MODELS", "PROJECTS", "ask_save_path", "offered", "remember", "start_folder"]
