"""The Datasets panel: import of every format (menu path and drag-and-drop), broken files, filters, samples."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QStyle

from guiapp.core.datasets import registry
from guiapp.qt.datasets.events import dataset_events
from guiapp.qt.datasets.listing import NameRole
from guiapp.qt.datasets.panel import DatasetsPanel
from qt.dataset_fixtures import open_in, run_and_wait, write_class_folder, write_idx, write_npz, shown_panel


@pytest.fixture
def panel(qtbot):
    yield from shown_panel(qtbot, 1100, 700)


def _import(qtbot, panel, path, timeout=20000):
    with qtbot.waitSignal(panel.datasetsChanged, timeout=timeout):
        panel.import_paths([path])
    return panel.dataset


def test_constructible_without_arguments_and_lists_builtins(panel):
    names = panel.list.names()
    assert {"digits", "hiragana", "katakana"} <= set(names)
    assert panel.dataset is None
    assert not panel.relabel_button.isEnabled() or panel.current_kind() == "user"
    texts = [a.text() for a in panel.menu_actions()]
    assert texts[:3] == ["Import dataset &folder…", "Import dataset fi&les…", "Do&wnload dataset…"]
    assert panel.menu_actions()[0] is panel.menu_actions()[0]


def test_import_idx_folder_and_file(qtbot, panel, tmp_path):
    folder = write_idx(tmp_path / "my-idx")
    dataset = _import(qtbot, panel, folder)
    assert panel.name == "my-idx" and len(dataset) == 50 and len(dataset.classes) == 4
    assert "my-idx" in registry.registered()
    assert panel.list.kind("my-idx") == "registered"
    assert "read\u2011only" in panel.header.text()  # never broken after its hyphen
    assert "50&nbsp;samples" in panel.header.text() and "4&nbsp;classes" in panel.header.text()  # nor inside a part
    assert not panel.relabel_button.isEnabled() and not panel.delete_button.isEnabled()
    # the images file itself: named after its folder, made unique
    dataset = _import(qtbot, panel, folder / "train-images-idx3-ubyte.gz")
    assert panel.name == "my-idx 2" and len(dataset) == 50


def test_idx_files_chosen_together_are_one_dataset(qtbot, panel, tmp_path):
    folder = write_idx(tmp_path / "four-files")
    with qtbot.waitSignal(panel.datasetsChanged, timeout=20000):
        panel.import_paths(sorted(folder.iterdir()))
    assert panel.name == "four-files" and len(panel.dataset) == 50
    assert [n for n in registry.registered() if n.startswith("four-files")] == ["four-files"]


def test_import_npz_keeps_class_names(qtbot, panel, tmp_path):
    dataset = _import(qtbot, panel, write_npz(tmp_path / "pets.npz"))
    assert panel.name == "pets" and dataset.classes == ["cat", "dog", "fish"]
    assert panel.classes.counts_shown() == {"cat": 10, "dog": 10, "fish": 10}
    assert panel.classes.plot is not None and panel.classes.bars is not None  # the chart, drawn when first built


def test_import_folder_with_broken_files_reports_them_and_loads_the_rest(qtbot, panel, tmp_path):
    root = write_class_folder(tmp_path / "letters", per_class=5, broken=2)
    (root / "empty").mkdir()
    dataset = _import(qtbot, panel, root)
    assert len(dataset) == 15 and dataset.classes == ["a", "b", "c"]
    assert len(dataset.problems) == 3
    # an empty class folder is said as what it is: it was counted among the "files" skipped
    assert panel.problems.isVisible() and "3 files or folders skipped; the rest loaded" in panel.problems.text()
    assert "broken0.png" in panel.problems.text() and "holds no images" in panel.problems.text()
    assert "3 files or folders skipped" in panel.status.text()


def test_a_folder_imported_again_opens_the_first_import_read_afresh(qtbot, panel, tmp_path):
    """Not a second name for the same files ("letters 2" beside "letters"): the first import opens again, with the
    files added to the folder since."""
    root = write_class_folder(tmp_path / "letters", per_class=4)
    _import(qtbot, panel, root)
    open_in(qtbot, panel, "digits")
    write_class_folder(tmp_path / "letters", per_class=5, classes=("d",))
    told = []
    dataset_events().changed.connect(told.append)
    with qtbot.waitSignal(panel.datasetOpened, timeout=20000) as opened:
        panel.import_paths([tmp_path / "letters" / ".." / "letters"])
    assert opened.args == ["letters"] and panel.name == "letters" and panel.list.current_name() == "letters"
    assert len(panel.dataset) == 17 and panel.dataset.classes == ["a", "b", "c", "d"]
    # Its new size is recorded and every list told: Train still said a class was too small and refused (walk 127)
    assert registry.registered_sizes()["letters"] == (4, 17) and "letters" in told
    assert [n for n in registry.registered() if n.startswith("letters")] == ["letters"]
    assert panel.status.text() == "letters was imported before: opened it again, its files read afresh."
    # The one shown, imported again: read again too
    (root / "d" / "0.png").unlink()
    with qtbot.waitSignal(panel.datasetOpened, timeout=20000):
        panel.import_paths([root])
    assert len(panel.dataset) == 16 and "imported before" in panel.status.text()
    # A sample says which file it is, to find or delete it (a walk found a blank one and could not: walk 127)
    panel.grid.selectionModel().setCurrentIndex(panel.grid.model().index(0, 0),
                                                panel.grid.selectionModel().SelectionFlag.ClearAndSelect)
    first = panel.grid.thumb_model.sample_index(0)
    shown = panel.dataset.files[first]
    assert shown.split("/")[0] in ("a", "b", "c", "d") and (root / shown).is_file()
    assert f"file: {shown}" in panel.sample_view.details.text().replace("\u200b", "")  # (it may wrap after a slash)


def test_import_of_something_unreadable_is_a_clear_error(qtbot, panel, tmp_path):
    from qt.dialogs import answer_box

    junk = tmp_path / "notes.txt"
    junk.write_text("hello")
    seen = []
    answer_box("OK", seen)  # said in a box too: only in the line at the foot it went unnoticed (walk 140)
    with qtbot.waitSignal(panel.runner.failed, timeout=10000) as blocker:
        panel.import_paths([junk])
    assert "not a dataset file" in blocker.args[0]
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith("Nothing was imported: ") and "not a dataset file" in seen[0]
    assert "notes.txt" in panel.status.text()
    assert "notes" not in registry.registered()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # QDragEnterEvent(QPoint, …): the only ctor
def test_drag_and_drop_imports(qtbot, panel, tmp_path):
    path = write_npz(tmp_path / "dropped.npz")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    panel.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(panel.datasetsChanged, timeout=10000):
        panel.dropEvent(drop)
    assert panel.name == "dropped" and len(panel.dataset) == 30


def test_cancel_an_import(qtbot, panel, tmp_path, monkeypatch):
    import threading

    from guiapp.core.datasets import folder

    root = write_class_folder(tmp_path / "big", per_class=40)
    # The worker waits at its first progress report until Cancel has been clicked: without the wait, the import
    # could end before the click that its first report brought into the GUI thread landed (an intermittent failure).
    clicked = threading.Event()
    load = folder.load_folder_dataset

    def load_waiting_for_the_click(*args, progress, **kwargs):
        def report(done, total):
            progress(done, total)
            clicked.wait(20)
        return load(*args, progress=report, **kwargs)

    def click_cancel(done, total):
        panel.progress.cancel_button.click()
        clicked.set()

    monkeypatch.setattr(folder, "load_folder_dataset", load_waiting_for_the_click)
    panel.runner.progress.connect(click_cancel)
    with qtbot.waitSignal(panel.runner.cancelled, timeout=20000):
        panel.import_paths([root])
    assert "cancelled" in panel.status.text().lower()
    assert "big" not in registry.registered()
    assert not panel.progress.isVisible()


def test_the_grid_stays_put_while_a_task_s_progress_strip_comes_and_goes(qtbot, panel, tmp_path):
    """The strip and the status line take turns in one row: the grid jumped 14 px as the strip came and went."""
    root = write_class_folder(tmp_path / "big", per_class=40)
    splitter = panel.tabs.parentWidget()  # the grid, the list and the sample's tabs side by side
    before = splitter.geometry()
    seen, asked = [], []

    def at_first_progress(done, total):
        if not asked:
            asked.append(done)  # before processEvents, which can deliver the next report into this again
            QCoreApplication.processEvents()
            panel.layout().activate()
            seen.append((panel.progress.isVisible(), splitter.geometry()))

    panel.runner.progress.connect(at_first_progress)
    with qtbot.waitSignal(panel.datasetsChanged, timeout=20000):
        panel.import_paths([root])
    assert seen == [(True, before)]
    panel.layout().activate()
    assert not panel.progress.isVisible() and splitter.geometry() == before
    # The import's message shows in the status line, whole.
    assert panel.status.isVisible() and "big" in panel.status.text()


def test_what_was_said_about_one_dataset_goes_when_another_opens(qtbot, panel, tmp_path):
    """A walk: "Imported imp: 12 samples, 2 classes." stayed under the next dataset opened, read as about it."""
    _import(qtbot, panel, write_npz(tmp_path / "pets.npz"))
    _import(qtbot, panel, write_npz(tmp_path / "fish.npz"))
    assert panel.name == "fish" and panel.status.text().startswith("Imported fish")
    assert panel.list.select("pets")
    qtbot.waitUntil(lambda: panel.name == "pets", timeout=10_000)
    assert panel.status.text() == ""
    # Said after its dataset is shown, a new dataset's hint stays with it.
    assert panel.new_user_dataset("mine")
    qtbot.waitUntil(lambda: panel.name == "mine", timeout=10_000)
    assert panel.status.text().startswith("Created mine")


def test_cancelling_an_open_goes_back_to_the_dataset_shown(qtbot, panel, tmp_path):
    """A long synthesis (kyoiku: 1,026 classes) cancelled from the progress strip: while it ran the header said so;
    then the list highlights the dataset the grid still shows again, not the cancelled one over its samples."""
    _import(qtbot, panel, write_npz(tmp_path / "pets.npz"))
    shown = panel.header.text()
    assert panel.name == "pets" and panel.list.current_name() == "pets"
    headers = []

    def cancel_at_first_progress(done, total):
        if not headers:
            headers.append(panel.header.text())
            panel.progress.cancel_button.click()

    panel.runner.progress.connect(cancel_at_first_progress)
    with qtbot.waitSignal(panel.runner.cancelled, timeout=60000):
        assert panel.list.select("kyoiku")
        panel.header.linkActivated.emit("make")  # its first build is asked for (see the test after the next)
    assert "Opening <b>kyoiku</b>" in headers[0] and "pets stays shown" in headers[0]
    assert "kept in the cache: 2.5 GB on disk" in headers[0]  # a built-in of gigabytes says what it costs
    assert "cancelled" in panel.status.text().lower()
    assert panel.list.current_name() == "pets" and panel.name == "pets" and len(panel.dataset) == 30
    assert panel.header.text() == shown
    assert [item.data(0, NameRole) for item in panel.list.selectedItems()] == ["pets"]
    # Cancelled, it asks again next time (a click began the 2.5 GB build anew, unasked: a walk)
    panel.list.select("kyoiku")
    assert "has not been made yet" in panel.header.text() and not panel.runner.is_running()


def test_moving_on_from_an_opening_dataset_says_nothing_was_cancelled(qtbot, panel):
    """Arrowing down the list said "Synthesis of … cancelled." at each step: a load given up because another
    dataset was chosen is not news."""
    moved = []

    def move_on_at_first_progress(done, total):
        if not moved:
            moved.append(True)
            panel.list.select("digits")  # hiragana's synthesis (seconds) is given up for it

    panel.runner.progress.connect(move_on_at_first_progress)
    with qtbot.waitSignal(panel.runner.cancelled, timeout=60000):
        assert panel.list.select("hiragana")
    qtbot.waitUntil(lambda: panel.name == "digits", timeout=120000)
    assert moved and "cancelled" not in panel.status.text().lower()


def test_a_long_build_goes_on_when_another_dataset_is_chosen(qtbot, panel):
    """kyoiku's first build (2.5 GB, minutes) was thrown away by a click on another dataset, and began again from
    nothing when chosen again (a walk lost one at 60 %). It goes on; the dataset chosen opens after it, or at once
    when the build is cancelled."""
    headers = []

    def choose_others_at_first_progress(done, total):
        if headers:
            return
        panel.list.select("digits")
        headers.append(panel.header.text())
        assert not panel.runner.cancelling() and panel.runner.title.startswith("Opening kyoiku")
        panel.list.select("kyoiku")  # back to it: its progress is said again
        headers.append(panel.header.text())
        panel.list.select("digits")
        panel.progress.cancel_button.click()  # the person's own choice: the build stops and digits opens

    panel.runner.progress.connect(choose_others_at_first_progress)
    with qtbot.waitSignal(panel.runner.cancelled, timeout=60000):
        assert panel.list.select("kyoiku")
        panel.header.linkActivated.emit("make")
    assert headers[0] == ("<b>digits</b> opens once kyoiku has been made: its progress is below; Cancel there to "
                          "open digits now.")
    assert "Opening <b>kyoiku</b>" in headers[1]
    assert "cancelled" in panel.status.text().lower()  # the person cancelled it: that is news
    qtbot.waitUntil(lambda: panel.name == "digits", timeout=120000)
    assert "kyoiku" not in panel.datasets


def test_filters_by_class_and_split(qtbot, panel, tmp_path):
    _import(qtbot, panel, write_idx(tmp_path / "digits-idx", n_train=40, n_test=12))
    model = panel.grid.thumb_model
    assert model.rowCount() == 52
    assert model.labelled and model.class_name(0) == panel.dataset.classes[panel.dataset.labels[model.rows[0]]]
    panel.set_class_filter(1)
    rows = model.rows
    assert len(rows) == 13 and np.all(panel.dataset.labels[rows] == 1)
    assert not model.labelled  # one class shown: its name is in the filter, not on every thumbnail
    assert panel.shown_count.text() == "13\u00a0of 52\u00a0shown"  # each number stays with its word
    panel.set_split_filter("test")  # the IDX t10k part is the test split
    assert np.all(panel.dataset.predefined_test[model.rows]) and len(model.rows) == 3
    panel.set_class_filter(None)
    assert len(model.rows) == 12 and model.labelled
    panel.set_split_filter(None)
    assert panel.shown_count.text() == ""  # the header says "52 samples": here it wrapped "52" above "samples"
    assert "52&nbsp;samples" in panel.header.text()
    from guiapp.core.plural import resolve

    assert resolve(panel.tr("%Ln sample(s)", "", 1), 1) == "1 sample"  # the count's text said "1 samples"
    assert model.rowCount() == 52


def test_opening_a_sample_shows_it_large(qtbot, panel, tmp_path):
    _import(qtbot, panel, write_npz(tmp_path / "pets.npz"))
    assert panel.grid.select_sample(4)
    view = panel.sample_view
    assert view.label.text() == "dog"
    assert "sample #5 of 30" in view.details.text() and "pets.npz" in view.details.text()  # counted from 1
    assert view.image.pixmap() is not None and view.image.pixmap().width() >= 196
    assert not view.replay.isVisible()  # not a drawn sample: no strokes to replay, and it says so
    assert "no strokes to replay" in view.details.text()
    assert panel.augment.pixels is not None
    # A built-in sample was written stroke by stroke by the synthesiser: its strokes replay (they had none).
    open_in(qtbot, panel, "digits")
    assert panel.grid.select_sample(12)
    assert view.replay_button.isVisibleTo(panel) and view.replay.drawing is not None
    assert "synthesiser's writer" in view.details.text()
    view.replay_button.click()
    qtbot.waitUntil(lambda: not view.replay.is_playing(), timeout=10000)


def test_samples_are_numbered_from_one_as_people_count(qtbot, panel, tmp_path):
    _import(qtbot, panel, write_npz(tmp_path / "pets.npz"))
    assert panel.grid.select_sample(0)
    assert panel.sample_view.details.text().startswith("sample #1 of 30")
    model = panel.grid.model()
    row = next(r for r in range(model.rowCount()) if panel.grid.thumb_model.sample_index(r) == 0)
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole).startswith("#1: ")


def test_tab_into_the_grid_selects_the_sample_it_shows(qtbot, panel, tmp_path):
    """Tab into the grid made the first sample current (the sample view showed #1) but selected nothing, so no
    cell looked chosen; the sample shown is the selected one."""
    from PySide6.QtCore import QItemSelectionModel

    _import(qtbot, panel, write_npz(tmp_path / "pets.npz"))
    panel.grid.clearSelection()
    # What QAbstractItemView's focus-in does when Tab arrives: the first item current, the selection untouched.
    panel.grid.selectionModel().setCurrentIndex(panel.grid.model().index(3, 0),
                                                QItemSelectionModel.SelectionFlag.NoUpdate)
    assert panel.grid.selected_samples() == [panel.grid.thumb_model.sample_index(3)]
    assert "sample #4 of 30" in panel.sample_view.details.text()


def test_grid_is_virtual_and_thumbnails_are_lazy(qtbot, panel):
    folder = Path("/usr/share/datasets/fashion-mnist")
    if not folder.is_dir():
        pytest.skip("dataset-fashion-mnist is not installed")
    dataset = open_in(qtbot, panel, "fashion-mnist")
    assert len(dataset) == 70_000 and panel.grid.thumb_model.rowCount() == 70_000
    qtbot.waitUntil(lambda: panel.grid.thumb_model.thumbnails_made > 0, timeout=10_000)  # the first paint
    assert panel.grid.thumb_model.thumbnails_made < 1000  # only what is visible
    made = panel.grid.thumb_model.thumbnails_made
    panel.grid.verticalScrollBar().setValue(panel.grid.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: panel.grid.thumb_model.thumbnails_made > made, timeout=10_000)  # the rows now shown
    assert panel.grid.thumb_model.thumbnails_made < 2000
    assert panel.grid.findChildren(type(panel.sample_view)) == []  # no widget per sample


def test_the_thumbnail_columns_fill_the_grid_s_width(qtbot):
    """Cells of a fixed width left a blank strip up to a cell wide at the grid's right (a walk at 1100×720: 62 px of
    434): the columns share the width, at any width, and the selection stays a square around its thumbnail."""
    from guiapp.core.datasets.base import Dataset
    from guiapp.qt.datasets.grid import ThumbnailGrid

    grid = ThumbnailGrid()
    qtbot.addWidget(grid)
    grid.show()
    bar = grid.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, grid.verticalScrollBar())
    # 300 samples scroll; 30 do not, and Qt keeps the scroll bar's room anyway (30 got 6 columns in room for 7)
    for samples in (300, 30):
        grid.set_dataset(Dataset("blank", ["a", "b"], np.zeros((samples, 28, 28), np.uint8),
                                 np.zeros(samples, np.int64)))
        for width in (450, 451, 300, 777, 120):
            grid.resize(width, 400)
            cell = grid.gridSize().width()
            qtbot.waitUntil(lambda: grid.visualRect(grid.thumb_model.index(0)).width() == cell - 2)  # 2 px apart
            columns = len({grid.visualRect(grid.thumb_model.index(i)).x() for i in range(min(samples, 40))})
            room = grid.viewport().width() - (0 if grid.verticalScrollBar().isVisible() else bar)
            spare = room - columns * cell
            assert 0 < spare <= columns, (samples, width, columns, cell, spare)  # what does not divide evenly
            assert cell >= grid.gridSize().height()


def blank_grid(qtbot, samples: int):
    """A thumbnail grid of ``samples`` blank samples, shown at 450×400 (Qt lays its rows out later, in batches)."""
    from guiapp.core.datasets.base import Dataset
    from guiapp.qt.datasets.grid import ThumbnailGrid

    grid = ThumbnailGrid()
    qtbot.addWidget(grid)
    grid.resize(450, 400)
    grid.show()
    grid.set_dataset(Dataset("blank", ["a"], np.zeros((samples, 28, 28), np.uint8), np.zeros(samples, np.int64)))
    return grid


def test_the_grid_keeps_its_place_when_its_width_changes(qtbot):
    """Scrolled down to sample 3,000 of 10,000, a narrower or wider pane (a splitter dragged, the window resized)
    showed other samples: the scroll bar kept its pixels while the rows were laid out anew. The sample at the top
    stays in view at the top."""
    grid = blank_grid(qtbot, 10_000)
    model = grid.thumb_model
    qtbot.waitUntil(lambda: grid.verticalScrollBar().maximum() > 0)
    grid.scrollTo(model.index(3000), QAbstractItemView.ScrollHint.PositionAtTop)

    def top() -> int:
        return grid.indexAt(QPoint(grid.gridSize().width() // 2, 4)).row()

    qtbot.waitUntil(lambda: 2990 <= top() <= 3000)
    for width in (300, 777, 451):
        first = top()
        grid.resize(width, 400)
        qtbot.waitUntil(lambda: grid.visualRect(model.index(0)).width() == grid.gridSize().width() - 2)
        qtbot.waitUntil(lambda: top() >= 0 and top() <= first < top() + grid.viewport().width() // grid.gridSize().width() * 2,
                        timeout=5000)


def test_a_sample_selected_as_the_grid_is_filled_is_scrolled_into_view(qtbot):
    """A health pair clicked after the filter changed left the grid at its first sample: Qt lays a large dataset
    out later, in batches, and scrollTo had nothing to go by. The sample is scrolled to once they are laid out."""
    grid = blank_grid(qtbot, 10_000)
    assert grid.select_sample(7000)  # at once, before the layout
    index = grid.thumb_model.index(7000)
    qtbot.waitUntil(lambda: grid.viewport().rect().intersects(grid.visualRect(index)), timeout=10_000)
    assert grid.currentIndex().row() == 7000


def test_only_builtins_of_gigabytes_say_what_opening_them_costs_on_disk():
    assert DatasetsPanel._cache_note("digits") == DatasetsPanel._cache_note("my-own") == ""
    assert "5.2 GB" in DatasetsPanel._cache_note("joyo")



def test_a_builtin_of_gigabytes_is_made_only_when_asked(qtbot, panel, monkeypatch):
    """Clicking kyoiku in the list started its 2.5 GB, minutes-long first build at once (a walk): the header asks,
    and its "Make it now" link makes it."""
    from guiapp.core.datasets import builtin
    from guiapp.core.datasets.base import Dataset

    made = []

    def open_dataset(name, samples_per_class=None, **_kwargs):
        made.append(name if samples_per_class is None else (name, samples_per_class))
        return Dataset(name, ["日"], np.zeros((1, 8, 8), np.uint8), np.zeros(1, np.int64), kind="builtin")

    default = builtin.DEFAULT_SAMPLES_PER_CLASS
    monkeypatch.setattr(builtin, "DEFAULT_SAMPLES_PER_CLASS", 3)
    open_in(qtbot, panel, "digits", timeout=60000)
    monkeypatch.setattr(builtin, "DEFAULT_SAMPLES_PER_CLASS", default)
    monkeypatch.setattr(builtin, "is_made", lambda name, *args: False)
    monkeypatch.setattr(registry, "open_dataset", open_dataset)
    panel.list.select("joyo")
    assert "<b>joyo</b> has not been made yet: 1,281,600 samples" in panel.header.text()
    assert "5.2 GB" in panel.header.text() and "Make it now" in panel.header.text() and "digits stays shown" in panel.header.text()
    assert not panel.runner.is_running() and panel.name == "digits" and made == []
    # Its characters can be looked at first, a few of each made in seconds (walk 118: kyoiku's could not be seen)
    with qtbot.waitSignal(panel.datasetOpened, timeout=20000) as opened:
        panel.header.linkActivated.emit("preview")
    assert opened.args == ["joyo"] and made == [("joyo", 5)]
    assert "A preview: 5 samples of each character, of the 600 made for training." in panel.header.text()
    assert panel.list.currentItem().text(2) == "1,281,600"  # the list keeps the whole's size
    panel.refresh()  # (as any dataset made or changed does)
    assert panel.list.currentItem().text(2) == "1,281,600"
    with qtbot.waitSignal(panel.datasetOpened, timeout=20000) as opened:
        panel.header.linkActivated.emit("make")
    assert opened.args == ["joyo"] and made == [("joyo", 5), "joyo"] and "preview" not in panel.header.text()
    monkeypatch.setattr(builtin, "is_made", lambda name, *args: True)  # made: opened at once, nothing asked
    open_in(qtbot, panel, "digits")
    with qtbot.waitSignal(panel.datasetOpened, timeout=20000):
        panel.list.select("kyoiku")
    assert made[-1] == "kyoiku"

def test_reopening_is_instant_and_switching_cancels_nothing_needed(qtbot, panel, tmp_path):
    _import(qtbot, panel, write_npz(tmp_path / "one.npz"))
    _import(qtbot, panel, write_npz(tmp_path / "two.npz"))
    assert panel.name == "two"
    panel.list.select("one")  # loaded before: shown at once, no worker
    assert panel.name == "one" and not panel.runner.is_running()


def test_opens_a_builtin_in_the_worker(qtbot, panel, monkeypatch):
    from guiapp.core.datasets import builtin

    monkeypatch.setattr(builtin, "DEFAULT_SAMPLES_PER_CLASS", 3)
    dataset = open_in(qtbot, panel, "digits", timeout=60000)
    assert dataset.classes[:3] == ["0", "1", "2"] and len(dataset) == 30
    assert panel.list.currentItem().text(2) == "30"


def test_export_folder_and_npz_round_trip(qtbot, panel, tmp_path):
    _import(qtbot, panel, write_npz(tmp_path / "pets.npz"))
    run_and_wait(qtbot, panel.runner, lambda: panel.export_current(tmp_path / "out-folder", "folder"))
    again = registry.load_path(tmp_path / "out-folder")
    assert again.classes == ["cat", "dog", "fish"] and len(again) == 30
    run_and_wait(qtbot, panel.runner, lambda: panel.export_current(tmp_path / "copy", "npz"))
    assert np.array_equal(registry.load_path(tmp_path / "copy.npz").images, panel.dataset.images)
    assert "Exported pets" in panel.status.text()


def test_sizes_of_installed_and_imported_datasets_are_read_in_the_background(qtbot, tmp_path):
    registry.register(write_npz(tmp_path / "pets.npz"), "pets")
    write_class_folder(tmp_path / "slow-folder")
    registry.register(tmp_path / "slow-folder", "slow-folder")
    panel = DatasetsPanel()
    qtbot.addWidget(panel)
    QCoreApplication.processEvents()
    assert not panel.runner.is_running()  # nothing is read before the panel is first shown (app start-up)
    panel.show()
    qtbot.waitUntil(lambda: "pets" in panel.datasets, timeout=20000)
    item = panel.list._find("pets")
    assert (item.text(1), item.text(2)) == ("3", "30")
    assert panel.dataset is None  # read, not shown
    assert "slow-folder" not in panel.datasets  # image folders are read only when opened
    with qtbot.waitSignal(panel.datasetOpened, timeout=2000):
        panel.list.select("pets")  # instant: already read
    panel.stop_and_wait()


def test_a_dataset_whose_files_are_gone_says_so_and_can_be_removed(qtbot, panel, tmp_path):
    path = write_npz(tmp_path / "gone.npz")
    registry.register(path, "gone")
    _import(qtbot, panel, write_npz(tmp_path / "pets.npz"))
    path.unlink()
    panel.refresh()
    with qtbot.waitSignal(panel.runner.failed, timeout=10000):
        panel.list.select("gone")
    assert "could not be opened" in panel.header.text() and "gone.npz" in panel.header.text()
    assert panel.dataset is None and panel.grid.thumb_model.rowCount() == 0  # no stale samples under its name
    with qtbot.waitSignal(panel.datasetsChanged):
        panel.list.removeRequested.emit("gone")
    assert "gone" not in panel.list.names() and "gone" not in registry.registered()
    assert "files were left" in panel.status.text()


def test_another_dataset_opens_at_its_first_sample(qtbot, panel, tmp_path):
    """Switching from digits to hiragana kept the scroll place: the grid opened at お, not at あ."""
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    _import(qtbot, panel, write_idx(tmp_path / "first", n_train=300, n_test=10))
    bar = panel.grid.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    _import(qtbot, panel, write_idx(tmp_path / "second", n_train=300, n_test=10))
    qtbot.waitUntil(lambda: panel.name == "second")
    assert bar.value() == 0


def _class_balance(qtbot, classes: list[str], per_class: int, width: int, height: int = 320):
    """The Classes tab's table and chart, shown at ``width`` × ``height``, of a blank dataset of ``classes``."""
    from guiapp.core.datasets.base import Dataset
    from guiapp.qt.datasets.classes import ClassBalance

    labels = np.repeat(np.arange(len(classes)), per_class)
    view = ClassBalance()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.set_dataset(Dataset("blank", classes, np.zeros((len(labels), 8, 8), np.uint8), labels))
    return view


