"""The model recognizing on the pad: switching to a model file (loaded in the inference thread, kept in a small
cache so switching back is instant), the bundled models preloaded in the background, the status bar's line about
it, and what happens when a file is refused or deleted. A mixin of :class:`~guiapp.qt.main_window.MainWindow`."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from guiapp.core.filekind import not_a_model
from guiapp.core.text import Plural
from guiapp.qt.i18n import localise, translate
from guiapp.qt.recognize.model_picker import model_display_name

log = logging.getLogger(__name__)
RECOGNIZER_CACHE = 8  # loaded models kept, so switching back to one is instant
PRELOAD_DELAY_MS = 1500  # after the first model is ready, the other bundled models load in the background
PRELOAD = -1  # request id of a background load: cached, never activated, failures only logged


def file_stamp(path: str) -> tuple[int, int] | None:
    """The file's modification time and size: a cached model stands for the file only while these are unchanged."""
    try:
        info = Path(path).stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def default_model() -> str | None:
    """The bundled model a first launch starts with: hiragana in Japanese (a learner on a Japanese desktop had to
    find it under the digits model first: walk 106), else digits, when bundled; else the first one."""
    from PySide6.QtCore import QLocale

    from guiapp.qt.recognize.model_picker import bundled_models

    models = bundled_models()
    first = "hiragana" if QLocale().language() == QLocale.Language.Japanese else "digits"
    for stem in (first, "digits"):
        for name, path in models:
            if path.stem == stem:
                return str(path)
    return str(models[0][1]) if models else None


def moved_bundled_model(path: str) -> str | None:
    """This install's bundled model of the same file name when ``path`` was one of another install's (…/resources/
    models/digits.h5): a packaged app keeps its models inside its own folder, and the one used last was said to be
    "no longer there" once the app had moved or been updated into another folder. None otherwise."""
    from guiapp.qt.recognize.model_picker import bundled_models

    remembered = Path(path)
    if remembered.parent.name != "models" or remembered.parent.parent.name != "resources":
        return None
    return next((str(bundled) for _, bundled in bundled_models() if bundled.name == remembered.name), None)


