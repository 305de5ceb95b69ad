"""Accessibility in one place: names for screen readers, the keyboard path through each area, a visible focus.

Most controls already carry a caption or a tooltip; a screen reader only reads the first for buttons and nothing
at all for a bare combo box, slider, line edit or custom widget. :func:`install` adds an application-wide filter
that, when a control is first polished, gives it a name from what a sighted user reads next to it (its label's
buddy, its form label, its placeholder, its tooltip) and keeps the tooltip as the description. So a control added
later by anyone is named without extra code, and a name set explicitly is never overwritten.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea, QAbstractSpinBox,
                               QApplication, QCheckBox, QComboBox, QDialog, QFormLayout, QFrame, QLabel, QLineEdit,
                               QRadioButton, QScrollArea, QToolBar, QToolButton, QWidget)

from guiapp.qt.i18n import translate

FOCUS_RING = "focusRing"  # a widget with this property set shows its card's border in the highlight colour


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces for ``widget``: its accessible name, else what Qt's interface reports
    (on Linux Qt reports a combo box's current item as its name and relies on the label relation, so the
    explicit name is read first)."""
    if widget.accessibleName():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _first_sentence(text: str) -> str:
    plain = re.sub(r"<[^>]+>", "", text).strip()
    return re.split(r"(?<=[.:;])\s|\n", plain, maxsplit=1)[0].rstrip(".:; ")


def _label_for(widget: QWidget) -> str:
    """The text of the label a sighted user reads beside ``widget`` (a buddy, or its row in a form)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    for other, _relation in (interface.relations(QAccessible.RelationFlag.Label) if interface else []):
        text = other.text(QAccessible.Text.Name).replace("&", "").rstrip(": ")
        if text:
            return text
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text().replace("&", "").rstrip(": ")
    layout = parent.layout()
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel) and label.text():
            return label.text().replace("&", "").rstrip(": ")
    return ""


def name_control(widget: QWidget) -> None:
    """Give ``widget`` a name (and a description) when a screen reader would otherwise get none or a bare symbol."""
    if not needs_name(widget):
        return
    tip = widget.toolTip()
    interface = QAccessible.queryAccessibleInterface(widget)
    current = interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
    # empty, a bare symbol such as ⌫, or a combo box's current item (it says what is chosen, not what for)
    if not widget.accessibleName() and (isinstance(widget, QComboBox) or not re.search(r"\w", current)):
        placeholder = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
        name = _label_for(widget) or _first_sentence(tip) or _first_sentence(placeholder) or current
        if name:
            widget.setAccessibleName(name)
    if tip and not widget.accessibleDescription() and accessible_name(widget) != tip.strip():
        widget.setAccessibleDescription(re.sub(r"<[^>]+>", "", tip))


def needs_name(widget: QWidget) -> bool:
    """Whether a screen reader lands on ``widget`` by itself: not the editor inside a spin box or combo box, not
    a scroll area's viewport, not a widget that hands its focus to another (a tab widget to its tab bar)."""
    parent = widget.parentWidget()
    if widget.focusProxy() is not None or isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return False
    # Not parent.viewport(): in PySide6 6.11 that call ties the viewport's and the scroll area's wrappers in a cycle
    # whose collection deletes the scroll area, and a combo box's popup list went with it (it opened 2 px tall).
    if isinstance(parent, QAbstractScrollArea) and widget.objectName() == "qt_scrollarea_viewport":
        return False
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def name_controls(root: QWidget) -> None:
    for widget in [root, *root.findChildren(QWidget)]:
        name_control(widget)


