"""The line above the candidates: what Enter does with the drawing, how sure the answer is, or which of two
characters of one shape it is (っ/つ, o/O), else how to write a candidate."""

from __future__ import annotations

import unicodedata

from guiapp.core import kana, letter_case
from guiapp.qt.i18n import listing, translate

FEW_CLASSES = 6  # a model of this many classes or fewer (one's own symbols) is said to read everything as one


# The most strokes a character of a model's script is drawn with, give or take one: ぼ is ほ's 4 and its 2 marks;
# letters, digits and marks take at most 4 (E, M, #). More, and it is likely a character of another script.
MOST_STROKES_KANA, MOST_STROKES_OTHER = 7, 5


def more_strokes_than_it_knows(labels, strokes: int) -> bool:
    """Whether a drawing of ``strokes`` strokes has more than any character of the model's script: a kanji drawn on
    the kana model was read as ほ at 86 %, and nothing said it knows no kanji (walk 118). Only for a model of one
    script's characters (ten or more, one character each, no kanji among them): a model of a few symbols of one's
    own says what it knows already, and one taught kanji reads them."""
    names = [str(label) for label in labels]
    if len(names) < 10 or any(len(name) != 1 or unicodedata.name(name, "").startswith("CJK") for name in names):
        return False
    most = MOST_STROKES_KANA if any(kana.is_kana(name) for name in names) else MOST_STROKES_OTHER
    return strokes > most


def strokes_beyond_a_kanji(top: str, strokes: int) -> int | None:
    """KanjiVG's stroke count of the kanji ``top`` when the drawing has 2 or more strokes beyond it, else None: a
    model taught 森 休 町 字 木 read 林 (8 strokes) as 休 (6) at 100 %, and nothing said so (walk 123). (One stroke
    more is a pen lifted; fewer is strokes joined.)"""
    if len(top) != 1 or not unicodedata.name(top, "").startswith("CJK"):
        return None
    from guiapp.core.datasets.templates import stroke_count

    count = stroke_count(top)
    return count if count is not None and strokes >= count + 2 else None


