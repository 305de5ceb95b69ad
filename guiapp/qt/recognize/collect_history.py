"""Undo and Redo of the collect bar's adds, with the pad's own: Ctrl+Z on the pad after an add brings the drawing
back and takes its sample out of the dataset (and back to its prompt while collecting); Ctrl+Shift+Z adds it again.
A mixin of :class:`~guiapp.qt.recognize.collect_bar.CollectBar` (its ``_adds``, ``_undone_adds``, ``_user``,
``_own_news``, ``_count``, ``_say`` and the collect mode's prompts)."""

from __future__ import annotations

from typing import NamedTuple

from guiapp.core.datasets import catalogue
from guiapp.core.datasets.base import DatasetError
from guiapp.qt.i18n import fmt, translate


class Added(NamedTuple):
    """One add, as Undo on the pad takes it back."""

    ink: object  # the pad's ink token before the add cleared it (DrawingPad.ink_state)
    dataset: str
    sample_id: str
    label: str
    prompted: bool  # it answered a collect-mode prompt, which comes back with it


def _newest_for(adds: list[Added], ink: object) -> Added | None:
    """The newest of ``adds`` if it is the one of the pad's drawing ``ink``, under its dataset's name now (renamed
    since, the old name took nothing back); None otherwise."""
    if not adds or adds[-1].ink is not ink:
        return None
    return adds[-1]._replace(dataset=catalogue.follow(adds[-1].dataset))


class AddHistoryMixin:
    def last_add(self, ink: object) -> Added | None:
        """The add :meth:`undo_add` would take back when the pad's undo brings back ``ink`` (None: none would)."""
        return _newest_for(self._adds, ink)

    def undo_add(self, ink: object) -> bool:
        """The pad's Undo brought back ``ink``: if it is the drawing the last add took, that sample leaves its
        dataset (hidden, as the Datasets area deletes) and its prompt comes back. A drawing added by mistake (the
        wrong label typed) could only be deleted on the Datasets tab."""
        if not self._adds or self._adds[-1].ink is not ink:
            return False
        added = self._adds.pop()
        _, name, sample_id, label, prompted = added
        name = catalogue.follow(name)  # the dataset renamed since the add
        try:
            with self._own_news():
                self._user(name).delete(sample_id)
        except (KeyError, DatasetError, OSError):
            return False  # deleted elsewhere already: nothing to take back
        self._undone_adds.append(added)
        self._count(label, -1)
        if prompted and self.collecting() and self.prompt_index > 0:
            self.prompt_index -= 1
            self._show_prompt()
        # the drawing, not the class: "'spiral' is no longer in" beside a count of 10 spirals read as all of them
        self._say(fmt(translate("recognize", "Taken back: the {0!r} just added is no longer in {1}. Ctrl+Shift+Z adds "
                                             "it again."), label, name))
        return True

    def drop_redo_adds(self) -> None:
        """The pad took a new stroke or clear: the adds Undo took back are no longer Redo's to make again."""
        self._undone_adds = []

    def next_redo_add(self, ink: object) -> Added | None:
        """The add :meth:`redo_add` would make again when the pad's redo clears ``ink`` (None: none would)."""
        return _newest_for(self._undone_adds, ink)

    def redo_add(self, ink_before: object, pad_empty: bool) -> bool:
        """The pad's Redo cleared ``ink_before`` again: the add :meth:`undo_add` took back is made again."""
        if not pad_empty or self.next_redo_add(ink_before) is None:
            return False
        added = self._undone_adds.pop()
        _, name, sample_id, label, prompted = added
        name = catalogue.follow(name)
        try:
            with self._own_news():
                self._user(name).restore(sample_id)
        except (KeyError, DatasetError, OSError):
            return False
        self._adds.append(added)
        self._count(label, +1)
        if prompted and self.collecting() and self.prompt_index + 1 < len(self.prompts):
            self.prompt_index += 1
            self._show_prompt()
        self._say(fmt(translate("recognize", "Added {0!r} to {1} again."), label, name))
        return True


__all__ = ["AddHistoryMixin", "Added"]