def focusable_toolbar(bar: QToolBar) -> None:
    """QToolBar's buttons take no focus by default, which left Eraser, Undo, Redo and Clear out of the Tab path."""
    for action in bar.actions():
        button = bar.widgetForAction(action)
        if isinstance(button, QAbstractButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            if not button.accessibleName():
                button.setAccessibleName(action.text().replace("&", "").split("\t")[0])
            if action.toolTip() and not button.accessibleDescription():
                button.setAccessibleDescription(action.toolTip())


def toolbar_overflow(bar: QToolBar) -> QWidget:
    """The toolbar's "»" button, which shows the tools a narrow window has no room for: on the Tab path (it took no
    focus, so those tools were out of the keyboard's reach at the window's minimum width), named for a screen
    reader."""
    button = bar.findChild(QToolButton, "qt_toolbar_ext_button")  # Qt's own name for it
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.setAccessibleName(translate("a11y", "More tools"))
    return button


def chain(*widgets: QWidget) -> None:
    """Tab order through ``widgets`` as listed (an area's reading order, not the order they were created in)."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)


class _FocusFollower(QObject):
    """Scrolls its scroll area to the widget inside it that takes the focus (see :func:`follow_focus`); a child of the
    area, so the connection ends with it."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        QApplication.instance().focusChanged.connect(self.follow)

    def follow(self, _old, new) -> None:
        inside = self.scroll.widget()
        if new is not None and inside is not None and inside.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new)


def follow_focus(scroll: QScrollArea) -> None:
    """Scroll ``scroll`` to whatever inside it takes the keyboard focus. Qt does so for Tab between its children,
    not for focus arriving from outside: Tab from the Train tab into its settings stopped on the Dataset list,
    scrolled out of view (a fresh-eyes walk)."""
    _FocusFollower(scroll)


def read_only_table(table: QAbstractItemView) -> None:
    """A table that is only read: no editing, and Tab moves on to the next control. QTableView's Tab steps from
    cell to cell and wraps round, so Tab, Shift+Tab and Ctrl+Tab never left it: the controls after it (Epochs …
    Start, beside the Train area's layer table) could not be reached from the keyboard. The arrow keys still move
    inside it."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)


def tip_on_focus(widget: QWidget) -> None:
    """``widget`` (a label whose tooltip explains it) reached by Tab, its tooltip shown while it has the focus: the
    curves' "ⓘ validation better than train: point here" could be read by pointing alone (walk 167, keyboard only)."""
    widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    _TipOnFocus(widget)


