"""The one error type for model files, shared by saving, loading and the safety checks."""

from __future__ import annotations

from pathlib import Path


class ModelFileError(Exception):
    """A model file could not be saved or loaded, or was refused. The message names the file and the reason."""


def file_error(path, reason: str) -> ModelFileError:
    return ModelFileError(f"{Path(path).name}: {reason}")


def short_message(exc: BaseException, limit: int = 400) -> str:
    """The first line of an exception's message, cut to ``limit`` characters (Keras errors can be pages long)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
