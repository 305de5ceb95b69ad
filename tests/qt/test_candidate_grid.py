"""A model with many classes (kanji) answers in a grid of ten candidates with readings and meanings; small models
keep the rows. A real (untrained) Keras model of 120 kyōiku kanji, recognized in the real inference worker."""

import os

import pytest
from PySide6.QtCore import Qt

from qt.recognize_helpers import draw_stroke, live_panel

pytest.importorskip("keras")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


@pytest.fixture
def panel(qtbot):
    panel = live_panel(qtbot)
    yield panel
    panel.worker.stop()


def kanji_recognizer(count=120):
    import keras

    from guiapp.core.datasets.builtin import BUILTINS, KYOIKU
    from guiapp.core.modelfile import LoadedModel
    from guiapp.core.recognition import Recognizer

    spec = BUILTINS["kyoiku"][1]
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input(spec.input_shape), keras.layers.Flatten(),
                              keras.layers.Dense(count, activation="softmax", name="classes")])
    return Recognizer(LoadedModel(model, list(KYOIKU[:count]), spec), warm_up=False, runtime="tensorflow")


def test_a_kanji_model_shows_ten_candidates_with_readings_and_a_click_writes_one(qtbot, panel):
    from guiapp.core import kanji_info

    panel.set_recognizer(kanji_recognizer())
    view = panel.predictions
    assert view.grid.isVisible() and not any(row.isVisible() for row in view.rows)
    with qtbot.waitSignal(panel.predictionShown, timeout=30_000):
        draw_stroke(panel.pad, [(0.2, 0.5), (0.5, 0.5), (0.8, 0.5)])
    qtbot.waitUntil(lambda: not panel.worker.busy(), timeout=30_000)
    top = panel.prediction.top
    assert len(top) == 10 and view.grid.labels() == [label for label, _ in top]
    for cell, (label, probability) in zip(view.grid.cells, top):
        info = kanji_info.lookup(label)
        assert cell.probability == probability
        assert cell.readings.split("、")[0] == info.readings()[0] and cell.meanings.startswith(info.meanings[0])
        assert label in cell.accessibleName() and info.meanings[0] in cell.toolTip()
    # Best first down the left column, then down the right: a list read one way (left to right, then down, a
    # reader took the fourth for the second: a walk)
    tops = [cell.mapTo(view.grid, cell.rect().topLeft()) for cell in view.grid.cells]
    assert [p.x() for p in tops[:5]] == [tops[0].x()] * 5 and all(p.x() > tops[0].x() for p in tops[5:])
    assert [p.y() for p in tops[:5]] == sorted(p.y() for p in tops[:5]) and tops[5].y() == tops[0].y()
    cell = view.grid.cells[3]
    chosen = cell.label
    qtbot.mouseClick(cell, Qt.MouseButton.LeftButton)
    assert panel.write_line.text().endswith(chosen)
    assert panel.pad.is_empty()  # written, as a candidate row does
    assert all(c.label is None for c in view.grid.cells)  # the cleared pad empties the grid


def test_a_small_model_keeps_the_rows_and_unknown_labels_show_without_readings(qtbot, panel):
    view = panel.predictions
    view.set_labels([str(d) for d in range(10)])
    assert not view.grid.isVisible() and all(row.isVisible() for row in view.rows) and view.top_k() == 5
    view.set_labels([chr(0x4E00 + i) for i in range(2136)])
    assert view.top_k() == 10
    view.show_prediction([("X", 0.6), ("日", 0.3)])  # a label KANJIDIC does not know: no readings, no error
    assert (view.grid.cells[0].readings, view.grid.cells[0].meanings) == ("", "")
    assert "sun" in view.grid.cells[1].meanings and view.grid.cells[2].label is None


def test_a_taught_kanji_in_the_rows_has_its_reading_beside_it_and_its_meanings_in_the_tooltip(qtbot, panel):
    # Someone who taught the app a few kanji of their own gets the rows, not the grid: they said nothing of what
    # the kanji reads or means, only the kanji model's grid did (a walk's leftover).
    from guiapp.core import kanji_info
    from guiapp.qt.recognize.candidate_tips import row_reading

    view = panel.predictions
    view.set_labels(["山", "川", "+"])
    view.show_prediction([("山", 0.7), ("川", 0.2), ("+", 0.1)])
    top, symbol = view.rows[0], view.rows[2]
    info = kanji_info.lookup("山")
    # the word first, then the sound: サン alone said nothing of やま (walk 110)
    assert row_reading("山") == ("やま、サン", pytest.approx(60.0)) and row_reading("木")[0] == "き、ボク"
    assert "mountain" in top.toolTip() and info.readings()[0] in top.toolTip()
    assert row_reading("+") == ("", 0.0) and "mountain" not in symbol.toolTip()
    assert row_reading("あ")[0] == "a"  # a kana keeps its romaji
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))  # a Chinese window: the meaning, not Japanese readings (walk 138)
    try:
        assert row_reading("山")[0] == "mountain" and row_reading("あ")[0] == "a"
    finally:
        QLocale.setDefault(before)
    assert symbol.reading_width == top.reading_width == pytest.approx(60.0)  # the bars line up in every row
    top.grab()  # painted with the reading, without error
