"""The "teach it my characters" loop's parts, in the real window: Enter adds while collecting, one dataset catalogue
feeds every list live, the Train area opens a dataset of drawn samples as itself, small data gets its own rules,
every area fits 1024×640 and the minimum size, the wheel never changes a setting by accident, and the Train
settings survive a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QMessageBox, QScrollArea

from guiapp.core.datasets.user_store import UserStore
from guiapp.qt.main_window import MainWindow
from guiapp.qt.settings import Settings
from qt.recognize_helpers import draw_one


def test_enter_adds_the_drawing_while_collecting_and_from_the_label_field(qtbot, window):
    bar, pad = window.collect_bar, window.recognize.pad
    assert bar.start_collect("ab", 1)
    field = window.recognize.write_line.field
    assert field.placeholderText().startswith("Collecting: Enter adds to")  # from the start, not after a drawing
    pad.setFocus()
    draw_one(pad)
    # The Write button would write the answer and clear the drawing away: it waits while collecting
    write_button = window.recognize.write_line.write_button
    assert not write_button.isEnabled() and "Enter adds the drawing" in write_button.toolTip()
    QTest.keyClick(pad, Qt.Key.Key_Return)  # the window-wide Enter must not write the drawing away
    assert pad.stroke_count() == 0 and bar.counts == {"a": 1}
    assert window.recognize.write_line.field.text() == ""
    draw_one(pad)
    QTest.keyClick(pad, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert bar.counts == {"a": 1, "b": 1} and not bar.collecting()
    assert field.placeholderText() == window.recognize.write_line.writing_hint
    draw_one(pad)
    assert write_button.isEnabled()  # writing again once the collection ends
    # Done, not teaching: the next step is named (it ended on a bare "Done ✔"), or that there are too few yet to
    # train on (walk 108 collected 2 a class and was told to train on them)
    said = window.statusBar().currentMessage()
    assert said.endswith(": too few to train on yet (a, b: 5 of each needed)"), said
    enough = dict(bar.counts)
    bar.counts = {"a": 5, "b": 5}
    window.teacher.collected(bar.target_dataset(), ["a", "b"])
    assert "train on it in Train" in window.statusBar().currentMessage()
    bar.counts = enough
    draw_one(pad)
    bar.label_edit.setFocus()
    QTest.keyClicks(bar.label_edit, "c")
    QTest.keyClick(bar.label_edit, Qt.Key.Key_Return)
    assert bar.counts == {"a": 1, "b": 1, "c": 1} and pad.stroke_count() == 0
    draw_one(pad)  # the label stays typed: the next drawing is added with Enter too, wherever the focus is
    pad.setFocus()
    QTest.keyClick(pad, Qt.Key.Key_Return)
    assert bar.counts == {"a": 1, "b": 1, "c": 2}
    assert UserStore().open(bar.dataset_name()).counts() == {"a": 1, "b": 1, "c": 2}
    bar.label_edit.clear()  # no label: Enter writes the top answer again (no model here: nothing to write)
    draw_one(pad)
    QTest.keyClick(pad, Qt.Key.Key_Return)
    assert bar.counts == {"a": 1, "b": 1, "c": 2} and pad.stroke_count() == 1


def test_switching_models_lets_enter_write_again_after_adding_with_a_label(qtbot, window):
    """A label kept after an add makes Enter add the next drawing too: the candidates say so in place of "Enter
    writes the top one", and a switch of model forgets the label (a 7 drawn for the digits model was filed under
    the "right" of an earlier arrows dataset)."""
    from guiapp import paths
    from guiapp.core.recognition import Recognizer

    bar, panel = window.collect_bar, window.recognize
    panel.set_recognizer(Recognizer(paths.resource("models") / "latin.h5", warm_up=False))
    draw_one(panel.pad)
    bar.label_edit.setText("right")
    assert bar.add_current() and bar.label_edit.text() == "right" and bar.wants_enter()
    assert "“right”" in bar.enter_note() and bar.dataset_name() in bar.enter_note()
    panel.predictions.show_prediction([("7", 0.99)], bar.enter_note())
    assert "“right”" in panel.predictions.headline.text()
    # The text line says so too (it said "Enter writes the top answer" while Enter filed drawings), and the label
    # field clears with one click.
    placeholder = panel.write_line.field.placeholderText()
    assert "Enter adds to" in placeholder and "“right”" in placeholder
    assert bar.label_edit.isClearButtonEnabled()
    assert panel.write_action.text() == f"&Add the drawing to {bar.dataset_name()} as “right”"  # Edit menu, Return
    bar.set_dataset("arrows")  # another dataset (New dataset… in the box): the line follows it at once
    assert "Enter adds to arrows as “right”" in panel.write_line.field.placeholderText()
    panel.pad.setFocus()
    panel.set_recognizer(Recognizer(paths.resource("models") / "digits.h5", warm_up=False))
    assert bar.label_edit.text() == "" and not bar.wants_enter() and bar.enter_note() == ""
    assert panel.write_line.field.placeholderText() == panel.write_line.writing_hint
    assert panel.write_action.text() == "&Write top answer"
    panel.predictions.show_prediction([("7", 0.99)], bar.enter_note())
    assert "Enter writes the top one" in panel.predictions.headline.text()


def test_a_new_dataset_appears_in_every_list_at_once(qtbot, window):
    bar = window.collect_bar
    bar.set_dataset("my-symbols")
    draw_one(window.recognize.pad)
    bar.label_edit.setText("x")
    assert bar.add_current()
    train, evaluation = window.train_area.settings, window.train_area.evaluation
    assert train.dataset.findText("my-symbols") >= 0
    assert train.dataset_name() == "my-symbols"  # just made: the Train area chooses it (it stayed on digits)
    train.set_dataset("digits")
    draw_one(window.recognize.pad)
    assert bar.add_current()  # it grows: the user's choice in Train stays
    # Chosen in the box by hand, a dataset of one's own made since is not chosen over it (fashion-mnist was: a walk)
    train.dataset.activated.emit(train.dataset.currentIndex())
    bar.set_dataset("more-symbols")
    draw_one(window.recognize.pad)
    assert bar.add_current() and train.dataset.findText("more-symbols") >= 0 and train.dataset_name() == "digits"
    assert train.dataset_name() == "digits"
    assert evaluation.dataset_box.findText("my-symbols") >= 0
    assert window.train_area.personalize.personal.findText("my-symbols") >= 0
    qtbot.waitUntil(lambda: "my-symbols" in window.datasets_area.list.names(), timeout=5000)
    UserStore().create("made-elsewhere")  # e.g. by the Datasets area or a script: the catalogue tells everyone
    assert train.dataset.findText("made-elsewhere") >= 0 and bar.dataset_combo.findText("made-elsewhere") >= 0


def test_the_train_area_opens_a_folder_of_drawn_samples_as_that_dataset(qtbot, window, monkeypatch, tmp_path):
    from guiapp.core.datasets.registry import load_path

    store = UserStore(tmp_path / "elsewhere")
    user = store.create("letters")
    from qt.dataset_fixtures import drawing

    for label in "ab":
        user.add_drawing(drawing(), label)
    dataset = load_path(user.path)
    assert sorted(dataset.classes) == ["a", "b"] and len(dataset) == 2 and dataset.image_shape == (28, 28)
    settings = window.train_area.settings
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: asked.append("folder") or "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append("file") or ("", ""))
    before = settings.dataset_name()
    settings.open_folder_action.trigger()  # Cancel: nothing else opens, nothing changes
    assert asked == ["folder"] and settings.dataset_name() == before
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(user.path))
    settings.open_folder_action.trigger()
    assert settings.dataset_name() == str(user.path)


def test_small_data_keeps_one_held_out_sample_per_class_and_names_what_is_missing(digits):
    import numpy as np

    from guiapp.core.datasets.base import Dataset
    from guiapp.core.training.config import TrainConfig, TrainingError
    from guiapp.core.training.engine import train

    tiny = Dataset("tiny", ["a", "b"], np.asarray(digits.images[:6]), np.array([0, 0, 0, 1, 1, 1]),
                   spec=digits.spec, kind="user")
    split = tiny.split(validation=0.1, test=0.1, seed=0)
    assert split.sizes() == {"train": 2, "validation": 2, "test": 2}  # one of each class held out twice
    with pytest.raises(TrainingError, match=r"at least 5 samples of every class.*'a' has 3 \(add 2 more\)"):
        train(TrainConfig(preset="logreg", epochs=1), tiny)


def test_evaluation_never_reports_accuracy_over_zero_samples(qtbot, window, tiny_digits_model, digits):
    import numpy as np

    from guiapp.core.datasets.base import Dataset

    view = window.train_area.evaluation
    two = Dataset("two-samples", list(digits.classes), np.asarray(digits.images[:2]), np.array([0, 1]),
                  spec=digits.spec, kind="user")  # one sample of each class: nothing can be held out
    view.evaluate(str(tiny_digits_model), two, "test", validation=0.1, test=0.1)
    assert "not measured" in view.summary.text() and "%" not in view.summary.text()
    assert view.dataset_box.currentText() == "two-samples"  # the selector shows what is evaluated
    # Another model chosen: the line about the last one goes (it stayed under "loaded model: Hiragana": a walk)
    view.model.setCurrentIndex((view.model.currentIndex() + 1) % view.model.count())
    assert "not measured" not in view.summary.text() and view.summary.text().startswith("Evaluate a model")


def _scroll_area_of(widget):
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def visible_buttons_outside(window) -> list[str]:
    """Buttons not wholly inside the window. A button in a vertically scrolling column (the Train settings) only
    has to lie inside it horizontally, with no horizontal scroll bar: scrolling down reaches it."""
    frame = window.rect()
    outside = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.window() is not window:
            continue
        top_left = button.mapTo(window, QPoint(0, 0))
        bottom_right = button.mapTo(window, QPoint(button.width() - 1, button.height() - 1))
        scroll = _scroll_area_of(button)
        if scroll is not None:
            viewport = scroll.viewport()
            left = viewport.mapTo(window, QPoint(0, 0)).x()
            inside = (left <= top_left.x() and bottom_right.x() < left + viewport.width()
                      and not scroll.horizontalScrollBar().isVisible())
        else:
            inside = frame.contains(top_left) and frame.contains(bottom_right)
        if not inside:
            outside.append(f"{button.text() or button.toolTip() or type(button).__name__} at {top_left.toTuple()}")
    return outside


def tabs_out_of_view(window) -> list[str]:
    """The tabs of visible tab bars that lie (partly) outside their bar: behind its scroll arrows."""
    from PySide6.QtWidgets import QTabBar

    return [bar.tabText(i) for bar in window.findChildren(QTabBar) if bar.isVisible()
            for i in range(bar.count()) if not bar.rect().contains(bar.tabRect(i))]


@pytest.mark.parametrize("size", ["1024x640", "minimum"])
def test_every_area_fits_the_window(qtbot, window, size):
    if size == "minimum":
        window.resize(window.minimumSizeHint())
        assert window.minimumSizeHint().width() <= 1024 and window.minimumSizeHint().height() <= 640
    else:
        window.resize(1024, 640)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible(), timeout=5000)
        QApplication.processEvents()
        area = window.tabs.currentWidget()
        assert area.width() >= area.minimumSizeHint().width(), window.tabs.tabText(index)
        assert visible_buttons_outside(window) == [], window.tabs.tabText(index)


@pytest.mark.parametrize("language", ["fr", "ja", "zh_CN", "zh_TW"])
def test_every_area_fits_1024_by_640_in_every_language(qtbot, language):
    """Translated labels are longer (French) or wider (CJK): the window's minimum size still fits 1024×640 and,
    there, every area gets its own minimum and shows every button."""
    from guiapp.qt import i18n
    from guiapp.qt.teach import learnt_outcome
    from qt.recognize_helpers import window_in

    try:
        w = window_in(qtbot, language)
        w.show()
        qtbot.waitExposed(w)
        # The collect row open with its longest outcome: a Teach round's, with its figures
        w.collect_bar.collect_button.setChecked(True)
        w.collect_bar.show_outcome(learnt_outcome((30, 30), ("100\u00a0%", "100\u00a0%")))
        needed = {}
        for index in range(w.tabs.count()):
            w.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            needed[w.tabs.tabText(index)] = w.minimumSizeHint().toTuple()
        assert all(width <= 1024 and height <= 640 for width, height in needed.values()), needed
        caption = w.recognize.input_caption  # "What the model sees": two lines in CJK, both cut at the minimum
        if not caption.text():
            caption.setText(i18n.translate("recognize", "{0}×{1} input, {2} fit, ink {3}").format(
                28, 28, i18n.translate("recognize", "MNIST-style"), i18n.translate("recognize", "light on dark")))
        for size in ((1024, 640), w.minimumSizeHint().toTuple()):
            w.resize(*size)
            for index in range(w.tabs.count()):
                w.tabs.setCurrentIndex(index)
                qtbot.waitUntil(lambda: w.tabs.currentWidget().isVisible(), timeout=5000)
                QApplication.processEvents()
                assert visible_buttons_outside(w) == [], (language, size, w.tabs.tabText(index))
                if index == 0:
                    assert caption.height() >= caption.heightForWidth(caption.width()), (language, size)
                # Every tab of every tab bar in view: French "Augmenter" hid behind scroll arrows at the minimum.
                assert tabs_out_of_view(w) == [], (language, size, w.tabs.tabText(index))
        w.close()
    finally:
        i18n.install(QApplication.instance(), "en")  # the next test reads English again


def test_the_wheel_changes_a_setting_only_when_it_has_the_focus(qtbot, window):
    window.show_area(window.train_area)
    optimizer = window.train_area.settings.optimizer
    before = optimizer.currentText()

    def wheel(widget) -> None:
        center = QPointF(widget.width() / 2, widget.height() / 2)
        event = QWheelEvent(center, QPointF(widget.mapToGlobal(center.toPoint())), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(widget, event)

    window.train_area.start_button.setFocus()
    wheel(optimizer)
    assert optimizer.currentText() == before and not optimizer.hasFocus()
    scroll = window.train_area.settings.parentWidget().parentWidget()  # the settings column's scroll area
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    top = bar.value()
    wheel(optimizer)  # the wheel went on to the scroll area: the column scrolled instead
    wheel(bar)  # and over the scroll bar itself
    assert bar.value() > top and optimizer.currentText() == before
    # Reached with Tab, the field does not take the wheel either: the column scrolls past it.
    optimizer.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(optimizer.hasFocus, timeout=5000)
    wheel(optimizer)
    assert optimizer.currentText() == before
    # Clicked into, it does.
    window.train_area.start_button.setFocus()
    optimizer.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(optimizer.hasFocus, timeout=5000)
    wheel(optimizer)
    assert optimizer.currentText() != before


def test_the_pad_draws_into_a_dataset_just_made_and_the_last_one_after_a_restart(qtbot, window):
    """A walk made "tiny" with Datasets → New… ("Draw on the Recognize tab and add the drawings to it") and the
    Recognize tab's Dataset box stayed on "shapes", as it did again after a restart."""
    bar = window.collect_bar
    bar.set_dataset("shapes")
    assert window.datasets_area.new_user_dataset("tiny")
    assert bar.dataset_name() == "tiny"
    # Not in the middle of a collection: its prompts go on into the dataset they began in.
    bar.start_collect("ab", 2)
    assert window.datasets_area.new_user_dataset("other")
    assert bar.dataset_name() == "tiny"
    bar.stop_collect()
    window.close()
    again = MainWindow(Settings(), start_backend=False)
    qtbot.addWidget(again)
    assert again.collect_bar.dataset_name() == "tiny"
    again.close()


