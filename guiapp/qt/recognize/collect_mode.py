"""The collect mode of the collect bar: it prompts classes one after another (each hiragana 5 times, say), Enter
adds each drawing under the prompted class, Skip and Stop; when every prompt is answered, ``collectionFinished``
(a Teach… round starts from it); a class renamed elsewhere is followed in the Classes field and the prompts. A
mixin of :class:`~guiapp.qt.recognize.collect_bar.CollectBar`, which owns the widgets and the signals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from guiapp.core.datasets.user_sample import validate_label
from guiapp.core.text import Plural
from guiapp.qt.i18n import fmt, localise, sentence, translate


# The commas and spaces a Chinese or Japanese keyboard types: "星星，爱心，笑脸" was taught as each character, the
# comma too (a walk). One of them alone is a class of its own.
SEPARATORS = str.maketrans({"，": ",", "、": ",", "；": ",", ";": ",", "\u3000": " "})


def separated(text: str) -> bool:
    """Whether ``text`` lists several classes apart (a comma or a space of any script) rather than running
    characters together."""
    return len(text) > 1 and any(mark in text.translate(SEPARATORS) for mark in ", ")


def parse_classes(text: str) -> list[str]:
    """"あいうえお" → each character; "cat, dog" or "cat dog" → words (commas and spaces of any width). Duplicates
    dropped, order kept."""
    text = text.strip()
    if not text:
        return []
    parts = text.translate(SEPARATORS).replace(",", " ").split() if separated(text) else list(text)
    return list(dict.fromkeys(validate_label(p) for p in parts))


def classes_text(labels: list[str]) -> str:
    """The Classes field's text for ``labels`` (what :func:`parse_classes` reads back): one character each run
    together, words apart."""
    return ", ".join(labels) if any(len(label) > 1 for label in labels) else "".join(labels)


class CollectModeMixin:
    _stopped_at: tuple | None = None  # (classes, count, dataset, prompts left, labels) of a collection stopped
    example: str  # characters the messages give as an example (CollectBar.set_example)

    def _toggle_collect_row(self, on: bool) -> None:
        self.collect_row.setVisible(on)
        if not on and self.collecting():  # closed mid-collection: a stop, said and told (a Teach… round ends)
            self._start_or_stop()
        elif not on:
            self.stop_collect()
        elif not self.classes_edit.text():
            self.fill_classes()
        if on and self.collect_button.hasFocus():  # opened from the keyboard: on to what it asks first (a walk)
            self.classes_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def _follow_renamed_class(self, before: dict[str, int], after: dict[str, int]) -> None:
        """A class renamed on the Datasets tab (or all its samples relabelled, or the rename undone): the label box,
        the Classes field and a collection's prompts follow it, as the dataset box follows a renamed dataset. The
        label box kept the old name and counted 0, and the Classes field brought the old class back with the next
        round (two walks)."""
        gone = [name for name in before if name not in after]
        if len(gone) != 1 or sum(before.values()) != sum(after.values()):
            return
        old = gone[0]
        grown = [name for name, count in after.items() if count - before.get(name, 0) == before[old]]
        if len(grown) != 1:
            return
        new = grown[0]
        if self.label_edit.text().strip() == old:
            self.label_edit.setText(new)
        try:
            classes = parse_classes(self.classes_edit.text())
        except ValueError:
            classes = []
        if old in classes:
            self.classes_edit.setText(classes_text(list(dict.fromkeys(new if c == old else c for c in classes))))
        if old in self.prompts:
            self.prompts = [new if prompt == old else prompt for prompt in self.prompts]
            if self.collecting():
                self._show_prompt()

    def fill_classes(self) -> None:
        """The classes field lists the chosen dataset's classes, unless the person typed into it: called when the
        row opens empty and when another dataset is chosen (the last Teach round's characters stayed, and Start
        collected them into a dataset of other symbols)."""
        if self.collecting() or self.classes_typed:
            return
        self.classes_edit.setText(classes_text(sorted(self.counts)))

    def collecting(self) -> bool:
        return bool(self.prompts) and self.prompt_index < len(self.prompts)

    def wants_enter(self) -> bool:
        """Enter adds the drawing (not writes it) while collecting, while the label field has the focus, and while
        a label is typed in it (after an add the label stays, so each further drawing is added with Enter; clear
        the label to write with Enter again)."""
        return self.collecting() or self.label_edit.hasFocus() or bool(self.label_edit.text().strip())

    def _start_on_enter(self) -> None:
        """Enter in the classes to collect, or in their count, starts the collection as Start does: the field took
        the key and nothing happened (walk 113)."""
        if not self.collecting() and self.start_button.isEnabled() and self.start_button.isVisible():
            self.start_button.click()

    def enter_note(self) -> str:
        """What Enter does with the drawing, when it does not write the top answer ("" then)."""
        if not self.wants_enter():
            return ""
        label = self.current_label()
        if not label:
            return translate("recognize", "Type a label, then Enter adds the drawing to {0}.").format(
                self.dataset_combo.currentText())
        if self.shown_picture() is not None:  # an opened picture is added as it is
            return fmt(translate("recognize", "Enter adds the picture to {0} as {1!r} (not the answer below)."),
                       self.dataset_combo.currentText(), label)
        return fmt(translate("recognize", "Enter adds the drawing to {0} as {1!r} (not the answer below)."),
            self.dataset_combo.currentText(), label)

    def release_label(self) -> None:
        """Forget the label kept after an add (outside collect mode), so Enter writes the answer again: on a switch
        of model the person is doing something else, and a kept label had Enter file a 7 under "right"."""
        if not self.collecting() and not self.label_edit.hasFocus() and self.label_edit.text():
            self.label_edit.clear()
            self._say(translate("recognize", "Enter writes the top answer again (the label was cleared)."))

    def start_collect(self, classes: str | list[str], times: int = 5, have: dict[str, int] | None = None) -> bool:
        """Prompt each class ``times`` times, less the drawings ``have`` says it has already (Teach… asked for ten
        new drawings of characters the dataset held eight of). False, with a message, when there is nothing to
        collect; a collection with nothing left to draw finishes at once."""
        try:
            labels = parse_classes(classes) if isinstance(classes, str) else [validate_label(c) for c in classes]
        except ValueError as exc:
            self._say(f"⚠ {sentence(localise(exc))}")
            return False
        if not labels:
            self._say(translate("recognize", "List the classes to collect first, e.g. {0}.").format(self.example))
            return False
        text = classes if isinstance(classes, str) else classes_text(labels)
        if text != self.classes_edit.text():  # a Teach round's characters, not what the person typed here
            self.classes_edit.setText(text)
            self.classes_typed = False
        self.times.setValue(max(1, int(times)))
        self.collect_button.setChecked(True)
        # Each class several times in a row, then the next: people draw one character repeatedly with ease, and a
        # prompt that changes after every drawing was easy to miss (samples were saved under the wrong label).
        have = have or {}
        self.collection_labels = labels  # every class of it, those drawn enough before included (Teach teaches them)
        self.prompts = [label for label in labels for _ in range(max(0, max(1, int(times)) - have.get(label, 0)))]
        self.prompt_index = 0
        if not self.prompts:  # every class has its drawings already
            self._finish()
            return True
        self.label_edit.clear()
        # As wide as the longest prompt of this collection from the start: the fields beside it no longer change
        # width with each prompt ("Draw circle" → "Draw triangle").
        self.prompt.setFont(self.prompt_font)
        self.prompt.setMinimumWidth(self._width_for(self._prompt_text(label, len(self.prompts)) for label in labels))
        self.start_button.setText(translate("recognize", "Stop"))
        self.start_button.setToolTip(translate("recognize", "Stop collecting; the drawings added so far are kept"))
        self.skip_button.setEnabled(True)
        # The count is the collection's, set at Start: changed while collecting, it looked applied and was not.
        self.times.setEnabled(False)
        self._show_prompt()
        self.collectionStarted.emit()
        drawing = self.get_drawing()
        if drawing is not None and drawing.strokes:
            # Drawn before the first prompt, so not a drawing of it: Enter filed a leftover 1 as the prompted 7.
            self.clear_drawing()
            self._say(translate("recognize", "The pad was cleared for the first prompt (Ctrl+Z brings the drawing "
                                             "back)."))
        return True

    def _start_or_stop(self) -> None:
        if self._held_stop is not None and not self.collecting():  # a Teach… round learning: Stop ends it
            self._held_stop()
            return
        if self.collecting():
            # What was left, for a Start that follows with the same classes, count and dataset (it began the
            # collection again, and asked for 12 triangles of the 8 wanted: walk 105)
            self._stopped_at = (self.classes_edit.text(), self.times.value(), self.target_dataset(),
                                self.prompts[self.prompt_index:], list(self.collection_labels))
            self.stop_collect()
            self._say(translate("recognize", "Collection stopped; the drawings added so far are kept."))
            self.collectionStopped.emit()
            return
        from guiapp.qt.teach_questions import word_or_letters

        text, times = self.classes_edit.text(), self.times.value()
        stopped, self._stopped_at = self._stopped_at, None
        if stopped is not None and stopped[:3] == (text, times, self.target_dataset()):
            rest, labels = stopped[3], stopped[4]
            if self.start_collect(labels, times, {label: times - rest.count(label) for label in labels}):
                self._say(localise(Plural("Collection resumed where it stopped: %Ln drawing(s) left.", "",
                                          len(self.prompts))))
            return
        # one word: a class of that name, or its letters? ("lune" collected l, u, n and e unasked: walk 105)
        classes = word_or_letters(self, text.strip(), self.counts, self.model_labels, collecting=True)
        if classes:
            self.start_collect(classes, times)

    def stop_collect(self) -> None:
        self.prompts, self.prompt_index = [], 0
        self.prompt.setText("")
        self.stroke_order.set_character(None)
        self.prompt.setMinimumWidth(0)  # the fields take the room back
        self.start_button.setText(translate("recognize", "Start"))
        self.hold_start(self._held_for, self._held_stop)
        self.skip_button.setEnabled(False)
        self.times.setEnabled(True)
        self.label_edit.setPlaceholderText(translate("recognize", "the character drawn"))
        self._show_counter()

    def hold_start(self, reason: str = "", stop=None) -> None:
        """Start unavailable, saying ``reason`` (a Teach… round learning: pressed by mistake, Start began the round's
        prompts again and filed every later drawing under its first character); "" gives it back. With ``stop``,
        the button is the round's Stop meanwhile and calls it (only the Train tab could stop a round: a walk)."""
        self._held_for, self._held_stop = reason, stop
        if not self.collecting():
            self.start_button.setText(translate("recognize", "Stop") if stop else translate("recognize", "Start"))
        self.start_button.setEnabled(not reason or stop is not None)
        self.start_button.setToolTip(reason or translate("recognize", "Prompt each class in turn; Enter adds each drawing"))

    def skip_prompt(self) -> None:
        """Skip the prompted character: the rest of its drawings are not asked for (skipping one of ten drawings
        of the same character asked for the same again)."""
        if not self.collecting():
            return
        label = self.prompts[self.prompt_index]
        following = self.prompt_index
        while following < len(self.prompts) and self.prompts[following] == label:
            following += 1
        self._say(fmt(translate("recognize", "Skipped {0!r} (drawings not made: {1})."), label,
                      following - self.prompt_index))
        self._advance(following)

    def _advance(self, to: int | None = None) -> None:
        self.prompt_index = self.prompt_index + 1 if to is None else to
        if self.prompt_index >= len(self.prompts):
            self._finish()
        else:
            self._show_prompt()

    def _finish(self) -> None:
        """Every prompt answered (or none left to ask): the collection ends, says so, and every class of it is
        handed on."""
        done, labels = len(self.prompts), list(self.collection_labels)
        self.stop_collect()
        self._say(translate("recognize", "Collection finished: {0} prompts.").format(done))
        self.prompt.setText(translate("recognize", "Done ✔"))
        self.outcome_of = self.target_dataset()  # about this dataset: another one chosen, it goes (walk 108)
        # Last, so that what follows (a Teach… round) can say so in the status line and in place of "Done ✔".
        self.collectionFinished.emit(self.target_dataset(), labels)

    outcome_of: str | None = None  # the dataset the outcome shown is about (another chosen: it goes)
    prompt_font: QFont  # the prompt's, large and bold (CollectBar makes both)
    outcome_font: QFont  # what followed the collection: the row's size, bold

    def show_outcome(self, text: str = "", details: str = "", room_for: str = "") -> None:
        """In place of "Done ✔": what followed the collection ("Learning…" while a Teach… round trains, nothing once
        it failed), ``details`` its tooltip; a new collection's prompts take the place back. ``room_for``: the
        longest text that will follow, whose width is kept from now on."""
        if not self.collecting():
            self.prompt.setFont(self.outcome_font if text else self.prompt_font)
            self.prompt.setText(text)
            self.prompt.setToolTip(details)
            self.outcome_of = self.target_dataset() if text else None
            # Only growing while an outcome shows: a round's progress, new every batch, made the fields beside it
            # jump narrower and wider ("Learning… 9 % · 1:06 left", "… 10 % · 0:59 left"); with ``room_for`` they
            # do not move at all ("Learning…", then "… 12 %", then "… 12 % · 0:30 left" moved them twice).
            self.prompt.setMinimumWidth(max(self.prompt.minimumWidth(), self.prompt.sizeHint().width(),
                                            self._width_for([room_for])) if text else 0)

    def _width_for(self, texts) -> int:
        """The prompt's width that holds the longest of ``texts``."""
        metrics = self.prompt.fontMetrics()
        return max(metrics.horizontalAdvance(text) for text in texts) + 4

    def _prompt_text(self, label: str, number: int) -> str:
        return translate("recognize", "Draw  {0}   ({1} / {2})").format(label, number, len(self.prompts))

    def _show_prompt(self) -> None:
        label = self.prompts[self.prompt_index]
        self.prompt.setToolTip("")  # the last round's outcome's
        self.prompt.setFont(self.prompt_font)
        self.prompt.setText(self._prompt_text(label, self.prompt_index + 1))
        self.stroke_order.set_character(label)
        self.label_edit.setPlaceholderText(translate("recognize", "{0}  (Enter accepts)").format(label))
        self._show_counter()
