"""Typing a kanji without a Japanese keyboard: a reading (もり, mori) or an English meaning (forest) typed at the end
of a line offers the kanji it may mean (:func:`guiapp.core.kanji_info.find`), and choosing one puts it in place of
what was typed. Teach… needed the character typed, and a learner with no Japanese input could not teach 森 (walk
118). In a Chinese window it offers the jōyō kanji by their English meanings, without Japanese readings: most
common hanzi are written the same (KANJIDIC has no simplified forms)."""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QToolTip

from guiapp.core import kanji_info
from guiapp.qt.i18n import fmt, translate

# What is looked up: the kana or Latin letters typed last, after a kanji, a comma or a space
_TAIL = re.compile(r"([\u3041-\u30ffー]+|[A-Za-z]+)$")


def looked_up(text: str) -> str:
    """The end of ``text`` that a lookup reads (もり in "木もり"); "" when it ends otherwise."""
    match = _TAIL.search(text)
    return match.group(1) if match else ""


class KanjiCompleter(QCompleter):
    """Attached to ``edit``: as its text ends in a reading or a meaning, a list of the kanji it may mean."""

    def __init__(self, edit: QLineEdit, readings: bool = True, accept_on_choice: bool = False) -> None:
        super().__init__(edit)
        # Japanese readings beside each kanji; not in a Chinese window, where they misled a teacher ("人 ジン jin、
        # ひと": walk 138): its meanings alone there
        self.readings = readings
        self.typed = ""  # the line as typed, before a row highlighted or chosen stood in for its end
        self.setModel(QStringListModel(self))
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        # Larger than the line's text: at 12 px, 山 and 岳 were hard to tell apart (walk 159)
        font = self.popup().font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.popup().setFont(font)
        edit.setCompleter(self)
        edit.textEdited.connect(self.look_up)
        # the line as chosen (pathFromIndex), set here too: the line sets it only while it has the focus
        self.activated[str].connect(edit.setText)
        self.only_kanji = accept_on_choice  # the line is for a kanji alone (Teach…'s may hold words: star)
        if accept_on_choice:  # Look up a kanji…: the kanji chosen is the answer (a click only filled the line, and OK
            # was a second step: walk 159); Teach…'s line may take several characters, so it waits for OK there
            self.activated[str].connect(self._accept_dialog)

    def _accept_dialog(self, _text: str) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QDialog

        dialog = self.widget().window() if self.widget() is not None else None
        if isinstance(dialog, QDialog):  # once the completer has put the kanji in the line (it does after this)
            QTimer.singleShot(0, dialog, dialog.accept)

    def look_up(self, text: str) -> None:
        self.typed = text
        tail = looked_up(text)
        rows = [translate("recognize", "{0}  {1} · {2}").format(info.kanji, readings_for(info, tail),
                                                                  ", ".join(info.meanings[:3])) if self.readings
                else f"{info.kanji}  {', '.join(info.meanings[:3])}"
                for info in (kanji_info.find(tail) if tail else [])]
        self.model().setStringList(rows)
        if rows:
            QToolTip.hideText()
            self.complete()
        else:
            self.popup().hide()
            edit = self.widget()  # (its own: a wrapper kept of the dialog's line went stale)
            if tail and self.only_kanji and edit is not None:  # said as it is typed: an empty list said nothing, and
                # "mountian" was refused only after OK (walk 159)
                QToolTip.showText(edit.mapToGlobal(edit.rect().bottomLeft()), translate(
                    "recognize", "No kanji found for “{0}”").format(tail), edit)
            else:
                QToolTip.hideText()

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt's name
        """What the line holds with a row highlighted or chosen: the reading typed, replaced by the row's kanji
        (Qt's own would put the whole row there)."""
        kanji = str(index.data()).split(" ", 1)[0]
        return self.typed[: len(self.typed) - len(looked_up(self.typed))] + kanji


def readings_for(info: kanji_info.KanjiInfo, typed: str) -> str:
    """A kanji's first readings, the one ``typed`` matches first and in romaji ("もり mori、シン" for mori): 守 was
    listed for mori as "シュ、まもる、ス", its もり beyond the three shown (walk 130); found by a meaning, its first
    reading in romaji ("セン sen、かわ" for river)."""
    from guiapp.core.kana import word_romaji

    matched = kanji_info.reading_matching(info, typed)
    shown = [reading for reading in info.readings() if reading != matched][:3 if matched is None else 2]
    if matched is None and shown:  # found by its meaning ("river"): its first reading in romaji too (walk 136)
        matched, shown = shown[0], shown[1:]
    return "、".join(([f"{matched} {word_romaji(matched)}"] if matched else []) + shown)