def test_the_train_settings_survive_a_restart(qtbot, window):
    settings = window.train_area.settings
    settings.epochs.setValue(3)
    settings.batch_size.setValue(32)
    settings.preset.setCurrentIndex(settings.preset.findData("keras-tutorial"))
    settings.set_dataset("latin", 200)
    window.close()
    again = MainWindow(Settings(), start_backend=False)
    qtbot.addWidget(again)
    restored = again.train_area.settings
    assert restored.epochs.value() == 3 and restored.batch_size.value() == 32
    assert restored.preset_name() == "keras-tutorial"
    assert restored.dataset_name() == "latin" and restored.samples_per_class() == 200
    again.close()



def test_models_are_listed_by_meaningful_names_and_only_once(qtbot, tmp_path, tiny_digits_model):
    import shutil

    from guiapp import paths
    from guiapp.qt.recognize.model_picker import ModelPicker, bundled_models

    runs = []
    for run in ("run-a", "run-b"):
        (tmp_path / run).mkdir()
        runs.append(str(shutil.copy(tiny_digits_model, tmp_path / run / "model.h5")))
    picker = ModelPicker()
    qtbot.addWidget(picker)
    picker.refresh(runs, runs[0])
    names = [picker.itemText(i) for i in range(picker.count()) if picker.itemData(i) in runs]
    assert len(set(names)) == 2 and all(name.startswith("digits · keras-tutorial · ") for name in names)
    assert "model.h5" not in names  # what every run's file is called
    if bundled_models():
        bundled = str(bundled_models()[0][1])
        again = str(paths.resource("models") / ".." / "models" / bundled_models()[0][1].name)  # same file
        picker.refresh([again], again)
        assert [picker.itemData(i) for i in range(picker.count())].count(bundled) == 1
        assert again not in [picker.itemData(i) for i in range(picker.count())]
        assert picker.currentData() == bundled


