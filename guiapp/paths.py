"""Where things live: bundled resources and the per-user data, config, cache and log folders.

Resources are found in three layouts (first match wins):
  * a PyInstaller bundle: ``<sys._MEIPASS>/guiapp/resources``
  * an installed wheel: ``<site-packages>/guiapp/resources`` (pyproject force-includes ``resources/`` there)
  * a source checkout or editable install: ``<repo>/resources``

Per-user folders follow each platform's convention (XDG on Linux, ``~/Library`` on macOS, ``%APPDATA%`` /
``%LOCALAPPDATA%`` on Windows). ``GUIAPP_HOME`` puts all four under one folder (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from guiapp import APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


def _resource_candidates() -> list[Path]:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "guiapp" / "resources")
    candidates.append(_PACKAGE_DIR / "resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")
    return candidates


@cache
def resources_dir() -> Path:
    """The folder holding bundled resources (allograph templates, models, icons)."""
    for candidate in _resource_candidates():
        if (candidate / "allographs").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _resource_candidates())
    raise FileNotFoundError(f"guiapp's resources folder is missing (looked in: {tried}); reinstall guiapp")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


MODEL_SUFFIXES = (".h5", ".keras")  # the model files guiapp reads and writes


def bundled_model_files() -> list[Path]:
    """The bundled models (``resources/models/*.h5|*.keras``), sorted; empty when the folder is absent or empty.
    The window lists them, the command line takes them by name."""
    try:
        folder = resource("models")
    except FileNotFoundError:
        return []
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in MODEL_SUFFIXES and p.is_file())


def _platform_dirs() -> dict[str, Path]:
    home = Path.home()
    if sys.platform == "win32":
        roaming = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
        local = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return {
            "data": roaming / APP_NAME,
            "config": roaming / APP_NAME / "config",
            "cache": local / APP_NAME / "cache",
            "logs": local / APP_NAME / "logs",
        }
    if sys.platform == "darwin":
        lib = home / "Library"
        return {
            "data": lib / "Application Support" / APP_NAME,
            "config": lib / "Preferences" / APP_NAME,
            "cache": lib / "Caches" / APP_NAME,
            "logs": lib / "Logs" / APP_NAME,
        }

    def xdg(var: str, default: Path) -> Path:
        value = os.environ.get(var)
        # The XDG spec says relative paths are invalid and must be ignored.
        return Path(value) if value and os.path.isabs(value) else default

    state = xdg("XDG_STATE_HOME", home / ".local" / "state")
    return {
        "data": xdg("XDG_DATA_HOME", home / ".local" / "share") / APP_NAME,
        "config": xdg("XDG_CONFIG_HOME", home / ".config") / APP_NAME,
        "cache": xdg("XDG_CACHE_HOME", home / ".cache") / APP_NAME,
        "logs": state / APP_NAME / "logs",
    }


def user_dir(kind: str) -> Path:
    """One of ``data``, ``config``, ``cache``, ``logs``; created on first use."""
    override = os.environ.get("GUIAPP_HOME")
    path = Path(override) / kind if override else _platform_dirs()[kind]
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    return user_dir("data")


def config_dir() -> Path:
    return user_dir("config")


def cache_dir() -> Path:
    return user_dir("cache")


def logs_dir() -> Path:
    return user_dir("logs")
