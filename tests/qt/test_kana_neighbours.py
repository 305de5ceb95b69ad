"""The Recognize area offers a kana's voiced / small neighbours (issue #23) and a letter's same-shape other case as
one-click alternatives."""

from PySide6.QtCore import Qt

from guiapp.qt.recognize.panel import RecognizePanel


def test_a_neighbour_of_the_top_kana_is_written_with_one_click(qtbot):
    panel = RecognizePanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.predictions
    view.show_prediction([("は", 0.9), ("ほ", 0.05), ("け", 0.03)])
    assert view.neighbour_labels() == ["ば", "ぱ"]
    button = next(b for b in view.neighbour_buttons if b.text() == "ぱ")
    assert button.isVisible() and "ぱ" in button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.write_line.text().endswith("ぱ")
    view.show_prediction([("7", 0.9), ("1", 0.1)])  # not a kana: nothing offered
    assert view.neighbour_labels() == [] and not view.neighbours.isVisible()
    view.show_prediction([("つ", 0.4)])  # unsure answers offer them too
    assert view.neighbour_labels() == ["づ", "っ"]
    # A small and a full-size kana look alike in a button: the tooltip says which it is.
    tips = {b.text(): b.toolTip() for b in view.neighbour_buttons if not b.isHidden()}
    assert "small つ" in tips["っ"] and "dakuten" in tips["づ"]
    view.show_prediction([("ゎ", 0.8)])
    assert [b.toolTip() for b in view.neighbour_buttons if not b.isHidden()] == ["Write わ: full size"]
    view.show_prediction([("ぱ", 0.8)])
    tips = {b.text(): b.toolTip() for b in view.neighbour_buttons if not b.isHidden()}
    assert "without a mark" in tips["は"] and "dakuten" in tips["ば"]
    # A neighbour already among the candidates is not offered again.
    view.show_prediction([("い", 0.7), ("ぃ", 0.2), ("り", 0.1)])
    assert view.neighbour_labels() == [] and not view.neighbours.isVisible()
    view.show_prediction([("は", 0.7), ("ば", 0.2)])
    assert view.neighbour_labels() == ["ぱ"]
    # A letter drawn the same in both cases: the other case is offered there, the candidates stay in order.
    view.show_prediction([("W", 0.66), ("N", 0.2), ("A", 0.063)])
    assert view.neighbour_labels() == ["w"]
    assert [b.toolTip() for b in view.neighbour_buttons if not b.isHidden()] == ["Click to write “w” (small letter W)"]
    view.show_prediction([("c", 0.6), ("C", 0.3)])
    assert view.neighbour_labels() == []
    view.show_message("Draw a character on the pad.")
    assert view.neighbour_labels() == []
    # Esc on a focused neighbour key clears the pad and gives the focus back to it: it went nowhere (walk 128)
    view.show_prediction([("は", 0.9)])
    button = next(b for b in view.neighbour_buttons if b.text() == "ば")
    panel.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    panel.escape_action.trigger()
    assert panel.pad.hasFocus()


def test_a_flat_line_on_the_hiragana_pad_writes_the_prolonged_sound_mark(qtbot):
    """Hiragana text has ー too (らーめん): the bundled hiragana model reads a flat line as ー (a fresh-eyes walk's
    line read as へ at 99 % before ー joined hiragana-all). A model without ー (the tutorial's 71) offers it beside
    へ under "Also:"."""
    from guiapp import paths
    from guiapp.core.recognition import Recognizer
    from qt.recognize_helpers import draw_stroke, live_panel

    panel = live_panel(qtbot)
    try:
        panel.set_recognizer(Recognizer(paths.resource("models") / "hiragana.h5", warm_up=False))
        draw_stroke(panel.pad, [(0.2 + 0.05 * i, 0.5 + 0.01 * (i % 2)) for i in range(13)])
        qtbot.waitUntil(lambda: not panel.worker.busy() and panel.prediction is not None, timeout=30_000)
        assert panel.prediction.top[0][0] == "ー"
        panel.pad.setFocus()
        qtbot.keyClick(panel.pad, Qt.Key.Key_Return)
        assert panel.write_line.text() == "ー"
        view = panel.predictions
        view.show_prediction([("へ", 0.99), ("く", 0.005)])  # as a model without ー reads the line
        assert view.neighbour_labels() == ["べ", "ぺ", "ー"]
        button = next(b for b in view.neighbour_buttons if b.text() == "ー")
        assert "prolonged sound mark" in button.toolTip()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert panel.write_line.text() == "ーー"
        view.show_prediction([("ロ", 0.99), ("コ", 0.005)])  # 口 drawn, read as katakana (walk 146)
        assert view.neighbour_labels() == ["口"]
        button = next(b for b in view.neighbour_buttons if b.text() == "口")
        assert button.toolTip() == "Write 口: the kanji that looks like the katakana ロ"
    finally:
        panel.worker.stop()


