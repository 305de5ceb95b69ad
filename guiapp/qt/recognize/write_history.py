"""What the write line remembers for Undo and Redo: each answer the pad wrote (:class:`Write`), the text taken out
of the line (:class:`Deletion`), and the writes Undo and Redo walk through (:class:`WriteHistory`). Plain data, no
widgets: :class:`~guiapp.qt.recognize.write_line.WriteLine` and the Recognize panel use them."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Write:
    """One answer the pad wrote into the line: Undo takes ``added`` back, Redo adds it again."""

    added: str  # the text put in: the label, with a space before a word
    before: str  # the line's text before
    ink: object  # the pad's ink token (DrawingPad.ink_state) of the drawing that wrote it
    reference_before: object  # the writer's size (kana_size.Reference) before and after the write
    reference_after: object
    at: int | None = None  # where in ``before`` it went (the cursor); None: at its end
    replaced: str = ""  # the text it was written over (chosen in the line), taken out at ``at``

    @property
    def where(self) -> int:
        return len(self.before) if self.at is None else self.at

    @property
    def after(self) -> str:
        """The line's text as the write left it."""
        return self.before[:self.where] + self.added + self.before[self.where + len(self.replaced):]


@dataclass(frozen=True)
class Deletion:
    """Text the person took out of the line (Backspace on the empty pad, ⌫, the line's clear button): Undo puts it
    back. Ctrl+Z after Backspace brought back an older drawing instead, and the clear button's text was gone for
    good (two walks)."""

    before: str
    cursor_before: int
    after: str
    cursor_after: int

    @property
    def removed(self) -> str:
        return self.before[self.cursor_after:self.cursor_after + len(self.before) - len(self.after)]


class WriteHistory:
    """The writes Undo and Redo walk through. Writing clears the pad (one step in its undo history): when Undo
    brings a written drawing back, the character it wrote is taken back with it (else Enter would write it twice);
    when Redo clears that drawing again, it is written again. A write is matched to its drawing by the pad's ink
    token and to the line by its text, so a line edited since is left alone."""

    def __init__(self) -> None:
        self._done: list[Write] = []  # newest last: Undo takes them back in turn
        self._undone: list[Write] = []  # newest last: Redo writes them again

    def wrote(self, write: Write) -> None:
        self._done.append(write)
        self._undone.clear()  # a new write ends what Redo could write again

    def drop_redo(self) -> None:
        """The pad took a new stroke or clear: the writes Undo took back are no longer Redo's to write again (after
        Undo and Esc, Redo wrote the undone character again: a walk)."""
        self._undone.clear()

    def last(self, text: str) -> Write | None:
        """The newest write, if the line (showing ``text``) still ends as it left it: what Undo on the empty pad
        would take back (its tooltip names it)."""
        if self._done and text == self._done[-1].after:
            return self._done[-1]
        return None

    def turned(self, text_before: str, text_after: str) -> None:
        """The line's last character was turned (は → ば): a write it ended is now the turned character, which Undo
        takes back with the drawing (it left ば in the line, and Enter then wrote the drawing again: "ばは")."""
        write = self.last(text_before)
        if write is not None and len(text_after) == len(text_before):  # one character for another
            self._done[-1] = replace(write, added=text_after[write.where:write.where + len(write.added)])

    def undone(self, ink: object, text: str) -> Write | None:
        """After the pad's undo brought back ``ink``: the write to take back from the line showing ``text``."""
        if self.last(text) is not None and self._done[-1].ink is ink:
            self._undone.append(self._done.pop())
            return self._undone[-1]
        return None

    def next_redo(self, ink: object, text: str) -> Write | None:
        """The write Redo would give the line showing ``text`` again, clearing ``ink`` from the pad (its menu entry
        names it)."""
        if self._undone and self._undone[-1].ink is ink and text == self._undone[-1].before:
            return self._undone[-1]
        return None

    def redone(self, ink_before: object, pad_empty: bool, text: str) -> Write | None:
        """After the pad's redo cleared ``ink_before``: the write to give the line showing ``text`` again."""
        if pad_empty and self.next_redo(ink_before, text) is not None:
            self._done.append(self._undone.pop())
            return self._done[-1]
        return None


__all__ = ["Deletion", "Write", "WriteHistory"]
