"""Which models there are to pick from: the bundled ones (``resources/models/*.h5|*.keras``) and recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from guiapp import paths

MODEL_SUFFIXES = (".h5", ".keras")
MODEL_FILTER = "Keras models (*.h5 *.keras);;All files (*)"


def bundled_models() -> list[tuple[str, Path]]:
    """(display name, path) of each bundled model, sorted; empty when the folder is absent or empty."""
    try:
        folder = paths.resource("models")
    except FileNotFoundError:
        return []
    if not folder.is_dir():
        return []
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in MODEL_SUFFIXES and p.is_file())
    return [(model_display_name(p), p) for p in files]


def model_display_name(path: str | Path) -> str:
    path = Path(path)
    try:
        bundled = path.resolve().parent == paths.resource("models").resolve()
    except (FileNotFoundError, OSError):
        bundled = False
    return path.stem.replace("_", " ").replace("-", " ").capitalize() if bundled else path.name


class ModelPicker(QComboBox):
    """Bundled models first, then recent files. ``modelChosen(path)`` when the user picks one."""

    modelChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setToolTip("The model that recognises your drawing")
        self._updating = False
        self.activated.connect(self._on_activated)
        self.refresh([], None)

    def refresh(self, recent: list[str], current: str | None) -> None:
        self._updating = True
        self.clear()
        seen: set[str] = set()
        for name, path in bundled_models():
            self.addItem(name, str(path))
            self.setItemData(self.count() - 1, str(path), role=3)  # Qt.ToolTipRole
            seen.add(str(path))
        others = [p for p in ([current] if current else []) + list(recent) if p and p not in seen]
        if others and self.count():
            self.insertSeparator(self.count())
        for path in dict.fromkeys(others):
            self.addItem(Path(path).name, path)
            self.setItemData(self.count() - 1, path, role=3)
        if self.count() == 0:
            self.addItem("No model: open one…", None)
        index = self.findData(current) if current else -1
        self.setCurrentIndex(index if index >= 0 else (0 if current is None and self.itemData(0) is None else index))
        self._updating = False

    def _on_activated(self, index: int) -> None:
        path = self.itemData(index)
        if path and not self._updating:
            self.modelChosen.emit(str(path))
