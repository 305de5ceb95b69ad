"""Main window: Recognize, Datasets and Train tabs (the first and last are filled in by later issues)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTableWidget, QTableWidgetItem, QTabWidget

from guiapp import DISPLAY_NAME, __version__
from guiapp.core.datasets.registry import list_datasets

ABOUT_HTML = f"""
<h3>{DISPLAY_NAME} {__version__}</h3>
<p>Draw a character, watch a convolutional neural network recognise it, grow the data, train the network.
Works offline.</p>
<p>Stroke templates for digits, letters, kana and kanji come from
<a href="https://kanjivg.tagaini.net/">KanjiVG</a>, copyright Ulrich Apel and contributors, licensed under
<a href="https://creativecommons.org/licenses/by-sa/3.0/">CC BY-SA 3.0</a>. guiapp's own allograph templates
are shared under the same licence.</p>
<p>Built with Qt for Python (PySide6, LGPL), pyqtgraph (MIT), TensorFlow and Keras (Apache 2.0), NumPy (BSD),
h5py (BSD) and Pillow (MIT-CMU).</p>
"""


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
        self._build_menus()
        self.statusBar().showMessage("No model loaded")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        self.about_action = QAction(f"&About {DISPLAY_NAME}", self, triggered=self.show_about)
        help_menu.addAction(self.about_action)

    def show_about(self) -> None:
        QMessageBox.about(self, f"About {DISPLAY_NAME}", ABOUT_HTML)

    @staticmethod
    def _placeholder(text: str) -> QLabel:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    @staticmethod
    def _dataset_table() -> QTableWidget:
        infos = list_datasets(load=False)  # reading files waits for the dataset browser's worker thread
        table = QTableWidget(len(infos), 5)
        table.setHorizontalHeaderLabels(["Name", "Kind", "Classes", "Samples", "Source"])
        table.verticalHeader().hide()
        for row, info in enumerate(infos):
            values = [info.name, info.kind, "" if info.classes is None else str(info.classes),
                      "" if info.samples is None else f"{info.samples:,}", info.source]
            for col, value in enumerate(values):
                table.setItem(row, col, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table
