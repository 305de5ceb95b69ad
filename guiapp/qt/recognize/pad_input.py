"""The drawing pad's input: mouse, pen (with pressure) and touch begin, extend and end its strokes; Escape, Space,
the punctuation keys and the line's cursor keys are its own keys. A mixin of :class:`~guiapp.qt.recognize.pad.DrawingPad`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

from guiapp.qt.recognize.punctuation import is_key_mark

# Keys that move the write line's cursor from the pad, as a handwriting keyboard's arrows do: after a fix in the middle
# of a word the next character went in there, and the way back to the end was a click in the line (walk 130).
CURSOR_KEYS = {Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right", Qt.Key.Key_Home: "home", Qt.Key.Key_End: "end"}


class PadInput:
    _focused_by_click = False  # the focus came with a click, whose press is on its way

    def focusInEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().focusInEvent(event)
        self._focused_by_click = event.reason() in (Qt.FocusReason.MouseFocusReason,
                                                    Qt.FocusReason.ActiveWindowFocusReason)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(event.position())
            self._focusing_press = self._focused_by_click  # after begin_stroke, which forgets it for pen and touch
        self._focused_by_click = False

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._points:
            self.extend_stroke(event.position())

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.end_stroke()

    def tabletEvent(self, event) -> None:
        kind = event.type()
        pressure = float(event.pressure())
        if kind == QEvent.Type.TabletPress:
            self.begin_stroke(event.position(), pressure)
        elif kind == QEvent.Type.TabletMove and self._points:
            self.extend_stroke(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease:
            self.end_stroke()
        event.accept()  # no synthesised mouse events on top of the pen's

    def event(self, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            points = event.points()
            if points:
                pos = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self.begin_stroke(pos)
                elif kind == QEvent.Type.TouchUpdate and self._points:
                    self.extend_stroke(pos)
            if kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                self.end_stroke()
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape()
            return
        if event.key() == Qt.Key.Key_Space and not event.modifiers() and not event.isAutoRepeat():
            self.spacePressed.emit()
            return
        if event.key() in CURSOR_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.cursorKey.emit(CURSOR_KEYS[event.key()])
            return
        typed = event.text()
        if (is_key_mark(typed) and not event.isAutoRepeat()
                and not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)):
            # 。 had no key: the punctuation menu, reached by Tab, was the keyboard's only way (walk 115)
            self.markTyped.emit(typed)
            return
        super().keyPressEvent(event)


class MarginPresses(QObject):
    """A press in the margin around the pad (its card's padding, the line under it) begins a stroke on the pad, as
    a press on the pad's own margin does: a stroke begun a pixel above the writing square, inside the pad's
    highlighted frame, was never drawn, and 学 lost a top stroke twice with nothing said (walk 154). Installed
    on the card; the moves and the release of a press it took come to it, and go on to the pad."""

    def __init__(self, frame, pad) -> None:
        super().__init__(frame)
        self.pad, self.pressed = pad, False
        frame.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 — Qt's name
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self.pad.setFocus(Qt.FocusReason.MouseFocusReason)
            self.pressed = True
            self.pad.begin_stroke(self._on_pad(obj, event))
            return True
        if kind == QEvent.Type.MouseMove and self.pressed:
            self.pad.extend_stroke(self._on_pad(obj, event))
            return True
        if kind == QEvent.Type.MouseButtonRelease and self.pressed and event.button() == Qt.MouseButton.LeftButton:
            self.pressed = False
            self.pad.end_stroke()
            return True
        return False

    def _on_pad(self, obj, event):
        return self.pad.mapFrom(obj, event.position())

