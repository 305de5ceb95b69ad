"""Images in and out of the Recognize tab: PIL ↔ QImage. A picture the user opens or drops is read by
:func:`guiapp.core.imagefile.read_image`, exactly as ``guiapp recognize`` reads the file, so both agree.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from PySide6.QtGui import QImage

from guiapp.qt.i18n import translate

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp", ".pgm", ".ppm")


def image_filter() -> str:
    """The Open image dialog's file types, in the window's language ("Images (…)" stayed English: a walk)."""
    return (translate("recognize", "Images ({0})").format(" ".join(f"*{s}" for s in IMAGE_SUFFIXES)) + ";;"
            + translate("recognize", "All files (*)"))


def pil_to_qimage(image: Image.Image) -> QImage:
    if image.mode == "F":
        # Deep grey levels come as 0..1 floats (guiapp.core.imagefile.grey_levels); RGBA conversion would clip
        # them to black and white, and a 16-bit scan showed as a black square.
        from guiapp.core.coverage import to_grey

        image = Image.fromarray(np.round(to_grey(image) * 255.0).astype(np.uint8), "L")
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
