"""Helpers shared by test modules (``pythonpath = ["tests"]`` in pyproject makes this importable)."""

from __future__ import annotations

from pathlib import Path

import pytest

from guiapp.core.datasets.base import DatasetError


def check_error(path: Path, call, *fragments: str) -> str:
    """``call()`` must raise a DatasetError naming the file and containing each fragment."""
    with pytest.raises(DatasetError) as info:
        call()
    message = str(info.value)
    assert path.name in message, message
    for fragment in fragments:
        assert fragment in message, message
    return message
