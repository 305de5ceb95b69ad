"""Images in and out of the Recognize tab: PIL ↔ QImage, and reading a picture the user opened, pasted or dropped.

Recognition always gets the PIL image, exactly as ``guiapp recognize`` reads the file, so both agree.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError
from PySide6.QtGui import QImage

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp", ".pgm", ".ppm")
IMAGE_FILTER = "Images (" + " ".join(f"*{s}" for s in IMAGE_SUFFIXES) + ");;All files (*)"
MAX_PIXELS = 40_000_000  # refuse absurd images instead of exhausting memory


class ImageReadError(ValueError):
    """An image file could not be read; the message names the file and the reason."""


def read_image(path: str | Path) -> Image.Image:
    """The file as a loaded PIL image (as the CLI reads it), or ImageReadError with a clear message."""
    path = Path(path)
    try:
        with Image.open(path) as image:
            if image.width * image.height > MAX_PIXELS:
                raise ImageReadError(f"{path.name}: the image is too large ({image.width}×{image.height} pixels)")
            image.load()
            return image
    except ImageReadError:
        raise
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError) as exc:
        raise ImageReadError(f"{path.name}: cannot read the image ({exc})") from None


def pil_to_qimage(image: Image.Image) -> QImage:
    rgba = np.ascontiguousarray(np.asarray(image.convert("RGBA"), np.uint8))
    h, w = rgba.shape[:2]
    return QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()


def qimage_to_pil(qimage: QImage) -> Image.Image:
    converted = qimage.convertToFormat(QImage.Format.Format_RGBA8888)
    w, h = converted.width(), converted.height()
    stride = converted.bytesPerLine()
    data = np.frombuffer(converted.constBits(), np.uint8, count=stride * h).reshape(h, stride)
    return Image.fromarray(np.ascontiguousarray(data[:, : 4 * w]).reshape(h, w, 4), "RGBA")


def coverage_to_qimage(coverage: np.ndarray) -> QImage:
    """(H, W) uint8 coverage → grey QImage (white ink on black, as MNIST stores it)."""
    data = np.ascontiguousarray(coverage, np.uint8)
    h, w = data.shape
    return QImage(data.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
