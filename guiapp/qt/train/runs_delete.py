"""Deleting runs from the Runs list: what Delete asks, the runs moved to the runs' trash, and Ctrl+Z bringing them
back. A mixin of :class:`~guiapp.qt.train.runs.RunsView` (its ``store``, ``note`` and selection)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from guiapp.core.text import Plural
from guiapp.core.training.runs import Run, RunError
from guiapp.qt.confirm import confirm_delete
from guiapp.qt.i18n import localise, translate
from guiapp.qt.recognize.model_picker import run_title


class RunDeletionMixin:
    def _delete(self) -> None:
        chosen = [run for run in self.selected() if run.id != self.active_id and run.id not in self.elsewhere]
        if not chosen:
            return
        question = self.delete_question(chosen)
        if not confirm_delete(self, translate("train", "Delete runs"), question):
            return
        self.delete(chosen)

    def delete_question(self, chosen: list[Run]) -> str:
        """What Delete asks about ``chosen``."""
        if len(chosen) == 1 and chosen[0].best_model_file() is None:  # stopped before an epoch ended: no model
            question = translate("train", "Delete the run {0}? It has no model: no epoch finished.").format(
                run_title(chosen[0]))
        elif len(chosen) == 1:  # "Delete 1 run and their models?" read oddly: one run is named
            question = translate("train", "Delete the run {0} and its model?").format(run_title(chosen[0]))
        else:
            question = localise(Plural("Delete %Ln run(s) and their models?", "", len(chosen)))
        if self.model_in_use and any(Path(self.model_in_use).parent == run.folder for run in chosen):
            # Said before, not found after: the pad's model (the only one that knew the taught characters) went.
            question += "\n\n" + translate("train", "Its model is the one the Recognize pad uses: the pad goes back to a "
                                                      "bundled model.")
        return question

    def delete(self, runs: list[Run]) -> list[str]:
        """Delete ``runs`` (asked already) into the runs' trash; returns the ids deleted, which :attr:`runsDeleted`
        also says. Ctrl+Z (:meth:`undo_delete`) brings them back."""
        deleted, tokens = [], []
        for run in runs:
            try:
                tokens.append(self.store.delete(run.id))
                deleted.append(run.id)
            except (RunError, OSError) as exc:
                QMessageBox.warning(self, translate("train", "Delete runs"), localise(exc))
        self.refresh()
        if deleted:
            self.deleted.append(tokens)
            self.note.setText(localise(Plural("Deleted %Ln run(s). Ctrl+Z brings them back.", "", len(deleted))))
            self.runsDeleted.emit(deleted)
        return deleted

    def undo_delete(self) -> list[str]:
        """Bring back the runs the last deletion moved to the trash; returns their ids."""
        if not self.deleted:
            return []
        restored = []
        for token in self.deleted.pop():
            try:
                restored.append(self.store.restore(token).id)
            except (KeyError, RunError, OSError) as exc:  # emptied from the trash meanwhile
                self.note.setText(translate("train", "Cannot bring the run back: {0}").format(localise(exc)))
        self.refresh()
        for run_id in restored:
            self.select_run(run_id, add=True)
        if restored:
            self.note.setText(localise(Plural("Brought back %Ln run(s).", "", len(restored))))
            self.runsRestored.emit(restored)
        return restored
