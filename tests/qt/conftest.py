"""Fixtures shared by the window-level Qt tests."""

from __future__ import annotations

import pytest

from guiapp.qt.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    """The real main window, shown and exposed, without the recognition backend (a module that needs more, such as
    a loaded model or focus, defines its own ``window``)."""
    w = MainWindow(start_backend=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
