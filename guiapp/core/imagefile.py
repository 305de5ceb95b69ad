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
    return ImageFileError(path, Text("the image has {0}{1}, more than the {2:,} guiapp reads", count, size,
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
    except (OSError, UnidentifiedImageError, ValueError) as exc:
        reason = Text("not a readable image (unknown or corrupt format)") if isinstance(
            exc, UnidentifiedImageError) else exc
        raise ImageFileError(path, Text("cannot read the image ({0})", reason)) from None
    try:
        check_image_size(image, path)
    except ImageFileError:
        image.close()
        raise
    return image


def read_image(path):
    """The file as a decoded PIL image (the pixels are in memory; the file is closed); ImageFileError otherwise."""
    from PIL import Image

    with open_image(path) as image:
        try:
            image.load()
        except (OSError, ValueError, Image.DecompressionBombError, SyntaxError) as exc:
            raise ImageFileError(path, f"cannot read the image ({exc})") from None
        return image
