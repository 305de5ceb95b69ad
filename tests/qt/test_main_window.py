"""The main window: three areas, menus, the start-up order (window before TensorFlow), settings, the self-test."""

import os
import subprocess
import sys
import textwrap

import pytest

from PySide6.QtCore import QByteArray, QSettings

from guiapp.qt.main_window import MainWindow
from guiapp.qt.settings import SETTINGS_VERSION, Settings, settings_path


def test_main_window_has_three_areas_and_lists_datasets(qtbot):
    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    window.show()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Recognize", "Datasets", "Train"]
    window.show_area(window.datasets_area)
    assert window.tabs.currentIndex() == 1
    assert {"digits", "latin", "hiragana", "katakana"} <= set(window.datasets_area.list.names())
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    assert window.current_model_path() is None
    headline = window.recognize.predictions.headline.text()
    assert "No model" in headline or "Loading the model" in headline


def test_about_credits_kanjivg(qapp):
    from guiapp.qt.help_menu import about_html

    assert "KanjiVG" in about_html() and "CC BY-SA 3.0" in about_html()
    # the datasets it offers by name, with their makers and licences (Fashion-MNIST's were missing: a walk)
    assert "Fashion-MNIST (Zalando Research; MIT)" in about_html() and "KMNIST" in about_html()


def test_guiapp_without_subcommand_opens_the_window(tmp_path):
    """``guiapp`` with no subcommand runs the GUI: the window is painted, then recognition becomes ready. (In a
    fresh process: running a second event loop to its end inside the test process would end its threads.)"""
    env = dict(os.environ, GUIAPP_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen", TF_CPP_MIN_LOG_LEVEL="3",
               GUIAPP_STARTUP_TRACE="1", GUIAPP_STARTUP_QUIT="1")
    result = subprocess.run([sys.executable, "-m", "guiapp"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("startup: ")]
    assert lines[0] == "startup: window-shown", result.stdout
    assert lines[1] in ("startup: recognition-ready", "startup: tensorflow-ready"), result.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM to send")
def test_sigterm_closes_the_window_as_closing_it_does(tmp_path):
    """``kill`` or a logout ends Inkling as closing the window does: settings saved, exit 0. Python's default
    ended it at once, and its training and synthesis processes went on running."""
    import signal

    env = dict(os.environ, GUIAPP_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen", TF_CPP_MIN_LOG_LEVEL="3",
               GUIAPP_STARTUP_TRACE="1")
    app = subprocess.Popen([sys.executable, "-m", "guiapp"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, env=env)
    try:
        for line in app.stdout:  # waits on the window, however long a busy machine takes
            if line.startswith("startup: window-shown"):
                break
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=120)
    finally:
        app.kill()
    assert app.returncode == 0, err[-2000:]
    assert "Traceback" not in err, err[-2000:]
    assert "geometry" in (tmp_path / "config" / "settings.ini").read_text()  # saved as on closing


def test_window_is_shown_and_recognizes_without_importing_tensorflow(tmp_path):
    """In a fresh process: the window is painted, then the bundled model loads in the worker on its converted
    form, recognition is possible, and TensorFlow has still not been imported (issue #17)."""
    script = textwrap.dedent("""
        import sys, time
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from guiapp.qt.main_window import MainWindow

        class FirstPaint(QObject):
            seen = None
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and self.seen is None:
                    self.seen = "tensorflow" in sys.modules
                return False

        w = MainWindow()
        first_paint = FirstPaint()
        w.installEventFilter(first_paint)
        w.show()
        app.processEvents()
        print("tf-at-first-paint", first_paint.seen, w.tf_status.text(), flush=True)
        deadline = time.monotonic() + 90
        while w.recognize.recognizer is None and time.monotonic() < deadline:
            app.processEvents(); time.sleep(0.01)
        r = w.recognize.recognizer
        print("ready", r is not None and r.runtime, "tensorflow" in sys.modules, w.tf_state, flush=True)
        print("pyqtgraph", "pyqtgraph" in sys.modules, flush=True)  # the hidden areas' plots are built when shown
        w.close()
    """)
    env = dict(os.environ, GUIAPP_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen", TF_CPP_MIN_LOG_LEVEL="3")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120).stdout
    assert "tf-at-first-paint False TensorFlow: not needed yet" in out, out
    assert "ready litert False not started" in out, out
    assert "pyqtgraph False" in out, out


def test_settings_persist_and_reset(qtbot, tmp_path):
    tiny_digits_model = tmp_path / "model.h5"  # only its existence matters until TensorFlow is loaded
    tiny_digits_model.write_bytes(b"not loaded in this test")
    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    window.show()
    window.recognize.pen_slider.setValue(24)
    window.recognize.grid_action.setChecked(False)
    window.recognize.saliency_box.setChecked(True)
    window.resize(1000, 620)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1000, 620))
    window.settings.last_model = str(tiny_digits_model)
    window.settings.add_recent_model(str(tiny_digits_model))
    window.recognize.write_line.set_text("がっこう 7")
    window.close()

    again = MainWindow(start_backend=False)
    qtbot.addWidget(again)
    assert again.recognize.pad.pen_width() == 24.0
    assert not again.recognize.pad.show_grid() and not again.grid_action.isChecked()
    assert again.recognize.saliency_box.isChecked()  # "Show where it looked" came back unticked
    assert again.size().toTuple() == (1000, 620)
    assert again.settings.recent_models() == [str(tiny_digits_model)]
    assert again._wanted == str(tiny_digits_model)  # the last model loads once the window has been painted
    # The written text came back empty after a restart (a language switch) or a quit, with no word (a walk)
    assert again.recognize.write_line.text() == "がっこう 7"
    again.close()

    fresh = Settings(reset=True)  # what --reset-settings does
    assert fresh.recent_models() == [] and fresh.last_model is None and fresh.pen_width == 16.0


