"""Edits of user datasets as undoable commands, and the task functions the panel runs in its worker.

Every edit is one of the user store's atomic file operations (relabel = rewrite one sample file, delete = hide it
under a name scans skip, undo = put it back; a whole dataset renamed, or moved to the trash and back), so an edit interrupted at any point loses nothing. The commands
live on a QUndoStack: Ctrl+Z / Ctrl+Shift+Z in the Datasets panel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import numpy as np
from PySide6.QtGui import QUndoCommand

from guiapp.core.datasets import catalogue
from guiapp.core.datasets import download as downloads
from guiapp.core.datasets.base import Dataset, DatasetError
from guiapp.core.datasets.export import export_folder, export_npz
from guiapp.core.datasets.registry import SYSTEM_DATASETS, load_path, register
from guiapp.core.datasets.user_store import UserStore
from guiapp.core.text import Plural
from guiapp.qt.datasets.events import dataset_events
from guiapp.qt.i18n import fmt, localise, translate

def split_codes(dataset: Dataset) -> np.ndarray:
    """Per sample: 0 train, 1 validation, 2 test, as training splits it (computed in the worker: ~50 ms at 70k)."""
    split = dataset.split()
    codes = np.zeros(len(dataset), np.int8)
    codes[split.validation] = 1
    codes[split.test] = 2
    return codes


# Reloads a user dataset in the panel after its files changed; the ids, if any, are the samples to show then.
Refresh = Callable[..., None]


class RelabelCommand(QUndoCommand):
    def __init__(self, store: UserStore, dataset: str, ids: list[str], label: str, refresh: Refresh):
        # The text follows "Undo" in the Edit menu and the Undo button's tooltip: in the window's language.
        super().__init__(localise(Plural("relabel %Ln sample(s) as {0!r}", "", len(ids), label)))
        self.store, self.dataset, self.ids, self.label, self.refresh = store, dataset, list(ids), label, refresh
        self.old: dict[str, str] = {}

    def redo(self) -> None:
        user = self.store.open(self.dataset)
        with catalogue.told_once():
            for sample_id in self.ids:
                try:
                    old = user.relabel(sample_id, self.label)
                except KeyError:
                    continue  # deleted meanwhile (another window or process): nothing to relabel
                self.old.setdefault(sample_id, old)
        self.refresh(self.dataset)

    def undo(self) -> None:
        user = self.store.open(self.dataset)
        with catalogue.told_once():
            for sample_id, old in self.old.items():
                try:
                    user.relabel(sample_id, old)
                except KeyError:
                    pass
        self.refresh(self.dataset)


class RenameClassCommand(RelabelCommand):
    """A whole class renamed: its samples relabelled, and the rename noted in the dataset, so a model that learnt
    the class by its old name is fine-tuned under the new one (see ``UserDataset.record_class_rename``)."""

    def __init__(self, store: UserStore, dataset: str, ids: list[str], old: str, new: str, refresh: Refresh):
        super().__init__(store, dataset, ids, new, refresh)
        self.old_name = old
        self.renames_before: dict[str, str] | None = None

    def redo(self) -> None:
        self.renames_before = self.store.open(self.dataset).record_class_rename(self.old_name, self.label)
        super().redo()

    def undo(self) -> None:
        if self.renames_before is not None:
            self.store.open(self.dataset).set_class_renames(self.renames_before)
        super().undo()


class DeleteCommand(QUndoCommand):
    def __init__(self, store: UserStore, dataset: str, ids: list[str], refresh: Refresh):
        super().__init__(localise(Plural("delete %Ln sample(s)", "", len(ids))))
        self.store, self.dataset, self.ids, self.refresh = store, dataset, list(ids), refresh
        self.done: list[str] = []

    def redo(self) -> None:
        self.done = each_sample(self.store.open(self.dataset), "delete", self.ids)
        self.refresh(self.dataset)

    def undo(self) -> None:
        each_sample(self.store.open(self.dataset), "restore", self.done)
        self.refresh(self.dataset, self.done)  # the restored sample is shown, not the one after it


def each_sample(user, step: str, ids: list[str]) -> list[str]:
    """``user.delete`` or ``user.restore`` (``step``) each of ``ids``; the ids it was done to (one deleted or
    restored meanwhile, by another window or an edit in hand, is passed over)."""
    done = []
    with catalogue.told_once():  # once, not once a sample (see catalogue.told_once)
        for sample_id in ids:
            try:
                getattr(user, step)(sample_id)
                done.append(sample_id)
            except KeyError:
                pass
    return done


class _DoneBeforePushed(QUndoCommand):
    """A command already carried out when it is pushed (so a refusal never reaches the stack): the push's redo does
    nothing; a later redo (after an undo) calls :meth:`again`."""

    def __init__(self, text: str):
        super().__init__(text)
        self._pushed = False
        self.failed = False  # the last undo or redo could not be carried out (its reason is what is said)

    def _refused(self, message: str) -> None:
        self.failed = True
        self.fail(message)

    def redo(self) -> None:
        if self._pushed:
            self.again()
        self._pushed = True

    def again(self) -> None:
        raise NotImplementedError


class RenameDatasetCommand(_DoneBeforePushed):
    """A dataset renamed by ``rename(old, new)`` (:func:`guiapp.core.datasets.registry.rename_dataset`: one of
    the user's own or an import)."""

    def __init__(self, rename: Callable[[str, str], object], old: str, new: str, moved: Callable[[str, str], None],
                 fail: Callable[[str], None]):
        super().__init__(translate("datasets", "rename {0} to {1}").format(old, new))
        self.rename, self.old, self.new, self.moved, self.fail = rename, old, new, moved, fail

    def again(self) -> None:
        self._move(self.old, self.new)

    def undo(self) -> None:
        self._move(self.new, self.old)

    def _move(self, old: str, new: str) -> None:
        try:
            self.rename(old, new)
        except (ValueError, DatasetError) as exc:  # e.g. a dataset of the old name was made meanwhile
            self._refused(localise(exc))
            return
        self.moved(old, new)


class MergeCommand(_DoneBeforePushed):
    """The samples a merge copied into ``dataset``: undo takes them out again (into its trash), redo brings them
    back. Not on the stack, a merge left Ctrl+Z to undo an older edit elsewhere (a walk)."""

    def __init__(self, store: UserStore, source: str, dataset: str, ids: list[str], refresh: Refresh):
        super().__init__(translate("datasets", "merge {0} into {1}").format(source, dataset))
        self.store, self.dataset, self.ids, self.refresh = store, dataset, list(ids), refresh

    def undo(self) -> None:
        self._each("delete")

    def again(self) -> None:
        self._each("restore")

    def _each(self, step: str) -> None:
        try:
            user = self.store.open(self.dataset)
        except DatasetError:  # deleted meanwhile: nothing to take out or bring back
            return
        each_sample(user, step, self.ids)
        self.refresh(self.dataset)


class DeleteDatasetCommand(_DoneBeforePushed):
    """A user dataset moved to the trash; undo brings it back from there."""

    def __init__(self, store: UserStore, name: str, token: str, deleted: Callable[[str], None],
                 restored: Callable[[str], None], fail: Callable[[str], None]):
        super().__init__(translate("datasets", "delete the dataset {0}").format(name))
        self.store, self.name, self.token = store, name, token
        self.deleted, self.restored, self.fail = deleted, restored, fail

    def again(self) -> None:
        try:
            self.token = self.store.delete(self.name)
        except (ValueError, DatasetError) as exc:
            self._refused(localise(exc))
            return
        self.deleted(self.name)

    def undo(self) -> None:
        try:
            with dataset_events().restoring_one():  # back, not made: nothing chooses it for that
                self.store.restore(self.token)
        except (KeyError, ValueError, DatasetError) as exc:  # its name taken meanwhile
            self._refused(localise(exc))
            return
        self.restored(self.name)


# -- task functions (run in the worker; Qt-free) ------------------------------------------------------------------
def import_task(path: Path, name: str):
    """Load ``path`` with progress where the loader reports it, then register it; returns (name, dataset)."""

    def run(on_progress, should_stop) -> tuple[str, Dataset]:
        from guiapp.core.datasets.folder import load_folder_dataset

        target = Path(path)
        is_class_folder = target.is_dir() and not any(
            "idx3-ubyte" in e.name or e.name.lower().endswith(".npz") for e in target.iterdir())
        if is_class_folder:
            dataset = load_folder_dataset(target, name=name, progress=on_progress, should_stop=should_stop)
        else:
            on_progress(0, 1)
            dataset = load_path(target, name=name)
            on_progress(1, 1)
        register(target, name, loaded=dataset)
        dataset.kind = "registered"
        return name, dataset, split_codes(dataset)

    return run


def download_task(source: downloads.Source, name: str):
    def run(on_progress, should_stop) -> tuple[str, Dataset]:
        folder = downloads.download(source, on_progress=on_progress, should_stop=should_stop)
        dataset = load_path(folder, name=name)
        register(folder, name, loaded=dataset)
        dataset.kind = "registered"
        return name, dataset, split_codes(dataset)

    return run


def download_name(source: downloads.Source) -> str:
    """The name a download is registered under: the source's, unless a built-in or installed one has it."""
    return f"{source.name} (downloaded)" if source.name in SYSTEM_DATASETS else source.name


def export_task(dataset: Dataset, target: Path, kind: str):
    def run(on_progress, should_stop) -> Path:
        if kind == "npz":
            return export_npz(dataset, target, progress=on_progress)
        return export_folder(dataset, target, progress=on_progress, should_stop=should_stop)

    return run


def merge_task(store: UserStore, source: str, target: str):
    def run(on_progress, should_stop) -> list[str]:
        on_progress(0, 1)
        copied = store.merge(source, target)
        on_progress(1, 1)
        return copied

    return run


def unique_name(wanted: str, taken: list[str]) -> str:
    folded = {t.casefold() for t in taken}
    if wanted.casefold() not in folded:
        return wanted
    n = 2
    while f"{wanted} {n}".casefold() in folded:
        n += 1
    return f"{wanted} {n}"


def import_name(path: Path) -> str:
    path = Path(path)
    stem = path.name
    for suffix in (".gz", ".npz"):
        stem = stem.removesuffix(suffix)
    if path.is_file() and "idx3-ubyte" in path.name:
        stem = path.parent.name  # train-images-idx3-ubyte names nothing; its folder does
    return stem or "imported"


def check_user_editable(kind: str | None, name: str) -> None:
    if kind != "user":
        raise DatasetError(fmt(translate("datasets", "{0!r} is read-only: only your own datasets (under “My datasets”) "
                                                     "can be edited"), name))
