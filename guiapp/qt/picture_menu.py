"""Right-click → "Save as picture…" on a chart: a teacher wanted the curves and the confusion matrix on a slide, and
nothing offered them (walk 116). What is saved is the widget as it is drawn, at twice the screen's pixel ratio, with
a caption under it saying what it is of (the model, the data, the figure): a picture alone on a slide said none of
it (walk 139)."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtGui  # (its Qt namespace has mightBeRichText; QtCore's has not)
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QPainter, QPixmap, QTextDocumentFragment
from PySide6.QtWidgets import QMenu, QWidget

from guiapp.core.atomic import atomic_path
from guiapp.core.datasets.export import safe_folder_name
from guiapp.qt import file_dialogs
from guiapp.qt.i18n import translate


Caption = Callable[[], str] | None  # what a picture is of, asked when it is saved (plain or rich text, "" for none)
Subject = Callable[[], str | None] | None  # the model file a picture is of, asked when it is saved (None: none)
# Every chart offered, with its name and caption: File → Save chart as picture… saves the one shown (the right-click
# was the only way, and a teacher found no save anywhere: walk 147)
_OFFERED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def offer_picture(picture: QWidget, clicked: list[QWidget], name: str, caption: Caption = None,
                  subject: Subject = None) -> None:
    """A right-click on any of ``clicked`` (``picture`` or widgets in it) offers to save ``picture`` as a PNG, whose
    file name is offered as ``name`` (in the window's language) and the model's ``subject()`` is of, with
    ``caption()`` written under it."""
    def open_menu(widget: QWidget, pos) -> None:
        menu = _menu(picture, name, caption, subject)
        menu.exec(widget.mapToGlobal(pos))
        menu.deleteLater()  # one a click: not kept with the chart

    _OFFERED[picture] = (name, caption, subject)
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


def _menu(picture: QWidget, name: str, caption: Caption = None, subject: Subject = None) -> QMenu:
    menu = QMenu(picture)
    menu.addAction(translate("picture_menu", "Save as picture…"),
                   lambda: save_picture_dialog(picture, picture_file_name(name, subject), caption() if caption else ""))
    return menu


def picture_file_name(name: str, subject: Subject = None) -> str:
    """The file name (without suffix) offered for a picture named ``name`` of the model ``subject()``: the model's
    file name after it ("curves-digits-keras-tutorial-20261207-1113"), as Save as… and Export offer a run's model;
    every chart was offered as "curves.png" or "confusion-matrix.png", whichever run it showed (walk 150). Without
    spaces, as exports are named (walk 149: "confusion matrix.png")."""
    from guiapp.qt.recognize.model_picker import model_path_file_name

    model = subject() if subject else None
    name = safe_folder_name(name).replace(" ", "-")
    return f"{name}-{model_path_file_name(model)}" if model else name


def shown_chart(window: QWidget) -> QWidget | None:
    """The largest chart offered as a picture that ``window`` shows now; None where none is in view."""
    from shiboken6 import isValid

    shown = [picture for picture in list(_OFFERED.keys()) if isValid(picture) and picture.window() is window
             and picture.isVisible()]
    return max(shown, key=lambda picture: picture.width() * picture.height(), default=None)


def save_shown_chart(window) -> Path | None:
    """File → Save chart as picture…: the chart in view, as its right-click would save it; said where none is."""
    picture = shown_chart(window)
    if picture is None:
        window.statusBar().showMessage(translate("picture_menu", "No chart is in view: the Train tab's curves, "
                                                                 "matrices and feature maps can be saved as pictures"), 10000)
        return None
    name, caption, subject = _OFFERED[picture]
    return save_picture_dialog(picture, picture_file_name(name, subject), caption() if caption else "")


def save_picture_dialog(picture: QWidget, file_name: str, caption: str = "") -> Path | None:
    """Asks where to save ``picture``, offering ``file_name`` (without suffix), and saves it there."""
    path = file_dialogs.ask_save_path(picture, translate("picture_menu", "Save as picture"), file_dialogs.IMAGES,
                                      f"{file_name}.png",
                                      translate("picture_menu", "PNG images (*.png)"))
    return save_picture(picture, path, caption) if path else None


PICTURE_SCALE = 2  # a chart saved for a slide is drawn at twice the screen's pixels
CAPTION_MARGIN = 6  # around the caption, in the widget's pixels
TOP_MARGIN = 12  # above the chart: the matrix's top row touched the picture's edge (walk 149)


def plain_text(text: str) -> str:
    """``text`` without its markup, line by line, where a line is rich text (a summary's <b>…</b>, &nbsp;); the word
    joiners and no-break hyphens that keep a name whole (i18n.unbroken) as read."""
    plain = "\n".join(QTextDocumentFragment.fromHtml(line).toPlainText() if QtGui.Qt.mightBeRichText(line) else line
                       for line in text.split("\n"))
    return plain.replace("\u2060", "").replace("\u2011", "-")


def pack_parts(text: str, fits) -> str:
    """``text``'s lines broken between their " · " parts where a line does not ``fits(line)``, as many parts on a
    line as fit: wrapped anywhere, a part was cut in two and the next line began with its "·" (walk 147, a Japanese
    slide); broken at every part, a run's name "digits · keras-tutorial · 11:13" was three lines (walk 149)."""
    lines = []
    for line in text.split("\n"):
        current = ""
        for part in line.split(" · "):
            joined = f"{current} · {part}" if current else part
            if current and not fits(joined):
                lines.append(current)
                current = part
            else:
                current = joined
        lines.append(current)
    return "\n".join(lines)


def sharp_grab(picture: QWidget, caption: str = ""):
    """``picture`` drawn at PICTURE_SCALE times the screen's pixel ratio: the 312×267 px matrix of a 1024×640 screen
    blurred on a projected slide (walk 131). Lines and text are drawn again at that size, not scaled up. A caption
    is written under it, wrapped to its width."""
    ratio = picture.devicePixelRatioF() * PICTURE_SCALE
    width = picture.width()
    room = QRect(0, 0, max(1, width - 2 * CAPTION_MARGIN), 100_000)
    metrics = picture.fontMetrics()
    caption = pack_parts(plain_text(caption).strip(), lambda text: metrics.horizontalAdvance(text) <= room.width())
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    text_height = metrics.boundingRect(room, flags, caption).height() if caption else 0
    band = text_height + 2 * CAPTION_MARGIN if caption else 0
    bottom = TOP_MARGIN + picture.height()
    pixmap = QPixmap(QSize(width, bottom + band) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(picture.palette().window().color())
    # Not the marks that are the screen's (the matrix's opened cell and keyboard cursor): a saved matrix kept its
    # red box around whichever cell was last opened (walk 144)
    marks = [mark for mark in getattr(picture, "screen_marks", list)() if mark.isVisible()]
    for mark in marks:
        mark.setVisible(False)
    try:
        # QWidget's render: a chart that is a graphics view (the confusion matrix) has a render of its own, for a
        # painter, which refused the pixmap, and the matrix was never saved (walk 137)
        QWidget.render(picture, pixmap, QPoint(0, TOP_MARGIN))
    finally:
        for mark in marks:
            mark.setVisible(True)
    # the margin and the caption on the chart's own background (the matrix is white on a grey window)
    ground = pixmap.toImage().pixelColor(int(ratio), int((bottom - 1) * ratio))
    painter = QPainter(pixmap)
    painter.fillRect(QRect(0, 0, width, TOP_MARGIN), ground)
    if caption:
        painter.fillRect(QRect(0, bottom, width, band), ground)
        painter.setFont(picture.font())
        painter.setPen(QColor(Qt.GlobalColor.black if ground.lightnessF() > 0.5 else Qt.GlobalColor.white))
        painter.drawText(QRect(CAPTION_MARGIN, bottom + CAPTION_MARGIN, room.width(), text_height), flags, caption)
    painter.end()
    return pixmap


def save_picture(picture: QWidget, path, caption: str = "") -> Path | None:
    """``picture`` as drawn, with ``caption`` under it, written to ``path`` (a .png added when it has no suffix)
    through a temporary file; None, and said in the window's status bar, when it cannot be written."""
    path = Path(path)
    if not path.suffix:
        path = path.with_suffix(".png")
    window = picture.window()
    try:
        with atomic_path(path) as tmp:
            if not sharp_grab(picture, caption).save(str(tmp), "PNG"):
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


__all__ = ["Caption", "Subject", "offer_picture", "pack_parts", "picture_file_name", "plain_text", "save_picture",
           "save_picture_dialog",
           "save_shown_chart", "shown_chart"]
