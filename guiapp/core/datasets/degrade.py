"""Degradations of a character image: what real input does to clean ink (numpy and PIL only).

Every function takes a clean ``uint8`` coverage image (H×W, 0 paper … 255 ink, e.g. an MNIST digit) and a numpy
``Generator`` and returns a grey ``uint8`` image **as a person would hand it to the app**: dark ink on light
paper, like a scan, a photo or a PNG file. The recognizer must find the polarity, the paper level and the ink
itself, exactly as ``guiapp recognize`` does for an image file.

The defaults are the fixed parameters of ``benchmarks/bench_robustness.py`` (documented in :data:`DEGRADATIONS`);
``random_degradation`` draws parameters from wider ranges around them, for training copies.

| name | what it does (defaults) | shape |
|---|---|---|
| ``clean`` | only the polarity: ink 0 on paper 255 | kept |
| ``scan`` | 4× bilinear upscale, ink grey 60 on paper 215, paper texture (low-frequency ±10 + grain σ 6) | 4× |
| ``photo`` | 4× upscale, uneven light: a ramp losing 45 % of brightness across the page and a vignette, grain σ 4 | 4× |
| ``low-res-12`` / ``low-res-16`` | box-averaged down to 12×12 / 16×16, then bilinear back up to the original size | kept |
| ``blur`` | Gaussian blur, radius 1.2 px | kept |
| ``thick`` | dilation: 3×3 max filter at the original scale (strokes ≈ 2 px wider) | kept |
| ``thin`` | erosion: 3×3 min filter at 2× scale, then back (strokes ≈ 1 px narrower) | kept |
| ``noise`` | Gaussian noise σ 0.12 of full scale and 1 % salt-and-pepper specks | kept |
| ``jpeg`` | JPEG at quality 15 | kept |
| ``small-off-centre`` | the unscaled character at a random spot of a 4× larger page (4 px margin) | 4× |
| ``guide-lines`` | 4× upscale on a 6× page, a light grey (190) dashed guide: a box round it, a cross | 6× |
"""

from __future__ import annotations

from io import BytesIO
from typing import Callable

import numpy as np
from PIL import Image, ImageFilter

PAPER = 255.0


def on_paper(coverage: np.ndarray, ink: float = 0.0, paper: float = PAPER) -> np.ndarray:
    """Coverage (0..255) → float grey image with ``ink`` where coverage is full and ``paper`` where it is 0."""
    c = np.asarray(coverage, np.float32) / 255.0
    return paper + (ink - paper) * c


def _to_uint8(grey: np.ndarray) -> np.ndarray:
    return np.clip(np.rint(grey), 0, 255).astype(np.uint8)


def _resize(image: np.ndarray, size: tuple[int, int], resample=Image.Resampling.BILINEAR) -> np.ndarray:
    """Float image resized to (width, height) with PIL's anti-aliased filters."""
    return np.asarray(Image.fromarray(np.asarray(image, np.float32)).resize(size, resample), np.float32)


def _low_frequency(rng: np.random.Generator, shape: tuple[int, int], cells: int = 6) -> np.ndarray:
    """Smooth random field in about -1..1 (a coarse random grid, bicubically enlarged): paper fibres, blotches."""
    coarse = rng.normal(0, 1, (cells, cells)).astype(np.float32)
    return _resize(coarse, (shape[1], shape[0]), Image.Resampling.BICUBIC) / 1.5


# -- the degradations --------------------------------------------------------------------------------------------
def clean(coverage, rng=None) -> np.ndarray:
    return _to_uint8(on_paper(coverage))


def scan(coverage, rng, factor: int = 4, ink: float = 60.0, paper: float = 215.0, texture: float = 10.0,
         grain: float = 6.0) -> np.ndarray:
    """A scanned page: grey ink on off-white paper with texture, at a scanner's higher resolution."""
    h, w = np.shape(coverage)
    big = _resize(np.asarray(coverage, np.float32), (w * factor, h * factor))
    grey = on_paper(big, ink, paper)
    grey += texture * _low_frequency(rng, grey.shape) + rng.normal(0, grain, grey.shape)
    return _to_uint8(grey)


