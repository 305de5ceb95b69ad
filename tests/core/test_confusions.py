"""The classes "Draw what it confuses" collects, and the before/after accuracy it reports."""

import numpy as np

from guiapp.core.confusions import before_after, class_accuracy, confused_classes
from guiapp.core.evaluation import EvaluationReport, per_class_metrics


def report(confusion, labels):
    confusion = np.asarray(confusion, np.int64)
    total = int(confusion.sum())
    return EvaluationReport(float(np.trace(confusion)) / total, 1.0, 5, total, labels, confusion,
                            per_class_metrics(confusion, labels), [])


LABELS = ["1", "7", "3", "8", "0"]
BEFORE = [[9, 6, 0, 0, 0],   # 1 read as 7 six times
          [4, 10, 0, 0, 0],  # 7 read as 1 four times
          [0, 0, 8, 5, 0],   # 3 read as 8 five times
          [0, 0, 1, 12, 0],
          [0, 0, 0, 0, 10]]
AFTER = [[14, 1, 0, 0, 0],
         [1, 13, 0, 0, 0],
         [0, 0, 12, 1, 0],
         [0, 0, 1, 12, 0],
         [0, 0, 0, 0, 10]]


def test_the_most_confused_pairs_give_the_classes_to_draw():
    assert confused_classes(report(BEFORE, LABELS), pairs=2) == ["1", "7", "3", "8"]
    assert confused_classes(report(BEFORE, LABELS), pairs=1) == ["1", "7"]
    assert confused_classes(report(np.diag([5, 5, 5, 5, 5]), LABELS)) == []  # nothing confused: nothing to draw


def test_before_and_after_accuracy_of_those_classes():
    assert class_accuracy(report(BEFORE, LABELS), ["1", "3", "unknown"]) == {"1": (9, 15), "3": (8, 13)}
    changes = before_after(report(BEFORE, LABELS), report(AFTER, LABELS), ["1", "7", "3", "8"])
    assert [c.label for c in changes] == ["1", "7", "3", "8"]
    assert changes[0].before_rate == 9 / 15 and changes[0].after_rate == 14 / 15
    assert changes[0].text() == "1: 60% → 93%"
