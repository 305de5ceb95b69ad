"""Scribbles told from characters by the ink they take for their size (core/scribble.py): real templates, real
Drawing objects, no Qt."""

import string

import numpy as np

from guiapp.core.scribble import form_measures, ink_ratio, looks_scribbled, template_ratio
from guiapp.core.strokes import Drawing, Stroke
from guiapp.core.datasets.templates import templates_for
from helpers import scribble


def written(char: str, seed: int, over: int = 1) -> Drawing:
    """``char``'s first template, slanted and stretched at random, each stroke gone over ``over`` times (there and
    back)."""
    rng = np.random.default_rng(seed)
    shear, stretch = rng.uniform(-0.3, 0.3), rng.uniform(0.7, 1.3)
    strokes = []
    for points in templates_for(char)[0].strokes:
        xy = np.asarray(points, float)[:, :2]
        xy = np.stack([xy[:, 0] * stretch + shear * xy[:, 1], xy[:, 1]], 1) + rng.normal(0, 0.3, xy.shape)
        strokes.append(Stroke(np.concatenate([xy, xy[::-1]][:over])))
    return Drawing(strokes, 109, 109)


def test_a_dense_scribble_is_told_from_every_character_it_might_be_read_as():
    """Walk 143: a scribble was read as 8 at 96 %, and after a Teach round as W at 88 %, nothing said."""
    for top in ("8", "W", "あ", "森", "soleil"):  # (a class of one's own has no template)
        assert looks_scribbled(scribble(), top), top
    assert ink_ratio([stroke.points for stroke in scribble().strokes]) > 15


def test_characters_written_slanted_hastily_or_gone_over_are_not_scribbles():
    """Every digit and letter, and some kana and kanji, drawn from their templates slanted and stretched, and gone
    over twice (a hasty 8, a bold 0), read as what they are, never as scribbles."""
    chars = string.digits + string.ascii_letters + "あいうえおはばぱ森人山"
    for char in chars:
        for seed in range(3):
            assert not looks_scribbled(written(char, seed), char), (char, seed)
            assert not looks_scribbled(written(char, seed, over=2), char), (char, seed, "gone over")
    # the measure: a template's ink over its size, a few times at most
    assert 0.5 < template_ratio("i") < template_ratio("8") < template_ratio("森") < 6
    assert template_ratio("★") is None and ink_ratio([]) is None and ink_ratio([np.array([[5.0, 5.0]])]) is None


def test_a_zigzag_across_the_pad_is_a_scribble_and_sharp_letters_are_not():
    """A 10-tooth zigzag takes little ink for its width, and was read as 4 at 97 % (walk 144): it turns back on
    itself at every tooth. Letters written in one sharp stroke (M, W, E, Z, N) turn a few times: not scribbles."""
    xs = np.linspace(0, 300, 21)
    zigzag = Drawing([Stroke(np.stack([xs, np.array([0.0, 100.0] * 10 + [0.0])], 1))], 300, 300)
    for top in ("4", "2", "W", "soleil"):
        assert looks_scribbled(zigzag, top), top
    letters = {"M": [(0, 100), (0, 0), (50, 60), (100, 0), (100, 100)],
               "W": [(0, 0), (25, 100), (50, 30), (75, 100), (100, 0)],
               "E": [(80, 0), (0, 0), (0, 50), (60, 50), (0, 50), (0, 100), (80, 100)],
               "Z": [(0, 0), (90, 0), (0, 100), (90, 100)], "N": [(0, 100), (0, 0), (80, 100), (80, 0)]}
    for char, points in letters.items():
        assert not looks_scribbled(Drawing([Stroke(np.asarray(points, float))], 109, 109), char), char


def snake(rows: int, width: float = 300.0, gap: float = 40.0) -> Drawing:
    """One stroke across the pad and back, ``rows`` times, each row's end a round turn down to the next."""
    points = []
    for row in range(rows):
        across = np.linspace(0.0, width, 30)
        points += [(x, row * gap) for x in (across if row % 2 == 0 else across[::-1])]
        side = 1.0 if row % 2 == 0 else -1.0
        for angle in np.linspace(0.0, np.pi, 12)[1:-1]:
            points.append(((width if side > 0 else 0.0) + side * gap / 2 * np.sin(angle),
                           row * gap + gap / 2 * (1 - np.cos(angle))))
    return Drawing([Stroke(np.asarray(points))], 400, 400)