class _TipOnFocus(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 — Qt's name
        from PySide6.QtWidgets import QToolTip

        if event.type() == QEvent.Type.FocusIn and obj.toolTip():
            # once the focus has moved: a tooltip hides itself on a focus change, this one included
            QTimer.singleShot(0, obj, lambda: obj.hasFocus() and QToolTip.showText(
                obj.mapToGlobal(obj.rect().bottomLeft()), obj.toolTip(), obj))
        elif event.type() == QEvent.Type.FocusOut:
            QToolTip.hideText()
        return False


def show_focus_ring(widget: QWidget) -> None:
    """Mark ``widget`` (the pad: a custom widget the style draws no focus frame for) so its card lights up."""
    widget.setProperty(FOCUS_RING, True)


def _card_of(widget: QWidget) -> QFrame | None:
    parent = widget.parentWidget()
    while parent is not None and parent.objectName() != "card":
        parent = parent.parentWidget()
    return parent


class _ItemKeys(QObject):
    """See :func:`item_keys`."""

    def __init__(self, view: QAbstractItemView, menu, delete, rename) -> None:
        super().__init__(view)
        keys = {(Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier): menu,
                (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier): delete,
                (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier): rename}
        self.keys = {key: action for key, action in keys.items() if action is not None}
        view.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 — Qt's name
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        view = self.parent()
        if (kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not event.modifiers()
                and view.currentIndex().isValid() and not view.selectionModel().hasSelection()
                and view.currentIndex().flags() & Qt.ItemFlag.ItemIsSelectable):
            # Nothing chosen yet: the first arrow chooses the row the focus is on (the first Down chose the second
            # run: a keyboard walk). Not a heading, which cannot be chosen: on the dataset list's "Built-in" every
            # arrow was swallowed, and Down never reached a dataset (walk 167)
            view.selectionModel().select(view.currentIndex(), view.selectionModel().SelectionFlag.ClearAndSelect
                                         | view.selectionModel().SelectionFlag.Rows)
            return True
        action = self.keys.get((event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier))
        if action is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:  # the view's key, not a window shortcut's (Delete: the samples')
            event.accept()
            return True
        action()
        return True


def item_keys(view: QAbstractItemView, menu=None, delete=None, rename=None) -> None:
    """The keys a list or table of things answers as the dataset list does: Shift+F10 opens ``menu()`` (X11 sends Qt
    no context-menu event for it; the Menu key is Qt's own), Delete calls ``delete()``, F2 ``rename()``. The Runs
    table did none of them while the dataset list did (a keyboard walk)."""
    _ItemKeys(view, menu, delete, rename)


def _enter_on_button(obj, event) -> bool:
    """Enter (or Return) on a focused button outside a dialog: Qt clicks buttons with Enter only in dialogs (their
    default buttons), so elsewhere Enter went to the window's Enter shortcut (write, add to a dataset) while the
    focus ring sat on Start in the collect row, and nothing happened (a fresh-eyes walk, keyboard only). Not a check
    box or radio button: Space toggles those, and Enter after ticking "Show where it looked" untied it instead of
    writing the answer (another walk)."""
    return (isinstance(obj, QAbstractButton) and not isinstance(obj, (QCheckBox, QRadioButton))
            and obj.hasFocus() and obj.isEnabled()
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and not isinstance(obj.window(), QDialog))


class _Filter(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 — Qt's name
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and _enter_on_button(obj, event):
            event.accept()  # the button's, not a shortcut's
            return True
        if kind == QEvent.Type.KeyPress and isinstance(obj, QWidget) and obj.hasFocus():
            _ring_after_a_key(obj)
        if kind == QEvent.Type.KeyPress and _enter_on_button(obj, event):
            if not event.isAutoRepeat():
                obj.animateClick()
            return True
        if kind == QEvent.Type.Hide and isinstance(obj, QDialog) and obj.parentWidget() is not None:
            _give_keyboard_back(obj.parentWidget().window())
        if kind == QEvent.Type.Show and isinstance(obj, QWidget):
            name_control(obj)  # on show, not polish: some widgets polish in their constructor, before tooltips
        elif kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and isinstance(obj, QWidget) \
                and obj.property(FOCUS_RING):
            frame = _card_of(obj)
            if frame is not None:
                frame.setProperty("focused", kind == QEvent.Type.FocusIn)
                frame.style().unpolish(frame)  # a dynamic property only restyles after a re-polish
                frame.style().polish(frame)
                frame.update()
        return False


def _ring_after_a_key(focused: QWidget) -> None:
    """A key pressed: the window draws its focus ring again, as after Tab. Qt draws it only once Tab or a shortcut
    has moved the focus, and a click (a stroke drawn) hides it: after Ctrl+3 back to a tab, a model chosen with the
    arrows, or a dialog closed, the focus sat on a control no ring showed, and the next key went somewhere unseen
    (walk 145)."""
    window = focused.window()
    if not window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange):
        window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        focused.update()


def _give_keyboard_back(window: QWidget) -> None:
    """A dialog closed: once its events are done, ``window`` is made the active window again if none is. A window
    manager does that; without one (a kiosk, a bare X server) no window had the keyboard after a question or the
    shortcuts list, and Enter, Backspace and the arrows did nothing until a click (walks 128, 136, 138); nor after
    Model info, which is not modal (walk 141: Ctrl+2 did nothing)."""
    def reactivate() -> None:
        if QApplication.activeWindow() is None and not QApplication.activeModalWidget() and window.isVisible():
            window.activateWindow()

    QTimer.singleShot(0, window, reactivate)  # (with the window as context: dropped if it is gone meanwhile)


_FILTER: _Filter | None = None


def install(app) -> None:
    """Name every control of ``app`` as it is shown, and draw focus rings (idempotent)."""
    global _FILTER
    if _FILTER is None:
        _FILTER = _Filter()
        app.installEventFilter(_FILTER)


__all__ = ["accessible_name", "chain", "focusable_toolbar", "install", "item_keys", "name_control", "name_controls",
           "needs_name", "read_only_table", "show_focus_ring", "tip_on_focus"]
