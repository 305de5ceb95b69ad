"""What an area shows after the window is laid out never grows the window: at its minimum size, showing a drawn
sample (with its stroke replay) or an evaluation's matrix and table keeps the window's size, which fits a
1024×640 screen."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from guiapp.core.datasets.user_store import UserStore
from guiapp.qt.i18n import number, percent
from qt.dataset_fixtures import drawing, open_in


def at_minimum_size(qtbot, window, area):
    """Show ``area`` in ``window`` shrunk to its minimum size; returns that size (which fits 1024×640)."""
    window.show_area(area)
    qtbot.waitUntil(area.isVisible, timeout=5000)
    QApplication.processEvents()
    window.resize(window.minimumSizeHint())
    qtbot.waitUntil(lambda: window.size() == window.minimumSizeHint(), timeout=5000)
    size = window.size()
    assert size.width() <= 1024 and size.height() <= 640, size
    return size


def assert_unchanged(window, size) -> None:
    """The window, once laid out, still has ``size``. A grown hint climbs one widget per posted layout request,
    so the posted events are drained once per level of nesting (a handful), then the window is laid out now."""
    for _ in range(12):
        QApplication.processEvents()
    window.layout().activate()
    assert window.minimumSizeHint().width() <= size.width(), window.minimumSizeHint()
    assert window.minimumSizeHint().height() <= size.height(), window.minimumSizeHint()
    assert window.size() == size


def first_drawing_at_minimum_size(qtbot, window):
    """A dataset of four drawings open in the Datasets area at the window's minimum size, its first sample selected;
    returns the area and the size."""
    user = UserStore().create("symbols")
    for i, label in enumerate("abab"):
        user.add_drawing(drawing(i), label)
    panel = window.datasets_area
    panel.refresh()
    size = at_minimum_size(qtbot, window, panel)
    open_in(qtbot, panel, "symbols")
    panel.grid.select_sample(0)
    return panel, size


def test_a_drawn_sample_with_its_replay_does_not_grow_the_window(qtbot, window):
    panel, size = first_drawing_at_minimum_size(qtbot, window)
    qtbot.waitUntil(lambda: panel.sample_view.replay.isVisible(), timeout=5000)
    assert_unchanged(window, size)
    # Its file is named whole (it was shortened with "…" and then wrapped anyway), in pieces the line can hold.
    details = panel.sample_view.details
    record = panel.records["symbols"][0]
    assert f"symbols/samples/{record.path.name}" in details.text().replace("\u200b", "")
    for piece in re.split(r"[\u200b\s]", details.text().splitlines()[-1]):  # where the line may break
        assert details.fontMetrics().horizontalAdvance(piece) <= details.width(), (piece, details.width())
    # The sample is still all there. Its Replay button is in sight without scrolling, and pressing it scrolls the
    # whole replay into view (the button was below the replay, out of sight at 1024×640).
    view = panel.sample_view
    viewport = view._scroll.viewport()

    def in_sight(widget) -> bool:
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        bottom_right = widget.mapTo(viewport, widget.rect().bottomRight())
        return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)

    assert in_sight(view.replay_button)
    view.replay_button.click()
    qtbot.waitUntil(lambda: in_sight(view.replay), timeout=5000)
    # The next sample is shown from the top, its label in sight (it stayed scrolled down, the label hidden).
    assert not in_sight(view.label)
    panel.grid.select_sample(1)
    qtbot.waitUntil(lambda: in_sight(view.label), timeout=5000)


def test_an_evaluation_does_not_widen_the_window(qtbot, window, tiny_digits_model):
    train = window.train_area
    size = at_minimum_size(qtbot, window, train)
    view = train.evaluation
    train.tabs.setCurrentWidget(view)
    qtbot.waitUntil(view.isVisible, timeout=5000)
    view.add_model_choice("file", str(tiny_digits_model))
    view.dataset_box.setCurrentText("digits")
    view.samples.setValue(10)
    view.choose_split("all")
    with qtbot.waitSignal(view.evaluated, timeout=120_000):
        view.run_button.click()
    assert view.table.rowCount() == 10 and view.drill_button.isVisibleTo(view)
    assert_unchanged(window, size)
    # The matrix and the clicked cell's samples end inside the page, clear of its frame: with the summary on two
    # lines and the empty note under it holding a line, they ran past its foot in the real window at this size and
    # the matrix lost its "predicted" axis title.
    view.open_cell(1, 7)
    window.layout().activate()
    assert not view.drill_note.isVisibleTo(view)
    for part in (view.heatmap_slot, view.cell):
        foot = part.mapTo(view, part.rect().bottomLeft()).y()
        assert foot <= view.height() - 6, (part, foot, view.height(), view.summary.text())
    # and the matrix's "predicted" within the matrix: pyqtgraph set it 5 px below the axis, half of it cut (walk 107)
    axis = view.heatmap.getAxis("bottom")
    title = axis.label.mapRectToScene(axis.label.boundingRect())
    assert title.bottom() - axis.label.document().documentMargin() <= view.heatmap.height() - 2, title
    # A Teach round's mix is named whole in the "on" box at this size (it read "my-ha…igits")
    view.dataset_box.addItem("my-handwriting+digits")
    view.dataset_box.setCurrentText("my-handwriting+digits")
    assert view.dataset_box.shown_text() == "my-handwriting+digits"
    # Every header of the per-class table is whole ("ccurac▾" was all of "Accuracy" beside the sort arrow).
    header = view.table.horizontalHeader()
    assert not header.isSortIndicatorShown()
    for col in range(view.table.columnCount()):
        text = view.table.horizontalHeaderItem(col).text()
        assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(text), (text, header.sectionSize(col))
    # The widest figure a column can hold is whole too: at this size Precision's "100.0 %" lost its last digit and
    # sign while the Class column, a character or two wide, took a fifth of the table.
    widest = {col: view.table.fontMetrics().horizontalAdvance(text) + 8
              for col, text in ((1, percent(1.0)), (2, percent(1.0)), (3, number(1.0, 3)), (4, "10000"))}
    assert all(view.table.columnWidth(col) >= width for col, width in widest.items()), \
        ([view.table.columnWidth(col) for col in range(5)], widest)


def test_a_long_model_file_name_does_not_widen_the_window(qtbot, window, tiny_digits_model, tmp_path):
    """Evaluation's and Personalize's model lists name the file: a long name is elided, not a wider window."""
    train = window.train_area
    size = at_minimum_size(qtbot, window, train)
    long_name = tmp_path / ("handwriting-of-the-whole-class-fine-tuned-on-my-own-drawings-" * 3 + "v2.h5")
    long_name.write_bytes(tiny_digits_model.read_bytes())
    view = train.evaluation
    train.tabs.setCurrentWidget(view)
    qtbot.waitUntil(view.isVisible, timeout=5000)
    view.add_model_choice("file", str(long_name))
    assert_unchanged(window, size)
    # Personalize names the model it would fine-tune in full (a taught model's name widened the window)
    train.set_current_model(str(long_name))
    train.tabs.setCurrentWidget(train.personalize)
    qtbot.waitUntil(train.personalize.isVisible, timeout=5000)
    assert train.personalize.base_label.text().startswith("handwriting-of-the-whole-class")
    assert_unchanged(window, size)


def test_personalizes_figures_are_never_squeezed_under_their_text(qtbot, window, tiny_digits_model):
    """At 1024×640 a personalisation's figures and the "As it is, the model reads…" line did not fit the tab: the
    rows were squeezed under their text, cut at its top and foot (walk 158). The page scrolls instead."""
    train = window.train_area
    size = at_minimum_size(qtbot, window, train)
    train.set_current_model(str(tiny_digits_model))
    view = train.personalize
    train.tabs.setCurrentWidget(view)
    qtbot.waitUntil(view.isVisible, timeout=5000)
    view.already.setText("As it is, the model reads 8 of your 23 drawings of characters it knows (35 %). It learnt "
                         "from some of them, so this flatters it. " * 2)
    view.result.setText("<br>".join(["On your held-out samples (never trained on): 33 % (2/6) → 100 % (6/6)"] * 8))
    assert_unchanged(window, size)
    qtbot.waitUntil(lambda: view.already.height() >= view.already.heightForWidth(view.already.width()))
    assert view.result.height() >= view.result.heightForWidth(view.result.width())


def test_a_long_training_message_does_not_widen_the_window(qtbot, window):
    """The status line under Start shows the run's messages as they come: a small-data warning of 200 characters
    made the window 1,480 px wide on an 1,100 px screen (a fresh-eyes walk), hiding the curves and Save as…."""
    import numpy as np

    from guiapp.core.datasets.base import Dataset
    from guiapp.core.training.config import TrainingEvent
    from guiapp.core.training.engine import small_data_warnings

    train = window.train_area
    size = at_minimum_size(qtbot, window, train)
    tiny = Dataset("shapes", ["circle", "cross"], np.zeros((6, 28, 28), np.uint8), np.array([0, 0, 0, 1, 1, 1]))
    warning = small_data_warnings(tiny, 6, 8)[0]
    train._on_event(TrainingEvent("message", 0, 15, message=warning))
    assert "smallest class" in train.status.text()
    assert_unchanged(window, size)


def test_augmentation_variants_do_not_widen_the_window(qtbot, window):
    """Show variants at the minimum size: its progress and notes once widened the window by 7 px."""
    panel, size = first_drawing_at_minimum_size(qtbot, window)
    panel.tabs.setCurrentWidget(panel.augment)
    assert_unchanged(window, size)
    panel.augment.preview_button.click()
    assert_unchanged(window, size)  # while it prepares
    qtbot.waitUntil(lambda: panel.augment.cells[0].pixmap() is not None and not panel.augment.cells[0].pixmap().isNull(),
                    timeout=60_000)
    assert_unchanged(window, size)


def test_the_collect_row_fits_a_640_px_screen_and_squeezes_no_candidate(qtbot, window):
    """With the collect row open the window's minimum grew to 637 px (no room for a title bar on a 640 px screen),
    and at 1024×640 the candidates' card was cut below its own minimum ("Also:" buttons clipped)."""
    recognize = window.recognize
    window.show_area(recognize)
    recognize.collect_bar.collect_button.setChecked(True)
    QApplication.processEvents()
    assert window.minimumSizeHint().height() <= 610, window.minimumSizeHint()
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.size().height() == 640, timeout=5000)
    for _ in range(12):
        QApplication.processEvents()
    candidates = recognize.predictions
    assert candidates.height() >= candidates.minimumSizeHint().height(), (candidates.height(), candidates.minimumSizeHint())