def test_export_and_import_a_project_through_the_window(qtbot, window, tmp_path, tiny_digits_model, monkeypatch):
    UserStore().create("empty")  # one of one's own datasets, with nothing in it
    bar = window.collect_bar
    bar.set_dataset("letters")
    for label in "ab":
        draw_one(window.recognize.pad)
        bar.label_edit.setText(label)
        assert bar.add_current()
    window._model_path = str(tiny_digits_model)  # as if recognizing with it (TensorFlow is not loaded here)
    window.train_area.settings.epochs.setValue(4)
    # File → Export project… asks which datasets go in (the collect row's ticked; an empty one never), offers the
    # first one's name, and says what went in (every project was "my-inkling-project.zip", and took the collect
    # row's dataset, empty, while the one meant was open on the Datasets tab: two walks)
    from PySide6.QtCore import QTimer

    from guiapp.qt.project_dialog import ProjectContentsDialog

    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, ProjectContentsDialog):
            QTimer.singleShot(10, answer)
            return
        items = [box.list.item(i) for i in range(box.list.count())]
        seen.append({item.text(): item.checkState() == Qt.CheckState.Checked for item in items})
        seen.append(box.model_box.text())
        box.accept()

    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: offered.append(args[2]) or (str(tmp_path / "letters.zip"), ""))
    QTimer.singleShot(0, answer)
    window.export_project_dialog()
    assert seen[0] == {"empty (0 samples)": False, "letters (2 samples)": True}
    assert seen[1] == "The model in use: tiny-digits.h5"
    file = tmp_path / "letters.zip"
    assert Path(offered[0]).name == "letters.zip" and file.is_file()
    assert window.statusBar().currentMessage() == (f"Project saved to {file}: dataset letters, the model in use, "
                                                   "the Train settings")
    import shutil

    shutil.rmtree(UserStore().root / "letters")
    window.train_area.settings.epochs.setValue(10)
    assert window.import_project(file)
    assert UserStore().open("letters").counts() == {"a": 1, "b": 1} and bar.dataset_name() == "letters"
    assert window.train_area.settings.epochs.value() == 4
    # what changed is said (the bare "dataset letters, a model" left the switches unnoticed: a walk)
    assert window.statusBar().currentMessage() == ("Imported letters.zip: dataset letters (new drawings now go into "
                                                   "it), its model, now recognising")
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    assert not window.import_project(bad) and "bad.zip" in window.error_box.text()
    # Imported again, its dataset takes another name: said where it stays, not only in the status line (Train and
    # Personalize still chose the dataset of that name that was here: a walk)
    assert window.import_project(file)
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible() and w.windowTitle() == "Project imported")
    assert "A dataset named letters was here already: the project's is called letters-2." in box.text()
    box.close()
    assert window.train_area.settings.dataset_name() == "letters-2"  # not the letters that was here
    # The model it brought is named by what it learnt and when, not after the project's file ("letters.h5")
    from guiapp import paths
    from guiapp.qt.recognize.model_picker import model_display_name

    imported = next((paths.data_dir() / "models").glob("letters*.h5"))
    assert " · " in model_display_name(imported) and not model_display_name(imported).endswith(".h5")
    # The Datasets tab in front: its dataset is the one offered, not the collect row's
    bar.set_dataset("empty")
    window.show_area(window.datasets_area)
    window.datasets_area.list.select("letters")
    qtbot.waitUntil(lambda: window.datasets_area.name == "letters", timeout=10_000)
    assert window._project_contents()[0] == ["letters"]


