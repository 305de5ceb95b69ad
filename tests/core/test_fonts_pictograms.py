"""Printed-font samples come only from fonts that draw the character, not from pictogram fonts that claim it."""

import shutil

import pytest

from guiapp.core.datasets import fonts


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="no fontconfig")
def test_pictogram_fonts_are_not_fonts_of_digits():
    found = fonts.fonts_for("1")
    assert not any("D050000L" in path or "dingbat" in path.lower() for path in found)
    # Ordinary text fonts remain (Debian's DejaVu is everywhere fontconfig is).
    if any("DejaVu" in path for path in fonts.fonts_for("A")):
        assert any("DejaVu" in path for path in found)
