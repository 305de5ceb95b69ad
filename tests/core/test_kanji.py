"""Kanji: the KANJIDIC resource and its lookup, the kyoiku/joyo built-ins, and a tiny kanji model end to end."""

import importlib.util
import os
import time
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from guiapp import paths
from guiapp.core import kanji_info
from guiapp.core.datasets import builtin, registry
from guiapp.core.datasets.templates import missing_characters

ROOT = Path(__file__).resolve().parents[2]
KANJIDIC = Path("/usr/share/edict/kanjidic")


def test_the_lists_are_kanjidic_s_jōyō_grades_with_a_template_for_every_kanji():
    assert (len(builtin.KYOIKU), len(builtin.JOYO)) == (1026, 2136)
    assert len(set(builtin.JOYO)) == 2136 and set(builtin.KYOIKU) <= set(builtin.JOYO)
    assert all(unicodedata.name(c).startswith("CJK") for c in builtin.JOYO)
    assert builtin.JOYO.startswith(builtin.KYOIKU)  # grade order: the primary-school kanji first
    assert missing_characters(builtin.JOYO) == []  # KanjiVG draws every one of them
    assert {"日", "学", "鬱", "𠮟", "塡", "剝", "頰"} <= set(builtin.JOYO)
    assert "叱" not in builtin.JOYO  # the JIS X 0208 form of 𠮟 is not a class of its own


def test_lookup_gives_grade_readings_and_meanings():
    day = kanji_info.lookup("日")
    assert day.grade == 1 and "ニチ" in day.on and "ひ" in day.kun and "sun" in day.meanings
    assert day.readings() == ("ニチ", "ひ", "ジツ", "び", "か")  # on and kun in turn, without KANJIDIC's "-"
    assert kanji_info.lookup("上").readings()[:3] == ("ジョウ", "うえ", "ショウ")  # うえ among the first shown
    assert "でる" in kanji_info.lookup("出").readings()  # で.る: the word, not the dictionary's markup
    scold = kanji_info.lookup("𠮟")  # outside JIS X 0208: readings of its accepted form 叱
    assert scold.grade == 8 and "しか.る" in scold.kun and "scold" in scold.meanings
    assert kanji_info.lookup("あ") is None and kanji_info.lookup("7") is None
    hand_listed = [line.split("\t")[0] for line in paths.resource(*kanji_info.RESOURCE).read_text("utf-8").splitlines()
                   if line.endswith(tuple(f"readings of {c}" for c in "叱填剥頬"))]
    assert hand_listed == ["𠮟", "塡", "剝", "頰"]


@pytest.mark.skipif(not KANJIDIC.is_file(), reason="Debian's kanjidic package is not installed")
def test_the_resource_is_what_the_build_script_makes_of_kanjidic(tmp_path):
    spec = importlib.util.spec_from_file_location("kanji_data", ROOT / "scripts" / "kanji_data.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    rows, missing = script.joyo_rows(script.read_kanjidic(KANJIDIC))
    assert missing == ["𠮟", "塡", "剝", "頰"]
    script.write_tsv(rows, tmp_path / "kanjidic.tsv")
    assert (tmp_path / "kanjidic.tsv").read_bytes() == paths.resource(*kanji_info.RESOURCE).read_bytes()


def test_listing_names_the_kanji_sets_without_synthesising():
    started = time.perf_counter()
    infos = {info.name: info for info in registry.list_datasets(load=False)}
    assert time.perf_counter() - started < 1.0
    assert (infos["kyoiku"].classes, infos["joyo"].classes) == (1026, 2136)
    assert "64×64" in infos["joyo"].source
    plan = registry.describe("joyo", samples_per_class=3)  # planned, not drawn
    assert len(plan) == 3 * 2136 and plan.spec.height == 64


def test_a_tiny_kanji_model_end_to_end(tmp_path):
    """Synthesise 5 kyoiku kanji, train one epoch, save, load and recognize: the kanji pipeline at toy scale."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    from guiapp.core.recognition import Recognizer
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.engine import train

    chars = builtin.KYOIKU[:5]
    dataset = builtin.load_builtin(f"custom:{chars}", samples_per_class=20, spec=builtin.BUILTINS["kyoiku"][1],
                                   use_cache=False, workers=1)
    assert dataset.images.shape == (100, 64, 64)
    result = train(TrainConfig(preset="logreg", epochs=1, batch_size=16, validation_split=0.2, test_split=0.0),
                   dataset)
    assert result.stopped == "completed"
    recognizer = Recognizer(result.save(tmp_path / "kanji-tiny.h5"), warm_up=False)
    assert recognizer.labels == list(chars) and recognizer.spec.height == 64
    top = recognizer.predict(np.asarray(dataset.images[0]), top=5)
    assert sorted(label for label, _ in top) == sorted(chars)
    assert kanji_info.lookup(top[0][0]) is not None  # every answer has readings to show


def test_a_large_set_is_synthesised_straight_into_its_cache_file(guiapp_home, monkeypatch):
    """Past STREAM_TO_DISK_BYTES (1 GiB: kyoiku or joyo at hundreds a class) the images go to disk as they are
    made and come back memory-mapped, equal to an in-memory synthesis; a cancelled run leaves no cache entry."""
    from guiapp.core.tasks import Cancelled

    monkeypatch.setattr(builtin, "STREAM_TO_DISK_BYTES", 0)
    streamed = builtin.load_builtin("custom:日月", samples_per_class=3, workers=1)
    assert isinstance(streamed.images, np.memmap)
    in_memory = builtin.load_builtin("custom:日月", samples_per_class=3, workers=1, use_cache=False)
    np.testing.assert_array_equal(np.asarray(streamed.images), in_memory.images)
    with pytest.raises(Cancelled):
        builtin.load_builtin("custom:火水", samples_per_class=3, workers=1, should_stop=lambda: True)
    assert len(list((guiapp_home / "cache" / "synth").glob("*.npy"))) == 1


def test_a_kanji_is_found_by_its_reading_in_kana_or_romaji_or_by_its_meaning():
    """A learner without a Japanese keyboard could not type 森 for Teach… (walk 118): a reading or a meaning finds it,
    exact matches first, the commonest (lowest grade) first among them."""
    from guiapp.core.kana import word_romaji
    from guiapp.core.kanji_info import find

    assert [word_romaji(w) for w in ("きょう", "がっこう", "しゃしん", "ちゃ", "コーヒー", "マッチ")] == [
        "kyou", "gakkou", "shashin", "cha", "koohii", "matchi"]
    assert find("forest")[0].kanji == "森" and find("もり")[0].kanji == "森" and find("mori")[0].kanji == "森"
    assert find("やすむ")[0].kanji == "休" and find("ヤマ")[0].kanji == "山" and find("mountain")[0].kanji == "山"
    assert "休" in [info.kanji for info in find("yasu")]  # a reading's start: やすむ
    assert find("tree")[0].kanji == "木" and len(find("ki", limit=5)) == 5
    assert find("") == find("森") == find("x") == find("123") == []  # nothing to look up
