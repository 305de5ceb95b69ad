"""File → Export project…: which of one's own datasets go in, and whether the model in use does. A project took the
collect row's dataset and nothing else, without saying so: a walk exported an empty dataset chosen on the Recognize
tab while the one it meant was open on the Datasets tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from guiapp.core.text import Plural
from guiapp.qt.i18n import localise, translate


class ProjectContentsDialog(QDialog):
    """``datasets``: (name, samples) of each of one's own; ``chosen``: the names ticked at first (an empty dataset
    never is); ``model_name``: the model in use, None when it is bundled (every install has those)."""

    def __init__(self, parent: QWidget | None, datasets: list[tuple[str, int]], chosen: set[str],
                 model_name: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("project", "Export project"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("project", "A project file takes your datasets, the model and the Train settings to "
                                            "another computer. Your datasets to put in it:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        for name, samples in datasets:
            item = QListWidgetItem(translate("project", "{0} ({1})").format(
                name, localise(Plural("%Ln sample(s)", "", samples))))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen and samples else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.model_box = QCheckBox(translate("project", "The model in use: {0}").format(model_name or ""))
        self.model_box.setChecked(model_name is not None)
        self.model_box.setVisible(model_name is not None)
        layout.addWidget(self.model_box)
        if model_name is None:
            note = QLabel(translate("project", "The model in use comes with Inkling: it is not put in."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("project", "Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(460, 360)

    def chosen_datasets(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def include_model(self) -> bool:
        return not self.model_box.isHidden() and self.model_box.isChecked()


__all__ = ["ProjectContentsDialog"]
