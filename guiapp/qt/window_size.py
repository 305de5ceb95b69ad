"""The main window's size as it opens: the size its layout was designed at, or the one it was closed at, never
larger than the screen's room (a walk on a 1024×640 screen found the first window 1100×720, its status bar and
the right of its toolbar off the screen) and never below the window's minimum size (which fits 1024×640)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QGuiApplication


def size_within(wanted: QSize, room: QSize, minimum: QSize) -> QSize:
    """``wanted`` shrunk to ``room``, but not below ``minimum``."""
    return QSize(max(minimum.width(), min(wanted.width(), room.width())),
                 max(minimum.height(), min(wanted.height(), room.height())))


def fit_to_screen(window, frame: QSize | None = None) -> None:
    """Shrink ``window`` to its screen's available room (the desktop less panels and docks) if it is larger, and
    bring it onto that screen; ``frame``: the room a window manager's title bar and borders take around it."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    frame = frame or QSize(0, 0)
    room = screen.availableGeometry()
    size = size_within(window.size(), room.size() - frame, window.minimumSizeHint())
    if size != window.size():
        window.resize(size)
    outer = size + frame
    x = min(max(window.x(), room.left()), max(room.left(), room.right() + 1 - outer.width()))
    y = min(max(window.y(), room.top()), max(room.top(), room.bottom() + 1 - outer.height()))
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)  # (a framed window's pos is its frame's)


def fit_frame_to_screen(window) -> bool:
    """The window's frame (a window manager's title bar and borders) within its screen's room: sized to the room
    before it was shown, the window's content filled it and the frame did not fit, its status bar under the
    screen's edge (walk 150, openbox on 1024×640). False while no frame is known (none yet, or no window manager)."""
    frame, inner = window.frameGeometry(), window.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if extra.width() <= 0 and extra.height() <= 0:
        return False
    if not window.isMaximized() and not window.isFullScreen():
        fit_to_screen(window, extra)
    return True


class FrameFitter(QObject):
    """Watches a window until a window manager has framed it, then fits the frame to the screen once
    (:func:`fit_frame_to_screen`): the frame is known only after the window is shown, when the manager reparents
    it and moves or resizes it. Without a window manager no frame comes, and nothing changes."""

    def __init__(self, window) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 — Qt's name
        if (event.type() in (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize) and watched.isVisible()
                and fit_frame_to_screen(watched)):
            watched.removeEventFilter(self)
        return False


def restore_place(window, settings) -> None:
    """``window`` where :func:`remember_place` left it, on its screen."""
    if settings.geometry is not None:
        window.restoreGeometry(settings.geometry)  # (its screen and maximised state)
    place = settings.place
    if place is not None and not window.isMaximized():
        # Where the frame was, as pos() said it: restoreGeometry added a guessed title bar's height where no window
        # manager draws one, and the window came back 25 px lower and shorter at each start (walk 147)
        window.resize(place[2], place[3])
        window.move(place[0], place[1])
    fit_to_screen(window)
    FrameFitter(window)


def remember_place(window, settings) -> None:
    settings.geometry = window.saveGeometry()
    if not window.isMaximized() and not window.isFullScreen():
        settings.place = (window.pos().x(), window.pos().y(), window.width(), window.height())


__all__ = ["FrameFitter", "fit_frame_to_screen", "fit_to_screen", "remember_place", "restore_place", "size_within"]
