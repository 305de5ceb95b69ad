"""The model input, reproducible elsewhere: an export writes ``guiapp_input/`` beside the model, a small Python package
(numpy and Pillow only) made of the app's own preprocessing code, so that a program on another machine feeds the
exported model exactly what ``guiapp recognize`` and the pad feed it.

The JSON's description (fit, fit size, ink, value range) was not enough: a maker following it on a Raspberry Pi got
other top answers than ``guiapp recognize`` for 2 of 17 images, the resampling, the ink box's threshold and the
centring being nowhere said (walk 142). The package is the same code, copied from this install at export time
(the packaged app carries these sources as data for it), and a test checks it gives the very arrays the app does.
"""

from __future__ import annotations

import re
from pathlib import Path

from guiapp.core.atomic import atomic_write_text

PACKAGE = "guiapp_input"
MODULES = ("text", "coverage", "preprocess", "imagefile", "strokes")  # what the input needs, in guiapp/core

INIT = '''"""What Inkling (guiapp) feeds its models, to feed an exported model the same: written by guiapp's export from
its own code (numpy and Pillow only). Read the preprocessing from the JSON written beside the model:

    import json
    from guiapp_input import image_input, drawing_input

    preprocessing = json.load(open("model.tflite.json"))["preprocessing"]
    x = image_input("seven.png", preprocessing)        # (H, W, C) float32, as `guiapp recognize seven.png` feeds it
    x = drawing_input([[(x0, y0), (x1, y1), ...], ...], (width, height), preprocessing)   # strokes, as the pad does
    if not has_ink(x): ...                             # a blank page: nothing to read (a model reads it anyway)
    probabilities = run_your_model(x[None])            # add the batch axis; outputs in the JSON's label order
    # below the JSON's "unsure_below" the app calls its best guess unsure

Models of Latin letters read a letter's case from where it sits on the pad's guide lines, and kana models read
sound marks and small kana from the strokes: `guiapp recognize` and the pad add those steps to the network's answer.
"""

from __future__ import annotations  # (a Raspberry Pi's Python may be 3.9: walk 148)

import numpy as np

from .imagefile import read_image
from .coverage import to_coverage
from .preprocess import PreprocessSpec
from .strokes import Drawing, Stroke, ink_pen_width, rasterise

MIN_RENDER_SIZE = {min_render_size}  # a drawing is rasterised at max(2 × the input's side, this) pixels


def image_input(image, preprocessing: dict) -> np.ndarray:
    """An image file's path (or a PIL image) → the model input: ink found whichever way round it is (dark on
    paper or light on dark), fitted as the model was trained."""
    spec = PreprocessSpec.from_dict(preprocessing)
    coverage = to_coverage(read_image(image) if isinstance(image, (str, bytes)) or hasattr(image, "__fspath__")
                           else image, "auto")
    return spec.apply_coverage(coverage, spec.fit_window(coverage))


def drawing_input(strokes, canvas, preprocessing: dict, pen_width: float | None = None) -> np.ndarray:
    """Strokes (each a sequence of (x, y) points, in a canvas of (width, height)) → the model input. ``pen_width``
    in canvas units: by default {pen_share} of the canvas' larger side, as the pad draws."""
    spec = PreprocessSpec.from_dict(preprocessing)
    drawing = Drawing([Stroke(np.asarray(points, dtype=float)) for points in strokes], float(canvas[0]),
                      float(canvas[1]))
    size = max(2 * max(spec.height, spec.width), MIN_RENDER_SIZE)
    coverage = to_coverage(rasterise(drawing, size, ink_pen_width(drawing, pen_width)), "light")
    return spec.apply_coverage(coverage, spec.fit_window(coverage))


def has_ink(x: np.ndarray) -> bool:
    """Whether a model input holds anything to read: a blank page, an empty frame or flat grey paper makes a uniform
    input, which a model still reads as one of its classes ("down" at 65 %), where `guiapp recognize` says "no
    character found"."""
    return bool(np.ptp(x) > 0)


__all__ = ["PreprocessSpec", "drawing_input", "has_ink", "image_input"]
'''


def _source(module: str) -> str:
    """A module's source from this install: beside its compiled form (in the packaged app, as bundled data)."""
    import importlib

    path = Path(importlib.import_module(f"guiapp.core.{module}").__file__).with_suffix(".py")
    text = path.read_text(encoding="utf-8")
    return re.sub(r"^from guiapp\.core\.(\w+) import", r"from .\1 import", text, flags=re.M)


def write_input_package(folder: Path) -> Path | None:
    """``folder``/guiapp_input, written afresh (each file atomically); the package's folder, or None where this
    install has not the sources (a packaged app built without them)."""
    from guiapp.core.recognition import MIN_RENDER_SIZE
    from guiapp.core.strokes import PEN_WIDTH_FRACTION

    try:
        sources = {module: _source(module) for module in MODULES}
    except OSError:
        return None
    package = Path(folder) / PACKAGE
    package.mkdir(exist_ok=True)
    for module, text in sources.items():
        atomic_write_text(package / f"{module}.py", text)
    atomic_write_text(package / "__init__.py", INIT.replace("{min_render_size}", str(MIN_RENDER_SIZE))
                      .replace("{pen_share}", str(PEN_WIDTH_FRACTION)))
    return package


__all__ = ["PACKAGE", "write_input_package"]
