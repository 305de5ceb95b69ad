"""The Datasets panel and the collect bar inside the real main window."""

from __future__ import annotations


from guiapp.core.datasets.user_store import UserStore
from guiapp.qt.main_window import MainWindow
from guiapp.qt.datasets.panel import DatasetsPanel
from qt.dataset_fixtures import drawing

DEFAULT_DATASET = "my-handwriting"  # the first dataset, in English



def test_drawing_on_the_pad_lands_in_the_datasets_tab(qtbot, window):
    pad, bar, panel = window.recognize.pad, window.collect_bar, window.datasets_area
    assert window.tabs.tabText(1) == "Datasets" and isinstance(panel, DatasetsPanel)
    pad.set_drawing(drawing())
    bar.label_edit.setText("あ")
    with qtbot.waitSignal(panel.datasetsChanged):
        sample_id = bar.add_current()
    assert sample_id and pad.stroke_count() == 0  # stored, then the pad was cleared
    _pixels, strokes, meta = UserStore().open(DEFAULT_DATASET).load_sample(sample_id)
    assert meta["pen_width"] == pad.pen_width() and len(strokes.strokes) == 2
    window.show_area(panel)
    with qtbot.waitSignal(panel.datasetOpened):
        panel.list.select(DEFAULT_DATASET)
    panel.grid.select_sample(0)
    assert panel.sample_view.label.text() == "あ" and panel.sample_view.replay.drawing is not None


def test_closing_the_window_stops_dataset_work(qtbot, window, tmp_path):
    from qt.dataset_fixtures import write_class_folder

    panel = window.datasets_area
    panel.import_paths([write_class_folder(tmp_path / "folder", per_class=30)])
    window.close()  # MainWindow.closeEvent calls stop_and_wait(timeout_s=2.0)
    assert not panel.runner.is_running()


def test_train_areas_preview_link_opens_the_augment_tab(qtbot, tmp_path):
    """The Train settings' "preview" link shows that dataset's augmented samples at the training strength."""
    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    window.show()
    settings = window.train_area.settings
    settings.augment_strength.setValue(1.5)
    settings.augmentPreviewRequested.emit("digits")
    panel = window.datasets_area
    assert window.tabs.currentIndex() == 1 and panel.tabs.currentWidget() is panel.augment
    assert panel.augment.strength.value() == 1.5
    qtbot.waitUntil(lambda: panel.list.current_name() == "digits", timeout=20_000)
    panel.stop_and_wait()
    window.train_area.stop_and_wait()


def test_an_import_from_the_file_menu_shows_the_datasets_tab(qtbot, window, tmp_path, monkeypatch):
    """File → Import dataset folder… from Recognize: the dialog closed and nothing was seen to happen, the "folder
    is empty" said on the Datasets tab, unseen (walk 121)."""
    from PySide6.QtWidgets import QFileDialog

    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(empty))
    window.show_area(window.recognize)
    panel = window.datasets_area
    action = panel.menu_actions()[0]
    assert action.text() == "Import dataset &folder…"

    from PySide6.QtWidgets import QApplication, QMessageBox

    with qtbot.waitSignal(panel.runner.ended, timeout=20_000):  # the box does not hold up the task's end…
        action.trigger()
    assert window.tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: "empty" in panel.status.text(), timeout=5000)
    box = QApplication.activeModalWidget()  # …and in a box: the line at the tab's foot went unnoticed (walk 140)
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("Nothing was imported: ") and "the folder is empty" in box.text()
    assert not panel.progress.isVisible()  # not left up, full, beside the box (walk 161)
    box.accept()


def test_the_train_area_follows_the_dataset_opened_until_one_is_chosen_there(qtbot, window):
    """A teacher opened hiragana-71 on the Datasets tab and found Train still on digits, to be chosen again (walk
    132): Train takes the dataset opened there, until the person chooses one in Train's own box."""
    from PySide6.QtCore import Qt

    from qt.dataset_fixtures import open_in

    panel, settings = window.datasets_area, window.train_area.settings
    window.show_area(panel)
    open_in(qtbot, panel, "latin")
    assert settings.dataset_name() == "latin"
    # said: Train's dataset changed unseen (walk 163)
    assert window.statusBar().currentMessage() == ("Train will use latin, the dataset opened here, until you choose "
                                                   "one on the Train tab")
    settings.dataset.setFocus()
    qtbot.waitUntil(settings.dataset.hasFocus)
    qtbot.keyClick(settings.dataset, Qt.Key.Key_Down)  # chosen there with the keyboard: "activated"
    chosen = settings.dataset_name()
    assert settings.picked_by_hand and chosen != "latin"
    open_in(qtbot, panel, "digits" if chosen != "digits" else "alnum")
    assert settings.dataset_name() == chosen  # the person's choice stays
