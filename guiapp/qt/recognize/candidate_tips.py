"""What a candidate says beyond its label: the reading shown beside it (a kana's romaji, a kanji's readings) and the
tooltips of the candidates and of the "Also:" neighbours (what a click writes, and the keys that write it)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from guiapp.core import kana, kanji_info, letter_case
from guiapp.qt.i18n import translate

ROMAJI_WIDTH = 30.0  # a kana's reading beside it: "tsu", "shi" at the row's small size
KANJI_READING_WIDTH = 60.0  # a kanji's readings beside it ("やま、サン"): five kana at the row's small size


def candidate_tip(label: str) -> str:
    """What clicking a candidate writes. A Latin letter is named by its case and capital (small letter L, capital
    letter I): l and I are one stroke in the window's sans-serif font."""
    if len(label) == 1 and label.isascii() and label.isalpha():
        if label.isupper():
            return translate("recognize", "Click to write “{0}” (capital letter {0})").format(label)
        return translate("recognize", "Click to write “{0}” (small letter {1})").format(label, label.upper())
    if label in kana.SMALL_TO_LARGE:  # っ read "tsu" as つ does: which one it is (a walk)
        return translate("recognize", "Click to write “{0}” (small {1}: {2})").format(
            label, kana.SMALL_TO_LARGE[label], kana.romaji(label))
    if kana.romaji(label):  # the learner's reading, as the row shows it beside the kana
        return translate("recognize", "Click to write “{0}” ({1})").format(label, kana.romaji(label))
    return translate("recognize", "Click to write “{0}”").format(label)


def row_reading(label: str) -> tuple[str, float]:
    """The muted reading a row shows beside its label, and the width it takes: a kana's romaji, a kanji's first
    kun'yomi and on'yomi (KANJIDIC's; in a Chinese window its first meaning), else nothing."""
    if romaji := kana.romaji(label):
        return romaji, ROMAJI_WIDTH
    info = kanji_info.lookup(label)
    if info is not None and info.meanings and QLocale().language() == QLocale.Language.Chinese:
        # KANJIDIC's readings are Japanese: a teacher in Shanghai saw ひと、ジン beside 人 (walk 138); its meaning
        return info.meanings[0], KANJI_READING_WIDTH
    if info is not None and info.readings():
        # The word a learner knows it by, then its sound (やま、サン): the first reading alone was the on'yomi, and
        # 山, 川, 木 showed サン, セン, ボク with no やま, かわ, き (walk 110); all of them are in the tooltip
        kun = [reading.replace(".", "").strip("-") for reading in info.kun]
        return "、".join(dict.fromkeys(kun[:1] + list(info.on[:1]))) or info.readings()[0], KANJI_READING_WIDTH
    return "", 0.0


def kanji_tip(info: kanji_info.KanjiInfo | None) -> str:
    """A kanji's readings and meanings for its tooltip (a taught kanji had none: only the kanji model's grid did)."""
    if info is None:
        return ""
    return "\n".join(filter(None, ("、".join(info.readings()), "; ".join(info.meanings))))


def shortcut_tip(rank: int) -> str:
    """The keys that write the candidate of ``rank`` (0 is the top answer): a fresh-eyes walk never found Alt+1…9."""
    if rank == 0:
        return translate("recognize", "Keys: Enter or Alt+1")
    return translate("recognize", "Keys: Alt+{0}").format(rank + 1) if rank < 9 else ""


def neighbour_tip(label: str, top: str) -> str:
    """What a neighbour button of ``top`` writes, in words: a small and a full-size kana look alike in a button.
    No quotes around the kana: Qt draws quotes next to CJK text with the CJK font, full width, and they gape."""
    if letter_case.other_case(label):
        return candidate_tip(label)
    if label == "ー":
        return translate("recognize", "Write {0}: the prolonged sound mark").format(label)
    if kana.KANJI_LOOKALIKES.get(top) == label:
        return translate("recognize", "Write {0}: the kanji that looks like the katakana {1}").format(label, top)
    if label in kana.SMALL_TO_LARGE:
        return translate("recognize", "Write {0}: the small {1}").format(label, kana.SMALL_TO_LARGE[label])
    if kana.SMALL_TO_LARGE.get(top) == label:
        return translate("recognize", "Write {0}: full size").format(label)
    mark = kana.split_mark(label)[1]
    if mark == kana.DAKUTEN:
        return translate("recognize", "Write {0}: with dakuten ゛").format(label)
    if mark == kana.HANDAKUTEN:
        return translate("recognize", "Write {0}: with handakuten ゜").format(label)
    return translate("recognize", "Write {0}: without a mark").format(label)


__all__ = ["KANJI_READING_WIDTH", "ROMAJI_WIDTH", "candidate_tip", "kanji_tip", "neighbour_tip", "row_reading",
           "shortcut_tip"]