def test_settings_of_an_older_version_are_migrated_and_bad_values_tolerated():
    raw = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    raw.setValue("settings_version", 1)
    raw.setValue("pad/pen_width", 30.0)
    raw.setValue("models/recent", ["/models/a.h5"])
    raw.setValue("window/state", QByteArray(b"unused"))
    raw.sync()
    settings = Settings()  # an update keeps the user's choices
    assert settings.pen_width == 30.0 and settings.recent_models() == ["/models/a.h5"]
    raw = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    assert int(raw.value("settings_version")) == SETTINGS_VERSION and raw.value("window/state") is None
    raw.setValue("settings_version", SETTINGS_VERSION + 1)  # written by a later guiapp: read as it is
    raw.setValue("pad/pen_width", "thick")
    raw.setValue("window/geometry", "garbage")
    raw.sync()
    settings = Settings()
    assert settings.pen_width == 16.0 and settings.geometry is None
    assert settings.recent_models() == ["/models/a.h5"]
    settings.geometry = QByteArray(b"")
    assert settings.geometry is None


def test_reset_settings_flag(tmp_path, guiapp_home):
    settings = Settings()
    settings.add_recent_model("/somewhere/model.h5")
    settings.sync()
    from guiapp.cli import main

    assert main(["--reset-settings", "datasets", "--json"]) == 0
    assert Settings().recent_models() == []


def test_kana_labels_paint_visible_ink_even_without_a_cjk_font(qtbot):
    from guiapp.qt.recognize.glyph import can_paint
    from guiapp.qt.recognize.predictions import GLYPH_WIDTH, CandidateRow

    row = CandidateRow(0)
    qtbot.addWidget(row)
    row.resize(260, 44)
    for label in ("あ", "ア", "字", "7"):
        assert can_paint(label)
        row.set_candidate(label, 0.9)
        image = row.grab().toImage()
        dark = sum(image.pixelColor(x, y).lightness() < 128
                   for x in range(int(GLYPH_WIDTH)) for y in range(image.height()))
        assert dark > 20, label


