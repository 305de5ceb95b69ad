"""The note under the thumbnail grid: files of the open dataset that could not be read, and for a user dataset its
broken samples (a truncated image, malformed strokes), which are not counted as samples and can be deleted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from guiapp.core.text import Plural
from guiapp.qt.i18n import localise, translate
from guiapp.qt.theme import set_tone


class ProblemsBar(QWidget):
    """``deleteBrokenRequested`` when the user asks to delete the broken samples shown."""

    deleteBrokenRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        set_tone(self.label, "warning")
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.deleteBrokenRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.delete_button)
        self.broken: list[str] = []
        self.hide()

    def set_problems(self, problems: list[str], broken: list[str] | None = None) -> None:
        """``problems``: one line per file skipped; ``broken``: ids of the damaged samples among them."""
        self.broken = list(broken or [])
        if not problems:
            self.hide()
            return
        problems = [localise(p) for p in problems[:200]] + list(problems[200:])  # a Text in the window's language
        first = "\n".join(problems[:3])
        more = translate("datasets", "\n… and {0} more (hover to see all)").format(len(problems) - 3) if len(problems) > 3 else ""
        n = len(self.broken) or len(problems)
        what = (Plural("⚠ %Ln broken sample(s), not counted; the rest loaded:", "", n) if self.broken
                else Plural("⚠ %Ln file(s) or folder(s) skipped; the rest loaded:", "", n))
        self.label.setText(localise(what) + f"\n{first}{more}")
        self.label.setToolTip("\n".join(problems[:200]))
        self.delete_button.setText(localise(Plural("Delete %Ln broken sample(s)", "", len(self.broken))))
        self.delete_button.setVisible(bool(self.broken))
        self.show()

    def text(self) -> str:
        return self.label.text()
