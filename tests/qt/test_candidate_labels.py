"""A class may be named with a word ("right", "up"): its candidate row shrinks the label to its place rather than
cutting both ends off ("igh"); a single character keeps its size."""

from PySide6.QtGui import QColor, QFont

from guiapp.qt.recognize.glyph import MIN_LABEL_PIXELS, _fitted
from guiapp.qt.recognize.predictions import GLYPH_WIDTH, CandidateRow, PredictionsView


def ink_columns(row) -> list[int]:
    image = row.grab().toImage()
    paper = QColor(row.palette().window().color()).lightness()
    return [x for x in range(int(GLYPH_WIDTH)) if any(
        abs(image.pixelColor(x, y).lightness() - paper) > 60 for y in range(image.height()))]


def test_a_word_label_fits_its_place_and_a_character_keeps_its_size(qtbot):
    font = QFont()
    font.setPixelSize(27)
    fitted, text = _fitted(font, "right", GLYPH_WIDTH)
    assert text == "right" and MIN_LABEL_PIXELS <= fitted.pixelSize() < 27
    assert _fitted(font, "7", GLYPH_WIDTH) == (font, "7")
    longer, shown = _fitted(font, "a very long class name", GLYPH_WIDTH)
    assert longer.pixelSize() == MIN_LABEL_PIXELS and shown.endswith("…")
    row = CandidateRow(0)
    qtbot.addWidget(row)
    row.resize(260, 44)
    row.set_candidate("right", 0.9)
    row.show()
    qtbot.waitExposed(row)
    columns = ink_columns(row)
    assert columns and columns[0] > 0 and columns[-1] < GLYPH_WIDTH - 1, columns  # whole: no end cut off


def test_a_letters_tooltip_names_its_case(qtbot):
    """l and I (and O and 0) are one shape in the window's sans-serif font: the tooltip says which is which."""
    row = CandidateRow(1)
    qtbot.addWidget(row)
    tips, orders = {}, {}
    for label in ("l", "I", "O", "0", "あ", "っ"):
        row.set_candidate(label, 0.2)
        tips[label], keys, *orders[label] = row.toolTip().split("\n")
        assert keys == "Keys: Alt+2"  # the second candidate: a fresh-eyes walk never found Alt+1…9
    assert orders["あ"] == ["Right-click: how it is written, stroke by stroke"]  # (KanjiVG writes l and 0 too)
    assert tips["l"] == "Click to write “l” (small letter L)" and tips["I"] == "Click to write “I” (capital letter I)"
    assert "capital letter O" in tips["O"] and tips["0"] == "Click to write “0”" and tips["あ"] == "Click to write “あ” (a)"  # with its romaji
    assert tips["っ"] == "Click to write “っ” (small つ: tsu)"  # it read "tsu", as つ does (a walk)


def test_each_candidate_names_its_keys(qtbot):
    """Enter or Alt+1 writes the top answer, Alt+2 … Alt+9 the others; a kanji grid's tenth has no key."""
    from guiapp.qt.recognize.candidate_grid import CandidateCell

    rows = [CandidateRow(rank) for rank in range(3)] + [CandidateCell(9)]
    for row in rows:
        qtbot.addWidget(row)
        row.set_candidate("日", 0.2)
    assert [row.toolTip().split("\n")[1] for row in rows[:3]] == ["Keys: Enter or Alt+1", "Keys: Alt+2", "Keys: Alt+3"]
    assert "Alt+" not in rows[3].toolTip() and rows[3].toolTip().startswith("Click to write “日”")


def test_the_focus_ring_does_not_cross_the_percentage(qtbot):
    """Reached with Tab, a candidate's ring was drawn through the "%" at the row's right edge."""
    row = CandidateRow(0)
    qtbot.addWidget(row)
    row.resize(380, 40)
    row.set_candidate("7", 1.0)
    row.show()
    row.setFocus()
    qtbot.waitUntil(row.hasFocus)
    image = row.grab().toImage()
    width, height = image.width(), image.height()
    scale = width / row.width()
    ring = int(3 * scale)  # the 2 px ring and its anti-aliasing
    text_near_ring = [(x, y) for x in range(width - int(6 * scale), width - ring) for y in range(ring, height - ring)
                      if image.pixelColor(x, y).lightness() < 90]
    assert not text_near_ring, text_near_ring[:5]


