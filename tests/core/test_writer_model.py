"""The writer model against what real writers do (numbers measured on mnist-5k's validation part, see
synthesis.py): stroke width, slant, and how often each written form appears."""

import numpy as np

from guiapp.core.datasets.synthesis import synthesize_chunk
from guiapp.core.datasets.templates import templates_for
from guiapp.core.preprocess import PreprocessSpec

SPEC = PreprocessSpec()


def _slant_and_width(images):
    im = images.astype(np.float64) / 255
    ys, xs = np.mgrid[0:28, 0:28]
    mass = im.sum((1, 2))
    cx, cy = (im * xs).sum((1, 2)) / mass, (im * ys).sum((1, 2)) / mass
    dx, dy = xs - cx[:, None, None], ys - cy[:, None, None]
    slant = (im * dx * dy).sum((1, 2)) / (im * dy * dy).sum((1, 2))
    # Stroke width ≈ 2 × area / perimeter of the ink (> 0.5), in pixels.
    ink = im > 0.5
    perimeter = (ink ^ np.roll(ink, 1, 1)).sum((1, 2)) + (ink ^ np.roll(ink, 1, 2)).sum((1, 2))
    return slant, 4 * ink.sum((1, 2)) / np.maximum(perimeter, 1)


def test_strokes_are_as_wide_as_real_pens_and_lean_right():
    samples = np.concatenate([synthesize_chunk(c, 0, 60, 0, SPEC) for c in "0123456789"])
    slant, width = _slant_and_width(samples)
    # Real MNIST: width 4.05 px mean (10th–90th percentile 2.9–5.4), slant −0.13 mean (σ 0.28).
    assert 3.3 < width.mean() < 4.7 and np.quantile(width, 0.1) > 2.0
    assert -0.25 < slant.mean() < -0.05
    assert (slant > 0).mean() > 0.15  # upright and left-leaning writers exist too


def test_form_weights_come_from_the_svg_and_steer_the_choice():
    forms = {t.form: t.weight for t in templates_for("1")}
    assert forms["stick"] == 3.0 and forms["kanjivg"] == 1.0
    assert {"round", "narrow", "slashed"} <= {t.form for t in templates_for("0")}
    assert {"hooked-top", "straight-stem"} <= {t.form for t in templates_for("6")}
    # The stick (weight 3 of 6) is about half of all 1s: narrow, upright ink with no flag.
    ones = synthesize_chunk("1", 0, 400, 0, SPEC).astype(np.float64) / 255
    widths = (ones > 0.5).any(axis=1).sum(axis=1)
    assert 0.35 < (widths <= 8).mean() < 0.8


def test_measured_latin_settings_do_not_leak_into_other_scripts():
    from guiapp.core.datasets.builtin import request_for
    from dataclasses import replace

    from guiapp.core.datasets.synthesis import DEFAULT_VARIETY, LATIN_VARIETY

    assert replace(request_for("digits", 1).variety, tremor=LATIN_VARIETY.tremor) == LATIN_VARIETY  # shakier
    # Letters keep the measured slant and add serif forms and wider pens.
    assert replace(request_for("latin", 1).variety, serifs=0.0, pen_width=LATIN_VARIETY.pen_width) == LATIN_VARIETY
    # Kana were never measured against real hands: upright, the old pen range.
    assert request_for("hiragana", 1).variety == DEFAULT_VARIETY and DEFAULT_VARIETY.slant == 0.0


def test_some_letter_writers_print_serifs_digits_and_kana_keep_their_forms():
    from guiapp.core.datasets.synthesis import LATIN_VARIETY, LETTER_VARIETY, forms_for, variety_for, with_serifs

    assert variety_for("0123456789").serifs == 0 and variety_for("0123456789").slant == LATIN_VARIETY.slant
    assert variety_for("ABCabc").serifs > 0 and variety_for("あいう").serifs == 0
    stem = templates_for("I")[0]
    serifed = with_serifs(stem)
    assert len(serifed.strokes) == len(stem.strokes) + 2  # a tick across the top and the bottom of the stem
    for tick in serifed.strokes[-2:]:
        assert abs(tick[0, 1] - tick[1, 1]) < 1e-6 and abs(tick[0, 0] - tick[1, 0]) > 10  # horizontal
    assert with_serifs(templates_for("o")[0]) is None  # no straight stroke end: nothing to add
    forms, weights = forms_for("T", LETTER_VARIETY)
    serif_share = sum(w for form, w in zip(forms, weights) if form.form.endswith("+serifs"))
    assert abs(serif_share - LETTER_VARIETY.serifs) < 1e-9 and abs(weights.sum() - 1) < 1e-9
    digits_forms, _ = forms_for("1", variety_for("1"))
    assert not any(form.form.endswith("+serifs") for form in digits_forms)
