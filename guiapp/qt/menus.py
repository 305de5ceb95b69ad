"""The main window's menus: File, Edit, View, Help (the Help menu's contents are :mod:`guiapp.qt.help_menu`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from guiapp import DISPLAY_NAME
from guiapp.qt import zoom
from guiapp.qt.help_menu import show_about, show_getting_started, show_shortcuts
from guiapp.qt.recognize.model_picker import bundled_models
from guiapp.qt.i18n import key_names, translate

def _action(window, text: str, slot, shortcut=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def build_menus(window) -> None:
    """Menus of ``window`` (a MainWindow). Edit's stroke actions belong to the Recognize tab (its shortcuts only
    act while focus is there), so they are shared, not copied."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("menus", "&File"))
    window.open_model_action = _action(window, translate("menus", "&Open model…"), window.open_model_dialog,
                                       QKeySequence.StandardKey.Open)
    file_menu.addAction(window.open_model_action)
    window.recent_menu = file_menu.addMenu(translate("menus", "Open &recent"))
    window.bundled_menu = file_menu.addMenu(translate("menus", "&Bundled models"))
    file_menu.addSeparator()
    file_menu.addAction(_action(window, translate("menus", "Open &image…"), window.open_image_dialog, "Ctrl+I"))
    file_menu.addAction(_action(window, translate("menus", "&Paste image"), window.paste_image, QKeySequence.StandardKey.Paste))
    file_menu.addAction(_action(window, translate("menus", "&Save drawing as image…"), window.save_drawing_dialog, "Ctrl+Shift+S"))
    file_menu.addAction(_action(window, translate("menus", "Save c&hart as picture…"), lambda: _save_chart(window)))
    file_menu.addSeparator()
    file_menu.addAction(_action(window, translate("menus", "&Model info…"), window.show_model_info))
    file_menu.addAction(_action(window, translate("menus", "Export mo&del…"), window.export_model_dialog))
    file_menu.addSeparator()
    for action in window.datasets_area.menu_actions():
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(_action(window, translate("menus", "E&xport project…"), window.export_project_dialog))
    file_menu.addAction(_action(window, translate("menus", "Import pro&ject…"), window.import_project_dialog))
    file_menu.addSeparator()
    file_menu.addAction(_action(window, translate("menus", "&Quit"), window.close, QKeySequence.StandardKey.Quit))
    rebuild_bundled_menu(window)
    # The one on the pad ticked, as View ticks its theme (nothing said which was in use: walk 104)
    window.bundled_menu.aboutToShow.connect(lambda: [action.setChecked(action.data() == window.current_model_path())
                                                     for action in window.bundled_menu.actions() if action.isCheckable()])
    window.rebuild_recent_menu = lambda: rebuild_recent_menu(window)
    rebuild_recent_menu(window)

    panel = window.recognize
    window.edit_menu = edit_menu = bar.addMenu(translate("menus", "&Edit"))
    edit_menu.aboutToShow.connect(lambda: fill_edit_menu(window))
    fill_edit_menu(window)

    view_menu = bar.addMenu(translate("menus", "&View"))
    names = (translate("menus", "&Recognize"), translate("menus", "&Datasets"), translate("menus", "&Train"))
    for index, name in enumerate(names):
        view_menu.addAction(_action(window, name, lambda checked=False, i=index: window.show_tab(i),
                                    f"Ctrl+{index + 1}"))
    view_menu.addSeparator()
    view_menu.addAction(panel.grid_action)  # the pen toolbar's Grid
    window.grid_action = panel.grid_action
    view_menu.addSeparator()
    window.theme_actions = _choice_menu(view_menu.addMenu(translate("menus", "T&heme")), window, theme_choices(), window.settings.theme,
                                        window.set_theme)
    language = translate("menus", "&Language")
    if language.replace("&", "") != "Language":  # named in English too: one lost in a language she is learning
        language += " / Language"                # finds her way back (walk 110)
    window.language_actions = _choice_menu(view_menu.addMenu(language), window, language_choices(),
                                           window.settings.language, window.set_language)
    zoom_menu = view_menu.addMenu(translate("menus", "&Zoom"))
    window.zoom_actions = _choice_menu(zoom_menu, window, zoom.choices(), window.settings.scale, window.set_zoom)
    zoom_menu.aboutToShow.connect(lambda: zoom.mark_unfit(window, window.zoom_actions))

    help_menu = bar.addMenu(translate("menus", "&Help"))
    help_menu.addAction(_action(window, translate("menus", "&Getting started"), lambda: show_getting_started(window)))
    help_menu.addAction(_action(window, translate("menus", "&Keyboard shortcuts"), lambda: show_shortcuts(window), "F1"))
    window.about_action = _action(window, translate("menus", "&About {0}").format(DISPLAY_NAME), lambda: show_about(window))
    help_menu.addAction(window.about_action)
    window.show_about = lambda: show_about(window)


