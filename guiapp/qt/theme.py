"""Light, dark and high contrast: the window follows the system's colour scheme (Qt 6.5+
``QStyleHints.colorScheme``) unless View → Theme says Light, Dark or High contrast (white on black, for a washed-out
projector or weak eyes: the dark theme's greys on grey were what a low-vision user had).

Qt changes the palette by itself only where the platform theme knows a dark scheme (Windows, macOS, GNOME/KDE
through their portals); on a bare X server or an old desktop it reports no scheme and keeps a light palette. So the
scheme is asked for first, and when the palette that results is not the one wanted, guiapp's own palette is set.
Widgets drawn with ``palette(...)`` follow at once; pyqtgraph plots keep colours of their own, so every plot is
handed to :func:`follow_palette`, which repaints them whenever the palette changes. Coloured text (muted captions,
warnings, errors) takes its colour from :func:`tone`, never a fixed grey that vanishes on the other theme.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QPen
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QLabel, QProxyStyle, QStyle, QStyleFactory,
                               QStyleOptionProgressBar)

THEMES = ("system", "light", "dark", "contrast")


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (default: the application's) draws light text on a dark window."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _palette(roles: dict, disabled_text: str) -> QPalette:
    """A palette of ``roles`` (role → colour), its disabled texts in ``disabled_text``."""
    palette = QPalette()
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def dark_palette() -> QPalette:
    """A dark palette with the contrast of Fusion's light one (text ≥ 7:1 on the window, links and selection
    in the same blue as guiapp's accent)."""
    # (palette(dark) was the card titles' colour once: Dark is a light grey, for anything that still uses it)
    return _palette({
        QPalette.ColorRole.Window: "#2b2d31", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f2023", QPalette.ColorRole.AlternateBase: "#2a2c30",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#35373c",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#3d8ee6", QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#6aaefc", QPalette.ColorRole.LinkVisited: "#b28cf0",
        QPalette.ColorRole.ToolTipBase: "#35373c", QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9ca3", QPalette.ColorRole.Light: "#4a4d54",
        QPalette.ColorRole.Midlight: "#3c3f45", QPalette.ColorRole.Mid: "#55585f",
        QPalette.ColorRole.Dark: "#a8abb3", QPalette.ColorRole.Shadow: "#101114",
    }, "#7d8088")


def contrast_palette() -> QPalette:
    """White on black, yellow for the selection and the keyboard's focus, cyan for links: every text at 15:1 or more,
    a disabled one at 7:1 (a dark theme by :func:`is_dark`, so everything drawn for dark follows it)."""
    return _palette({
        QPalette.ColorRole.Window: "#000000", QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#000000", QPalette.ColorRole.AlternateBase: "#1a1a1a",
        QPalette.ColorRole.Text: "#ffffff", QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#ffffff", QPalette.ColorRole.BrightText: "#ff8080",
        QPalette.ColorRole.Highlight: "#ffff00", QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.Link: "#00ffff", QPalette.ColorRole.LinkVisited: "#ff9cff",
        QPalette.ColorRole.ToolTipBase: "#000000", QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#c0c0c0", QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#808080", QPalette.ColorRole.Mid: "#c0c0c0",
        QPalette.ColorRole.Dark: "#ffffff", QPalette.ColorRole.Shadow: "#ffffff",
    }, "#a0a0a0")


