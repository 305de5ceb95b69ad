"""Readings and meanings of the jōyō kanji, from ``resources/kanji/kanjidic.tsv``.

The file is KANJIDIC's data (EDRDG, CC BY-SA 3.0) converted at build time by scripts/kanji_data.py, so the app
never needs the dictionary itself. It is read once, on first use (~160 kB, a few milliseconds), and serves both
the Recognize view's candidate readings and the ``kyoiku``/``joyo`` built-in datasets' character lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import zip_longest

from guiapp import paths

RESOURCE = ("kanji", "kanjidic.tsv")
KYOIKU_GRADES = (1, 2, 3, 4, 5, 6)  # taught in primary school
JOYO_GRADES = KYOIKU_GRADES + (8,)  # 8: the rest of jōyō, taught in secondary school


@dataclass(frozen=True)
class KanjiInfo:
    kanji: str
    grade: int
    on: tuple[str, ...]  # on'yomi, katakana
    kun: tuple[str, ...]  # kun'yomi, hiragana; "." marks where okurigana start, "-" a prefix or suffix
    meanings: tuple[str, ...]  # English

    def readings(self) -> tuple[str, ...]:
        """The readings as a learner reads them: on and kun in turn, so the first few shown hold both (上 showed
        ジョウ、ショウ、シャン and no うえ: a walk), kun without KANJIDIC's markup (で.る → でる, -び → び), each once."""
        kun = [reading.replace(".", "").strip("-") for reading in self.kun]
        turns = [reading for pair in zip_longest(self.on, kun) for reading in pair if reading]
        return tuple(dict.fromkeys(turns))


def _split(field: str) -> tuple[str, ...]:
    return tuple(part for part in field.split(";") if part)


@cache
def _rows() -> dict[str, tuple[int, str, str, str]]:
    """kanji → (grade, on, kun, meanings) as the file spells them, in its order (grade, then JIS order); split
    only on lookup, so the datasets' character lists cost one read (6-13 ms measured on the loaded 2-core
    machine). Empty if the file is missing: the readings are a help, recognition works without them."""
    try:
        text = paths.resource(*RESOURCE).read_text(encoding="utf-8")
    except OSError:
        return {}
    rows = {}
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    for line in lines[1:]:  # the first is the column names
        kanji, grade, on, kun, meanings = line.split("\t")[:5]
        rows[kanji] = (int(grade), on, kun, meanings)
    return rows


def lookup(char: str) -> KanjiInfo | None:
    """What the resource knows of ``char``; None for anything else (kana, digits, a kanji outside jōyō)."""
    row = _rows().get(char)
    if row is None:
        return None
    grade, on, kun, meanings = row
    return KanjiInfo(char, grade, _split(on), _split(kun), _split(meanings))


def find(query: str, limit: int = 10) -> list[KanjiInfo]:
    """The jōyō kanji a learner who cannot type them may mean by ``query``: a reading in kana (やすむ, ヤス) or in
    romaji (yasumu), or an English meaning (rest, forest). Exact readings and meanings first, then those that start
    with it; by grade (the commonest first) within each. Teach… needed the kanji typed, and a learner without a
    Japanese keyboard could not teach 森 (walk 118)."""
    query = query.strip().lower()
    wanted, kana = _searched(query)
    if not wanted:
        return []
    ranked = []
    for info, readings, all_meanings in _search_index():
        meanings = [] if kana else all_meanings
        if wanted in readings or query in meanings:
            rank = 0
        elif any(reading.startswith(wanted) for reading in readings):
            rank = 1
        elif any(meaning.startswith(query) or f" {query}" in meaning for meaning in meanings):
            rank = 2
        else:
            continue
        ranked.append((rank, info.grade, len(ranked), info))
    return [info for *_, info in sorted(ranked)[:limit]]


def _searched(query: str) -> tuple[str, bool]:
    """(what a reading must match, in romaji; whether ``query`` is kana): ("", False) for a query that is neither
    kana nor two Latin letters or more."""
    from guiapp.core.kana import is_kana, word_romaji

    if query and all(is_kana(char) or char == "ー" for char in query):
        return word_romaji(query), True
    if query.isascii() and query.replace(" ", "").isalpha() and len(query) >= 2:
        return query.lower(), False
    return "", False


def reading_matching(info: KanjiInfo, query: str) -> str | None:
    """The first of ``info``'s readings that ``query`` (as :func:`find` takes it) is or begins, else None."""
    from guiapp.core.kana import word_romaji

    wanted, _kana = _searched(query.strip())
    return next((reading for reading in info.readings() if wanted and word_romaji(reading).startswith(wanted)), None)


@cache
def _search_index() -> list[tuple[KanjiInfo, list[str], list[str]]]:
    """Each kanji with its readings in romaji and its meanings in lower case, made once (a search then takes a few
    milliseconds, as the person types)."""
    from guiapp.core.kana import word_romaji

    return [(info, [word_romaji(reading) for reading in info.readings()], [m.lower() for m in info.meanings])
            for info in map(lookup, _rows())]


def characters(grades: tuple[int, ...]) -> str:
    """The kanji of these grades, in the resource's order."""
    return "".join(kanji for kanji, row in _rows().items() if row[0] in grades)


__all__ = ["JOYO_GRADES", "KYOIKU_GRADES", "KanjiInfo", "characters", "find", "lookup", "reading_matching"]
