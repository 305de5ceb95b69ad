"""Each degradation changes a character image the way its documentation says, and the recognize path's
preprocessing copes with the ones that used to break it (uneven light, noise)."""

import numpy as np
import pytest

from guiapp.core.datasets import degrade
from guiapp.core.coverage import to_coverage
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.strokes import Stroke, rasterise


def _digit() -> np.ndarray:
    """A real-looking coverage '7' at MNIST's size: white ink on black, made by our rasteriser."""
    strokes = [Stroke(np.array([[6.0, 6.0], [21.0, 6.0], [12.0, 23.0]]))]
    return rasterise(strokes, 28, pen_width=2.5, box=(0, 0, 28, 28))


def _ink(grey: np.ndarray) -> np.ndarray:
    """Ink amount of a dark-on-light image, 0..1."""
    return 1.0 - np.asarray(grey, np.float32) / 255.0


def _center_of_mass(weights: np.ndarray) -> np.ndarray:
    ys, xs = np.mgrid[0 : weights.shape[0], 0 : weights.shape[1]]
    return np.array([(weights * ys).sum(), (weights * xs).sum()]) / weights.sum()


def _max_gradient(grey: np.ndarray) -> float:
    g = np.asarray(grey, np.float32)
    return float(max(np.abs(np.diff(g, axis=0)).max(), np.abs(np.diff(g, axis=1)).max()))


RNG = lambda: np.random.default_rng(0)  # noqa: E731 — each test starts from the same stream


def test_every_degradation_gives_dark_ink_on_light_paper():
    digit = _digit()
    for name, fn in degrade.DEGRADATIONS.items():
        out = fn(digit, RNG())
        assert out.dtype == np.uint8 and out.ndim == 2, name
        assert np.median(out) > 150, name  # mostly paper, and paper is light
        assert out.min() < 120, name  # ink is there, and dark


def test_clean_only_inverts():
    np.testing.assert_array_equal(degrade.clean(_digit()), 255 - _digit())


def test_blur_keeps_shape_and_lowers_the_sharpest_edge():
    digit = _digit()
    out = degrade.blur(digit)
    assert out.shape == digit.shape
    assert _max_gradient(out) < 0.7 * _max_gradient(degrade.clean(digit))


def test_low_resolution_loses_detail():
    digit = _digit()
    for side in (12, 16):
        out = degrade.low_res(digit, side=side)
        assert out.shape == digit.shape
        # Detail lost: less high-frequency energy than the original, and less at 12 than at 16.
        assert _max_gradient(out) < _max_gradient(degrade.clean(digit))
    energy = lambda g: np.abs(np.diff(np.asarray(g, np.float32), axis=1)).sum()  # noqa: E731
    assert energy(degrade.low_res(digit, side=12)) < energy(degrade.low_res(digit, side=16))


def test_thick_and_thin_change_the_amount_of_ink():
    digit = _digit()
    base = _ink(degrade.clean(digit)).sum()
    thick, thin = degrade.thick(digit), degrade.thin(digit)
    assert thick.shape == thin.shape == digit.shape
    assert _ink(thick).sum() > 1.5 * base
    assert 0.1 * base < _ink(thin).sum() < 0.8 * base  # thinner, not erased


def test_noise_adds_specks_and_grain_far_from_the_ink():
    digit = _digit()
    out = degrade.noise(digit, RNG())
    assert out.shape == digit.shape
    paper = digit == 0
    assert np.std(out[paper].astype(np.float32)) > 15
    assert (out[paper] == 0).sum() > 0  # black specks on the paper


def test_jpeg_differs_but_stays_close():
    digit = _digit()
    out = degrade.jpeg(digit)
    clean = degrade.clean(digit).astype(np.float32)
    assert out.shape == digit.shape and not np.array_equal(out, clean)
    assert np.abs(out - clean).mean() < 12


def test_scan_and_photo_are_larger_grey_pages_with_uneven_paper():
    digit = _digit()
    scan, photo = degrade.scan(digit, RNG()), degrade.photo(digit, RNG())
    assert scan.shape == photo.shape == (112, 112)
    assert 190 < np.median(scan) < 235 and scan.min() > 20  # off-white paper, grey ink
    # Photo lighting: the brightest paper corner is much brighter than the darkest.
    corners = [photo[:12, :12], photo[:12, -12:], photo[-12:, :12], photo[-12:, -12:]]
    levels = sorted(float(np.median(c)) for c in corners)
    assert levels[-1] - levels[0] > 40


def test_small_off_centre_moves_the_ink_on_a_large_page():
    digit = _digit()
    out = degrade.small_off_centre(digit, RNG())
    assert out.shape == (112, 112)
    center = _center_of_mass(_ink(out))
    assert np.abs(center - 56).max() > 10
    assert (_ink(out) > 0.2).sum() == pytest.approx((digit > 51).sum(), rel=0.05)  # unscaled


def test_degradations_are_seeded():
    digits = np.stack([_digit()] * 3)
    for name in ("scan", "noise", "small-off-centre"):
        a, b = degrade.degrade_all(digits, name, seed=3), degrade.degrade_all(digits, name, seed=3)
        assert all(np.array_equal(x, y) for x, y in zip(a, b)), name


def test_guide_lines_are_a_faint_dashed_grid_as_long_as_the_page():
    out = degrade.guide_lines(np.zeros((28, 28), np.uint8))
    assert out.shape == (168, 168) and set(np.unique(out).tolist()) == {190, 255}
    assert (out[84] == 190).mean() == pytest.approx(5 / 9, abs=0.02)  # the cross, dashed, across the whole page


@pytest.mark.parametrize("name", ["photo", "noise", "scan", "guide-lines"])
def test_recognise_path_finds_the_character_after_degradation(name):
    """Uneven light used to leave lit paper as ink and noise used to stretch the ink box over the page; a guide
    grid was taken for ink, and the character was fitted as small as the grid made it (walk 153): the fitted model
    input must look like the clean digit's."""
    digit = _digit()
    spec = PreprocessSpec()
    reference = spec.apply(degrade.clean(digit), "auto")[..., 0]
    degraded = spec.apply(degrade.DEGRADATIONS[name](digit, RNG()), "auto")[..., 0]
    assert np.abs(degraded - reference).mean() < 0.08
    assert degraded[reference < 0.05].mean() < 0.05  # the paper is paper again


def test_clean_images_pass_the_cleaning_steps_untouched():
    page = np.full((60, 60), 200, np.uint8)
    page[20:40, 28:32] = 40
    coverage = to_coverage(page, "auto")
    assert set(np.unique(coverage).tolist()) == {0.0, 1.0}