def is_high_contrast(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` is :func:`contrast_palette`'s: pure white text on a pure black window."""
    palette = palette or QGuiApplication.palette()
    active = QPalette.ColorGroup.Active  # a disabled control's palette has greyed text, and is high contrast too
    return (palette.color(active, QPalette.ColorRole.Window) == QColor("#000000")
            and palette.color(active, QPalette.ColorRole.WindowText) == QColor("#ffffff"))


# (light, dark) text colours with a meaning; each reads at >= 4.5:1 on its theme's window and base
_TONES = {"warning": ("#a05000", "#f0a04b"), "error": ("#b00020", "#ff6b6b")}
MUTED_MIX = 0.35  # a muted text is this far from the text colour towards the window's


def tone(name: str, palette: QPalette | None = None) -> str:
    """A text colour for style sheets and rich text that reads in both themes: "muted" (captions, secondary
    text: the palette's text colour mixed towards the window's), "warning", "error" or "link" (the palette's link
    colour, for a button that reads as a link)."""
    palette = palette or QGuiApplication.palette()
    if name == "link":
        return palette.color(QPalette.ColorRole.Link).name()
    if name == "muted":
        text, window = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
        mixed = [round(a + (b - a) * MUTED_MIX) for a, b in zip(text.getRgb()[:3], window.getRgb()[:3])]
        return QColor(*mixed).name()
    return _TONES[name][is_dark(palette)]


def retone(text: str, before: QPalette | None = None) -> str:
    """Rich text written with a tone's colour (the Datasets header's source line, the collect bar's count) in
    either theme's (or the ``before`` palette's) colour, given the current theme's instead: a label keeps the
    colour it was written with, and a dark window showed light-theme grey on its dark grey."""
    return _swapped(text, _tone_swaps(before))


def _tone_swaps(before: QPalette | None = None) -> dict[str, str]:
    """Each tone's colour in the light and dark palettes (and ``before``) → the current palette's, where they differ."""
    palettes = [light_palette(), dark_palette(), contrast_palette()] + ([before] if before is not None else [])
    return {tone(name, palette): tone(name) for name in ("muted", *_TONES) for palette in palettes
            if tone(name, palette) != tone(name)}


def _swapped(text: str, swaps: dict[str, str]) -> str:
    for old, new in swaps.items():
        text = text.replace(old, new)
    return text


def set_tone(widget, name: str | None) -> None:
    """Colour ``widget``'s text (a label's whole style sheet) with :func:`tone` ``name`` (None: the plain text
    colour); :func:`apply` colours it again after a theme switch."""
    widget.setProperty("tone", name or "")
    # Greyed when disabled, as plain text is: the tutorial's link stayed link-blue while a run greyed every setting
    # round it, and read as clickable (walk 132)
    widget.setStyleSheet(f"* {{ color: {tone(name)}; }} *:disabled {{ color: {tone('muted')}; }}" if name else "")


def light_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


class OutlinedControls(QProxyStyle):
    """Fusion outlines a check box or radio button with the window colour darkened, which on a dark palette is
    the colour of the box itself (≈ 1.1:1: the box vanished and only a tick showed) and on a light one a pale grey
    (≈ 1.7:1). The indicator gets an outline in the muted text colour on both (≥ 3:1 on window and base, as WCAG
    asks of a control). And Fusion draws a slider with keyboard focus exactly as one without (the pen's Width
    slider, reached by Tab, gave no sign it was the one the arrow keys move): its handle gets a ring in the
    highlight colour, as the line edits' frames show focus. Dialog buttons carry no stock icons (see styleHint)."""

    INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)
    # outlined in the high-contrast theme, where Fusion's own outlines are black on black
    FRAMED = (QStyle.PrimitiveElement.PE_PanelButtonCommand, QStyle.PrimitiveElement.PE_FrameTabWidget,
              QStyle.PrimitiveElement.PE_FrameGroupBox, QStyle.PrimitiveElement.PE_FrameMenu,
              QStyle.PrimitiveElement.PE_PanelMenu)
    FRAMED_CONTROLS = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
    TRACKS = {QStyle.ComplexControl.CC_Slider: (QStyle.SubControl.SC_SliderGroove, QStyle.SubControl.SC_SliderHandle),
              QStyle.ComplexControl.CC_ScrollBar: (QStyle.SubControl.SC_ScrollBarSlider,)}

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 — Qt's name
        super().drawPrimitive(element, option, painter, widget)
        # A text field's frame on the dark theme: Fusion's outline is the window darkened, ≈ 1.2:1 on a dark window,
        # and the write line and the label field read as no fields at all (walk 104). Outlined in the muted text
        # colour, as the check boxes are; with the keyboard focus Fusion's highlight frame shows as it is.
        if (element == QStyle.PrimitiveElement.PE_FrameLineEdit and is_dark(option.palette)
                and not option.state & QStyle.StateFlag.State_HasFocus and option.rect.height() > 4):
            _outline(painter, option)
        if (element == QStyle.PrimitiveElement.PE_FrameLineEdit and is_high_contrast(option.palette)
                and option.state & QStyle.StateFlag.State_HasFocus and option.rect.height() > 4):
            _focus_ring(painter, option, option.rect, 2)  # Fusion's was one pixel, a button's two (walk 167)
        if element in self.FRAMED and is_high_contrast(option.palette) and option.rect.height() > 4:
            # On black, Fusion's outlines (the window darkened) are black: buttons were words floating on nothing.
            # A button with the keyboard focus is ringed in yellow: Fusion's own ring was four dim corners (walk 134)
            if element == QStyle.PrimitiveElement.PE_PanelButtonCommand and option.state & QStyle.StateFlag.State_HasFocus:
                _focus_ring(painter, option, option.rect, 2)
            else:
                _outline(painter, option)
        if element in self.INDICATORS:
            painter.save()
            painter.setPen(QColor(tone("muted", option.palette)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            rect = option.rect.adjusted(0, 0, -1, -1)
            if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
                painter.setRenderHint(painter.RenderHint.Antialiasing, True)
                painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
            else:
                painter.drawRect(rect)
            painter.restore()

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 — Qt's name
        if element == QStyle.ControlElement.CE_ProgressBarLabel and not is_high_contrast(option.palette):
            # One colour for the whole text: Fusion draws the part over the filled chunk in the highlight's text
            # colour, and "stop|ped as the window closed" read half white, half black (walks 160, 163). The text
            # colour reads on the highlight in both themes; high contrast keeps its own pair (white on its yellow
            # would not read).
            option = QStyleOptionProgressBar(option)
            palette = QPalette(option.palette)
            palette.setColor(QPalette.ColorRole.HighlightedText, palette.color(QPalette.ColorRole.Text))
            option.palette = palette
        super().drawControl(element, option, painter, widget)
        # A list or table with the keyboard focus: its frame in the highlight colour, as a line edit's. Fusion
        # draws only a faint dotted line round the current item, lost in a selected row's highlight (the dataset
        # list, reached by Tab, gave no sign it had the focus: a keyboard walk).
        if (element == QStyle.ControlElement.CE_ShapedFrame and isinstance(widget, QAbstractItemView)
                and widget.hasFocus() and option.rect.width() > 4):
            _focus_ring(painter, option, option.rect)
        elif (element == QStyle.ControlElement.CE_ShapedFrame and is_high_contrast(option.palette)
              and option.rect.width() > 4 and option.frameShape != QFrame.Shape.NoFrame):
            _outline(painter, option)  # a table or a list: its edge was black on black (a real-window check)
        if element == QStyle.ControlElement.CE_ProgressBarGroove and is_high_contrast(option.palette):
            _outline(painter, option)  # the bar's empty part was black on black (walk 134)
        rect = option.rect
        if (element == QStyle.ControlElement.CE_MenuItem and is_high_contrast(option.palette)
                and option.menuItemType == option.MenuItemType.Separator):
            middle = rect.center().y()  # Fusion's separator is the window darkened: none on black (walk 134)
            _muted_lines(painter, option, (QPoint(rect.left() + 4, middle), QPoint(rect.right() - 4, middle)))
        if element == QStyle.ControlElement.CE_HeaderSection and is_high_contrast(option.palette):
            # the headers' sections apart, and apart from the rows under them
            _muted_lines(painter, option, (rect.bottomLeft(), rect.bottomRight()), (rect.topRight(), rect.bottomRight()))
        # A tab bar with the keyboard focus: a ring round its current tab. Fusion's pale fill was all there was, and
        # in the dark theme nothing could be seen (a keyboard walk).
        if element == QStyle.ControlElement.CE_TabBarTab and option.state & QStyle.StateFlag.State_HasFocus:
            _focus_ring(painter, option, option.rect.adjusted(2, 2, -2, -1), 3)
        # A check box or radio button with the keyboard focus, on black: a ring round it and its label (an olive
        # box on black was all there was: walk 167)
        if (element in (QStyle.ControlElement.CE_CheckBox, QStyle.ControlElement.CE_RadioButton)
                and option.state & QStyle.StateFlag.State_HasFocus and is_high_contrast(option.palette)):
            _focus_ring(painter, option, option.rect, 2)

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 — Qt's name
        # A list's or table's frame two pixels wide, so that the focus ring drawn on it (drawControl) shows whole:
        # on Fusion's one-pixel frame it was a line as faint as the outline it replaced.
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and isinstance(widget, QAbstractItemView):
            return 2
        return super().pixelMetric(metric, option, widget)

    def styleHint(self, hint, option=None, widget=None, data=None):  # noqa: N802 — Qt's name
        # Dialog buttons without Fusion's stock icons: a bare X server gives them the old bitmap set (a green return
        # arrow on OK), unlike the window's own flat icons (a fresh-eyes walk).
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, data)

    def subElementRect(self, element, option, widget=None):  # noqa: N802 — Qt's name
        rect = super().subElementRect(element, option, widget)
        if element == QStyle.SubElement.SE_TabBarTabText:
            # The label is clipped to this rectangle, which on a tab not chosen is a few pixels shorter than the
            # font: French "Évaluation" read "Evaluation". Taller by the same amount each way, the text stays
            # centred where it was.
            rect = rect.adjusted(0, -4, 0, 4)
        return rect

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802 — Qt's name
        super().drawComplexControl(control, option, painter, widget)
        if control in self.FRAMED_CONTROLS and is_high_contrast(option.palette):
            if option.state & QStyle.StateFlag.State_HasFocus:  # (Fusion's own ring was four dim corners: walk 134)
                _focus_ring(painter, option, option.rect, 2)
            else:
                _outline(painter, option)
        if is_high_contrast(option.palette) and control in self.TRACKS:
            # a slider's groove and handle, a scroll bar's handle: black on black, only the slider's filled part
            # showed, and no scroll bar said how far down a list was (walk 134)
            for part in self.TRACKS[control]:
                _outline(painter, option, self.subControlRect(control, option, part, widget))
        if (control == QStyle.ComplexControl.CC_ToolButton and option.state & QStyle.StateFlag.State_HasFocus
                and option.state & QStyle.StateFlag.State_AutoRaise):
            # A flat tool button (the pen toolbar's, Open…, Info) with the keyboard focus: a ring in the highlight
            # colour. Fusion tints it so faintly that a keyboard walk kept losing where the focus was.
            _focus_ring(painter, option, option.rect, 3)
        if control == QStyle.ComplexControl.CC_Slider and option.state & QStyle.StateFlag.State_HasFocus:
            _focus_ring(painter, option, self.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, widget), 2)


def _muted_lines(painter, option, *lines) -> None:
    """Each of ``lines`` (a pair of points) in the muted text colour."""
    painter.save()
    painter.setPen(QColor(tone("muted", option.palette)))
    for start, end in lines:
        painter.drawLine(start, end)
    painter.restore()


def _outline(painter, option, rect=None) -> None:
    """A one-pixel outline in the muted text colour round ``rect`` (``option.rect``): a control's edge where Fusion
    draws none that shows."""
    painter.save()
    painter.setPen(QColor(tone("muted", option.palette)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect((option.rect if rect is None else rect).adjusted(0, 0, -1, -1))
    painter.restore()


def _focus_ring(painter, option, rect, radius: float = 0) -> None:
    """A two-pixel ring in the highlight colour just inside ``rect``: how a control with the keyboard focus shows
    it where Fusion shows it faintly or not at all (a slider's handle, a flat tool button, a list's frame)."""
    painter.save()
    painter.setRenderHint(painter.RenderHint.Antialiasing, bool(radius))
    painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), radius, radius)
    painter.restore()


def _outline_controls(app) -> None:
    """Fusion (a bare X server, or asked for) takes :class:`OutlinedControls`; other styles draw their own."""
    style = app.style()
    if not isinstance(style, OutlinedControls) and style.name().lower() == "fusion":
        app.setStyle(OutlinedControls(QStyleFactory.create("Fusion")))


def apply(app, choice: str) -> bool:
    """Switch ``app`` to ``choice`` (system | light | dark | contrast); returns whether the window is now dark."""
    _outline_controls(app)
    hints = app.styleHints()
    before = QPalette(app.palette())
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark, "contrast": Qt.ColorScheme.Dark}.get(choice)
    if scheme is None:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(scheme)  # the platform's own dark or light look, where it has one
    app.setPalette(QPalette())  # an empty palette resolves to the platform's: undo an earlier override
    wanted = system_is_dark() if scheme is None else scheme == Qt.ColorScheme.Dark
    if choice == "contrast":  # the platform's dark look is not high contrast: always guiapp's own
        app.setPalette(contrast_palette())
    elif wanted != is_dark(app.palette()):
        app.setPalette(dark_palette() if wanted else light_palette())
    if app.palette() == before:
        # nothing to restyle (a new window applying the kept theme): and walking every widget of the application
        # met, under pytest, a widget of an earlier window in mid-teardown and crashed
        return wanted
    swaps = _tone_swaps(before)  # once: light_palette() makes a Fusion style each time
    for widget in app.allWidgets():
        if widget.property("tone"):
            set_tone(widget, widget.property("tone"))
        elif widget.styleSheet() and "palette(" in widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())  # a style sheet reads palette(...) once, when it is set
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText and "color:" in widget.text():
            widget.setText(_swapped(widget.text(), swaps))
    return wanted


def follow_system(app, current_choice) -> None:
    """Re-apply when the desktop switches scheme and the user left the theme on System."""
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: current_choice() == "system" and apply(app, "system"))


class _PlotColours(QObject):
    """Lives as a child of its plot (so it goes with it) and recolours the plot when the palette changes."""

    def __init__(self, plot) -> None:
        super().__init__(plot)
        self.plot = plot
        plot.installEventFilter(self)
        self.recolour()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 — Qt's name
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.recolour()
        return False

    def recolour(self) -> None:
        palette = self.plot.palette()
        text = palette.color(QPalette.ColorRole.Text).name()
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        item = self.plot.getPlotItem()
        if item.titleLabel.text:
            item.titleLabel.setText(item.titleLabel.text, color=text)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(palette.color(QPalette.ColorRole.Mid))
            axis.setTextPen(text)
            axis.labelStyle["color"] = text
            axis._updateLabel()  # noqa: SLF001 — pyqtgraph has no public call that restyles an axis label
            axis.picture = None  # the cached tick text was drawn in the old colour
            axis.update()


def line_width(width: float) -> float:
    """A plot line ``width`` logical pixels wide, in the physical pixels pyqtgraph's pens are measured in (they are
    cosmetic: Qt draws them that many device pixels wide), so a curve at 200 % scale is as thick as at 100 %, not
    half as thick."""
    screen = QGuiApplication.primaryScreen()
    return width * (screen.devicePixelRatio() if screen is not None else 1.0)


def legend_line(entries) -> str:
    """A plot's legend as one line of rich text for a label under the plot (inside, its rows covered a small plot's
    curves): each of ``entries`` is (sample, colour, name): a sample of the line drawn in characters ("━●━", "╍╍";
    empty for none) in ``colour`` (an (r, g, b) tuple), then the name; an entry with a sample breaks onto the next
    line whole. A sample of two curves is a tuple of (characters, colour) pairs, ``colour`` then None."""
    from guiapp.qt.i18n import unbroken

    items = []
    for sample, colour, name, *whole in entries:
        # A curve's name stays whole (its spaces, and between Chinese characters: the dashed run's name broke
        # between two of them, walk 124), as does an entry marked whole; a note without a sample ("dashed run: per
        # epoch only") may wrap: unbroken, the French one held the batch plot's column so wide that the third plot
        # ran off the window at 1024 px (a walk).
        shown = unbroken(name, spaces=True) if sample or any(whole) else html.escape(name)
        parts = sample if isinstance(sample, tuple) else ((sample, colour),) if sample else ()
        drawn = "".join(f"<span style='color:rgb({r},{g},{b})'>{text}</span>" for text, (r, g, b) in parts)
        items.append(f"{drawn}&nbsp;{shown}" if drawn else shown)
    return "&nbsp;&nbsp;&nbsp; ".join(items)


def follow_palette(plot):
    """Draw ``plot`` (a pyqtgraph PlotWidget) in the palette's colours, now and after every theme switch."""
    _PlotColours(plot)
    return plot


__all__ = ["THEMES", "apply", "contrast_palette", "dark_palette", "is_high_contrast", "follow_palette", "follow_system", "is_dark", "legend_line", "light_palette", "retone",
           "line_width", "set_tone", "system_is_dark", "tone"]