def test_a_run_models_name_goes_with_it_into_a_project(qtbot, window, tmp_path, tiny_digits_model):
    """A Teach round's model, named by its run here ("Digits + my-handwriting (taught x) · …"), was named by the
    dataset written inside it ("my-handwriting+digits · …") where the project was imported: runs do not travel."""
    import shutil

    from guiapp import paths
    from guiapp.core.training.runs import Curves, RunStore
    from guiapp.qt.recognize.model_picker import model_display_name

    store = RunStore()
    run = store.create({"preset": "inkling"}, "my-handwriting (taught)", fine_tuned_from=str(tiny_digits_model),
                       extra={"taught": ["x"]})
    shutil.copy(tiny_digits_model, run.model_path)
    store.finish(run, "completed", "done", 1, Curves({"loss": [1.0]}, []))
    window._model_path = str(run.model_path)  # as if recognizing with it
    here = model_display_name(run.model_path)
    assert "(taught x)" in here
    file = window.export_project(tmp_path / "taught.zip", [], with_model=True)
    shutil.rmtree(store.root)  # another machine: no runs
    assert window.import_project(file)
    imported = next((paths.data_dir() / "models").glob("taught*.h5"))
    assert model_display_name(imported) == " ".join(here.split())  # (a name's spaces are plain ones)


