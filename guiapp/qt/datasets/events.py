"""One application-wide notifier for user datasets: the collect bar (on the Recognize tab) announces added samples
through it and the Datasets panel refreshes, without the two widgets knowing each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DatasetEvents(QObject):
    """Application-wide: ``userDatasetChanged(name)`` after samples are added, relabelled or deleted."""

    userDatasetChanged = Signal(str)


_events: DatasetEvents | None = None


def dataset_events() -> DatasetEvents:
    global _events
    if _events is None:
        _events = DatasetEvents()
    return _events