def test_the_train_area_and_the_collect_bar_are_wired_into_the_window(qtbot, tmp_path):
    from guiapp.core.strokes import Drawing, Stroke

    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    train = window.train_area
    window.recognize.pad.set_drawing(Drawing([Stroke([[10, 10], [90, 90]])], 109, 109))
    assert len(train.feature_maps.drawing.strokes) == 1  # the current drawing reaches the feature maps
    # in the pad's ink: "How it learned" read the drawing at another pen width than the pad (0 at 73 % with 8 at
    # 15 % beside the pad's 17 %, a walk)
    pen = window.recognize.pad.pen_width()
    assert train.feature_maps.pen_width == train.scrubber.pen_width == pen
    assert len(train.scrubber.drawing.strokes) == 1
    window.recognize.pad.clear()
    assert train.feature_maps.drawing is None
    window.show_area(train)
    train.useModelRequested.emit(str(tmp_path / "trained.h5"))  # reaches use_model: a missing file is reported
    assert "trained.h5" in window.error_box.text()
    assert window.tabs.currentWidget() is window.recognize  # to try it on the pad
    assert window.recognize.isAncestorOf(window.collect_bar)
    window.close()


def test_first_launch_starts_with_the_bundled_digits_model(qtbot):
    from guiapp.qt.main_window import default_model

    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    expected = default_model()
    assert window._wanted == expected  # None when no model is bundled
    if expected is not None:
        assert expected.endswith("digits.h5")
    # On a Japanese desktop, hiragana: a learner had to find it under the digits model first (walk 106)
    from PySide6.QtWidgets import QApplication

    from guiapp.qt import i18n

    try:
        i18n.install(QApplication.instance(), "ja")
        assert default_model() is None or default_model().endswith("hiragana.h5")
    finally:
        i18n.install(QApplication.instance(), "en")


def test_help_getting_started_names_the_controls_the_window_has(qtbot):
    """Help → Getting started: six steps (recognize, teach, datasets, train, inside the network, keep a model) that
    name the buttons as the window labels them, in a box that leaves the window usable (the steps can be followed
    with it open)."""
    import re

    from PySide6.QtWidgets import QPushButton, QToolButton

    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    window.show()
    help_menu = window.menuBar().actions()[-1].menu()
    action = next(a for a in help_menu.actions() if a.text() == "&Getting started")
    action.trigger()
    box = window.getting_started_box
    qtbot.waitUntil(box.isVisible)
    assert not box.isModal()
    action.trigger()
    assert window.getting_started_box is box  # asked again: the same box, raised
    from PySide6.QtWidgets import QLabel

    text = box.findChild(QLabel).text()
    assert text.count("<li>") == 6
    from PySide6.QtWidgets import QCheckBox

    buttons = {b.text() for kind in (QPushButton, QToolButton, QCheckBox) for b in window.findChildren(kind)}
    tabs = {window.tabs.tabText(i) for i in range(window.tabs.count())}
    tabs |= {window.train_area.tabs.tabText(i) for i in range(window.train_area.tabs.count())}
    # and what a teacher shows of the network (walk 150 found them by chance)
    for name in ("Teach…", "New…", "Start", "Use for recognition", "Show where it looked", "Replay", "Overlay",
                 "Save as…"):
        assert f"<b>{name}</b>" in text and name in buttons, name
    for name in ("Datasets", "Train", "Evaluation", "How it learned", "Personalize"):
        assert f"<b>{name}</b>" in text and name in tabs, name
    assert "<b>Filters &amp; feature maps</b>" in text and "Filters && feature maps" in tabs
    assert re.search(r"<b>Model:</b>", text)
    # and how to make it read one's own handwriting (walk 108 found no word of it)
    assert "your own way of writing them" in text
    box.close()


def test_a_japanese_desktop_font_with_fixed_width_latin_gives_way_to_its_proportional_sibling(qapp):
    """A Japanese window's "Enter", "TensorFlow" and dataset names read as terminal text: the desktop's VL Gothic
    writes Latin letters at one width. Its sibling VL PGothic draws the same kana and kanji, and Latin as print."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

    from guiapp.qt import app as app_module

    installed = set(QFontDatabase.families())
    if not ({"VL Gothic", "VL ゴシック"} & installed and set(app_module._VL) & installed):
        pytest.skip("VL Gothic and VL PGothic are not both installed here")
    before = qapp.font()
    try:
        qapp.setFont(QFont("VL Gothic"))
        app_module._proportional_latin(qapp)
        assert QFontInfo(qapp.font()).family() in app_module._VL
    finally:
        qapp.setFont(before)


HAN_SCRIPT = """
import sys
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication
from guiapp.qt.app import han_for_language

