"""Closed boxes show a long name with its middle elided, not cut at the right: the Train tab's dataset box read
"my-handwritin", Evaluation's model box lost a run's time."""

from __future__ import annotations

from guiapp.qt.eliding_combo import ElidingComboBox
from guiapp.qt.train.evaluation import EvaluationView
from guiapp.qt.train.settings import TrainingSettings


def test_a_long_name_keeps_its_start_and_end(qtbot):
    box = ElidingComboBox()
    qtbot.addWidget(box)
    box.addItems(["digits", "my-handwriting+digits · inkling · 2026-12-02 19:01"])
    box.setFixedWidth(150)
    box.show()
    qtbot.waitExposed(box)
    assert box.shown_text() == "digits"
    box.setCurrentIndex(1)
    shown = box.shown_text()
    assert "…" in shown and shown.startswith("my-") and shown.endswith("01")


def test_a_long_name_does_not_widen_the_box(qtbot):
    """Sized to its longest name, the Train tab's dataset box widened the whole settings column."""
    box, plain = ElidingComboBox(), ElidingComboBox()
    qtbot.addWidget(box)
    qtbot.addWidget(plain)
    plain.addItems(["digits"])
    box.addItems(["digits", "my-handwriting-letters-and-symbols"])
    assert box.sizeHint().width() == plain.sizeHint().width()


def test_the_train_and_evaluation_boxes_elide(qtbot):
    settings, evaluation = TrainingSettings(), EvaluationView()
    qtbot.addWidget(settings)
    qtbot.addWidget(evaluation)
    assert isinstance(settings.dataset, ElidingComboBox)
    assert isinstance(evaluation.model, ElidingComboBox) and isinstance(evaluation.dataset_box, ElidingComboBox)
