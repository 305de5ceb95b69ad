"""Main window: the Recognize, Datasets and Train tabs, menus, status bar and persistence (the model in use:
``model_switching``).

The window never imports TensorFlow itself: :meth:`MainWindow.start_backend` (called once the window is on screen)
asks the inference thread to import it, and recognition switches on when that thread reports back. Models load in
the same thread; a refused or broken file shows the core's message in a dialog and the previous model stays.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QMessageBox, QSizePolicy,
                               QTabWidget)

from guiapp import DISPLAY_NAME
from guiapp.qt import a11y, i18n, look, theme, wheel_guard
from guiapp.qt.app import han_for_language
from guiapp.qt.menus import build_menus
from guiapp.qt.status_bar import ElidedLabel, ElidingStatusBar
from guiapp.qt.settings import Settings
from guiapp.qt.teach import Teacher
from guiapp.qt.tensorflow_status import TF_NOT_LOADED, TensorFlowStatusMixin
from guiapp.qt.file_actions import FileActionsMixin
from guiapp.qt.model_switching import ModelSwitchingMixin, default_model, moved_bundled_model
from guiapp.qt.recognize.model_picker import model_display_name
from guiapp.qt.recognize.panel import RecognizePanel
from guiapp.qt.datasets.panel import DatasetsPanel
from guiapp.qt.recognize.inference import Inference, TensorFlowImports
from guiapp.qt.train.panel import TrainPanel
from guiapp.qt.window_size import remember_place, restore_place
from guiapp.qt.i18n import number, translate

__all__ = ["MainWindow"]
DEFAULT_SIZE = (1100, 720)
BACKEND_FALLBACK_MS = 500
COLLECT_MESSAGE_MS = 10_000  # long enough to read "Added ... Enter adds the next drawing as ..." twice
UNWRITABLE_MESSAGE_MS = 60_000  # a minute: it explains every "cannot save" that follows


class MainWindow(TensorFlowStatusMixin, ModelSwitchingMixin, FileActionsMixin, QMainWindow):
    """``use_model(path)`` switches recognition to a model file; ``current_model_path()`` says which is active."""

    modelChanged = Signal(str)  # path of the model now recognizing
    tensorflowStateChanged = Signal(str)  # loading | ready | failed

    def __init__(self, settings: Settings | None = None, start_backend: bool = True) -> None:
        super().__init__()
        app = QApplication.instance()
        if app is not None:  # before any widget is made: the guard sets their focus policy
            wheel_guard.install(app)
            a11y.install(app)  # names every control as it is polished
        self.settings = settings or Settings()
        self.setStatusBar(ElidingStatusBar(self))
        if app is not None:  # before any text is made: the translator must be in place
            self.language = i18n.install(app, self.settings.language)
            han_for_language(app, self.language)
            # This window was made before the language was chosen, and every widget takes its parent's locale: the
            # spin boxes wrote French numbers with a dot (0.001) beside labels with a comma (0,2).
            self.setLocale(QLocale())
            theme.apply(app, self.settings.theme)
            theme.follow_system(app, lambda: self.settings.theme)
        # The name once: the platform appends the application's display name to any other title ("Inkling 0.1.0
        # — Inkling"); the version is in About.
        self.setWindowTitle(DISPLAY_NAME)
        self.resize(*DEFAULT_SIZE)
        self.setAcceptDrops(True)
        self.tf_state = "not started"
        self.tf_info: dict = {}
        self._model_path: str | None = None
        self._recognizers: dict[str, object] = {}  # path → Recognizer, most recent last
        self._stamps: dict[str, tuple | None] = {}  # path → its file_stamp when loaded
        self._request_id = 0
        self._wanted: str | None = None  # model asked for before TensorFlow was ready
        self._auto_start = start_backend
        self._backend_started = False
        self.error_box: QMessageBox | None = None
        self.recent_menu = None  # File → Open recent, made with the menus
        self.preload = start_backend  # tests and the self-test load only what they ask for
        self._ending_session = False  # SIGTERM/SIGHUP: close without the close questions
        self._closed = False  # closed: nothing more starts (the backend, after a close straight after the start)

        self.recognize = RecognizePanel(pen_width=self.settings.pen_width, show_grid=self.settings.show_grid)
        # Kept across restarts like the pen and the grid (it came back unticked after a language change).
        self.recognize.saliency_box.setChecked(self.settings.show_where_it_looked)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.recognize, translate("main_window", "Recognize"))
        self.datasets_area = DatasetsPanel()
        self.train_area = TrainPanel()
        self.tabs.addTab(self.datasets_area, translate("main_window", "Datasets"))
        self.tabs.addTab(self.train_area, translate("main_window", "Train"))
        self.setCentralWidget(self.tabs)
        a11y.chain(self.tabs.tabBar(), self.recognize.pad)  # the first Tab lands on the pad
        self.recognize.pad.setFocus()  # draw, P/E and Ctrl+Z work at once, without a click
        self.collect_bar = self.recognize.collect_bar
        if self.settings.collect_dataset:
            self.collect_bar.choose_dataset(self.settings.collect_dataset)
        # The written text is kept across a restart (a language switch restarts the window) and a quit: it was
        # lost with no word (a walk)
        self.recognize.write_line.set_text(self.settings.written_text or "")
        self.datasets_area.datasetCreated.connect(self.collect_bar.choose_dataset)
        self.datasets_area.datasetOpened.connect(self._train_on_browsed)

        self.inference = Inference(self)
        if app is not None:  # quitting without closing the window must still join the thread
            app.aboutToQuit.connect(self.inference.stop)
        inference = self.inference
        self.recognize.worker = inference
        inference.tensorflowReady.connect(self._on_tensorflow_ready)
        inference.tensorflowFailed.connect(self._on_tensorflow_failed)
        TensorFlowImports.instance().changed.connect(self._on_tensorflow_imported)
        inference.modelLoaded.connect(self._on_model_loaded)
        inference.modelFailed.connect(self._on_model_failed)
        inference.recognized.connect(self.recognize.on_recognized)
        inference.recognitionFailed.connect(self.recognize.on_recognition_failed)
        self.recognize.picker.modelChosen.connect(self.use_model)
        self.train_area.runningChanged.connect(self._show_training_tensorflow)
        self.train_area.progressed.connect(self._show_training_in_tab)
        self.train_area.runningChanged.connect(lambda running: running or self._show_training_in_tab(None))
        self.train_area.runs_view.runsDeleted.connect(self._models_deleted)
        self.train_area.runs_view.runsRestored.connect(self._models_restored)
        self.train_area.runs_view.runRenamed.connect(self._model_renamed)
        self.recognize.openModelRequested.connect(self.open_model_dialog)
        self.recognize.modelInfoRequested.connect(self.show_model_info)
        # What the collect bar says (added, taken back, "type a label first") in the status line: it went only to
        # the bar's tooltip, and "Add to dataset" with no label seemed to do nothing (a fresh-eyes walk).
        self.collect_bar.message.connect(lambda text: self.statusBar().showMessage(text, COLLECT_MESSAGE_MS))
        self.teacher = Teacher(self)
        self.recognize.teachRequested.connect(self.teacher.ask)
        from guiapp.qt.train.confusions import ConfusionDrill

        self.drill = ConfusionDrill(self)  # "Draw what it confuses" after an evaluation

        self._wire_train_area(self.train_area)
        self.train_area.settings.restore(self.settings.training)
        self._build_status_bar()
        build_menus(self)
        self._refresh_models()
        restore_place(self, self.settings)
        start_model = self.settings.last_model
        if start_model and not Path(start_model).is_file() and moved_bundled_model(start_model):
            # a bundled model of the app as it was installed before (moved, or updated into another folder)
            self.settings.remove_recent_model(start_model)
            start_model = moved_bundled_model(start_model)
        if start_model and not Path(start_model).is_file():
            # moved or deleted since the last session: said, not silently replaced by the digits model
            gone, start_model = start_model, default_model()
            self.settings.remove_recent_model(gone)
            self._refresh_models()
            if start_model:
                self.statusBar().showMessage(translate("main_window", "The model used last, {0}, is no longer there: "
                                                                      "the pad uses {1}").format(
                    Path(gone).name, model_display_name(start_model)), 15000)
        if not start_model:
            start_model = default_model()  # first launch: draw and see an answer, no setup
        self.recognize.set_recognizer(None, translate("main_window", "Loading the model… recognition starts when it is ready.") if start_model
                                      else translate("main_window", "No model loaded: pick a bundled model or open a model file "
                                      "(File → Open model…)."))
        if start_model:
            self.use_model(start_model)
        from guiapp.qt.teach_unfinished import say_unfinished

        self.teacher.offered = say_unfinished(self)
        self._say_unwritable_folders()

    def _say_unwritable_folders(self) -> None:
        """Said at start, not found out later: in a read-only home a failed Start was the first sign, and Quit
        dropped the window's settings without a word (walk 121)."""
        from guiapp import paths

        folders = paths.unwritable()
        said = []
        if "data" in folders:
            said.append(translate("main_window", "Inkling cannot write its data folder {0}: drawings, datasets and "
                                                 "training runs cannot be saved.").format(folders["data"]))
        if "config" in folders:
            said.append(translate("main_window", "Its settings folder {0} cannot be written: the window's settings "
                                                 "will not be kept.").format(folders["config"]))
        if said:
            self.statusBar().showMessage(" ".join(said), UNWRITABLE_MESSAGE_MS)

    def set_theme(self, choice: str) -> None:
        """View → Theme: system, light, dark or high contrast, applied at once and kept."""
        self.settings.theme = choice
        theme.apply(QApplication.instance(), choice)

    def changeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        # a theme switch (View → Theme or the desktop's): guiapp's icons are redrawn in the new palette's colours
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            look.recolour_icons(self)
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """View → Language: kept for the next start ("" follows the system); the window says so in the language
        chosen, and in its own when that differs (someone lost in a foreign window reads the first)."""
        self.settings.language = language
        self.settings.sync()
        chosen = i18n.translator_for(language)
        note = "\n\n".join(dict.fromkeys((i18n.restart_note(chosen), i18n.restart_note())))
        self.statusBar().showMessage(note.replace("\n\n", " · "), 10_000)
        from guiapp.qt.restart import offer_restart

        self.language_box = offer_restart(self, chosen("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Language")),
                                          note, chosen)

    def set_zoom(self, scale: str) -> None:
        """View → Zoom: kept for the next start, which Qt needs to scale the whole window (guiapp.qt.zoom)."""
        self.settings.scale = scale
        self.settings.sync()
        from guiapp.qt.restart import offer_restart

        self.zoom_box = offer_restart(self, translate("main_window", "Zoom"), translate(
            "main_window", "Text and controls take the new size when Inkling starts again."))

    def show_area(self, area) -> None:
        """Bring the tab holding ``area`` (the Recognize, Datasets or Train panel) to the front."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is area:
                self.tabs.setCurrentIndex(index)
                return

    def show_tab(self, index: int) -> None:
        """View → Recognize, Datasets, Train (Ctrl+1…3): the tab, with the keyboard's focus in it, on the control its
        work starts from. After Ctrl+3 no focus was to be seen, and the first Tab landed anywhere (walk 115)."""
        self.tabs.setCurrentIndex(index)
        page = self.tabs.widget(index)
        focus = QApplication.focusWidget()
        if focus is not None and page.isAncestorOf(focus) and focus.isVisible():
            return
        start = {self.recognize: self.recognize.pad, self.datasets_area: self.datasets_area.list,
                 self.train_area: self.train_area.settings.dataset}.get(page)
        if start is not None:
            start.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _wire_train_area(self, area: TrainPanel) -> None:
        pad = self.recognize.pad
        area.useModelRequested.connect(self.use_model)
        # "Use for recognition" is to try the model: the pad, not a status line on the Train tab.
        area.useModelRequested.connect(lambda _path: (self.show_area(self.recognize), pad.setFocus()))
        self.modelChanged.connect(area.set_current_model)
        # with the pad's pen width, as the pad's own recognition: "How it learned" read another ink (0 at 73 %, 8 at
        # 15 % beside the pad's 17 %, a walk); a picture opened on the pad is what the pad shows (How it learned
        # still read the cross drawn before it: walk 165), as the pad's own recognition takes it (current_source)
        def pad_changed() -> None:
            shown = self.recognize.current_source()
            area.set_current_drawing(shown if getattr(shown, "strokes", True) else None, pad.pen_width())  # (none)

        pad.drawingChanged.connect(pad_changed)
        pad.imageChanged.connect(pad_changed)
        area.settings.augmentPreviewRequested.connect(self.preview_augmentation)

    def preview_augmentation(self, dataset_name: str) -> None:
        """The Train area's "preview" link: the dataset in the Datasets area, on its Augment tab, at the strength
        the training settings use."""
        panel = self.datasets_area
        self.show_area(panel)
        panel.list.select(dataset_name)
        panel.tabs.setCurrentWidget(panel.augment)
        panel.augment.set_strength(self.train_area.settings.augment_strength.value())

    # -- status bar ---------------------------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.model_status = ElidedLabel(translate("main_window", "No model"))
        self.tf_status = QLabel(translate("main_window", TF_NOT_LOADED))
        self.tf_status.setToolTip(translate("main_window", "Recognition runs without TensorFlow. It is loaded when it is "
                                            "needed: training, evaluating, showing where a model looked, or a "
                                            "model file without a converted form."))
        self.device_status = QLabel("")
        self.model_status.setMinimumWidth(80)  # a long model title is cut, it never widens the window
        self.model_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # A gap before the permanent labels: a long message ran straight into them ("…in one go.TensorFlow: …").
        self.tf_status.setContentsMargins(12, 0, 0, 0)
        self.device_status.setContentsMargins(12, 0, 0, 0)  # "TensorFlow 2.21.0 prêt  Appareil : CPU" ran together
        bar = self.statusBar()
        bar.addWidget(self.model_status, 1)
        bar.addPermanentWidget(self.tf_status)
        bar.addPermanentWidget(self.device_status)

    # -- TensorFlow ----------------------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._auto_start and not self._backend_started:
            QTimer.singleShot(BACKEND_FALLBACK_MS, self.start_backend)  # in case no paint ever comes

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._auto_start and not self._backend_started:
            # The window has been painted: now TensorFlow may take the CPU (and the GIL) for seconds.
            QTimer.singleShot(0, self.start_backend)

    def start_backend(self) -> None:
        """After the first paint: load the wanted model. Recognition needs no TensorFlow for a converted model;
        TensorFlow is imported only by what needs it (a model without a converted form, training, evaluation
        views), so the window stays small and the pad answers within a second of launch."""
        if self._backend_started or self._closed:  # a start queued by the first paint may come after a quick close
            return
        self._backend_started = True
        if self._wanted:
            wanted, self._wanted = self._wanted, None
            self.use_model(wanted)
        elif self._model_path is None:
            self.recognize.set_recognizer(None, translate("main_window", "No model loaded: pick a bundled model or open a model file "
                                          "(File → Open model…)."))

    def _train_on_browsed(self, name: str) -> None:
        if self.train_area.settings.follow_browsed(name):
            from guiapp.qt.dataset_names import dataset_title

            # named as the list names it ("digits" stood in a French window that lists "chiffres": walk 167)
            self.statusBar().showMessage(translate(
                "main_window", "Train will use {0}, the dataset opened here, until you choose one on the Train tab"
            ).format(dataset_title(name)), 8000)

    def _show_training_in_tab(self, event) -> None:
        """The Train tab's name follows a run's epochs ("Train · 3/10"), its plain name once none runs: from the
        Recognize tab nothing showed that a run was going on (walk 114)."""
        if event is not None and (not event.epochs or (event.kind == "message" and not event.epoch)):
            # a message of the run (paused, saving…): the epoch stays as the last report said it; before the first
            # epoch began, none is under way ("Train · 1/15" beside Teach's "Learning… getting ready": walk 161)
            return
        name = translate("main_window", "Train")
        if event is not None:
            name = translate("main_window", "Train · {0}/{1}").format(number(max(event.epoch, 1)), number(event.epochs))
        index = self.tabs.indexOf(self.train_area)
        if self.tabs.tabText(index) != name:
            self.tabs.setTabText(index, name)

    # -- dialogs, persistence, closing ---------------------------------------------------------------------------------
    def _show_error(self, title: str, text: str) -> None:
        """A window-modal message that does not block the caller (tests and the self-test read ``error_box``). A
        reason from the core starts in lower case, to follow a colon elsewhere: here it starts a sentence ("exporting
        to ONNX needs…" read as cut off: a walk). A file name first ("model.h5: …") stays as it is."""
        first = text.split(" ", 1)[0]
        if first[:1].islower() and first.isalpha():
            text = text[:1].upper() + text[1:]
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        self.error_box = box
        box.open()

    def save_settings(self) -> None:
        remember_place(self, self.settings)
        self.settings.pen_width = self.recognize.pad.pen_width()
        self.settings.show_grid = self.recognize.pad.show_grid()
        self.settings.show_where_it_looked = self.recognize.saliency_box.isChecked()
        self.settings.collect_dataset = self.collect_bar.dataset_name()
        self.settings.written_text = self.recognize.write_line.text()
        self.settings.training = self.train_area.settings.choice()
        from guiapp.qt.teach_unfinished import remember_drawing

        remember_drawing(self)
        self.settings.sync()

    def end_session(self) -> None:
        """The session ends (SIGTERM, SIGHUP): close without asking; a run stops, keeping its best epoch."""
        self._ending_session = True
        self.close()

    def closeEvent(self, event) -> None:
        # A run in progress: kept (No), or stopping (Yes), and then the panel closes the window once it has ended.
        if not self._ending_session and not self.train_area.confirm_close(self.close):
            if self.train_area.closing:
                self.statusBar().showMessage(translate("main_window", "Stopping training… the window closes when it "
                                                                      "has stopped"))
            event.ignore()
            return
        self.save_settings()
        for area in (self.train_area, self.datasets_area):  # training and dataset work stop and join first
            area.stop_and_wait(timeout_s=2.0)
        if getattr(self, "data_lock", None) is not None:  # the settings are written: the folders are free (while
            self.data_lock.unlock()  # its workers end, Inkling started again said it was open: walk 161)
            self.data_lock = None
        super().closeEvent(event)
        self._closed = True
        # An import or a model load cannot be interrupted; they finish within seconds. The window goes away
        # first, so closing feels immediate even while TensorFlow is still being imported.
        self.hide()
        self.inference.stop(15000)
        self.recognize.saliency.stop()
