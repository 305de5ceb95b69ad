"""The dataset catalogue: one Qt-free list of what the app can offer, and one place that says when it changed.

Every list of datasets in the window (the Datasets list, Train's dataset choice, Evaluation's "on" list,
Personalize's "My samples", the collect bar) reads :func:`entries` and subscribes with :func:`subscribe`;
everything that changes what exists calls :func:`changed`: creating a user dataset, adding, relabelling,
deleting or restoring samples, merging, registering and unregistering files. So a dataset made on the Recognize
tab is in Train's list at once, with live counts, and no list needs a Refresh button or a restart.

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


def entries() -> list[tuple[str, str]]:
    """(name, kind) of every dataset, without reading any of them: built-in, user, system, registered."""
    from guiapp.core.datasets.registry import list_datasets

    return [(info.name, info.kind) for info in list_datasets(load=False)]


__all__ = ["changed", "entries", "subscribe"]