app = QApplication([])

def drawn_with(text):
    layout = QTextLayout(text, app.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return layout.glyphRuns()[0].rawFont().familyName()

latin = drawn_with("Model")
han_for_language(app, sys.argv[1])  # as the window does once, at its start (Qt keeps the fallback it found)
print(drawn_with("神经網"), drawn_with("Model") == latin, sep="|")
"""


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "ja"])
def test_han_characters_come_from_a_font_of_the_window_language(qapp, language):
    """The Chinese window drew 神 经 from a Japanese font and 络 输 from a Chinese one (a walk of the frozen app):
    Han characters come from the language's own font, Latin text keeps the window's."""
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QFontDatabase

    from guiapp.qt.app import HAN_FAMILIES

    if HAN_FAMILIES[language][0] not in set(QFontDatabase.families()):
        pytest.skip(f"{HAN_FAMILIES[language][0]} is not installed here")
    result = subprocess.run([sys.executable, "-c", HAN_SCRIPT, language], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == f"{HAN_FAMILIES[language][0]}|True"


def test_a_backend_start_queued_before_a_close_does_nothing_after_it(qtbot):
    """The first paint queues the backend's start; a window closed straight away (SIGTERM just after the start)
    started it after its close, with the inference thread left running as the process ended."""
    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    window.show()
    window.close()
    window.start_backend()
    assert not window._backend_started  # noqa: SLF001


def test_ticking_show_where_it_looked_leaves_the_pad_its_size(qtbot):
    """Its note's two lines took their room from the pad when the box was ticked (a walk)."""
    from PySide6.QtWidgets import QApplication

    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    before = window.recognize.pad.size()
    window.recognize.saliency_box.setChecked(True)
    QApplication.processEvents()
    assert window.recognize.saliency_note.isVisible() and window.recognize.pad.size() == before


def test_view_zoom_is_kept_for_the_next_start_which_scales_the_whole_window(qtbot, monkeypatch):
    """A teacher on a projector found no way to enlarge the window: View → Zoom (Qt scales it as it starts)."""
    from guiapp.qt.settings import Settings, stored_scale
    from guiapp.qt.zoom import OURS, apply_zoom

    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    assert [action.text() for action in window.zoom_actions.values()] == ["&100\u00a0%", "1&25\u00a0%",
                                                                          "1&50\u00a0%", "2&00\u00a0%"]
    assert window.zoom_actions["1"].isChecked()
    window.zoom_actions["1.5"].trigger()
    assert stored_scale() == "1.5" and window.zoom_box.isVisible()
    assert "starts again" in window.zoom_box.text() and "Text and controls" in window.zoom_box.text()
    window.zoom_box.close()
    monkeypatch.delenv("QT_SCALE_FACTOR", raising=False)
    monkeypatch.delenv(OURS, raising=False)
    apply_zoom()
    assert os.environ["QT_SCALE_FACTOR"] == "1.5"
    # Restart now at another zoom: the restarted Inkling inherits the 1.5 this one set, and took it for the
    # person's own, so every restart came back at 150 % (a walk)
    Settings().scale = "1.25"
    apply_zoom()
    assert os.environ["QT_SCALE_FACTOR"] == "1.25"
    Settings().scale = "1"
    apply_zoom()
    assert "QT_SCALE_FACTOR" not in os.environ and OURS not in os.environ
    Settings().scale = "1.5"
    monkeypatch.setenv("QT_SCALE_FACTOR", "3")  # the person's own wins
    apply_zoom()
    assert os.environ["QT_SCALE_FACTOR"] == "3"
    monkeypatch.delenv("QT_SCALE_FACTOR")
    apply_zoom(reset_settings=True)  # --reset-settings: back to 100 %
    assert "QT_SCALE_FACTOR" not in os.environ


def test_a_zoom_whose_window_would_not_fit_the_screen_is_greyed_out_with_the_size_it_needs(qtbot, monkeypatch):
    """At 150 % on a 1024×640 projector the least window was 1521×857, half of it off the screen (a walk)."""
    from PySide6.QtCore import QSize

    from guiapp.qt.zoom import fits, mark_unfit

    least = QSize(1012, 560)
    assert not fits(least, QSize(1024, 640), 1.5, 1.0) and fits(least, QSize(1920, 1050), 1.5, 1.0)
    assert fits(least, QSize(1280, 700), 1.5, 1.5)  # a window started at 150 % counts the screen ÷ 1.5
    monkeypatch.delenv("QT_SCALE_FACTOR", raising=False)
    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    window.show()
    mark_unfit(window, window.zoom_actions)
    available = window.screen().availableGeometry().size()
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert window.zoom_actions["1"].isEnabled()  # always a way back
    for scale in ("1.25", "1.5", "2"):
        action = window.zoom_actions[scale]
        fit = need.width() * float(scale) <= available.width() and need.height() * float(scale) <= available.height()
        assert action.isEnabled() == fit
        assert ("needs a screen of" in action.text()) != fit


def test_a_status_message_too_long_for_the_bar_ends_in_an_ellipsis_and_shows_whole_in_its_tooltip(qtbot):
    """Qt cut a long message off at the TensorFlow label mid-word ("…the characters it cor": two walks), with
    nothing saying more followed."""
    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    bar = window.statusBar()
    long = "Learnt: the pad now recognizes the new characters too · " * 4
    bar.showMessage(long)
    assert bar.currentMessage() == long  # what was said is kept whole
    assert bar.shown_message().endswith("…") and bar.toolTip() == long
    assert bar.fontMetrics().horizontalAdvance(bar.shown_message()) <= bar.message_rect().width()
    assert bar.message_rect().right() < window.tf_status.x()  # clear of the permanent labels
    bar.showMessage("Copied")
    assert bar.shown_message() == "Copied" and bar.toolTip() == ""
    bar.grab()  # painted without error
    # The model in use, left in the bar, as well: it was cut mid-word ("…10:30:09 AM (", a walk)
    bar.clearMessage()
    title = "Model: alchemy symbols · inkling · 2026-12-06 10:25 AM + alchemy symbols (taught ☿) · inkling · " * 2
    window.model_status.setText(title)
    qtbot.waitUntil(lambda: window.model_status.shown_text().endswith("…"))
    assert window.model_status.toolTip() == title
    window.model_status.setText("Model: Digits")
    assert window.model_status.shown_text() == "Model: Digits" and window.model_status.toolTip() == ""
    window.model_status.grab()


def test_the_bundled_models_menu_ticks_the_model_on_the_pad(qtbot):
    """File → Bundled models said nothing of the model in use (walk 104): it is ticked, and follows a switch."""
    from qt.recognize_helpers import wait_for_model

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    menu = window.bundled_menu
    actions = [action for action in menu.actions() if action.isCheckable()]
    assert len(actions) >= 2
    for action in actions[:2]:
        window.use_model(action.data())
        wait_for_model(qtbot, window, action.data())
        menu.aboutToShow.emit()
        assert [a.data() for a in actions if a.isChecked()] == [action.data()]
    window.close()


def test_help_says_where_drawings_are_kept(qapp):
    """A parent asked what the app does with a child's drawings; only the Datasets tab's header named the folder
    (walk 112). About and Getting started say where they are kept, and that nothing is sent."""
    from guiapp import paths
    from guiapp.qt.help_menu import about_html, getting_started_html

    for text in (about_html(), getting_started_html()):
        assert str(paths.data_dir()) in text and "nothing is sent anywhere" in text


def test_a_home_that_cannot_be_written_is_said_when_the_window_opens(qtbot, monkeypatch, tmp_path):
    """In a read-only home the window failed to start (its icon cache could not be made), and once it could, a
    failed Start was the first sign and Quit lost the settings silently (walk 121): it opens and says so."""
    blocked = tmp_path / "home-is-a-file"
    blocked.write_text("no folders can be made in a file")
    monkeypatch.setenv("GUIAPP_HOME", str(blocked))
    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    window.show()
    said = window.statusBar().currentMessage()
    assert said == (f"Inkling cannot write its data folder {blocked / 'data'}: drawings, datasets and training runs "
                    f"cannot be saved. Its settings folder {blocked / 'config'} cannot be written: the window's "
                    "settings will not be kept."), said
    window.close()  # and it closes without an error, its settings not kept


def test_a_second_window_on_the_same_folders_asks_first(qtbot, tmp_path):
    """A second Inkling on one home kept its own copy of the lists, and the one closed last wrote its settings over
    the other's; nothing said a second one was open (walk 127). It asks, Enter keeps the one window; a lock left by
    a process that has gone is taken over."""
    from PySide6.QtCore import QLockFile

    from guiapp.qt.single_window import claim_data_folder
    from qt.dialogs import answer_box

    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys
        from PySide6.QtCore import QLockFile
        lock = QLockFile(sys.argv[1])
        lock.setStaleLockTime(0)
        assert lock.tryLock(0)
        print("held", flush=True)
        sys.stdin.readline()
        """), str(_config_lock_path())], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        seen, defaults = [], []
        answer_box(None, seen, defaults)  # Escape
        assert claim_data_folder() is False
        assert seen[0].startswith(f"Inkling is open already with these datasets and settings (process {holder.pid})")
        assert defaults == ["Do not open"]
        answer_box("Open a second window", seen)
        assert claim_data_folder() is None  # opened, without the lock
    finally:
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(30)
    lock = claim_data_folder()  # its process gone: taken over, unasked
    assert isinstance(lock, QLockFile) and lock.isLocked() and len(seen) == 2
    lock.unlock()


def test_a_closed_window_frees_its_folders_before_its_workers_have_ended(qtbot):
    """Closed while a Teach… round learnt, the process lived on a few seconds as its workers ended, and Inkling
    started again meanwhile said it was open already (walk 161): the settings written, the lock goes with the
    window."""
    from PySide6.QtCore import QLockFile

    from guiapp.qt.single_window import claim_data_folder

    window = MainWindow()
    qtbot.addWidget(window)
    window.data_lock = claim_data_folder()
    assert window.data_lock.isLocked()
    window.close()
    lock = QLockFile(str(_config_lock_path()))  # as the next start takes it (claim_data_folder), unasked
    assert lock.tryLock(0) and window.data_lock is None
    lock.unlock()


def _config_lock_path():
    from guiapp import paths
    from guiapp.qt.single_window import LOCK_FILE

    return paths.config_dir() / LOCK_FILE


def test_an_error_nothing_caught_in_a_click_is_said_in_the_status_line(qtbot, monkeypatch, caplog):
    """Info and Start each did nothing, with no word on screen, when their handler raised (walks 140, 141: an import
    failed after the app's files changed under it): the window's session says it in the status line, logs it with
    its traceback, and still prints it to the terminal."""
    from PySide6.QtWidgets import QPushButton

    from guiapp.qt.uncaught import report_uncaught

    window = MainWindow()
    qtbot.addWidget(window)
    printed = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: printed.append(error))
    monkeypatch.setattr(sys, "excepthook", report_uncaught(window))
    button = QPushButton("Info", window)

    def fails() -> None:
        raise ImportError("cannot import name 'Caption' from 'guiapp.qt.picture_menu'")

    button.clicked.connect(fails)
    button.click()  # PySide hands the error to sys.excepthook and goes on
    said = window.statusBar().currentMessage()
    assert said.startswith("Something went wrong, and that action did not finish: ImportError: cannot import name "
                           "'Caption'"), said
    assert "guiapp.log" in said and len(printed) == 1 and printed[0][0] is ImportError
    assert any(record.getMessage() == "uncaught error" and record.exc_info for record in caplog.records)
