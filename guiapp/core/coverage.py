"""A grey image or bitmap → ink coverage (0 paper … 1 ink), the first step of :mod:`guiapp.core.preprocess`.

Images of unknown or dark-on-paper polarity (scans, photos, files) are cleaned first, each step only when it is
measurably needed, so clean images pass unchanged: the polarity is detected from the border, uneven lighting is
divided out (a smooth paper-brightness surface fitted under the ink), sensor noise and dust are median-filtered,
what remains of paper texture below a noise floor (paper level + 3 robust σ of the border) counts as paper, the
contrast is stretched, and a faint guide away from the strokes (a grid, ruled paper) is paper too.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

from guiapp.core.text import Text

SOURCE_INKS = ("auto", "light", "dark")
# In an image, ink this faint and away from the strokes is a guide, not writing: the pad's dashed grid, squared
# or ruled paper (benchmarks/bench_robustness.py's guide-lines: a pad's screenshot was read as 1 for 7, the guide
# taken for ink made the ink box the grid's, walk 153). A stroke reaches full ink once the contrast is stretched;
# its faint edges lie within GUIDE_GAP of the image's larger side from its strong ink.
GUIDE_LEVEL = 0.4
GUIDE_GAP = 0.015
# A robust noise σ (0..1 scale) above this gets a 3×3 median filter: clean scans and drawings measure ~0, JPEG
# ringing and paper grain < 0.03, camera noise that breaks the ink box > 0.06.
NOISE_LEVEL = 0.04
# Paper brightness varying by more than this across the page (the fitted surface's range) is flattened.
UNEVEN_LIGHT = 0.06


def to_grey(source) -> np.ndarray:
    """PIL image or array → H×W float32 grey levels in 0..1. Transparent pixels become white paper."""
    if isinstance(source, Image.Image):
        image = source
        if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
            rgba = image.convert("RGBA")
            paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
            image = Image.alpha_composite(paper, rgba)
        if image.mode == "F":
            array = np.asarray(image, np.float32)
            return np.clip(array / (255.0 if array.max() > 1.0 else 1.0), 0, 1)
        return np.asarray(image.convert("L"), np.float32) / 255.0
    array = np.asarray(source)
    if array.ndim == 3 and array.shape[2] == 1:
        array = array[..., 0]
    if array.ndim == 3 and array.shape[2] in (3, 4):
        if array.shape[2] == 4:
            alpha = array[..., 3:4].astype(np.float32) / (255.0 if array.dtype == np.uint8 else 1.0)
            paper = 255.0 if array.dtype == np.uint8 else 1.0
            array = array[..., :3] * alpha + paper * (1 - alpha)
        array = array[..., 0] * 0.299 + array[..., 1] * 0.587 + array[..., 2] * 0.114
    if array.ndim != 2:
        raise ValueError(Text("expected a grey or colour image, got an array of shape {0}", np.asarray(source).shape))
    if array.size == 0:
        raise ValueError(Text("the image is empty (zero pixels)"))
    if np.asarray(source).dtype == np.uint8 or array.max() > 1.0:
        return np.clip(array.astype(np.float32) / 255.0, 0, 1)
    return np.clip(array.astype(np.float32), 0, 1)


def to_coverage(source, source_ink: str = "auto") -> np.ndarray:
    """Grey image → ink coverage (0 paper, 1 ink).

    "light" input is coverage already (our rasteriser, MNIST-style files) and is taken exactly as it is, so a
    dataset sample and the same pixels through the single-image path give identical model input. Images of
    unknown or dark-on-paper polarity (scans, photos) also get the paper level removed, contrast stretched, and a
    faint guide (a grid, ruled paper) away from the strokes made paper.
    """
    if source_ink not in SOURCE_INKS:
        raise ValueError(f"source_ink must be one of {SOURCE_INKS}, got {source_ink!r}")
    grey = to_grey(source)
    if source_ink == "light":
        return grey
    light_ink = source_ink == "auto" and _border_level(grey) <= 0.5
    if not light_ink:
        grey = _flatten_lighting(grey)  # only pages on paper are lit unevenly; a screen's black is black
    grey = _denoise(grey)
    coverage = grey if light_ink else 1.0 - grey
    paper = _border_level(coverage)
    floor = paper + 3.0 * _border_spread(coverage, paper)  # paper texture and grain stay paper
    peak = float(coverage.max())
    if peak - floor < 1e-3:  # blank page
        return np.zeros_like(coverage)
    if not (floor <= 0.0 and peak >= 1.0):
        coverage = np.clip((coverage - floor) / (peak - floor), 0.0, 1.0)
    return _without_guides(coverage)


def _without_guides(coverage: np.ndarray) -> np.ndarray:
    """``coverage`` with the faint ink that lies away from the strokes made paper (see GUIDE_LEVEL); the image
    itself when it has none."""
    faint = (coverage > 0) & (coverage < GUIDE_LEVEL)
    strong = coverage >= GUIDE_LEVEL
    if not faint.any() or not strong.any():
        return coverage
    gap = max(2, round(GUIDE_GAP * max(coverage.shape)))
    # Near the strokes, measured on blocks of about half the gap: a large photo costs what a small image does
    block = max(1, gap // 2)
    h, w = strong.shape
    padded = np.pad(strong, ((0, -h % block), (0, -w % block)))
    blocks = padded.reshape(padded.shape[0] // block, block, padded.shape[1] // block, block).any(axis=(1, 3))
    reach = -(-gap // block)  # in blocks, rounded up
    near = np.asarray(Image.fromarray(blocks.astype(np.uint8) * 255).filter(ImageFilter.MaxFilter(2 * reach + 1)))
    near = np.repeat(np.repeat(near > 0, block, axis=0), block, axis=1)[:h, :w]
    guide = faint & ~near
    if not guide.any():
        return coverage
    coverage = coverage.copy()
    coverage[guide] = 0.0
    return coverage


def _border_level(grey: np.ndarray) -> float:
    """Median of the outermost pixels: the paper's grey level in scans, photos and drawings."""
    if min(grey.shape) < 3:
        return float(np.median(grey))
    return float(np.median(_border_pixels(grey)))


