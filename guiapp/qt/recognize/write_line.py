"""The write line: accepted characters append to a text field, so the pad works as a handwriting input tool."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMainWindow, QPushButton, QStyle, QWidget

from guiapp.core import kana
from guiapp.qt.look import icon
from guiapp.qt.i18n import is_cjk, translate
from guiapp.qt.recognize.predictions import SERIF_FAMILIES
from guiapp.qt.recognize.punctuation import PunctuationButton, is_mark
from guiapp.qt.recognize.write_field import WriteField
from guiapp.qt.recognize.write_history import Deletion


MAX_WRITTEN = 200  # appends remembered for Backspace
# The turn button on kana and on letters: a long arrow, since the fonts draw ⇄ so small that "は⇄ば" read as "はさば"
# (walk 110)
KANA_TURN, KATAKANA_TURN, LETTER_TURN = "は⟷ば", "ハ⟷バ", "a⟷A"


def kana_turn(chars) -> str:
    """The kana turn key's name in the script of ``chars`` (ハ⟷バ beside the katakana model: は⟷ば read as hiragana)."""
    return KATAKANA_TURN if any(unicodedata.name(char, "").startswith("KATAKANA") for char in chars) else KANA_TURN


class WriteLine(QWidget):
    """A text field with Write (the top answer), Backspace, Copy and Clear. ``writeRequested`` asks the owner for
    the top answer (the owner knows it); :meth:`append` puts text in at the cursor, as a keyboard would: the end of
    the line unless the person put the cursor elsewhere (a learner who clicked after 日 in "日本人" to add 山 got
    "日本人山": a character in the middle of a word could not be fixed without deleting all after it)."""

    writeRequested = Signal()
    lastTurned = Signal(str, str)  # the text before and after the turn key turned its last character
    markChosen = Signal(str)  # a punctuation mark from the punctuation key's menu: the owner writes it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = WriteField()  # (its cursor shown while the pad has the focus)
        self.writing_hint = translate("recognize", "Written text: Enter writes the top answer, or click a candidate")
        self.field.setPlaceholderText(self.writing_hint)
        # Its own clear button, not Qt's: what it clears, Undo brings back (see Deletion)
        self.clear_action = self.field.addAction(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton),
                                                 QLineEdit.ActionPosition.TrailingPosition)
        self.clear_action.setToolTip(translate("recognize", "Clear the written text (Ctrl+Z brings it back)"))
        self.clear_action.triggered.connect(self.clear_text)
        self.clear_action.setVisible(False)
        self.field.textChanged.connect(lambda text: self.clear_action.setVisible(bool(text)))
        self.field.installEventFilter(self)  # Ctrl+Z with nothing of the field's own to undo: see eventFilter
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        # Latin in a serif face, kana and kanji in the window's own: "saIut" (a capital I read for l) looked like
        # "salut" in the sans, and the mistake could not be seen (walk 117)
        font.setFamilies([*(name for name in SERIF_FAMILIES if name != "serif"), *font.families()])
        self.field.setFont(font)
        self.write_button = QPushButton(icon("write"), translate("recognize", "Write"))
        self.write_button.setToolTip(translate("recognize", "Append the top answer and clear the pad (Enter)"))
        self.write_button.clicked.connect(self.writeRequested)
        self.backspace_button = QPushButton("⌫")
        self.backspace_button.setToolTip(translate("recognize", "Delete the character before the cursor (Backspace on an empty pad)"))
        self.backspace_button.setAccessibleName(translate("recognize", "Delete the character before the cursor"))  # not "⌫"
        self.backspace_button.clicked.connect(self.backspace)
        # The last character in its other form, as a phone keyboard's ゛゜小 key: a near-miss fixed after Enter
        # without writing it again (は → ば → ぱ, つ → っ, o → O).
        # "は⟷ば" as "a⟷A": the phone key's own "゛゜小" drew its marks as two specks (walk 104)
        self.turn_button = QPushButton(KANA_TURN)
        self.turn_button.setToolTip(translate("recognize", "Turn the character before the cursor into its other form: は → ば → ぱ, "
                                                           "つ → づ → っ, o → O, l → I (Alt+0)"))
        self.turn_button.setAccessibleName(translate("recognize", "Turn the character before the cursor into its other form"))
        self.turn_button.clicked.connect(self.turn_last)
        self.field.textChanged.connect(lambda _text: self._update_turn())
        self.field.cursorPositionChanged.connect(lambda _old, _new: self._update_turn())
        widths = []
        for label in (LETTER_TURN, KANA_TURN, KATAKANA_TURN):  # as wide as any: the line beside it does not jump as it changes
            self.turn_button.setText(label)
            widths.append(self.turn_button.sizeHint().width())
        self.turn_button.setMinimumWidth(max(widths))
        self.turn_button.setEnabled(False)
        self._turn_name = KANA_TURN  # the turn key's name while nothing it can turn is before the cursor
        self.punctuation_button = PunctuationButton()
        self.punctuation_button.chosen.connect(self.markChosen)
        self.copy_button = QPushButton(icon("copy"), translate("recognize", "Copy"))
        self.copy_button.setToolTip(translate("recognize", "Copy the written text, or the part of it chosen (Ctrl+C)"))
        self.copy_button.clicked.connect(self.copy_all)
        # (the line's text after each append, what it added, the cursor after it), newest last: Backspace takes a
        # word back whole while the line and the cursor are as that append left them
        self._written: list[tuple[str, str, int, bool]] = []  # (the text after, what was added, cursor, a word)
        self._deleted: list[Deletion] = []  # newest last: what Undo puts back
        self._restored: list[Deletion] = []  # newest last: what Redo takes out again
        self.field.textEdited.connect(lambda _text: self._written.clear())  # typed: the text is the person's own
        layout.addWidget(self.field, 1)
        for button in (self.write_button, self.turn_button, self.punctuation_button, self.backspace_button,
                       self.copy_button):
            # Keys, as a keyboard's: a click leaves the focus where it was (the pad). Clicked, ⌫ kept it, and Space
            # meant for a space between words deleted another character (walk 146). Tab still reaches them.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            layout.addWidget(button)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 — Qt's name
        """Ctrl+Z (Ctrl+Shift+Z) in the field with nothing typed there to undo (redo) goes to the window's Undo:
        after the clear button, which leaves the focus in the field, the field took the key and did nothing while
        the Edit menu offered "Undo deleting …" (a walk)."""
        if watched is self.field and event.type() == QEvent.Type.FocusIn and event.reason() in (
                Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason):
            # Qt chooses the whole line as Tab reaches it; kept as the focus moved on (below), the next mark or
            # answer was written over the sentence, which Undo could not bring back (walk 115, keyboard only)
            at = self.field.cursorPosition()
            QTimer.singleShot(0, lambda: self._unchoose_all(at))
        if watched is self.field and event.type() == QEvent.Type.FocusOut and self.field.hasSelectedText():
            # The line forgets its selection as the focus leaves: chosen to be written over, it was gone once the
            # pad took the pen, and the next write went in beside it (a walk). Chosen again, it stays, dimmed.
            chosen = (self.field.text(), self.field.selectionStart(), len(self.field.selectedText()))
            QTimer.singleShot(0, lambda: self._choose_again(*chosen))
        if watched is self.field and event.type() == QEvent.Type.ShortcutOverride and (
                (event.matches(QKeySequence.StandardKey.Undo) and not self.field.isUndoAvailable())
                or (event.matches(QKeySequence.StandardKey.Redo) and not self.field.isRedoAvailable())):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _unchoose_all(self, at: int) -> None:
        if self.field.hasFocus() and self.field.text() and self.field.selectedText() == self.field.text():
            self.field.setCursorPosition(min(at, len(self.field.text())))

    def _choose_again(self, text: str, start: int, length: int) -> None:
        if self.field.text() == text and not self.field.hasSelectedText() and not self.field.hasFocus():
            self.field.setSelection(start, length)

    def cursor(self) -> int:
        """Where the next character goes: the field's cursor (the end, unless the person moved it)."""
        return self.field.cursorPosition()

    def move_cursor(self, where: str) -> None:
        """The cursor one character "left" or "right", or to the line's "home" or "end" (the pad's arrow keys),
        whatever was chosen in the line let go as the keyboard lets it go."""
        field = self.field
        {"left": lambda: field.cursorBackward(False), "right": lambda: field.cursorForward(False),
         "home": lambda: field.home(False), "end": lambda: field.end(False)}[where]()
        field.update()  # the insertion bar drawn unfocused moves with it

    def insertion(self) -> tuple[int, str]:
        """Where the next write goes and the text it replaces: the text chosen in the line (to be written over,
        as typing over it would), else nothing at the cursor."""
        if self.field.hasSelectedText():
            return self.field.selectionStart(), self.field.selectedText()
        return self.cursor(), ""

    def _before_cursor(self) -> str:
        return self.field.text()[self.cursor() - 1:self.cursor()] if self.cursor() else ""

    def set_labels(self, labels) -> None:
        """The keys for a model of ``labels`` (none: no model): the punctuation of its script, and the turn key
        only where one of its characters has another form (a greyed は⟷ば beside a model of digits or of + − × ÷
        puzzled a walk), named for its script while nothing is written (a⟷A on Latin letters)."""
        self.punctuation_button.set_labels(labels)
        singles = [str(label) for label in labels if len(str(label)) == 1]
        self.turn_button.setVisible(any(turned(label) is not None for label in singles))
        kanas = [label for label in singles if kana.is_kana(label)]
        self._turn_name = kana_turn(kanas) if kanas or not singles else LETTER_TURN
        self._update_turn()

    def _update_turn(self) -> None:
        """The turn key says what it does to the character before the cursor (the last one written): a letter's
        case (a kana key meant nothing to someone writing Latin letters), else the kana's marks and size."""
        last = self._before_cursor()
        # A written word is one label: turning its last letter made "staR", a word no model knows (a walk).
        self.turn_button.setEnabled(turned(last) is not None and not self._ends_with_word())
        self.turn_button.setText(LETTER_TURN if last.isascii() and last.isalpha() else
                                 kana_turn(last) if kana.is_kana(last) else self._turn_name)

    def text(self) -> str:
        return self.field.text()

    def set_text(self, text: str, cursor: int | None = None) -> None:
        """Show ``text``, the cursor at ``cursor`` (None: its end)."""
        self.field.setText(text)
        if cursor is not None:
            self.field.setCursorPosition(cursor)

    def append(self, text: str, word: bool | None = None) -> str:
        """Put ``text`` in at the cursor and return what was added: a label of several characters (a user's "star",
        "heart") is a word, set apart by a space from the text on either side, so it does not run into them
        ("10 star1"). ``word`` False: several characters, each its own (the "42" drawn side by side was written
        "70 42" after 70: walk 157); None: a word when it is longer than one character."""
        word = _is_word(text) if word is None else word
        current, (at, replaced) = self.field.text(), self.insertion()
        left, right = current[:at], current[at + len(replaced):]
        if (left and not left[-1].isspace() and not text[:1].isspace() and not _unspaced(left[-1], text[0])
                and (word or (self._ends_with_word() and not is_mark(text)))):
            text = " " + text
        if right and not right[0].isspace() and not text[-1:].isspace() and word and not _unspaced(text[-1], right[0]):
            text += " "
        self.set_text(left + text + right, at + len(text))
        self._written.append((self.field.text(), text, at + len(text), word))
        del self._written[:-MAX_WRITTEN]
        self._update_turn()  # the text changed before the append was remembered
        return text

    def _ends_with_word(self) -> bool:
        """The text before the cursor still ends as the write of a word (a label of several characters) left it."""
        return (bool(self._written) and self._written[-1][0] == self.field.text()
                and self._written[-1][2] == self.cursor() and self._written[-1][3])

    def backspace(self) -> None:
        """Delete the character before the cursor (the last one, unless the person moved the cursor); a word written
        as one label (a taught "star") goes whole, as it came."""
        text, at = self.field.text(), self.cursor()
        if self.field.hasSelectedText():  # as the keyboard's Backspace: the chosen text goes
            start = self.field.selectionStart()
            self._delete(text[:start] + text[start + len(self.field.selectedText()):], start)
            return
        if self._ends_with_word():
            added = self._written.pop()[1]
            self._delete(text[:at - len(added)] + text[at:], at - len(added))
            return
        if self._written and self._written[-1][0] == text:
            self._written.pop()
        if at:
            self._delete(text[:at - 1] + text[at:], at - 1)

    def clear_text(self) -> None:
        """The line's clear button: all of it, as one deletion Undo puts back."""
        if self.field.text():
            self._delete("", 0)

    def _delete(self, after: str, cursor: int) -> None:
        self._deleted.append(Deletion(self.field.text(), self.cursor(), after, cursor))
        del self._deleted[:-MAX_WRITTEN]
        self._restored.clear()
        self.set_text(after, cursor)

    def deletion_to_undo(self) -> Deletion | None:
        """The last deletion, while the line is as it left it (a write or typing since ends it)."""
        return self._deleted[-1] if self._deleted and self._deleted[-1].after == self.field.text() else None

    def deletion_to_redo(self) -> Deletion | None:
        return self._restored[-1] if self._restored and self._restored[-1].before == self.field.text() else None

    def undo_deletion(self) -> bool:
        deletion = self.deletion_to_undo()
        if deletion is None:
            return False
        self._restored.append(self._deleted.pop())
        self.set_text(deletion.before, deletion.cursor_before)
        return True

    def redo_deletion(self) -> bool:
        deletion = self.deletion_to_redo()
        if deletion is None:
            return False
        self._deleted.append(self._restored.pop())
        self.set_text(deletion.after, deletion.cursor_after)
        return True

    def turn_last(self) -> str | None:
        """The character before the cursor replaced by its next form (:func:`turned`); the new character, or None."""
        text, at = self.field.text(), self.cursor()
        other = turned(self._before_cursor())
        if other is None or self._ends_with_word():  # Alt+0 as the button
            return None
        after = text[:at - 1] + other + text[at:]
        if self._written and self._written[-1][0] == text and self._written[-1][2] == at:  # Backspace knows it
            self._written[-1] = (after, self._written[-1][1][:-1] + other, at, self._written[-1][3])
        self.set_text(after, at)
        self.lastTurned.emit(text, self.field.text())
        return other

    def copy_all(self) -> str:
        """Copy the line, or the part of it chosen (Copy took the whole line then: a walk)."""
        text = self.field.selectedText() or self.field.text()
        if not text:  # Copy is disabled then; the clipboard keeps what it holds
            return text
        QGuiApplication.clipboard().setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):  # a copy changes nothing on screen: the status bar says it happened
            window.statusBar().showMessage(translate("recognize", "Copied to the clipboard: {0}").format(text), 4000)
        return text