def test_the_window_opens_within_a_small_screen_and_at_its_designed_size_on_a_large_one(qtbot, window, tmp_path):
    """A walk on a 1024×640 screen found the first window 1100×720: its status bar and the right of its toolbar
    were off the screen. On this suite's 1920×1200 screen it opens at 1100×720; on a 1024×640 one (a real window
    in another process, Qt's offscreen platform given that screen) it opens within it, and the size it is closed
    at is not restored larger than the screen either."""
    import json
    import os
    import subprocess
    import sys

    from PySide6.QtCore import QSize

    from guiapp.qt.window_size import size_within

    assert (window.width(), window.height()) == (1100, 720)
    assert size_within(QSize(1100, 720), QSize(1024, 600), QSize(900, 620)) == QSize(1024, 620)  # the minimum wins
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "small", "x": 0, "y": 0, "width": 1024, "height": 640,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from guiapp.qt.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "w = MainWindow(start_backend=False)\n"
        "print(w.width(), w.height(), w.x(), w.y())\n"
        "w.resize(1300, 900)\n"
        "w.save_settings()\n"
        "again = MainWindow(start_backend=False)\n"
        "print(again.width(), again.height())\n"
        # where it was, as it was: restoreGeometry alone put it a guessed title bar's height lower, and shorter,
        # at each start without a window manager (walk 147)
        "again.resize(1000, 620)\n"
        "again.move(12, 8)\n"
        "again.save_settings()\n"
        "third = MainWindow(start_backend=False)\n"
        "print(third.x(), third.y(), third.width(), third.height())\n")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    first, restored, placed = done.stdout.split("\n")[-4:-1]
    width, height, x, y = map(int, first.split())
    assert width <= 1024 and height <= 640 and x >= 0 and y >= 0, first
    width, height = map(int, restored.split())
    assert width <= 1024 and height <= 640, restored
    assert placed.split() == ["12", "8", "1000", "620"], placed


