"""Accessibility (issue #20): every control a keyboard reaches has a name for a screen reader, and Tab walks each
area in reading order: the pad tools are on the path and the first Tab in Recognize lands on the pad."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from guiapp.qt.a11y import _card_of, accessible_name, needs_name  # _card_of: the card a widget sits in
from guiapp.qt.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    window = MainWindow(start_backend=False)
    window.train_area._asked_tensorflow = True  # no training process: these tests only read the widgets
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def tab_walk(qtbot, start: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets real Tab presses visit from ``start`` until the focus comes back round."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    visited: list[QWidget] = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start or widget in visited:
            return visited
        visited.append(widget)
    raise AssertionError("Tab never came back round")


def controls(area: QWidget) -> list[QWidget]:
    return [w for w in area.findChildren(QWidget) if w.isVisible() and w.isEnabled() and needs_name(w)]


def check_area(qtbot, window, area) -> list[QWidget]:
    window.show_area(area)
    visited = tab_walk(qtbot, window.tabs.tabBar())
    unnamed = [type(w).__name__ for w in visited if not accessible_name(w)]
    assert not unnamed, f"no accessible name: {unnamed}"
    missed = [f"{type(w).__name__} {accessible_name(w)!r}" for w in controls(area) if w not in visited]
    assert not missed, f"not reachable with Tab: {missed}"
    return visited


def test_recognize_tab_order_reaches_the_pad_tools(qtbot, window):
    from qt.recognize_helpers import draw_one

    panel = window.recognize
    # On an empty pad Undo, Redo and Clear have nothing to do and say so (they are skipped by Tab then); with two
    # strokes, one undone, each has something to do.
    assert not any(a.isEnabled() for a in (panel.undo_action, panel.redo_action, panel.clear_action))
    draw_one(panel.pad)
    draw_one(panel.pad)
    panel.undo()
    assert all(a.isEnabled() for a in (panel.undo_action, panel.redo_action, panel.clear_action))
    line = panel.write_line
    line.set_labels(["は", "ば"])  # a kana model's line has the turn key (a digits model's has none) …
    line.field.setText("は")  # … and it has something to turn (は → ば)
    assert line.turn_button.isEnabled()
    visited = check_area(qtbot, window, panel)
    assert visited[0] is panel.pad, "the first Tab lands on the pad"
    assert visited[1] is panel.picker, "then the model choice"
    tool = panel.toolbar.widgetForAction
    tools = [tool(a) for a in (panel.pen_action, panel.eraser_action, panel.undo_action, panel.redo_action,
                               panel.clear_action)]
    positions = [visited.index(w) for w in tools]
    assert positions == sorted(positions)
    assert max(positions) < visited.index(panel.write_line.field), "the tools come before the text line"
    # "Show where it looked" belongs to what the model sees, beside the candidates: before the text line (it came
    # after the collect bar).
    assert visited.index(panel.saliency_box) < visited.index(panel.write_line.field)
    names = [accessible_name(w) for w in tools]
    assert names == ["Pen", "Erase strokes", "Undo stroke", "Redo stroke", "Clear pad"]
    # The turn and punctuation keys in their places on the line, not after the whole collect bar.
    order = [visited.index(w) for w in (line.field, line.write_button, line.turn_button, line.punctuation_button,
                                        line.backspace_button, line.copy_button)]
    assert order == sorted(order) and order[-1] - order[0] == 5, order
    assert accessible_name(line.punctuation_button) == "Punctuation"
    assert accessible_name(panel.write_line.backspace_button) == "Delete the character before the cursor"  # not "⌫"
    # Tools that do not fit are behind the toolbar's "»" (a narrow screen's larger font): Tab reaches it.
    panel.toolbar.setMaximumWidth(200)
    overflow = panel.toolbar.findChild(QWidget, "qt_toolbar_ext_button")
    qtbot.waitUntil(overflow.isVisible)
    visited = tab_walk(qtbot, window.tabs.tabBar())
    assert overflow in visited and accessible_name(overflow) == "More tools"
    shown = [w for w in tools if w in visited]  # the others are in its menu
    assert shown and visited.index(shown[-1]) < visited.index(overflow) < visited.index(line.field)
    assert panel.eraser_action.toolTip() in tools[1].accessibleDescription()


def test_pad_tools_act_from_the_keyboard(qtbot, window):
    panel = window.recognize
    eraser = panel.toolbar.widgetForAction(panel.eraser_action)
    eraser.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(eraser, Qt.Key.Key_Space)
    assert panel.pad.eraser()


def test_pad_shows_a_focus_ring(qtbot, window):
    pad = window.recognize.pad
    card = _card_of(pad)  # (the note under the pad shares the card with it)
    assert card is not None and card.objectName() == "card"
    window.recognize.picker.setFocus()
    qtbot.waitUntil(lambda: not card.property("focused"))
    pad.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: bool(card.property("focused")))
    ring = card.grab().toImage().pixelColor(1, card.height() // 2)
    assert ring == card.palette().highlight().color()


def test_datasets_area_names_and_order(qtbot, window):
    visited = check_area(qtbot, window, window.datasets_area)
    names = [accessible_name(w) for w in visited]
    assert names.index("Datasets") < names.index("Samples")
    assert "Class" in names and "Split" in names
    # The sample's scroll area is a stop (its keys scroll the details), with a ring of its own (walk 107: a Tab stop
    # with no visible focus)
    from guiapp.qt.datasets.sample_view import SampleView

    scroll = window.datasets_area.findChild(SampleView)._scroll
    assert scroll in visited

    def edge():
        return scroll.grab().toImage().pixelColor(1, scroll.height() // 2)

    window.tabs.tabBar().setFocus()
    unfocused = edge()
    scroll.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(scroll.hasFocus)
    assert edge() != unfocused


def test_train_area_names_and_order(qtbot, window):
    visited = check_area(qtbot, window, window.train_area)
    names = [accessible_name(w) for w in visited]
    for name in ("Data", "Model", "Epochs", "Optimizer", "Learning rate", "Device", "Start"):
        assert name in names
    assert names.index("Epochs") < names.index("Optimizer") < names.index("Device")
    # Augment's "preview" link: on the path after Augment, and Enter opens the preview (only the mouse could).
    assert names.index("Augment") < names.index("Preview augmented samples") < names.index("Device")
    fields = window.train_area.settings
    link = fields.augment_preview
    link.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(fields.augmentPreviewRequested, timeout=2000):
        qtbot.keyClick(link, Qt.Key.Key_Return)
    # The settings' scroll area is no stop of its own: it showed no focus (its settings scroll into view).
    assert "Training settings" not in names


def test_train_results_pages_names_and_order(qtbot, window):
    """Every page under the training results (How it learned's epoch slider, Draw what it confuses…) is named and
    on the Tab path once its controls are in use."""
    area = window.train_area
    area.scrubber.slider.setRange(1, 3)
    area.scrubber.slider.setEnabled(True)
    area.evaluation.drill_button.show()
    for page in range(area.tabs.count()):
        area.tabs.setCurrentIndex(page)
        visited = check_area(qtbot, window, area)
        if area.tabs.currentWidget() is area.scrubber:
            assert area.scrubber.slider in visited and accessible_name(area.scrubber.slider) == "Epoch"
        if area.tabs.currentWidget() is area.evaluation:
            assert area.evaluation.drill_button in visited
        if area.tabs.currentWidget() is area.curves_tab:
            # the legend after the tabs, its tooltip read from the keyboard (walk 167); no stop in a plot, which
            # shows no focus
            tabs = visited.index(area.tabs.tabBar())
            assert visited[tabs + 1] is area.plots.epoch_legend, visited
            assert not [w for w in visited if type(w.parentWidget()).__name__ == "PlotWidget"]


def test_dialogs_name_their_controls(qtbot, window):
    from guiapp.qt.datasets.download_dialog import DownloadDialog
    from guiapp.qt.recognize.model_info import ModelInfoDialog

    for dialog in (DownloadDialog(window), ModelInfoDialog(window)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        unnamed = [type(w).__name__ for w in controls(dialog) if not accessible_name(w)]
        assert not unnamed, f"{dialog.windowTitle()}: no accessible name: {unnamed}"
        dialog.close()


def test_every_menu_action_has_a_keyboard_path(window):
    """Each menu entry has a mnemonic (Alt path) or a shortcut, the lists of models by their numbers (walk 115); the
    languages, named in themselves, are reached with the arrow keys once their menu is open."""
    from PySide6.QtWidgets import QMenu

    missing = []
    for menu in window.menuBar().findChildren(QMenu):
        if set(menu.actions()) == set(window.language_actions.values()):
            continue
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None or not action.isEnabled():
                continue
            if "&" not in action.text() and action.shortcut().isEmpty():
                missing.append(action.text())
    assert not missing, f"no mnemonic or shortcut: {missing}"
    for top in window.menuBar().actions():
        assert "&" in top.text()


def test_naming_controls_leaves_every_combo_box_list_alive(qtbot, window):
    """Naming a scroll area's children once asked PySide for its viewport, which tied two wrappers in a cycle whose
    collection deleted the scroll area: the Recognize area's Dataset list opened 2 px tall, nothing to click."""
    import gc

    from PySide6.QtWidgets import QComboBox

    for area in range(window.tabs.count()):
        window.tabs.setCurrentIndex(area)  # every area shown: the filter names what is shown
        qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
    window.tabs.setCurrentIndex(0)
    gc.collect()
    combos = window.findChildren(QComboBox)
    assert combos and all(combo.view().model() is combo.model() for combo in combos)
    combo = window.recognize.collect_bar.dataset_combo
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible())
    gc.collect()
    assert combo.view().height() >= combo.count() * combo.view().sizeHintForRow(0) > 0
    combo.hidePopup()


