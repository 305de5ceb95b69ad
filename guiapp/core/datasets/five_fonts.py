"""``five-fonts``: the tutorials' 5-font task, rebuilt from the fonts installed here. The 62 characters 0-9, A-Z,
a-z printed in 5 fonts at 36×36, each at 9 positions (shifted by -3, 0, +3 pixels across and down): 62 × 5 × 9 =
2,790 images; 10 % of them are the validation part, chosen with a fixed seed (:func:`split`). So the ladder of the
tutorials (logistic regression → MLP → DNN → the font CNNs) can be re-run in the app and set beside their published
figures (``benchmarks/bench_five_fonts_ladder.py`` → ``docs/ladder-five-fonts.md``). The dataset carries that part
(``predefined_validation``), so every split of it (training, evaluation, the browser) is this fixed one.

Characters keep their printed size and place: every glyph is drawn at one font size on one baseline, so ``o`` is
smaller than ``O`` and ``p`` hangs below the line, as in the tutorials' images. The spec resizes a whole drawing
(``fit="resize"``): a character drawn at about two thirds of the pad's height matches the capitals.

Fonts depend on the machine. The 5 are the first distinct families, in :data:`PREFERRED` order and then by name,
that fontconfig says cover all 62 characters and that really draw each of them (not a replacement box, not a
symbol font); a machine with fewer gets a clear error (:func:`missing`), never a smaller dataset under the same
name. The fonts used are named in the dataset's ``source``.
"""

from __future__ import annotations

import shutil
import string
import subprocess
from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from guiapp.core.datasets.base import Dataset, DatasetError, Split
from guiapp.core.datasets.fonts import SYMBOL_FAMILIES, draws
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.text import Text

NAME = "five-fonts"
DESCRIPTION = Text("the tutorials' 5-font task: 0-9, A-Z, a-z in 5 installed fonts, 36×36, 9 positions, 2,790 images")
CHARACTERS = string.digits + string.ascii_uppercase + string.ascii_lowercase
FONT_COUNT = 5
SIDE = 36
SHIFTS = (-3, 0, 3)  # pixels across and down: 3 × 3 = 9 positions
SAMPLES = len(CHARACTERS) * FONT_COUNT * len(SHIFTS) ** 2  # 2,790: the dataset's size, whichever fonts
BASELINE = 26  # the baseline's row (of 36) before shifting
CAP_HEIGHT = 19  # pixels from the baseline to the top of a capital H
SUPERSAMPLE = 4
VALIDATION_FRACTION = 0.1
SEED = 5  # fixed: every machine with the same fonts gets the same validation part
SPEC = PreprocessSpec(height=SIDE, width=SIDE, fit="resize")
# Common families with distinct shapes (sans, serif, mono) first, so most machines pick a varied five.
PREFERRED = ("DejaVu Sans", "DejaVu Serif", "Liberation Mono", "FreeSerif", "Liberation Sans", "Noto Sans",
             "Noto Serif", "DejaVu Sans Mono", "Liberation Serif", "FreeSans", "FreeMono", "Noto Mono",
             "Arial", "Times New Roman", "Courier New", "Verdana", "Georgia", "Helvetica", "Menlo")
REGULAR_STYLES = ("regular", "book", "roman", "normal", "medium")
_EXCLUDED = SYMBOL_FAMILIES + ("math",)  # math fonts draw letters as math italic


def _charset() -> str:
    return "30-39 41-5a 61-7a"  # fontconfig's hex ranges of 0-9, A-Z, a-z