def test_the_class_chart_writes_only_the_names_its_height_holds(qtbot):
    """46 kana names ran into each other in the chart: every n-th is written, as many as fit, none overlapping."""
    view = _class_balance(qtbot, [chr(0x3042 + i) for i in range(46)], 3, 500)
    plot = view.plot
    qtbot.waitUntil(lambda: plot.getViewBox().height() > 0)
    QCoreApplication.processEvents()
    ticks = plot.getAxis("left")._tickLevels[0]
    line = plot.fontMetrics().height() + 2
    assert 1 <= len(ticks) and len(ticks) * line <= plot.getViewBox().height() + line
    # Ten digits in the Classes tab at the window's minimum size (446 px): the table is no taller than its rows,
    # and the chart below has the rest, room to name every digit (an empty band under the table, and every other
    # digit named, a walk).
    digits = _class_balance(qtbot, [str(d) for d in range(10)], 3, 330, 446)
    table = digits.table
    qtbot.waitUntil(lambda: table.viewport().height() <= table.verticalHeader().length() + 2)
    qtbot.waitUntil(lambda: [text for _at, text in digits.plot.getAxis("left")._tickLevels[0]]
                    == [str(d) for d in range(10)])


def test_the_class_chart_counts_whole_samples_and_shows_no_axes_without_classes(qtbot):
    """A small dataset's chart read 0.5, 1.5, 2.5 samples; an empty one showed a class "0" on a scale of 0.2 to 1.0,
    and a removed one kept the last dataset's names (a walk)."""
    from guiapp.core.datasets.base import Dataset

    view = _class_balance(qtbot, ["a", "b", "c"], 3, 500)
    plot = view.plot
    qtbot.waitUntil(lambda: plot.getViewBox().height() > 0)
    QCoreApplication.processEvents()
    axis = plot.getAxis("bottom")
    values = [v for _spacing, level in axis.tickValues(*plot.getViewBox().viewRange()[0], axis.width()) for v in level]
    assert values and all(float(v).is_integer() for v in values), values
    assert plot.getAxis("left").isVisible()
    view.set_dataset(Dataset("empty", [], np.zeros((0, 8, 8), np.uint8), np.zeros(0, np.int64)))
    assert not plot.getAxis("left").isVisible() and not axis.isVisible()
    view.set_dataset(None)
    assert not plot.getAxis("left").isVisible()