def test_a_run_and_its_model_can_be_renamed(qtbot, tiny_digits_model):
    import shutil

    from guiapp.core.modelfile import load_model, read_metadata
    from guiapp.core.modelfile.metadata import model_title
    from guiapp.core.training.runs import RunStore
    from guiapp.qt.train.runs import RunsView

    store = RunStore()
    run = store.create({"preset": "keras-tutorial"}, "my-handwriting")
    shutil.copy(tiny_digits_model, run.model_path)
    view = RunsView(store)
    qtbot.addWidget(view)
    assert view.table.item(0, 2).text() == "my-handwriting"
    # Rename… offers the whole name, in a dialog wide enough to show it (the default width cut it off).
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()  # the one in front: not an earlier test's, left open
        if not isinstance(dialog, QInputDialog) or not dialog.isVisible():  # not shown yet (a busy machine): again
            QTimer.singleShot(10, answer)
            return
        field = dialog.findChild(QLineEdit)
        seen.update(text=field.text(), fits=field.width() > field.fontMetrics().horizontalAdvance(field.text()))
        field.setText("my-handwriting, renamed")
        dialog.accept()

    view.table.selectRow(0)
    QTimer.singleShot(0, answer)
    view.rename_button.click()
    assert seen["text"].startswith("my-handwriting") and seen["fits"], seen
    assert view.table.item(0, 2).text() == "my-handwriting, renamed"
    assert view.rename(view.runs[0], "  my   digits ")
    # the table keeps what it learnt from beside a name that does not say it (a name alone hid it: a walk)
    assert view.table.item(0, 2).text() == "my digits (my-handwriting)" and store.load(run.id).title == "my digits"
    assert model_title(run.model_path) == "my digits" and read_metadata(run.model_path)["metadata"]["name"] == "my digits"
    assert load_model(run.model_path).labels == [str(d) for d in range(10)]  # the weights are as they were
    assert not view.rename(store.load(run.id), "") and "Cannot rename" in view.note.text()
    assert not list(run.folder.glob("*.tmp"))


def test_teach_asks_only_for_the_drawings_the_dataset_lacks(qtbot, window, tiny_digits_model):
    """A fresh-eyes walk collected 8 each of three symbols, then Teach… asked for 10 new drawings of each (30):
    the dataset's drawings count."""
    window._model_path = str(tiny_digits_model)  # as if recognizing with it (TensorFlow is not loaded here)
    bar, pad = window.collect_bar, window.recognize.pad
    for _ in range(2):
        draw_one(pad)
        bar.label_edit.setText("x")
        assert bar.add_current()
    bar.label_edit.clear()
    assert window.teacher.start("xy", 3)
    assert bar.prompts == ["x", "y", "y", "y"], bar.prompts
    said = window.statusBar().currentMessage()
    assert "4 more drawings to make, 2 of the 6 needed already in my-handwriting" in said, said
    bar.stop_collect()
    window.teacher.active = False


def test_teaching_with_too_few_drawings_says_how_many_more(qtbot, window, tiny_digits_model):
    window._model_path = str(tiny_digits_model)  # as if recognizing with it (TensorFlow is not loaded here)
    assert window.teacher.start("x", 3)
    pad = window.recognize.pad
    with qtbot.waitSignal(window.train_area.trainingFailed, timeout=60_000) as failed:
        for _ in range(3):
            draw_one(pad)
            pad.setFocus()
            QTest.keyClick(pad, Qt.Key.Key_Return)
    assert "“x” has 3 (add 2 more)" in failed.args[0]
    assert not window.teacher.active and "Teaching failed" in window.statusBar().currentMessage()
    # The whole reason in a dialog (the status line cut it off), and no "Done ✔" left beside a failed round.
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "“x” has 3 (add 2 more)" in box.text()
    box.close()
    assert window.collect_bar.prompt.text() == ""


