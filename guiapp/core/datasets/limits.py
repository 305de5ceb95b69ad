"""The one size rule every dataset loader follows, checked from headers BEFORE anything is allocated.

A file declares its sizes (an IDX header, an ``.npy`` header inside an ``.npz``, the image headers of a folder);
a hostile or damaged file can declare terabytes in a few bytes. Every loader checks what is declared against:

* :data:`MAX_DATASET_BYTES` in all (2 GiB: EMNIST ByClass, the largest dataset guiapp reads, is 0.64 GB of
  pixels; anything bigger does not fit a desktop's training memory alongside TensorFlow anyway);
* the file's size: compressed data (gzip, zip deflate) may declare at most :data:`MAX_RATIO` times what the file
  holds, plus :data:`SLACK` (real image datasets compress 4-30:1; 200:1 is only reached by padding, and a zip
  bomb's 1000:1 is refused);
* labels: at most :data:`MAX_CLASSES` classes (a label value is a class index, and class names are built for
  every index below the largest: one corrupt label of 2·10⁹ must not build two billion names).
"""

from __future__ import annotations

import numpy as np

from guiapp.core.datasets.base import DatasetError
from guiapp.core.text import Text

MAX_DATASET_BYTES = 2 << 30
MAX_RATIO = 200
SLACK = 64 << 20
MAX_CLASSES = 100_000  # CJK alone has ~98,000 code points; no recognizer dataset comes near


def check_declared(where, declared: int, stored: int | None, what: str | None = None) -> None:
    """Refuse ``declared`` bytes beyond the limit, or beyond what ``stored`` bytes of file can hold (None: the
    data is not compressed and its size is checked exactly elsewhere)."""
    what = Text("data") if what is None else what
    if declared > MAX_DATASET_BYTES:
        raise DatasetError(Text("{0}: declares {1:,} bytes of {2}, more than the {3} GiB Inkling loads (corrupt header "
                                "or not a dataset Inkling can hold in memory)", where, declared, what,
                                MAX_DATASET_BYTES >> 30))
    if stored is not None and declared > MAX_RATIO * stored + SLACK:
        raise DatasetError(Text("{0}: declares {1:,} bytes of {2} in a {3:,}-byte file, more than {4}:1 compression "
                                "can hold (corrupt header or a decompression bomb)", where, declared, what, stored,
                                MAX_RATIO))


def class_count(labels: np.ndarray, where) -> int:
    """The number of classes the labels ``0..max`` imply; refused above :data:`MAX_CLASSES`."""
    if not len(labels):
        return 0
    top = int(labels.max())
    if top >= MAX_CLASSES:
        raise DatasetError(Text("{0}: holds the label {1:,}, beyond the {2:,} classes Inkling supports (corrupt "
                                "labels?)", where, top, MAX_CLASSES))
    return top + 1