def test_a_window_managers_frame_is_fitted_to_the_screen_once_known(qtbot):
    """Under openbox on 1024×640 the window's content filled the screen's room, its title bar and borders did not
    fit, and its status bar was under the screen's edge (walk 150). Once a frame is known (after the window is
    shown), the frame is fitted into the room; without one (no window manager), nothing changes."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtWidgets import QWidget

    from guiapp.qt.window_size import FrameFitter

    class Framed(QWidget):
        framed = False  # a window manager's frame: a 20 px title bar, 5 px borders, once it has framed the window

        def frameGeometry(self):  # noqa: N802 — Qt's name (a framed window's pos is its frame's)
            return QRect(self.pos(), self.size() + QSize(10, 25)) if self.framed else QRect(self.geometry())

    room = QApplication.primaryScreen().availableGeometry()
    window = Framed()
    qtbot.addWidget(window)
    window.setMinimumSize(300, 200)
    window.resize(room.size())
    window.move(room.topLeft())
    FrameFitter(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.size() == room.size()  # no frame known: as it was
    window.framed = True
    window.move(room.left() + 5, room.top() + 20)  # the manager moves the content below its title bar
    qtbot.waitUntil(lambda: window.height() == room.height() - 25)
    assert window.size() == room.size() - QSize(10, 25)
    assert room.contains(window.frameGeometry())


def test_a_health_check_with_warnings_does_not_widen_the_window(qtbot, window):
    """A walk: "Check data health" on a dataset with warnings widened the window from 900 to 1,028 px (1,024 to
    1,198 in French), past the screen's edge, and it never shrank back."""
    panel, size = first_drawing_at_minimum_size(qtbot, window)
    panel.tabs.setCurrentWidget(panel.health)
    assert_unchanged(window, size)
    seen = []
    panel.health.runner.started.connect(lambda _title: seen.append(window.minimumSizeHint()))
    with qtbot.waitSignal(panel.health.runner.finished, timeout=60_000):
        panel.health.check_button.click()
    assert "warning" in panel.health.summary.text()
    assert all(hint.width() <= size.width() for hint in seen), (seen, size)
    assert_unchanged(window, size)


