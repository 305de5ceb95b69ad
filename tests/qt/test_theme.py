"""Dark mode (issue #20): View → Theme switches the palette at once, plots follow it, the choice is kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from guiapp.qt import theme
from guiapp.qt.main_window import MainWindow
from guiapp.qt.settings import Settings
from guiapp.qt.a11y import _card_of  # the card a widget sits in


@pytest.fixture
def window(qtbot):
    window = MainWindow(start_backend=False)
    window.train_area._asked_tensorflow = True  # no training process: only the look is tested
    qtbot.addWidget(window)
    window.show()
    yield window
    theme.apply(QApplication.instance(), "light")  # the next test starts light, as the offscreen system is


def lightness(color) -> int:
    return color.lightness()


def test_view_theme_switches_palette_plots_and_is_kept(qtbot, window):
    app = QApplication.instance()
    plot = window.train_area.plots.loss_plot
    heatmap = window.train_area.evaluation.heatmap  # the confusion matrix
    assert set(window.theme_actions) == {"system", "light", "dark", "contrast"}
    assert window.theme_actions["system"].isChecked()  # a first start follows the system

    window.theme_actions["dark"].trigger()
    assert theme.is_dark(app.palette())
    qtbot.waitUntil(lambda: lightness(plot.backgroundBrush().color()) < 80)
    text = plot.getPlotItem().getAxis("left").textPen().color()
    assert lightness(text) > 160, "axis numbers stay readable on the dark plot"
    window.show_area(window.train_area)
    legend = window.train_area.plots.epoch_legend  # under the plots, in the window's own text colour
    assert legend.isVisible() and lightness(legend.palette().color(legend.foregroundRole())) > 160, \
        "legend text readable on the dark window"
    assert lightness(heatmap.backgroundBrush().color()) < 80
    card = _card_of(window.recognize.pad)
    assert lightness(card.grab().toImage().pixelColor(card.width() // 2, 3)) < 80, "cards follow the palette"
    assert Settings().theme == "dark"

    window.theme_actions["light"].trigger()
    assert not theme.is_dark(app.palette())
    qtbot.waitUntil(lambda: lightness(plot.backgroundBrush().color()) > 200)
    assert Settings().theme == "light"


def test_the_pads_surroundings_take_the_new_theme_at_once(qtbot, window):
    """Switched live, the paper round the pad's square kept the old theme's colour until the next stroke: white
    bands beside it in the dark theme, dark ones in the light (two walks)."""
    pad = window.recognize.pad
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: pad.width() > pad.canvas_rect().width() + 8, timeout=5000)
    for choice in ("dark", "light", "dark"):
        window.theme_actions[choice].trigger()
        QApplication.processEvents()
        edge = pad._layer().pixelColor(2, pad.height() // 2)  # the cached layer the pad paints
        assert edge == pad.palette().base().color(), (choice, edge.name(), pad.palette().base().color().name())


def test_system_theme_follows_the_colour_scheme(qtbot, window, monkeypatch):
    app = QApplication.instance()
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    assert theme.apply(app, "system") is True
    assert theme.is_dark(app.palette())
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    assert theme.apply(app, "system") is False
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_the_high_contrast_theme_is_white_on_black_with_every_control_outlined(qtbot, window):
    """A teacher's washed-out projector and a low-vision user had only the dark theme's greys on grey: View → Theme →
    High contrast is white on black, yellow for the selection and the focus, every text at 7:1 or more, and the
    buttons, boxes and tab pages outlined (Fusion's own outlines are the window darkened: black on black)."""
    from PySide6.QtWidgets import QComboBox, QPushButton, QTableWidget

    app = QApplication.instance()
    window.theme_actions["contrast"].trigger()
    palette = app.palette()
    assert theme.is_dark(palette) and theme.is_high_contrast(palette) and Settings().theme == "contrast"
    black = palette.color(QPalette.ColorRole.Window)
    assert contrast(palette.color(QPalette.ColorRole.WindowText), black) >= 15
    assert contrast(palette.color(QPalette.ColorRole.Highlight), black) >= 15
    for name in ("muted", "warning", "error", "link"):
        assert contrast(theme.tone(name), black) >= 7, name
    assert contrast(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText), black) >= 7
    plot = window.train_area.plots.loss_plot
    qtbot.waitUntil(lambda: plot.backgroundBrush().color() == black)
    from PySide6.QtWidgets import QProgressBar, QScrollBar, QSlider, QSpinBox

    disabled = QSpinBox()
    disabled.setEnabled(False)  # (its palette's greyed text: still high contrast, still outlined)
    for control in (QPushButton("Start"), QComboBox(), QTableWidget(2, 2), QProgressBar(), disabled):
        control.resize(120, 30)
        image = control.grab().toImage()
        edge = image.pixelColor(0, image.height() // 2)
        assert contrast(edge, black) >= 3, (type(control).__name__, edge.name())  # its outline shows
    # a slider's empty track and a scroll bar's handle: outlined too (walk 134: black on black)
    slider, bar = QSlider(Qt.Orientation.Horizontal), QScrollBar(Qt.Orientation.Horizontal)
    bar.setRange(0, 100)
    bar.setPageStep(20)
    for control in (slider, bar):
        control.resize(200, 24)
        image = control.grab().toImage()
        # (right of the slider's handle, where only its track is; the scroll bar's handle, between its arrows)
        left = image.width() * 3 // 4 if control is slider else 20
        row = [image.pixelColor(x, y) for y in range(image.height()) for x in range(left, image.width() - 30)]
        assert max(contrast(pixel, black) for pixel in row) >= 3, type(control).__name__
    # the keyboard's focus: a yellow ring on a button, not Fusion's four dim corners (walk 134)
    button = QPushButton("Write")
    button.resize(120, 30)
    button.show()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    image = button.grab().toImage()
    assert image.pixelColor(1, image.height() // 2) == palette.color(QPalette.ColorRole.Highlight)
    button.close()
    window.theme_actions["light"].trigger()
    assert not theme.is_high_contrast(app.palette()) and not theme.is_dark(app.palette())


def test_unknown_theme_setting_reads_as_system():
    settings = Settings()
    settings.qsettings.setValue("view/theme", "sepia")  # from a later version
    assert settings.theme == "system"


def contrast(foreground, background) -> float:
    """WCAG contrast ratio of two colours (4.5 is the minimum for body text)."""
    def luminance(color) -> float:
        color = QColor(color)
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
                  for c in (color.redF(), color.greenF(), color.blueF())]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ink(pixmap) -> list[QColor]:
    image = pixmap.toImage()
    return [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200]


def test_icons_and_coloured_text_read_in_both_themes(qtbot, window):
    """The bundled icons and the warning, error and muted texts take their colours from the palette: each stays
    readable (WCAG 4.5:1 for text, 3:1 for icons) on the light and the dark window, and follows a switch."""
    from guiapp.qt.look import icon

    app = QApplication.instance()
    problems = window.datasets_area.problems
    problems.set_problems(["a.png: cannot read the image"])
    for choice in ("light", "dark", "light"):
        window.theme_actions[choice].trigger()
        palette = app.palette()
        button = palette.color(QPalette.ColorRole.Button)
        # a new icon, and the ones buttons already show (the Datasets area's New…, made before the switch; the
        # window hands it over on the palette change event, which Qt posts)
        def readable(shown) -> bool:
            pixels = ink(shown.pixmap(QSize(24, 24)))
            return bool(pixels) and min(contrast(c, button) for c in pixels) >= 3

        assert readable(icon("open")) and readable(icon("pen")), choice
        qtbot.waitUntil(lambda: readable(window.datasets_area.new_button.icon()))
        background = palette.color(QPalette.ColorRole.Window)
        for name in ("muted", "warning", "error"):
            assert contrast(theme.tone(name), background) >= 4.5, (choice, name)
        assert theme.tone("warning") in problems.label.styleSheet(), "the problems bar follows the switch"
        bar = window.collect_bar
        bar.counts = {"a": 2, "b": 1}
        bar._show_counter()  # noqa: SLF001 — as after a drawing is added
        assert f"color:{theme.tone('muted')}" in bar.counter.text(), "the counts' grey is the palette's"
        # the cards' titles ("CANDIDATES") and the model input's captions: #9f9f9f on white was 2.65:1 (walk 117)
        card_base = palette.color(QPalette.ColorRole.Base)
        panel = window.recognize
        titles = [label for label in window.findChildren(QLabel) if label.objectName() == "cardTitle"]
        assert titles and all(theme.tone("muted") in label.styleSheet() for label in titles), choice
        assert contrast(theme.tone("muted"), card_base) >= 4.5, choice
        assert theme.tone("muted") in panel.input_caption.styleSheet(), choice


def test_rich_text_written_before_a_theme_switch_takes_the_new_colours(qtbot, window):
    """The Datasets header's source line and the collect bar's counts are rich text with a tone's colour in them:
    after View → Theme → Dark they kept the light theme's grey, hard to read on dark grey (a walk)."""
    app = QApplication.instance()
    window.theme_actions["light"].trigger()
    panel = window.datasets_area
    panel.list.select("digits")
    qtbot.waitUntil(lambda: panel.name == "digits", timeout=60_000)
    bar = window.collect_bar
    bar.counts = {"a": 2, "b": 1}
    bar._show_counter()  # noqa: SLF001 — as after a drawing is added
    light, light_warning = theme.tone("muted"), theme.tone("warning")
    assert light in panel.header.text() and light in bar.counter.text()
    result = window.train_area.result_label  # a run's warnings under its result line (rich text)
    window.train_area._show_result_text("completed 1 epoch", ["too few"])  # noqa: SLF001 — as at a run's end
    assert light_warning in result.text()
    window.theme_actions["dark"].trigger()
    dark = theme.tone("muted", app.palette())
    assert dark != light
    for text in (panel.header.text(), bar.counter.text()):
        assert dark in text and light not in text, text
    qtbot.waitUntil(lambda: theme.tone("warning", app.palette()) in result.text(), timeout=5000)
    assert light_warning not in result.text()
    panel._loading = "digits"  # noqa: SLF001 — a reopen given up: the header the panel kept is shown again
    panel._task_cancelled("synthesis of digits cancelled")  # noqa: SLF001
    panel._loading = None  # noqa: SLF001
    assert dark in panel.header.text() and light not in panel.header.text()


def test_the_confusion_matrix_follows_the_theme(qtbot, window):
    """Dark theme: the matrix's empty cells stayed white, glaring from a dark window (a walk); they take the dark
    plot's colour, and each count's colour still reads on its cell."""
    import numpy as np

    heatmap = window.train_area.evaluation.heatmap
    window.theme_actions["light"].trigger()
    heatmap.show_matrix(np.array([[9, 1], [0, 10]]), ["a", "b"])

    def empty_cell() -> QColor:
        return QColor(*heatmap.image.lut[0][:3])

    assert lightness(empty_cell()) > 200
    window.theme_actions["dark"].trigger()
    qtbot.waitUntil(lambda: lightness(empty_cell()) < 60)
    counts = {item.textItem.toPlainText(): item.color for item in heatmap.texts}
    assert lightness(counts["1"]) > 160 and lightness(counts["9"]) < 80  # light on dark cells, dark on light ones
    # High contrast keeps the light map: on the dark one a few confusions were as black as empty cells (walk 137)
    window.theme_actions["contrast"].trigger()
    qtbot.waitUntil(lambda: lightness(empty_cell()) > 200)
    counts = {item.textItem.toPlainText(): item.color for item in heatmap.texts}
    assert lightness(counts["1"]) < 80 and lightness(counts["9"]) > 200
    window.theme_actions["light"].trigger()
    qtbot.waitUntil(lambda: lightness(empty_cell()) > 200)


def test_the_matrixs_counts_grow_with_its_cells(qtbot):
    """Folded out for a projector, the matrix's cells grew and their 9 px counts did not (walk 137)."""
    import numpy as np

    from guiapp.qt.train.heatmap import ConfusionHeatmap

    heatmap = ConfusionHeatmap()
    qtbot.addWidget(heatmap)
    heatmap.resize(260, 240)
    heatmap.show()
    heatmap.show_matrix(np.eye(10, dtype=int) * 9 + 1, list("abcdefghij"))

    def size() -> int:
        QApplication.processEvents()
        return heatmap.texts[0].textItem.font().pixelSize()

    small = size()
    heatmap.resize(700, 600)
    qtbot.waitUntil(lambda: size() > small * 1.8)


def test_a_disabled_icon_button_looks_as_disabled_as_a_disabled_text_button(qtbot, window):
    """The Datasets tab's Delete and Undo show only an icon: disabled, Qt's own greying left them as dark as enabled
    ones beside the greyed "Relabel…" (a fresh-eyes walk). Their disabled icon is drawn in the disabled text's
    colour, in both themes and after a switch."""
    actions = window.datasets_area
    for choice in ("light", "dark"):
        window.theme_actions[choice].trigger()
        disabled = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        for button in (actions.delete_button, actions.undo_button):
            assert not button.isEnabled()

            def greyed() -> bool:
                from PySide6.QtGui import QIcon

                pixels = ink(button.icon().pixmap(QSize(24, 24), QIcon.Mode.Disabled))
                return bool(pixels) and max(abs(lightness(c) - disabled.lightness()) for c in pixels) <= 12

            qtbot.waitUntil(greyed)  # the window hands out icons anew on the palette change event, which Qt posts


def test_a_list_with_the_keyboard_focus_shows_it_on_its_frame(qtbot, window):
    """The dataset list, reached by Tab, gave no sign it had the focus: Fusion's dotted line round the current item
    was lost in the selected row's highlight. A list or table with the focus has its frame in the highlight colour,
    two pixels wide; without the focus, not."""
    datasets = window.datasets_area.list
    window.show_area(window.datasets_area)
    for choice in ("light", "dark"):
        window.theme_actions[choice].trigger()
        highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)

        def edge() -> list:
            image = datasets.grab().toImage()
            return [image.pixelColor(x, datasets.height() // 2) for x in (0, 1)]

        datasets.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: edge() == [highlight, highlight])
        window.datasets_area.grid.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: highlight not in edge())