def test_the_class_table_gives_its_spare_width_to_the_class_names(qtbot):
    """The last count column (Test) was stretched to the table's edge, its figures far from their header's
    neighbours: the count columns are as wide as their contents, the class names take the rest."""
    view = _class_balance(qtbot, ["a", "b", "c"], 4, 600)
    header = view.table.horizontalHeader()
    widths = [header.sectionSize(column) for column in range(view.table.columnCount())]
    assert widths[-1] <= header.sectionSizeHint(view.table.columnCount() - 1) + 40
    assert widths[0] == max(widths)


def test_a_new_user_sees_where_their_own_datasets_will_be(panel):
    """Before any dataset of their own, the list shows its group and says how to make one (a fresh-eyes walk
    looked for my-handwriting here before its first sample); the hint is not a dataset and goes once one exists."""
    from guiapp.core.datasets.user_store import UserStore

    def group_texts():
        tree = panel.list
        return {tree.topLevelItem(g).text(0): [tree.topLevelItem(g).child(i) for i in
                                               range(tree.topLevelItem(g).childCount())]
                for g in range(tree.topLevelItemCount())}

    assert not UserStore().list()
    mine = group_texts()["My datasets (editable)"]
    # It names the dataset the Recognize pad shows and makes with its first add ("none yet" here contradicted it).
    assert len(mine) == 1 and mine[0].text(0) == "my-handwriting (not made yet)" and mine[0].data(0, NameRole) is None
    assert "your first drawing" in mine[0].toolTip(0) and "New…" in mine[0].toolTip(0)
    assert not mine[0].flags() & Qt.ItemFlag.ItemIsSelectable
    UserStore().create("my-symbols")
    panel.list.refresh()
    assert [item.text(0) for item in group_texts()["My datasets (editable)"]] == ["my-symbols"]


