"""The dataset catalogue: one Qt-free list of what the app can offer, and one place that says when it changed.

Every list of datasets in the window (the Datasets list, Train's dataset choice, Evaluation's "on" list,
Personalize's "My samples", the collect bar) reads :func:`entries` and subscribes with :func:`subscribe`;
everything that changes what exists calls :func:`changed`: creating a user dataset, adding, relabelling,
deleting or restoring samples, merging, registering and unregistering files. So a dataset made on the Recognize
tab is in Train's list at once, with live counts, and no list needs a Refresh button or a restart.

A renamed dataset is followed: :func:`renamed` records where a name went, and a list whose choice is no longer
listed asks :func:`follow` for its new name, so a list that showed it keeps it chosen. The record is kept in the
data folder (``dataset-renames.json``), so that a run on a dataset renamed in an earlier session still continues
and reruns on it (runs name their dataset; they said "no dataset named …" after a restart); a name that is a
dataset's again (made anew, restored, registered) is no longer followed (:func:`created`).

Listeners are called in the thread that made the change; the Qt side re-emits them as a signal, which Qt queues
into the GUI thread (``guiapp.qt.datasets.events``).
"""

from __future__ import annotations

import json
import logging
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

log = logging.getLogger(__name__)
Listener = Callable[[str], None]  # the name of the dataset that changed
_listeners: list[Listener] = []
_lock = threading.Lock()
RENAMES_FILE = "dataset-renames.json"
_renames: dict[str, str] = {}  # old name → new name: the record's, as last read or written
_read: tuple[Path, float] | None = None  # the record read into _renames: its path and modification time


def subscribe(listener: Listener) -> Callable[[], None]:
    """Call ``listener(name)`` after every change; returns the function that unsubscribes it."""
    with _lock:
        _listeners.append(listener)

    def unsubscribe() -> None:
        with _lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return unsubscribe


_held = threading.local()  # names changed inside :func:`told_once` on this thread, told at its end


@contextmanager
def told_once():
    """The changes made inside are told at the end, once for each dataset: relabelling a class of 15 samples told
    every list 15 times, each reading every dataset's classes again (3.3 s with nothing shown: walk 161). Only this
    thread's changes wait."""
    outer = getattr(_held, "names", None)
    if outer is not None:  # inside another: its end tells them
        yield
        return
    _held.names = []
    try:
        yield
    finally:
        names, _held.names = _held.names, None
        for name in dict.fromkeys(names):
            changed(name)


def changed(name: str) -> None:
    """Tell every listener that the dataset ``name`` was created, changed or removed."""
    held = getattr(_held, "names", None)
    if held is not None:
        held.append(name)
        return
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        try:
            listener(name)
        except Exception:  # noqa: BLE001 — one broken view must not stop a save or the other views
            log.exception("a dataset listener failed")


def _record() -> Path:
    from guiapp import paths

    return paths.data_dir() / RENAMES_FILE


def _load() -> None:
    """(under _lock) _renames as the record holds it, read again when it changed (another process renamed) or when
    the data folder is another (tests)."""
    global _read, _renames
    path = _record()
    try:
        stamp = path.stat().st_mtime
    except OSError:
        stamp = None
    if _read is not None and _read == (path, stamp):
        return
    loaded: dict[str, str] = {}
    if stamp is not None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            loaded = {str(k): str(v) for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}
        except (OSError, ValueError, AttributeError):
            log.warning("the record of renamed datasets %s cannot be read; renames are not followed", path)
    _renames, _read = loaded, (path, stamp)


def _save() -> None:
    """(under _lock) _renames into the record; a record that cannot be written leaves renames followed in this
    process only."""
    global _read
    from guiapp.core.atomic import atomic_write_text

    path = _record()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(_renames, ensure_ascii=False, indent=1, sort_keys=True))
        _read = (path, path.stat().st_mtime)
    except OSError:
        log.warning("the record of renamed datasets %s cannot be written", path, exc_info=True)


def renamed(old: str, new: str) -> None:
    """``old`` is now called ``new``: recorded for :func:`follow`, then both names are :func:`changed`."""
    with _lock:
        _load()
        _renames[old] = new
        _renames.pop(new, None)  # a live name again (renamed back, or a rename undone)
        _save()
    changed(old)
    changed(new)


def created(name: str) -> None:
    """A dataset called ``name`` exists again (made, restored, registered): ``name`` is no longer followed to
    where an earlier dataset of that name went. Then it is :func:`changed`."""
    with _lock:
        _load()
        if name in _renames:
            del _renames[name]
            _save()
    changed(name)


def follow(name: str) -> str:
    """The name that ``name`` was renamed to (through later renames), or ``name`` when it was not renamed."""
    seen = {name}
    with _lock:
        _load()
        while name in _renames and _renames[name] not in seen:
            name = _renames[name]
            seen.add(name)
    return name


def forget_renames() -> None:
    """Forget the renames read: they name the datasets of one user folder, read again from its record (tests give
    each test its own, and a rename of "mine" in one test sent another test's "mine" to "Ones")."""
    global _read
    with _lock:
        _renames.clear()
        _read = None


def entries() -> list[tuple[str, str, str]]:
    """(name, kind, what it is) of every dataset, without reading any of them: built-in, user, system,
    registered. What it is: a built-in's description ("Hiragana, the tutorial's 71 …"), else where it lives."""
    from guiapp.core.datasets.registry import list_datasets

    return [(info.name, info.kind, info.source) for info in list_datasets(load=False)]


__all__ = ["changed", "entries", "follow", "forget_renames", "renamed", "subscribe"]