def test_small_kana_are_read_from_the_lower_half_and_against_the_writers_previous_kana(qtbot):
    """The pad of a model with small kana shows its middle line; っ written small below it reads っ, つ written
    full size reads つ; a writer who wrote あ at half the pad has their つ at that size read as つ, unless the write was
    undone (issue #23)."""
    import keras
    import numpy as np

    from guiapp.core import kana_size
    from guiapp.core.datasets.builtin import BUILTINS
    from guiapp.core.datasets.synthesis import pad_drawings
    from guiapp.core.modelfile import LoadedModel
    from guiapp.core.recognition import Recognizer
    from guiapp.core.strokes import Drawing, Stroke
    from qt.recognize_helpers import draw_drawing, live_panel

    def placed(drawing, scale, anchor, to):
        a, b = np.array(anchor) * drawing.width, np.array(to) * drawing.width
        return Drawing([Stroke((s.points[:, :2] - a) * scale + b) for s in drawing.strokes], drawing.width,
                       drawing.height)

    def reads(drawing, expected):
        """Draw ``drawing`` on the cleared pad; True once the worker is idle with ``expected`` on top."""
        panel.pad.clear()
        draw_drawing(panel.pad, drawing)
        qtbot.waitUntil(lambda: not panel.worker.busy() and panel.prediction is not None
                        and panel.prediction.top[0][0] == expected, timeout=30_000)
        return True

    panel = live_panel(qtbot)
    try:
        spec = BUILTINS["hiragana-all"][1]  # a model that cannot tell つ from っ, as a kana model cannot
        model = keras.Sequential([keras.Input(spec.input_shape), keras.layers.Flatten(),
                                  keras.layers.Dense(3, kernel_initializer="zeros"), keras.layers.Softmax()])
        panel.set_recognizer(Recognizer(LoadedModel(model, ["っ", "つ", "あ"], spec), warm_up=False))
        assert panel.pad.guide_lines() == kana_size.GUIDE_LINES and "small kana" in panel.pad.guide_caption()
        tsu = pad_drawings("つ", 1, seed=2)[0]
        assert reads(tsu, "つ")
        assert reads(placed(tsu, 0.55, (0.5, 1.0), (0.48, 0.93)), "っ")
        half = placed(tsu, 0.55, (0.5, 0.5), (0.5, 0.5))
        assert reads(half, "っ")  # at half the pad with nothing written before, it looks small
        small_a = placed(pad_drawings("あ", 1, seed=3)[0], 0.55, (0.5, 0.5), (0.5, 0.5))
        panel.pad.clear()
        draw_drawing(panel.pad, small_a)
        panel.write("あ")  # this writer's full size …
        panel.undo()  # … taken back with the character
        assert panel.write_line.text() == ""
        assert reads(half, "っ")
        panel.pad.clear()
        draw_drawing(panel.pad, small_a)
        panel.write("あ")
        panel.undo()
        panel.redo()  # written again, with its size
        assert panel.write_line.text() == "あ"
        assert reads(half, "つ")
        panel.write_line.set_text("")  # a new line forgets the writer
        assert reads(half, "っ")
        # Kanji taught to the kana model are drawn without the small-kana line (walk 106); kana collected keep it
        panel.pad.clear()
        assert panel.collect_bar.start_collect("日本", 2)
        assert panel.pad.guide_lines() == () and "MNIST" in panel.grid_action.toolTip()
        panel.collect_bar.stop_collect()
        panel.collect_bar.collectionStopped.emit()
        assert panel.pad.guide_lines() == kana_size.GUIDE_LINES
        assert panel.collect_bar.start_collect("っつ", 2)
        assert panel.pad.guide_lines() == kana_size.GUIDE_LINES
        panel.collect_bar.stop_collect()
    finally:
        panel.worker.stop()


