"""Where the file dialogs open: the folder last chosen in for that kind of file, in every dialog of the kind, and
after a restart too (each dialog opened in the home folder, or remembered its folder only until the app closed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from guiapp.qt import file_dialogs
from guiapp.qt.main_window import MainWindow


def test_a_folder_chosen_in_one_dialog_is_where_the_next_of_its_kind_opens_after_a_restart(qtbot, tmp_path,
                                                                                             monkeypatch):
    models, pictures = tmp_path / "models", tmp_path / "pictures"
    models.mkdir(), pictures.mkdir()
    asked = []

    def answer(path):
        return lambda _parent, _title, start, *_: asked.append(start) or (str(path), "")

    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    assert Path(file_dialogs.offered(file_dialogs.MODELS, "a.h5")) == Path.home() / "a.h5"  # nothing chosen yet
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer(pictures / "scan.png"))
    window.open_image_dialog()  # (not an image: said, and its folder kept all the same)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer(models / "mine.h5"))
    window.open_model_dialog()
    window.close()

    window = MainWindow(start_backend=False)  # the app started again
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer(""))
    window.train_area.evaluation._browse()  # another dialog of models: Evaluation's Browse
    window.open_image_dialog()
    assert asked[2:] == [str(models), str(pictures)]
    # a kind never chosen in opens where the last file of any kind went (each opened in the home folder: walk 161)
    assert file_dialogs.start_folder(file_dialogs.DATASETS) == models
    models.rmdir()  # gone since: the home folder, not a dialog in a folder that is not there
    window.open_model_dialog()
    assert asked[-1] == str(Path.home())
    window.close()
