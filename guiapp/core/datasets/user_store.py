"""The folder of the user's own datasets (``<data_dir>/datasets/``): list, open, create, merge, rename, delete.

One dataset is a folder (:mod:`guiapp.core.datasets.user_dataset`). Each change to the folder of datasets is one
atomic step, so another process (a second window, ``guiapp`` on the command line) never sees half of it:

* creating builds the dataset in a hidden folder and renames it into place;
* renaming is one folder rename (its ``dataset.json`` then says the new name, written atomically);
* deleting moves the folder into the hidden ``.deleted-datasets/`` folder (one rename), from which it can be
  restored until it is older than :data:`TRASH_DAYS` days; older ones are removed at the next deletion;
* merging copies sample files (ids are globally unique) into the other dataset, skipping ids already there, so a
  merge interrupted half-way can simply be repeated; another dataset (an imported folder or file) is copied in
  image by image, each one atomic sample file.
"""

from __future__ import annotations

import os
import shutil
import unicodedata
import uuid
from pathlib import Path

from guiapp import paths
from guiapp.core.atomic import atomic_write_bytes, fsync_directory, remove_stale_temps
from guiapp.core.datasets import catalogue
from guiapp.core.datasets.base import DatasetError
from guiapp.core.datasets.user_dataset import (  # noqa: F401  (re-exported: the public face of user datasets)
    DATASET_FILE,
    FORMAT,
    FORMAT_VERSION,
    MAX_IMAGE_SIDE,
    RENDER_SIZE,
    SAMPLES_DIR,
    UserDataset,
    write_description,
)
from guiapp.core.datasets.user_sample import iso_time, now_utc, validate_label, validate_name  # noqa: F401
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core import trash
from guiapp.core.text import Text
from guiapp.core.trash import TRASH_DAYS  # noqa: F401  (re-exported: how long the trash keeps a dataset)

TRASH_DIR = ".deleted-datasets"


