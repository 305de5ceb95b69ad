"""Where the Datasets panel's datasets come from and go to: reading installed datasets' sizes in the background,
import (menu and drag-and-drop), download and export. A mixin of :class:`~guiapp.qt.datasets.panel.DatasetsPanel`,
like :mod:`.actions` (the edits): it uses the panel's list, runner and task queue.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton

from guiapp.core.datasets import download as downloads
from guiapp.core.datasets.base import DatasetError
from guiapp.core.datasets.export import safe_folder_name
from guiapp.core.datasets.registry import registered, unregister
from guiapp.core.text import Plural
from guiapp.qt.datasets.download_dialog import DownloadDialog
from guiapp.qt.datasets.edit import download_name, download_task, export_task, import_name, import_task, unique_name
from guiapp.qt import file_dialogs
from guiapp.qt.i18n import fmt, localise, translate
from guiapp.qt.look import icon, menu_button
from guiapp.qt.dataset_names import dataset_title


def _loads_quickly(source: str) -> bool:
    path = Path(source) if source else None
    if path is None or not path.exists():
        return False
    names = [path.name] if path.is_file() else [p.name for p in path.iterdir()]
    return any("idx3-ubyte" in n or n.lower().endswith(".npz") for n in names)


def _one_per_idx_folder(paths: list[Path]) -> list[Path]:
    """IDX files from one folder → one images file of them (its loader finds the labels and the other split
    beside it), or the folder when only labels files were given. Other paths pass unchanged."""
    out: list[Path] = []
    groups: dict[Path, list[Path]] = {}
    for path in paths:
        if path.is_file() and ("idx1-ubyte" in path.name or "idx3-ubyte" in path.name):
            if path.parent not in groups:
                out.append(path.parent)  # a placeholder, replaced below
            groups.setdefault(path.parent, []).append(path)
        else:
            out.append(path)
    for folder, files in groups.items():
        images = sorted((f for f in files if "idx3-ubyte" in f.name), key=lambda f: ("train" not in f.name, f.name))
        choice = files[0] if len(files) == 1 else (images[0] if images else folder)
        out[out.index(folder)] = choice
    return out


class DatasetSourcesMixin:
    def _build_source_buttons(self) -> QHBoxLayout:
        self.import_button = menu_button(translate("datasets", "Import"), "import", [
            (translate("datasets", "Folder (class sub-folders, IDX or .npz)…"), self.choose_import_folder),
            (translate("datasets", "File (.npz or IDX images file)…"), self.choose_import_file)], translate("datasets", "Add a dataset from files on this computer"))
        self.download_button = QPushButton(icon("download"), translate("datasets", "Download…"))
        self.download_button.clicked.connect(self.choose_download)
        self.new_button = QPushButton(icon("new"), translate("datasets", "New…"))
        self.new_button.setToolTip(translate("datasets", "Create an empty dataset of your own; add drawings to it from the pad"))
        self.new_button.clicked.connect(self.choose_new_user_dataset)
        row = QHBoxLayout()
        for button in (self.import_button, self.download_button, self.new_button):
            row.addWidget(button)
        return row

    def menu_actions(self) -> list[QAction]:
        """Actions for the main window's File menu: import a folder or files, download, new dataset."""
        if not hasattr(self, "_menu_actions"):
            self._menu_actions = [
                QAction(translate("datasets", "Import dataset &folder…"), self,
                        triggered=self._on_this_tab(self.choose_import_folder)),
                QAction(translate("datasets", "Import dataset fi&les…"), self,
                        triggered=self._on_this_tab(self.choose_import_file)),
                QAction(translate("datasets", "Do&wnload dataset…"), self, triggered=self._on_this_tab(self.choose_download)),
                QAction(translate("datasets", "&New dataset of my own…"), self,
                        triggered=self._on_this_tab(self.choose_new_user_dataset)),
            ]
        return self._menu_actions

    def _on_this_tab(self, action):
        """``action`` from the File menu, with the Datasets tab shown first: its progress and its outcome ("the
        folder is empty") are said there, and from Recognize nothing was seen to happen (walk 121)."""
        def run(_checked=False) -> None:
            window = self.window()
            if hasattr(window, "show_area"):
                window.show_area(self)
            action()
        return run

    def _count_in_background(self) -> None:
        """Read the installed and imported datasets that load quickly (IDX, .npz: well under a second each) so
        the list shows their classes and sizes; opening one later is then instant. Slow ones (image folders)
        show their sizes once opened."""
        for name, info in self.list.infos.items():
            if info.kind in ("system", "registered") and name not in self.datasets and _loads_quickly(info.source):
                task = self._open_task(name)

                def quiet(on_progress, should_stop, task=task):
                    try:
                        return task(on_progress, should_stop)
                    except Exception:  # noqa: BLE001 - a damaged dataset is reported when the user opens it
                        return None

                self._background.append(("count", translate("datasets", "Reading {0}").format(dataset_title(name)), quiet,
                                         lambda r, n=name: r is not None and n not in self.datasets and self._opened(n, r, False)))
        self._run_next()

    # -- import ---------------------------------------------------------------------------------------------------
    def _imported(self, result) -> None:
        name, dataset, codes = result
        self.datasets[name] = dataset
        self.codes[name] = codes
        self.refresh()
        self.list.select(name)  # shows it (already loaded)
        n_skipped, n_classes = len(dataset.problems), len(dataset.classes)
        # "or folder(s)": an empty class folder is skipped too, and was counted as a file
        then = translate("recognize", "; ")  # the language's ("30 サンプル、3 クラス; サイズの…": walk 168)
        skipped = (then + localise(Plural("%Ln file(s) or folder(s) skipped (listed below the grid)", "", n_skipped))
                   if n_skipped else "")
        if dataset.fitted:  # not every file's size, though the header says one (walk 165)
            height, width = dataset.image_shape
            skipped += then + localise(Plural("%Ln image(s) of other sizes fitted into {0}×{1}, their shape kept", "",
                                              dataset.fitted, width, height))
        self.say_about_dataset(translate("datasets", "Imported {0}: {1}, {2}{3}.").format(
            name, localise(Plural("%Ln sample(s)", "", len(dataset))),
            localise(Plural("%Ln class(es)", "", n_classes)), skipped))
        self.datasetsChanged.emit()

    def import_paths(self, paths: list[str | Path]) -> None:
        """Import each file or folder in the worker, one after another; each is registered and listed.
        IDX files dropped together (images and labels, train and test) are one dataset: their folder's."""
        taken = self.list.names() + self.store.list()
        imported = {source: name for name, source in registered().items()}
        for path in _one_per_idx_folder([Path(p) for p in paths]):
            earlier = imported.get(str(path.expanduser().resolve()))
            if earlier is not None and earlier in self.list.names():
                self._open_again(earlier, path)
                continue
            name = unique_name(import_name(path), taken)
            taken.append(name)
            self.queue_task("import", translate("datasets", "Importing {0}").format(path.name), import_task(path, name), self._imported)

    def _open_again(self, name: str, path: Path) -> None:
        """``path`` imported before as ``name``: that dataset opens again, read afresh (files may have been added
        since), rather than a second name for the same files (a walk imported a folder twice and got "imp 2")."""
        self.datasets.pop(name, None)
        self.codes.pop(name, None)
        self.list.select(name, emit=False)
        self.open_dataset(name)
        said = (translate("datasets", "{0} was imported before: opened it again, its files read afresh.").format(name)
                if path.name == name else
                translate("datasets", "{0} was imported before as {1}: opened it again, its files read "
                                      "afresh.").format(path.name, name))
        self.say_about_dataset(said)

    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("datasets", "Import a dataset folder"),
                                                  str(file_dialogs.start_folder(file_dialogs.DATASETS)))
        if folder:
            file_dialogs.remember(file_dialogs.DATASETS, folder)
            self.import_paths([folder])

    def choose_import_file(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, translate("datasets", "Import dataset files"),
                                                str(file_dialogs.start_folder(file_dialogs.DATASETS)),
                                                translate("datasets", "Datasets (*.npz *idx3-ubyte *idx3-ubyte.gz);;All files (*)"))
        if files:
            file_dialogs.remember(file_dialogs.DATASETS, files[0])
            self.import_paths(files)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def remove_registered(self, name: str) -> None:
        """Forget an imported dataset (the registry entry only: its files are not touched)."""
        try:
            unregister(name)
        except DatasetError as exc:
            self._fail(localise(exc))
            return
        for cache in (self.datasets, self.codes):
            cache.pop(name, None)
        if self.name == name or self.list.current_name() == name:
            self._clear_view(translate("datasets", "Choose a dataset on the left."))
        self.refresh()
        self.show_message(translate("datasets", "Removed {0} from the list; its files were left where they are.").format(name))
        self.datasetsChanged.emit()

    def choose_download(self) -> None:
        dialog = DownloadDialog(self)
        if dialog.exec() and dialog.chosen() is not None:
            self.start_download(dialog.chosen())

    def start_download(self, source: downloads.Source) -> None:
        name = download_name(source)
        self.queue_task("download", translate("datasets", "Downloading {0}").format(source.name), download_task(source, name), self._imported)

    def choose_export(self, kind: str) -> None:
        if self.dataset is None:
            return
        if kind == "npz":
            path, _ = QFileDialog.getSaveFileName(self, translate("datasets", "Export as .npz"),
                                                  file_dialogs.offered(file_dialogs.DATASETS, f"{self.name}.npz"),
                                                  translate("datasets", "NumPy archive (*.npz)"))
        else:
            # A new folder, named after the dataset as the .npz is: a folder picker wanted an empty folder that
            # already existed, so a walk had to leave the app to make one.
            offered = file_dialogs.start_folder(file_dialogs.DATASETS) / safe_folder_name(self.name)
            # A name not taken: the folder a dataset was imported from is often there under its name, and the
            # dialog opened inside it with no name to save under (a walk).
            n = 2
            while offered.exists():
                offered = offered.with_name(f"{safe_folder_name(self.name)} ({n})")
                n += 1
            path, _ = QFileDialog.getSaveFileName(self, translate("datasets", "Export into a new folder"), str(offered))
        if path:
            file_dialogs.remember(file_dialogs.DATASETS, path)
            self.export_current(Path(path), kind)

    def export_current(self, target: Path, kind: str = "folder") -> None:
        dataset = self.dataset
        if dataset is None:
            return
        if kind == "npz" and target.suffix.lower() != ".npz":
            target = target.with_name(target.name + ".npz")
        self.queue_task("export", translate("datasets", "Exporting {0}").format(dataset_title(dataset.name)), export_task(dataset, Path(target), kind),
                        lambda path: self.say_about_dataset(fmt(translate("datasets", "Exported {0} ({1:,} samples) to {2}."), dataset.name, len(dataset), path)))
