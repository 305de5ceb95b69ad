"""Reading an image file with a bound on its size: the one place every reader of pictures goes through
(``guiapp recognize``, the window's Open/drop, image-folder datasets, user samples).

Decoding allocates width × height × channels bytes (and the coverage conversion a few float copies of that), and a
PNG of a 20000×20000 blank page is a few hundred KB. The size is read from the header and refused above
:data:`MAX_IMAGE_PIXELS` (40 megapixels: a 40 MP phone photo or a 600 dpi A4 scan still opens; recognition needs
a few thousand pixels) before the pixels are decoded, with one message whichever way it is noticed (ours, or
Pillow's own decompression-bomb check for far larger images).
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from guiapp.core.text import Text

MAX_IMAGE_PIXELS = 40_000_000


class ImageFileError(ValueError):
    """An image file could not be read or is too large; the message names the file and the reason."""

    def __init__(self, path, reason: str):
        super().__init__(Text("{0}: {1}", Path(path).name, reason))
        self.reason = reason  # without the file name, for lists that name the file themselves


def too_large(path, width: int | None, height: int | None, pixels: int | None = None) -> ImageFileError:
    size = f" ({width}×{height})" if width and height else ""
    count = Text("{0:,} pixels", pixels) if pixels else Text("more pixels")
    return ImageFileError(path, Text("the image has {0}{1}, more than the {2:,} that can be opened", count, size,
                                     MAX_IMAGE_PIXELS))


def check_image_size(image, path) -> None:
    """Refuse an opened (not yet decoded) PIL image above :data:`MAX_IMAGE_PIXELS`."""
    width, height = image.size
    if width * height > MAX_IMAGE_PIXELS:
        raise too_large(path, width, height, width * height)


def open_image(path):
    """A lazily opened PIL image (use it as a context manager), its size checked; ImageFileError otherwise."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # we refuse far below it ourselves
            image = Image.open(path)
    except Image.DecompressionBombError as exc:
        found = re.search(r"\((\d+) pixels\)", str(exc))
        raise too_large(path, None, None, int(found[1]) if found else None) from None
    except UnidentifiedImageError:
        empty = Path(path).is_file() and Path(path).stat().st_size == 0
        raise ImageFileError(path, Text("the file is empty") if empty else
                             Text("not an image, or a damaged one: its format is not known")) from None
    except (OSError, ValueError) as exc:
        raise ImageFileError(path, Text("cannot read the image ({0})", exc)) from None
    try:
        check_image_size(image, path)
    except ImageFileError:
        image.close()
        raise
    return image


def read_image(path):
    """The file as a decoded PIL image (the pixels are in memory; the file is closed), deep grey levels scaled
    (:func:`grey_levels`); ImageFileError otherwise."""
    from PIL import Image

    with open_image(path) as image:
        try:
            image.load()
        except (OSError, ValueError, Image.DecompressionBombError, SyntaxError) as exc:
            raise ImageFileError(path, Text("cannot read the image ({0})", exc)) from None
        return grey_levels(image)


def grey_levels(image):
    """A decoded image of more than 8 bits per grey pixel as a float ("F") image in 0..1, scaled by its depth;
    any other image unchanged.

    Pillow's conversion to 8-bit grey clips instead of scaling: a 16-bit scan (paper around 33000 of 65535)
    became white all over. 16-bit modes are scaled by 65535. A 32-bit integer image ("I") holding no value above
    65535 is 16-bit data in a wider container (how TIFF and older Pillow give 16-bit files), else it is scaled
    by 2³¹ − 1. Floats ("F") have no depth: 0..1 is kept, values up to 255 or 65535 are read as 8- or 16-bit."""
    import numpy as np
    from PIL import Image

    mode = image.mode
    if mode not in ("I", "F") and not mode.startswith("I;16"):
        return image
    top = image.getextrema()[1]
    if mode == "F" and top <= 1.0:
        return image
    if mode.startswith("I;16") or top <= 65535:
        scale = 255.0 if mode == "F" and top <= 255 else 65535.0
    else:
        scale = 2.0**31 - 1 if mode == "I" else float(top)
    return Image.fromarray(np.clip(np.asarray(image, np.float32) / scale, 0.0, 1.0).astype(np.float32))
