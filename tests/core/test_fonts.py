"""Printed-font samples only come from fonts that really draw the character: a font that claims a character but
draws nothing, or draws its replacement box, is left out (a real font file, built here with fontTools)."""

from __future__ import annotations

import os

import numpy as np
import pytest

from guiapp.core.datasets import fonts
from guiapp.core.preprocess import PreprocessSpec, ink_box


def build_font(path, family="Blank Test"):
    """A TrueType font with a box as its replacement glyph, an EMPTY "A" and a real triangle for "B"."""
    font_builder = pytest.importorskip("fontTools.fontBuilder")
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    def outline(*points):
        pen = TTGlyphPen(None)
        pen.moveTo(points[0])
        for point in points[1:]:
            pen.lineTo(point)
        pen.closePath()
        return pen.glyph()

    builder = font_builder.FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder([".notdef", "A", "B"])
    builder.setupCharacterMap({ord("A"): "A", ord("B"): "B"})
    builder.setupGlyf({".notdef": outline((100, 0), (100, 700), (500, 700), (500, 0)),
                       "A": TTGlyphPen(None).glyph(),
                       "B": outline((50, 0), (300, 700), (550, 0))})
    builder.setupHorizontalMetrics({name: (600, 0) for name in (".notdef", "A", "B")})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    builder.save(str(path))
    return str(path)


def test_a_blank_or_replacement_glyph_does_not_count_as_drawn(tmp_path):
    font = build_font(tmp_path / "blank.ttf")
    assert not fonts.draws(font, "A")  # claimed, but no ink
    assert not fonts.draws(font, "C")  # not in the font: the replacement box
    assert fonts.draws(font, "B")
    assert not fonts.draws(str(tmp_path / "missing.ttf"), "B")


def test_symbol_fonts_are_left_out(tmp_path):
    assert not fonts.draws(build_font(tmp_path / "dingbats.ttf", family="Test Dingbats"), "B")


def test_only_fonts_that_draw_the_character_make_samples(tmp_path, monkeypatch):
    blank = build_font(tmp_path / "blank.ttf")
    monkeypatch.setattr(fonts, "fontconfig_files", lambda char: {blank})
    fonts.fonts_for.cache_clear()
    try:
        assert fonts.fonts_for("A") == () and fonts.fonts_for("B") == (blank,)
        from guiapp.core.datasets.synthesis import synthesize_chunk

        samples = synthesize_chunk("A", 0, 20, 0, PreprocessSpec(), font_fraction=1.0)
        assert (samples.reshape(20, -1).max(axis=1) > 200).all()  # strokes only: every sample has ink
        printed = synthesize_chunk("B", 0, 20, 0, PreprocessSpec(), font_fraction=1.0)
        assert (printed.reshape(20, -1).max(axis=1) > 200).all()
        assert not np.array_equal(printed, synthesize_chunk("B", 0, 20, 0, PreprocessSpec()))
    finally:
        fonts.fonts_for.cache_clear()


def test_a_font_file_listed_again_under_an_alias_link_counts_once(tmp_path, monkeypatch):
    """Debian lists its default Japanese fonts twice (fonts-japanese-mincho.ttf links to TakaoPMincho.ttf): a font
    counted twice weighs twice in printed samples and in the printed-fonts test."""
    font = build_font(tmp_path / "real.ttf")
    alias = tmp_path / "alias.ttf"
    alias.symlink_to(font)
    monkeypatch.setattr(fonts, "fontconfig_files", lambda char: {str(alias), font})
    fonts.fonts_for.cache_clear()
    try:
        assert fonts.fonts_for("B") == (os.path.realpath(font),)
    finally:
        fonts.fonts_for.cache_clear()


def test_kana_printed_on_the_pad_sit_where_a_writer_puts_them_whatever_the_fonts_descender():
    """The em box is placed from the baseline: a font's descender is a line-spacing figure (Noto CJK's is 0.29 em,
    IPA's 0.12), and placing from it printed Noto's small kana above the pad's middle line, read as large."""
    from guiapp.core import kana_size

    printing = fonts.fonts_for("ぁ")
    if not printing:
        pytest.skip("no installed font prints kana")
    for font in printing:
        rng = np.random.default_rng(0)
        large = ink_box(fonts.render_on_pad("あ", font, rng))
        small = ink_box(fonts.render_on_pad("ぁ", font, rng, 0.75))
        assert 0.05 < large[1] < 0.3 and 0.8 < large[3] <= 1.0, (font, large)  # fills the pad, top to bottom
        assert small[1] > kana_size.GUIDE_LINES[0] - 0.1, (font, small)  # below the middle line, about
        assert kana_size.small_share(small, "ぁ", "あ") > 0.9 > kana_size.small_share(large, "ぁ", "あ"), font
