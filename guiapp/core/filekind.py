"""What a file really is, from its first bytes, in words: for messages that tell a user "picture.h5 is a PNG image,
not a model" instead of a library's reason ("Unable to synchronously open file (file signature not found)").

Read-only and cheap (the first 16 bytes); no Keras, no h5py, so the command line can check before TensorFlow loads.
"""

from __future__ import annotations

from pathlib import Path

from guiapp.core.text import Text

HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"
ZIP_SIGNATURE = b"PK\x03\x04"
_SIGNATURES = [  # (leading bytes, what the file is)
    (HDF5_SIGNATURE, Text("an HDF5 file")),
    (ZIP_SIGNATURE, Text("a zip archive")),
    (b"\x89PNG\r\n\x1a\n", Text("a PNG image")),
    (b"\xff\xd8\xff", Text("a JPEG image")),
    (b"GIF87a", Text("a GIF image")),
    (b"GIF89a", Text("a GIF image")),
    (b"BM", Text("a BMP image")),
    (b"II*\x00", Text("a TIFF image")),
    (b"MM\x00*", Text("a TIFF image")),
    (b"%PDF", Text("a PDF document")),
    (b"\x1f\x8b", Text("a gzip-compressed file")),
    (b"\x93NUMPY", Text("a NumPy array (.npy)")),
    (b"\x00\x00\x08\x03", Text("MNIST IDX images")),
    (b"\x00\x00\x08\x01", Text("MNIST IDX labels")),
]
TFLITE = Text("a LiteRT (TF Lite) model, as File → Export model writes them for other programs")
EXPECTED_MODEL = Text("a Keras model file: .h5 (HDF5) or .keras (a zip archive), as Inkling and Keras save them")


def describe(path: str | Path) -> Text:
    """``"a PNG image"``, ``"a text file"``, ``"an empty file"``…; ``"a file of an unknown kind"`` otherwise (a
    :class:`~guiapp.core.text.Text`: English, and translated in the window)."""
    with open(path, "rb") as handle:
        head = handle.read(512)
    if not head:
        return Text("an empty file")
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            if signature == b"BM" and len(head) < 26:
                continue
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Text("a WebP image")
    if head[4:8] == b"TFL3":  # the FlatBuffer identifier of a LiteRT / TF Lite model
        return TFLITE
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return Text("a file of an unknown kind")
    stripped = text.lstrip().lower()
    if stripped.startswith(("<svg", "<?xml")):
        return Text("an SVG image") if "<svg" in stripped else Text("an XML file")
    if stripped.startswith(("{", "[")):
        return Text("a JSON or text file")
    return Text("a text file") if text.isprintable() or "\n" in text else Text("a file of an unknown kind")


def not_a_model(path: str | Path) -> Text | None:
    """A message in words when ``path`` cannot be a model file by its content (a picture, a text file); ``None``
    when it could be one (HDF5 or zip) or cannot be read (the loader says why). A Text: the window shows it through
    :func:`guiapp.qt.i18n.localise`."""
    try:
        kind = describe(path)
    except OSError:
        return None
    if kind in ("an HDF5 file", "a zip archive"):
        return None
    if kind == TFLITE:  # the app's own export was "a file of an unknown kind" (a walk): open what it came from
        # ... and say how to get one: a walk exported with the dialog's first format and was left at this line
        return Text("{0} is {1}; Inkling opens the .h5 or .keras model it was exported from (Train → Save as… "
                    "writes a run's model as .h5; Export model… writes Keras .keras too).", Path(path).name, kind)
    return Text("{0} is {1}, not a model. Expected {2}.", Path(path).name, kind, EXPECTED_MODEL)


__all__ = ["EXPECTED_MODEL", "describe", "not_a_model"]