def font_candidates() -> list[tuple[str, str]]:
    """(family, file) of regular-style TrueType/OpenType fonts that fontconfig says cover all 62 characters, one
    file per family, in choice order. Empty without fontconfig."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        result = subprocess.run([fc_list, f":charset={_charset()}", "--format", "%{family[0]}\t%{style[0]}\t%{file}\n"],
                                capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    families: dict[str, str] = {}
    for line in sorted(result.stdout.splitlines()):
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        family, style, path = parts
        if (not path.lower().endswith((".ttf", ".otf")) or style.lower() not in REGULAR_STYLES
                or any(word in family.lower() for word in _EXCLUDED)):
            continue
        families.setdefault(family, path)
    rank = {family: i for i, family in enumerate(PREFERRED)}
    ordered = sorted(families, key=lambda family: (rank.get(family, len(rank)), family.lower()))
    return [(family, families[family]) for family in ordered]


@cache
def chosen_fonts() -> tuple[tuple[str, str], ...]:
    """Up to :data:`FONT_COUNT` (family, file) that really draw every character (cached per process)."""
    chosen = []
    for family, path in font_candidates():
        if all(draws(path, char) for char in CHARACTERS):
            chosen.append((family, path))
            if len(chosen) == FONT_COUNT:
                break
    return tuple(chosen)


def missing(verify: bool = True) -> str | None:
    """Why the dataset cannot be made here (too few suitable fonts), or None. ``verify=False`` (the dataset
    listing, which the window builds on the GUI thread at start-up) trusts fontconfig's families instead of
    rendering all 62 glyphs of each (~0.15 s); loading always verifies, with the same message."""
    found = chosen_fonts() if verify else tuple(font_candidates()[:FONT_COUNT])
    if len(found) >= FONT_COUNT:
        return None
    named = ", ".join(family for family, _ in found) or "none"
    return (f"{NAME}: needs {FONT_COUNT} installed fonts that draw all 62 characters 0-9, A-Z, a-z; this machine has "
            f"{len(found)} ({named}). Install more fonts (e.g. the fonts-dejavu, fonts-liberation and fonts-freefont "
            "packages) and try again.")


def render(char: str, font_path: str, dx: int = 0, dy: int = 0) -> np.ndarray:
    """One character printed at the dataset's size and baseline, shifted by (dx, dy) pixels: uint8 (36, 36)."""
    scale = SUPERSAMPLE
    size = _font_size(font_path)
    image = Image.new("L", (SIDE * scale, SIDE * scale), 0)
    ImageDraw.Draw(image).text(((SIDE / 2 + dx) * scale, (BASELINE + dy) * scale), char,
                               font=_font(font_path, size), fill=255, anchor="ms")
    return np.asarray(image.reduce(scale), np.uint8)  # a box filter: exact area coverage


@cache
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


@cache
def _font_size(path: str) -> int:
    """The size (at the supersampled scale) at which a capital H is CAP_HEIGHT pixels tall."""
    probe = 100
    top = -_font(path, probe).getbbox("H", anchor="ls")[1]
    return max(4, round(probe * CAP_HEIGHT * SUPERSAMPLE / max(top, 1)))


def build(fonts: list[tuple[str, str]]) -> tuple[np.ndarray, np.ndarray]:
    """(images (62 × len(fonts) × 9, 36, 36) uint8, labels) in class-major order."""
    images, labels = [], []
    for label, char in enumerate(CHARACTERS):
        for _, path in fonts:
            for dy in SHIFTS:
                for dx in SHIFTS:
                    images.append(render(char, path, dx, dy))
                    labels.append(label)
    return np.stack(images), np.asarray(labels, np.int64)


def load_five_fonts(fonts: list[tuple[str, str]] | None = None) -> Dataset:
    """The dataset from :func:`chosen_fonts` (or the (family, file) pairs given: tests on any machine)."""
    if fonts is None:
        problem = missing()
        if problem:
            raise DatasetError(problem)
        fonts = list(chosen_fonts())
    images, labels = build(list(fonts))
    images.setflags(write=False)
    families = ", ".join(family for family, _ in fonts)
    return Dataset(name=NAME, classes=list(CHARACTERS), images=images, labels=labels, spec=SPEC,
                   source=Text("printed in {0}; 9 positions each; validation 10 % with seed {1}", families, SEED),
                   kind="builtin", predefined_validation=validation_mask(labels, len(CHARACTERS)))


def validation_mask(labels: np.ndarray, classes: int) -> np.ndarray:
    """True for the fixed validation part (:func:`split`); the dataset carries it, so training and evaluation
    use it whatever validation fraction they are set to."""
    mask = np.zeros(len(labels), bool)
    mask[_validation_indices(np.asarray(labels), classes)] = True
    return mask


def split(dataset: Dataset) -> Split:
    """The fixed split of the tutorials' task: exactly 10 % validation (279 of 2,790), every class in it (4 or 5 of
    its 45 images, the classes that get a fifth drawn by seed :data:`SEED`), no test part."""
    validation = _validation_indices(np.asarray(dataset.labels), len(dataset.classes))
    train = np.setdiff1d(np.arange(len(dataset.labels)), validation)
    return Split(train, validation, np.empty(0, np.int64))


def _validation_indices(labels: np.ndarray, classes: int) -> np.ndarray:
    rng = np.random.default_rng(SEED)
    total = int(round(len(labels) * VALIDATION_FRACTION))
    base, extra = divmod(total, classes)
    more = set(rng.choice(classes, extra, replace=False).tolist())
    validation = []
    for c in range(classes):
        members = rng.permutation(np.flatnonzero(labels == c))
        validation.append(members[: base + (c in more)])
    return np.sort(np.concatenate(validation))


__all__ = ["CHARACTERS", "NAME", "SPEC", "build", "chosen_fonts", "font_candidates", "load_five_fonts", "missing",
           "render", "split", "validation_mask"]
