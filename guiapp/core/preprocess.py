"""Bitmap or image → model input, driven by a preprocessing spec that is plain data.

The spec travels inside model files, so the drawing pad, the CLI, image files, synthesis and datasets all turn
pixels into model input through :meth:`PreprocessSpec.apply` with the same numbers.

Pipeline: grey levels → ink coverage (0 paper … 1 ink, polarity detected from the border when unknown, paper level
subtracted, contrast stretched) → geometric fit → output polarity, value range and channels.

Images of unknown or dark-on-paper polarity (scans, photos, files) are cleaned first, each step only when it is
measurably needed, so clean images pass unchanged: uneven lighting is divided out (a smooth paper-brightness
surface fitted under the ink), sensor noise and dust are median-filtered, and what remains of paper texture
below a noise floor (paper level + 3 robust σ of the border) counts as paper. Single stray ink pixels never
stretch the ink box.

Fits:
  * ``mnist``: scale the ink box so its longer side is ``fit_size`` px, then place the centre of mass at the
    centre of the output (LeCun's MNIST normalisation: 20×20 box in a 28×28 field), moved only as far as keeps
    all the ink in the frame (:data:`FIT_VERSION` 2).
  * ``box``: the same scaling, centred on the ink box's centre instead of the centre of mass.
  * ``resize``: the whole image scaled to the output, aspect kept (letterboxed). Keeps the drawn size, which the
    full hiragana set needs (ぁ vs あ) and which already-normalised datasets (MNIST) need.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields

import numpy as np
from PIL import Image, ImageFilter

from guiapp.core.text import Text, listed

FITS = ("mnist", "box", "resize")
# 2: the ``mnist`` fit no longer pushes ink out of the frame. A kana whose ink is heavy at the bottom (ア, し, つ,
# Noto Serif's こ with its hairline top stroke) has its centre of mass far below its box's centre; centring that
# in a 32×32 frame with 3 px of margin cut off the top (8.9 % of synthetic kana lost some ink, up to a fifth of it).
# Synthesised datasets are cached under this number, so a change of fit makes them again.
FIT_VERSION = 2
INKS = ("light", "dark")
SOURCE_INKS = ("auto", "light", "dark")
VALUE_RANGES = {"0..1": (0.0, 1.0), "0..255": (0.0, 255.0), "-1..1": (-1.0, 1.0)}
INK_THRESHOLD = 0.2  # coverage above this counts as ink when finding the ink box
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


@dataclass(frozen=True)
class PreprocessSpec:
    height: int = 28
    width: int = 28
    channels: int = 1
    ink: str = "light"  # polarity of the model input: "light" ink on dark (MNIST) or "dark" ink on light
    fit: str = "mnist"
    fit_size: int = 20  # for mnist/box: the ink box's longer side in output pixels
    value_range: str = "0..1"

    def __post_init__(self) -> None:
        problems = []
        for name in ("height", "width", "channels", "fit_size"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                problems.append(Text("{0} must be a positive integer, got {1!r}", name, value))
        if not problems:
            if self.height > 4096 or self.width > 4096:
                problems.append(Text("input size {0}×{1} is larger than 4096", self.height, self.width))
            if self.channels not in (1, 3):
                problems.append(Text("channels must be 1 or 3, got {0}", self.channels))
            if self.fit_size > min(self.height, self.width):
                problems.append(Text("fit_size {0} does not fit in {1}×{2}", self.fit_size, self.height, self.width))
        if self.ink not in INKS:
            problems.append(Text("ink must be one of {0}, got {1!r}", INKS, self.ink))
        if self.fit not in FITS:
            problems.append(Text("fit must be one of {0}, got {1!r}", FITS, self.fit))
        if self.value_range not in VALUE_RANGES:
            problems.append(Text("value_range must be one of {0}, got {1!r}", tuple(VALUE_RANGES), self.value_range))
        if problems:
            joined = problems[0]
            for problem in problems[1:]:
                joined = Text("{0}; {1}", joined, problem)
            raise ValueError(Text("invalid preprocessing spec: {0}", joined))

    # -- data -------------------------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "PreprocessSpec":
        if not isinstance(data, dict):
            raise ValueError(Text("a preprocessing spec must be a mapping, got {0}", type(data).__name__))
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(Text("unknown preprocessing spec keys: {0}", listed(unknown)))
        return cls(**data)

    @property
    def input_shape(self) -> tuple[int, int, int]:
        return (self.height, self.width, self.channels)

    # -- the transform ----------------------------------------------------------------------------------------
    def apply(self, source, source_ink: str = "auto") -> np.ndarray:
        """One bitmap or image → float32 array of shape (height, width, channels).

        ``source`` is a PIL image or an array (H×W grey, H×W×3/4 colour; uint8 0..255 or float 0..1).
        ``source_ink``: "light" for coverage bitmaps (our rasteriser, MNIST files), "dark" for ink on paper,
        "auto" to decide from the image border.
        """
        coverage = to_coverage(source, source_ink)
        return self._finish(self.fit_coverage(coverage))

    def apply_batch(self, images: np.ndarray, source_ink: str = "light") -> np.ndarray:
        """N images → (N, height, width, channels) float32. Already-normalised data takes a vectorised path."""
        images = np.asarray(images)
        if (
            self.fit == "resize"
            and source_ink == "light"
            and images.ndim == 3
            and images.shape[1:] == (self.height, self.width)
        ):
            scale = 255.0 if images.dtype == np.uint8 else 1.0
            return self._finish(images.astype(np.float32) / scale)
        out = np.empty((len(images), self.height, self.width, self.channels), np.float32)
        for i, image in enumerate(images):
            out[i] = self.apply(image, source_ink)
        return out

    def apply_coverage(self, coverage: np.ndarray, window=None, size: tuple[int, int] | None = None) -> np.ndarray:
        """:meth:`apply` for ink coverage already made by :func:`to_coverage`; ``window`` (from :meth:`fit_window` or
        :meth:`carry_window`), when given, saves finding the ink again. Equals ``apply(source, ink)``. ``size``
        (width, height): only that much around the window's centre, at this spec's scale (a reader of one corner)."""
        return self._finish(self.fit_coverage(coverage, window, size))

    def carry_window(self, window, to: "PreprocessSpec"):
        """This spec's :meth:`fit_window` of some coverage, as ``to``'s window of the same coverage (the same ink
        box or centre of mass, ``to``'s scale), or None when the two fit differently and ``to`` must look itself.
        A second network reading the same image (guiapp.core.mark_reader) saves finding the ink again (~0.08 ms)."""
        if window is None or self.fit != to.fit or self.fit == "resize":
            return None
        cx, cy, scale = window
        return cx, cy, scale * to.fit_size / self.fit_size

    def fit_coverage(self, coverage: np.ndarray, window=None, size: tuple[int, int] | None = None) -> np.ndarray:
        """Ink coverage (H×W float 0..1) → (height, width) coverage placed by this spec's fit (at ``window`` and
        ``size`` when the caller says: :meth:`apply_coverage`)."""
        width, height = size or (self.width, self.height)
        window = self.fit_window(coverage) if window is None else window
        if window is None:
            return np.zeros((height, width), np.float32)
        if self.fit == "resize" and coverage.shape == (height, width):
            return coverage.astype(np.float32, copy=False)
        return _resample(coverage, *window, width, height)

    def fit_window(self, coverage: np.ndarray) -> tuple[float, float, float] | None:
        """(cx, cy, scale) of :meth:`fit_coverage`: model input pixel (u, v) shows source point
        (cx + (u - width/2)/scale, cy + (v - height/2)/scale); None for a page without ink. Kept apart so what the
        network looked at (a saliency map) can be placed back onto the drawing."""
        if self.fit == "resize":
            h, w = coverage.shape
            return w / 2, h / 2, min(self.width / w, self.height / h)
        ink = _without_lone_pixels(coverage > INK_THRESHOLD)
        cols = np.flatnonzero(ink.any(axis=0))
        if len(cols) == 0:
            return None
        rows = np.flatnonzero(ink.any(axis=1))
        # Pixel i covers [i, i+1): the ink box spans [first, last + 1).
        x0, x1, y0, y1 = cols[0], cols[-1] + 1, rows[0], rows[-1] + 1
        scale = self.fit_size / max(x1 - x0, y1 - y0)
        if self.fit == "mnist":
            column_mass, row_mass = coverage.sum(axis=0), coverage.sum(axis=1)
            total = float(column_mass.sum())
            cx = float(column_mass @ np.arange(0.5, len(column_mass))) / total
            cy = float(row_mass @ np.arange(0.5, len(row_mass))) / total
            # As near the centre of mass as keeps the whole ink box inside the frame.
            half_width, half_height = self.width / 2 / scale, self.height / 2 / scale
            cx = min(max(cx, x1 - half_width), x0 + half_width)
            cy = min(max(cy, y1 - half_height), y0 + half_height)
        else:
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        return cx, cy, scale

    def output_affine(self) -> tuple[float, float]:
        """(scale, offset) with model input = scale × coverage + offset: polarity and value range in one place,
        shared by the numpy path here and the training pipeline's in-graph conversion."""
        lo, hi = VALUE_RANGES[self.value_range]
        return (hi - lo, lo) if self.ink == "light" else (lo - hi, hi)

    def _finish(self, coverage: np.ndarray) -> np.ndarray:
        scale, offset = self.output_affine()
        values = coverage if (scale, offset) == (1.0, 0.0) else coverage * np.float32(scale) + np.float32(offset)
        values = values.astype(np.float32, copy=False)[..., None]
        if self.channels == 3:
            values = np.repeat(values, 3, axis=-1)
        return values


