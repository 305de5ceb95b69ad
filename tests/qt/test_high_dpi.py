"""High DPI (issue #20): at 200 % scale the pad draws its ink at the screen's pixel density, so strokes are as crisp
as at 100 % (edges of at most ~2 physical pixels), not a 1x picture blown up (edges twice as soft).

Each scale runs in its own process: Qt reads QT_SCALE_FACTOR once, when the application starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Draws a horizontal stroke on a real pad and measures a column of the grabbed window pixels across it.
MEASURE = r"""
import json
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
import pyqtgraph as pg
from guiapp.core.strokes import Drawing, Stroke
from guiapp.qt.recognize.pad import DrawingPad
from guiapp.qt.theme import line_width


def column(widget):
    # A column of the grabbed pixels across a horizontal line in the middle of the widget: counts of full-ink and
    # edge (anti-aliased) pixels, in physical pixels.
    widget.resize(300, 300)
    widget.show()
    app.processEvents()
    image = widget.grab().toImage()
    paper = image.pixelColor(image.width() // 2, image.height() // 10).lightness()
    inside = range(image.height() // 10, image.height() * 9 // 10)  # away from any border
    ink = [1 - image.pixelColor(image.width() // 2, y).lightness() / max(paper, 1) for y in inside]
    return {"ratio": image.devicePixelRatio(), "physical": image.width(), "logical": widget.width(),
            "full": sum(d > 0.9 for d in ink), "edge": sum(0.1 < d <= 0.9 for d in ink)}


pad = DrawingPad(pen_width=12.0)
pad.set_show_grid(False)  # plain paper: every grey pixel in the column is the stroke's edge
pad.set_drawing(Drawing([Stroke([[15, 54.5], [94, 54.5]])], 109, 109))
glyph = QLabel("\u4e00")  # 一: one horizontal bar, as a candidate's character is drawn (text, not a picture)
glyph.setAlignment(Qt.AlignmentFlag.AlignCenter)
glyph.setStyleSheet("background: white; color: black; font-size: 120px;")
plot = pg.PlotWidget(background="w")
plot.hideAxis("left")
plot.hideAxis("bottom")
plot.plot([0, 1], [0.5, 0.5], pen=pg.mkPen("k", width=line_width(4)))  # as the training curves are drawn
plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
print(json.dumps({"pad": column(pad), "glyph": column(glyph), "plot": column(plot)}))
"""


def measure(scale: int, home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=str(scale), GUIAPP_HOME=str(home),
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", MEASURE], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def scales(tmp_path_factory) -> tuple[dict, dict]:
    home = tmp_path_factory.mktemp("dpi")
    return measure(1, home), measure(2, home)


def test_pad_ink_is_crisp_at_200_percent(scales):
    one, two = (measured["pad"] for measured in scales)
    assert (one["ratio"], two["ratio"]) == (1.0, 2.0)
    assert two["physical"] == 2 * two["logical"] == 2 * one["physical"], "2x the physical pixels at 200 %"
    assert one["full"] > 4 and abs(two["full"] - 2 * one["full"]) <= 2, (one, two)  # the same stroke, 2x the pixels
    # anti-aliased at each edge, but no wider at 2x than at 1x: a 1x picture scaled up would double them
    assert two["edge"] <= 4 and two["edge"] <= one["edge"] + 1, (one, two)


@pytest.mark.parametrize("part", ["glyph", "plot"])
def test_glyphs_and_plots_are_drawn_at_the_screens_density(scales, part):
    """A candidate's character (text) and a training curve (pyqtgraph) at 200 %: the same line twice as many
    physical pixels thick, its edges no softer than at 100 %."""
    one, two = (measured[part] for measured in scales)
    assert (one["ratio"], two["ratio"]) == (1.0, 2.0) and two["physical"] == 2 * one["physical"]
    assert one["full"] >= 2 and abs(two["full"] - 2 * one["full"]) <= 3, (one, two)
    assert two["edge"] <= one["edge"] + 2, (one, two)