def test_word_labels_widen_the_label_column_so_the_top_answer_stays_the_largest(qtbot):
    """A shapes model of "circle", "cross" and "triangle": in a 48-px column the top answer "triangle" was
    shrunk below "cross" under it (a fresh-eyes walk). The column widens for word labels, the same in every row;
    a model of characters keeps 48 px."""
    from PySide6.QtGui import QImage

    from guiapp.qt.recognize.predictions import PredictionsView

    view = PredictionsView()
    qtbot.addWidget(view)
    view.resize(380, 320)
    view.set_labels([str(d) for d in range(10)])
    assert {row.glyph_width for row in view.rows} == {GLYPH_WIDTH}
    view.set_labels(["circle", "cross", "triangle"])
    widths = {row.glyph_width for row in view.rows}
    assert len(widths) == 1 and widths.pop() > GLYPH_WIDTH
    view.show_prediction([("triangle", 0.999), ("cross", 0.0006), ("circle", 0.0004)])
    view.show()
    qtbot.waitExposed(view)

    def ink_height(row) -> int:
        image = row.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        paper = image.pixelColor(2, 2).lightness()
        rows = [y for y in range(image.height())
                if any(image.pixelColor(x, y).lightness() < paper - 100 for x in range(int(row.glyph_width)))]
        return rows[-1] - rows[0] + 1 if rows else 0

    assert ink_height(view.rows[0]) >= ink_height(view.rows[1]) > 0


def test_a_model_of_a_few_classes_says_it_reads_everything_as_one_of_them(qtbot):
    """A model of a few symbols of one's own read a drawn 3 as ★ at 91 %, with nothing said: a classifier has no
    "none of these". The candidates' line says which classes it can answer."""
    from guiapp.qt.recognize.predictions import PredictionsView

    view = PredictionsView()
    qtbot.addWidget(view)
    view.set_labels(["★", "☆", "♥"])
    view.show_prediction([("★", 0.91), ("☆", 0.06), ("♥", 0.03)])
    assert view.headline.text() == "It knows only ★, ☆, ♥: whatever is drawn is read as one of them."
    view.set_labels(["circle", "triangle", "square", "star"])
    view.show_prediction([("star", 0.91), ("circle", 0.06)])
    assert view.headline.text() == "It knows only 4 classes: whatever is drawn is read as one of them."
    # unsure: likely none of them, not a symbol to "write more clearly" (walk 151)
    view.show_prediction([("star", 0.41), ("circle", 0.36)])
    assert view.headline.text().replace("\u00a0", " ") == (
        "Not sure: the best guess has only 41 %. It knows only 4 classes, and reads whatever is drawn as one of them.")
    view.set_labels(["★", "☆", "♥"])
    view.show_prediction([("★", 0.41), ("☆", 0.36), ("♥", 0.23)])
    assert "It knows only ★, ☆, ♥, and reads" in view.headline.text()
    view.set_labels(list("0123456789"))
    view.show_prediction([("3", 0.91), ("8", 0.06)])
    assert view.headline.text().startswith("Click a candidate")
    # It names the keys of the candidates shown: "Alt+1…9" beside five, and Alt+6 did nothing (walk 104)
    assert "(or Alt+1…2)" in view.headline.text()
    view.show_prediction([("3", 0.91)] + [(str(k), 0.01) for k in (0, 1, 2, 4, 5, 6, 7, 8, 9)])
    assert "(or Alt+1…5)" in view.headline.text()  # the five rows shown


def test_small_l_and_capital_i_look_different_as_candidates(qtbot):
    """In the window's sans-serif font "l" and "I" are one plain stroke each: as candidates they are drawn in a serif
    font (when the machine has one), where l has its flag and I its bars."""
    from PySide6.QtGui import QFontInfo

    from guiapp.qt.recognize.predictions import candidate_font

    rows = {}
    for label in ("l", "I"):
        row = rows[label] = CandidateRow(0)
        qtbot.addWidget(row)
        row.resize(260, 44)
        row.set_candidate(label, 0.5)
        row.show()
        qtbot.waitExposed(row)
    base = rows["l"].font()
    assert candidate_font("a", base).family() == base.family()  # other characters keep the window's font
    serif = candidate_font("l", base)
    if QFontInfo(serif).family() == QFontInfo(base).family():
        return  # no serif font on this machine: nothing else to draw them in
    images = [rows[label].grab().toImage().copy(0, 0, int(GLYPH_WIDTH), 44) for label in ("l", "I")]
    assert images[0] != images[1]


