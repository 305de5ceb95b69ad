"""“Download…”: pick one of the classic datasets; the panel downloads it in its worker with progress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from guiapp.core.datasets import download as downloads
from guiapp.qt.i18n import localise, number, translate

SourceRole = Qt.ItemDataRole.UserRole


def _megabytes(n: int) -> str:
    return f"{number(n / 1e6)} MB" if n >= 1e6 else f"{number(n / 1e3)} kB"


class DownloadDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, root=None):
        super().__init__(parent)
        self.setWindowTitle(translate("datasets", "Download a dataset"))
        intro = QLabel(translate("datasets", "These datasets are fetched from their publishers' servers and stored in your data folder. "
                       "Each file's checksum is verified; an interrupted download resumes where it stopped."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("datasets", "Datasets to download"))
        self.list.setSpacing(2)
        # A long line (a translation, a folder's path) wraps at the list's width rather than scrolling sideways.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        for plan in downloads.plans(root):
            size = plan.source.total_size
            # Short lines under the title: a long one (a system folder's path) needed a horizontal scroll bar.
            if plan.installed is not None:  # nothing to fetch: say where it is and that the list already has it
                lines = [translate("datasets", "✔ installed on this computer; listed under Datasets as {0}").format(
                    plan.source.name), translate("datasets", "folder: {0}").format(plan.installed)]
            elif plan.downloaded:
                lines = [translate("datasets", "✔ downloaded; listed under Datasets")]
            else:
                lines = [_megabytes(size) if size else translate("datasets", "size unknown")]
                if plan.notes:
                    lines[0] += f" — {localise(plan.notes[0])}"
            item = QListWidgetItem(localise(plan.source.title) + "".join(f"\n    {line}" for line in lines))
            item.setData(SourceRole, plan.source.name)
            item.setToolTip("\n".join(f.url for f in plan.source.files))
            if plan.installed is not None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        enabled = [row for row in range(self.list.count())
                   if self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled]
        first = enabled[0] if enabled else -1
        self.list.setCurrentRow(first)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.folder = QLabel(translate("datasets", "Stored in: {0}").format(downloads.downloads_dir() if root is None else root))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("datasets", "Download"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.folder)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self) -> downloads.Source | None:
        item = self.list.currentItem()
        return downloads.SOURCES.get(item.data(SourceRole)) if item is not None else None
