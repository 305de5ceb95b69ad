"""The Datasets panel's edits of a user dataset: relabel, delete, undo and redo (named, in whichever dataset they
change), merge; their buttons and the Edit menu. Where datasets come from and go to is :mod:`.sources`. A mixin of
:class:`~guiapp.qt.datasets.panel.DatasetsPanel`: it uses the panel's list, grid, runner, task queue and
undo stack.

Each action has a method that takes its arguments directly (used by tests and by the dialogs' answers) and a
``choose_…``/button path that asks the user first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QToolButton

from guiapp.core.datasets.base import DatasetError
from guiapp.core.datasets.user_sample import validate_label
from guiapp.core.text import Plural
from guiapp.qt.datasets.edit import DeleteCommand, MergeCommand, RelabelCommand, RenameClassCommand, check_user_editable, merge_task
from guiapp.qt.i18n import fmt, key_names, localise, sentence, translate
from guiapp.qt.look import icon, menu_button


class DatasetActionsMixin:
    # -- buttons --------------------------------------------------------------------------------------------------
    def edit_menu_actions(self, menu) -> list[QAction | None]:
        """The main window's Edit menu while this tab is shown (None: a separator), made as it opens, so each says
        what it would do now. Shortcuts are written in the text, not set: the tab's own shortcuts do the work."""
        def action(text: str, slot, enabled: bool) -> QAction:
            made = QAction(text, menu, triggered=lambda checked=False: slot())
            made.setEnabled(enabled)
            return made

        stack = self.undo_stack
        undo = translate("datasets", "&Undo {0}").format(stack.undoText()) if stack.canUndo() else translate("datasets", "&Undo")
        redo = translate("datasets", "&Redo {0}").format(stack.redoText()) if stack.canRedo() else translate("datasets", "&Redo")
        kind = self.list.kind(self.list.current_name()) if self.list.current_name() is not None else None
        own = kind == "user"
        # Why the edits are greyed, where they are: the toolbar's tooltip said it, the menu did not (a walk).
        reason = ([None, action(translate("datasets", "Built-in and imported datasets are read-only"), lambda: None,
                                False)] if kind is not None and not own else [])
        return [action(undo + "\t" + key_names("Ctrl+Z"), stack.undo, stack.canUndo()),
                action(redo + "\t" + key_names("Ctrl+Shift+Z"), stack.redo, stack.canRedo()), None,
                action(translate("datasets", "Re&label samples…"), self.choose_relabel, self.relabel_button.isEnabled()),
                action(translate("datasets", "Rename &class…"), self.choose_rename_class, own),
                action(translate("datasets", "&Delete samples") + "\t" + key_names("Del"), self.delete_selected,
                       self.delete_button.isEnabled() and bool(self.selected_ids())),
                action(translate("datasets", "&Merge into…"), self.choose_merge, self.merge_button.isEnabled()), None,
                action(translate("datasets", "Re&name dataset…") + "\t" + key_names("F2"), self.choose_rename_dataset,
                       own or kind == "registered"),
                action(translate("datasets", "Delete data&set…"), self.choose_delete_dataset, own), *reason]

    def _build_edit_buttons(self) -> QHBoxLayout:
        self.relabel_button = QToolButton(text=translate("datasets", "Relabel…"))
        self.relabel_button.clicked.connect(self.choose_relabel)
        self.delete_button = QToolButton(text=translate("datasets", "Delete"), icon=icon("delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QToolButton(text=translate("datasets", "Undo"), icon=icon("undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda t: self.undo_button.setToolTip(translate("datasets", "Undo {0}").format(t) if t else translate("datasets", "Undo")))
        self.undo_button.setEnabled(False)
        # "Deleted 3 samples. Ctrl+Z brings them back." stayed up after Ctrl+Z had: the message follows the stack.
        # (A new edit moves it forward too; its own message, set right after, is the one that stays.)
        self._undo_index = self.undo_stack.index()
        self.creation_hint: str | None = None  # the "Created … add the drawings" message, until drawings are added
        self.undo_stack.indexChanged.connect(self._say_undone_or_redone)
        self.merge_button = QToolButton(text=translate("datasets", "Merge…"))
        self.merge_button.clicked.connect(self.choose_merge)
        self.export_button = menu_button(translate("datasets", "Export"), "export", [
            (translate("datasets", "To a folder of class sub-folders…"), lambda: self.choose_export("folder")),
            (translate("datasets", "To an .npz file…"), lambda: self.choose_export("npz"))], translate("datasets", "Write this dataset as PNG folders or .npz"))
        row = QHBoxLayout()
        # Delete and Undo are icon-only (their icons are the universal ones; the tooltips name them): the row of
        # five must fit the grid's column in the window's minimum width.
        self._edit_tips = {
            self.relabel_button: translate("datasets", "Give the samples selected in the grid another class"),
            self.delete_button: translate("datasets", "Delete the samples selected in the grid (Ctrl+Z brings them back)"),
            self.merge_button: translate("datasets", "Copy every sample of this dataset into another of your own "
                                                     "(made with New… if you have no other)")}
        self.undo_button.setToolTip(translate("datasets", "Undo"))
        for button in (self.relabel_button, self.delete_button, self.undo_button, self.merge_button):
            if button in (self.delete_button, self.undo_button):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        return row

    def _update_edit_buttons(self, *_selection) -> None:
        """Relabel… and Delete act on the samples selected in the grid: without a selection they are off (enabled,
        a click did nothing and said nothing: a fresh-eyes walk), and their tips say what they act on. Merge… takes
        the whole dataset."""
        editable = self.current_kind() == "user"
        has_samples = self.dataset is not None and len(self.dataset) > 0  # an empty one has nothing to edit
        selected = self.grid.selectionModel().hasSelection()
        # Merge… needs another dataset of one's own to copy into: it said so only once clicked (a walk)
        into = any(self.list.kind(name) == "user" for name in self.list.names() if name != self.name)
        for button, ready in ((self.relabel_button, selected), (self.delete_button, selected)):
            button.setEnabled(editable and has_samples and ready)
            button.setToolTip(self._edit_tips[button] if editable else
                              translate("datasets", "Built-in and imported datasets are read-only"))
        # An imported dataset is copied into one's own too: scans and drawings of the same symbols could not be
        # put together (walk 140)
        self.merge_button.setEnabled(self._mergeable() and has_samples and into)
        self.merge_button.setToolTip(self._edit_tips[self.merge_button] if self._mergeable() else
                                     translate("datasets", "Built-in datasets cannot be merged; imported datasets and "
                                                           "your own can"))
        self.export_button.setEnabled(self.dataset is not None and len(self.dataset) > 0)

    def _fail(self, message: str) -> None:
        self.last_error = message
        self.show_message(f"⚠ {sentence(message)}", error=True)

    def selected_ids(self) -> list[str]:
        """The ids of the user dataset's samples selected in the grid (what relabel and delete act on)."""
        records = self.records.get(self.name or "")
        if records is None:
            return []
        return [records[i].id for i in self.grid.selected_samples() if i < len(records)]

    def _editable(self) -> bool:
        try:
            check_user_editable(self.current_kind(), self.name or "")
        except DatasetError as exc:
            self._fail(localise(exc))
            return False
        return True

    def _say_undone_or_redone(self, index: int) -> None:
        # Naming what was undone: "the samples are as they were" followed the return of a whole deleted dataset.
        if index == self._undo_index:
            return
        undone = index < self._undo_index
        command = self.undo_stack.command(index if undone else index - 1)
        self._undo_index = index
        if getattr(command, "failed", False):
            # Its reason stays said: "Done again: rename imp to shapes" followed a redo that found no imp (a walk)
            command.failed = False
            return
        # The stack is the panel's, across datasets: Ctrl+Z on digits undid a relabel in my-handwriting, unseen and
        # unnamed (a walk). The dataset it changed is opened, and named.
        elsewhere = getattr(command, "dataset", None)
        if elsewhere and elsewhere != self.name and elsewhere in self.list.names():
            # chosen in the list too: the grid showed it while the list still highlighted the other one (a walk)
            self.list.select(elsewhere, emit=False)
            self.open_dataset(elsewhere)
            text = (translate("datasets", "Undone in {1}: {0}. Ctrl+Shift+Z does it again.") if undone
                    else translate("datasets", "Done again in {1}: {0}. Ctrl+Z undoes it."))
        else:
            text = (translate("datasets", "Undone: {0}. Ctrl+Shift+Z does it again.") if undone
                    else translate("datasets", "Done again: {0}. Ctrl+Z undoes it."))
        self.say_about_dataset(text.format(command.text(), elsewhere))

    # The last message about the dataset shown: an edit ("Deleted 3 samples…", "Undone: …"), an import, a merge, an
    # export, a new or renamed dataset. It goes when another dataset opens ("Imported imp: 12 samples" stayed under
    # the next one, read as about it).
    dataset_said = ""

    def say_about_dataset(self, text: str) -> None:
        self.show_message(text)
        self.dataset_said = text

    def forget_dataset_message(self) -> None:
        """Another dataset opened: "Undone: delete 3 samples" stayed below it, read as about this one (a walk)."""
        if self.dataset_said and self.status.text() == self.dataset_said:
            self.show_message("")
        self.dataset_said = ""

    def _after_edit(self, name: str, focus: list[str] = ()) -> None:
        self.reload_user(name, focus)
        self.refresh()
        self.datasetsChanged.emit()

    def choose_relabel(self) -> None:
        if not self._editable() or not self.selected_ids():
            return
        current, classes = self.relabel_choices()
        n = len(self.selected_ids())
        prompt = localise(Plural("New label for %Ln sample(s):", "", n))
        if current:
            prompt += "\n" + fmt(translate("datasets", "(now {0!r}; pick a class of this dataset or type a new one)"), current)
        # The dataset's classes to pick from, the selection's own label first: a bare text field showed neither.
        label, ok = QInputDialog.getItem(self, translate("datasets", "Relabel"), prompt, classes,
                                         classes.index(current) if current in classes else 0, True)
        if ok:
            self.relabel_selected(label)

    def relabel_choices(self) -> tuple[str, list[str]]:
        """(the selected samples' label when they share one else "", the open dataset's classes)."""
        records = self.records.get(self.name or "") or []
        chosen = set(self.selected_ids())
        labels = {record.label for record in records if record.id in chosen}
        classes = sorted({record.label for record in records})
        return (next(iter(labels)) if len(labels) == 1 else ""), classes

    def relabel_selected(self, label: str) -> bool:
        if not self._editable():
            return False
        ids = self.selected_ids()
        if not ids:
            self._fail(translate("datasets", "select the samples to relabel first"))
            return False
        label = self._valid_label(label)
        if label is None:
            return False
        self.undo_stack.push(RelabelCommand(self.store, self.name, ids, label, self._after_edit))
        self.say_about_dataset(localise(Plural("Relabelled %Ln sample(s)", "", len(ids)))
                      + fmt(translate("datasets", " as {0!r}. Ctrl+Z undoes it."), label))
        return True

    # -- a class renamed: all its samples relabelled, one undoable step ------------------------------------------
    def class_to_rename(self) -> str | None:
        """The class Rename class… is about: the one the grid shows, else the one the selected samples share."""
        index = self.class_filter.currentData()
        if index is not None and self.dataset is not None and index < len(self.dataset.classes):
            return self.dataset.classes[index]
        return self.relabel_choices()[0] or None

    def choose_rename_class(self, index: int | None = None) -> None:
        """Ask for a class's new name (``index``: the Classes tab's row; else :meth:`class_to_rename`). A label
        typed wrong ("arow") could only be fixed by filtering, selecting every sample and Relabel… (a walk)."""
        if not self._editable():
            return
        old = (self.dataset.classes[index] if index is not None and self.dataset is not None
               else self.class_to_rename())
        if old is None:
            self._fail(translate("datasets", "choose the class first: in the Class box above the samples, or right-click "
                                             "it on the Classes tab"))
            return
        new, ok = QInputDialog.getText(self, translate("datasets", "Rename class"),
                                       fmt(translate("datasets", "New name for the class {0!r} (all its samples):"), old),
                                       text=old)
        if ok:
            self.rename_class(old, new)

    def _valid_label(self, label: str) -> str | None:
        """``label`` as stored (trimmed), or None after saying why it cannot be one."""
        try:
            return validate_label(label)
        except ValueError as exc:
            self._fail(localise(exc))
            return None

    def rename_class(self, old: str, new: str) -> bool:
        if not self._editable():
            return False
        new = self._valid_label(new)
        if new is None:
            return False
        ids = [record.id for record in self.records.get(self.name or "") or [] if record.label == old]
        if new == old or not ids:
            return False
        joins = new in {record.label for record in self.records.get(self.name or "") or []}
        # A rename into a class that exists joins the two: no model knows the old one by the new name.
        command = (RelabelCommand(self.store, self.name, ids, new, self._after_edit) if joins else
                   RenameClassCommand(self.store, self.name, ids, old, new, self._after_edit))
        command.setText(fmt(translate("datasets", "rename the class {0!r} to {1!r}"), old, new))
        self.undo_stack.push(command)
        count = localise(Plural("%Ln sample(s)", "", len(ids)))
        said = (fmt(translate("datasets", "The {0} of {1!r} joined the class {2!r}. Ctrl+Z undoes it."), count, old, new)
                if joins else
                # how to learn again, said: nothing offered a way to (walk 161)
                fmt(translate("datasets", "Renamed the class {0!r} to {1!r} ({2}). Ctrl+Z undoes it. A model "
                                          "trained before still answers the old name until it learns again: "
                                          "Teach… {3} learns from the drawings kept."),
                    old, new, count, new))
        self.say_about_dataset(said)
        return True

    def delete_class(self, index: int) -> bool:
        """Every sample of the class at ``index`` (the Classes tab's row menu), undoably: a Teach round stopped after
        two drawings left a class that kept Train from starting, and deleting it took a filter, Ctrl+A and Delete
        (walk 151)."""
        if not self._editable() or self.dataset is None or not 0 <= index < len(self.dataset.classes):
            return False
        label = self.dataset.classes[index]
        ids = [record.id for record in self.records.get(self.name or "") or [] if record.label == label]
        if not ids:
            return False
        command = DeleteCommand(self.store, self.name, ids, self._after_edit)
        command.setText(fmt(translate("datasets", "delete the class {0!r}"), label))
        self.undo_stack.push(command)
        self.say_about_dataset(fmt(translate("datasets", "Deleted the class {0!r} ({1}). Ctrl+Z undoes it."), label,
                                   localise(Plural("%Ln sample(s)", "", len(ids)))))
        return True

    def delete_selected(self) -> bool:
        if not self._editable():
            return False
        ids = self.selected_ids()
        if not ids:
            return False
        rows = [index.row() for index in self.grid.selectionModel().selectedIndexes()]
        self.undo_stack.push(DeleteCommand(self.store, self.name, ids, self._after_edit))
        self.say_about_dataset(localise(Plural("Deleted %Ln sample(s). Ctrl+Z (or Undo) undoes the deletion.", "",
                                               len(ids))))
        # The sample that took the first deleted one's place is chosen, so Delete goes on from there (nothing was
        # selected after a deletion: a keyboard walk could neither see nor delete the next sample).
        model = self.grid.thumb_model
        if rows and model.rowCount():
            self.grid.setCurrentIndex(model.index(min(min(rows), model.rowCount() - 1)))
        return True

    def delete_broken(self) -> bool:
        """Delete the open user dataset's broken samples (undoable, like any deletion)."""
        ids = list(self.problems.broken)
        if not ids or not self._editable():
            return False
        self.undo_stack.push(DeleteCommand(self.store, self.name, ids, self._after_edit))
        self.say_about_dataset(localise(Plural("Deleted %Ln broken sample(s). Ctrl+Z (or Undo) undoes the deletion.", "",
                                      len(ids))))
        return True

    def _mergeable(self) -> bool:
        """One's own dataset, or one imported from files (read whole from them): what Merge… can copy from."""
        return self.current_kind() in ("user", "registered")

    def choose_merge(self) -> None:
        if not self._mergeable():
            self._fail(translate("datasets", "Built-in datasets cannot be merged; imported datasets and your own can"))
            return
        others = [n for n in self.store.list() if n != self.name]
        if not others:
            self._fail(translate("datasets", "there is no other dataset of your own to merge into; create one first"))
            return
        target, ok = QInputDialog.getItem(self, translate("datasets", "Merge"), translate("datasets", "Copy every sample of {0} into:").format(self.name), others, 0, False)
        if ok:
            self.merge_into(target)

    def merge_into(self, target: str) -> None:
        if not self._mergeable():
            return
        source, dataset = self.name, self.dataset

        def done(copied: list[str]) -> None:
            self.datasets.pop(target, None)
            self.refresh()
            if copied:
                self.undo_stack.push(MergeCommand(self.store, source, target, copied, self._after_edit))
            count = localise(Plural("%Ln sample(s)", "", len(copied)))
            self.say_about_dataset(translate("datasets", "Merged {0} into {1}: {2} copied; {3} is unchanged. Ctrl+Z "
                                                         "undoes it.").format(source, target, count, source))
            self.datasetsChanged.emit()

        task = (merge_task(self.store, source, target) if self.current_kind() == "user" else
                lambda on_progress, should_stop: self.store.copy_in(dataset, target, on_progress, should_stop))
        self.queue_task("merge", translate("datasets", "Merging {0} into {1}").format(source, target), task, done)