def photo(coverage, rng, factor: int = 4, ink: float = 50.0, paper: float = 225.0, falloff: float = 0.45,
          vignette: float = 0.2, grain: float = 4.0) -> np.ndarray:
    """A phone photo of the page: lighting that fades across it (a ramp in a random direction) and darker
    corners; the paper at the dark edge is darker than the ink's neighbourhood elsewhere, so no single paper
    level exists."""
    h, w = np.shape(coverage)
    big = _resize(np.asarray(coverage, np.float32), (w * factor, h * factor))
    grey = on_paper(big, ink, paper)
    y, x = np.mgrid[0 : grey.shape[0], 0 : grey.shape[1]].astype(np.float32)
    y, x = y / grey.shape[0] - 0.5, x / grey.shape[1] - 0.5
    angle = rng.uniform(0, 2 * np.pi)
    ramp = (x * np.cos(angle) + y * np.sin(angle)) + 0.5  # 0 … 1 across the page (a little beyond at corners)
    light = (1 - falloff * np.clip(ramp, 0, 1)) * (1 - vignette * 2 * (x * x + y * y))
    return _to_uint8(grey * light + rng.normal(0, grain, grey.shape))


def low_res(coverage, rng=None, side: int = 12) -> np.ndarray:
    """Detail lost to a low-resolution camera or a thumbnail: box-averaged to side×side, enlarged back."""
    h, w = np.shape(coverage)
    grey = on_paper(coverage)
    small = _resize(grey, (side, side), Image.Resampling.BOX)
    return _to_uint8(_resize(small, (w, h), Image.Resampling.BILINEAR))


def blur(coverage, rng=None, radius: float = 1.2) -> np.ndarray:
    image = Image.fromarray(_to_uint8(on_paper(coverage)))
    return np.asarray(image.filter(ImageFilter.GaussianBlur(radius)))


def thick(coverage, rng=None, size: int = 3) -> np.ndarray:
    """A felt pen: dilation of the ink (a max filter on coverage = a min filter on the paper image)."""
    image = Image.fromarray(np.asarray(coverage, np.uint8))
    return clean(np.asarray(image.filter(ImageFilter.MaxFilter(size))))


def thin(coverage, rng=None, size: int = 3, factor: int = 2) -> np.ndarray:
    """A fine pen: erosion at ``factor``× scale (at the original scale a 3×3 erosion erases MNIST's thin
    strokes altogether), then back to the original size."""
    h, w = np.shape(coverage)
    big = Image.fromarray(_to_uint8(_resize(np.asarray(coverage, np.float32), (w * factor, h * factor))))
    eroded = np.asarray(big.filter(ImageFilter.MinFilter(size)), np.float32)
    return clean(_resize(eroded, (w, h), Image.Resampling.BOX))


def noise(coverage, rng, sigma: float = 0.12, specks: float = 0.01) -> np.ndarray:
    """Sensor noise and dust: Gaussian noise and isolated black or white specks."""
    grey = on_paper(coverage) + rng.normal(0, sigma * 255, np.shape(coverage))
    hit = rng.random(np.shape(coverage)) < specks
    grey[hit] = np.where(rng.random(int(hit.sum())) < 0.5, 0.0, 255.0)
    return _to_uint8(grey)


def jpeg(coverage, rng=None, quality: int = 15) -> np.ndarray:
    buffer = BytesIO()
    Image.fromarray(clean(coverage)).save(buffer, format="JPEG", quality=int(quality))
    buffer.seek(0)
    with Image.open(buffer) as decoded:
        return np.asarray(decoded.convert("L"))


def small_off_centre(coverage, rng, page_factor: int = 4, margin: int = 4) -> np.ndarray:
    """The character at its own size somewhere on a page ``page_factor`` times larger (a photo of a whole
    sheet): the recognizer must find the ink, not assume it fills and centres the image."""
    h, w = np.shape(coverage)
    page = np.zeros((h * page_factor, w * page_factor), np.float32)
    top = int(rng.integers(margin, page.shape[0] - h - margin + 1))
    left = int(rng.integers(margin, page.shape[1] - w - margin + 1))
    page[top : top + h, left : left + w] = np.asarray(coverage, np.float32)
    return clean(page)


