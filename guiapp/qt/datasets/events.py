"""The dataset catalogue's changes as a Qt signal: every list of datasets in the window connects to
``dataset_events().changed`` and refreshes itself (the core's :mod:`guiapp.core.datasets.catalogue` says when).
Changes made in a worker thread (an import, a merge) arrive queued in the GUI thread."""

from __future__ import annotations

import contextlib
import weakref

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox

from guiapp.core.datasets import catalogue
from guiapp.qt.dataset_names import dataset_title, with_command_line_name
from guiapp.qt.eliding_combo import ElidingComboBox
from guiapp.qt.i18n import localise


class DatasetEvents(QObject):
    """Application-wide: ``changed(name)`` after a dataset was created, grown, edited, registered or removed.
    ``restoring`` is true while a deleted dataset comes back (an Undo): the lists show it again, but nothing takes
    it for a dataset just made and chooses it (Train's dataset switched to it by itself: a fresh-eyes walk)."""

    changed = Signal(str)
    restoring = False

    @contextlib.contextmanager
    def restoring_one(self):
        self.restoring = True
        try:
            yield
        finally:
            self.restoring = False


_events: DatasetEvents | None = None


def dataset_events() -> DatasetEvents:
    global _events
    if _events is None:
        _events = DatasetEvents()
        catalogue.subscribe(_events.changed.emit)
    return _events


def fill_with_datasets(combo: QComboBox) -> bool:
    """Fill ``combo`` with every dataset of the catalogue (its kind as item data; a separator between kinds), keeping
    the current choice; a path the catalogue does not list (a file or folder opened) stays, at the end; a renamed
    dataset is chosen under its new name, and in place of a deleted one the first dataset is, until the deleted
    one comes back (an Undo) while that first one is still chosen: Train's box stayed on digits after the Undo, and
    Start would have trained on it (walk 120). Signals are held while filling; True when the current text changed."""
    from guiapp.core.datasets.catalogue import entries

    current, kind = combo.currentText(), combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        last_kind = None
        for name, kind_of, what in entries():
            if last_kind is not None and kind_of != last_kind:
                # Built-in, one's own, installed, imported: apart as in the Datasets list (one flat list of 15
                # mixed them: walk 107)
                combo.insertSeparator(combo.count())
            last_kind = kind_of
            combo.addItem(name, kind_of)
            title = dataset_title(name)
            if isinstance(combo, ElidingComboBox) and title != name:  # in the window's language
                combo.set_shown_text(combo.count() - 1, title)
            # The list gives names such as "kyoiku" and "five-fonts": what each is, where the pointer rests.
            combo.setItemData(combo.count() - 1, with_command_line_name(name, localise(what)),
                              Qt.ItemDataRole.ToolTipRole)
        index = combo.findText(current) if current else -1  # (not the separators' empty text)
        if index < 0 and current:
            index = combo.findText(catalogue.follow(current))
        # A path stays; a dataset the catalogue listed and no longer does was deleted: the first dataset is chosen
        # (Train kept a deleted dataset of one's own, and Start failed on it).
        if index < 0 and current and kind in (None, "path"):
            combo.addItem(current, "path")
            index = combo.count() - 1
        deleted, in_its_place = _REPLACED.pop(combo, (None, None))
        if index >= 0 and current == in_its_place and combo.findText(deleted) >= 0:
            index = combo.findText(deleted)  # back: chosen again
        elif index < 0 and current:
            _REPLACED[combo] = (current, combo.itemText(0))
        elif deleted and current == in_its_place:
            _REPLACED[combo] = (deleted, in_its_place)  # another change meanwhile: still remembered
        combo.setCurrentIndex(max(0, index))
    finally:
        combo.blockSignals(False)
    return combo.currentText() != current


# Each box whose chosen dataset was deleted: (that dataset, the one chosen in its place)
_REPLACED: "weakref.WeakKeyDictionary[QComboBox, tuple[str, str]]" = weakref.WeakKeyDictionary()