def ink_box(coverage: np.ndarray) -> tuple[float, float, float, float] | None:
    """The ink's extent in a bitmap of the whole pad (0 paper … 1 or 255 ink) as fractions of it: (left, top,
    right, bottom); None if blank. Where the ink sits on the pad: the case of c/C, the size of っ/つ."""
    coverage = np.asarray(coverage)
    ink = coverage > INK_THRESHOLD * (255.0 if coverage.dtype == np.uint8 else 1.0)
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if not len(rows):
        return None
    height, width = ink.shape
    return (float(cols[0]) / width, float(rows[0]) / height, float(cols[-1] + 1) / width,
            float(rows[-1] + 1) / height)


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


def _without_lone_pixels(ink: np.ndarray) -> np.ndarray:
    """The ink mask without pixels that have no ink neighbour: a speck of dust or noise is not a stroke, and one
    far from the character would shrink it to a dot when the ink box is fitted. (A mask of lone pixels only is
    kept as it is: then they are all there is.)"""
    padded = np.pad(ink, 1)
    h, w = ink.shape
    neighbours = sum(padded[dy : dy + h, dx : dx + w].astype(np.uint8)
                     for dy in range(3) for dx in range(3)) - ink
    kept = ink & (neighbours > 0)
    return kept if kept.any() else ink


