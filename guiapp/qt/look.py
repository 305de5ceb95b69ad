"""The window's look in one place: the icon set and menu buttons.

Icons come from the desktop's icon theme where it has one (so the app matches the other programs on a Linux
desktop), else from guiapp's own SVGs in ``resources/icons`` (one line weight, one grey, one blue accent; drawn for
guiapp, MIT), which is what Windows, macOS and a bare X server show. The bundled SVGs are drawn in one dark grey and
one blue; :class:`_PaletteSvg` swaps them for the palette's button text and link colours each time an icon is
painted, so an icon keeps its contrast in dark mode and follows a theme switch without being set again.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from guiapp.paths import resource

# guiapp's icon name → the freedesktop.org icon-naming-spec name a theme may provide.
THEME_NAMES = {
    "pen": "draw-freehand", "erase-stroke": "draw-eraser", "undo": "edit-undo", "redo": "edit-redo",
    "clear": "edit-clear", "open": "document-open", "info": "dialog-information", "teach": "list-add",
    "import": "document-import", "export": "document-export", "download": "folder-download",
    "new": "document-new", "start": "media-playback-start", "pause": "media-playback-pause",
    "stop": "media-playback-stop", "save": "document-save-as", "use": "dialog-ok-apply", "copy": "edit-copy",
    "delete": "edit-delete", "evaluate": "view-statistics", "health": "dialog-ok", "write": "go-jump",
}


SVG_GREY, SVG_BLUE = "#3b4450", "#2f6fde"  # the two colours guiapp's SVGs are drawn in
_ENGINES: list = []  # every engine made, kept from Python's garbage collector while Qt's icons hold them


class _PaletteSvg(QIconEngine):
    """A bundled SVG drawn in the application palette's colours at paint time: as drawn on a light window; on a
    dark one (where the SVG's dark grey barely shows) the grey as button text and the blue as the link colour;
    disabled, in the disabled text colour."""

    def __init__(self, svg: str) -> None:
        super().__init__()
        self.svg = svg
        self._renderers: dict[tuple[str, str], QSvgRenderer] = {}
        _ENGINES.append(self)

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        from guiapp.qt.theme import is_dark

        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            grey = blue = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
        elif is_dark(palette):
            grey = palette.color(QPalette.ColorRole.ButtonText).name()
            blue = palette.color(QPalette.ColorRole.Link).name()
        else:
            grey, blue = SVG_GREY, SVG_BLUE  # as drawn
        key = (grey, blue)
        if key not in self._renderers:
            svg = self.svg.replace(SVG_GREY, grey).replace(SVG_BLUE, blue)
            self._renderers[key] = QSvgRenderer(QByteArray(svg.encode()))
        return self._renderers[key]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        # drawn at the screen's pixel density (2x at 200 %), not scaled up from a 1x pixmap
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> "_PaletteSvg":
        return _PaletteSvg(self.svg)


@cache
def icon(name: str) -> QIcon:
    """The themed icon for ``name`` when the desktop theme has it, else guiapp's bundled SVG (in the palette's
    colours)."""
    fallback = QIcon(_PaletteSvg(resource("icons", f"{name}.svg").read_text(encoding="utf-8")))
    theme = THEME_NAMES.get(name)
    return QIcon.fromTheme(theme, fallback) if theme and QIcon.themeName() else fallback


def menu_button(text: str, icon_name: str | None, items: list[tuple[str, object]], tip: str = "",
                parent: QWidget | None = None) -> QPushButton:
    """A push button that opens a menu of ``items`` (label, slot): the style draws its own menu arrow beside the
    text, where a tool button squeezed one into its corner."""
    button = QPushButton(text, parent)
    if icon_name:
        button.setIcon(icon(icon_name))
    if tip:
        button.setToolTip(tip)
    menu = QMenu(button)
    for label, slot in items:
        menu.addAction(label, slot)
    button.setMenu(menu)
    return button


CARD_STYLE = ("QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"
              "QLabel#cardTitle { color: palette(dark); font-size: 8.5pt; font-weight: 600; letter-spacing: 1px; }"
              # the pad's focus ring (guiapp.qt.a11y): the style draws none for a custom widget
              "QFrame#card[focused=\"true\"] { border: 2px solid palette(highlight); }")


def card(title: str, *widgets: QWidget, stretch_last: bool = False) -> QFrame:
    """A titled panel on the window's base colour with a hairline border and rounded corners: the Recognize
    area's pad, candidates and model input each sit in one, so the eye finds three blocks, not loose labels."""
    frame = QFrame()
    frame.setObjectName("card")
    frame.setStyleSheet(CARD_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 10, 12, 12)
    layout.setSpacing(6)
    if title:
        label = QLabel(title.upper())
        label.setObjectName("cardTitle")
        layout.addWidget(label)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_last and i == len(widgets) - 1 else 0)
    if not stretch_last:
        layout.addStretch(1)
    return frame


__all__ = ["CARD_STYLE", "THEME_NAMES", "card", "icon", "menu_button"]