def test_a_progress_strip_with_long_words_fits_a_side_pane(qtbot):
    """In French a check's strip ("Vérification de hiragana-all", its bar, "1 234 étapes/s · 12 s restantes",
    Cancel) was 541 px wide at the least: the Health pane, and the window, grew past the screen's edge."""
    from guiapp.qt.progress import ProgressStrip
    from guiapp.qt.tasks import TaskRunner

    strip = ProgressStrip(TaskRunner())
    qtbot.addWidget(strip)
    strip.title.setText("Vérification de hiragana-all")
    strip.rate.setText("1\u202f234 étapes/s · 12 s restantes")
    assert strip.minimumSizeHint().width() <= 300, strip.minimumSizeHint()


def test_a_progress_strip_in_a_wide_window_says_its_title_on_one_line(qtbot):
    """The Datasets tab at 1,024 px broke "kyoiku を開いています" before its last character: the title kept the
    size hint of wrapped text while the bar took the rest."""
    from guiapp.qt.progress import ProgressStrip
    from guiapp.qt.tasks import TaskRunner

    strip = ProgressStrip(TaskRunner())
    qtbot.addWidget(strip)
    strip.resize(1000, 40)
    strip._started("kyoiku を開いています")  # noqa: SLF001 — as a task starts
    strip.rate.setText("3,542 samples/s · 2 min 46 s left")
    qtbot.waitUntil(lambda: strip.title.width() > 0)
    line = strip.title.fontMetrics().height()
    assert strip.title.heightForWidth(strip.title.width()) < 1.5 * line, strip.title.width()


