"""Kana neighbours (guiapp.core.kana): the same kana with another sound mark or size."""

import pytest

from guiapp.core import kana
from guiapp.core.datasets.builtin import BUILTINS, HIRAGANA, HIRAGANA_71, KATAKANA


@pytest.mark.parametrize("char, expected", [
    ("は", ["ば", "ぱ"]), ("ぱ", ["は", "ば"]), ("つ", ["づ", "っ"]), ("っ", ["つ", "づ"]), ("か", ["が"]),
    ("う", ["ゔ", "ぅ"]), ("や", ["ゃ"]), ("ゎ", ["わ"]), ("カ", ["ガ", "ヵ"]), ("ケ", ["ゲ", "ヶ"]),
    ("ウ", ["ヴ", "ゥ"]), ("ワ", ["ヮ"]), ("ん", []), ("ヲ", []), ("A", []), ("7", []), ("cat", []),
])
def test_neighbours_are_the_same_kana_with_another_mark_or_size(char, expected):
    assert kana.neighbours(char) == expected


def test_alternatives_add_lookalikes_no_model_of_the_script_knows():
    assert kana.alternatives("へ") == ["べ", "ぺ", "ー"]  # a model of the 71 has no ー; a flat line reads へ
    assert kana.alternatives("ヘ") == ["ベ", "ペ"] and kana.alternatives("は") == ["ば", "ぱ"]
    # the kanji a katakana looks like: 口 was read as ロ at 100 %, and written as it (walk 146)
    assert kana.alternatives("ロ") == ["口"] and kana.alternatives("カ") == ["ガ", "ヵ", "力"]
    assert all(len(kana.alternatives(char)) <= 3 for char in kana.KANJI_LOOKALIKES)  # (three buttons)


def test_cycled_turns_a_kana_through_its_family_as_a_phone_keyboard_does():
    assert [kana.cycled(c) for c in "はばぱ"] == ["ば", "ぱ", "は"]
    assert [kana.cycled(c) for c in "つづっ"] == ["づ", "っ", "つ"]
    assert kana.cycled("か") == "が" and kana.cycled("が") == "か" and kana.cycled("ヵ") == "カ"
    assert kana.cycled("ん") is None and kana.cycled("ー") is None and kana.cycled("A") is None


def test_every_basic_kana_is_the_base_of_its_family():
    for char in HIRAGANA + KATAKANA:
        assert kana.base(char) == char and all(kana.base(n) == char for n in kana.neighbours(char)), char


def test_hiragana_71_is_the_tutorials_class_set():
    assert len(HIRAGANA_71) == 71 == len(set(HIRAGANA_71))
    assert set(HIRAGANA) <= set(HIRAGANA_71) and "ゔ" not in HIRAGANA_71
    assert {c for c in HIRAGANA_71 if c not in HIRAGANA} == set("がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ")
    assert BUILTINS["hiragana-71"][0] == HIRAGANA_71


def test_every_kana_in_use_is_a_class_of_the_all_sets():
    """hiragana-all: the 71, the 10 small kana, ゔ and ー; katakana-all: the same in katakana and small ヵ ヶ.
    Not the archaic ゐ ゑ ヰ ヱ ヷ…ヺ, nor ゕ ゖ (writers use ヵ ヶ)."""
    from guiapp.core.datasets.builtin import HIRAGANA_ALL, KATAKANA_ALL

    assert len(HIRAGANA_ALL) == 83 == len(set(HIRAGANA_ALL)) and len(KATAKANA_ALL) == 85 == len(set(KATAKANA_ALL))
    assert set(HIRAGANA_ALL) == set(HIRAGANA_71) | set("ぁぃぅぇぉっゃゅょゎゔー")
    assert set(KATAKANA_ALL) == {chr(ord(c) + 0x60) for c in HIRAGANA_71} | set("ァィゥェォッャュョヮヵヶヴー")
    assert not set("ゐゑゕゖヰヱヷヸヹヺ") & set(HIRAGANA_ALL + KATAKANA_ALL)
    for char in HIRAGANA_ALL + KATAKANA_ALL.replace("ー", ""):  # every member's family is in its set
        assert set(kana.family(char)) <= set(HIRAGANA_ALL + KATAKANA_ALL), char
    assert BUILTINS["hiragana-all"][0] == HIRAGANA_ALL and BUILTINS["katakana-all"][0] == KATAKANA_ALL


def test_every_kana_of_the_bundled_sets_has_its_hepburn_reading():
    """A learner who could not read a candidate had no reading anywhere (a walk): each kana has its romaji."""
    readings = {"あ": "a", "し": "shi", "ち": "chi", "つ": "tsu", "ふ": "fu", "じ": "ji", "ぢ": "ji", "づ": "zu",
                "を": "wo", "ん": "n", "ゃ": "ya", "っ": "tsu", "ぱ": "pa", "ヴ": "vu", "ヶ": "ke", "ー": "-",
                "シ": "shi", "ジ": "ji"}
    assert {char: kana.romaji(char) for char in readings} == readings
    for name in ("hiragana-all", "katakana-all"):
        assert all(kana.romaji(char).isascii() and kana.romaji(char) for char in BUILTINS[name][0]), name
    assert kana.romaji("A") == kana.romaji("7") == kana.romaji("日") == ""
