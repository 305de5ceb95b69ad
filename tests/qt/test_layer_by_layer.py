"""The Train area's layer-by-layer view on a real tiny model: every layer of the current drawing, maps as tiles and
dense outputs as bars, each with its shape and what it does."""

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from guiapp.core.strokes import Drawing, Stroke
from guiapp.qt.train.feature_maps import FeatureMapsView, bars_pixmap

pytest.importorskip("tensorflow")


def _shown_view(qtbot, model, width: int, height: int) -> FeatureMapsView:
    """The view of ``width`` × ``height``, every layer of a drawn 7 shown on ``model``."""
    view = FeatureMapsView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    view.set_model(str(model))
    view.set_drawing(Drawing([Stroke(np.array([[60.0, 60.0], [200.0, 60.0], [120.0, 230.0]]))], 280.0, 280.0))
    qtbot.waitUntil(lambda: len(view.sections) >= 7, timeout=60_000)
    return view


def test_every_layer_of_the_drawing_is_shown(qtbot, tiny_digits_model):
    view = _shown_view(qtbot, tiny_digits_model, 900, 600)
    titles = [title for title, _ in view.sections]
    assert titles[0].startswith("First-layer filters") and titles[1].startswith("What the model sees")
    assert titles[2:] == ["conv (Conv2D, relu, 28×28×32)", "pool (MaxPooling2D, 14×14×32)", "flatten (Flatten, 6272)",
                          "hidden (Dense, relu, 16)", "classes (Dense, softmax, 10)"]
    counts = dict(view.sections)
    assert counts["conv (Conv2D, relu, 28×28×32)"] == 16 and counts["hidden (Dense, relu, 16)"] == 16
    assert counts["classes (Dense, softmax, 10)"] == 10
    texts = [label.text() for label in view.canvas.findChildren(QLabel)]
    assert any("largest value of each 2×2 block" in t for t in texts)
    assert any("one score per class" in t for t in texts)
    assert any("The first 16 of its 32 maps are shown." in t for t in texts)  # not read as all of the layer
    # Two sentences, two lines (a fresh-eyes walk read "…its filter's pattern is found The first 16 of…").
    assert any(t.endswith("positive values\nThe first 16 of its 32 maps are shown.") for t in texts), texts


@pytest.mark.parametrize("width", [480, 700])
def test_nothing_is_wider_than_the_view(qtbot, tiny_digits_model, width):
    """French was cut off at the window's minimum size: rows of tiles sized by the widget, not its scroll area,
    widened the canvas, and every line of text wrapped wider than the view."""
    view = _shown_view(qtbot, tiny_digits_model, width, 500)
    qtbot.waitUntil(lambda: view.scroll.verticalScrollBar().isVisible())
    assert view.canvas.width() <= view.scroll.viewport().width()
    assert not view.scroll.horizontalScrollBar().isVisible()


def test_bars_show_signs_and_class_labels(qtbot):
    pixmap = bars_pixmap(np.array([0.5, -0.25, 1.0], np.float32), ["a", "b", "c"], 300,
                         view_color := FeatureMapsView().palette().windowText().color())
    assert pixmap.height() > 2 * 64 and pixmap.width() >= 3 * 2  # room below the axis for the negative bar
    image = pixmap.toImage()
    assert image.pixelColor(pixmap.width() // 2, 64 + 10).alpha() > 0  # the negative bar goes down
    assert view_color.isValid()


def test_the_maps_can_be_drawn_large_for_a_projector(qtbot, tiny_digits_model):
    """44 px tiles read as specks on a classroom projector at 1024×640, where View → Zoom has no room (walk 125): the
    view's size box draws them two or three times larger, still no wider than the view."""
    from guiapp.qt.train.feature_maps import TILE, TILE_SIZES

    view = _shown_view(qtbot, tiny_digits_model, 480, 500)

    def tile_widths():
        return {label.width() for label in view.canvas.findChildren(QLabel)
                if label.pixmap() is not None and not label.pixmap().isNull() and label.pixmap().width() == label.pixmap().height()}

    assert tile_widths() == {TILE + 2}
    view.size_box.setCurrentIndex(2)  # "Largest maps"
    assert view.tile == TILE_SIZES[2] == 3 * TILE
    # the maps large, the 3×3 filters small (at 3×, 32 of them filled 8 rows above the maps: walk 131)
    qtbot.waitUntil(lambda: tile_widths() == {TILE + 2, 3 * TILE + 2})
    # wider, the large maps are laid out again, more a row (they stayed 4 a row, half the view empty: walk 131)
    before = view._laid_out_columns
    view.resize(900, 500)
    qtbot.waitUntil(lambda: view._laid_out_columns > before)
    assert [title for title, _ in view.sections][2] == "conv (Conv2D, relu, 28×28×32)"
    qtbot.waitUntil(lambda: view.scroll.verticalScrollBar().isVisible())
    assert view.canvas.width() <= view.scroll.viewport().width()
    assert not view.scroll.horizontalScrollBar().isVisible()