def guide_lines(coverage, rng=None, factor: int = 4, page_factor: int = 6, grey: float = 190.0,
                dash: tuple[int, int] = (5, 4)) -> np.ndarray:
    """The character written on a guide: a light grey dashed box around where it is written and a cross through
    the page, as the pad draws them (a screenshot of the pad, walk 153), or squared paper. The guide is fainter
    than any stroke but as long as the page: the recognizer must not take it for ink (the ink box would be the
    guide's)."""
    h, w = np.shape(coverage)
    page = np.full((h * page_factor, w * page_factor), PAPER, np.float32)
    dashed = (np.arange(max(page.shape)) % sum(dash)) < dash[0]
    middle = (page.shape[0] // 2, page.shape[1] // 2)
    # the box around the character's middle 20 px of 28 (MNIST's digit box), the cross through the whole page
    half = (h * factor * 10 // 28, w * factor * 10 // 28)
    top, bottom, left, right = middle[0] - half[0], middle[0] + half[0], middle[1] - half[1], middle[1] + half[1]
    guide = np.zeros(page.shape, bool)
    for row in (top, bottom):
        guide[row, left:right] = dashed[left:right]
    for col in (left, right):
        guide[top:bottom, col] = dashed[top:bottom]
    guide[middle[0], :] = dashed[: page.shape[1]]
    guide[:, middle[1]] = dashed[: page.shape[0]]
    page[guide] = grey
    ink = on_paper(_resize(coverage, (w * factor, h * factor)))
    y, x = middle[0] - h * factor // 2, middle[1] - w * factor // 2
    page[y : y + h * factor, x : x + w * factor] = np.minimum(page[y : y + h * factor, x : x + w * factor], ink)
    return _to_uint8(page)


Degradation = Callable[..., np.ndarray]
DEGRADATIONS: dict[str, Degradation] = {
    "clean": clean,
    "scan": scan,
    "photo": photo,
    "low-res-12": lambda c, rng=None: low_res(c, rng, 12),
    "low-res-16": lambda c, rng=None: low_res(c, rng, 16),
    "blur": blur,
    "thick": thick,
    "thin": thin,
    "noise": noise,
    "jpeg": jpeg,
    "small-off-centre": small_off_centre,
    "guide-lines": guide_lines,
}


def degrade_all(images: np.ndarray, name: str, seed: int = 0) -> list[np.ndarray]:
    """Each image through one named degradation (a list: some degradations change the size)."""
    if name not in DEGRADATIONS:
        raise KeyError(f"unknown degradation {name!r}; known: {', '.join(DEGRADATIONS)}")
    rng = np.random.default_rng(seed)
    return [DEGRADATIONS[name](image, rng) for image in images]


def random_degradation(coverage, rng: np.random.Generator) -> np.ndarray:
    """One degradation with parameters drawn from ranges around the benchmark's (for training copies).
    The ranges straddle the benchmark settings so a model learns the kind of damage, not one setting."""
    kind = int(rng.integers(10))
    if kind == 0:
        return scan(coverage, rng, ink=rng.uniform(20, 110), paper=rng.uniform(180, 250),
                    texture=rng.uniform(0, 16), grain=rng.uniform(0, 10))
    if kind == 1:
        return photo(coverage, rng, ink=rng.uniform(20, 90), paper=rng.uniform(190, 250),
                     falloff=rng.uniform(0.1, 0.6), vignette=rng.uniform(0, 0.3), grain=rng.uniform(0, 8))
    if kind == 2:
        return low_res(coverage, rng, int(rng.integers(10, 20)))
    if kind == 3:
        return blur(coverage, rng, rng.uniform(0.5, 1.8))
    if kind == 4:
        return thick(coverage, rng, 3)
    if kind == 5:
        return thin(coverage, rng)
    if kind == 6:
        return noise(coverage, rng, rng.uniform(0.03, 0.18), rng.uniform(0.0, 0.02))
    if kind == 7:
        return jpeg(coverage, rng, int(rng.integers(8, 40)))
    if kind == 8:
        return small_off_centre(coverage, rng, int(rng.integers(2, 6)))
    return clean(coverage)
