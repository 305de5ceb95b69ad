"""The one line a user reads for a failed task (guiapp.core.tasks.error_message)."""

from __future__ import annotations

from guiapp.core.datasets.base import DatasetError
from guiapp.core.tasks import error_message


def test_a_message_that_starts_with_a_quoted_name_keeps_its_quote():
    """Quotes were stripped off both ends of every message: "⚠ digits' is read-only" (a walk)."""
    assert error_message(DatasetError("'digits' is read-only: only your own datasets can be edited")) == \
        "'digits' is read-only: only your own datasets can be edited"


def test_a_key_error_says_its_message_not_its_repr():
    assert error_message(KeyError("no sample 'x' in mine")) == "KeyError: no sample 'x' in mine"
    assert error_message(ValueError("  a bad value  ")) == "a bad value"
