"""When an answer is said to be unsure: its best guess has less than LOW_CONFIDENCE of the probability. The window
shows it with amber bars and "Not sure", the command line with "(unsure …)", and an export's JSON gives the figure
as "unsure_below" (a maker's robot had no cut-off to go by: walk 148). Kept apart from :mod:`.recognition`, which
the window imports only once a model loads."""

from __future__ import annotations

LOW_CONFIDENCE = 0.5


def is_unsure(top) -> bool:
    """Whether ``top`` ((label, probability) pairs, best first) is an unsure answer; none at all is."""
    return not top or top[0][1] < LOW_CONFIDENCE


__all__ = ["LOW_CONFIDENCE", "is_unsure"]
