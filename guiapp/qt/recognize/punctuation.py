"""The punctuation key beside the write line: the marks a sentence needs that no bundled model reads (a learner
wrote わたしはがくせいです and had no way to end it with 。 without a Japanese keyboard: walk 106)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from guiapp.qt.i18n import translate

# Full-width marks for Japanese and Chinese text, as a Japanese or Chinese keyboard writes them; ASCII otherwise.
WIDE_MARKS = "。、，・？！：；「」“”（）…"
# (« » for French, which has no key for them either: walk 109; + @ / for a phone number or an address: walk 112;
# = for a sum, 3+4=7: walk 116)
NARROW_MARKS = ".,?!:;'\"-()«»+=@/"
WIDE_LANGUAGES = (QLocale.Language.Japanese, QLocale.Language.Chinese)
# A key's mark in full-width text (a Japanese keyboard's . and , write 。 and 、)
FULL_WIDTH = {".": "。", ",": "、", "?": "？", "!": "！", ":": "：", ";": "；", "(": "（", ")": "）"}


def mark_name(mark: str) -> str:
    """What a mark is called, beside it in the menu: 、 and , or ・ and . look alike to a learner (walk 109)."""
    # The full-width forms named so: "Other marks" listed ？ and ? alike as "question mark" (walk 112)
    wide = translate("recognize", "full-width {0}")
    question, exclamation = translate("recognize", "question mark"), translate("recognize", "exclamation mark")
    colon, semicolon = translate("recognize", "colon"), translate("recognize", "semicolon")
    opening, closing = translate("recognize", "opening parenthesis"), translate("recognize", "closing parenthesis")
    return {
        "。": translate("recognize", "ideographic full stop"), "、": translate("recognize", "ideographic comma"),
        "，": translate("recognize", "full-width comma"), "・": translate("recognize", "middle dot"),
        "「": translate("recognize", "opening corner bracket"), "」": translate("recognize", "closing corner bracket"),
        "“": translate("recognize", "opening quotation mark"), "”": translate("recognize", "closing quotation mark"),
        "…": translate("recognize", "ellipsis"), ".": translate("recognize", "full stop"),
        ",": translate("recognize", "comma"), "'": translate("recognize", "apostrophe"),
        '"': translate("recognize", "quotation mark"), "-": translate("recognize", "hyphen"),
        "«": translate("recognize", "opening guillemet"), "»": translate("recognize", "closing guillemet"),
        "+": translate("recognize", "plus sign"), "=": translate("recognize", "equals sign"),
        "@": translate("recognize", "at sign"),
        "/": translate("recognize", "slash"),
        "？": wide.format(question), "?": question, "！": wide.format(exclamation), "!": exclamation,
        "：": wide.format(colon), ":": colon, "；": wide.format(semicolon), ";": semicolon,
        "（": wide.format(opening), "(": opening, "）": wide.format(closing), ")": closing,
    }.get(mark, "")


def is_mark(text: str) -> bool:
    """One punctuation mark: written against the text before it, as a keyboard would ("star." not "star .")."""
    return len(text) == 1 and unicodedata.category(text).startswith("P")


def is_key_mark(text: str) -> bool:
    """A key the pad writes as a mark: punctuation, or one of the punctuation key's other marks (+ = for a sum)."""
    return is_mark(text) or (len(text) == 1 and text in NARROW_MARKS)


def marks_for(labels) -> str:
    """The marks for a model's text: full-width where its labels are (kana, kanji) or the window speaks Japanese or
    Chinese (a Chinese student writing with the digits model found only ASCII marks: walk 108), else ASCII."""
    wide = any(unicodedata.east_asian_width(char) in ("W", "F") for label in labels for char in str(label))
    return WIDE_MARKS if wide or QLocale().language() in WIDE_LANGUAGES else NARROW_MARKS


class PunctuationButton(QPushButton):
    """A button whose menu lists the marks for the model in use; ``chosen`` gives the mark picked."""

    chosen = Signal(str)
    spaceChosen = Signal()  # its entry after the marks: a space (Space on the pad, which only Help said: walk 146)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(translate("recognize", "Punctuation: choose a mark to write it at the text line's cursor; a "
                                               "character drawn on the pad is written before it"))
        self.setAccessibleName(translate("recognize", "Punctuation"))
        self.setMenu(QMenu(self))
        font = self.menu().font()
        font.setPointSizeF(font.pointSizeF() * 1.3)  # as the write line's text
        self.menu().setFont(font)
        self.marks = ""
        self.set_labels(())

    def set_labels(self, labels) -> None:
        """Offer the marks for a model of ``labels`` (none: ASCII)."""
        marks = marks_for(labels)
        if marks == self.marks:
            return
        self.marks = marks
        self.setText(marks[1] + marks[0] if marks is WIDE_MARKS else marks[:3])  # "、。" / ".,?"
        self.menu().clear()
        self._add_marks(self.menu(), marks)
        self.menu().addAction("␣\t" + translate("recognize", "space (Space on the pad)"), self.spaceChosen.emit)
        # and the other script's, one step away ("138-1234" with full-width marks first)
        other = self.menu().addMenu(translate("recognize", "Other marks"))
        other.setFont(self.menu().font())
        self._add_marks(other, NARROW_MARKS if marks is WIDE_MARKS else WIDE_MARKS)

    def mark_for_key(self, typed: str, before: str = "") -> str:
        """The mark a punctuation key writes beside the model in use: its full-width form where the key offers
        full-width marks (。 for .), else the key's own; in a number (after a digit, ``before``) . and , are the
        number's own: "3。5" was written for 3.5 in a Chinese window (walk 116)."""
        if self.marks is not WIDE_MARKS or (typed in ".," and before[-1:].isascii() and before[-1:].isdigit()):
            return typed
        return FULL_WIDTH.get(typed, typed)

    def _add_marks(self, menu: QMenu, marks: str) -> None:
        for mark in marks:
            # the name where a shortcut would be (after a tab), so the mark stays in its column
            action = menu.addAction(f"{mark}\t{mark_name(mark)}")
            action.triggered.connect(lambda _checked=False, mark=mark: self.chosen.emit(mark))
