"""“Where it looked” in the real main window with a real tiny model: the overlay follows the drawing, the
candidate under the pointer, the toggle, and never shows a map for a drawing that has changed."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication

from qt.recognize_helpers import draw_stroke, mouse, open_window

pytest.importorskip("tensorflow")

CORNER_SEVEN = [(0.06, 0.07), (0.2, 0.07), (0.3, 0.07), (0.25, 0.2), (0.2, 0.32), (0.17, 0.4)]


@pytest.fixture
def window(qtbot, tiny_digits_model):
    w = open_window(qtbot, tiny_digits_model)
    yield w
    w.close()


def shown_after(qtbot, panel, action, timeout=60_000):
    """Run ``action`` and wait until the overlay shows a map for the drawing as it is then."""
    action()
    qtbot.waitUntil(lambda: not panel.worker.busy(), timeout=20_000)
    qtbot.waitUntil(lambda: panel.saliency.wait(0) and panel.saliency.saliency is not None
                    and panel.pad.overlay() is not None, timeout=timeout)
    return panel.saliency.saliency


def heat_pixels(pad) -> np.ndarray:
    """Where the pad, as painted on screen, is tinted (red well above green and blue: ink is near-black)."""
    image = pad.grab().toImage().convertToFormat(pad.grab().toImage().Format.Format_RGB888)
    w, h = image.width(), image.height()
    data = np.frombuffer(image.constBits(), np.uint8, count=image.bytesPerLine() * h).reshape(h, -1)[:, : 3 * w]
    rgb = data.reshape(h, w, 3).astype(int)
    return (rgb[..., 0] - rgb[..., 2] > 60) & (rgb[..., 0] > 150)


def test_the_overlay_for_a_digit_in_a_corner_lights_up_that_corner(qtbot, window):
    panel = window.recognize
    assert not panel.saliency_box.isChecked()  # off by default: TensorFlow is not imported for it unasked
    panel.saliency_box.setChecked(True)
    saliency = shown_after(qtbot, panel, lambda: draw_stroke(panel.pad, CORNER_SEVEN))
    assert saliency.method == "hirescam" and saliency.label == panel.prediction.top[0][0]
    image, box = panel.pad.overlay()
    assert box.right() < 160 and box.bottom() < 160  # canvas units: the top-left part of the 280 × 280 canvas
    tinted = heat_pixels(panel.pad)
    rect = panel.pad.canvas_rect()
    ys, xs = np.nonzero(tinted)
    assert len(xs) > 50
    mid_x, mid_y = rect.center().x(), rect.center().y()
    assert ((xs < mid_x) & (ys < mid_y)).mean() > 0.95  # painted where the digit is
    assert "Where it looked" in panel.saliency_note.text()


def test_pointing_at_a_candidate_explains_that_candidate(qtbot, window):
    panel = window.recognize
    panel.saliency_box.setChecked(True)
    shown_after(qtbot, panel, lambda: draw_stroke(panel.pad, CORNER_SEVEN))
    row = panel.predictions.rows[2]
    enter = QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(row.mapToGlobal(QPointF(5, 5))))
    QApplication.sendEvent(row, enter)
    qtbot.waitUntil(lambda: panel.saliency.wait(0) and panel.saliency.saliency is not None
                    and panel.saliency.saliency.label == row.label, timeout=30_000)
    assert row.label in panel.saliency_note.text()


def test_switching_off_or_clearing_removes_the_overlay_and_stale_maps_never_show(qtbot, window):
    panel = window.recognize
    panel.saliency_box.setChecked(True)
    shown_after(qtbot, panel, lambda: draw_stroke(panel.pad, CORNER_SEVEN))
    panel.saliency_box.setChecked(False)
    assert panel.pad.overlay() is None and panel.saliency_note.text() == ""
    panel.saliency_box.setChecked(True)  # back on: the current drawing is explained again without redrawing
    qtbot.waitUntil(lambda: panel.pad.overlay() is not None, timeout=30_000)
    # A new stroke then an immediate clear: whatever was asked for the stroke must not appear on the empty pad.
    draw_stroke(panel.pad, [(0.6, 0.6), (0.8, 0.8)])
    panel.pad.clear()
    qtbot.waitUntil(lambda: not panel.worker.busy(), timeout=20_000)
    assert panel.saliency.wait(30)
    assert panel.pad.overlay() is None and panel.saliency.saliency is None
    assert panel.saliency_note.text() == ""  # "Where it looked for '7'" went with the map


def test_mid_stroke_the_map_lies_on_the_ink_as_it_does_once_the_pen_lifts(qtbot, window):
    # While the pen was down, the map was painted with the open stroke's transform: right of the ink, up to the
    # paper's edge, until the pen lifted (a walk).
    panel = window.recognize
    panel.saliency_box.setChecked(True)
    pad = panel.pad
    rect = pad.canvas_rect()
    points = [QPointF(rect.left() + fx * rect.width(), rect.top() + fy * rect.height())
              for fx, fy in [(0.3, 0.3), (0.4, 0.35), (0.5, 0.4), (0.55, 0.6), (0.5, 0.8)]]
    mouse(pad, QEvent.Type.MouseButtonPress, points[0])
    for point in points[1:]:
        mouse(pad, QEvent.Type.MouseMove, point)
    qtbot.waitUntil(lambda: panel.saliency.wait(0) and pad.overlay() is not None, timeout=60_000)
    ys, xs = np.nonzero(heat_pixels(pad))
    mouse(pad, QEvent.Type.MouseButtonRelease, points[-1])
    ys_after, xs_after = np.nonzero(heat_pixels(pad))  # the same map, painted once the stroke is closed
    assert len(xs) > 50 and len(xs_after) > 50
    assert abs(np.median(xs) - np.median(xs_after)) < 3 and abs(np.median(ys) - np.median(ys_after)) < 3
    assert xs.max() < rect.left() + 0.8 * rect.width()  # not pushed towards the paper's right edge


def test_before_tensorflow_is_loaded_the_map_waits_for_the_pen_to_rest(qtbot, window, monkeypatch):
    """TensorFlow's first import holds the GIL for seconds: begun mid-stroke, it held up the answer to the finished
    drawing (a 7 read "4 · 43 %" for 4 s after the pen lifted: a walk). Until it is loaded, the map is asked for
    once the pen has rested, after the finished drawing's answer."""
    from guiapp.core import tf_runtime

    panel = window.recognize
    monkeypatch.setattr(tf_runtime, "is_ready", lambda: False)
    submitted = []
    monkeypatch.setattr(panel.saliency, "_submit", lambda: submitted.append(panel.saliency._asked[3]))
    panel.saliency_box.setChecked(True)
    rect = panel.pad.canvas_rect()
    points = [QPointF(rect.left() + fx * rect.width(), rect.top() + fy * rect.height()) for fx, fy in CORNER_SEVEN]
    mouse(panel.pad, QEvent.Type.MouseButtonPress, points[0])
    for point in points[1:]:
        mouse(panel.pad, QEvent.Type.MouseMove, point)
    panel.saliency.request(panel.recognizer, panel.pad.drawing(include_current=True), None, "4")  # a live answer
    assert submitted == [] and panel.saliency._rested.isActive()
    panel.saliency._rested.timeout.emit()  # the rest over, the pen still down: not yet
    assert submitted == [] and panel.pad.pen_down() and panel.saliency._rested.isActive()
    mouse(panel.pad, QEvent.Type.MouseButtonRelease, points[-1])
    qtbot.waitUntil(lambda: bool(submitted), timeout=20_000)
    assert submitted[-1] == panel.prediction.top[0][0]  # the finished drawing's answer
    panel.saliency_box.setChecked(False)