def test_a_snake_of_rows_with_round_turns_is_a_scribble_and_a_tall_m_is_not():
    """A snake across the pad turns sharply nowhere, and takes less ink than a dense scribble: it was read as a
    digit (walk 144). It sweeps back across the pad once a row while going steadily down."""
    from guiapp.core.scribble import sweeps, template_sweeps

    assert [sweeps([stroke.points for stroke in snake(rows).strokes]) for rows in (3, 6)] == [2, 5]
    assert max(template_sweeps(char) for char in string.digits) == template_sweeps("3") == 3
    for top in ("0", "2", "5", "8", "soleil"):
        assert looks_scribbled(snake(6), top), top
    for top in string.digits:  # 3 itself sweeps thrice: a snake read as 3 needs a row more
        assert looks_scribbled(snake(7), top), top
    assert not looks_scribbled(snake(3), "2") and not looks_scribbled(snake(3), "soleil")
    # A tall m and a w, each one stroke: what they are
    m = [(0, 100), (0, 0), (0, 10), (20, 0), (40, 10), (40, 100), (40, 10), (60, 0), (80, 10), (80, 100)]
    w = [(0, 0), (20, 100), (40, 20), (60, 100), (80, 0)]
    for char, points in {"m": m, "w": w}.items():
        assert not looks_scribbled(Drawing([Stroke(np.asarray(points, float))], 109, 109), char), char


def test_a_spiral_is_a_scribble_and_a_circle_gone_round_twice_is_not():
    """A spiral was read as "circle" at 96 %, confidently (walk 148): it winds round on itself three times in one
    stroke, where a character's templates wind at most twice (ゐ). A bold O, gone round twice, is an O."""
    from guiapp.core.scribble import template_windings, windings

    def round_stroke(turns: float, growing: bool) -> Drawing:
        angle = np.linspace(0.0, 2 * np.pi * turns, 400)
        radius = 20 + 100 * angle / angle[-1] if growing else np.full_like(angle, 100.0)
        return Drawing([Stroke(np.stack([150 + radius * np.cos(angle), 150 + radius * np.sin(angle)], 1))], 300, 300)

    assert abs(windings([stroke.points for stroke in round_stroke(3, True).strokes]) - 3) < 0.1
    assert max(template_windings(char) or 0 for char in string.digits + string.ascii_letters + "あのめゐ") <= 2.1
    for top in ("0", "O", "o", "6", "circle"):
        assert looks_scribbled(round_stroke(3, True), top), top
        assert not looks_scribbled(round_stroke(2, False), top), top  # a bold O


def test_ones_own_drawings_of_a_symbol_stand_for_its_templates():
    """A spiral taught as "spiral" and read at 100 % was called a scribble every time (walk 161): a symbol of one's
    own has no template, and its own drawings say how much it winds. A spiral read as one's own "circle", whose
    drawings wind once, is still a scribble; a character with templates keeps them."""
    def spiral(turns: float, size: float = 100.0) -> Drawing:
        angle = np.linspace(0.0, 2 * np.pi * turns, 400)
        radius = 0.2 * size + size * angle / angle[-1]
        return Drawing([Stroke(np.stack([150 + radius * np.cos(angle), 150 + radius * np.sin(angle)], 1))], 300, 300)

    def strokes_of(drawing: Drawing) -> list:
        return [stroke.points for stroke in drawing.strokes]

    fresh = spiral(3.2)
    assert looks_scribbled(fresh, "spiral")  # measured against any character's limits
    taught = [strokes_of(spiral(turns, size)) for turns, size in ((3.0, 90.0), (2.8, 110.0), (3.3, 100.0))]
    assert not looks_scribbled(fresh, "spiral", form_measures(taught))
    circles = [strokes_of(spiral(1.0, size)) for size in (90.0, 110.0)]
    assert looks_scribbled(fresh, "circle", form_measures(circles))
    assert looks_scribbled(fresh, "O", form_measures(taught))  # O's templates, not anyone's drawings
    assert looks_scribbled(scribble(), "spiral", form_measures(taught))  # a dense scribble is none of them
    assert form_measures([]) is None


def test_ones_own_drawings_are_read_from_the_datasets_the_model_learnt_from(guiapp_home):
    """The drawings of a class in the person's datasets a model learnt from (a Teach… round's "(taught)" run names
    the dataset), and the one drawn into now; imported images, with no strokes, are passed over."""
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.core.own_forms import own_datasets, own_forms

    store = UserStore()
    mine = store.create("mine")
    for k in range(3):
        mine.add_drawing(Drawing([Stroke(np.array([[10.0 + k, 10.0], [90.0, 50.0 + k]]))], 100, 100), "spiral")
    mine.add_drawing(Drawing([Stroke(np.array([[10.0, 10.0], [90.0, 90.0]]))], 100, 100), "star")
    mine.add_image(np.full((28, 28), 200, np.uint8), "spiral")
    store.create("other")
    metadata = {"dataset": {"name": "mine (taught)"}}
    assert own_datasets(metadata) == ["mine"] and own_datasets(metadata, "other") == ["mine", "other"]
    assert own_datasets({}, "gone") == []
    forms = own_forms(own_datasets(metadata), "spiral")
    assert len(forms) == 3 and all(len(strokes) == 1 and strokes[0].shape[1] >= 2 for strokes in forms)
    assert own_forms(["mine"], "spiral", limit=2) and len(own_forms(["mine"], "spiral", limit=2)) == 2
    assert own_forms(["mine", "gone"], "heart") == []
