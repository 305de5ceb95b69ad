"""The dataset catalogue: one Qt-free list of what the app can offer, and one place that says when it changed.

Every list of datasets in the window (the Datasets list, Train's dataset choice, Evaluation's "on" list,
Personalize's "My samples", the collect bar) reads :func:`entries` and subscribes with :func:`subscribe`;
everything that changes what exists calls :func:`changed`: creating a user dataset, adding, relabelling,
deleting or restoring samples, merging, registering and unregistering files. So a dataset made on the Recognize
tab is in Train's list at once, with live counts, and no list needs a Refresh button or a restart.

A renamed dataset is followed: :func:`renamed` records where a name went, and a list whose choice is no longer
listed asks :func:`follow` for its new name, so a list that showed it keeps it chosen.

Listeners are called in the thread that made the change; the Qt side re-emits them as a signal, which Qt queues
into the GUI thread (``guiapp.qt.datasets.events``).
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

log = logging.getLogger(__name__)
Listener = Callable[[str], None]  # the name of the dataset that changed
_listeners: list[Listener] = []
_lock = threading.Lock()
_renames: dict[str, str] = {}  # old name → new name, for renames made in this process


def subscribe(listener: Listener) -> Callable[[], None]:
    """Call ``listener(name)`` after every change; returns the function that unsubscribes it."""
    with _lock:
        _listeners.append(listener)

    def unsubscribe() -> None:
        with _lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return unsubscribe


def changed(name: str) -> None:
    """Tell every listener that the dataset ``name`` was created, changed or removed."""
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        try:
            listener(name)
        except Exception:  # noqa: BLE001 — one broken view must not stop a save or the other views
            log.exception("a dataset listener failed")


def renamed(old: str, new: str) -> None:
    """``old`` is now called ``new``: recorded for :func:`follow`, then both names are :func:`changed`."""
    with _lock:
        _renames[old] = new
        _renames.pop(new, None)  # a live name again (renamed back, or a rename undone)
    changed(old)
    changed(new)


def follow(name: str) -> str:
    """The name that ``name`` was renamed to (through later renames), or ``name`` when it was not renamed."""
    seen = {name}
    with _lock:
        while name in _renames and _renames[name] not in seen:
            name = _renames[name]
            seen.add(name)
    return name


def forget_renames() -> None:
    """Forget every rename :func:`follow` knows: they name the datasets of one user folder (tests give each test
    its own, and a rename of "mine" in one test sent another test's "mine" to "Ones")."""
    with _lock:
        _renames.clear()


def entries() -> list[tuple[str, str, str]]:
    """(name, kind, what it is) of every dataset, without reading any of them: built-in, user, system,
    registered. What it is: a built-in's description ("Hiragana, the tutorial's 71 …"), else where it lives."""
    from guiapp.core.datasets.registry import list_datasets

    return [(info.name, info.kind, info.source) for info in list_datasets(load=False)]


__all__ = ["changed", "entries", "follow", "forget_renames", "renamed", "subscribe"]
