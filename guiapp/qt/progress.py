"""A progress strip for the dataset panel's background tasks: title, bar, rate and time left, Cancel."""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from guiapp.qt.tasks import TaskRunner
from guiapp.qt.i18n import number, translate


def _eta(seconds: float) -> str:
    # in the window's language: a Japanese strip read "残り 2 min 46 s"; and on one line ("… · 2" above "min 55 s")
    # Whole seconds first: 59.7 s rounded on its own read "39 min 60 s" (a walk)
    whole = max(0, int(round(seconds)))
    if whole < 60:
        text = translate("progress", "{0} s").format(whole)
    else:
        text = translate("progress", "{0} min {1} s").format(whole // 60, f"{whole % 60:02d}")
    return text.replace(" ", "\u00a0")


# a rate in each unit a strip counts in, translated where shown
RATES = {"samples": QT_TRANSLATE_NOOP("progress", "{0} samples/s"), "steps": QT_TRANSLATE_NOOP("progress", "{0} steps/s"),
         "items": QT_TRANSLATE_NOOP("progress", "{0} items/s")}


class ElidingProgressBar(QProgressBar):
    """A bar whose text ends in "…" where it is wider than the bar, whole in its tooltip: "3 époques terminées ;
    meilleure époque 3 (poursuivi après l'époque 1)" wrapped inside the bar, clipped top and bottom (a walk)."""

    def full_text(self) -> str:
        return super().text()

    def text(self) -> str:  # noqa: D102 — Qt's virtual, which the style paints
        full = super().text()
        room = self.width() - 2 * self.fontMetrics().averageCharWidth()
        shown = self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, max(room, 0))
        tip = full if shown != full else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)
        return shown


class ProgressStrip(QWidget):
    """Hidden while idle; shown with the task's title while a :class:`TaskRunner` works."""

    def __init__(self, runner: TaskRunner, unit: str = "items", parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.unit = unit
        # The words wrap and the bar gives way: in one unbroken line, "Vérification de hiragana-all", the bar and
        # "1 234 étapes/s · 12 s restantes" made the strip 541 px wide at the least, and the Health and Augment
        # panes (and the window with them) grew past the screen's edge during a check (a walk in French at 1024×640).
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        # the language's way: "32 %" in French, as every other share in the window (Qt's own "%p%" wrote "32%")
        self.bar.setFormat(translate("progress", "%p%", "a progress bar's share done: %p is the number"))
        self.bar.setMinimumWidth(40)
        self.rate = QLabel()
        self.rate.setWordWrap(True)
        self.cancel_button = QPushButton(translate("progress", "Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The title shares the room with the bar (a third of it): at its own size hint, a guess for wrapped text,
        # a wide window broke "kyoiku を開いています" before its last character.
        layout.addWidget(self.title, 1)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.rate)
        layout.addWidget(self.cancel_button)
        runner.started.connect(self._started)
        runner.progress.connect(self._progress)
        runner.ended.connect(self.hide)
        self._start = time.monotonic()
        self.hide()

    def set_unit(self, unit: str) -> None:
        self.unit = unit

    def _started(self, title: str) -> None:
        self._start = time.monotonic()
        self.title.setText(title)
        self.bar.setRange(0, 0)  # busy until the first progress report says how much there is
        self.rate.setText("")
        self.cancel_button.setEnabled(True)
        self.show()

    def _progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        scale = max(1, total // 1_000_000 + 1)  # QProgressBar holds int32: scale byte counts down
        self.bar.setRange(0, total // scale)
        self.bar.setValue(done // scale)
        elapsed = time.monotonic() - self._start
        if done > 0 and elapsed > 0.2:
            rate = done / elapsed
            left = (total - done) / rate if rate > 0 else 0
            shown = (f"{number(rate / 1e6, 1)} MB/s" if self.unit == "bytes"
                     else translate("progress", RATES.get(self.unit, "{0}/s")).format(number(rate)))
            self.rate.setText(translate("progress", "{0} · {1} left").format(shown, _eta(left)))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.title.setText(translate("progress", "{0} — cancelling…").format(self.runner.title))
        self.runner.cancel()