def test_cancelling_a_new_dataset_keeps_the_one_in_use(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from guiapp.qt.recognize.collect_datasets import NEW_DATASET

    bar = window.collect_bar
    for name in ("aaa-first", "my-symbols"):
        bar.set_dataset(name)
    assert bar.dataset_name() == "my-symbols"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("", False)))  # Cancel
    combo = bar.dataset_combo
    combo.setCurrentIndex(combo.findText(NEW_DATASET))
    combo.activated.emit(combo.currentIndex())
    assert bar.dataset_name() == "my-symbols"


def test_deleting_the_run_whose_model_the_pad_uses_says_so_and_the_pad_goes_back(qtbot, tiny_digits_model):
    """A taught model was deleted with its run without a word; the pad went on with it from memory and the model
    list kept a nameless "model.h5" that failed when chosen."""
    import shutil

    from guiapp.core.training.runs import RunStore
    from guiapp.qt.main_window import default_model
    from qt.recognize_helpers import open_window, wait_for_model

    run = RunStore().create({"preset": "keras-tutorial"}, "mine (taught)", extra={"taught": ["x"]})
    model = str(shutil.copy(tiny_digits_model, run.model_path))
    window = open_window(qtbot, model)
    runs = window.train_area.runs_view
    runs.refresh()
    assert "the pad goes back to a bundled model" in runs.delete_question(runs.runs)
    assert runs.delete(runs.runs) == [run.id]
    wait_for_model(qtbot, window, default_model())
    assert model not in window.settings.recent_models()
    picker = window.recognize.picker
    assert not [picker.itemData(i) for i in range(picker.count()) if picker.itemData(i) == model]
    assert "was deleted with its run" in window.statusBar().currentMessage()
    # Deleted into the runs' trash: Ctrl+Z on the Runs page brings it back, model and all.
    assert "Ctrl+Z brings them back" in runs.note.text()
    window.show_area(window.train_area)
    window.train_area.tabs.setCurrentWidget(runs)
    qtbot.waitUntil(runs.table.isVisible, timeout=5000)
    runs.table.setFocus()
    QTest.keyClick(runs.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in runs.runs] == [run.id] and run.model_path.is_file() and "Brought back 1 run" in runs.note.text()
    # and the pad has its model back, said so ("uses Digits again" stayed, and so did Digits: a walk)
    wait_for_model(qtbot, window, model)
    assert window.statusBar().currentMessage().startswith("Its run is back: the pad uses")
    window.close()


def test_a_deleted_run_that_was_shown_is_shown_again_when_brought_back(qtbot, window, tiny_digits_model):
    """Ctrl+Z after deleting the run shown: it was back in the list, but "The run shown was deleted." and empty
    curves stayed (a walk)."""
    import shutil

    from guiapp.core.training.runs import RunStore

    run = RunStore().create({"preset": "keras-tutorial", "epochs": 2}, "digits")
    shutil.copy(tiny_digits_model, run.model_path)
    area = window.train_area
    runs = area.runs_view
    runs.refresh()
    area.show_run(runs.runs[0])
    assert area.shown_run.id == run.id
    runs.delete(runs.runs)
    assert area.status.text() == "The run shown was deleted." and area.shown_run is None
    runs.undo_delete()
    assert area.shown_run is not None and area.shown_run.id == run.id
    assert area.status.text().startswith("Run ") and area.progress.format() != "no run shown"


def test_every_list_follows_a_renamed_dataset_and_the_edit_menu_follows_the_tab(qtbot, window):
    bar, train = window.collect_bar, window.train_area
    bar.set_dataset("scribbles")
    draw_one(window.recognize.pad)
    bar.label_edit.setText("x")
    assert bar.add_current()
    train.personalize.personal.setCurrentText("scribbles")
    assert train.settings.dataset_name() == "scribbles"
    assert window.datasets_area.rename_user_dataset("scribbles", "my-symbols")
    # Drawings keep going into it, Train keeps it chosen, under its new name: nothing fell back to another dataset.
    assert bar.dataset_name() == "my-symbols" and bar.counts == {"x": 1}
    assert train.settings.dataset_name() == "my-symbols"
    assert train.personalize.personal.currentText() == "my-symbols"
    assert train.evaluation.dataset_box.findText("scribbles") < 0

    def edit_menu_texts():
        window.edit_menu.aboutToShow.emit()
        return [a.text() for a in window.edit_menu.actions() if not a.isSeparator()]

    window.tabs.setCurrentWidget(window.recognize)
    assert "&Undo adding to my-symbols" in edit_menu_texts()  # the pad's Undo takes the add back, under its new name
    window.tabs.setCurrentWidget(window.datasets_area)
    texts = edit_menu_texts()  # the pad's Undo there undid a stroke nobody saw
    assert "&Undo adding to my-symbols" not in texts and texts[0].startswith("&Undo rename scribbles to my-symbols")
    assert "Re&name dataset…\tF2" in texts and "Delete data&set…" in texts
    window.tabs.setCurrentWidget(train)
    assert edit_menu_texts() == ["&Undo deleting runs\tCtrl+Z", "&Rename run…", "&Delete run…"]
    # Deleted, it leaves every list: Train kept it chosen, and Start failed on a dataset that was not there.
    train.evaluation.dataset_box.setCurrentText("my-symbols")
    assert window.datasets_area.delete_user_dataset("my-symbols")
    for box in (train.settings.dataset, train.evaluation.dataset_box):
        assert box.findText("my-symbols") < 0 and box.currentText() == "digits"
    # Undone, each box that had it chosen chooses it again: Train stayed on digits, and Start would have trained on
    # it (walk 120)
    window.datasets_area.undo_stack.undo()
    for box in (train.settings.dataset, train.evaluation.dataset_box):
        assert box.currentText() == "my-symbols"
    # ... unless another was chosen meanwhile; and it is not chosen as a dataset just made where it was not chosen
    # (Train switched to it by itself: a walk)
    assert window.datasets_area.delete_user_dataset("my-symbols")
    train.settings.dataset.setCurrentIndex(train.settings.dataset.findText("latin"))
    window.datasets_area.undo_stack.undo()
    assert train.settings.dataset_name() == "latin" and train.evaluation.dataset_box.currentText() == "my-symbols"