def test_where_it_looked_note_is_never_cut_at_the_minimum_size(qtbot, window):
    """French at the least size: the note under "Show where it looked" took two lines in a plain label's guess of
    one, and both lines beside it lost their commas' tails ("MNIST. encre", "block2b relu")."""
    panel = window.recognize
    at_minimum_size(qtbot, window, panel)
    note = panel.saliency_note
    note.setVisible(True)  # as ticking "Show where it looked" does
    for _ in range(12):
        QApplication.processEvents()
    pad_size = panel.pad.size()
    note.setText("Où il a regardé pour « 1 » : Grad-CAM de block2b_relu, 13 ms, un texte assez long pour deux lignes")
    for _ in range(12):
        QApplication.processEvents()
    window.layout().activate()
    assert window.height() <= 640
    for label in (note, panel.input_caption):
        assert label.height() >= label.heightForWidth(label.width()), (label.text(), label.size())
    # The note coming and going with each drawing never resizes the pad: a stroke drawn while it appeared was bent
    # (the pad's scale changed under the pen: a walk)
    assert panel.pad.size() == pad_size
    note.setText("")
    for _ in range(12):
        QApplication.processEvents()
    assert panel.pad.size() == pad_size


def test_a_result_with_its_warnings_can_be_read_whole_at_the_minimum_size(qtbot, window):
    """At 1024×640 the result line under the plots was given three lines' height and a run's two warnings were cut
    off, with nothing to scroll (a fresh-eyes walk). The window keeps its size and the rest scrolls into view."""
    train = window.train_area
    size = at_minimum_size(qtbot, window, train)
    # A short result takes only its own height: no empty band under the plots
    train.result_label.setText("Finished.")
    for _ in range(12):
        QApplication.processEvents()
    window.layout().activate()
    lines = train.result_label.fontMetrics().lineSpacing()
    assert train.result_box.height() <= 2 * lines
    text = ("completed 10 epochs; best epoch 10 · validation accuracy 100.0 % · took 0:06, saved in the runs folder · test "
            "accuracy 100.0 % on 5 held-out samples (too few to be sure: likely 57 %–100 %)"
            "\n⚠ The smallest class has only 10 samples: from scratch, a network learns little from so few; draw 20 or"
            " more of each, or fine-tune a model on them: Personalize, or Teach… on the Recognize tab"
            "\n⚠ The batch size (128) is larger than the 30 training samples, so each epoch is a single step; a batch "
            "of 7 gives it 5 steps")
    train.result_label.setText(text)
    assert_unchanged(window, size)
    box, label = train.result_box, train.result_label
    # At 1024×640 all of it is in view (the views give up the room): no scrolling
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.size().height() == 640, timeout=5000)
    for _ in range(12):
        QApplication.processEvents()
    assert box.viewport().height() >= label.heightForWidth(label.width()), (box.viewport().height(), window.size())
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size, timeout=5000)
    # Longer still (a French result with more warnings), at the least size: the window keeps its size and the rest
    # scrolls
    train.result_label.setText("\n".join([text] * 3))
    assert_unchanged(window, size)
    assert label.height() >= label.heightForWidth(label.width())  # the label itself holds every line
    assert box.viewport().height() >= 2 * lines - 2  # at least two lines in view
    bar = box.verticalScrollBar()
    assert box.viewport().height() >= label.height() or bar.maximum() > 0  # and the rest scrolls into view
    bar.setValue(bar.maximum())
    shown_to = label.mapTo(box.viewport(), label.rect().bottomLeft()).y()
    assert shown_to <= box.viewport().height()  # the last warning's foot in view
    # A shorter result after it keeps the height (up to five lines): the Runs tab's buttons below moved up a line
    # with each shorter result, under the pointer (two walks)
    before = box.height()
    train.result_label.setText("Finished.")
    for _ in range(12):
        QApplication.processEvents()
    window.layout().activate()
    assert box.height() == before


