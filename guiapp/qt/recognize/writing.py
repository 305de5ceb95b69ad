"""What the Recognize area does with a drawing besides recognizing it: write an answer into the text line, add it
to a dataset with Enter, and Undo / Redo that take a write or an add back with the drawing (a mixin of
:class:`~guiapp.qt.recognize.panel.RecognizePanel`, which owns the pad, the write line and the collect bar)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from guiapp.core import kana_size
from guiapp.core.side_by_side import as_written
from guiapp.qt.i18n import fmt, translate
from guiapp.qt.recognize.images import pil_to_qimage
from guiapp.qt.recognize.write_history import Write
from guiapp.qt.recognize.write_line import WriteLine, space_after


def elided(text: str, most: int = 12) -> str:
    """A deleted text as an Undo entry names it: a whole cleared line cut short."""
    return text if len(text) <= most else text[:most - 1] + "…"


class WritingMixin:
    def _build_write_line(self) -> None:
        """The text line under the pad, and the keys that write into it: its own (Write, the turn and punctuation
        keys) and the pad's (Space, the punctuation keys)."""
        self.write_line = WriteLine()
        self.write_line.writeRequested.connect(self.write_top)
        self.write_line.lastTurned.connect(self._last_turned)
        # then back to the pad for the next character (the focus stayed on the key: a tap on the pad drew no dot)
        self.write_line.markChosen.connect(lambda mark: (self.write_after(mark), self.pad.setFocus()))
        self.write_line.punctuation_button.spaceChosen.connect(lambda: (self.space(), self.pad.setFocus()))
        self.pad.spacePressed.connect(self.space)
        self.pad.markTyped.connect(lambda typed: self.write_after(self.write_line.punctuation_button.mark_for_key(
            typed, self._before_mark())))
        self.pad.cursorKey.connect(self.write_line.move_cursor)
        self.pad.redoDropped.connect(self.writes.drop_redo)
        self.write_line.field.textChanged.connect(self._forget_writer_size_if_empty)

    def _before_mark(self) -> str:
        """The text a mark typed now follows: the pad's answer when there is ink (it is written first), else the
        line before the cursor."""
        answer = self._answer()
        if not self.pad.is_empty() and answer is not None:
            return answer
        return self.write_line.text()[:self.write_line.insertion()[0]]

    def _answer(self) -> str | None:
        """What Enter writes for the drawing: its top answer, or where it looks like several characters side by
        side, each read on its own, as the "One by one" button writes them (Enter wrote the 4 of "42": walk 152)."""
        prediction = self.prediction
        if prediction is None or not prediction.top:
            return None
        if prediction.side_by_side > 1 and prediction.parts:
            return as_written(prediction.parts)
        return str(prediction.top[0][0])

    def show_image(self, image) -> None:
        """Recognize a PIL image (opened, pasted or dropped) as if it were drawn."""
        self.pad.set_image(pil_to_qimage(image), image)
        if self.recognizer is not None and self.worker is not None:
            # A large image takes a moment (~0.5 s for 3000×3000 px): the last answer must not stand for this one.
            self._show_no_answer(translate("recognize", "Reading the image…"))
        self.request_recognition()

    def write(self, label: str, then: str = "") -> None:
        """Write ``label`` (and ``then`` after it: Space's space) at the text line's cursor and clear the pad; Undo
        takes both back with the drawing."""
        reference_before = self._size_reference
        if self.pad.image() is None and self.recognizer is not None and kana_size.uses_size(self.recognizer.labels,
                                                                                       self.recognizer.spec):
            # A full-size kana just written shows this writer's size: the next small っ is small against it.
            box = kana_size.drawing_box(self.pad.drawing(include_current=True))
            self._size_reference = kana_size.Reference.from_written(label, box) or self._size_reference
        before, ink, (at, replaced) = self.write_line.text(), self.pad.ink_state(), self.write_line.insertion()
        drawn = self.pad.stroke_count() > 0
        focus = QApplication.focusWidget()
        # Characters read one by one ("42" drawn side by side) are characters, not a word of the model's
        word = None if self.recognizer is None or label in self.recognizer.labels or " " in label.strip() else False
        added = self.write_line.append(label + then, word)
        self.pad.clear()
        if focus is not None and self.predictions.isAncestorOf(focus):  # its candidate is gone: draw the next one
            self.pad.setFocus(Qt.FocusReason.OtherFocusReason)
        if drawn:
            self.writes.wrote(Write(added, before, ink, reference_before, self._size_reference, at, replaced))
            self.update_stroke_actions()  # Undo's tooltip names the write

    def _last_turned(self, text_before: str, text_after: str) -> None:
        self.writes.turned(text_before, text_after)
        self.update_stroke_actions()  # Undo's tooltip names the turned character

    def _undo_texts(self) -> tuple[str, str]:
        """Undo's (menu text, tooltip). Undo on an empty pad brings back the drawing it cleared: a walk took the
        enabled Undo there for a mistake, and the Edit menu said "Undo stroke" where it took an added sample back
        out of its dataset. Both say what comes back, and what leaves the line or the dataset with it."""
        deleted = self.write_line.deletion_to_undo() if self.pad.is_empty() else None
        if deleted is not None:
            return (fmt(translate("recognize", "&Undo deleting {0!r}"), elided(deleted.removed)),
                    fmt(translate("recognize", "Undo: {0!r} comes back into the written text (Ctrl+Z)"),
                        elided(deleted.removed)))
        if not self.pad.is_empty() or not self.pad.can_undo():
            return translate("recognize", "&Undo stroke"), translate("recognize", "Undo (Ctrl+Z)")
        write = self.writes.last(self.write_line.text())
        # the write's drawing only if Undo brings it back: cleared with Esc since, the drawing Esc took comes back
        # first, and "Undo writing “1”" stood over it (walk 167)
        if write is not None and write.ink is self.pad.undo_target():
            return (translate("recognize", "&Undo writing “{0}”").format(write.added.strip()),
                    translate("recognize", "Undo: the drawing comes back, and “{0}” leaves the written text "
                                           "(Ctrl+Z)").format(write.added.strip()))
        added = self.collect_bar.last_add(self.pad.undo_target())
        if added is not None:
            return (translate("recognize", "&Undo adding to {0}").format(added.dataset),
                    fmt(translate("recognize", "Undo: the drawing comes back, and the {0!r} just added leaves {1} "
                                               "(Ctrl+Z)"), added.label, added.dataset))
        return translate("recognize", "&Undo clearing"), translate("recognize", "Undo: the cleared drawing comes back (Ctrl+Z)")

    def _redo_text(self) -> str:
        """Redo's menu text: what it does again (it said "Redo stroke" where it wrote a character or added a
        drawing to a dataset again: a walk)."""
        deleted = self.write_line.deletion_to_redo() if self.pad.is_empty() else None
        if deleted is not None:
            return fmt(translate("recognize", "&Redo deleting {0!r}"), elided(deleted.removed))
        if self.pad.redo_clears():
            ink = self.pad.ink_state()
            write = self.writes.next_redo(ink, self.write_line.text())
            if write is not None:
                return translate("recognize", "&Redo writing “{0}”").format(write.added.strip())
            added = self.collect_bar.next_redo_add(ink)
            if added is not None:
                return translate("recognize", "&Redo adding to {0}").format(added.dataset)
            return translate("recognize", "&Redo clearing")
        return translate("recognize", "&Redo stroke")

    def can_undo(self) -> bool:
        return self.pad.can_undo() or (self.pad.is_empty() and self.write_line.deletion_to_undo() is not None)

    def can_redo(self) -> bool:
        return self.pad.can_redo() or (self.pad.is_empty() and self.write_line.deletion_to_redo() is not None)

    def undo(self) -> None:
        # Text taken out of the line on an empty pad comes back first: it is what was done last there.
        if self.pad.is_empty() and self.write_line.undo_deletion():
            self.update_stroke_actions()
            return
        self.pad.undo()
        write = self.writes.undone(self.pad.ink_state(), self.write_line.text())
        if write is not None:  # the drawing is back: so is the line without it, and the writer's size before it
            self.write_line.set_text(write.before, write.where)
            if write.replaced:  # chosen again, so Enter writes over it again (it went in beside it: a walk)
                self.write_line.field.setSelection(write.where, len(write.replaced))
            self._size_reference = write.reference_before
        else:  # or it was added to a dataset: the add is taken back with it
            self.collect_bar.undo_add(self.pad.ink_state())
        self.update_stroke_actions()  # Undo and Redo name what they would do now (the pad changed before the add)

    def backspace(self) -> None:
        if not self.pad.is_empty():
            self.undo()
            return
        before = self.write_line.text()
        self.write_line.backspace()
        after = self.write_line.text()
        window = self.window()
        if after != before and isinstance(window, QMainWindow):
            # Said: Backspace held to undo strokes went on into the written text, silently (walk 143)
            at = self.write_line.cursor()
            gone = before[at:len(before) - len(after) + at]
            window.statusBar().showMessage(translate("recognize", "Backspace deleted “{0}” from the text line "
                                                                  "(Ctrl+Z puts it back)").format(gone), 5000)

    def space(self) -> None:
        """Space on the focused pad, as on a handwriting keyboard: with nothing drawn, a space in the text line
        (words of one's own symbols ran together: "★Hi♥OK"); with ink, the top answer and a space (it did nothing
        and said nothing: a walk); while collecting, Enter adds the drawing, and Space says so."""
        self.write_after(None)

    def write_after(self, mark: str | None) -> None:
        """Space (``mark`` None) or a punctuation mark: on an empty pad, it alone; with ink, the top answer first, as
        a phone's handwriting keyboard commits its candidate when 。 is tapped."""
        # A dot alone (often the click that gave the pad the focus) is too small to read: it goes, and the space or
        # mark is written (walk 147: Space did nothing, unsaid, after such a dot)
        dot = (not self.pad.is_empty() and self.pad.image() is None and self._unanswered == self._generation
               and not self.collect_bar.wants_enter())
        if self.pad.is_empty() or dot:
            if dot:
                self.pad.clear()
            at = self.write_line.insertion()[0]
            self.write_line.append(mark or space_after(self.write_line.text()[:at]))
        elif self.collect_bar.wants_enter():
            self.collect_bar.message.emit(
                translate("recognize", "Space writes a space once the pad is empty: Enter adds this drawing to the "
                                       "dataset first") if mark is None else
                translate("recognize", "“{0}” is written once the pad is empty: Enter adds this drawing to the "
                                       "dataset first").format(mark))
        elif (answer := self._answer()) is not None:
            self.write(answer, then=mark or space_after(answer))

    def redo(self) -> None:
        if self.pad.is_empty() and self.write_line.redo_deletion():
            self.update_stroke_actions()
            return
        ink = self.pad.ink_state()
        self.pad.redo()
        write = self.writes.redone(ink, self.pad.is_empty(), self.write_line.text())
        if write is not None:
            self.write_line.set_text(write.after, write.where + len(write.added))
            self._size_reference = write.reference_after
        else:
            self.collect_bar.redo_add(ink, self.pad.is_empty())
        self.update_stroke_actions()

    def _forget_writer_size_if_empty(self, text: str) -> None:
        if not text:  # a new line may be another writer
            self._size_reference = None

    def enter(self) -> None:
        """Enter: while collecting (or with the label field focused) the drawing is added to the dataset under its
        label; otherwise the top answer is written. Either way the drawing goes somewhere the user chose."""
        if self.collect_bar.wants_enter():
            self.collect_bar.add_current()
        else:
            self.write_top()

    def write_candidate(self, rank: int) -> None:
        """Write the candidate shown at ``rank`` (1 = the top answer), if there is one."""
        if 0 < rank <= len(self.predictions.top):
            self.write(self.predictions.top[rank - 1][0])

    def write_top(self) -> None:
        answer = self._answer()
        if answer is not None and not self.pad.is_empty():
            self.write(answer)

    def _update_enter_mode(self, *_args) -> None:
        bar = self.collect_bar
        label = bar.label_edit.text().strip()
        adds = translate("recognize", "Append the top answer and clear the pad (Enter adds to the dataset now)")
        if bar.collecting():
            text = translate("recognize", "Collecting: Enter adds to {0}").format(bar.target_dataset())
            action = translate("recognize", "&Add the drawing to {0}").format(bar.target_dataset())
            tip = translate("recognize", "Writing waits until the collection ends: Enter adds the drawing to {0}").format(
                bar.target_dataset())
        elif label:
            text = translate("recognize", "Enter adds to {0} as “{1}”: clear the label to write").format(
                bar.target_dataset(), label)
            action = translate("recognize", "&Add the drawing to {0} as “{1}”").format(bar.target_dataset(), label)
            tip = adds
        else:
            text, action = self.write_line.writing_hint, self.write_text
            tip = translate("recognize", "Append the top answer and clear the pad (Enter)")
        self.write_line.field.setPlaceholderText(text)
        # Edit → "Write top answer  Return" while Return added the drawing: the menu names what Enter does.
        self.write_action.setText(action)
        self.write_line.write_button.setToolTip(tip)
        self.update_stroke_actions()  # Write waits while collecting

    def _update_copy(self, text: str) -> None:
        """Copy and ⌫ only with text to copy or delete (Backspace the key stays: on a drawing it takes a stroke)."""
        self.copy_action.setEnabled(bool(text))
        self.write_line.copy_button.setEnabled(bool(text))
        self.write_line.backspace_button.setEnabled(bool(text))
