"""Optional extra samples: the character as printed by the system's installed fonts (fontconfig), distorted.

Never required: with no fontconfig or no font covering a character, synthesis uses stroke templates only. The
font list joins the synthesis cache key, so a machine with other fonts makes (and caches) its own samples.
"""

from __future__ import annotations

import math
import shutil
import subprocess
from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from guiapp.core.preprocess import PreprocessSpec

_CANVAS = 160
_FONT_SIZE = 96
# Pictogram fonts claim the ASCII code points in their character maps but draw pictures there (Zapf Dingbats'
# URW clone D050000L draws a pencil for "1"): their glyphs are not the character, neither to learn nor to test.
# fontconfig's ``symbol`` flag does not mark them, so they are named.
PICTOGRAM_FAMILIES = ("dingbat", "d050000l", "wingding", "webdings", "fontawesome", "font awesome", "emoji")


@cache
def fonts_for(char: str) -> tuple[str, ...]:
    """Font files that draw ``char`` (sorted, so the choice is deterministic on one machine)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return ()
    try:
        result = subprocess.run([fc_list, f":charset={ord(char):x}", "--format", "%{file}\t%{family}\n"],
                                capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return ()
    files = set()
    for line in result.stdout.splitlines():
        path, _, family = line.strip().partition("\t")
        if path.lower().endswith((".ttf", ".otf", ".ttc")) and not any(p in family.lower() for p in PICTOGRAM_FAMILIES):
            files.add(path)
    return tuple(sorted(files))


@cache
def _font(path: str) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, _FONT_SIZE)


def render_glyph(char: str, font_path: str, rng: np.random.Generator, spec: PreprocessSpec) -> np.ndarray:
    """One printed-and-distorted sample: random weight (outline stroke), rotation, shear and aspect."""
    image = Image.new("L", (_CANVAS, _CANVAS), 0)
    draw = ImageDraw.Draw(image)
    weight = int(rng.integers(0, 5))
    draw.text((_CANVAS / 2, _CANVAS / 2), char, font=_font(font_path), fill=255, anchor="mm",
              stroke_width=weight, stroke_fill=255)
    angle = rng.normal(0, 0.1)
    shear = rng.normal(0, 0.15)
    aspect = math.exp(rng.normal(0, 0.12) / 2)
    c, s = math.cos(angle), math.sin(angle)
    forward = np.array([[c, -s], [s, c]]) @ np.array([[1, shear], [0, 1]]) @ np.diag([aspect, 1 / aspect])
    inverse = np.linalg.inv(forward)  # PIL's transform maps output pixels back to input pixels
    centre = np.array([_CANVAS / 2, _CANVAS / 2])
    offset = centre - inverse @ centre
    image = image.transform(image.size, Image.Transform.AFFINE,
                            (*inverse[0], offset[0], *inverse[1], offset[1]), resample=Image.Resampling.BILINEAR)
    coverage = spec.fit_coverage(np.asarray(image, np.float32) * (1 / 255.0))
    return (coverage * 255.0 + 0.5).astype(np.uint8)