def space_after(text: str) -> str:
    """The space Space writes after ``text``: the ideographic one (U+3000) after a kana, kanji or other full-width
    character, as a Japanese or Chinese keyboard writes it ("日本 学生" read half-width: a walk), else " "."""
    return "\u3000" if text and unicodedata.east_asian_width(text[-1]) in ("W", "F") else " "


def _unspaced(before: str, after: str) -> bool:
    """Whether two characters meet without a space between words: Japanese and Chinese set none ("いしく" then a
    taught "さんかく" was written "いしく さんかく": walk 168)."""
    return is_cjk(before) and is_cjk(after)


def _is_word(added: str) -> bool:
    """A label of several characters, as appended (perhaps after a space); a character and the mark written after
    it are not one ("h" then i with "!" made "h i!": walk 112)."""
    core = added.strip()
    while len(core) > 1 and is_mark(core[-1]):
        core = core[:-1]
    return len(core) > 1


# Latin letters whose likeliest near-miss is another letter's shape, not their own other case: a small l and a
# capital I are one stroke alike, and a⟷A turned the I read as l into L (walk 112). L and i come by writing them.
LOOKALIKES = {"l": "I", "I": "l"}


def turned(char: str) -> str | None:
    """``char``'s next form: a kana's next in its family (:func:`guiapp.core.kana.cycled`), a Latin letter's other
    case (l and I each other's, :data:`LOOKALIKES`); None for anything else."""
    if len(char) != 1:
        return None
    if char.isascii() and char.isalpha():
        return LOOKALIKES.get(char, char.swapcase())
    return kana.cycled(char)