def test_a_flat_tool_button_with_the_keyboard_focus_has_a_ring(qtbot, window):
    """The pen toolbar's buttons, reached by Tab, showed the focus as a faint tint (a keyboard walk lost it)."""
    panel = window.recognize
    eraser = panel.toolbar.widgetForAction(panel.eraser_action)
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)

    def ringed() -> bool:
        image = eraser.grab().toImage()
        return image.pixelColor(eraser.width() // 2, 1) == highlight

    assert not ringed()
    eraser.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(ringed)


def test_high_contrast_rings_a_focused_text_field_and_check_box_as_a_button(qtbot, window):
    """On black, a text field with the focus had a one-pixel line (a button two) and a check box an olive box, which
    a keyboard walk could barely see (walk 167): two pixels of highlight round both."""
    window.theme_actions["contrast"].trigger()
    try:
        highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
        from PySide6.QtWidgets import QCheckBox

        line, check = window.recognize.write_line.field, window.recognize.findChild(QCheckBox)  # Show where it looked

        def ringed(widget) -> bool:
            image = widget.grab().toImage()
            return [image.pixelColor(x, widget.height() // 2) for x in (0, 1)] == [highlight, highlight]

        for widget in (line, check):
            window.recognize.pad.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(lambda: not ringed(widget))
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(lambda: ringed(widget))
    finally:
        window.theme_actions["light"].trigger()


def test_a_tab_bar_with_the_keyboard_focus_rings_its_current_tab(qtbot, window):
    """The focused tab was a pale fill in the light theme and could not be seen in the dark one (a keyboard walk):
    a ring in the highlight colour, in both."""
    bar = window.tabs.tabBar()
    for choice in ("light", "dark"):
        window.theme_actions[choice].trigger()
        highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)

        def ringed() -> bool:
            image, rect = bar.grab().toImage(), bar.tabRect(bar.currentIndex())
            return highlight in [image.pixelColor(x, rect.center().y()) for x in range(rect.left(), rect.left() + 6)]

        window.recognize.pad.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: not ringed())
        bar.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(ringed)


def test_unticked_boxes_show_on_the_dark_and_the_light_window(qtbot, window):
    """Fusion outlined a check box in the window colour darkened: on the dark palette the box was the colour of
    the card behind it, and an unticked "Show where it looked" showed no box at all. Its outline reads at 3:1
    (WCAG's minimum for a control) on the dark window and on the light one (Fusion's own: about 1.7:1), also after
    a switch back and forth."""
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    window.show_area(window.recognize)
    for choice in ("dark", "light", "dark"):
        window.theme_actions[choice].trigger()
        QApplication.processEvents()
        for box in window.recognize.findChildren(QCheckBox):
            if not box.isVisible() or box.isChecked():
                continue
            assert theme.is_dark(box.palette()) == (choice == "dark")
            option = QStyleOptionButton()
            box.initStyleOption(option)
            rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
            image = box.grab().toImage()
            behind = box.palette().color(QPalette.ColorRole.Window)
            best = max(contrast(image.pixelColor(x, y), behind)
                       for x in range(rect.left(), rect.right() + 1) for y in range(rect.top(), rect.bottom() + 1))
            assert best >= 3, (box.text(), best)


def test_text_fields_show_their_frame_on_the_dark_window(qtbot, window):
    """Fusion framed a text field in the window colour darkened: on the dark theme the write line and the label
    field read as no fields at all (walk 104). Their frame reads at 3:1 (WCAG's minimum for a control) on the dark
    window, without the keyboard focus as with it."""
    window.show_area(window.recognize)
    window.theme_actions["dark"].trigger()
    QApplication.processEvents()
    try:
        fields = [window.recognize.write_line.field, window.collect_bar.label_edit]
        for field in fields:
            field.clearFocus()
            QApplication.processEvents()
            image = field.grab().toImage()
            behind = field.parentWidget().palette().color(QPalette.ColorRole.Window)
            edge = max(contrast(image.pixelColor(x, field.height() // 2), behind) for x in range(2))
            assert edge >= 3, (field.objectName() or field.placeholderText(), edge)
    finally:
        window.theme_actions["light"].trigger()


def test_the_width_slider_shows_when_it_has_keyboard_focus(qtbot, window):
    """Fusion drew a focused slider as an unfocused one: Tab reached the pen's Width slider and nothing showed
    which control the arrow keys now move. Its handle is ringed in the highlight colour while it has focus, in
    both themes."""
    slider = window.recognize.pen_slider
    window.show_area(window.recognize)
    for choice in ("light", "dark"):
        window.theme_actions[choice].trigger()
        QApplication.processEvents()
        highlight = slider.palette().color(QPalette.ColorRole.Highlight)

        def ringed() -> int:
            image = slider.grab().toImage()
            near = lambda c: max(abs(c.red() - highlight.red()), abs(c.green() - highlight.green()),  # noqa: E731
                                 abs(c.blue() - highlight.blue())) < 40
            return sum(near(image.pixelColor(x, y)) for x in range(image.width()) for y in range(image.height()))

        window.recognize.pad.setFocus()
        qtbot.waitUntil(lambda: not slider.hasFocus())
        unfocused = ringed()  # Fusion fills the groove left of the handle in the highlight colour
        slider.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(slider.hasFocus)
        assert ringed() >= unfocused + 20, choice


def test_a_tab_not_chosen_shows_its_capitals_accent(qtbot, window):
    """French "Évaluation" read "Evaluation" on a tab not chosen: its label was clipped to a rectangle shorter than
    the font. The accent's pixels are drawn above the E."""
    from PySide6.QtWidgets import QTabBar

    bar = QTabBar()
    qtbot.addWidget(bar)
    for text in ("Courbes", "Évaluation", "Evaluation"):
        bar.addTab(text)
    bar.setCurrentIndex(0)
    bar.show()
    qtbot.waitExposed(bar)
    image = bar.grab().toImage()

    def dark_rows(index: int) -> list[int]:
        rect = bar.tabRect(index)
        return [y for y in range(rect.top(), rect.bottom())
                if any(image.pixelColor(x, y).lightness() < 120 for x in range(rect.left() + 4, rect.right() - 4))]

    accented, plain = dark_rows(1), dark_rows(2)
    assert plain and accented and min(accented) < min(plain), (accented, plain)


def test_dialog_buttons_carry_no_stock_icons(qtbot, window):
    """About's and the shortcut list's OK showed Fusion's old bitmap (a green return arrow) beside the window's flat
    icons: dialog buttons are text alone."""
    from PySide6.QtWidgets import QDialogButtonBox, QStyle, QStyleFactory

    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    style = theme.OutlinedControls(QStyleFactory.create("Fusion"))
    assert style.styleHint(hint) == 0
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    buttons.setStyle(style)
    assert all(button.icon().isNull() for button in buttons.buttons())


def test_candidate_bars_run_on_a_dark_track_in_the_dark_theme(qtbot):
    """Near-white bar tracks glared from the dark window on a projector (a walk)."""
    from guiapp.qt.recognize.predictions import CandidateRow

    row = CandidateRow(1)
    qtbot.addWidget(row)
    row.resize(300, 30)
    row.set_candidate("7", 0.0)
    row.setPalette(theme.dark_palette())
    image = row.grab().toImage()
    track = image.pixelColor(image.width() - 80, image.height() // 2)  # right of the bar's empty start
    assert track.lightness() < 100, track.name()


def test_the_layer_views_headings_and_bars_follow_a_theme_switch(qtbot, tiny_digits_model):
    """Filters & feature maps: after dark → light → dark, a layer's heading stayed black on the dark window (a
    style sheet kept the colour of the theme it was made in: a walk); the bars are drawn again in the new colour."""
    import numpy as np

    from PySide6.QtWidgets import QLabel

    from guiapp.core.strokes import Drawing, Stroke
    from guiapp.qt.train.feature_maps import FeatureMapsView

    pytest.importorskip("tensorflow")
    app = QApplication.instance()
    view = FeatureMapsView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    try:
        theme.apply(app, "dark")
        view.set_model(str(tiny_digits_model))
        view.set_drawing(Drawing([Stroke(np.array([[60.0, 60.0], [200.0, 60.0], [120.0, 230.0]]))], 280.0, 280.0))
        qtbot.waitUntil(lambda: len(view.sections) >= 7, timeout=60_000)
        view.hide()  # switched while another tab was shown
        for choice in ("light", "dark"):
            theme.apply(app, choice)
        view.show()
        headings = [label for label in view.canvas.findChildren(QLabel)
                    if label.font().bold() or "bold" in label.styleSheet()]
        assert headings
        for label in headings:  # light text on the dark window, as drawn
            image = label.grab().toImage()
            brightest = max(image.pixelColor(x, y).lightness() for x in range(0, image.width(), 2)
                            for y in range(image.height()))
            assert brightest > 160, label.text()
            # and bold by its font: under X11 a style sheet kept the first theme's black (a walk's screenshot)
            assert not label.styleSheet()
    finally:
        theme.apply(app, "light")


def test_model_infos_curves_and_the_pads_guides_follow_the_theme(qtbot, window):
    """Switched to Light with Model info open, its curves kept the dark theme's shades; the pad's guides were 1.6:1
    on its white paper in the high-contrast theme (walk 134)."""
    from guiapp.qt.recognize.model_history import HistoryPlots
    from guiapp.qt.train.plots import DARK_SHADES, TRAIN_COLOR

    plots = HistoryPlots()
    qtbot.addWidget(plots)
    window.theme_actions["contrast"].trigger()
    qtbot.waitUntil(lambda: theme.is_dark(plots.palette()))  # (the palette's change reaches it as an event)
    plots.show_history({"loss": [0.9, 0.4], "accuracy": [0.6, 0.8]}, None)

    def train_colour():
        return plots.plots["loss"].listDataItems()[0].opts["pen"].color().getRgb()[:3]

    assert train_colour() == DARK_SHADES[TRAIN_COLOR]
    window.theme_actions["light"].trigger()
    qtbot.waitUntil(lambda: train_colour() == TRAIN_COLOR)
    from guiapp.qt.recognize.ink import CONTRAST_GUIDE, GUIDE, PAPER

    assert contrast(CONTRAST_GUIDE, PAPER) >= 4.5 > contrast(GUIDE, PAPER)
    window.theme_actions["contrast"].trigger()
    pad = window.recognize.pad
    pad.set_show_grid(True)
    layer = pad._layer()  # noqa: SLF001 — the cached paper the pad paints
    canvas = pad.canvas_rect()
    column = int(canvas.center().x())
    guides = [layer.pixelColor(column, y) for y in range(int(canvas.top()) + 10, int(canvas.bottom()) - 10)]
    assert max(contrast(pixel, PAPER) for pixel in guides) >= 3.5  # (drawn smoothed, a shade off its colour)


def test_a_progress_bars_text_is_one_colour_over_the_filled_part_and_the_rest(qtbot, window):
    """"stop|ped as the window closed": Fusion drew the text over the filled part in the highlight's text colour,
    half white, half black (walks 160, 163). One colour, the text's, in the light and dark themes."""
    bar = window.train_area.progress
    window.show_area(window.train_area)
    bar.setRange(0, 100)
    bar.setValue(50)
    bar.setFormat("MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM")  # ink on both halves
    for choice in ("light", "dark"):
        window.theme_actions[choice].trigger()
        palette = QApplication.palette()
        text = palette.color(QPalette.ColorRole.Text).lightness()
        other = palette.color(QPalette.ColorRole.HighlightedText).lightness()
        assert other > text + 20  # white, against black or light grey

        def filled() -> list[int]:
            image = bar.grab().toImage()
            return [image.pixelColor(x, y).lightness()
                    for x in range(4, bar.width() // 2 - 4) for y in range(4, bar.height() - 4)]

        # the text's colour over the fill (its glyphs' cores), never the highlight's text colour
        qtbot.waitUntil(lambda: min(abs(light - text) for light in filled()) <= 10)
        assert max(filled()) < other - 20, choice
