"""Wheel build hook: compile resources/translations/*.ts into .qm files inside the wheel (the .qm files are build
output, never committed; guiapp/qt/i18n.py finds them in guiapp/resources/translations)."""

from __future__ import annotations

import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data) -> None:
        # An editable install runs from the checkout, which compiles the .qm files into the cache on first use.
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        sys.path.insert(0, str(root))
        try:
            from guiapp.qt.i18n import compile_translations
        except ImportError as exc:  # an isolated build environment without PySide6 (pip's default)
            self.app.display_warning(f"translations not compiled into the wheel ({exc}); guiapp compiles them into "
                                     "its cache on first use")
            return
        finally:
            sys.path.remove(str(root))
        for qm in compile_translations(root / "resources" / "translations", root / "build" / "translations"):
            build_data["force_include"][str(qm)] = f"guiapp/resources/translations/{qm.name}"
