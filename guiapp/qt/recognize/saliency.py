"""“Where it looked”: the saliency of the current drawing painted over the pad (see :mod:`guiapp.core.saliency`).

Asked for after each recognition that reached the screen, for the top candidate or the one under the pointer, in
its own :class:`~guiapp.qt.tasks.TaskRunner`: recognition's worker never waits for it. The runner's newest-request
mailbox drops a map not yet started when a newer one is asked for, and answers carry a request number, so a map
for a drawing that has changed since is never shown. TensorFlow (gradients need it) is imported only when the
overlay is first switched on.
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QObject, QRectF, QTimer, Signal
from PySide6.QtGui import QImage

from guiapp.qt.i18n import localise, translate
from guiapp.qt.tasks import TaskRunner

log = logging.getLogger(__name__)

# Heat colours from a faint yellow to a deep red; alpha rises with the heat so cool areas leave the ink readable.
_STOPS = np.array([[255, 230, 80], [255, 140, 0], [220, 30, 30]], np.float32)
MAX_ALPHA = 170
FIRST_LOAD_REST_MS = 600  # the pen at rest this long before TensorFlow's first import begins (see request)


def heat_image(heatmap: np.ndarray) -> QImage:
    """(H, W) 0..1 → an RGBA QImage of the same size (the pad scales it smoothly onto the canvas)."""
    heat = np.clip(np.asarray(heatmap, np.float32), 0.0, 1.0)
    position = heat * (len(_STOPS) - 1)
    low = np.minimum(position.astype(int), len(_STOPS) - 2)
    t = (position - low)[..., None]
    rgb = _STOPS[low] * (1 - t) + _STOPS[low + 1] * t
    alpha = MAX_ALPHA * np.clip((heat - 0.08) / 0.92, 0.0, 1.0) ** 0.8  # the faintest tenth stays clear
    alpha *= _edge_fade(*heat.shape)  # the map ends where the model's window ends: fade it, no hard frame
    rgba = np.ascontiguousarray(np.dstack([rgb, alpha]).round().astype(np.uint8))
    h, w = heat.shape
    return QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()


def _edge_fade(h: int, w: int, margin: float = 0.12) -> np.ndarray:
    """1 inside, falling linearly to 0 over the outer ``margin`` of each side."""
    def ramp(n: int) -> np.ndarray:
        position = (np.arange(n) + 0.5) / n
        return np.clip(np.minimum(position, 1 - position) / margin, 0.0, 1.0)

    return np.outer(ramp(h), ramp(w))


class SaliencyOverlay(QObject):
    """Owns the worker, the on/off state and the candidate in focus; paints through ``pad.set_overlay``."""

    shown = Signal(object)  # the Saliency now on the pad, or None
    noteChanged = Signal(str)  # a line for the user (loading, what is shown, why nothing is)

    def __init__(self, pad, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pad = pad
        self.enabled = False
        self.saliency = None
        self.focus_label: str | None = None  # a hovered candidate; None: the top one
        self._explainer = None  # core Explainer, used only in the worker thread
        self._asked = None  # (recognizer, source, pen_width, top label) of the latest recognition
        self._request = 0
        self.runner = TaskRunner(self, name="guiapp-saliency", idle_exit_s=None)
        # TensorFlow's first import holds the GIL for seconds, and recognition waits for it: started mid-stroke, a
        # 7 read "4 · 43 %" for 4 s after the pen lifted (a walk). Until it is loaded, a map is asked for only once
        # the pen has rested a moment, so the answer to the finished drawing is shown first.
        self._rested = QTimer(self, singleShot=True, interval=FIRST_LOAD_REST_MS)
        self._rested.timeout.connect(self._submit_when_rested)

    def set_enabled(self, on: bool) -> None:
        self.enabled = bool(on)
        if not self.enabled:
            self.runner.cancel()
            self._show(None)
            self.noteChanged.emit("")
        elif self._asked is not None:
            self._submit()

    def set_focus(self, label: str | None) -> None:
        """Explain ``label`` (a candidate under the pointer) instead of the top answer; None: back to the top."""
        if label != self.focus_label:
            self.focus_label = label
            if self.enabled and self._asked is not None:
                self._submit()

    def request(self, recognizer, source, pen_width: float | None, top_label: str | None) -> None:
        """A recognition reached the screen: explain it (when on)."""
        self._asked = (recognizer, source, pen_width, top_label)
        if not self.enabled:
            return
        from guiapp.core.tf_runtime import is_ready

        if is_ready():
            self._submit()
        else:
            self._rested.start()  # the latest drawing's, once the pen rests

    def _submit_when_rested(self) -> None:
        if not self.enabled or self._asked is None:
            return
        if self.pad.pen_down():
            self._rested.start()
        else:
            self._submit()

    def clear(self) -> None:
        """Nothing to explain (empty pad, another model): drop what is shown and what is pending."""
        self._rested.stop()
        self._asked = None
        self._request += 1
        self._show(None)
        self.noteChanged.emit("")  # its words go with it ("Where it looked for '3'" stayed on an empty pad)

    def _submit(self) -> None:
        recognizer, source, pen_width, top_label = self._asked
        path = getattr(getattr(recognizer, "loaded", None), "path", None)
        if path is None:
            self.noteChanged.emit(translate("recognize", "Where it looked: needs a model file."))
            return
        label = self.focus_label if self.focus_label in recognizer.labels else top_label
        self._request += 1
        request = self._request
        if self._explainer is None or self._explainer.path != path:
            self.noteChanged.emit(translate("recognize", "Where it looked: loading TensorFlow and the model…"))

        def compute(on_progress, should_stop):
            from guiapp.core.saliency import Explainer
            from guiapp.core.tf_runtime import ensure_tensorflow

            ensure_tensorflow()
            if self._explainer is None or str(self._explainer.path) != str(path):
                self._explainer = Explainer(str(path))
            return self._explainer.explain(source, label, pen_width)

        self.runner.submit("where it looked", compute, lambda saliency: self._done(request, saliency),
                           lambda message: self._failed(request, message), key="saliency")

    def _done(self, request: int, saliency) -> None:
        if request != self._request or not self.enabled:
            return  # the drawing, the model or the focus changed since it was asked for
        self._show(saliency)
        if saliency.box is None:
            self.noteChanged.emit(translate("recognize", "Where it looked: shown for drawings only."))
        else:
            self.noteChanged.emit(localise(saliency.describe()))

    def _failed(self, request: int, message: str) -> None:
        log.warning("saliency failed: %s", message)
        if request == self._request:
            self._show(None)
            self.noteChanged.emit(translate("recognize", "Where it looked: cannot be computed for this model ({0})").format(message))

    def _show(self, saliency) -> None:
        self.saliency = saliency
        if saliency is None or saliency.box is None or float(saliency.heatmap.max()) <= 0:
            self.pad.set_overlay(None, None)
        else:
            x0, y0, x1, y1 = saliency.box
            self.pad.set_overlay(heat_image(saliency.heatmap), QRectF(x0, y0, x1 - x0, y1 - y0))
        self.shown.emit(saliency)

    def wait(self, timeout_s: float = 30.0) -> bool:
        return self.runner.join(timeout_s)

    def stop(self, timeout_s: float = 2.0) -> bool:
        self._rested.stop()  # no map asked for once the window has closed
        return self.runner.close(timeout_s)


__all__ = ["SaliencyOverlay", "heat_image"]