def test_ctrl_z_on_the_pad_takes_an_add_back_and_ctrl_shift_z_adds_it_again(qtbot, window):
    """A drawing added under the wrong label could only be deleted on the Datasets tab: the pad's Undo brings the
    drawing back and takes the sample out of the dataset (its prompt too, while collecting); Redo adds it again."""
    bar, pad = window.collect_bar, window.recognize.pad
    store = UserStore()
    assert bar.start_collect("ab", 2)
    pad.setFocus()
    draw_one(pad)
    QTest.keyClick(pad, Qt.Key.Key_Return)
    assert bar.counts == {"a": 1} and bar.prompt_index == 1 and pad.is_empty()
    # The Edit menu says what Undo takes back: it said "Undo stroke" (a walk)
    undo = window.recognize.undo_action
    assert undo.text() == f"&Undo adding to {bar.dataset_name()}" and "the “a” just added leaves" in undo.toolTip()
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not pad.is_empty() and bar.counts == {} and bar.prompt_index == 0  # "Draw a (1 / 4)" again
    assert undo.text() == "&Undo stroke"
    assert window.recognize.redo_action.text() == f"&Redo adding to {bar.dataset_name()}"  # not "Redo stroke"
    assert store.open(bar.dataset_name()).counts() == {}
    assert bar.last_message.startswith("Taken back: the “a” just added is no longer in"), bar.last_message
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert pad.is_empty() and bar.counts == {"a": 1} and bar.prompt_index == 1
    assert store.open(bar.dataset_name()).counts() == {"a": 1}
    # A drawing undone and drawn anew is a new add; the one taken back stays out.
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    pad.clear()
    draw_one(pad)
    QTest.keyClick(pad, Qt.Key.Key_Return)
    assert store.open(bar.dataset_name()).counts() == {"a": 1} and bar.counts == {"a": 1}


def test_ctrl_z_in_the_label_field_takes_back_an_add_made_with_enter_there(qtbot, window):
    """Label ☉, a drawing, Enter in the field: Ctrl+Z there did nothing, the field's own (empty) undo took it, and
    the sample stayed (a walk). With nothing typed to take back, it takes back the add; typed text first."""
    bar, pad = window.collect_bar, window.recognize.pad
    draw_one(pad)
    bar.label_edit.setFocus()
    bar.label_edit.insert("☉")  # (typed: QTest cannot type a character no key has)
    QTest.keyClick(bar.label_edit, Qt.Key.Key_Return)
    assert bar.counts == {"☉": 1} and pad.is_empty()
    QTest.keyClick(bar.label_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bar.counts == {} and not pad.is_empty()  # the drawing is back on the pad
    QTest.keyClick(bar.label_edit, Qt.Key.Key_Return)  # added again
    QTest.keyClick(bar.label_edit, Qt.Key.Key_End)
    QTest.keyClicks(bar.label_edit, "x")
    QTest.keyClick(bar.label_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bar.label_edit.text() == "☉" and bar.counts == {"☉": 1}  # the typing went, not the add


def test_an_add_is_taken_back_from_its_dataset_renamed_since(qtbot, window):
    """Undo on the pad after the dataset was renamed looked for it under its old name and took nothing back."""
    bar, pad = window.collect_bar, window.recognize.pad
    bar.set_dataset("scribbles")
    draw_one(pad)
    bar.label_edit.setText("x")
    assert bar.add_current()
    assert window.datasets_area.rename_user_dataset("scribbles", "renamed")
    window.recognize.undo_action.trigger()
    assert not pad.is_empty() and UserStore().open("renamed").counts() == {}
    assert "no longer in renamed" in bar.last_message


def test_the_label_suggestions_keys_are_theirs_while_they_are_open(qtbot, window):
    """Esc with the Label's suggestions open went to the Recognize tab's Esc (the pen, the pad cleared) and left the
    list open to eat the next stroke (a walk): while open, the list's keys are the list's."""
    bar, pad = window.collect_bar, window.recognize.pad
    draw_one(pad)
    bar.label_edit.setText("a")
    assert bar.add_current()
    draw_one(pad)
    field = bar.label_edit
    field.clear()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=5000)
    assert field.suggest()
    qtbot.waitUntil(field.suggestions.isVisible, timeout=5000)
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return):  # (an X server gives them to the list, which has the grab)
        QTest.keyClick(field, key)
        assert not pad.is_empty() and bar.counts == {"a": 1}  # neither cleared nor added
    QTest.keyClick(field.suggestions, Qt.Key.Key_Escape)
    assert not field.suggestions.isVisible()


