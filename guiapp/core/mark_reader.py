"""A second look at the sound marks (゛ ゜): a small network that reads only whether a kana carries a dakuten, a
handakuten or neither, from the top right of the image at a finer scale than the kana model's.

Why. The kana models read a kana at 32×32, where a dakuten is two or three pixels and a stroke that ends in a
thick head or an upturned hook at the top right looks the same: printed Mincho ヒ read as ビ or ピ (ヒ 58 %), ソ's
teardrop head as ゾ. On the pad the strokes settle that (:mod:`guiapp.core.kana_marks`); an image has no strokes.
The reader sees the top right of the character, where marks go, at 1.5 (hiragana) or 2.25 (katakana) times the
kana model's scale (its file says which), and was trained on synthetic writers whose plain kana sometimes end a
stroke there in a head or a hook, labelled "no mark", so a head is not a mark to it (scripts/mark_reader_recipe.py;
measured in docs/kana.md, "Printed fonts: the sound-mark reader").

How its reading is used. Only when the model's answer carries a mark (ば) and the model is not sure of it
(:data:`SURE`): what printed fonts get wrong is a stroke end taken for a mark (Mincho ヒ as ビ, と as ど), and on the
validation font families a reader that may only take a mark away read better than one free to add or swap marks
(hiragana 99.53 against 99.20 %, katakana 99.42 against 99.36 %: docs/kana.md). Then each family in the model's
labels (は ば ぱ) keeps its total probability, shared out again by ``model share^(1 - w) × reader share^w`` (``w`` =
:data:`WEIGHT`, chosen on the validation font families); that reading is kept when it takes the answer's mark away
(ば → は) or keeps the answer, and dropped when it would swap the mark (ば → ぱ); a reader sure there is no mark
(:data:`NO_MARK`) takes it away outright. Only for images: on the pad the strokes show which ink is a mark
(:mod:`guiapp.core.kana_marks`), the reader added nothing there (benchmarks/bench_kana_marks.py: plain and marked
kana within 1 % either way) and would cost ~0.25 ms of every live recognition of a marked kana.

Where it lives. Inside the kana model's ``.h5``, beside its converted form: a root dataset ``guiapp_mark_reader``
(LiteRT flatbuffer bytes) and a root attribute ``guiapp_mark_reader_info`` (JSON: the fit it reads, the part of it
it sees, the order of its three outputs, its parity with Keras). Keras ignores both. Read with h5py and LiteRT, never TensorFlow; a reader
that is missing, damaged or not as described is ignored (logged) and the model reads alone, as before.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from guiapp.core import kana
from guiapp.core.preprocess import PreprocessSpec

log = logging.getLogger(__name__)

DATASET = "guiapp_mark_reader"
ATTR_INFO = "guiapp_mark_reader_info"
STATES = ("none", "dakuten", "handakuten")  # the reader's outputs, in this order
# The reader is not asked when the model is this sure of a marked answer. On the validation font families no
# reading changed an answer the model gave with more than 0.997 (katakana; hiragana 0.990), so accuracy stays as it
# was while three images of a marked kana in four (printed or handwritten) skip the reader's ~0.2 ms (docs/kana.md,
# "The reader only when the model is unsure").
SURE = 0.999
# How much of a family's split the reader decides (the model keeps 1 - WEIGHT, geometrically). Chosen on the
# validation font families from 0, 0.5, 0.7 and 1 (docs/kana.md); the test families were not looked at.
WEIGHT = 0.7
# When the reader is at least this sure that there is no mark, the mark goes whatever the model's share: a model
# sure of ビ at 0.999 kept it under the split above though the reader read "none" at 0.97 (Mincho ヒ). Chosen on
# the validation font families from 0.5–0.95 (katakana one glyph better at 0.7–0.95, hiragana worse below 0.95);
# drawings opened as images read the same at 0.95 (docs/kana.md, "Each font file once").
NO_MARK = 0.95


def _state_of(char: str) -> int:
    mark = kana.split_mark(char)[1]
    return STATES.index("dakuten" if mark == kana.DAKUTEN else "handakuten" if mark == kana.HANDAKUTEN else "none")


@dataclass(frozen=True)
class Families:
    """The families the reader can split in some labels, as arrays (one row a family, padded to three members)
    so that a live recognition splits them all in a few vector operations (a loop over 21 families cost 0.2 ms)."""

    members: np.ndarray  # (F, 3) label indices; padding repeats the family's plain kana
    states: np.ndarray  # (F, 3) the reader's output for each member
    real: np.ndarray  # (F, 3) False where padded
    plain_of: np.ndarray  # (K,) for each label, its plain kana's index when it carries a mark, else -1

    def __len__(self) -> int:
        return len(self.members)


@lru_cache(maxsize=32)
def _families(labels: tuple[str, ...]) -> Families:
    index = {label: i for i, label in enumerate(labels)}
    rows = []
    for plain, i in index.items():
        if not kana.is_kana(plain) or kana.base(plain) != plain:
            continue  # a marked or small kana: its row is its plain kana's
        members = [index[m] for m in kana.family(plain) if m in index and (m == plain or kana.split_mark(m)[1])]
        if len(members) > 1:
            rows.append(members)
    members = np.array([row + [row[0]] * (3 - len(row)) for row in rows], np.int64).reshape(-1, 3)
    real = np.array([[True] * len(row) + [False] * (3 - len(row)) for row in rows], bool).reshape(-1, 3)
    states = np.vectorize(lambda i: _state_of(labels[i]), otypes=[np.int64])(members) if len(rows) else members
    plain_of = np.full(len(labels), -1, np.int64)
    for row in rows:
        plain_of[row[1:]] = row[0]
    return Families(members, states, real, plain_of)


def families(labels) -> Families:
    """The families the reader can split in ``labels`` (は ば ぱ, か が …); empty for labels without any."""
    return _families(tuple(str(label) for label in labels))


def by_read_marks(probabilities: np.ndarray, found: Families, read: np.ndarray, weight: float = WEIGHT) -> np.ndarray:
    """``probabilities`` (K,) with each family of ``found`` (:func:`families` of the model's labels) shared out
    again by the model and the reader's ``read`` (its three outputs, :data:`STATES` order): the family's total kept,
    split by ``model share^(1 - weight) × reader share^weight``."""
    out = np.array(probabilities, np.float32, copy=True)
    if not len(found):
        return out
    shares = out[found.members].astype(np.float64) * found.real
    totals = shares.sum(axis=1, keepdims=True)
    model_share = shares / np.maximum(totals, 1e-30)
    reader = np.asarray(read, np.float64)[found.states] * found.real
    reader_share = reader / np.maximum(reader.sum(axis=1, keepdims=True), 1e-12)
    split = (model_share ** (1.0 - weight) * reader_share ** weight + 1e-12) * found.real
    values = totals * split / split.sum(axis=1, keepdims=True)
    out[found.members[found.real]] = values[found.real].astype(np.float32)
    return out


@dataclass
class MarkReader:
    """A loaded reader for one model's labels: ``read`` one drawing's ink coverage
    (:func:`~guiapp.core.coverage.to_coverage`) → its three outputs; ``apply`` → the model's probabilities read
    again."""

    lite: object  # guiapp.core.inference.litert.LiteModel
    spec: PreprocessSpec  # the character fitted as the reader was trained (the scale)
    info: dict
    found: Families  # the model's families
    side: int = 0  # the reader sees side × side of that fit (0: all of it) …
    offset: tuple[float, float] = (0.0, 0.0)  # … centred this far from the fit's centre, in pixels (right, down)

    def read(self, coverage: np.ndarray, window=None) -> np.ndarray:
        """``window``: the spec's :meth:`~PreprocessSpec.fit_window` of ``coverage`` when known (the kana model's,
        carried over: :meth:`PreprocessSpec.carry_window`). The bundled reader looks at the top right 32×32 of a
        48×48 fit: where marks go, at half the cost of the whole."""
        window = self.spec.fit_window(coverage) if window is None else window
        if window is not None:
            cx, cy, scale = window
            window = (cx + self.offset[0] / scale, cy + self.offset[1] / scale, scale)
        size = (self.side, self.side) if self.side else None
        return self.lite.run_one(self.spec.apply_coverage(coverage, window, size))

    def asked(self, probabilities: np.ndarray) -> bool:
        """Whether :meth:`apply` runs the reader for the model's ``probabilities``: the answer carries a mark and
        the model gave it less than :data:`SURE`."""
        top = int(np.argmax(probabilities))
        return bool(self.found.plain_of[top] >= 0 and probabilities[top] < SURE)

    def apply(self, probabilities: np.ndarray, coverage: np.ndarray, window=None) -> np.ndarray:
        """The kana model's ``probabilities`` for ``coverage``, its families split again with the reader's
        reading unless that gives the answer another mark or another kana (ば → ぱ); the reader is run only when
        :meth:`asked`."""
        if not self.asked(probabilities):
            return probabilities
        top = int(np.argmax(probabilities))
        plain = int(self.found.plain_of[top])
        reading = self.read(coverage, window)
        if reading[0] >= NO_MARK:
            taken = np.array(probabilities, np.float32, copy=True)
            taken[plain] += taken[top]
            taken[top] = 0.0
            return taken
        read = by_read_marks(probabilities, self.found, reading)
        # Kept when it takes the mark away or keeps the answer (its doubt then shows in the probabilities).
        return read if int(np.argmax(read)) in (top, plain) else probabilities


def embed(h5_path, content: bytes, info: dict) -> None:
    """Write a reader into an ``.h5`` that is not yet visible (the caller's temporary copy, then ``os.replace``)."""
    from guiapp.core.inference.store import embed_bytes

    embed_bytes(h5_path, DATASET, ATTR_INFO, content, lambda _h5: dict(info, states=list(STATES)))


def load(path, labels) -> MarkReader | None:
    """The reader inside the model file at ``path`` (already through the safety checks), for the model's ``labels``,
    or None: no reader, or one that is damaged or not the kind described here (logged; the model then reads
    alone)."""
    from guiapp.core.inference.litert import LightModelError, LiteModel
    from guiapp.core.inference.store import read_bytes

    if path is None or Path(path).suffix.lower() not in (".h5", ".hdf5"):
        return None
    try:
        import h5py

        with h5py.File(path, "r") as h5:
            found = read_bytes(h5, DATASET, ATTR_INFO)
        if found is None:
            return None
        content, info = found
        if not isinstance(info, dict) or tuple(info.get("states") or ()) != STATES:
            raise ValueError("its outputs are not none / dakuten / handakuten")
        spec = PreprocessSpec.from_dict(info["spec"])
        side = int(info.get("side", 0))
        offset = tuple(float(v) for v in info.get("offset", (0.0, 0.0)))
        if not 0 <= side <= min(spec.height, spec.width) or len(offset) != 2 or not all(np.isfinite(offset)):
            raise ValueError("its window is not described")
        shape = (side, side, spec.channels) if side else spec.input_shape
        return MarkReader(LiteModel(content, shape, len(STATES)), spec, info, families(labels), side, offset)
    except (OSError, ValueError, TypeError, KeyError, LightModelError) as exc:
        log.warning("%s: its sound-mark reader cannot be used (%s); the model reads alone", path, exc)
        return None


__all__ = ["ATTR_INFO", "DATASET", "Families", "MarkReader", "NO_MARK", "STATES", "WEIGHT", "by_read_marks", "embed",
           "families", "load"]
