"""The main window's size as it opens: the size its layout was designed at, or the one it was closed at, never
larger than the screen's room (a walk on a 1024×640 screen found the first window 1100×720, its status bar and
the right of its toolbar off the screen) and never below the window's minimum size (which fits 1024×640)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication


def size_within(wanted: QSize, room: QSize, minimum: QSize) -> QSize:
    """``wanted`` shrunk to ``room``, but not below ``minimum``."""
    return QSize(max(minimum.width(), min(wanted.width(), room.width())),
                 max(minimum.height(), min(wanted.height(), room.height())))


def fit_to_screen(window) -> None:
    """Shrink ``window`` to its screen's available room (the desktop less panels and docks) if it is larger, and
    bring it onto that screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    size = size_within(window.size(), room.size(), window.minimumSizeHint())
    if size != window.size():
        window.resize(size)
    x = min(max(window.x(), room.left()), max(room.left(), room.right() + 1 - size.width()))
    y = min(max(window.y(), room.top()), max(room.top(), room.bottom() + 1 - size.height()))
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


__all__ = ["fit_to_screen", "size_within"]
