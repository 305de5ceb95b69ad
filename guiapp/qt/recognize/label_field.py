"""The collect row's Label field: the character a drawing is added as.

Its suggestions (the dataset's labels) open on request, with Down or Alt+Down, not as one types: a list that opened
by itself took the next mouse press to close, and that press was a stroke meant for the pad (a walk's ♂ was stored
as its arrow without its circle, a one-stroke ☽ as nothing). And Ctrl+Z in it, with nothing typed to take back,
takes back the last drawing added, as on the pad: the field's own undo, empty, swallowed it (another walk; an add
sets the label again, which empties the field's undo)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCompleter, QLineEdit, QListView


class LabelField(QLineEdit):
    # The focus came or went: with it what Enter does on the pad (the field focused, Enter adds). Left empty with
    # Esc, the line above the candidates still said "Type a label, then Enter adds …" while Enter wrote (walk 135).
    focusChanged = Signal(bool)

    def focusInEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().focusInEvent(event)
        self.focusChanged.emit(True)

    def focusOutEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().focusOutEvent(event)
        self.focusChanged.emit(False)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.known_labels = QStringListModel(self)
        self.completer_ = QCompleter(self.known_labels, self)  # not setCompleter: that opens it while typing
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
        self.completer_.setWidget(self)
        # Its list made here and kept: the one Qt makes on demand came back to Python as an address a deleted
        # list had had ("Internal C++ object already deleted")
        self.suggestions = QListView()
        self.completer_.setPopup(self.suggestions)
        self.completer_.activated.connect(self.setText)

    def set_known(self, labels) -> None:
        self.known_labels.setStringList(sorted(labels))

    def suggest(self) -> bool:
        """Open the labels that begin with what is typed (all of them when nothing is); False when none does."""
        self.completer_.setCompletionPrefix(self.text())
        if not self.completer_.completionCount():
            return False
        self.completer_.complete()
        return True

    def close_suggestions(self) -> None:
        self.suggestions.hide()

    def keyPressEvent(self, event) -> None:  # noqa: N802 — Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.suggestions.isVisible():
            # The Enter that chooses a label in the list: the completer passes it on to the field before it writes
            # the label in, and it was taken for an add ("Type a label first" beside the label chosen: a walk)
            event.ignore()  # (ignored, the completer goes on to write the label chosen)
            return
        if event.key() == Qt.Key.Key_Down and not event.modifiers() & ~(Qt.KeyboardModifier.AltModifier
                                                                           | Qt.KeyboardModifier.KeypadModifier):
            if self.suggest():
                return
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.suggestions.isVisible():
            # The list's keys while it is open (Esc closes it, Enter chooses): the Recognize tab's Esc and Enter
            # took them, as the field is not its completer's by setCompleter, and Esc left the list open to eat
            # the next stroke (a walk)
            event.accept()
            return True
        if (event.type() == QEvent.Type.ShortcutOverride and event.matches(QKeySequence.StandardKey.Undo)
                and not self.isUndoAvailable()):
            event.ignore()  # not the field's: the Recognize tab's Undo (the last add) takes it
            return False
        return super().event(event)


__all__ = ["LabelField"]
