"""Preferences that survive a restart: window geometry, last model, pen width, guide grid, recent model files.

Stored with QSettings in an INI file inside guiapp's per-user config folder (so ``GUIAPP_HOME`` isolates tests and
portable installs, and the file is the same format on every platform). The file carries ``settings_version``: an
older file is migrated step by step (:data:`MIGRATIONS`), so an update never loses the user's choices; a newer
one (written by a later guiapp) is read as it is, every getter tolerating what it does not understand.
``--reset-settings`` empties the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from guiapp import paths

SETTINGS_VERSION = 2
SETTINGS_FILE = "settings.ini"
MAX_RECENT = 8
DEFAULT_PEN_WIDTH = 16.0  # canvas units on the pad's 280×280 canvas (≈ the core's 6 % default)


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def _drop_window_state(qsettings: QSettings) -> None:
    """1 → 2: the window's dock/toolbar state was stored but never used."""
    qsettings.remove("window/state")


# version → the step that turns a file of that version into the next one
MIGRATIONS = {1: _drop_window_state}


SCALES = ("1", "1.25", "1.5", "2")  # View → Zoom: 100 % to 200 %


def stored_scale(qsettings: QSettings | None = None) -> str:
    """The zoom kept in the settings file (readable before the application exists: Qt takes it as it starts)."""
    qsettings = qsettings or QSettings(str(settings_path()), QSettings.Format.IniFormat)
    value = str(qsettings.value("view/scale", "1"))
    return value if value in SCALES else "1"


def _stored_version(qsettings: QSettings) -> int:
    try:
        return int(qsettings.value("settings_version"))
    except (TypeError, ValueError):  # missing or mangled: the oldest layout, if anything is there at all
        return 1 if qsettings.allKeys() else SETTINGS_VERSION


