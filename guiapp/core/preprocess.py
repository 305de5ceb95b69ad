"""Bitmap or image → model input, driven by a preprocessing spec that is plain data.

The spec travels inside model files, so the drawing pad, the CLI, image files, synthesis and datasets all turn
pixels into model input through :meth:`PreprocessSpec.apply` with the same numbers.

Pipeline: grey levels → ink coverage (:mod:`guiapp.core.coverage`: 0 paper … 1 ink, an image cleaned first) →
geometric fit → output polarity, value range and channels. Single stray ink pixels never stretch the ink box.

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
from PIL import Image

from guiapp.core.coverage import to_coverage
from guiapp.core.text import Text, listed

FITS = ("mnist", "box", "resize")
# 2: the ``mnist`` fit no longer pushes ink out of the frame. A kana whose ink is heavy at the bottom (ア, し, つ,
# Noto Serif's こ with its hairline top stroke) has its centre of mass far below its box's centre; centring that
# in a 32×32 frame with 3 px of margin cut off the top (8.9 % of synthetic kana lost some ink, up to a fifth of it).
# Synthesised datasets are cached under this number, so a change of fit makes them again.
FIT_VERSION = 2
INKS = ("light", "dark")
VALUE_RANGES = {"0..1": (0.0, 1.0), "0..255": (0.0, 255.0), "-1..1": (-1.0, 1.0)}
INK_THRESHOLD = 0.2  # coverage above this counts as ink when finding the ink box


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