def test_a_small_kana_candidate_shows_small_and_says_so(qtbot):
    """っ and つ are one shape at two sizes: a candidate row draws a kana in its writing cell, a small one written
    small, and the line above says which Enter writes; glyphs stay legible when the rows shrink to their minimum."""
    from PySide6.QtGui import QImage

    from guiapp.qt.recognize.predictions import CandidateRow, PredictionsView

    view = PredictionsView()
    qtbot.addWidget(view)
    view.show_prediction([("っ", 0.9), ("つ", 0.05)])
    assert "っ" in view.headline.text() and "つ" in view.headline.text() and "Small" in view.headline.text()
    assert "below" in view.headline.text()  # つ is the second candidate
    view.show_prediction([("っ", 0.9), ("う", 0.05)])
    assert "under Also" in view.headline.text() and view.neighbour_labels()[0] == "つ"  # where つ is offered
    view.show_prediction([("つ", 0.9), ("っ", 0.05)])
    assert "Small" not in view.headline.text()
    # A letter of one shape in both cases too: the top answer's larger font drew its o as tall as the Q below it,
    # and a walk read o as O
    view.set_labels(["o", "O", "Q", "x"])
    view.show_prediction([("o", 0.8), ("Q", 0.1)])
    assert view.headline.text() == "Small o (read from its size); capital O is under Also."
    view.show_prediction([("O", 0.8), ("o", 0.1)])
    assert view.headline.text() == "Capital O (read from its size); small o is below."
    view.show_prediction([("Q", 0.8), ("o", 0.1)])
    assert "read from its size" not in view.headline.text()

    def ink_height(label: str, height: int) -> int:
        row = CandidateRow(1)
        qtbot.addWidget(row)
        row.resize(240, height)
        row.set_candidate(label, 0.5)
        image = row.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        paper = image.pixelColor(2, 2).lightness()
        rows = [y for y in range(image.height())
                if any(image.pixelColor(x, y).lightness() < paper - 100 for x in range(40))]
        return rows[-1] - rows[0] + 1 if rows else 0

    assert ink_height("っ", 38) < 0.75 * ink_height("つ", 38)
    assert ink_height("つ", 24) >= 10  # at the minimum row height too (a 16 px font; つ is 0.7 em tall)



def test_a_kana_candidate_shows_its_romaji(qtbot):
    """No reading anywhere: a learner could not tell あ from お in the list (a walk). The row draws the romaji in
    muted text beside the kana, and its tooltip says it; a digit has none."""
    from PySide6.QtGui import QImage

    from guiapp.qt.recognize.candidate_tips import ROMAJI_WIDTH
    from guiapp.qt.recognize.predictions import GLYPH_WIDTH, CandidateRow

    def drawn(label: str):
        """(the first column of the bar's blue, whether anything is drawn between the label and the bar), row"""
        row = CandidateRow(1)
        qtbot.addWidget(row)
        row.resize(240, 38)
        row.set_candidate(label, 0.0)  # an empty bar: its blue is the stub at its start
        image = row.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        blue = [x for x in range(image.width()) for y in (19,)
                if image.pixelColor(x, y).blue() - image.pixelColor(x, y).red() > 60]
        paper = image.pixelColor(int(GLYPH_WIDTH) + 1, 1).lightness()
        between = any(image.pixelColor(x, y).lightness() < paper - 60
                      for x in range(int(GLYPH_WIDTH) + 2, blue[0] - 8) for y in range(image.height()))
        return blue[0], between, row

    bar, reading, row = drawn("し")
    assert bar >= GLYPH_WIDTH + ROMAJI_WIDTH and reading and "(shi)" in row.toolTip()
    bar, reading, row = drawn("7")
    assert bar < GLYPH_WIDTH + ROMAJI_WIDTH and not reading and "(" not in row.toolTip().split("\n")[0]


def test_where_the_next_kana_goes_is_shown_while_the_pad_has_the_focus(qtbot):
    """A fix in the middle of a word left the line's cursor there, unseen once the pad took the pen, and the next kana
    went in mid-word: "きって" then パ became "きっパて" (walk 129). Unfocused, a cursor before the end is drawn."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QLineEdit

    from guiapp.qt.recognize.write_line import WriteLine

    line, other = WriteLine(), QLineEdit()
    qtbot.addWidget(line)
    qtbot.addWidget(other)
    line.show()
    line.set_text("がっこう きって", cursor=7)
    assert not line.field.hasFocus() and line.field.shows_insertion_point()
    accent = line.field.palette().color(QPalette.ColorRole.Highlight)
    bar = line.field.cursorRect()
    image = line.field.grab().toImage()
    column = [image.pixelColor(bar.center().x(), y) for y in range(bar.top() + 2, bar.bottom() - 1)]
    assert any(abs(c.red() - accent.red()) + abs(c.green() - accent.green()) + abs(c.blue() - accent.blue()) < 60
               for c in column)
    line.set_text("がっこう きって")  # at the end, where writing goes on: nothing drawn
    assert not line.field.shows_insertion_point()
