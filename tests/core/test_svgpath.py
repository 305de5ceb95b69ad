import numpy as np
import pytest

from guiapp.core.svgpath import PathError, parse_path


def test_kanjivg_style_path_with_repeated_curve_arguments():
    # "c" with two curves' arguments after one letter, as KanjiVG writes them.
    (line,) = parse_path("M26.61,17.15c5.35,0,46.48,0,53.71,0c-8.09,18.36-29.36,67.56-32.54,75.5")
    np.testing.assert_allclose(line[0], [26.61, 17.15])
    np.testing.assert_allclose(line[-1], [26.61 + 53.71 - 32.54, 17.15 + 75.5], atol=1e-9)


def test_first_relative_moveto_is_absolute_and_implicit_lineto():
    (line,) = parse_path("m10,10 20,0 0,20")
    np.testing.assert_allclose(line, [[10, 10], [30, 10], [30, 30]])


def test_lines_h_v_z_and_subpaths():
    first, second = parse_path("M0 0 H10 V10 L0 10 Z M20 20 l5 5")
    np.testing.assert_allclose(first, [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]])
    np.testing.assert_allclose(second, [[20, 20], [25, 25]])


def test_smooth_cubic_reflects_control_point():
    (line,) = parse_path("M0,0 C0,10 10,10 10,0 S20,-10 20,0")
    np.testing.assert_allclose(line[-1], [20, 0], atol=1e-9)
    assert line[:, 1].min() < -5  # the reflected control point bends the second curve downward


def test_quadratic_and_arc():
    (quad,) = parse_path("M0,0 Q10,20 20,0 T40,0")
    np.testing.assert_allclose(quad[-1], [40, 0], atol=1e-9)
    (arc,) = parse_path("M0,0 A10,10 0 0 1 20,0")
    np.testing.assert_allclose(arc[-1], [20, 0], atol=1e-6)
    assert np.abs(arc[:, 1]).max() == pytest.approx(10, abs=0.5)  # a half circle of radius 10


@pytest.mark.parametrize("bad", ["10,10 L 5 5", "M10", "M10,10 X5,5", "M10,10 C1,2,3"])
def test_malformed_paths_are_refused(bad):
    with pytest.raises(PathError):
        parse_path(bad)
