"""Letter case from the drawn height on the pad's guide lines (c/C, o/O, …), and both cases among the candidates."""

from pathlib import Path

import numpy as np
import pytest

from guiapp.core import letter_case
from guiapp.core.strokes import Drawing, Stroke

LATIN_MODEL = Path(__file__).resolve().parents[2] / "resources" / "models" / "latin.h5"
LABELS = [*"ABCOSXabcosx"]


def test_ink_top_is_the_first_inked_row_as_a_fraction():
    pad = np.zeros((100, 100), np.uint8)
    assert letter_case.ink_top(pad) is None
    pad[37:80, 20:60] = 255
    assert letter_case.ink_top(pad) == pytest.approx(0.37)
    assert letter_case.ink_top(pad.astype(np.float32) / 255) == pytest.approx(0.37)


def test_the_capital_share_falls_from_the_cap_line_to_the_x_height_line():
    at_cap, at_x = letter_case.capital_share(letter_case.CAP_LINE), letter_case.capital_share(letter_case.X_LINE)
    assert at_cap > 0.99 and at_x < 0.01
    middle = (letter_case.CAP_LINE + letter_case.X_LINE) / 2
    assert letter_case.capital_share(middle) == pytest.approx(0.5)


def test_the_drawn_height_moves_only_the_case_share_of_same_shape_pairs():
    p = np.array([0.05, 0.05, 0.3, 0.0, 0.0, 0.0, 0.05, 0.05, 0.5, 0.0, 0.0, 0.0], np.float32)  # C 0.3, c 0.5
    small = letter_case.by_drawn_size(p, LABELS, letter_case.X_LINE)
    capital = letter_case.by_drawn_size(p, LABELS, letter_case.CAP_LINE)
    c, C = LABELS.index("c"), LABELS.index("C")
    assert small[c] == pytest.approx(0.8, abs=0.01) and capital[C] == pytest.approx(0.8, abs=0.01)
    for out in (small, capital):
        assert out.sum() == pytest.approx(1.0)
        for label in "ABab":  # letters whose case is in their shape keep the model's answer
            assert out[LABELS.index(label)] == p[LABELS.index(label)]
    assert np.array_equal(letter_case.by_drawn_size(p, LABELS, None), p)  # no guide (an image): unchanged
    rows = letter_case.by_drawn_size(np.stack([p, p]), LABELS, [letter_case.X_LINE, letter_case.CAP_LINE])
    assert np.allclose(rows, np.stack([small, capital]))


def test_the_other_case_of_a_same_shape_letter_is_offered_beside_the_candidates():
    assert [letter_case.other_case(c) for c in "oOWwkKaA7あ"] == ["O", "o", "w", "W", "K", "k", None, None, None, None]


def test_which_models_use_the_guide():
    assert letter_case.uses_guide([*"ABCabc"])
    assert not letter_case.uses_guide(list("0123456789"))
    assert not letter_case.uses_guide([*"ABDE"])  # no small letters: nothing to decide by height
    from guiapp.core.preprocess import PreprocessSpec

    assert letter_case.uses_guide([*"ABCabc"], PreprocessSpec())  # scaled to one size: the guide decides
    assert not letter_case.uses_guide([*"ABCabc"], PreprocessSpec(fit="resize"))  # the model sees the size itself


def _ring(top: float, bottom: float, side: float = 280.0) -> Drawing:
    """An 'o' drawn on the pad between ``top`` and ``bottom`` (fractions of the pad's height)."""
    t = np.linspace(0, 2 * np.pi, 60)
    radius = (bottom - top) * side / 2
    centre = np.array([side / 2, (top + bottom) * side / 2])
    points = centre + radius * np.stack([np.cos(t), np.sin(t)], axis=1)
    return Drawing([Stroke(points)], side, side)


@pytest.mark.skipif(not LATIN_MODEL.is_file(), reason="the bundled latin model is not built")
def test_the_bundled_latin_model_reads_the_case_from_the_guide_lines():
    from guiapp.core.recognition import Recognizer

    recognizer = Recognizer(LATIN_MODEL)
    small = recognizer.recognize(_ring(letter_case.X_LINE, letter_case.BASELINE), top=5).top
    capital = recognizer.recognize(_ring(letter_case.CAP_LINE, letter_case.BASELINE), top=5).top
    assert small[0][0] == "o" and capital[0][0] == "O"
    for top in (small, capital):  # in order of probability: the other case is offered beside them (other_case)
        assert [p for _, p in top] == sorted((p for _, p in top), reverse=True)
    # The same pixels as an image (no guide): the model's own split of the two cases.
    image = recognizer.rasterise(_ring(letter_case.X_LINE, letter_case.BASELINE))
    labels = [label for label, _ in recognizer.recognize(image, top=5).top]
    assert labels[0] in ("o", "O")


def test_cased_letters_are_those_of_scripts_with_capitals():
    assert all(letter_case.is_cased_letter(c) for c in "aZéçßπЖ")
    assert not any(letter_case.is_cased_letter(c) for c in ("日", "あ", "7", "+", "ab", ""))