def test_tab_moves_on_from_a_filled_read_only_table(qtbot, window):
    """A tester's Tab from the Dataset field entered the layer table and then went from cell to cell, wrapping
    round (Shift+Tab too): Epochs … Start could not be reached from the keyboard. Tab moves on from every table
    that is only read."""
    from PySide6.QtWidgets import QTableView

    from guiapp.qt.train.preset_view import describe_choice

    area = window.train_area
    window.show_area(area)
    area.settings.show_description(describe_choice("digits", 20, "keras-tutorial"))
    table = area.settings.layer_table
    assert table.rowCount() > 2 and not table.isVisible()  # on demand: it took the settings' column at 1024×640
    area.settings.description.layers_button.click()
    assert table.isVisible()
    names = [accessible_name(w) for w in tab_walk(qtbot, table)]
    assert "Epochs" in names and "Start" in names
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not table
    tables = window.findChildren(QTableView)
    assert area.runs_view.table in tables and not [t for t in tables if t.tabKeyNavigation()]


def test_a_setting_that_takes_the_focus_from_outside_is_scrolled_into_view(qtbot, window):
    """Qt scrolls a scroll area to a child that Tab reaches from another child, not to one the focus reaches from
    outside: Tab from the Train tab stopped on the Dataset list, scrolled out of view (a fresh-eyes walk)."""
    area = window.train_area
    window.show_area(area)
    window.resize(1024, 640)
    settings = area.settings
    scroll = settings.parentWidget().parentWidget()  # the scroll area's viewport, then the area
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    area.start_button.setFocus(Qt.FocusReason.OtherFocusReason)  # outside the settings
    settings.dataset.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().value() == 0)


