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
import tempfile
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


# Folders that could not be made or written, so the window can say at start what will not be kept.
_UNWRITABLE: set[Path] = set()
# Caches and logs are only for speed and diagnosis: in a read-only home they go to the temporary folder.
_STAND_INS = ("cache", "logs")


def user_dir(kind: str) -> Path:
    """One of ``data``, ``config``, ``cache``, ``logs``; created on first use. A folder that cannot be made (a
    read-only home: walk 121's Inkling failed to start as its icon cache could not be made) is returned all the
    same for data and config, whose writers each say what they could not save; cache and logs then stand in the
    temporary folder. :func:`unwritable` lists them."""
    override = os.environ.get("GUIAPP_HOME")
    path = Path(override) / kind if override else _platform_dirs()[kind]
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        _UNWRITABLE.add(path)
        if kind not in _STAND_INS:
            return path
        stand_in = Path(tempfile.gettempdir()) / f"{APP_NAME}-{_user_key()}" / kind
        try:
            stand_in.mkdir(parents=True, exist_ok=True)
        except OSError:
            return path
        return stand_in
    _UNWRITABLE.discard(path)
    return path


def _user_key() -> str:
    """Who the temporary stand-in folders belong to (two users of one machine share its temporary folder)."""
    try:
        return str(os.getuid())
    except AttributeError:  # Windows: its temporary folder is the user's own
        return "user"


def unwritable(kinds: tuple[str, ...] = ("data", "config")) -> dict[str, Path]:
    """{kind: folder} of the per-user folders of ``kinds`` that cannot be written: not made, or made but read-only
    (a file cannot be created in it). Asked once at the window's start."""
    found = {}
    for kind in kinds:
        path = user_dir(kind)
        if path in _UNWRITABLE:
            found[kind] = path
            continue
        try:
            with tempfile.TemporaryFile(dir=path):
                pass
        except OSError:
            found[kind] = path
    return found


def data_dir() -> Path:
    return user_dir("data")


def config_dir() -> Path:
    return user_dir("config")


def cache_dir() -> Path:
    return user_dir("cache")


def logs_dir() -> Path:
    return user_dir("logs")
