"""Shared by the Recognize tests: real mouse strokes on the pad, waiting for a model and for an answer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication


def mouse(widget, kind, pos: QPointF, buttons=Qt.MouseButton.LeftButton) -> None:
    """Deliver a real QMouseEvent (QTest's mouseMove cannot hold a button down)."""
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else buttons
    global_pos = QPointF(widget.mapToGlobal(pos.toPoint()))
    event = QMouseEvent(kind, pos, global_pos, button, held, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def draw_stroke(pad, points_fraction) -> None:
    """Draw one stroke through points given as fractions (0..1) of the pad's square canvas."""
    rect = pad.canvas_rect()
    points = [QPointF(rect.left() + fx * rect.width(), rect.top() + fy * rect.height()) for fx, fy in points_fraction]
    mouse(pad, QEvent.Type.MouseButtonPress, points[0])
    for p in points[1:]:
        mouse(pad, QEvent.Type.MouseMove, p)
    mouse(pad, QEvent.Type.MouseButtonRelease, points[-1])


def draw_drawing(pad, drawing) -> None:
    """Draw every stroke of a core Drawing on the pad, its canvas mapped onto the pad's."""
    for stroke in drawing.strokes:
        draw_stroke(pad, [(x / drawing.width, y / drawing.height) for x, y in stroke.points[:, :2]])


def live_panel(qtbot):
    """A shown RecognizePanel with its real inference worker (stop it with ``panel.worker.stop()``)."""
    from guiapp.qt.recognize.inference import Inference
    from guiapp.qt.recognize.panel import RecognizePanel

    panel = RecognizePanel()
    qtbot.addWidget(panel)
    inference = Inference(panel)
    panel.worker = inference
    inference.recognized.connect(panel.on_recognized)
    inference.recognitionFailed.connect(panel.on_recognition_failed)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def draw_one(pad) -> None:
    """A '1': one vertical stroke."""
    draw_stroke(pad, [(0.5, 0.15 + 0.07 * i) for i in range(11)])


def draw_seven(pad) -> None:
    draw_stroke(pad, [(0.25, 0.2), (0.45, 0.2), (0.7, 0.2), (0.6, 0.4), (0.5, 0.6), (0.42, 0.82)])


def wait_for_model(qtbot, window, path, timeout=60_000) -> None:
    qtbot.waitUntil(lambda: window.current_model_path() == str(path), timeout=timeout)


def build_window_in(language):
    """The real main window in ``language`` (from its settings, as a restart after View → Language), without a
    backend or a training process: for reading its texts and measuring its layout. The caller closes it."""
    from guiapp.qt.main_window import MainWindow
    from guiapp.qt.settings import Settings

    settings = Settings()
    settings.language = language
    settings.sync()
    window = MainWindow(settings, start_backend=False)
    window.train_area._asked_tensorflow = True  # no training process: only texts and sizes are read
    return window


def window_in(qtbot, language):
    """:func:`build_window_in`, closed by qtbot at the end of the test."""
    window = build_window_in(language)
    qtbot.addWidget(window)
    return window


def open_window(qtbot, model, preload=False):
    """The real main window recognizing with ``model`` (bundled models not preloaded unless asked)."""
    from guiapp.qt.main_window import MainWindow

    w = MainWindow()
    w.preload = preload
    qtbot.addWidget(w)
    w.use_model(model)  # before the first paint: replaces the default bundled model
    w.show()
    wait_for_model(qtbot, w, model)
    return w