def _resample(coverage: np.ndarray, cx: float, cy: float, scale: float, out_w: int, out_h: int) -> np.ndarray:
    """Output pixel (u, v) shows source point (cx + (u - out_w/2)/scale, cy + (v - out_h/2)/scale).

    One anti-aliased resize of the source window (PIL's resize filters widen with the reduction factor), after
    padding the source so the window never leaves it.
    """
    half_w, half_h = out_w / (2 * scale), out_h / (2 * scale)
    left, top, right, bottom = cx - half_w, cy - half_h, cx + half_w, cy + half_h
    h, w = coverage.shape
    # Pad only by how far the window sticks out on each side (a big photo needs none).
    pad_l, pad_t = max(0, math.ceil(-left)), max(0, math.ceil(-top))
    pad_r, pad_b = max(0, math.ceil(right - w)), max(0, math.ceil(bottom - h))
    if pad_l or pad_t or pad_r or pad_b:
        padded = np.zeros((h + pad_t + pad_b, w + pad_l + pad_r), np.float32)
        padded[pad_t : pad_t + h, pad_l : pad_l + w] = coverage
    else:
        padded = np.ascontiguousarray(coverage, np.float32)
    image = Image.fromarray(padded)  # float32 → mode "F"
    window = (left + pad_l, top + pad_t, right + pad_l, bottom + pad_t)
    result = image.resize((out_w, out_h), Image.Resampling.BILINEAR, box=window)
    return np.clip(np.asarray(result, np.float32), 0.0, 1.0)