def test_enter_on_a_focused_button_presses_it(qtbot, window):
    """Keyboard only: Enter on the focused Collect… and then Start went to the window's Enter shortcut (write or
    add the drawing) and nothing happened; Qt presses buttons with Enter only in dialogs."""
    bar = window.recognize.collect_bar
    bar.collect_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.collect_button.hasFocus)
    qtbot.keyClick(bar.collect_button, Qt.Key.Key_Return)
    qtbot.waitUntil(bar.collect_button.isChecked)  # the collect row opened
    bar.classes_edit.setText("a b")
    bar.start_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.start_button.hasFocus)
    with qtbot.waitSignal(bar.collectionStarted, timeout=5000):
        qtbot.keyClick(bar.start_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert bar.collecting()
    # A check box is not pressed by Enter (Space ticks it): Enter after ticking "Show where it looked" untied it
    box = window.recognize.saliency_box
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.hasFocus)
    ticked = box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.isChecked() == ticked


def test_teach_and_collect_are_in_the_edit_menu(qtbot, window):
    """They were only buttons, four Tabs from the pad: Edit has them with a mnemonic each."""
    from guiapp.qt.menus import fill_edit_menu

    window.tabs.setCurrentWidget(window.recognize)
    fill_edit_menu(window)
    found = {action.text(): action for action in window.edit_menu.actions()}
    assert "&Teach new characters…" in found
    found["C&ollect drawings…"].trigger()
    assert window.recognize.collect_bar.collect_button.isChecked()
    window.recognize.collect_bar.collect_button.setChecked(False)


