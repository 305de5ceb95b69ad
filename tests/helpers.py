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


def scribble(turns: float = 40.0, seed: int = 0):
    """A dense back-and-forth scribble over a box, as a child colours something in."""
    import numpy as np

    from guiapp.core.strokes import Drawing, Stroke

    rng = np.random.default_rng(seed)
    t = np.linspace(0.0, turns, 400)
    points = np.stack([100 + 80 * np.sin(1.3 * t) + rng.normal(0, 4, t.size), 100 + 80 * np.sin(0.7 * t + 1)], 1)
    return Drawing([Stroke(points)], 200, 200)