def test_collect_opened_from_the_keyboard_goes_on_to_the_classes(qtbot, window):
    """Space on Collect… opened the row and left the focus on the button (a keyboard walk): it goes to Classes."""
    bar = window.collect_bar
    window.activateWindow()
    bar.collect_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.collect_button.hasFocus, timeout=5000)
    QTest.keyClick(bar.collect_button, Qt.Key.Key_Space)
    assert bar.collect_button.isChecked()
    qtbot.waitUntil(bar.classes_edit.hasFocus, timeout=5000)


def test_start_and_stop_of_a_collection_go_on_to_the_pad(qtbot, window):
    """After Stop the focus stayed on the button, now Start again, and the Enter meant for the next drawing started
    a new collection (walk 102). Start and Stop pressed hand the focus to the pad, where Enter adds a drawing."""
    bar, pad = window.collect_bar, window.recognize.pad
    window.activateWindow()
    bar.collect_button.setChecked(True)
    bar.classes_edit.setText("a b")
    bar.start_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.start_button.hasFocus, timeout=5000)
    QTest.keyClick(bar.start_button, Qt.Key.Key_Space)
    assert bar.collecting()
    qtbot.waitUntil(pad.hasFocus, timeout=5000)
    draw_one(pad)
    QTest.keyClick(pad, Qt.Key.Key_Return)
    assert bar.counts == {"a": 1}
    bar.start_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.start_button.hasFocus, timeout=5000)
    QTest.keyClick(bar.start_button, Qt.Key.Key_Space)  # Stop
    assert not bar.collecting()
    qtbot.waitUntil(pad.hasFocus, timeout=5000)
    QTest.keyClick(pad, Qt.Key.Key_Return)
    assert not bar.collecting() and bar.counts == {"a": 1}


def test_a_reference_preset_offers_its_tutorials_settings(qtbot, window):
    """keras-tutorial's note read "98.36 % … with batch 64" over a Batch size of 128, and a teacher set the tutorial's
    settings by hand (walk 125): a preset from a tutorial offers them, one click away; the others the usual ones."""
    settings = window.train_area.settings
    link = settings.description.tutorial
    # each preset's figure in the list: the 99.15 % MNIST CNN was looked for under keras-tutorial (walk 141)
    expert = settings.preset.itemData(settings.preset.findData("tf-expert"), Qt.ItemDataRole.ToolTipRole)
    assert "\nReference: MNIST 99.15" in expert, expert
    settings.preset.setCurrentIndex(settings.preset.findData("keras-tutorial"))
    shown = settings.description.tutorial_settings
    assert link.isVisibleTo(settings) and link.text() == "Use the tutorial's settings"
    # what it would change, each beside the value set now: the whole line read as the settings set (walk 140)
    assert shown.text() == "constant (now plateau) · batch 64 (now 128)", shown.text()
    settings.validation.setValue(20)  # the split is the person's choice: kept
    link.click()
    config = settings.config()
    assert (config.preset, config.epochs, config.batch_size, config.schedule, config.early_stopping) == (
        "keras-tutorial", 10, 64, "constant", 0)
    assert config.validation_split == 0.2
    settings.preset.setCurrentIndex(settings.preset.findData("inkling"))
    # another preset offers the usual settings back: it kept batch 64 and a constant rate (walk 131)
    assert link.isVisibleTo(settings) and link.text() == "Use the usual settings"
    assert shown.text() == "plateau (now constant) · batch 128 (now 64)", shown.text()
    link.click()
    config = settings.config()
    assert (config.batch_size, config.schedule, config.early_stopping) == (128, "plateau", 3)
    # The link says when its settings are the ones set: a teacher set 3 epochs after a click and read "up to 5
    # epochs" under it as the settings in use (walk 132)
    assert not link.isEnabled() and link.text() == "✓ The usual settings are in use:"
    assert not link.font().underline()  # a statement, not a link that does nothing (walk 168)
    assert shown.text() == "Adam · learning rate 0.001 · plateau · batch 128 · up to 10 epochs", shown.text()
    settings.epochs.setValue(3)
    assert link.isEnabled() and link.text() == "Use the usual settings" and link.font().underline()
    assert shown.text() == "up to 10 epochs (now 3)", shown.text()
    settings.preset.setCurrentIndex(settings.preset.findData("keras-tutorial"))
    assert link.isEnabled() and link.text() == "Use the tutorial's settings"
    link.click()
    assert not link.isEnabled() and link.text() == "✓ The tutorial's settings are in use:"
    # tf-expert on the hiragana tutorial's 71 classes: that tutorial's step schedule, not the MNIST one's constant
    # rate, its 87.15 % (walk 162); on digits, the MNIST tutorial's
    settings.preset.setCurrentIndex(settings.preset.findData("tf-expert"))
    settings.set_dataset("hiragana-71")
    link.click()
    config = settings.config()
    assert (config.schedule, config.epochs, config.learning_rate) == ("step", 12, 0.001)
    settings.set_dataset("digits")
    assert link.isEnabled() and shown.text().startswith("constant (now step)"), shown.text()
