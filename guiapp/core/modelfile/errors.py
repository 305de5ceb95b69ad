"""The one error type for model files, shared by saving, loading and the safety checks."""

from __future__ import annotations

from pathlib import Path

from guiapp.core.text import Text


class ModelFileError(Exception):
    """A model file could not be saved or loaded, or was refused. The message names the file and the reason."""


def file_error(path, reason: str) -> ModelFileError:
    """The file's name, then ``reason`` (a Text where the window should show it translated)."""
    return ModelFileError(Text("{0}: {1}", Path(path).name, reason))


def short_message(exc: BaseException, limit: int = 400) -> str:
    """The first line of an exception's message, cut to ``limit`` characters (Keras errors can be pages long)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
