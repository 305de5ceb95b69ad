"""A stand-in for a widget that is costly to build and not visible when the window opens.

The window's hidden areas held seven pyqtgraph plots: building them took ~0.3 s of the start-up and importing
pyqtgraph another ~0.24 s, all before the pad could recognize anything (issue #17). A :class:`LazyWidget` sits in
the layout in their place and builds the real widget the first time it is shown or asked for, so code that talks
to the widget (through :meth:`LazyWidget.widget`) never sees the difference.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyWidget(QWidget):
    def __init__(self, factory: Callable[[], QWidget], minimum: QSize | None = None, parent=None,
                 follows: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        # ``follows``: the control it comes after in the Tab order; built later, it went to the window's end
        # (Evaluation's matrix came after Save as… and Use at the foot of the Train tab: a keyboard walk)
        self._follows = follows
        self._widget: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if minimum is not None:  # the real widget's minimum, so the window's minimum size does not change later
            self.setMinimumSize(minimum)

    def is_built(self) -> bool:
        return self._widget is not None

    def widget(self) -> QWidget:
        if self._widget is None:
            self._widget = self._factory()
            self.layout().addWidget(self._widget)
            if self._follows is not None and self._widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                QWidget.setTabOrder(self._follows, self._widget)
            if self.isVisible():
                self._widget.show()  # Qt would show a child added to a visible parent only later, after a paint
        return self._widget

    def showEvent(self, event) -> None:  # noqa: N802 — Qt's name
        self.widget()
        super().showEvent(event)


__all__ = ["LazyWidget"]
