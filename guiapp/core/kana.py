"""Kana that differ from another only by a mark or by size: か/が, は/ば/ぱ, つ/っ/づ, ヤ/ャ.

They are a kana recognizer's likeliest near-misses (a dakuten is 2-3 pixels at the model's input; small and
large kana differ only in size), and a model of the 46 basic kana cannot answer が at all. The Recognize area
offers the neighbours of the top answer as one-click alternatives (issue #23), so a writer reaches every kana
whatever the model knows. Plain Unicode: the marks are the combining sound marks U+3099/U+309A, composed by NFC.
"""

from __future__ import annotations

import unicodedata

DAKUTEN, HANDAKUTEN = "\u3099", "\u309a"
# Small kana and their full-size forms, in pairs (the small hiragana ゕ ゖ are left out: writers use ヵ ヶ).
_SMALL_LARGE = ("ぁあぃいぅうぇえぉおっつゃやゅゆょよゎわ"
                "ァアィイゥウェエォオッツャヤュユョヨヮワヵカヶケ")
SMALL_TO_LARGE = dict(zip(_SMALL_LARGE[0::2], _SMALL_LARGE[1::2]))
LARGE_TO_SMALL = {large: small for small, large in SMALL_TO_LARGE.items()}
# Compositions Unicode has but no one writes today (ワ, ヰ, ヱ, ヲ with a dakuten).
_ARCHAIC = frozenset("ヷヸヹヺ")


def is_kana(char: str) -> bool:
    return len(char) == 1 and ("\u3041" <= char <= "\u3096" or "\u30a1" <= char <= "\u30fa")


def split_mark(char: str) -> tuple[str, str]:
    """A character and its sound mark apart: ざ → (さ, DAKUTEN), ぱ → (は, HANDAKUTEN), さ → (さ, "")."""
    decomposed = unicodedata.normalize("NFD", char)
    if len(decomposed) == 2 and decomposed[1] in (DAKUTEN, HANDAKUTEN):
        return decomposed[0], decomposed[1]
    return char, ""


def base(char: str) -> str:
    """The full-size kana without its sound mark: が → か, ぱ → は, っ → つ, ヴ → ウ; anything else unchanged."""
    if not is_kana(char):
        return char
    plain = split_mark(char)[0]
    return SMALL_TO_LARGE.get(plain, plain)


def family(char: str) -> list[str]:
    """Every written kana sharing ``char``'s base, in a fixed order: plain, voiced, semi-voiced, small."""
    if not is_kana(char):
        return [char]
    plain = base(char)
    members = [plain]
    for mark in (DAKUTEN, HANDAKUTEN):
        marked = unicodedata.normalize("NFC", plain + mark)
        if len(marked) == 1 and marked not in _ARCHAIC:
            members.append(marked)
    if plain in LARGE_TO_SMALL:
        members.append(LARGE_TO_SMALL[plain])
    return members


def neighbours(char: str) -> list[str]:
    """The other members of ``char``'s family: は → [ば, ぱ], ぱ → [は, ば], つ → [づ, っ], あ → [ぁ]."""
    return [member for member in family(char) if member != char]


def cycled(char: str) -> str | None:
    """The next member of ``char``'s family, as a phone keyboard's ゛゜小 key turns the last kana typed: は → ば → ぱ
    → は, つ → づ → っ → つ, か → が → か; None for a character that has no other form."""
    members = family(char)
    return members[(members.index(char) + 1) % len(members)] if len(members) > 1 and char in members else None


# The prolonged sound mark ー is written in hiragana text too (らーめん), but a hiragana model of the tutorial's 71
# (or the 46) has no ー: a flat line read as へ at 0.98–0.997 with the bundled model before ー joined hiragana-all,
# so ー is offered beside へ. The bundled kana models know ー.
LOOKALIKES = {"へ": ["ー"]}
# Kanji that look like a katakana, which no kana model knows: 口 drawn was read as ロ at 100 %, and a learner copying
# a menu wrote katakana for the kanji (walk 146). Offered beside the katakana, one click away.
KANJI_LOOKALIKES = {"ロ": "口", "カ": "力", "ニ": "二", "エ": "工", "タ": "夕", "ト": "卜", "ハ": "八", "ー": "一",
                    "チ": "千", "オ": "才"}


def alternatives(char: str) -> list[str]:
    """What a writer may have meant instead of the answer ``char``: its :func:`neighbours`, then characters no
    kana model of its script knows that look like it (へ → べ, ぺ, ー; ロ → 口)."""
    return neighbours(char) + LOOKALIKES.get(char, []) + list(KANJI_LOOKALIKES.get(char, ""))


# Unicode names kana by the Kunrei-shiki syllable (HIRAGANA LETTER SI); learners read Hepburn (shi).
_HEPBURN = {"si": "shi", "ti": "chi", "tu": "tsu", "hu": "fu", "zi": "ji", "di": "ji", "du": "zu"}


def word_romaji(word: str) -> str:
    """A reading in Hepburn romaji as a learner types it: きょう → kyou, がっこう → gakkou, しゃ → sha, ちゃ → cha
    (kana by kana, a small ゃ ゅ ょ joined to the kana before it, a small っ doubling the consonant after it; ー
    repeats the vowel before it). Characters that are not kana are dropped."""
    out: list[str] = []
    double = False
    for char in word:
        if char in "っッ":
            double = True
            continue
        if char == "ー":
            if out and out[-1]:
                out.append(out[-1][-1])
            continue
        syllable = romaji(char)
        if not syllable:
            continue
        if char in "ゃゅょャュョ" and out and out[-1].endswith("i"):
            before = out.pop()
            stem = before[:-1]
            # shi + ya → sha, chi + ya → cha, ji + ya → ja; ki + ya → kya
            syllable = stem + (syllable[1:] if stem.endswith(("sh", "ch", "j")) else syllable)
        if double:
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
            double = False
        out.append(syllable)
    return "".join(out)


def near_misses(label) -> list[str]:
    """The likeliest near-misses of a top answer, offered beside it (the window's "Also:", the command line's
    "also:"): a kana's marked and small neighbours (は → ば ぱ) and lookalikes (へ → ー, ロ → 口), a letter's
    same-shape other case (W → w)."""
    from guiapp.core import letter_case

    twin = letter_case.other_case(label)
    return [twin] if twin else alternatives(str(label))


def romaji(char: str) -> str:
    """How a learner reads ``char``, in Hepburn romaji (し → shi, ぢ → ji, small ゃ → ya, ー → "-"); "" for a
    character that is not kana. A learner of Japanese who could not read a candidate could not tell あ from お
    (a walk: no romaji anywhere)."""
    if char == "ー":
        return "-"
    if not is_kana(char):
        return ""
    name = unicodedata.name(char, "")
    for prefix in ("HIRAGANA LETTER ", "KATAKANA LETTER "):
        if name.startswith(prefix):
            syllable = name[len(prefix):].removeprefix("SMALL ").lower()
            return _HEPBURN.get(syllable, syllable)
    return ""


__all__ = ["DAKUTEN", "HANDAKUTEN", "KANJI_LOOKALIKES", "LOOKALIKES", "alternatives", "base", "cycled", "family",
           "is_kana", "near_misses", "neighbours", "romaji", "split_mark", "word_romaji"]
