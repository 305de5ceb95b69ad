"""The dataset catalogue's changes as a Qt signal: every list of datasets in the window connects to
``dataset_events().changed`` and refreshes itself (the core's :mod:`guiapp.core.datasets.catalogue` says when).
Changes made in a worker thread (an import, a merge) arrive queued in the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from guiapp.core.datasets import catalogue


class DatasetEvents(QObject):
    """Application-wide: ``changed(name)`` after a dataset was created, grown, edited, registered or removed."""

    changed = Signal(str)


_events: DatasetEvents | None = None


def dataset_events() -> DatasetEvents:
    global _events
    if _events is None:
        _events = DatasetEvents()
        catalogue.subscribe(_events.changed.emit)
    return _events
