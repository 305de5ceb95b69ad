"""Shared test set-up: per-user folders in a temporary home, Qt offscreen, QSettings in a temporary INI."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

def _offscreen_platform() -> str:
    """Qt's offscreen platform with a desktop-sized screen (its default is 800×800, smaller than the window's
    minimum size, so restored geometry would be clamped as on no real monitor)."""
    import json
    import tempfile

    config = Path(tempfile.gettempdir()) / "guiapp-tests-offscreen-screen.json"
    text = json.dumps({"screens": [{"name": "tests", "x": 0, "y": 0, "width": 1920, "height": 1200,
                                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})
    # Replaced whole, never rewritten in place: another test session's window reading a half-written file falls
    # back to Qt's 800×800 screen and clamps its geometry.
    if not config.is_file() or config.read_text() != text:
        partial = config.with_name(f"{config.name}.{os.getpid()}.tmp")
        partial.write_text(text)
        os.replace(partial, config)
    return f"offscreen:configfile={config}"


os.environ.setdefault("QT_QPA_PLATFORM", _offscreen_platform())
# As guiapp.qt sets it for the app (its docstring says why); pytest-qt imports PySide6 before any guiapp module.
os.environ.setdefault("PYSIDE6_OPTION_LAZY", "0")


@pytest.fixture(autouse=True)
def guiapp_home(tmp_path_factory, monkeypatch):
    """Every test gets its own data/config/cache/log folders: nothing touches the real home."""
    from guiapp.logs import reset_logging

    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("GUIAPP_HOME", str(home))
    if "PySide6.QtCore" in sys.modules:
        # Numbers in English as the window formats them (guiapp.qt.i18n.install sets the locale at start-up: "en"
        # on a C-locale machine), whatever language an earlier test switched to: no test depends on the order.
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("en"))
    yield home
    reset_logging()  # the next test's log file lives in its own home
    from guiapp.core.datasets import catalogue

    catalogue.forget_renames()  # the renames of this home's datasets, not the next one's


@pytest.fixture(scope="session")
def digits():
    """20 synthesised digits per class (not cached on disk): the small real dataset most training tests use."""
    from guiapp.core.datasets.builtin import load_builtin

    return load_builtin("digits", samples_per_class=20, use_cache=False)


@pytest.fixture(scope="session")
def tiny_digits_model(tmp_path_factory):
    """A real, tiny digits model (keras-tutorial preset, 2 epochs on 30 synthesised samples per class), trained
    once per test session and saved with guiapp's metadata. Accuracy is modest: tests check behaviour, not skill."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    from guiapp.core.datasets.builtin import load_builtin
    from guiapp.core.training.engine import train
    from guiapp.core.training.config import TrainConfig

    dataset = load_builtin("digits", samples_per_class=30, use_cache=False)
    result = train(TrainConfig(preset="keras-tutorial", epochs=2, batch_size=32, validation_split=0.2, test_split=0),
                   dataset)
    return result.save(tmp_path_factory.mktemp("models") / "tiny-digits.h5")
