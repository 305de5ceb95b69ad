"""The window's look in one place: the icon set and menu buttons.

Icons come from the desktop's icon theme where it has one (so the app matches the other programs on a Linux
desktop), else from guiapp's own SVGs in ``resources/icons`` (one line weight, one grey, one blue accent; drawn for
guiapp, MIT), which is what Windows, macOS and a bare X server show. The bundled SVGs are drawn in one dark grey and
one blue; on a dark window they are drawn in the palette's button text and link colours instead, so an icon keeps
its contrast, and :func:`recolour_icons` (the main window's palette change) hands every button its icon anew.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QFrame, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from guiapp import paths
from guiapp.core.atomic import atomic_write_text
from guiapp.paths import resource
from guiapp.qt.theme import set_tone

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
_HANDED_OUT: dict[int, str] = {}  # QIcon.cacheKey() → icon name, to find guiapp's icons again after a theme switch


def _colours() -> tuple[str, str, str]:
    """(grey, blue, disabled) for the SVGs: grey and blue as drawn on a light window; on a dark one, where the dark
    grey barely shows (1.1:1 on a dark button), the palette's button text and link colours. Disabled is the
    palette's disabled button text, the colour of a disabled button's words: Qt's own greying of an icon left the
    Datasets tab's disabled Delete and Undo as dark as enabled ones beside greyed "Relabel…" (a fresh-eyes walk)."""
    from guiapp.qt.theme import is_dark  # here: theme imports this module

    palette = QGuiApplication.palette()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
    if not is_dark(palette):
        return SVG_GREY, SVG_BLUE, disabled
    return palette.color(QPalette.ColorRole.ButtonText).name(), palette.color(QPalette.ColorRole.Link).name(), disabled


def _recoloured(path: Path, grey: str, blue: str) -> Path:
    """``path``'s SVG drawn in ``grey`` and ``blue``: a copy drawn by Qt's own SVG engine (sharp at any scale),
    written once per colour pair."""
    if (grey, blue) == (SVG_GREY, SVG_BLUE):
        return path
    recoloured = paths.cache_dir() / "icons" / f"{path.stem}-{grey[1:]}-{blue[1:]}.svg"
    if not recoloured.is_file():
        recoloured.parent.mkdir(parents=True, exist_ok=True)
        svg = path.read_text(encoding="utf-8")
        atomic_write_text(recoloured, svg.replace(SVG_GREY, grey).replace(SVG_BLUE, blue))
    return recoloured


@cache
def _icon(name: str, grey: str, blue: str, disabled: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    fallback = QIcon(str(_recoloured(path, grey, blue)))
    fallback.addFile(str(_recoloured(path, disabled, disabled)), QSize(), QIcon.Mode.Disabled)
    theme = THEME_NAMES.get(name)
    return QIcon.fromTheme(theme, fallback) if theme and QIcon.themeName() else fallback


def icon(name: str) -> QIcon:
    """The themed icon for ``name`` when the desktop theme has it, else guiapp's bundled SVG in colours that read
    on the window (see :func:`_colours`)."""
    result = _icon(name, *_colours())
    _HANDED_OUT[result.cacheKey()] = name
    return result


def recolour_icons(root: QWidget) -> None:
    """After a theme switch: every button and action under ``root`` that shows one of guiapp's icons gets it in the
    new colours (an icon is a shared value, so each holder is given the new one). Only ``root``'s own tree: a
    window being torn down elsewhere is left alone."""
    for holder in (*root.findChildren(QAbstractButton), *root.findChildren(QAction)):
        name = _HANDED_OUT.get(holder.icon().cacheKey())
        if name is not None:
            holder.setIcon(icon(name))


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
              "QLabel#cardTitle { font-size: 8.5pt; font-weight: 600; letter-spacing: 1px; }"
              # the pad's focus ring (guiapp.qt.a11y): the style draws none for a custom widget
              "QFrame#card[focused=\"true\"] { border: 2px solid palette(highlight); }")


class _Card(QFrame):
    """A card whose height does not follow its width. With a word-wrapped label inside, a card reported a height
    for its width, and a column of such cards takes those heights as minimums: squeezed, it cut them in proportion
    below their real minimums (the "Also:" buttons under the candidates were cut at 1024×640)."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 — Qt's name
        return False


def card(title: str, *widgets: QWidget, stretch_last: bool = False) -> QFrame:
    """A titled panel on the window's base colour with a hairline border and rounded corners: the Recognize
    area's pad, candidates and model input each sit in one, so the eye finds three blocks, not loose labels."""
    frame = _Card()
    frame.setObjectName("card")
    frame.setStyleSheet(CARD_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 10, 12, 12)
    layout.setSpacing(6)
    if title:
        label = QLabel(title.upper())
        label.setObjectName("cardTitle")
        # muted, at ≥ 4.5:1 on the card: palette(dark) was #9f9f9f on white, 2.65:1 (walk 117, weak eyesight)
        set_tone(label, "muted")
        layout.addWidget(label)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_last and i == len(widgets) - 1 else 0)
    if not stretch_last:
        layout.addStretch(1)
    return frame


__all__ = ["CARD_STYLE", "THEME_NAMES", "card", "icon", "menu_button", "recolour_icons"]
