"""Right-click → "Save as picture…" on a chart: a teacher wanted the curves and the confusion matrix on a slide, and
nothing offered them (walk 116). What is saved is the widget as it is drawn, at the screen's pixel ratio."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QContextMenuEvent, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from guiapp.core.atomic import atomic_path
from guiapp.core.datasets.export import safe_folder_name
from guiapp.qt import file_dialogs
from guiapp.qt.i18n import translate


def offer_picture(picture: QWidget, clicked: list[QWidget], name: str) -> None:
    """A right-click on any of ``clicked`` (``picture`` or widgets in it) offers to save ``picture`` as a PNG, whose
    file name is offered as ``name`` (in the window's language)."""
    def open_menu(widget: QWidget, pos) -> None:
        menu = _menu(picture, name)
        menu.exec(widget.mapToGlobal(pos))
        menu.deleteLater()  # one a click: not kept with the chart

    for widget in clicked:
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        widget.customContextMenuRequested.connect(lambda pos, widget=widget: open_menu(widget, pos))
        # From the keyboard too: Shift+F10, which X11 does not turn into a context-menu event, and the Menu key, whose
        # menu opened at the chart's top-left corner, not at the cell the keyboard was on (a keyboard walk, 128)
        widget.installEventFilter(_KeyboardMenu(widget, open_menu))


class _KeyboardMenu(QObject):
    def __init__(self, widget: QWidget, open_menu) -> None:
        super().__init__(widget)
        self.widget, self.open_menu = widget, open_menu

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        shift_f10 = (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F10
                     and event.modifiers() == Qt.KeyboardModifier.ShiftModifier)
        menu_key = (event.type() == QEvent.Type.ContextMenu
                    and event.reason() == QContextMenuEvent.Reason.Keyboard)
        if obj is self.widget and (shift_f10 or menu_key):
            # where the keyboard is: the confusion matrix's cell under its cursor, else the middle
            point = getattr(obj, "keyboard_point", lambda: obj.rect().center())()
            self.open_menu(obj, point)
            return True
        return False


def _menu(picture: QWidget, name: str) -> QMenu:
    menu = QMenu(picture)
    menu.addAction(translate("picture_menu", "Save as picture…"), lambda: save_picture_dialog(picture, name))
    return menu


def save_picture_dialog(picture: QWidget, name: str) -> Path | None:
    path = file_dialogs.ask_save_path(picture, translate("picture_menu", "Save as picture"), file_dialogs.IMAGES,
                                      f"{safe_folder_name(name)}.png", translate("picture_menu", "PNG images (*.png)"))
    return save_picture(picture, path) if path else None


PICTURE_SCALE = 2  # a chart saved for a slide is drawn at twice the screen's pixels


def sharp_grab(picture: QWidget):
    """``picture`` drawn at PICTURE_SCALE times the screen's pixel ratio: the 312×267 px matrix of a 1024×640 screen
    blurred on a projected slide (walk 131). Lines and text are drawn again at that size, not scaled up."""
    ratio = picture.devicePixelRatioF() * PICTURE_SCALE
    pixmap = QPixmap(picture.size() * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(picture.palette().window().color())
    # QWidget's render: a chart that is a graphics view (the confusion matrix) has a render of its own, for a
    # painter, which refused the pixmap, and the matrix was never saved (walk 137)
    QWidget.render(picture, pixmap)
    return pixmap


def save_picture(picture: QWidget, path) -> Path | None:
    """``picture`` as drawn, written to ``path`` (a .png added when it has no suffix) through a temporary file;
    None, and said in the window's status bar, when it cannot be written."""
    path = Path(path)
    if not path.suffix:
        path = path.with_suffix(".png")
    window = picture.window()
    try:
        with atomic_path(path) as tmp:
            if not sharp_grab(picture).save(str(tmp), "PNG"):
                raise OSError(translate("picture_menu", "the picture could not be written"))
    except Exception as exc:  # noqa: BLE001 — whatever failed, said in the status bar, nothing half-written kept
        if not isinstance(exc, OSError):
            logging.getLogger(__name__).exception("saving a picture of %s", type(picture).__name__)
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(translate("picture_menu", "Could not save {0}: {1}").format(
                path, getattr(exc, "strerror", None) or exc), 10000)
        return None
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(translate("picture_menu", "Saved {0}").format(path), 8000)
    return path


__all__ = ["offer_picture", "save_picture", "save_picture_dialog"]
