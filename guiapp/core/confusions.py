"""What the model needs: the classes an evaluation found most confused, and how their accuracy changed after the
user drew more of them ("Draw what it confuses" in the Train area's Evaluation tab)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DRILL_PAIRS = 3  # the most confused pairs whose classes are collected: few enough to draw in a few minutes


def confused_classes(report, pairs: int = DRILL_PAIRS) -> list[str]:
    """The classes of the ``pairs`` largest off-diagonal cells of ``report``'s confusion matrix, in order of how
    much they are confused (both sides of each pair: drawing more of a class teaches both where it ends)."""
    out: list[str] = []
    for true, predicted, _count in report.most_confused(pairs):
        for label in (true, predicted):
            if label not in out:
                out.append(label)
    return out


def class_accuracy(report, classes: list[str]) -> dict[str, tuple[int, int]]:
    """{class: (correct, evaluated)} from ``report``'s confusion matrix; classes it does not know are left out."""
    confusion = np.asarray(report.confusion)
    out = {}
    for label in classes:
        if label in report.labels:
            i = report.labels.index(label)
            out[label] = (int(confusion[i, i]), int(confusion[i].sum()))
    return out


@dataclass
class Change:
    label: str
    before: tuple[int, int]  # (correct, evaluated)
    after: tuple[int, int]

    @staticmethod
    def _rate(pair: tuple[int, int]) -> float | None:
        return pair[0] / pair[1] if pair[1] else None

    @property
    def before_rate(self) -> float | None:
        return self._rate(self.before)

    @property
    def after_rate(self) -> float | None:
        return self._rate(self.after)

    def text(self) -> str:
        def pct(rate):
            return "–" if rate is None else f"{rate:.0%}"

        return f"{self.label}: {pct(self.before_rate)} → {pct(self.after_rate)}"


def before_after(before, after, classes: list[str]) -> list[Change]:
    """Per-class accuracy of ``classes`` in two evaluations of the same data (before and after fine-tuning)."""
    first, second = class_accuracy(before, classes), class_accuracy(after, classes)
    return [Change(label, first.get(label, (0, 0)), second.get(label, (0, 0))) for label in classes]


__all__ = ["Change", "DRILL_PAIRS", "before_after", "class_accuracy", "confused_classes"]
