"""Main window: Recognize, Datasets and Train tabs (the first and last are filled in by later issues)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QTableWidget, QTableWidgetItem, QTabWidget

from guiapp import DISPLAY_NAME, __version__
from guiapp.core.datasets.registry import list_datasets


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(f"{DISPLAY_NAME} {__version__}")
        self.resize(1100, 720)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._placeholder("Draw a character here and watch the network recognise it."), "Recognize")
        self.tabs.addTab(self._dataset_table(), "Datasets")
        self.tabs.addTab(self._placeholder("Train and fine-tune networks with live loss and accuracy curves."), "Train")
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage("No model loaded")

    @staticmethod
    def _placeholder(text: str) -> QLabel:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    @staticmethod
    def _dataset_table() -> QTableWidget:
        infos = list_datasets(load=False)  # reading files waits for the dataset browser's worker thread
        table = QTableWidget(len(infos), 4)
        table.setHorizontalHeaderLabels(["Name", "Kind", "Classes", "Source"])
        for row, info in enumerate(infos):
            values = [info.name, info.kind, "" if info.classes is None else str(info.classes), info.source]
            for col, value in enumerate(values):
                table.setItem(row, col, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table