def fill_edit_menu(window) -> None:
    """The Edit menu edits what the shown tab shows: the pad's strokes, the Datasets tab's samples and datasets, the
    Train tab's runs (the pad's Undo under the Datasets tab undid an unseen stroke). Filled as it opens."""
    menu = window.edit_menu
    for action in menu.actions():
        menu.removeAction(action)  # the panels own their actions; ones made here are the menu's children
        if action.parent() is menu:
            action.deleteLater()
    area = window.tabs.currentWidget()
    if area is window.datasets_area:
        actions = window.datasets_area.edit_menu_actions(menu)
    elif area is window.train_area:
        runs = window.train_area.runs_view
        undo = QAction(translate("menus", "&Undo deleting runs") + "\t" + key_names("Ctrl+Z"), menu,
                       triggered=lambda checked=False: runs.undo_delete())
        undo.setEnabled(bool(runs.deleted))
        actions = [undo, None]
        actions += [_button_action(menu, runs.rename_button, translate("menus", "&Rename run…")),
                    _button_action(menu, runs.delete_button, translate("menus", "&Delete run…"))]
    else:
        panel = window.recognize
        panel.update_stroke_actions()  # Undo names what it takes back: a dataset renamed since by its new name
        actions = [panel.undo_action, panel.redo_action, panel.clear_action, None, panel.pen_action,
                   panel.eraser_action, None, panel.write_action, panel.copy_action, None]
        # Teach… and Collect… were only buttons, four Tabs from the pad (a fresh-eyes walk, keyboard only).
        actions += [_button_action(menu, panel.teach_button, translate("menus", "&Teach new characters…")),
                    _button_action(menu, panel.collect_bar.collect_button, translate("menus", "C&ollect drawings…")),
                    None, panel.lookup_action]
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)


def _save_chart(window) -> None:
    from guiapp.qt.picture_menu import save_shown_chart  # (the charts' module, once one is shown)

    save_shown_chart(window)


def _button_action(menu, button, text: str) -> QAction:
    """An Edit menu entry that presses ``button`` (a panel's own), enabled as the button is."""
    action = QAction(text, menu, triggered=lambda checked=False: button.click())
    action.setEnabled(button.isEnabled())
    return action


def theme_choices() -> list[tuple[str, str]]:
    return [("system", QCoreApplication.translate("menus", "&System")),
            ("light", QCoreApplication.translate("menus", "&Light")),
            ("dark", QCoreApplication.translate("menus", "&Dark")),
            ("contrast", QCoreApplication.translate("menus", "&High contrast"))]


def language_choices() -> list[tuple[str, str]]:
    """"" follows the system; every language is written in itself, so a user lost in a foreign one finds theirs."""
    from guiapp.qt.i18n import LANGUAGES

    return [("", QCoreApplication.translate("menus", "&System language"))] + list(LANGUAGES.items())


def _choice_menu(menu, window, choices, current: str, choose) -> dict[str, QAction]:
    """One checkable action per (value, label), exclusive; choosing one calls ``choose(value)``."""
    group = QActionGroup(menu)
    actions = {}
    for value, label in choices:
        action = QAction(label, menu, checkable=True)
        action.setChecked(value == current)
        action.triggered.connect(lambda checked=False, v=value: choose(v))
        group.addAction(action)
        menu.addAction(action)
        actions[value] = action
    return actions


def numbered(number: int, name: str) -> str:
    """A listed name with its number as its Alt key ("&1 Digits"): the lists of models had none, and a name such as
    数字 has no letter to give one (walk 115)."""
    shown = name.replace("&", "&&")
    return f"&{number} {shown}" if number < 10 else shown


def rebuild_recent_menu(window) -> None:
    menu = window.recent_menu
    menu.clear()
    recent = window.settings.recent_models()
    from guiapp.qt.recognize.model_picker import model_display_name

    for number, path in enumerate(recent, 1):
        # by what each is, as the model list names it: every run's file is model.h5, and two runs read alike (walk 105)
        name = model_display_name(path) if Path(path).is_file() else Path(path).name
        menu.addAction(_action(window, numbered(number, name), lambda checked=False, p=path: window.use_model(p)))
        menu.actions()[-1].setToolTip(path)
    if not recent:
        menu.addAction(translate("menus", "(none yet)")).setEnabled(False)


def rebuild_bundled_menu(window) -> None:
    menu = window.bundled_menu
    menu.clear()
    models = bundled_models()
    for number, (name, path) in enumerate(models, 1):
        action = _action(window, numbered(number, name), lambda checked=False, p=str(path): window.use_model(p))
        action.setCheckable(True)
        action.setData(str(path))
        menu.addAction(action)
    if not models:
        menu.addAction(translate("menus", "(no bundled models installed)")).setEnabled(False)
