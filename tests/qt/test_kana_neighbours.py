"""The Recognize area offers a kana's voiced / small neighbours as one-click alternatives (issue #23)."""

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
    view.show_message("Draw a character on the pad.")
    assert view.neighbour_labels() == []
