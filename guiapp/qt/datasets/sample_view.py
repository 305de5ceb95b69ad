"""One sample, enlarged: the image, its label, split and source, and for drawn samples a replay of the strokes."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QSizePolicy, QStyle, QVBoxLayout, QWidget

from guiapp.core.strokes import Drawing
from guiapp.qt.datasets.grid import coverage_pixmap
from guiapp.qt.i18n import translate

VIEW_SIZE = 224
PAPER_STYLE = "background: white; border: 1px solid #bbb;"  # a sample: ink on paper, in every theme
NO_SAMPLE_STYLE = "background: transparent; border: 1px dashed palette(mid);"
STROKE_GAP_S = 0.15  # pause between strokes when the drawing has no times
MAX_PAUSE_S = 0.6  # longer pauses between timed strokes are shortened
MAX_REPLAY_S = 4.0  # long drawings replay faster so a replay never drags on


def replay_timeline(drawing: Drawing, longest_s: float = MAX_REPLAY_S) -> list[np.ndarray]:
    """For each stroke, the replay time (s) at which each point appears: the pen's own rhythm where the drawing
    kept times (pauses between strokes kept too, but at most ``MAX_PAUSE_S``), otherwise a steady pace with a
    short pause between strokes."""
    timeline, start, previous_end = [], 0.0, None
    for stroke in drawing.strokes:
        n = len(stroke.points)
        timed = stroke.times is not None and n > 1 and np.all(np.diff(stroke.times) >= 0) and stroke.times[-1] > stroke.times[0]
        if timed and previous_end is not None and timeline:
            pause = stroke.times[0] - previous_end  # negative when each stroke's clock starts at zero
            start += float(np.clip(pause, 0.05, MAX_PAUSE_S)) if pause > 0 else STROKE_GAP_S
        elif timeline:
            start += STROKE_GAP_S
        t = stroke.times - stroke.times[0] if timed else np.arange(n) * 0.012
        timeline.append(start + t)
        start = float(start + t[-1])
        previous_end = float(stroke.times[-1]) if timed else None
    total = start
    if total > longest_s:
        timeline = [t * (longest_s / total) for t in timeline]
    return timeline


class StrokeReplay(QWidget):
    """Draws a drawing's strokes as they were made; :meth:`replay` starts over, :meth:`finish` shows all."""

    def __init__(self, parent: QWidget | None = None, longest_s: float = MAX_REPLAY_S, numbered: bool = False):
        super().__init__(parent)
        self.drawing: Drawing | None = None
        self.pen_width = 6.0
        self.longest_s = longest_s  # a replay takes at most this long (a longer one plays faster)
        self.numbered = numbered  # each stroke's number at its start, as a stroke-order chart writes them
        self._timeline: list[np.ndarray] = []
        self._elapsed = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(16)
        self._timer.timeout.connect(self._tick)
        self.setMinimumSize(QSize(160, 160))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_drawing(self, drawing: Drawing | None, pen_width: float | None = None) -> None:
        self.drawing = drawing
        self._timeline = replay_timeline(drawing, self.longest_s) if drawing else []
        if pen_width:
            self.pen_width = float(pen_width)
        elif drawing is not None:
            self.pen_width = 0.06 * max(drawing.width, drawing.height)
        self.replay()

    def duration(self) -> float:
        return float(max((t[-1] for t in self._timeline), default=0.0))

    def is_playing(self) -> bool:
        return self._timer.isActive()

    def replay(self) -> None:
        self._elapsed = 0.0
        if self.drawing is not None and self._timeline:
            self._timer.start()
        self.update()

    def finish(self) -> None:
        self._timer.stop()
        self._elapsed = self.duration()
        self.update()

    def _tick(self) -> None:
        self._elapsed += self._timer.interval() / 1000.0
        if self._elapsed >= self.duration():
            self.finish()
        self.update()

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) shown: the drawing's canvas and all its ink, with half a pen around the ink."""
        left, top, right, bottom = 0.0, 0.0, float(self.drawing.width), float(self.drawing.height)
        points = [stroke.points for stroke in self.drawing.strokes if len(stroke.points)]
        if points:
            ink = np.concatenate([np.asarray(p, float).reshape(-1, 2) for p in points])
            half = self.pen_width / 2
            left, top = min(left, ink[:, 0].min() - half), min(top, ink[:, 1].min() - half)
            right, bottom = max(right, ink[:, 0].max() + half), max(bottom, ink[:, 1].max() + half)
        return left, top, right, bottom

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter.fillRect(box, QColor("white"))
        painter.setPen(QPen(QColor("#bbbbbb"), 1))
        painter.drawRect(box.adjusted(0, 0, -1, -1))
        if self.drawing is None:
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, translate("datasets", "no strokes\n(not drawn on the pad)"))
            return
        # The canvas, grown to take in ink that the synthesiser's writers drew past its edge (it ran out of the box
        # and over the panel's edge: a walk's digits sample #26); ink half a pen inside the canvas shows as before.
        left, top, right, bottom = self.bounds()
        scale = side * 0.94 / max(right - left, bottom - top)  # a margin: ink at the edge covered the box's frame
        ox = box.x() + (side - (right - left) * scale) / 2 - left * scale
        oy = box.y() + (side - (bottom - top) * scale) / 2 - top * scale
        painter.setClipRect(box)
        pen = QPen(QColor("black"), max(1.0, self.pen_width * scale))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke, times in zip(self.drawing.strokes, self._timeline):
            shown = int(np.searchsorted(times, self._elapsed, side="right"))
            if shown == 0:
                break
            points = [QPointF(ox + x * scale, oy + y * scale) for x, y in stroke.points[:shown]]
            if len(points) == 1:
                painter.drawPoint(points[0])
                continue
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            painter.drawPath(path)
        if self.numbered:
            self._number_strokes(painter, ox, oy, scale)

    def _number_strokes(self, painter: QPainter, ox: float, oy: float, scale: float) -> None:
        """Each stroke begun so far numbered in red just before its first point, against the way it starts (as a
        stroke-order chart writes them), moved aside where it would cover an earlier number."""
        font = painter.font()
        size = max(12, int(self.height() / 14))  # 9 px numbers were too small on a projector (walk 138)
        font.setPixelSize(size)
        font.setBold(True)
        painter.setFont(font)
        placed: list[QRectF] = []
        for number, (stroke, times) in enumerate(zip(self.drawing.strokes, self._timeline), start=1):
            if not len(times) or times[0] > self._elapsed:
                break
            points = np.asarray(stroke.points, float) * scale + (ox, oy)
            heading = points[min(len(points) - 1, 3)] - points[0]
            length = float(np.hypot(*heading))
            back = -heading / length if length else np.array([-0.7, -0.7])
            label = str(number)
            width = painter.fontMetrics().horizontalAdvance(label)
            for turn in (0.0, 1.0, -1.0, 2.0, -2.0):  # straight back, then turned aside by quarter turns
                angle = turn * np.pi / 4
                way = np.array([back[0] * np.cos(angle) - back[1] * np.sin(angle),
                                back[0] * np.sin(angle) + back[1] * np.cos(angle)])
                centre = points[0] + way * size * 0.9
                rect = QRectF(centre[0] - width / 2, centre[1] - size / 2, width, size)
                if not any(rect.intersects(other) for other in placed):
                    break
            placed.append(rect)
            # red with a white rim: a number on a stroke's ink (水's 4) was red on black (walk 138)
            path = QPainterPath()
            metrics = painter.fontMetrics()
            path.addText(rect.center().x() - width / 2, rect.center().y() + metrics.ascent() / 2 - metrics.descent() / 2,
                         font, label)
            painter.strokePath(path, QPen(QColor("white"), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                          Qt.PenJoinStyle.RoundJoin))
            painter.fillPath(path, QColor(190, 30, 30))