def test_an_empty_grid_shows_that_it_has_the_focus(qtbot):
    """Tab onto the grid before any dataset was chosen seemed to land nowhere: no sample to draw the focus on."""
    from PySide6.QtGui import QPalette
    from guiapp.qt.datasets.grid import ThumbnailGrid

    grid = ThumbnailGrid()
    qtbot.addWidget(grid)
    grid.resize(300, 200)
    grid.show()
    qtbot.waitExposed(grid)
    highlight = grid.palette().color(QPalette.ColorRole.Highlight).rgb()

    def edge() -> int:
        return grid.viewport().grab().toImage().pixel(grid.viewport().width() // 2, 1)

    assert edge() != highlight
    grid.activateWindow()
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus, timeout=5000)
    qtbot.waitUntil(lambda: edge() == highlight, timeout=5000)


def test_the_dataset_file_dialogs_open_where_datasets_were_last_chosen(qtbot, panel, tmp_path, monkeypatch):
    """After File → Open model, Import… opened in the app's own bundled models folder (Qt's last folder of any
    dialog): the dataset dialogs open in the home folder, then where a dataset was last chosen."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    opened = []
    folder = tmp_path / "pets"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: opened.append(args[2]) or "")
    panel.choose_import_folder()
    assert opened == [str(Path.home())]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: opened.append(args[2]) or str(folder))
    monkeypatch.setattr(panel, "import_paths", lambda paths: None)
    panel.choose_import_folder()
    panel.choose_import_folder()
    assert opened[-1] == str(tmp_path)


def test_a_folder_export_makes_a_new_folder_named_after_the_dataset(qtbot, panel, tmp_path, monkeypatch):
    """Export as a folder asks for a new folder's name (the dataset's, offered): a folder picker wanted an empty
    folder that already existed."""
    from PySide6.QtWidgets import QFileDialog

    _import(qtbot, panel, write_npz(tmp_path / "pets.npz"))
    from guiapp.qt import file_dialogs

    file_dialogs.remember(file_dialogs.DATASETS, tmp_path / "pets.npz")  # where the dialogs open (not the home folder)
    offered = []
    target = tmp_path / "out" / "my pets"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: offered.append(args[2]) or (str(target), ""))
    panel.choose_export("folder")
    qtbot.waitUntil(lambda: "Exported pets" in panel.status.text(), timeout=20000)
    assert Path(offered[0]) == tmp_path / "pets"
    # A folder of that name there already (the one it was imported from, often): the name offered is free
    (target.parent / "pets").mkdir()  # (the dialog now opens where the last export went)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: offered.append(args[2]) or ("", ""))
    panel.choose_export("folder")
    assert Path(offered[-1]).name == "pets (2)"
    assert (target / "classes.json").is_file() and sorted(p.name for p in target.iterdir() if p.is_dir()) == [
        "cat", "dog", "fish"]
    assert "Exported pets (30 samples)" in panel.status.text()


def test_a_cancelled_message_that_starts_with_a_name_keeps_the_name_as_written(panel):
    """The sentence gets its capital, a dataset's name does not: Japanese, name first, read "Kyoiku の合成を…"."""
    panel._task_cancelled("kyoiku の合成を中止しました")  # noqa: SLF001 — as the runner reports a cancel
    assert panel.status.text() == "kyoiku の合成を中止しました."
    panel._task_cancelled("synthesis of kyoiku cancelled")  # noqa: SLF001
    assert panel.status.text() == "Synthesis of kyoiku cancelled."


