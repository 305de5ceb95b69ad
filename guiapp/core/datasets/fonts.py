"""Optional extra samples: the character as printed by the system's installed fonts (fontconfig), distorted.

Never required: with no fontconfig or no font covering a character, synthesis uses stroke templates only. The
font list joins the synthesis cache key, so a machine with other fonts makes (and caches) its own samples.

fontconfig's coverage is not the glyph: a font may claim a character and draw nothing, draw its replacement box
("tofu"), or be a symbol font whose letters are pictograms. Such fonts are left out for that character, so a
printed sample always shows the character.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from guiapp.core.preprocess import PreprocessSpec

_CANVAS = 160
_FONT_SIZE = 96
# Symbol and pictogram families that map letters and digits to other shapes (fontconfig reports them as covering
# the characters, and its ``symbol`` flag does not mark them: URW's Zapf Dingbats clone D050000L draws a pencil for
# "1"): by the family name PIL reads from the font file. Their glyphs are neither training nor test material.
SYMBOL_FAMILIES = ("dingbat", "symbol", "d050000l", "webdings", "wingding", "fontawesome", "font awesome", "emoji")
_NOT_A_CHARACTER = chr(0x10FFFD)  # a noncharacter: every font draws its replacement glyph (or nothing) for it


@cache
def fonts_for(char: str) -> tuple[str, ...]:
    """Font files that draw ``char`` (sorted, so the choice is deterministic on one machine), each file once: Debian
    lists its default Japanese fonts again under alias links (fonts-japanese-mincho.ttf → TakaoPMincho.ttf), and a
    font counted twice would weigh twice in a printed-fonts sample or test."""
    files = {os.path.realpath(f) for f in fontconfig_files(char)}
    return tuple(sorted(f for f in files if draws(f, char)))


def fontconfig_files(char: str) -> set[str]:
    """Font files fontconfig says cover ``char`` (empty without fontconfig)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return set()
    try:
        result = subprocess.run([fc_list, f":charset={ord(char):x}", "file"], capture_output=True, text=True,
                                timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return set()
    files = {line.strip().rstrip(":") for line in result.stdout.splitlines() if line.strip()}
    return {f for f in files if f.lower().endswith((".ttf", ".otf", ".ttc"))}


def _ink(char: str, font: ImageFont.FreeTypeFont) -> np.ndarray:
    image = Image.new("L", (_CANVAS, _CANVAS), 0)
    ImageDraw.Draw(image).text((_CANVAS / 2, _CANVAS / 2), char, font=font, fill=255, anchor="mm")
    return np.asarray(image)


def draws(font_path: str, char: str) -> bool:
    """True when the font draws ``char`` itself: some ink, not its replacement box, not a symbol font."""
    try:
        font = _font(font_path)
        family = (font.getname()[0] or "").lower()
        if any(name in family for name in SYMBOL_FAMILIES):
            return False
        glyph = _ink(char, font)
        return bool(glyph.max() > 0) and not np.array_equal(glyph, _ink(_NOT_A_CHARACTER, font))
    except (OSError, ValueError):  # an unreadable font file draws nothing
        return False


def _font(path: str) -> ImageFont.FreeTypeFont:
    return _font_at(path, _FONT_SIZE)


def render_glyph(char: str, font_path: str, rng: np.random.Generator, spec: PreprocessSpec) -> np.ndarray:
    """One printed-and-distorted sample, placed by ``spec``'s fit: uint8 (height, width)."""
    image = Image.new("L", (_CANVAS, _CANVAS), 0)
    ImageDraw.Draw(image).text((_CANVAS / 2, _CANVAS / 2), char, font=_font(font_path), fill=255, anchor="mm",
                               stroke_width=int(rng.integers(0, 5)), stroke_fill=255)
    coverage = spec.fit_coverage(_distort(image, rng))
    return (coverage * 255.0 + 0.5).astype(np.uint8)


def render_on_guide(char: str, font_path: str, rng: np.random.Generator, cap_line: float, baseline: float,
                    height: int = _CANVAS) -> np.ndarray:
    """The character printed on ruled lines, as text sits in an exercise book: its baseline on ``baseline`` and
    the font's capitals reaching ``cap_line`` (fractions of ``height``), so small letters keep their size and
    place. Distorted like :func:`render_glyph`; the whole canvas (height × 2·height, room for wide letters) as
    float32 ink coverage 0..1."""
    cap = -_font(font_path).getbbox("H", anchor="ls")[1]  # the capitals' height at _FONT_SIZE
    size = max(4, round(_FONT_SIZE * (baseline - cap_line) * height / max(cap, 1)))
    image = Image.new("L", (2 * height, height), 0)
    weight = int(rng.integers(0, 5)) * size // _FONT_SIZE
    ImageDraw.Draw(image).text((height, baseline * height), char, font=_font_at(font_path, size), fill=255,
                               anchor="ms", stroke_width=weight, stroke_fill=255)
    return _distort(image, rng)


IDEOGRAPHIC_DESCENT = 0.12  # em


def render_on_pad(char: str, font_path: str, rng: np.random.Generator, scale: float = 1.0,
                  side: int = _CANVAS) -> np.ndarray:
    """The character printed on a square pad as a writer fills it: the font's em box at 0.85 of the pad, centred
    across, its bottom near the pad's; ``scale`` shrinks it onto that bottom (small kana written small, as the
    kana models read them). Distorted like :func:`render_glyph`; float32 ink coverage 0..1, ``side`` × ``side``."""
    size = max(4, round(0.85 * side * scale))
    image = Image.new("L", (side, side), 0)
    weight = int(rng.integers(0, 5)) * size // _FONT_SIZE
    # The em box of a CJK font runs from 0.12 em below the baseline to 0.88 em above (the ideographic baseline):
    # placed from the baseline, not from the font's descender, which is a line-spacing figure (IPA 0.12 em, Noto CJK
    # 0.29 em: its kana stood 0.15 of the pad too high, small kana above the pad's middle line).
    ImageDraw.Draw(image).text((side / 2, 0.95 * side - IDEOGRAPHIC_DESCENT * size), char,
                               font=_font_at(font_path, size), fill=255, anchor="ms", stroke_width=weight,
                               stroke_fill=255)
    return _distort(image, rng)


def _distort(image: Image.Image, rng: np.random.Generator) -> np.ndarray:
    """Random weight was set by the caller; here rotation, shear and aspect about the image centre → coverage."""
    angle = rng.normal(0, 0.1)
    shear = rng.normal(0, 0.15)
    aspect = math.exp(rng.normal(0, 0.12) / 2)
    c, s = math.cos(angle), math.sin(angle)
    forward = np.array([[c, -s], [s, c]]) @ np.array([[1, shear], [0, 1]]) @ np.diag([aspect, 1 / aspect])
    inverse = np.linalg.inv(forward)  # PIL's transform maps output pixels back to input pixels
    center = np.array([image.width / 2, image.height / 2])
    offset = center - inverse @ center
    image = image.transform(image.size, Image.Transform.AFFINE,
                            (*inverse[0], offset[0], *inverse[1], offset[1]), resample=Image.Resampling.BILINEAR)
    return np.asarray(image, np.float32) * (1 / 255.0)


@cache
def _font_at(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)