def headline(top: list[tuple[str, float]], labels: list[str], listed: set[str], enter_note: str = "",
             unsure: bool = False, image: bool = False, strokes: int = 0, scribbled: bool = False,
             side_by_side: int = 1, parts: tuple[str, ...] = ()) -> tuple[str, str]:
    """(text, tone) for the answer ``top`` of a model of ``labels``; ``listed``: the candidates shown;
    ``enter_note``: what Enter does instead of writing the top answer, if it does; ``image``: the answer is to an
    image (a file, a paste), not a drawing; ``strokes``: the drawing's; ``scribbled``: it looks like a scribble
    (:func:`guiapp.core.scribble.looks_scribbled`); ``side_by_side``: more than 1, it looks like that many
    characters side by side (:func:`guiapp.core.side_by_side.characters_side_by_side`), ``parts`` each of them read
    on its own."""
    from guiapp.qt.recognize.predictions import format_percent

    if enter_note:
        return enter_note, "warning"
    if top and more_strokes_than_it_knows(labels, strokes):
        if any(kana.is_kana(str(label)) for label in labels):  # a kanji, most likely, beside kana
            text = translate("recognize", "{0} strokes: more than any character this model knows. A kanji? It "
                                          "knows none, and reads the nearest it knows (Teach… can teach it some).")
        else:  # (eight strokes on digits: "A kanji?" was a strange guess)
            text = translate("recognize", "{0} strokes: more than any character this model knows. It reads the "
                                          "nearest it knows (Teach… can teach it new ones).")
        return text.format(strokes), "warning"
    if top and scribbled:  # a dense scribble read as 8 at 96 %, said nowhere (walk 143)
        return translate("recognize", "This looks like a scribble, not a character: {0} is only the nearest of "
                                      "what the model knows.").format(top[0][0]), "warning"
    if top and side_by_side > 1 and parts:  # an image of two characters was read as one at 99 %, unsaid (walk 146)
        return translate("recognize", "This looks like {0} characters side by side, and the model reads one at a "
                                      "time. One by one it reads {1}: Enter writes them.").format(
            side_by_side, listing(parts)), "warning"
    if top and side_by_side > 1:
        text = (translate("recognize", "This looks like {0} characters side by side, and the model reads one at a "
                                       "time: {1} is only its reading of them all. Open an image of one character.")
                if image else
                translate("recognize", "This looks like {0} characters side by side, and the model reads one at a "
                                       "time: write one, press Enter, then the next."))
        return text.format(side_by_side, top[0][0]), "warning"  # (a drawing's names no answer)
    fewer = strokes_beyond_a_kanji(str(top[0][0]), strokes) if top else None
    if fewer is not None:
        return translate("recognize", "{0} strokes, where {1} has {2}: perhaps a kanji this model was not taught "
                                      "(it reads the nearest it knows).").format(strokes, top[0][0], fewer), "warning"
    if unsure and top and 0 < len(labels) <= FEW_CLASSES:
        # A model of a few symbols of one's own: a finished symbol it does not know was told to "write it more
        # clearly" (walk 151); likely it is none of them.
        named = listing(labels)
        return (translate("recognize", "Not sure: the best guess has only {0}. It knows only {1}, and reads "
                                       "whatever is drawn as one of them.").format(
            format_percent(top[0][1]), named if len(named) <= 24 else
            translate("recognize", "{0} classes").format(len(labels)))), "warning"
    if unsure and top:
        # Of an image, the likely cause is what it shows: a printed word was told to "write it more clearly".
        # Of a drawing, often that it is not finished: a kanji half drawn was told so at every stroke (a walk).
        advice = (translate("recognize", "Not sure: the best guess has only {0}. The image should show one "
                                         "character (a word is read as one).") if image else
                  translate("recognize", "Not sure yet: the best guess has only {0}. Finish the character, or "
                                         "write it more clearly."))
        return advice.format(format_percent(top[0][1])), "warning"
    first = str(top[0][0]) if top else ""
    if first in kana.SMALL_TO_LARGE:
        # っ and つ are one shape at two sizes: say which one Enter writes, and where the other one is.
        large = kana.SMALL_TO_LARGE[first]
        where = (translate("recognize", "Small {0} (read from its size); {1} below is full size.") if large in listed
                 else translate("recognize", "Small {0} (read from its size); the full-size {1} is under Also."))
        return where.format(first, large), "muted"
    twin = (letter_case.other_case(first) if first.lower() in letter_case.SIZE_DECIDES and first.swapcase() in labels
            else None)
    if twin:
        # o and O too, told apart by the height drawn: the top answer's larger font drew its o as tall as the Q
        # below it, and a walk read it as O
        if first.islower():
            which = (translate("recognize", "Small {0} (read from its size); capital {1} is below.") if twin in listed
                     else translate("recognize", "Small {0} (read from its size); capital {1} is under Also."))
        else:
            which = (translate("recognize", "Capital {0} (read from its size); small {1} is below.") if twin in listed
                     else translate("recognize", "Capital {0} (read from its size); small {1} is under Also."))
        return which.format(first, twin), "muted"
    if 0 < len(labels) <= FEW_CLASSES:
        # A model of a few symbols of one's own read a drawn 3 as ★ at 91 %: a classifier has no "none of
        # these", so say what it can answer.
        named = listing(labels)  # "★, ☆, ♥" as the language lists them (walk 105 read "★ ☆ ♥" as one)
        return (translate("recognize", "It knows only {0}: whatever is drawn is read as one of them.").format(named)
                if len(named) <= 24 else  # word labels: their count, or the line outgrew its two lines
                translate("recognize", "It knows only {0} classes: whatever is drawn is read as one of them.").format(
                    len(labels))), "muted"
    # The keys of the candidates shown: "Alt+1…9" beside five, and Alt+6 did nothing (walk 104)
    shown = min(9, len(listed)) if listed else 9
    keys = "Alt+1" if shown == 1 else f"Alt+1…{shown}"
    return translate("recognize", "Click a candidate (or {0}) to write it; Enter writes the top one.").format(keys), "muted"


__all__ = ["FEW_CLASSES", "headline", "more_strokes_than_it_knows", "strokes_beyond_a_kanji"]
