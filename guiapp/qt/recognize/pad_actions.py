"""The Recognize tab's actions: the pen tools, Undo and Redo, Clear and Esc, Backspace, Enter and Alt+1…9 that
write, Copy, the guide grid. Each is a QAction of the tab, its shortcut live only while the focus is in the tab; the
toolbar, the menus and the keys share them. A mixin of :class:`~guiapp.qt.recognize.panel.RecognizePanel` (which
owns ``pad``, ``write_line`` and the slots the writing mixin gives it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from guiapp.qt.i18n import key_names, translate
from guiapp.qt.look import icon


class PadActionsMixin:
    def _escape_on_pad(self) -> None:
        """Esc with a candidate or a neighbour key focused cleared the pad and hid them, and the focus went nowhere
        to be seen (walk 128): it goes back to the pad, as writing a candidate with Enter does. From a text field,
        Esc only goes back to the pad."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit):
            # Esc to leave the Label field (or the text line) cleared the drawing it was to label (walk 133): from a
            # text field it only gives the pad the keyboard back, the drawing kept
            self.pad.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.pad.escape()
        if focused is not None and focused is not self.pad and self.predictions.isAncestorOf(focused):
            self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def _action(self, text: str, shortcut, slot, tip: str, checkable: bool = False, icon_name: str = "") -> QAction:
        action = QAction(icon(icon_name), text, self) if icon_name else QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
            # Only while focus is in this tab: the Datasets and Train tabs have their own Ctrl+Z and Esc.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip)
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.undo_action = self._action(translate("recognize", "&Undo stroke"), [QKeySequence("Ctrl+Z")], self.undo, translate("recognize", "Undo (Ctrl+Z)"),
                                        icon_name="undo")
        self.redo_action = self._action(translate("recognize", "&Redo stroke"), [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
                                        self.redo, translate("recognize", "Redo (Ctrl+Shift+Z)"), icon_name="redo")
        # Esc clears the pad, or first returns from the eraser to the pen (pad.escape); so the Clear button, which
        # always clears, carries no shortcut of its own and the menu shows Esc after a tab.
        self.clear_action = self._action(translate("recognize", "C&lear pad") + "\t" + key_names("Esc"), None, self.pad.clear, translate("recognize", "Clear the pad (Esc)"),
                                         icon_name="clear")
        self.escape_action = self._action(translate("recognize", "Pen or clear"), QKeySequence("Esc"),
                                          lambda: self.collect_bar.escape() or self._escape_on_pad(),
                                          translate("recognize", "Back to the pen; with the pen, clear the pad (Esc)"))
        # Backspace as in a handwriting keyboard: on an empty pad it deletes the last written character; with ink on
        # the pad, the last stroke. A text field with the focus keeps the key for its own editing.
        self.backspace_action = self._action(translate("recognize", "&Delete last character"), QKeySequence("Backspace"),
                                             self.backspace, translate("recognize", "Delete the last stroke; on an "
                                                                       "empty pad, the character before the text line's cursor (Backspace)"))
        self.turn_action = self._action(translate("recognize", "&Turn last character"), QKeySequence("Alt+0"),
                                        self.write_line.turn_last, translate("recognize", "Turn the character before the "
                                                                             "text line's cursor into its other "
                                                                             "form (Alt+0)"))
        self.copy_action = self._action(translate("recognize", "&Copy written text"), QKeySequence("Ctrl+C"), self.write_line.copy_all,
                                        translate("recognize", "Copy the written text, or the part of it chosen (Ctrl+C)"))
        self.write_text = translate("recognize", "&Write top answer")
        # Enter first: the menu shows the first, and Qt names Return "Retour" in French where the window says
        # "Entrée" (a walk); both keys write.
        self.write_action = self._action(self.write_text, [QKeySequence("Enter"), QKeySequence("Return")],
                                         self.enter, translate("recognize", "Append the top answer to the text (Enter); while collecting, "
                                         "add the drawing to your dataset"))
        # Alt+1 … Alt+9 write the candidate of that rank (Enter writes the first): the keyboard's way to the others.
        self.candidate_actions = [
            self._action(translate("recognize", "Write candidate {0}").format(n), QKeySequence(f"Alt+{n}"),
                         lambda _checked=False, n=n: self.write_candidate(n),
                         translate("recognize", "Write candidate {0} (Alt+{0})").format(n))
            for n in range(1, 10)]
        # Pen and stroke eraser: one tool at a time (an exclusive group), P / E to choose, Esc back to the pen.
        self.pen_action = self._action(translate("recognize", "&Pen"), QKeySequence("P"), lambda on: on and self.pad.set_eraser(False),
                                       translate("recognize", "Pen: draw strokes (P)"), checkable=True, icon_name="pen")
        self.eraser_action = self._action(translate("recognize", "&Erase strokes"), QKeySequence("E"),
                                          lambda on: on and self.pad.set_eraser(True),
                                          translate("recognize", "Stroke eraser: every stroke you drag across is removed whole (E); "
                                          "P or Esc returns to the pen"), checkable=True, icon_name="erase-stroke")
        # An action, not a check box in the toolbar: in a narrow window it moves to the » menu with the others, and
        # Edit → Look up a kanji…, and Ctrl+K where a keyboard walk looked for it (walk 147)
        self.lookup_action = self._action(translate("menus", "Look up a &kanji…"), QKeySequence("Ctrl+K"),
                                          self._look_up_kanji, translate("recognize", "Look up a kanji by its "
                                                                                      "reading or meaning (Ctrl+K)"))
        # View → Guide grid is the same action.
        self.grid_action = self._action(translate("recognize", "Guide &grid"), None, self.pad.set_show_grid,
                                        translate("recognize", "Guides: the centre cross and the 20×20 box MNIST fits "
                                                  "digits into"), checkable=True, icon_name="grid")
        self.grid_action.setChecked(self.pad.show_grid())
        self.tool_group = QActionGroup(self)
        self.tool_group.setExclusive(True)
        for action in (self.pen_action, self.eraser_action):
            self.tool_group.addAction(action)
        self.pen_action.setChecked(not self.pad.eraser())
        self.eraser_action.setChecked(self.pad.eraser())
        self.pad.eraserChanged.connect(lambda on: (self.eraser_action if on else self.pen_action).setChecked(True))
        for action, short in ((self.undo_action, translate("recognize", "Undo")),
                              (self.redo_action, translate("recognize", "Redo")),
                              (self.clear_action, translate("recognize", "Clear")),
                              (self.grid_action, translate("recognize", "Grid")),
                              (self.pen_action, translate("recognize", "Pen")),
                              (self.eraser_action, translate("recognize", "Erase strokes"))):
            action.setIconText(short)  # the toolbar's label; menus keep the full text


    def _look_up_kanji(self) -> None:
        from guiapp.qt.kanji_lookup import look_up_kanji  # (KANJIDIC's index is read when first looked in)

        look_up_kanji(self.window())


__all__ = ["PadActionsMixin"]