class ModelSwitchingMixin:
    # -- models --------------------------------------------------------------------------------------------------------
    def current_model_path(self) -> str | None:
        return self._model_path

    def use_model(self, path) -> None:
        """Switch recognition to the model file at ``path``; on failure a dialog explains and the old model stays."""
        path = str(path)
        if path in self._recognizers and self._stamps.get(path) == file_stamp(path):
            self._activate(path, self._recognizers.pop(path))
            return
        # Deleted, or saved over, since it was loaded: the cached model answered for a file that was gone (a walk),
        # or for what the file held before.
        self._recognizers.pop(path, None)
        if not Path(path).is_file():
            # As a file that cannot be read: which model stays in use, and that the lists forget it (Open recent
            # dropped it without a word: walk 121)
            current = model_display_name(self._model_path) if self._model_path else None
            keep = translate("main_window", "\n\nStill using {0}.").format(current) if current else ""
            self._show_error(translate("main_window", "Cannot open model"),
                             translate("main_window", "{0}: no such file").format(path) + " "
                             + translate("main_window", "It is taken off Open recent.") + keep)
            self.settings.remove_recent_model(path)
            self._refresh_models()
            return
        if not self._backend_started:
            self._wanted = path  # loaded once the window has been painted
            self.model_status.setText(translate("main_window", "Model {0}: loading after start-up…").format(model_display_name(path)))
            return
        self._request_id += 1
        self.model_status.setText(translate("main_window", "Loading {0}…").format(model_display_name(path)))
        if self.recognize.recognizer is None:
            self.recognize.set_recognizer(None, translate("main_window", "Loading the {0} model…").format(model_display_name(path)))
        else:
            self.recognize.model_loading(model_display_name(path))
        self.inference.load_model(self._request_id, path)

    def _on_model_loaded(self, request_id: int, path: str, recognizer) -> None:
        self._stamps[path] = file_stamp(path)  # the file as it was read (a moment ago, in the inference thread)
        if request_id != self._request_id:
            self._recognizers[path] = recognizer  # a later request won; keep this one for a quick switch
            return
        self._activate(path, recognizer)

    first_model_at: float | None = None  # perf_counter when recognition first became possible (self-test)

    def _activate(self, path: str, recognizer) -> None:
        first = self._model_path is None
        if self.first_model_at is None:
            self.first_model_at = time.perf_counter()
        self._recognizers[path] = recognizer
        while len(self._recognizers) > RECOGNIZER_CACHE:
            self._recognizers.pop(next(iter(self._recognizers)))
        self._model_path = path
        self.recognize.set_recognizer(recognizer)
        self.settings.last_model = path
        self.settings.add_recent_model(path)
        self._refresh_models()
        self._show_model_status()
        if self.model_info_dialog is not None and self.model_info_dialog.isVisible():
            self.show_model_info()
        self.modelChanged.emit(path)
        if first and self.preload:
            QTimer.singleShot(PRELOAD_DELAY_MS, self._preload_bundled)

    def _show_model_status(self) -> None:
        """The status bar's model: its name, classes and input, or "No model"."""
        recognizer = self._recognizers.get(self._model_path) if self._model_path else None
        if recognizer is None:
            self.model_status.setText(translate("main_window", "Model: {0}").format(model_display_name(self._model_path))
                                      if self._model_path else translate("main_window", "No model"))
            return
        spec = recognizer.spec
        self.model_status.setText(translate("main_window", "Model: {0} ({1}, {2}×{3})").format(model_display_name(self._model_path), localise(Plural("%Ln class(es)", "", recognizer.num_classes)), spec.height, spec.width))

    def _preload_bundled(self) -> None:
        """Load the other bundled models one by one, so picking one switches at once. Each load is its own job
        in the inference thread, so a drawing's recognition waits for at most one of them."""
        from guiapp.qt.recognize.model_picker import bundled_models

        for _, path in bundled_models():
            if str(path) not in self._recognizers:
                self.inference.load_model(PRELOAD, str(path))

    def _on_model_failed(self, request_id: int, path: str, message: str) -> None:
        if request_id == PRELOAD:
            log.warning("bundled model not preloaded: %s", message)
            return
        current = model_display_name(self._model_path) if self._model_path else None
        if request_id == self._request_id:  # the model in use reads the drawing (no later one is loading)
            self.recognize.model_loading("")
        self._show_model_status()  # the model still in use, as it was shown before this one was tried
        self._refresh_models()
        keep = translate("main_window", "\n\nStill using {0}.").format(current) if current else ""
        # A picture or a text file opened as a model: say what it is in words, not the HDF5 library's reason.
        plain = not_a_model(path)
        if plain:
            log.info("not a model: %s (%s)", path, message)
        self._show_error(translate("main_window", "Cannot use this model"), f"{localise(plain) if plain else message}{keep}")

    def _model_renamed(self, _run, _before: str) -> None:
        """A run renamed in the Runs list: its model is named anew in the model box, the recent models and the
        status bar (they kept the old name: walk 126)."""
        self._refresh_models()
        if self._model_path in self._recognizers:  # in use (one loading says so until it is ready)
            self._show_model_status()

    def _models_deleted(self, _ids: list) -> None:
        """Runs were deleted with their models: the model lists forget the files that are gone (a nameless
        "model.h5" stayed, and failed when chosen), and a pad that used one goes back to the default model."""
        for path in self.settings.recent_models():
            if not Path(path).is_file():
                self.settings.remove_recent_model(path)
                self._recognizers.pop(path, None)
        fallback = default_model()
        if self._model_path and not Path(self._model_path).is_file() and fallback:
            self._deleted_in_use = self._model_path  # the pad's again if Ctrl+Z brings its run back
            self.use_model(fallback)
            self.statusBar().showMessage(translate("main_window", "The model in use was deleted with its run: the pad "
                                                   "uses {0} again").format(model_display_name(fallback)), 10000)
        self._refresh_models()

    _deleted_in_use: str | None = None  # the pad's model, deleted with its run

    def _models_restored(self, _ids: list) -> None:
        """Ctrl+Z brought runs back: a model the pad used, deleted with its run, is the pad's again ("the pad uses
        Digits again" stayed, and so did Digits, a walk)."""
        path, self._deleted_in_use = self._deleted_in_use, None
        if path and Path(path).is_file():
            self.use_model(path)
            self.statusBar().showMessage(translate("main_window", "Its run is back: the pad uses {0} again").format(
                model_display_name(path)), 10000)

    def offer_model(self, path: str) -> None:
        """List ``path`` in the model box and File → Open recent without using it: a Teach round's model, when the
        person chose another model while it learnt (it was said to be in the list, and was not: a walk)."""
        self.settings.add_recent_model(str(path))
        self._refresh_models()

    def _refresh_models(self) -> None:
        self.recognize.picker.refresh(self.settings.recent_models(), self._model_path)
        if self.recent_menu is not None:
            self.rebuild_recent_menu()

    model_info_dialog = None

    def show_model_info(self) -> None:
        from guiapp.qt.recognize.model_info import ModelInfoDialog

        if self.model_info_dialog is None:
            self.model_info_dialog = ModelInfoDialog(self)
        path = self._model_path
        self.model_info_dialog.set_model(path, model_display_name(path) if path else None)
        self.model_info_dialog.show()
        self.model_info_dialog.raise_()


__all__ = ["ModelSwitchingMixin", "default_model", "file_stamp"]