def attach_kanji_lookup(readings: bool = True, accept_on_choice: bool = False) -> KanjiCompleter | None:
    """A lookup on the line of the input dialog now open (QInputDialog.getText's, which hands out no line)."""
    from PySide6.QtWidgets import QApplication, QInputDialog

    dialog = QApplication.activeModalWidget()
    edit = dialog.findChild(QLineEdit) if isinstance(dialog, QInputDialog) else None
    return KanjiCompleter(edit, readings, accept_on_choice) if edit is not None else None


CHINESE = ("zh_CN", "zh_TW")


def offers_kanji(labels, language: str) -> bool:
    """Whether a line for characters to teach offers the lookup: for a model of Japanese (kana or kanji), or a
    window in Japanese or Chinese (a teacher in Shanghai, with no Chinese input, typed "person" and was asked to
    draw the word: walk 138). A shapes model's "circle, square" would otherwise be offered 円."""
    from guiapp.qt.teach_questions import writes_cjk

    return language == "ja" or language in CHINESE or writes_cjk(labels)


def look_up_kanji(window) -> str:
    """Edit → Look up a kanji…: a kanji found by its reading or meaning, written in the text line; returns what was
    written. No bundled model reads a kanji drawn (one takes about a day to train), and the lookup was only to be
    found inside Teach… (walk 146: a learner could not find 山 or 水 anywhere)."""
    import unicodedata

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    chinese = window.language in CHINESE
    prompt = (translate("recognize", "Type a character's English meaning (person, water) and choose it from the list: "
                                     "it is written in the text line.") if chinese else
              translate("recognize", "Type a kanji's reading or meaning (yama, やま, mountain) and choose it from the "
                                     "list: it is written in the text line."))
    asked, typed_before = prompt, ""
    while True:
        # to the dialog's line, once up
        QTimer.singleShot(0, lambda: attach_kanji_lookup(readings=not chinese, accept_on_choice=True))
        text, ok = QInputDialog.getText(window, translate("recognize", "Look up a kanji"), asked,
                                        QLineEdit.EchoMode.Normal, typed_before)
        text = text.strip() if ok else ""
        typed, others = text, 0
        found = (kanji_info.find(text, limit=MANY + 1)  # a reading or a meaning sent with Enter: its first kanji
                 if text and (text.isascii() or looked_up(text) == text) else None)
        if found is None or found:
            break
        # Asked again with what was typed: a word ("gakkou") closed the dialog and was lost (walk 164)
        asked, typed_before = prompt + "\n\n" + translate(
            "recognize", "No kanji found for “{0}”. Type one kanji's reading or meaning at a time: 学校 is gaku, then "
                         "kou.").format(text), text
    if found:
        text, others = found[0].kanji, len(found) - 1
    kanji = [char for char in text if unicodedata.name(char, "").startswith("CJK")]
    for char in kanji:
        window.recognize.write_line.append(char)
    if len(kanji) == 1:
        _say_written(window, kanji[0], typed if others else "", others, chinese)
        _show_order(window, kanji[0])
    return "".join(kanji)


def _show_order(window, char: str) -> None:
    """The kanji's strokes replayed under the candidate list, as a candidate's right-click shows them: a learner who
    looked up 学 found its stroke order nowhere near (walk 164). It stays while they draw it; one looked up next
    replaces it."""
    from guiapp.qt.recognize.stroke_order import show_order

    candidates = window.recognize.predictions
    shown = getattr(window, "lookup_order", None)
    window.lookup_order = show_order(char, candidates, below=candidates, replacing=shown)


MANY = 20  # more kanji than this found for a reading are said as "more than 20"


def _say_written(window, char: str, typed: str, others: int, chinese: bool) -> None:
    """The kanji written, with its readings and meanings (the list showed them, and they went with it: walk 154),
    and, where the lookup's first of several was taken (OK with "kou" typed wrote 口, of dozens), that the list
    has the others."""
    info = kanji_info.lookup(char)
    row = char  # as the list wrote it
    if info is not None:
        meanings = ", ".join(info.meanings[:3])
        row = (f"{char}  {meanings}" if chinese else
               translate("recognize", "{0}  {1} · {2}").format(char, readings_for(info, typed), meanings))
    said = translate("recognize", "Wrote {0}").format(row)
    if others:
        count = fmt("{0:,}", others) if others <= MANY else translate("recognize", "more than {0}").format(MANY)
        said += translate("recognize", " · the first of the kanji found for “{0}”; {1} others are in the list as "
                                       "you type").format(typed, count)
    window.statusBar().showMessage(said, 15000)


__all__ = ["KanjiCompleter", "attach_kanji_lookup", "look_up_kanji", "looked_up", "offers_kanji"]
