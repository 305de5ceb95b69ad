"""The placeholder main window builds offscreen and shows what the core can already list."""

from guiapp.qt.main_window import MainWindow


def test_main_window_has_three_areas_and_lists_datasets(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Recognize", "Datasets", "Train"]
    window.tabs.setCurrentIndex(1)
    table = window.tabs.currentWidget()
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert {"digits", "latin", "hiragana", "katakana"} <= set(names)


def test_about_credits_kanjivg():
    from guiapp.qt.main_window import ABOUT_HTML

    assert "KanjiVG" in ABOUT_HTML and "CC BY-SA 3.0" in ABOUT_HTML


def test_guiapp_without_subcommand_opens_the_window(qtbot, qapp):
    """``guiapp`` with no subcommand runs the GUI event loop with the main window shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from guiapp.cli import main

    seen = []

    def close_when_shown():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(windows)
        for window in windows:
            window.close()
        qapp.quit()

    QTimer.singleShot(300, close_when_shown)
    assert main([]) == 0
    assert seen
