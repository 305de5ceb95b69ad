"""The mouse wheel never changes a setting by accident: combo boxes, spin boxes and sliders take wheel events only
when they were clicked into (and still have the focus). Otherwise the wheel scrolls the page they sit on, as a
person scrolling through the Train settings expects: it used to switch the optimiser under the pointer, and then,
for a field reached with Tab, adam → adamw as the column scrolled past it (a fresh-eyes walk)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QSlider

# Settings, not scroll bars: a scroll area hands its wheel events to its scroll bar, which must keep them.
GUARDED = (QComboBox, QAbstractSpinBox, QSlider)
CLICKED_INTO = "guiapp_wheel_ok"  # a dynamic property: the field's focus came from the mouse


class WheelGuard(QObject):
    """An application-wide event filter (:func:`install`)."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 — Qt's name
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, GUARDED):
            # Qt gives WheelFocus widgets the focus before any filter sees the wheel event: click or Tab only.
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and isinstance(obj, GUARDED):
            obj.setProperty(CLICKED_INTO, kind == QEvent.Type.FocusIn
                            and event.reason() == Qt.FocusReason.MouseFocusReason)
        elif kind == QEvent.Type.Wheel and isinstance(obj, GUARDED):
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:  # polished before the guard was installed
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if not (obj.hasFocus() and obj.property(CLICKED_INTO)):
                event.ignore()  # filtered and not accepted: Qt hands the wheel on to the parent (the scroll area)
                return True
        return False


_GUARD: WheelGuard | None = None


def install(app) -> None:
    """Guard every combo box, spin box and slider of ``app`` (idempotent)."""
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard()
        app.installEventFilter(_GUARD)


__all__ = ["WheelGuard", "install"]