class UserStore:
    """The folder of user datasets, by default ``<data_dir>/datasets``."""

    def __init__(self, root: str | os.PathLike | None = None):
        self.root = Path(root) if root is not None else paths.data_dir() / "datasets"

    def __repr__(self) -> str:
        return f"UserStore({str(self.root)!r})"

    def _entries(self) -> list[str]:
        try:
            return [e for e in os.listdir(self.root) if not e.startswith(".")]
        except (FileNotFoundError, NotADirectoryError):
            return []

    def list(self) -> list[str]:
        """Names of the datasets (folders with a ``dataset.json``), sorted case-insensitively."""
        names = []
        for entry in self._entries():
            try:
                if validate_name(entry) != entry:
                    continue
            except ValueError:
                continue
            if (self.root / entry / DATASET_FILE).is_file():
                names.append(entry)
        return sorted(names, key=lambda n: (n.casefold(), n))

    def exists(self, name: str) -> bool:
        """Whether a dataset of this name exists. Never raises: an invalid name simply does not exist."""
        try:
            name = validate_name(name)
        except ValueError:
            return False
        return (self.root / name / DATASET_FILE).is_file()

    def open(self, name: str) -> UserDataset:
        """ValueError for an invalid name; DatasetError when there is no such dataset or it cannot be read."""
        name = validate_name(name)
        entries = self._entries()
        if name not in entries:  # on a case-insensitive file system, use the folder's own spelling
            name = next((e for e in entries if e.casefold() == name.casefold()), name)
        if not (self.root / name).is_dir():
            raise DatasetError(Text("no user dataset named {0!r} in {1}", name, self.root))
        dataset = UserDataset(self.root / name)
        remove_stale_temps(dataset.samples_dir)
        return dataset

    def merge(self, source: str, target: str) -> list[str]:
        """Copy every sample of ``source`` into ``target`` (ids kept; ones already there skipped); returns the ids
        copied (what an undo takes out of ``target`` again). ``source`` is left as it was. Repeating an interrupted
        merge finishes it."""
        src, dst = self.open(source), self.open(target)
        if src.path.resolve() == dst.path.resolve():
            raise ValueError(Text("cannot merge a dataset into itself"))
        dst.samples_dir.mkdir(parents=True, exist_ok=True)
        copied = []
        for record in src.samples():
            out = dst.samples_dir / record.path.name
            if out.exists():
                continue
            atomic_write_bytes(out, record.path.read_bytes())
            copied.append(record.id)
        catalogue.changed(dst.name)
        return copied

    def copy_in(self, dataset, target: str, on_progress=None, should_stop=None) -> list[str]:
        """Add every sample of ``dataset`` (a loaded :class:`~guiapp.core.datasets.base.Dataset`: an imported folder
        or file) to ``target`` as an image under its class's name; returns the ids added (what an undo takes out
        again). Stopped (``should_stop``), the ones added so far stay and are returned. A walk's scans, imported
        as a dataset of their own, could not join the drawings of the same symbols (walk 140)."""
        user = self.open(target)
        images, labels, classes = dataset.images, dataset.labels, list(dataset.classes)
        added: list[str] = []
        try:
            for i in range(len(labels)):
                if should_stop is not None and should_stop():
                    break
                # coverage already (what loaders make of every image), kept exactly as it is
                added.append(user.add_image(images[i], classes[int(labels[i])], source="import", source_ink="light"))
                if on_progress is not None and (i % 50 == 0 or i == len(labels) - 1):
                    on_progress(i + 1, len(labels))
        finally:
            if added:
                catalogue.changed(user.name)
        return added

    def create(self, name: str, spec: PreprocessSpec | None = None) -> UserDataset:
        """A new, empty dataset. ValueError for an invalid name or one already taken (ignoring case), by another
        user dataset or by a built-in one."""
        name = self._free_name(name)
        spec = spec or PreprocessSpec()
        self.root.mkdir(parents=True, exist_ok=True)
        meta = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "name": name,
            "created": iso_time(now_utc()),
            "render_size": RENDER_SIZE,
            "spec": spec.to_dict(),
        }
        # Build the dataset in a hidden folder, then rename it into place: a dataset appears complete or not at
        # all, and of two processes creating the same name at once exactly one wins (the rename onto the other's
        # non-empty folder fails).
        staging = self.root / f".creating-{uuid.uuid4().hex}"
        target = self.root / name
        staging.mkdir()
        try:
            (staging / SAMPLES_DIR).mkdir()
            write_description(staging, meta)
            try:
                os.rename(staging, target)
            except OSError:
                if target.exists():
                    raise ValueError(Text("a dataset named {0!r} already exists", name)) from None
                raise
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        fsync_directory(self.root)
        catalogue.created(name)
        return UserDataset(target)

    def _free_name(self, name: str, renaming: str | None = None) -> str:
        """``name`` validated; ValueError when a built-in or imported dataset or another entry of the folder has it
        (ignoring case). ``renaming``: the dataset being renamed, which may keep its own name in another case."""
        from guiapp.core.datasets.registry import builtin_names, registered

        name = validate_name(name)
        builtin = next((b for b in builtin_names() if b.casefold() == name.casefold()), None)
        if builtin is not None:
            raise ValueError(Text("{0!r} is the name of a built-in dataset; choose another name", builtin))
        # An imported dataset's name too: one of one's own renamed so was listed as the imported one, read-only, and
        # Undo renamed the imported one instead (walk 121)
        imported = next((r for r in registered() if r.casefold() == name.casefold()), None)
        if imported is not None:
            raise ValueError(Text("{0!r} is the name of an imported dataset; choose another name", imported))
        clash = next((e for e in self._entries() if e != renaming
                      and unicodedata.normalize("NFC", e).casefold() == name.casefold()), None)
        if clash is not None:
            if (self.root / clash / DATASET_FILE).is_file():
                raise ValueError(Text("a dataset named {0!r} already exists", clash))
            raise ValueError(Text("{0} already exists and is not a dataset; choose another name", self.root / clash))
        return name

    # -- renaming and deleting whole datasets (the module docstring says how each is one atomic step) -------------
    def rename(self, old: str, new: str) -> UserDataset:
        """Rename a dataset; returns it under its new name. ValueError for an invalid or taken name; DatasetError
        when ``old`` does not exist."""
        dataset = self.open(old)
        new = self._free_name(new, renaming=dataset.name)
        if new == dataset.name:
            return dataset
        target = self.root / new
        try:
            os.rename(dataset.path, target)
        except OSError as exc:
            raise DatasetError(Text("cannot rename {0!r} to {1!r}: {2}", dataset.name, new, exc.strerror or exc)) from None
        fsync_directory(self.root)
        renamed = UserDataset(target)
        renamed.metadata = dict(renamed.metadata, name=new)
        write_description(target, renamed.metadata)
        catalogue.renamed(dataset.name, new)
        return renamed

    def delete(self, name: str) -> str:
        """Move a dataset into the hidden trash folder (:mod:`guiapp.core.trash`); returns the token that
        :meth:`restore` takes."""
        dataset = self.open(name)
        try:
            token = trash.move_to_trash(dataset.path, self.root / TRASH_DIR)
        except OSError as exc:
            raise DatasetError(Text("cannot delete {0!r}: {1}", dataset.name, exc.strerror or exc)) from None
        catalogue.changed(dataset.name)
        return token

    def restore(self, token: str) -> UserDataset:
        """Undo :meth:`delete`: the dataset is back under its name. ValueError when a dataset of that name was made
        in the meantime; KeyError when the token names nothing in the trash."""
        folder = trash.trashed(self.root / TRASH_DIR, token)
        if not (folder / DATASET_FILE).is_file():
            raise KeyError(f"{token!r} is not a deleted dataset")
        name = self._free_name(trash.name_of(token))
        trash.restore(self.root / TRASH_DIR, token, self.root / name)
        catalogue.created(name)
        return UserDataset(self.root / name)

