"""Letter case from where the writer put the letter on the pad's guide lines.

Many small and capital letters have the same shape (c/C, o/O, s/S, …): a model that scales every drawing to the
same box cannot tell them apart, and a person cannot either without a reference. The reference is the guide the
pad draws for letter models, the lines of a school exercise book, at the heights the letter templates use in
their 109-unit box: capitals from the cap line to the baseline, small letters from the x-height line. Where the
ink starts (its top) then says which case was meant: near the cap line → capital, near the x-height line → small.

Only the case *share* of a pair moves: the model's probability for the shape (small + capital) is kept and split
by the drawn height. Without a guide (an image file), the model's own split stays. The other case of the top
answer is offered beside the candidates (:func:`other_case`), one click away; the candidates themselves stay in
order of probability.
"""

from __future__ import annotations

import math

import numpy as np

from guiapp.core.datasets.templates import TEMPLATE_BOX
from guiapp.core.preprocess import ink_box

CAP_LINE = 15.5 / TEMPLATE_BOX  # top of capitals and ascenders (b, d, h, k, l)
X_LINE = 35.0 / TEMPLATE_BOX  # top of small letters without ascenders
BASELINE = 93.0 / TEMPLATE_BOX
GUIDE_LINES = (CAP_LINE, X_LINE, BASELINE)
# Same shape in both cases (the case is in the size alone). k/K differ in the arm, and the top of k is its
# ascender, so its case is left to the model; it is still shown next to its twin among the candidates.
SIZE_DECIDES = "copsuvwxyz"
SAME_SHAPE = SIZE_DECIDES + "k"
# Width of the soft decision around the midpoint between the two lines, as a fraction of the pad: a top 3 % of
# the pad away from the midpoint is ~95 % one case.
SOFTNESS = 0.01


def other_case(label) -> str | None:
    """The same-shape letter of the other case (c → C, W → w, k → K), which the Recognize area offers beside the
    candidates ("Also:"), as it offers a kana's marked and small neighbours; None for every other label."""
    text = str(label)
    return text.swapcase() if len(text) == 1 and text.lower() in SAME_SHAPE else None


def is_cased_letter(label) -> bool:
    """One letter of a script with capitals (é, ç, ß, π as well as a): drawn on the cap line and x-height. ASCII
    alone took é and ç, taught to the Latin model, to a plain square (walk 117)."""
    text = str(label)
    return len(text) == 1 and text.isalpha() and text.lower() != text.upper()


def uses_guide(labels, spec=None) -> bool:
    """True for models whose case must come from the drawn height: they have a size-decided case pair and their
    preprocessing scales every drawing to one size (``spec.fit`` "mnist" or "box"). A size-preserving model
    (``fit="resize"``, e.g. one trained on five-fonts) sees the size itself and keeps its own answer."""
    if spec is not None and spec.fit == "resize":
        return False
    index = {str(label) for label in labels}
    return any(c in index and c.upper() in index for c in SIZE_DECIDES)


def ink_top(coverage: np.ndarray) -> float | None:
    """The first row with ink, as a fraction of the bitmap's height (None for a blank bitmap). ``coverage`` is
    the whole pad (or canvas) as ink coverage, 0 paper … 1 or 255 ink."""
    box = ink_box(coverage)
    return None if box is None else box[1]


def capital_share(top: float) -> float:
    """How much of a same-shape pair's probability goes to the capital for ink starting at ``top``."""
    midpoint = (CAP_LINE + X_LINE) / 2
    return 1.0 / (1.0 + math.exp((top - midpoint) / SOFTNESS))


def by_drawn_size(probabilities: np.ndarray, labels, top: float | None) -> np.ndarray:
    """``probabilities`` (K,) or (N, K) with each size-decided pair's total split by the ink's ``top`` (one value,
    or one per row); unchanged where ``top`` is None."""
    if top is None:
        return probabilities
    out = np.array(probabilities, np.float32, copy=True)
    rows = out if out.ndim == 2 else out[None]
    tops = np.broadcast_to(np.asarray(top, np.float64), (len(rows),))
    shares = np.array([capital_share(t) for t in tops], np.float32)
    index = {str(label): i for i, label in enumerate(labels)}
    for small in SIZE_DECIDES:
        if small in index and small.upper() in index:
            s, c = index[small], index[small.upper()]
            total = rows[:, s] + rows[:, c]
            rows[:, c] = total * shares
            rows[:, s] = total - rows[:, c]
    return out


