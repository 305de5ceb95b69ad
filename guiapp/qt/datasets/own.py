"""The user's own datasets as wholes, in the Datasets area: make one, rename it (an imported one too), delete it (a mixin of
:class:`~guiapp.qt.datasets.panel.DatasetsPanel`). Renaming and deleting are undoable (Ctrl+Z on the tab, until the
window closes); a deleted dataset stays in the store's trash folder for ``TRASH_DAYS`` days.

The list's context menu, F2 on the list and the Edit menu (while this tab is shown) reach them; each action has
a method that asks first (``choose_…``) and one that takes its arguments directly (tests, the dialogs' answers).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QInputDialog, QMenu

from guiapp.core.datasets import builtin, catalogue, registry
from guiapp.core.datasets.base import DatasetError
from guiapp.core.datasets.user_store import TRASH_DAYS
from guiapp.core.text import Plural
from guiapp.qt.confirm import ask_name, confirm_delete
from guiapp.qt.dataset_names import check_not_a_title
from guiapp.qt.datasets.edit import DeleteDatasetCommand, RenameDatasetCommand, check_user_editable
from guiapp.qt.i18n import localise, translate


# What each size of builtin.INPUT_SIZES suits, as its menu entry says it
SIZE_NAMES = {28: QT_TRANSLATE_NOOP("datasets", "{0}×{0} px: digits, letters, symbols"),
              32: QT_TRANSLATE_NOOP("datasets", "{0}×{0} px: kana (their marks ゛ ゜ stay readable)"),
              48: QT_TRANSLATE_NOOP("datasets", "{0}×{0} px: detailed symbols"),
              64: QT_TRANSLATE_NOOP("datasets", "{0}×{0} px: kanji (many strokes)")}


class OwnDatasetsMixin:
    # -- new ------------------------------------------------------------------------------------------------------
    def choose_new_user_dataset(self) -> None:
        ask_name(self, translate("datasets", "New dataset"), translate("datasets", "Name of your new dataset:"),
                 lambda name: None if self.new_user_dataset(name) else self.last_error)

    def new_user_dataset(self, name: str) -> bool:
        try:
            check_not_a_title(name)
            created = self.store.create(name)
        except (ValueError, DatasetError) as exc:
            self._fail(localise(exc))
            return False
        self.refresh()
        self.list.select(created.name)
        self.creation_hint = translate("datasets", "Created {0}. Draw on the Recognize tab and add the drawings to it.").format(created.name)
        self.say_about_dataset(self.creation_hint)
        self.datasetsChanged.emit()
        self.datasetCreated.emit(created.name)
        return True

    # -- rename ---------------------------------------------------------------------------------------------------
    def choose_rename_dataset(self, name: str | None = None) -> None:
        if name is not None and self.list.kind(name) not in ("user", "registered"):
            try:
                check_user_editable(self.list.kind(name), name)  # raises: says why (a built-in is read-only)
            except DatasetError as exc:
                self._fail(localise(exc))
            return
        name = name or self._own_current(also_imported=True)
        if name is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(translate("datasets", "Rename dataset"))
        dialog.setLabelText(translate("datasets", "New name of {0}:").format(name))
        dialog.setTextValue(name)
        width = dialog.fontMetrics().horizontalAdvance(name) + 120  # the whole name in view, as Rename run does
        dialog.resize(max(dialog.sizeHint().width(), min(width, 700)), dialog.sizeHint().height())
        # A refused name asks again, saying why, with the name typed still there (the dialog closed and the reason
        # stayed on the status line long after).
        while dialog.exec() and dialog.textValue().strip():
            if self.rename_user_dataset(name, dialog.textValue().strip()):
                return
            dialog.setLabelText(translate("datasets", "New name of {0}:").format(name) + "\n" + self.last_error)

    def rename_user_dataset(self, name: str, new: str) -> bool:
        """Rename one of the user's own datasets, or an imported one (its files stay where they are: only the name
        the app lists it by changes; an import was named after its file or folder, with no say)."""
        def rename(old: str, new: str) -> str:
            return registry.rename_dataset(old, new, self.store)

        try:
            check_not_a_title(new)
            renamed = rename(name, new)
        except (ValueError, DatasetError) as exc:
            self._fail(localise(exc))
            return False
        if renamed == name:
            return True
        self.undo_stack.push(RenameDatasetCommand(rename, name, renamed, self._dataset_moved, self._fail))
        self._dataset_moved(name, renamed)
        self.say_about_dataset(translate("datasets", "Renamed {0} to {1}. Ctrl+Z undoes it.").format(name, renamed))
        return True

    def _dataset_moved(self, old: str, new: str) -> None:
        shown = self.name == old
        self._forget(old)
        self.refresh()
        if shown:
            self.list.select(new)  # opens it under its new name
        self.datasetsChanged.emit()

    # -- delete ---------------------------------------------------------------------------------------------------
    def choose_delete_dataset(self, name: str | None = None) -> None:
        name = name or self._own_current()
        if name is None:
            return
        if confirm_delete(self, translate("datasets", "Delete dataset"), self.delete_dataset_question(name)):
            self.delete_user_dataset(name)

    def delete_dataset_question(self, name: str) -> str:
        try:
            samples = sum(self.user_dataset(name).counts().values())
        except (DatasetError, OSError, ValueError):
            samples = 0
        drawings = localise(Plural("%Ln sample(s)", "", samples))
        return translate("datasets", "Delete your dataset {0} ({1})?\n\nCtrl+Z on this tab brings it back until you "
                                     "close the window; its files are kept in the trash for {2} days.").format(
            name, drawings, TRASH_DAYS)

    def delete_user_dataset(self, name: str) -> bool:
        try:
            token = self.store.delete(name)
        except (ValueError, DatasetError) as exc:
            self._fail(localise(exc))
            return False
        self.undo_stack.push(DeleteDatasetCommand(self.store, name, token, self._dataset_deleted,
                                                  self._dataset_restored, self._fail))
        self._dataset_deleted(name)
        self.show_message(translate("datasets", "Deleted the dataset {0}. Ctrl+Z (or Undo) brings it back.").format(name))
        return True

    def _dataset_deleted(self, name: str) -> None:
        shown = self.name == name
        self._forget(name)
        if shown:
            self._clear_view(translate("datasets", "Choose a dataset on the left."))
        self.refresh()
        self.datasetsChanged.emit()

    def _dataset_restored(self, name: str) -> None:
        self.refresh()
        self.list.select(name)
        self.datasetsChanged.emit()

    # -- input size -----------------------------------------------------------------------------------------------
    def choose_input_size(self, name: str | None = None) -> None:
        """The header's "28×28 px" of a dataset of one's own (the one shown), or its list menu's Input size… (the
        keyboard's way): a menu of the sizes its drawings can be read at, at the mouse or under the row."""
        at = QCursor.pos() if name is None else self.list.row_corner(name)
        name = name or self._own_current()
        if name is None or at is None:
            return
        current = self.user_dataset(name).spec
        menu = QMenu(self)
        for side, spec in builtin.INPUT_SIZES.items():
            action = menu.addAction(translate("datasets", SIZE_NAMES[side]).format(side),
                                    lambda side=side: self.set_input_size(name, side))
            action.setCheckable(True)
            action.setChecked((current.height, current.width) == (spec.height, spec.width))
            if action.isChecked():
                menu.setActiveAction(action)
        menu.exec(at)

    def set_input_size(self, name: str, side: int) -> bool:
        """Read ``name``'s drawings at ``side`` × ``side`` from now on (kept at 128 px: nothing is lost)."""
        try:
            self.user_dataset(name).set_spec(builtin.INPUT_SIZES[side])
        except (OSError, DatasetError) as exc:
            self._fail(localise(exc))
            return False
        self.datasets.pop(name, None)
        self.codes.pop(name, None)
        if name in self.records:  # read again at the new size
            del self.records[name]
        self.open_dataset(name)
        catalogue.changed(name)  # the Train area describes it again (input size, parameters)
        self.say_about_dataset(translate("datasets", "{0} is now read at {1}×{1} px. Its drawings are kept at 128×128 "
                                                     "px, so nothing is lost; models trained before keep their own "
                                                     "size.").format(name, side))
        return True

    # -- shared ---------------------------------------------------------------------------------------------------
    def _own_current(self, also_imported: bool = False) -> str | None:
        """The dataset chosen in the list when it is one of the user's own (or ``also_imported``, an import), else
        None (said on the status line)."""
        name = self.list.current_name()
        if name is None or self.list.kind(name) not in (("user", "registered") if also_imported else ("user",)):
            self._fail(translate("datasets", "choose one of your own datasets (under “My datasets”) first"))
            return None
        return name

    def _forget(self, name: str) -> None:
        """Drop what this panel keeps of ``name`` (it was renamed or deleted)."""
        for cache in (self.datasets, self.records, self.codes, self._users):
            cache.pop(name, None)
        if self.name == name:
            self.name = None
