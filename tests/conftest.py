"""Shared test set-up: per-user folders in a temporary home, Qt offscreen, QSettings in a temporary INI."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def guiapp_home(tmp_path_factory, monkeypatch):
    """Every test gets its own data/config/cache/log folders: nothing touches the real home."""
    from guiapp.logs import reset_logging

    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("GUIAPP_HOME", str(home))
    yield home
    reset_logging()  # the next test's log file lives in its own home