def test_a_kanji_is_looked_up_by_its_meaning_or_reading_and_written(qtbot, window, monkeypatch):
    """No bundled model reads a kanji drawn, and the lookup by reading or meaning was only inside Teach… (walk 146):
    Edit → Look up a kanji… writes the kanji chosen in the text line. (The list of kanji a reading or a meaning
    offers, on the dialog's line, is Teach…'s: see test_teach_flow.)"""
    from PySide6.QtWidgets import QInputDialog

    from guiapp.qt.menus import fill_edit_menu

    window.tabs.setCurrentWidget(window.recognize)
    fill_edit_menu(window)
    look_up = {action.text(): action for action in window.edit_menu.actions()}["Look up a &kanji…"]
    asked = []
    line = window.recognize.write_line
    line.set_text("")
    said = []
    for typed, written in (("山", "山"), ("kawa", "山川")):  # chosen from the list; a reading sent with Enter (its
        # first kanji)
        monkeypatch.setattr(QInputDialog, "getText", lambda *args, typed=typed: asked.append(args[1:3]) or (typed, True))
        look_up.trigger()
        assert line.text() == written
        said.append(window.statusBar().currentMessage())
    # Nothing found: asked again, what was typed still there, and how to look up a word (walk 164: "gakkou" closed
    # the dialog and was lost); then Cancel
    answers = iter([("gakkou", True), ("", False)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: asked.append(args[1:]) or next(answers))
    look_up.trigger()
    assert line.text() == "山川" and asked[-1][-1] == "gakkou"
    assert asked[-1][1].endswith("\n\nNo kanji found for “gakkou”. Type one kanji's reading or meaning at a time: "
                                 "学校 is gaku, then kou.")
    # what was written, as the list showed it (its readings and meanings went with the list: walk 154), and where
    # a reading's first kanji was taken, that the list has the others (OK with "kou" typed wrote 口, of dozens)
    assert said[0].startswith("Wrote 山  ") and "mountain" in said[0] and "the first of" not in said[0]
    # and how it is written, beside the pad (walk 164 found the stroke order nowhere near the lookup): the last one
    # looked up, 川
    from PySide6.QtWidgets import QLabel

    shown = window.lookup_order
    qtbot.waitUntil(shown.isVisible)
    assert shown.findChild(QLabel).text() == "川: 3 strokes, in the order they are written"
    shown.close()
    assert said[1].startswith("Wrote 川  ") and "kawa" in said[1] and "river" in said[1], said[1]
    assert " · the first of the kanji found for “kawa”; " in said[1]
    assert " others are in the list as you type" in said[1]
    # Ctrl+K, from the pad, where a keyboard walk looked for it (walk 147)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("kawa", True))
    window.recognize.pad.setFocus()
    qtbot.waitUntil(window.recognize.pad.hasFocus)
    qtbot.keyClick(window.recognize.pad, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert line.text() == "山川川"
    assert asked[0] == ("Look up a kanji", "Type a kanji's reading or meaning (yama, やま, mountain) and choose it "
                                           "from the list: it is written in the text line.")



def test_the_kanji_chosen_in_the_lookups_list_is_written_at_once_and_a_typo_is_said_as_typed(qtbot, window):
    """Choosing 山 in the list only filled the dialog's line, OK was a second step, and "mountian" showed an empty
    list, refused only after OK (walk 159)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QToolTip

    from guiapp.qt.kanji_lookup import KanjiCompleter, look_up_kanji

    line = window.recognize.write_line
    line.set_text("")
    tips = []

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        lookup = dialog.findChild(KanjiCompleter) if isinstance(dialog, QInputDialog) else None
        if lookup is None:  # (attached once the dialog is up)
            QTimer.singleShot(10, in_the_dialog)
            return
        QTest.keyClicks(lookup.widget(), "mountian")
        tips.append(QToolTip.text() if QToolTip.isVisible() else "")
        lookup.widget().setText("")
        QTest.keyClicks(lookup.widget(), "mountain")
        QTest.keyClick(lookup.popup(), Qt.Key.Key_Down)
        QTest.keyClick(lookup.popup(), Qt.Key.Key_Return)  # chosen: the dialog closes with it
        # (a safety net, never a measurement: a dialog left open would hang the test)
        QTimer.singleShot(10_000, dialog, lambda: (tips.append("still open"), dialog.reject()))

    QTimer.singleShot(0, in_the_dialog)
    assert look_up_kanji(window) == "山" and line.text() == "山"
    assert tips == ["No kanji found for “mountian”"]


def test_the_dataset_list_s_arrow_keys_go_over_group_headings(qtbot):
    """Keyboard only, Home then Down stayed on the "Built-in" heading and Up from the last dataset stayed on
    "Installed" (walk 115): the arrows go from dataset to dataset, as the person reads the list."""
    from guiapp.qt.datasets.listing import DatasetList, NameRole

    listing = DatasetList()
    qtbot.addWidget(listing)
    listing.refresh()
    listing.show()
    listing.setFocus()
    names = [listing.topLevelItem(g).child(i).data(0, NameRole) for g in range(listing.topLevelItemCount())
             for i in range(listing.topLevelItem(g).childCount())]
    names = [name for name in names if name]  # (not the hint of a dataset not made yet)
    with qtbot.waitSignal(listing.datasetChosen):
        qtbot.keyClick(listing, Qt.Key.Key_Home)
    assert listing.current_name() == names[0]
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    assert listing.current_name() == names[1]
    qtbot.keyClick(listing, Qt.Key.Key_End)
    assert listing.current_name() == names[-1]
    for name in reversed(names[:-1]):  # up over every heading between, to the first
        qtbot.keyClick(listing, Qt.Key.Key_Up)
        assert listing.current_name() == name
    qtbot.keyClick(listing, Qt.Key.Key_Up)
    assert listing.current_name() == names[0]
    # Focus first given to the list puts its cursor on the "Built-in" heading: Down goes to the first dataset (every
    # arrow was swallowed there, choosing a heading that cannot be chosen: walk 167)
    fresh = DatasetList()
    qtbot.addWidget(fresh)
    fresh.refresh()
    fresh.show()
    fresh.setFocus()
    qtbot.waitUntil(fresh.hasFocus)
    assert fresh.currentItem() is fresh.topLevelItem(0) and fresh.current_name() is None
    with qtbot.waitSignal(fresh.datasetChosen):
        qtbot.keyClick(fresh, Qt.Key.Key_Down)
    assert fresh.current_name() == names[0]


def test_ctrl_and_a_tab_s_number_puts_the_focus_where_its_work_starts(qtbot, window):
    """After Ctrl+3 no focus was to be seen and the first Tab landed anywhere (walk 115, keyboard only): each of
    View's tab shortcuts leaves the focus on a control of the tab, the one its work starts from."""

    actions = {action.shortcut().toString(): action for action in window.findChildren(QAction)
               if action.shortcut().toString() in ("Ctrl+1", "Ctrl+2", "Ctrl+3")}
    for key, start in (("Ctrl+3", window.train_area.settings.dataset), ("Ctrl+2", window.datasets_area.list),
                       ("Ctrl+1", window.recognize.pad)):
        actions[key].trigger()
        qtbot.waitUntil(lambda start=start: QApplication.focusWidget() is start)
    window.show_tab(2)
    window.train_area.start_button.setFocus()  # a control of the tab already focused keeps the focus
    window.show_tab(2)
    assert QApplication.focusWidget() is window.train_area.start_button
    # A click (a stroke drawn) hides the focus ring, as Qt does; any key shows it again, on whatever has the focus:
    # back on a tab, after a model chosen with the arrows, or a dialog closed, no ring showed (walk 145)
    ring = Qt.WidgetAttribute.WA_KeyboardFocusChange
    QTest.mouseClick(window.train_area.start_button, Qt.MouseButton.RightButton)
    assert not window.testAttribute(ring)
    QTest.keyClick(window.train_area.start_button, Qt.Key.Key_Shift)
    assert window.testAttribute(ring)


def test_closing_model_info_gives_the_window_the_keyboard_back(qtbot, window):
    """With no window manager no window had the keyboard after Model info (not modal) was closed, and Ctrl+2 did
    nothing until a click (walk 141)."""
    window.show_model_info()
    dialog = window.model_info_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.close()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_the_chart_in_view_is_saved_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    """A right-click was the only way to save a chart, and a teacher found none (walk 147): File → Save chart as
    picture… saves the chart in view; with none in view it says which can be."""
    from guiapp.qt import file_dialogs

    actions = {action.text(): action for action in window.menuBar().actions()[0].menu().actions()}
    save = actions["Save c&hart as picture…"]
    window.tabs.setCurrentWidget(window.recognize)
    said = []
    window.statusBar().messageChanged.connect(said.append)
    save.trigger()
    assert any(message.startswith("No chart is in view") for message in said), said
    window.tabs.setCurrentWidget(window.train_area)
    window.train_area.tabs.setCurrentWidget(window.train_area.curves_tab)
    qtbot.waitUntil(lambda: window.train_area.curves_tab.is_built() and window.train_area.plots.isVisible())
    offered = []
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *args: offered.append(args[3]) or str(tmp_path / "c.png"))
    save.trigger()
    assert offered == ["curves.png"] and (tmp_path / "c.png").is_file()
    window.train_area.tabs.setCurrentWidget(window.train_area.evaluation)  # the matrix, named without a space
    qtbot.waitUntil(lambda: window.train_area.evaluation.heatmap.isVisible())
    save.trigger()
    assert offered[-1] == "confusion-matrix.png"