def test_the_class_tables_row_stays_when_the_dataset_is_shown_again(qtbot):
    """A class renamed with F2 showed the dataset again, and the table lost the row the keyboard was on: the next
    Down went to the first row (walk 128)."""
    from guiapp.core.datasets.base import Dataset
    from guiapp.qt.datasets.classes import ClassBalance

    view = ClassBalance()
    qtbot.addWidget(view)
    dataset = Dataset("mine", ["o", "x", "v"], np.zeros((6, 8, 8), np.uint8), np.array([0, 0, 1, 1, 2, 2]))
    view.set_dataset(dataset)
    view.table.setCurrentCell(1, 0)
    renamed = Dataset("mine", ["o", "cross", "v"], dataset.images, dataset.labels)
    view.set_dataset(renamed)
    assert view.table.currentRow() == 1 and view.table.item(1, 0).text() == "cross"
    # Sorted by name, the renamed class moves among the names, and the keyboard stays on it (walk 151: it stayed on
    # the row, now another class's)
    view.table.sortItems(0, Qt.SortOrder.AscendingOrder)  # cross, o, v
    view.table.setCurrentCell(2, 0)  # v
    view.set_dataset(Dataset("mine", ["o", "cross", "a"], dataset.images, dataset.labels))  # a, cross, o
    assert view.table.item(view.table.currentRow(), 0).text() == "a"
    # A dataset of one's own lists its classes by name, so a rename moves their indices too: bolt renamed lightning
    # left heart selected (walk 161)
    images, labels = np.zeros((8, 8, 8), np.uint8), np.arange(8) % 4
    view.set_dataset(Dataset("mine", ["bolt", "heart", "spiral", "star"], images, labels))
    view.table.setCurrentCell(next(row for row in range(4) if view.table.item(row, 0).text() == "bolt"), 0)
    view.set_dataset(Dataset("mine", ["heart", "lightning", "spiral", "star"], images, labels))
    assert view.table.item(view.table.currentRow(), 0).text() == "lightning"


