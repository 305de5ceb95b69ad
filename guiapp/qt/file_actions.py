"""The main window's file actions: open, paste and drop images; drop model files; save the drawing as an image.

A mixin of :class:`guiapp.qt.main_window.MainWindow` (it uses ``self.recognize``, ``self.tabs``, ``use_model`` and
``_show_error``), kept apart so the window module stays about assembling the parts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from guiapp.core.datasets.base import DatasetError
from guiapp.core.datasets.export import safe_folder_name
from guiapp.core.imagefile import ImageFileError, read_image
from guiapp.core.text import Plural
from guiapp.qt.recognize.images import IMAGE_SUFFIXES, image_filter, qimage_to_pil
from guiapp.qt.recognize.model_picker import MODEL_FILTER
from guiapp.paths import MODEL_SUFFIXES, resource
from guiapp.qt import file_dialogs
from guiapp.qt.i18n import listing, localise, translate


def project_filter() -> str:
    return translate("file_actions", "Inkling projects (*.zip)") + ";;" + translate("recognize", "All files (*)")


# Keras first, the one format Inkling and its command line open again: two walks took the dialog's first format,
# LiteRT, and were refused by `guiapp recognize` (walks 113, 117). (Translated where shown: "(a folder)" stayed
# English in a Chinese window, walk 116.)
EXPORT_FILTERS = {"Keras (*.keras)": "keras", "LiteRT / TF Lite (*.tflite)": "tflite", "ONNX (*.onnx)": "onnx",
                  QT_TRANSLATE_NOOP("file_actions", "TensorFlow SavedModel (a folder)"): "savedmodel"}
# ONNX offered where its converter can be installed, said so before a path is chosen (walk 142 learnt it after)
ONNX_NEEDS = QT_TRANSLATE_NOOP("file_actions", "ONNX, needs pip install tf2onnx onnx (*.onnx)")


class FileActionsMixin:
    # -- images --------------------------------------------------------------------------------------------------------
    def open_image(self, path) -> bool:
        try:
            image = read_image(path)
        except ImageFileError as exc:
            self._show_error(translate("file_actions", "Cannot open image"), localise(exc))
            return False
        self.tabs.setCurrentWidget(self.recognize)
        self.recognize.show_image(image)
        return True

    def open_model_dialog(self) -> None:
        # Where the last model file was chosen (one that failed to load too: its neighbours are the likely next
        # try), else the folder of the model in use, unless that is a bundled one (the first Open showed the
        # installed package's own folder: a walk).
        folder = Path(self._model_path).parent if self._model_path else None
        if folder is not None and folder.resolve() == resource("models").resolve():
            folder = None
        start = str(file_dialogs.start_folder(file_dialogs.MODELS, folder))
        path, _ = QFileDialog.getOpenFileName(self, translate("main_window", "Open model"), start,
                                              translate("recognize", MODEL_FILTER))
        if path:
            file_dialogs.remember(file_dialogs.MODELS, path)
            self.use_model(path)

    def open_image_dialog(self) -> None:
        # Where the last image came from: several images of one folder are opened one after another.
        path, _ = QFileDialog.getOpenFileName(self, translate("file_actions", "Open image"),
                                              str(file_dialogs.start_folder(file_dialogs.IMAGES)), image_filter())
        if path:
            file_dialogs.remember(file_dialogs.IMAGES, path)
            self.open_image(path)

    def paste_image(self) -> bool:
        from PySide6.QtGui import QGuiApplication

        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasImage():
            image = QGuiApplication.clipboard().image()
            if not image.isNull():
                self.tabs.setCurrentWidget(self.recognize)
                self.recognize.show_image(qimage_to_pil(image))
                return True
        if mime is not None and mime.hasUrls():
            return any(self._open_dropped(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())
        self.statusBar().showMessage(translate("file_actions", "The clipboard holds no image"), 3000)
        return False

    def save_drawing_dialog(self) -> None:
        pad = self.recognize.pad
        if self.recognize.recognizer is None or pad.stroke_count() == 0:
            # Said as it is: with an opened picture on the pad and a model loaded, "draw a character (and load a
            # model)" read as if the model were missing (a walk)
            said = (translate("file_actions", "Nothing to save: the pad shows an opened picture, not a drawing")
                    if pad.image() is not None else
                    translate("file_actions", "Nothing to save: draw a character first")
                    if self.recognize.recognizer is not None else
                    translate("file_actions", "Nothing to save: draw a character (and load a model) first"))
            self.statusBar().showMessage(said, 5000)
            return
        # Named after what the pad reads it as ("drawing.png" for a star: walk 161), else in the window's language
        # ("drawing.png" in the French window: a walk)
        top = self.recognize.prediction.top if self.recognize.prediction is not None else []
        name = safe_folder_name(str(top[0][0]) if top else
                                translate("file_actions", "drawing", "the file name offered for a saved drawing"))
        path = file_dialogs.ask_save_path(self, translate("file_actions", "Save drawing as image"), file_dialogs.IMAGES,
                                          f"{name}.png", translate("file_actions", "PNG images (*.png)"))
        if path:
            try:
                self.save_drawing(path)
            except OSError as exc:
                self.statusBar().showMessage(translate("file_actions", "Could not save {0}: {1}").format(
                    path, exc.strerror or exc), 10000)
                return
            # Said, as a saved model is; and why it looks inverted beside the pad (walk 111)
            self.statusBar().showMessage(translate("file_actions", "Saved {0}: white ink on black, as the model "
                                                                  "sees it").format(path), 10000)

    def save_drawing(self, path) -> Path:
        """The drawing as the recognizer rasterises it (white ink on black, as MNIST), written atomically, so
        ``guiapp recognize`` on the file answers exactly as the pad does."""
        from PIL import Image

        from guiapp.core.atomic import atomic_path

        recognizer = self.recognize.recognizer
        coverage = recognizer.rasterise(self.recognize.pad.drawing(), self.recognize.pad.pen_width())
        path = Path(path)
        with atomic_path(path) as tmp:
            Image.fromarray(coverage, "L").save(tmp, format="PNG")
        return path

    # -- project files: your datasets, the model and the Train settings in one file -----------------------------
    def export_project(self, path, datasets: list[str] | None = None, with_model: bool = True) -> Path:
        """``datasets`` (by default the collect bar's), the model in use (unless bundled: every install has those,
        or ``with_model`` is False) and the Train settings, into one project file."""
        from guiapp.core.project import export_project
        from guiapp.core.training.runs import run_of_model
        from guiapp.qt.recognize.model_picker import model_display_name

        default, model = self._project_contents()
        model = model if with_model else None
        # A run's model is named by its run, which stays here: its name goes with it (see import_project)
        named = model_display_name(model) if model and run_of_model(model) is not None else None
        return export_project(path, default if datasets is None else datasets, model,
                              self.train_area.settings.choice(), model_name=named)

    def _project_contents(self) -> tuple[list[str], str | None]:
        """What a project file takes unless chosen otherwise: the dataset of one's own in view (the Datasets tab's
        when it is in front, else the collect bar's) and the model in use (None if bundled)."""
        from guiapp.qt.recognize.model_picker import bundled_models

        store = self.collect_bar.store
        shown = self.datasets_area.name if self.tabs.currentWidget() is self.datasets_area else None
        dataset = shown if shown and store.exists(shown) else self.collect_bar.dataset_name()
        datasets = [dataset] if dataset and store.exists(dataset) else []
        model = self.current_model_path()
        if model and any(str(p) == model for _, p in bundled_models()):
            model = None
        return datasets, model

    def import_project(self, path) -> bool:
        """Bring a project in: its datasets join yours, its model is used for recognition, its Train settings are
        restored. A refused file changes nothing and says why."""
        from guiapp.core.project import ProjectError, import_project

        try:
            project = import_project(path)
        except ProjectError as exc:
            self._show_error(translate("file_actions", "Cannot import this project"), localise(exc))
            return False
        if project.datasets:
            self.collect_bar.set_dataset(project.datasets[0])
        # Its datasets by the names they have here: one that took another name left Train on the dataset of the old
        # name that was here already (a walk)
        training = dict(project.training)
        if training.get("dataset") in project.renamed:
            training["dataset"] = project.renamed[training["dataset"]]
        self.train_area.settings.restore(training)
        if project.model_path:
            self.use_model(project.model_path)
        # What changed is said: a walk found the pad's model and the collect dataset switched to the project's
        # with the bare "dataset My Symbols-2, a model".
        parts = [translate("file_actions", "dataset {0} (new drawings now go into it)").format(name) if i == 0
                 else translate("file_actions", "dataset {0}").format(name) for i, name in enumerate(project.datasets)]
        if project.model_path:
            parts.append(translate("file_actions", "its model, now recognising"))
        said = translate("file_actions", "Imported {0}: {1}").format(Path(path).name, listing(parts))
        self.statusBar().showMessage(said, 8000)
        # What needs a look is said where it stays: a dataset that took another name (one of that name was here,
        # and Train and Personalize still chose the old one: a walk), samples that cannot be read
        notes = [translate("file_actions", "A dataset named {0} was here already: the project's is called {1}.")
                 .format(old, new) for old, new in project.renamed.items()]
        if project.unreadable:
            notes.append(localise(Plural("%Ln sample(s) in it could not be read: the Datasets tab lists them, with "
                                         "Delete.", "", project.unreadable)))
        if notes:
            box = QMessageBox(QMessageBox.Icon.Information, translate("file_actions", "Project imported"),
                              "\n\n".join([said, *notes]), parent=self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        return True

    def export_project_dialog(self) -> None:
        """File → Export project…: which of one's own datasets go in, and the model, asked first (a project took the
        collect row's dataset, empty, while the one meant was open on the Datasets tab: a walk); then where, offered
        under the first dataset's name; then what went in is said."""
        from guiapp.qt.project_dialog import ProjectContentsDialog
        from guiapp.qt.recognize.model_picker import model_display_name

        default, model = self._project_contents()
        store = self.collect_bar.store
        own = []
        for name in store.list():
            try:
                own.append((name, sum(store.open(name).counts().values())))
            except (DatasetError, OSError, ValueError):  # a broken one is said when it is opened
                continue
        contents = ProjectContentsDialog(self, own, set(default), model_display_name(model) if model else None)
        self.project_contents_box = contents  # the one shown (tests answer it)
        if contents.exec() != QDialog.DialogCode.Accepted:
            return
        datasets, with_model = contents.chosen_datasets(), contents.include_model()
        offered = file_dialogs.offered(file_dialogs.PROJECTS, f"{safe_folder_name(datasets[0]) if datasets else 'my-inkling-project'}.zip")
        path, _ = QFileDialog.getSaveFileName(self, translate("file_actions", "Export project"), offered,
                                              project_filter())
        if path:
            file_dialogs.remember(file_dialogs.PROJECTS, path)
            try:
                saved = self.export_project(path, datasets, with_model)
            except (OSError, ValueError, DatasetError) as exc:  # a dataset that went away, a full disk
                self._show_error(translate("file_actions", "Cannot export the project"), localise(exc))
                return
            parts = [translate("file_actions", "dataset {0}").format(name) for name in datasets]
            if model and with_model:
                parts.append(translate("file_actions", "the model in use"))
            parts.append(translate("file_actions", "the Train settings"))
            self.statusBar().showMessage(translate("file_actions", "Project saved to {0}: {1}").format(
                saved, listing(parts)), 8000)

    def import_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("file_actions", "Import project"),
                                              str(file_dialogs.start_folder(file_dialogs.PROJECTS)), project_filter())
        if path:
            file_dialogs.remember(file_dialogs.PROJECTS, path)
            self.import_project(path)

    def export_model_dialog(self) -> None:
        """File → Export model…: the model of the run the Train tab shows when it is in front, else the model in use
        (a student exported the bundled Digits model believing it was the run they were looking at: a walk), for
        another runtime, with its labels and preprocessing in a JSON beside it (the same core function as
        ``guiapp export``), written in the background. The dialog names the model."""
        from guiapp.qt.recognize.model_picker import model_display_name, model_path_file_name

        model = self.model_to_export()
        if not model:
            self._show_error(translate("file_actions", "Cannot export a model"), translate("file_actions", "No model is in use: pick or open one first."))
            return
        start = file_dialogs.offered(file_dialogs.MODELS, f"{model_path_file_name(model)}.keras")
        title = translate("file_actions", "Export model: {0}").format(model_display_name(model))
        from guiapp.core.inference.export import formats_here

        from guiapp.core.inference.export import onnx_converter_present

        offered = {translate("file_actions", ONNX_NEEDS if fmt == "onnx" and not onnx_converter_present() else name): fmt
                   for name, fmt in EXPORT_FILTERS.items() if fmt in formats_here()}
        # The format chosen last time offered first (walk 148 exported twice, and had to choose LiteRT again)
        last = next((name for name, fmt in offered.items() if fmt == getattr(self, "_export_format", None)), "")
        # One question for every file the export replaces (the dialog's own named the model, then another the JSON
        # beside it: walk 148)
        path, chosen = QFileDialog.getSaveFileName(self, title, start, ";;".join(offered), last,
                                                   QFileDialog.Option.DontConfirmOverwrite)
        if path:
            file_dialogs.remember(file_dialogs.MODELS, path)
            fmt = offered.get(chosen, "keras")
            self._export_format = fmt
            if self._replace_existing(path, fmt):
                self.export_model(model, fmt, path)

    def _replace_existing(self, path: str, fmt: str) -> bool:
        """Whether to go on where the export would replace files: the model and the JSON beside it (an earlier
        export's labels and preprocessing went without a word: walk 142). True where nothing is replaced."""
        from guiapp.core.inference.export import sidecar_path
        from guiapp.qt.confirm import Role, choose

        target = _export_target(path, fmt)
        if fmt == "savedmodel":  # a folder, replaced as a whole (the core refuses one holding other files)
            return True
        existing = [file for file in (target, sidecar_path(target, fmt)) if file.exists()]
        if not existing:
            return True
        names = "\n".join(file.name for file in existing)
        return choose(self, translate("file_actions", "Export model"), translate(
            "file_actions", "The export replaces what is in {0} already:\n{1}").format(target.parent, names),
            [(translate("file_actions", "Replace"), Role.DestructiveRole)], default=-1, cancel=True) == 0

    def model_to_export(self) -> str | None:
        """The shown run's model while the Train tab is in front, else the model recognising on the pad."""
        if self.tabs.currentWidget() is self.train_area:
            shown = self.train_area.last_model_path()
            if shown:
                return shown
        return self.current_model_path()

    def export_model(self, model: str, fmt: str, path: str) -> None:
        from guiapp.core.inference.export import export_model
        from guiapp.qt.tasks import TaskRunner

        target = _export_target(path, fmt)
        if getattr(self, "_export_runner", None) is None:
            self._export_runner = TaskRunner(self, name="guiapp-export")
        from guiapp.qt.recognize.model_picker import model_display_name

        # by the name the model list gives it: a run's file is "model.h5" (walk 142)
        self.statusBar().showMessage(translate("file_actions", "Exporting {0} as {1}…").format(
            model_display_name(model), fmt))
        self._export_runner.submit(
            f"export {fmt}", lambda on_progress, should_stop: export_model(model, fmt, target),
            # long enough to read the paths (walk 148 missed it 8 s on)
            lambda written: self.statusBar().showMessage(translate("file_actions", "Model exported: {0}").format(', '.join(str(p) for p in written)),
                                                         20000),
            lambda message: (self.statusBar().clearMessage(),  # "Exporting…" stayed after a refusal (a walk)
                             self._show_error(translate("file_actions", "Cannot export the model"), message)))

    # -- drag and drop -------------------------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasImage() or any(Path(u.toLocalFile()).suffix.lower() in MODEL_SUFFIXES + IMAGE_SUFFIXES
                                  for u in mime.urls() if u.isLocalFile()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        handled = any(self._open_dropped(u.toLocalFile()) for u in mime.urls() if u.isLocalFile())
        if not handled and mime.hasImage():
            image = mime.imageData()
            if image is not None and not image.isNull():
                self.recognize.show_image(qimage_to_pil(image))
                handled = True
        if handled:
            event.acceptProposedAction()

    def _open_dropped(self, path: str) -> bool:
        suffix = Path(path).suffix.lower()
        if suffix in MODEL_SUFFIXES:
            self.use_model(path)
            return True
        if suffix in IMAGE_SUFFIXES:
            return self.open_image(path)
        return False


def _export_target(path: str, fmt: str) -> Path:
    """Where an export to ``path`` in ``fmt`` writes its model: the format's suffix added where the name lacks it."""
    from guiapp.core.inference.export import SUFFIXES

    target = Path(path)
    if SUFFIXES[fmt] and target.suffix.lower() != SUFFIXES[fmt]:
        return target.with_name(target.name + SUFFIXES[fmt])
    if not SUFFIXES[fmt] and target.suffix.lower() in (".keras", ".tflite", ".onnx", ".h5"):
        # a folder, not named as a file of another format: the name offered ended in .keras (walk 142)
        return target.with_suffix("")
    return target
