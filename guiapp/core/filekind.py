"""What a file really is, from its first bytes, in words: for messages that tell a user "picture.h5 is a PNG image,
not a model" instead of a library's reason ("Unable to synchronously open file (file signature not found)").

Read-only and cheap (the first 16 bytes); no Keras, no h5py, so the command line can check before TensorFlow loads.
"""

from __future__ import annotations

from pathlib import Path

HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"
ZIP_SIGNATURE = b"PK\x03\x04"
_SIGNATURES = [  # (leading bytes, what the file is)
    (HDF5_SIGNATURE, "an HDF5 file"),
    (ZIP_SIGNATURE, "a zip archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\x93NUMPY", "a NumPy array (.npy)"),
    (b"\x00\x00\x08\x03", "MNIST IDX images"),
    (b"\x00\x00\x08\x01", "MNIST IDX labels"),
]
EXPECTED_MODEL = "a Keras model file: .h5 (HDF5) or .keras (a zip archive), as Inkling and Keras save them"


def describe(path: str | Path) -> str:
    """``"a PNG image"``, ``"a text file"``, ``"an empty file"``…; ``"a file of an unknown kind"`` otherwise."""
    with open(path, "rb") as handle:
        head = handle.read(512)
    if not head:
        return "an empty file"
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            if kind == "a BMP image" and len(head) < 26:
                continue
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "a WebP image"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return "a file of an unknown kind"
    stripped = text.lstrip().lower()
    if stripped.startswith(("<svg", "<?xml")):
        return "an SVG image" if "<svg" in stripped else "an XML file"
    if stripped.startswith(("{", "[")):
        return "a JSON or text file"
    return "a text file" if text.isprintable() or "\n" in text else "a file of an unknown kind"


def not_a_model(path: str | Path) -> str | None:
    """A message in words when ``path`` cannot be a model file by its content (a picture, a text file); ``None``
    when it could be one (HDF5 or zip) or cannot be read (the loader says why)."""
    try:
        kind = describe(path)
    except OSError:
        return None
    if kind in ("an HDF5 file", "a zip archive"):
        return None
    return f"{Path(path).name} is {kind}, not a model. Expected {EXPECTED_MODEL}."


__all__ = ["EXPECTED_MODEL", "describe", "not_a_model"]
