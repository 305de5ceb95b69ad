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

ROOT = Path(__file__).resolve().parents[2]

# Draws a horizontal stroke on a real pad and measures a column of the grabbed window pixels across it.
MEASURE = r"""
import json
from PySide6.QtWidgets import QApplication
app = QApplication([])
from guiapp.core.strokes import Drawing, Stroke
from guiapp.qt.recognize.pad import DrawingPad

pad = DrawingPad(pen_width=12.0)
pad.set_show_grid(False)  # plain paper: every grey pixel in the column is the stroke's edge
pad.resize(300, 300)
pad.show()
pad.set_drawing(Drawing([Stroke([[15, 54.5], [94, 54.5]])], 109, 109))
image = pad.grab().toImage()
paper = image.pixelColor(image.width() // 2, image.height() // 10).lightness()
inside = range(image.height() // 10, image.height() * 9 // 10)  # the canvas, away from the pad's border
column = [image.pixelColor(image.width() // 2, y).lightness() for y in inside]
ink = [1 - value / paper for value in column]  # 0 on paper, 1 in full ink
print(json.dumps({"ratio": image.devicePixelRatio(), "physical": image.width(), "logical": pad.width(),
                  "full": sum(d > 0.9 for d in ink), "edge": sum(0.1 < d <= 0.9 for d in ink)}))
"""


def measure(scale: int, home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=str(scale), GUIAPP_HOME=str(home),
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", MEASURE], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_pad_ink_is_crisp_at_200_percent(tmp_path):
    one, two = measure(1, tmp_path), measure(2, tmp_path)
    assert (one["ratio"], two["ratio"]) == (1.0, 2.0)
    assert two["physical"] == 2 * two["logical"] == 2 * one["physical"], "2x the physical pixels at 200 %"
    assert one["full"] > 4 and abs(two["full"] - 2 * one["full"]) <= 2, (one, two)  # the same stroke, 2x the pixels
    # anti-aliased at each edge, but no wider at 2x than at 1x: a 1x picture scaled up would double them
    assert two["edge"] <= 4 and two["edge"] <= one["edge"] + 1, (one, two)