def _border_pixels(grey: np.ndarray) -> np.ndarray:
    return np.concatenate([grey[0], grey[-1], grey[1:-1, 0], grey[1:-1, -1]])


def _border_spread(grey: np.ndarray, level: float) -> float:
    """Robust σ of the outermost pixels around ``level`` (median absolute deviation × 1.4826): paper texture."""
    if min(grey.shape) < 3:
        return 0.0
    return 1.4826 * float(np.median(np.abs(_border_pixels(grey) - level)))


def _median3(grey: np.ndarray) -> np.ndarray:
    """3×3 median filter (PIL's, on float "F" images: no copies of the image per neighbour)."""
    image = Image.fromarray(np.ascontiguousarray(grey, np.float32))
    return np.asarray(image.filter(ImageFilter.MedianFilter(3)), np.float32)


def _denoise(grey: np.ndarray) -> np.ndarray:
    """A 3×3 median filter, only for measurably noisy images. Noise is measured as the robust σ of the image minus
    its median-filtered self: strokes and flat paper are left alone by the median, so a clean image measures ~0
    and is returned untouched (the filter would erase 1-px strokes for nothing). A large photo is measured on its
    central 512×512 pixels: noise is everywhere, and the measurement then costs the same for any size."""
    h, w = grey.shape
    if min(h, w) < 5:
        return grey
    top, left = max(0, (h - 512) // 2), max(0, (w - 512) // 2)
    sample = grey[top : top + 512, left : left + 512]
    sigma = 1.4826 * float(np.median(np.abs(sample - _median3(sample))))
    if sigma <= NOISE_LEVEL:
        return grey
    return _median3(grey)


def _flatten_lighting(grey: np.ndarray) -> np.ndarray:
    """Dark ink on unevenly lit paper → the same page under even light.

    The paper's brightness is estimated under the ink: at ~32 px on the short side a closing (max then min
    filter, 7 px, ~1/5 of the side) removes dark strokes narrower than that, and a quadratic surface (a lighting
    ramp plus vignetting) is fitted to what remains, robustly (points well below the fit are leftover ink and
    are dropped). The page is divided by that surface. Evenly lit pages (surface range < ``UNEVEN_LIGHT``) are
    returned untouched, so clean images and drawings keep exactly their pixels."""
    h, w = grey.shape
    if min(h, w) < 8:
        return grey
    scale = 32.0 / min(h, w)
    small_size = (max(8, round(w * scale)), max(8, round(h * scale)))
    small = Image.fromarray(np.ascontiguousarray(grey, np.float32)).resize(small_size, Image.Resampling.BOX)
    closed = np.asarray(small.filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.MinFilter(7)), np.float64)

    def terms(ys, xs):
        return np.stack([np.ones_like(xs), xs, ys, xs * xs, xs * ys, ys * ys], axis=-1)

    sy, sx = np.mgrid[0 : closed.shape[0], 0 : closed.shape[1]]
    design = terms((sy + 0.5) / closed.shape[0] - 0.5, (sx + 0.5) / closed.shape[1] - 0.5).reshape(-1, 6)
    values = closed.reshape(-1)
    keep = np.ones(len(values), bool)
    for _ in range(3):
        coefficients = np.linalg.lstsq(design[keep], values[keep], rcond=None)[0]
        keep = values - design @ coefficients > -0.03
        if keep.sum() < 6:
            return grey
    fitted = design @ coefficients
    if fitted.max() - fitted.min() < UNEVEN_LIGHT:
        return grey
    # The surface is smooth: evaluated on the small grid and enlarged, so a photo costs no full-size coordinates.
    surface_small = (design @ coefficients).reshape(closed.shape).astype(np.float32)
    surface = np.asarray(Image.fromarray(surface_small).resize((w, h), Image.Resampling.BILINEAR), np.float32)
    return np.clip(grey / np.maximum(surface, 0.05), 0.0, 1.0).astype(np.float32)
