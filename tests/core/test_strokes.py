import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guiapp.core.strokes import Drawing, Stroke, rasterise


def test_stroke_json_round_trip():
    drawing = Drawing(
        [Stroke([[1, 2], [3, 4.5]], times=[0.0, 0.01], pressure=[0.2, 0.9]), Stroke([[5, 5]])], 200, 150
    )
    back = Drawing.from_json(drawing.to_json())
    assert (back.width, back.height) == (200, 150)
    np.testing.assert_allclose(back.strokes[0].points, [[1, 2], [3, 4.5]])
    np.testing.assert_allclose(back.strokes[0].times, [0.0, 0.01])
    np.testing.assert_allclose(back.strokes[0].pressure, [0.2, 0.9])
    assert back.strokes[1].times is None and back.strokes[1].pressure is None
    json.loads(drawing.to_json())  # plain JSON


@pytest.mark.parametrize(
    "bad",
    [
        {"width": 10, "height": 10},
        {"width": 0, "height": 10, "strokes": []},
        {"width": 10, "height": 10, "strokes": [{"points": []}]},
        {"width": 10, "height": 10, "strokes": [{"points": [[0, 0]], "times": [1, 2]}]},
        {"width": 10, "height": 10, "strokes": [{"points": [[0, float("nan")]]}]},
    ],
)
def test_bad_drawings_are_refused(bad):
    with pytest.raises(ValueError):
        Drawing.from_dict(bad)


def test_rasterise_is_antialiased_and_sized():
    drawing = Drawing([Stroke([[10, 10], [90, 80]])], 100, 100)
    bitmap = rasterise(drawing, (64, 48), pen_width=5)
    assert bitmap.shape == (48, 64) and bitmap.dtype == np.uint8
    values = set(np.unique(bitmap).tolist())
    assert 0 in values and 255 in values
    assert len(values) > 10  # intermediate coverage levels at the edges


def test_ink_scales_with_bitmap_size():
    drawing = Drawing([Stroke([[20, 50], [80, 50]])], 100, 100)
    small = rasterise(drawing, 50, pen_width=6).astype(float).sum() / 255
    large = rasterise(drawing, 200, pen_width=6).astype(float).sum() / 255
    assert large / small == pytest.approx(16, rel=0.1)  # area grows with the square of the size


def test_pen_width_and_pressure_change_ink():
    line = [[20, 50], [50, 50], [80, 50]]
    thin = rasterise(Drawing([Stroke(line)], 100, 100), 100, pen_width=4).sum()
    thick = rasterise(Drawing([Stroke(line)], 100, 100), 100, pen_width=12).sum()
    light = rasterise(Drawing([Stroke(line, pressure=[0.1, 0.1, 0.1])], 100, 100), 100, pen_width=12).sum()
    assert thick > 2 * thin
    assert light < 0.6 * thick


def test_taper_thins_stroke_ends():
    line = np.stack([np.linspace(10, 90, 30), np.full(30, 50)], axis=1)
    plain = rasterise(Drawing([Stroke(line)], 100, 100), 100, pen_width=10)
    tapered = rasterise(Drawing([Stroke(line)], 100, 100), 100, pen_width=10, taper=(0.3, 0.3))
    assert tapered[:, 12].sum() < plain[:, 12].sum()
    assert tapered[:, 50].sum() == pytest.approx(plain[:, 50].sum(), rel=0.05)


def test_single_point_stroke_is_a_dot_and_empty_is_blank():
    dot = rasterise(Drawing([Stroke([[50, 50]])], 100, 100), 100, pen_width=10)
    assert dot[50, 50] == 255 and dot[0, 0] == 0
    assert rasterise(Drawing([], 100, 100), 28, pen_width=3).max() == 0


def test_a_tiny_drawing_is_rasterised_with_a_pen_in_proportion():
    from guiapp.core.strokes import MAX_PEN_SHARE, ink_pen_width

    normal = Drawing([Stroke([[100, 100], [100, 400]])], 500.0, 500.0)
    tiny = Drawing([Stroke([[100, 100], [100, 130]])], 500.0, 500.0)
    dot = Drawing([Stroke([[100, 100]])], 500.0, 500.0)
    assert ink_pen_width(normal, 16.0) == 16.0  # as drawn
    assert ink_pen_width(tiny, 16.0) == pytest.approx(MAX_PEN_SHARE * 30)
    assert ink_pen_width(dot, 16.0) == 4.0 and dot.is_dot(16.0) and not tiny.is_dot(16.0)
    assert ink_pen_width(Drawing([], 500.0, 500.0), 16.0) == 16.0


def test_sharp_corner_keeps_full_width():
    # A V shape: the outline must not fold over itself at the tip.
    v = Drawing([Stroke([[20, 20], [50, 80], [80, 20]])], 100, 100)
    bitmap = rasterise(v, 100, pen_width=8)
    assert bitmap[78, 50] == 255


@settings(max_examples=30, deadline=None)
@given(st.lists(st.lists(st.tuples(st.floats(0, 100), st.floats(0, 100)), min_size=1, max_size=12), min_size=1, max_size=5))
def test_stroke_order_does_not_change_pixels(lines):
    strokes = [Stroke(np.array(line)) for line in lines]
    forward = rasterise(Drawing(strokes, 100, 100), 40, pen_width=5)
    backward = rasterise(Drawing(strokes[::-1], 100, 100), 40, pen_width=5)
    np.testing.assert_array_equal(forward, backward)