def test_a_chart_of_many_classes_draws_its_bars_touching(qtbot):
    """71 hiragana in 145 px drew uneven stripes and blocks, as if broken (walk 132): past a few dozen classes the
    bars touch, one even shape whose right edge shows the balance; a few classes keep their gaps."""
    from guiapp.core.datasets.base import Dataset
    from guiapp.qt.datasets.classes import MAX_SPACED_BARS, ClassBalance

    view = ClassBalance()
    qtbot.addWidget(view)
    view.plot  # noqa: B018 — built, as when first shown
    for n, height in ((3, 0.8), (MAX_SPACED_BARS + 41, 1.0)):
        labels = np.arange(2 * n) % n
        view.set_dataset(Dataset("many", [f"c{i}" for i in range(n)], np.zeros((2 * n, 28, 28), np.uint8), labels))
        assert view.bars.opts["height"] == height


def test_each_thumbnail_of_a_grid_of_several_classes_names_its_class(qtbot, panel, tmp_path):
    """A grid of every class named none of its drawings, and the one labelled wrong hid among them (a walk): each
    thumbnail names its class in its corner, drawn once per class and width."""
    from PySide6.QtGui import QColor, QImage

    _import(qtbot, panel, write_idx(tmp_path / "digits-idx", n_train=40, n_test=12))
    grid = panel.grid
    qtbot.waitUntil(lambda: grid.isVisible() and grid.thumb_model.thumbnails_made > 0)
    corner = grid.visualRect(grid.thumb_model.index(0))
    named = grid.viewport().grab(corner).toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert len(grid.delegate._tags) >= 1
    panel.set_class_filter(int(panel.dataset.labels[grid.thumb_model.rows[0]]))
    qtbot.waitUntil(lambda: not grid.thumb_model.labelled)
    plain = grid.viewport().grab(grid.visualRect(grid.thumb_model.index(0))).toImage().convertToFormat(
        QImage.Format.Format_RGB32)

    def text_pixels(image) -> int:  # the tag's dark text in the thumbnail's top left corner
        return sum(QColor(image.pixel(x, y)).lightness() < 100 for x in range(4, 16) for y in range(2, 12))

    assert text_pixels(named) > text_pixels(plain), (text_pixels(named), text_pixels(plain))


def test_an_import_of_mixed_sizes_says_how_many_were_fitted(qtbot, panel, tmp_path):
    """A student's folder of 28×28 and 64×64 shapes, and an 800×600 one: the import said "174 samples, 4 classes"
    and the header "64×64 px", as if every file were (walk 165)."""
    from PIL import Image

    root = tmp_path / "shapes"
    for cls, sizes in (("circle", [(64, 64)] * 3 + [(28, 28)]), ("cross", [(64, 64)] * 3 + [(800, 600)])):
        (root / cls).mkdir(parents=True)
        for i, (width, height) in enumerate(sizes):
            picture = np.zeros((height, width), np.uint8)
            picture[height // 4: 3 * height // 4, width // 3: 2 * width // 3] = 255
            Image.fromarray(picture).save(root / cls / f"{i}.png")
    dataset = _import(qtbot, panel, root)
    assert dataset.image_shape == (64, 64) and dataset.fitted == 2
    assert panel.status.text() == ("Imported shapes: 8 samples, 2 classes; 2 images of other sizes fitted into 64×64, "
                                   "their shape kept.")