def test_a_chinese_window_with_the_collect_row_and_where_it_looked_fits_a_640_px_screen(qtbot, qapp):
    """Traditional Chinese at 1024×640: ticking "Show where it looked" and then practising made the window 651
    and 683 px tall, its status bar and practice row off a projector's screen (a walk). The note explaining the heat
    map sits under the pad, and the side column fits. (Offscreen text is ~20 px shorter than on a desktop: the
    bound keeps that margin.)"""
    from guiapp.qt import i18n
    from guiapp.qt.app import han_for_language
    from guiapp.qt.main_window import MainWindow
    from guiapp.qt.settings import Settings

    settings = Settings()
    settings.language = "zh_TW"
    window = MainWindow(settings, start_backend=False)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        panel = window.recognize
        panel.saliency_note.setVisible(True)  # as ticking "Show where it looked" does
        panel.saliency_note.setText("尋找「3」時關注的位置：block2b_relu 的 Grad-CAM，278 毫秒")
        assert window.collect_bar.start_collect("53", 8)
        for _ in range(12):
            QApplication.processEvents()
        window.layout().activate()
        assert window.minimumSizeHint().height() <= 640 - 22, window.minimumSizeHint()
        assert window.minimumSizeHint().width() <= 1024
        assert panel.saliency_note.isVisibleTo(window)
    finally:
        window.close()
        i18n.install(qapp, "en")
        han_for_language(qapp, "en")


def test_the_train_tabs_stay_put_when_the_status_line_goes_from_two_lines_to_one(qtbot, window):
    """A run's title and state take two lines, "Ready…" one: the tabs below jumped 14 px with each run shown, and a
    walk's clicks landed on the wrong tab. Grown to two lines, the line keeps their height."""
    train = window.train_area
    window.show_area(train)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.size().width() == 1024 and train.isVisible(), timeout=5000)
    long = "Run Digits + my-handwriting (taught x) · inkling · 2026-12-06 5:59:04 AM: stopped early: " * 2
    tabs_at = []
    for text in ("Ready.", long, "Ready.", long):
        train.status.setText(text)
        for _ in range(12):
            QApplication.processEvents()
        tabs_at.append(train.tabs.mapTo(window, train.tabs.rect().topLeft()).y())
    assert tabs_at[1:] == [tabs_at[1]] * 3, tabs_at  # after the first two-line text, never moved again
    assert train.status.height() >= 2 * train.status.fontMetrics().lineSpacing()


def test_no_side_of_an_area_can_be_dragged_shut(qtbot, window):
    """A teacher dragged the Train area's divider to the left edge and its settings were gone, a 3 px handle left to
    find (walk 132): every divider stops at its sides' minimum widths."""
    from PySide6.QtWidgets import QSplitter

    for area in (window.datasets_area, window.train_area):
        window.show_area(area)
        qtbot.waitUntil(area.isVisible, timeout=5000)
    window.train_area.tabs.setCurrentWidget(window.train_area.evaluation)
    splitters = window.findChildren(QSplitter)
    assert len(splitters) >= 4 and not [s for s in splitters if s.childrenCollapsible()]
    splitter = window.train_area.findChild(QSplitter)
    splitter.moveSplitter(0, 1)  # as a drag to the left edge
    assert splitter.sizes()[0] >= splitter.widget(0).minimumSizeHint().width() > 0


def test_a_squeezed_result_line_shows_whole_lines_only(qtbot):
    """At the window's least height the Train area's result line showed two lines and the top half of a third
    (walk 153): squeezed, it shows whole lines, the rest under the wheel, a line at a time."""
    from guiapp.qt.scrolling_label import ScrollingLabel

    area = ScrollingLabel(min_lines=2)
    qtbot.addWidget(area)
    area.label.setText(" ".join(["a result line's words"] * 40))
    line = area.label.fontMetrics().lineSpacing()
    area.resize(300, int(2.5 * line))
    area.show()
    qtbot.waitExposed(area)
    qtbot.waitUntil(lambda: area.viewport().height() == 2 * line)
    assert area.verticalScrollBar().singleStep() == line
    area.resize(300, 3 * line)  # whole lines: nothing left empty
    qtbot.waitUntil(lambda: area.viewport().height() == 3 * line)
    area.label.setText("short")  # all of it shown: nothing left empty either
    area.resize(300, int(2.5 * line))
    qtbot.waitUntil(lambda: area.viewport().height() == area.height())