class Settings:
    """Typed access to the few values the GUI keeps. Every getter tolerates a missing or mangled value."""

    def __init__(self, reset: bool = False) -> None:
        self.qsettings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
        if reset:
            self.qsettings.clear()
        version = _stored_version(self.qsettings)
        while version < SETTINGS_VERSION:
            MIGRATIONS[version](self.qsettings)
            version += 1
        if version != _stored_version(self.qsettings) or reset or self.qsettings.value("settings_version") is None:
            self.qsettings.setValue("settings_version", max(version, SETTINGS_VERSION))
            self.qsettings.sync()

    # -- plain values ---------------------------------------------------------------------------------------------
    def _float(self, key: str, default: float, low: float, high: float) -> float:
        try:
            value = float(self.qsettings.value(key, default))
        except (TypeError, ValueError):
            return default
        return min(max(value, low), high) if value == value else default

    def _bool(self, key: str, default: bool) -> bool:
        value = self.qsettings.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return bool(value)

    def _text(self, key: str) -> str | None:
        value = self.qsettings.value(key)
        return str(value) if value else None

    def _set_text(self, key: str, value: str | None) -> None:
        """``value`` kept under ``key``; None or "" forgets it."""
        if value:
            self.qsettings.setValue(key, str(value))
        else:
            self.qsettings.remove(key)

    @property
    def pen_width(self) -> float:
        return self._float("pad/pen_width", DEFAULT_PEN_WIDTH, 2.0, 60.0)

    @pen_width.setter
    def pen_width(self, value: float) -> None:
        self.qsettings.setValue("pad/pen_width", float(value))

    @property
    def show_grid(self) -> bool:
        return self._bool("pad/show_grid", True)

    @show_grid.setter
    def show_grid(self, value: bool) -> None:
        self.qsettings.setValue("pad/show_grid", bool(value))

    @property
    def show_where_it_looked(self) -> bool:
        return self._bool("pad/show_where_it_looked", False)

    @show_where_it_looked.setter
    def show_where_it_looked(self, value: bool) -> None:
        self.qsettings.setValue("pad/show_where_it_looked", bool(value))

    @property
    def last_model(self) -> str | None:
        return self._text("models/last")

    @last_model.setter
    def last_model(self, path: str | None) -> None:
        self._set_text("models/last", path)

    def folder(self, kind: str) -> Path | None:
        """The folder a file dialog for ``kind`` of file last chose in (see :mod:`guiapp.qt.file_dialogs`), while it
        is there."""
        folder = self._text(f"folders/{kind}")
        return Path(folder) if folder and Path(folder).is_dir() else None

    def set_folder(self, kind: str, folder: str | Path) -> None:
        self._set_text(f"folders/{kind}", str(folder))

    @property
    def written_text(self) -> str | None:
        """The Recognize tab's written text when the window last closed."""
        return self._text("pad/written_text")

    @written_text.setter
    def written_text(self, text: str | None) -> None:
        self._set_text("pad/written_text", text)

    @property
    def collect_dataset(self) -> str | None:
        """The dataset the pad's drawings were added to last (the Recognize tab's Dataset box)."""
        return self._text("pad/collect_dataset")

    @collect_dataset.setter
    def collect_dataset(self, name: str | None) -> None:
        self._set_text("pad/collect_dataset", name)

    @property
    def teach_left(self) -> tuple[str, str] | None:
        """(dataset, characters) of a Teach… round whose drawings were not all made when the window last closed."""
        value = self._text("teach/left_while_drawing")
        dataset, _, characters = (value or "").partition("\n")
        return (dataset, characters) if dataset and characters else None

    @teach_left.setter
    def teach_left(self, value: tuple[str, str] | None) -> None:
        self._set_text("teach/left_while_drawing", "\n".join(value) if value else None)

    @property
    def geometry(self) -> QByteArray | None:
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", value)

    @property
    def place(self) -> tuple[int, int, int, int] | None:
        """The window's frame position and its size (x, y, width, height), as pos() and size() give them; None when
        not saved or unreadable."""
        value = self.qsettings.value("window/place")
        try:
            place = tuple(int(part) for part in str(value).split(","))
        except (TypeError, ValueError):
            return None
        return place if len(place) == 4 and place[2] > 0 and place[3] > 0 else None

    @place.setter
    def place(self, value: tuple[int, int, int, int]) -> None:
        self.qsettings.setValue("window/place", ",".join(str(int(part)) for part in value))

    # -- look and language (View menu) -----------------------------------------------------------------------------
    @property
    def theme(self) -> str:
        """system | light | dark | contrast (anything else, e.g. from a later version, reads as system)."""
        from guiapp.qt.theme import THEMES

        value = str(self.qsettings.value("view/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.qsettings.setValue("view/theme", value)

    @property
    def language(self) -> str:
        """A locale name such as "ja" or "zh_TW"; "" follows the system."""
        return str(self.qsettings.value("view/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("view/language", value or "")

    @property
    def scale(self) -> str:
        """View → Zoom: the whole window's scale as Qt takes it (QT_SCALE_FACTOR), one of :data:`SCALES`."""
        return stored_scale(self.qsettings)

    @scale.setter
    def scale(self, value: str) -> None:
        self.qsettings.setValue("view/scale", value if value in SCALES else "1")

    # -- the Train area's choices ---------------------------------------------------------------------------------
    @property
    def training(self) -> dict:
        """{"config": TrainConfig dict, "dataset": name or path, "samples_per_class": int | None}; {} if none."""
        import json

        try:
            value = json.loads(str(self.qsettings.value("train/choice", "{}")))
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    @training.setter
    def training(self, value: dict) -> None:
        import json

        self.qsettings.setValue("train/choice", json.dumps(value, ensure_ascii=False))

    # -- recent model files -----------------------------------------------------------------------------------------
    def recent_models(self) -> list[str]:
        value = self.qsettings.value("models/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v][:MAX_RECENT]

    def add_recent_model(self, path: str) -> list[str]:
        path = str(path)
        recent = [path] + [p for p in self.recent_models() if p != path]
        self.qsettings.setValue("models/recent", recent[:MAX_RECENT])
        return recent[:MAX_RECENT]

    def remove_recent_model(self, path: str) -> None:
        self.qsettings.setValue("models/recent", [p for p in self.recent_models() if p != str(path)])

    def sync(self) -> None:
        self.qsettings.sync()