class SampleView(QWidget):
    """The selected sample. ``show_sample`` takes everything already known; nothing here reads files."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setFixedSize(VIEW_SIZE, VIEW_SIZE)
        self.label = QLabel()
        font = self.label.font()
        font.setPointSize(font.pointSize() * 2)
        self.label.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the tab
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.replay = StrokeReplay()
        self.replay_button = QPushButton(translate("datasets", "Replay strokes"))
        self.replay_button.clicked.connect(self._replay)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.label)
        layout.addWidget(self.image, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.details)
        # The button above its replay: at 1024×640 the replay starts at the tab's bottom edge, and a button under it
        # was out of sight; pressing it scrolls the whole replay into view.
        layout.addWidget(self.replay_button)
        layout.addWidget(self.replay, 1)
        layout.addStretch(0)
        # The image, the details and a drawn sample's replay are taller than the tab at the window's minimum size
        # (they grew the window past a 640-px screen): they scroll instead. Only vertically: the column keeps the
        # image's width, plus room for the scroll bar.
        self._scroll = scroll = QScrollArea()
        scroll.setAccessibleName(translate("datasets", "Sample"))  # on the Tab path: the keys scroll it
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Its own ring when Tab stops on it: a stop with no visible focus read as lost (walk 107)
        scroll.setObjectName("sampleScroll")
        scroll.setStyleSheet("#sampleScroll { border: 2px solid transparent; }"
                             " #sampleScroll:focus { border: 2px solid palette(highlight); }")
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(content.minimumSizeHint().width()
                               + scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.clear()

    def _replay(self) -> None:
        self._scroll.ensureWidgetVisible(self.replay, 0, 0)
        self.replay.replay()

    def clear(self) -> None:
        self.image.clear()
        # an empty frame, not white paper: with no sample, a large white square glared from the dark theme (walk 168)
        self.image.setStyleSheet(NO_SAMPLE_STYLE)
        self.label.setText("")
        self.details.setText(translate("datasets", "Select a sample in the grid."))
        self.replay.set_drawing(None)
        self.replay.hide()
        self.replay_button.hide()

    def show_sample(self, pixels: np.ndarray, label: str, details: list[str], drawing: Drawing | None = None,
                    pen_width: float | None = None) -> None:
        self.image.setPixmap(coverage_pixmap(pixels, VIEW_SIZE - 8))
        self.image.setStyleSheet(PAPER_STYLE)
        self.label.setText(label)
        # From the top, label first: scrolled down to a replay, the next sample (or a relabelled one) showed no label.
        self._scroll.verticalScrollBar().setValue(0)
        # a zero-width space after each path separator lets long file paths wrap instead of widening the panel
        self.details.setText("\n".join(details).replace("/", "/\u200b").replace("\\", "\\\u200b"))
        self.replay.setVisible(drawing is not None)
        self.replay_button.setVisible(drawing is not None)
        self.replay.set_drawing(drawing, pen_width)