def test_a_drawing_of_more_strokes_than_the_model_s_characters_asks_whether_it_is_a_kanji(qtbot):
    """森 drawn on the kana model was read as ほ at 86 %, and nothing said it knows no kanji (walk 118). A drawing of
    more strokes than any character of the model's script has is said to be likely another script's; not on a model
    that knows kanji, nor one of a few symbols of one's own (which says what it knows)."""
    from guiapp.qt.recognize.headline import more_strokes_than_it_knows
    from guiapp.qt.recognize.predictions import PredictionsView

    hiragana = [chr(c) for c in range(0x3042, 0x3094)]
    view = PredictionsView()
    qtbot.addWidget(view)
    view.set_labels(hiragana)
    view.show_prediction([("ほ", 0.86), ("ま", 0.1)], strokes=12)
    assert view.headline.text().startswith("12 strokes: more than any character this model knows. A kanji?")
    assert view.is_unsure()  # its bars too: ほ at 71 % stayed a confident blue under the warning (walk 149)
    view.show_prediction([("ぼ", 0.86), ("ほ", 0.1)], strokes=6)  # ほ's 4 and the mark's 2
    assert "strokes" not in view.headline.text() and not view.is_unsure()
    digits = [str(d) for d in range(10)]
    view.set_labels(digits)
    view.show_prediction([("3", 0.68)], strokes=8)
    assert view.headline.text().startswith("8 strokes: more than any character this model knows. It reads the nearest")
    assert more_strokes_than_it_knows(digits, 6) and not more_strokes_than_it_knows(digits, 5)
    assert not more_strokes_than_it_knows([*hiragana, "森"], 12)  # taught kanji: it reads them
    # ... but a drawing of 2 strokes or more beyond the kanji it is read as may be one it was not taught: 林 (8)
    # read as 休 (6) at 100 % (walk 123)
    view.set_labels([*hiragana, "森", "休", "町", "字", "木"])
    view.show_prediction([("休", 1.0)], strokes=8)
    assert view.headline.text() == ("8 strokes, where 休 has 6: perhaps a kanji this model was not taught (it reads "
                                    "the nearest it knows).")
    view.show_prediction([("休", 1.0)], strokes=7)  # a pen lifted once
    assert "strokes" not in view.headline.text()
    assert not more_strokes_than_it_knows(["★", "☆", "♥"], 12)


def test_a_digit_is_drawn_in_serif_only_beside_letters_it_looks_like(qtbot):
    """The digits model's 1 was drawn thin in serif beside a bold sans 7 and read as another kind of answer (walk
    125): the serif tells 1 from l and I, and 0 from O, only in a model that has both."""
    from guiapp.qt.recognize.predictions import PredictionsView, lookalikes_among

    assert lookalikes_among("0123456789") == frozenset()
    assert lookalikes_among("0123456789lIO") == frozenset("1lI0O")
    assert lookalikes_among("abcdefghijklmnopqrstuvwxyzI") == frozenset("lI")
    view = PredictionsView()
    qtbot.addWidget(view)
    view.set_labels(list("0123456789"))
    assert all(row.lookalikes == frozenset() for row in view.rows)
    view.set_labels(list("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    assert view.rows[0].lookalikes == frozenset("1lI0oO")


def test_a_candidate_s_stroke_order_is_a_right_click_away(qtbot):
    """Stroke order showed only while Teach… prompted a character: a learner checking how で is written found it
    nowhere (walk 154). A candidate whose order is known says so in its tooltip and shows it, numbered, above its
    row; one without a known order (a symbol) offers nothing."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QLabel

    row = CandidateRow(0)
    qtbot.addWidget(row)
    row.show()
    row.set_candidate("で", 0.9)
    assert "Right-click: how it is written, stroke by stroke" in row.toolTip()
    row.show_order()
    first = row.order_popup
    qtbot.waitUntil(first.isVisible)
    titles = [label.text() for label in first.findChildren(QLabel)]
    assert any(title.startswith("で: 3 strokes") for title in titles), titles
    row.show_order()  # again: the one shown before closes, one is shown
    assert row.order_popup is not first and row.order_popup.isVisible()
    row.set_candidate("★", 0.5)
    assert "Right-click" not in row.toolTip()
    QApplication.sendEvent(row, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5)))  # no menu: nothing
    assert QApplication.activePopupWidget() is None


def test_a_candidate_s_stroke_order_leaves_the_other_candidates_in_view(qtbot):
    """Shown from the second candidate, the stroke order opened under its row and covered the three below it, their
    bars and percentages; it opens under the candidate list."""
    from PySide6.QtCore import QPoint, QRect

    view = PredictionsView()
    qtbot.addWidget(view)
    view.set_labels(list("てでそぞずご"))
    view.show()
    view.show_prediction([("で", 0.5), ("て", 0.3), ("そ", 0.1), ("ず", 0.05), ("ご", 0.05)])
    view.rows[1].show_order()
    popup = view.rows[1].order_popup
    qtbot.waitUntil(popup.isVisible)
    for row in view.rows:
        assert not popup.frameGeometry().intersects(QRect(row.mapToGlobal(QPoint(0, 0)), row.size())), row.label
