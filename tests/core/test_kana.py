"""Kana neighbours (guiapp.core.kana): the same kana with another sound mark or size."""

import numpy as np
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


def test_every_basic_kana_is_the_base_of_its_family():
    for char in HIRAGANA + KATAKANA:
        assert kana.base(char) == char and all(kana.base(n) == char for n in kana.neighbours(char)), char


def test_hiragana_71_is_the_tutorials_class_set():
    assert len(HIRAGANA_71) == 71 == len(set(HIRAGANA_71))
    assert set(HIRAGANA) <= set(HIRAGANA_71) and "ゔ" not in HIRAGANA_71
    assert {c for c in HIRAGANA_71 if c not in HIRAGANA} == set("がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ")
    assert BUILTINS["hiragana-71"][0] == HIRAGANA_71


def test_a_small_kana_drawn_small_stays_small_from_pad_to_model_input():
    """hiragana-all's size-preserving spec: っ drawn at half size in the lower part of the pad reaches the model
    at half the height of a full-size つ, and low in the field; the fit that scales every drawing to one size would
    make them the same (issue #23)."""
    import keras

    from guiapp.core.datasets.templates import templates_for
    from guiapp.core.modelfile import LoadedModel
    from guiapp.core.recognition import Recognizer
    from guiapp.core.strokes import Drawing, Stroke

    spec = BUILTINS["hiragana-all"][1]
    assert spec.fit == "resize"
    model = keras.Sequential([keras.Input(spec.input_shape), keras.layers.Flatten(), keras.layers.Dense(2)])
    recognizer = Recognizer(LoadedModel(model, ["つ", "っ"], spec), warm_up=False)
    template = templates_for("つ")[0]
    pad = 400.0

    def drawn(scale: float, left: float, top: float) -> Drawing:  # the template's 109 box → part of the pad
        unit = pad / 109.0 * scale
        return Drawing([Stroke(np.asarray(s) * unit + (left, top)) for s in template.strokes], pad, pad)

    def ink_rows(model_input: np.ndarray) -> np.ndarray:
        ink = model_input[..., 0] if spec.ink == "light" else 1 - model_input[..., 0]
        return np.flatnonzero((ink > 0.3).any(axis=1))

    large = ink_rows(recognizer.preprocess(drawn(1.0, 0, 0)))
    small = ink_rows(recognizer.preprocess(drawn(0.5, 50, 180)))
    height = lambda rows: rows[-1] - rows[0] + 1  # noqa: E731
    assert 0.4 < height(small) / height(large) < 0.6
    assert small[0] > spec.height * 0.4  # low in the field, where the writer put it
