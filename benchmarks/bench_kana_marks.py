"""Sound marks read from the pad's strokes (issue #23, guiapp.core.kana_marks): the bundled kana models on every
plain/marked family (ヒ/ビ/ピ, は/ば/ぱ), with and without the mark rule, for synthetic writers of another seed than
the rule's limits were read from, as they draw and with a hand nobody trained on: long strokes ending in a flick
(hane) turned upwards, the shape that makes printed Mincho ヒ read as ビ.

Reports, per script and case: plain kana right, marked kana right, the worst family, and the rule alone (marked
drawings where it finds a mark; plain drawings where it finds none, so that it acts; a loop found on ゜ and
on ゛ drawings). Each three ways: the model alone ("model"), with the rule ("rule"), and with the kana read again
without its mark's strokes too ("again": how the pad reads). A third case moves each marked kana's mark to the
top right corner (walk 154's で, whose synthesised form has its ゛ under the bar).

    python3 benchmarks/bench_kana_marks.py [--per-char 40] [--seed 7]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

MODELS = Path(__file__).resolve().parents[1] / "resources" / "models"


def flicked(drawing, rng: np.random.Generator, share: float = 0.6):
    """``drawing`` with ``share`` of its long strokes (over 0.2 of the pad) ending in a short flick turned 60–120°
    from the stroke's last direction, to whichever side is upwards, 0.03–0.07 of the pad long."""
    from guiapp.core.strokes import Drawing, Stroke

    side = max(drawing.width, drawing.height)
    strokes = []
    for stroke in drawing.strokes:
        points = stroke.points[:, :2]
        extent = float(np.max(points.max(axis=0) - points.min(axis=0)))
        if len(points) >= 2 and extent > 0.2 * side and rng.random() < share:
            direction = points[-1] - points[-2]
            heading = math.atan2(direction[1], direction[0])
            turn = math.radians(rng.uniform(60, 120))
            options = [heading + turn, heading - turn]
            angle = min(options, key=math.sin)  # y grows downwards: the smaller sine points up
            length = rng.uniform(0.03, 0.07) * side
            tip = [points[-1] + np.array([math.cos(angle), math.sin(angle)]) * length * t for t in (0.5, 1.0)]
            points = np.vstack([points, tip])
        strokes.append(Stroke(points))
    return Drawing(strokes, drawing.width, drawing.height)


def in_the_corner(drawing):
    """``drawing`` with its ゛ or ゜ moved to the top right corner, right of the kana and up by its top, where most
    kana have it and where walk 154 wrote で's (the synthesised で, as KanjiVG's, has it under the bar); None where
    the strokes do not show the mark apart."""
    from guiapp.core import kana_marks
    from guiapp.core.strokes import Drawing, Stroke

    kind, marks = kana_marks.mark_strokes(drawing)
    if not kind:
        return None
    base = np.vstack([s.points[:, :2] for n, s in enumerate(drawing.strokes) if n not in marks])
    (left, top), (right, bottom) = base.min(axis=0), base.max(axis=0)
    side = max(right - left, bottom - top)
    mark = np.vstack([drawing.strokes[n].points[:, :2] for n in marks])
    (mark_left, mark_top), (mark_right, mark_bottom) = mark.min(axis=0), mark.max(axis=0)
    shift = np.array([min(right - 0.05 * side - mark_left, 0.98 * drawing.width - mark_right),  # (on the pad)
                      max(top + 0.12 * side - mark_bottom, 0.02 * drawing.height - mark_top)])
    strokes = []
    for n, stroke in enumerate(drawing.strokes):
        points = stroke.points.copy()
        if n in marks:
            points[:, :2] += shift
        strokes.append(Stroke(points))
    return Drawing(strokes, drawing.width, drawing.height)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-char", type=int, default=40, help="drawings of each kana per case")
    parser.add_argument("--seed", type=int, default=7, help="the writers' seed (the rule's limits: seed 0)")
    args = parser.parse_args()

    from guiapp.core import kana, kana_marks, kana_size
    from guiapp.core.datasets.synthesis import pad_drawings
    from guiapp.core.recognition import Recognizer

    rng = np.random.default_rng(args.seed)
    for name in ("hiragana", "katakana"):
        recognizer = Recognizer(MODELS / f"{name}.h5")
        labels = [str(label) for label in recognizer.labels]
        pairs = kana_marks.mark_pairs(labels)
        chars = sorted({labels[i] for pair in pairs for i in pair})
        # the model alone; with the rule of the strokes seen (no mark drawn: no marked kana); with the kana read
        # again without its mark's strokes too (Recognizer._read_without_mark), as the pad reads
        rules = ("model", "rule ", "again")
        for case in ("as drawn", "flicked", "in the corner"):
            right = {rule: {} for rule in rules}  # rule → char → hits
            found = {}
            for char in chars:
                drawings = pad_drawings(char, args.per_char, args.seed * 1000 + ord(char))
                if case == "flicked":
                    drawings = [flicked(d, rng) for d in drawings]
                if case == "in the corner":  # marked kana only: a plain one has no mark to move
                    has_mark = kana.split_mark(char)[1]
                    drawings = [d for d in map(in_the_corner, drawings) if d is not None] if has_mark else []
                if not drawings:
                    continue
                inputs = np.stack([recognizer.preprocess(d) for d in drawings])
                for drawing, p in zip(drawings, recognizer.infer(inputs)):
                    box = kana_size.drawing_box(drawing)
                    for rule in rules:
                        q = recognizer._read_without_mark(p, drawing, None) if rule == "again" else p  # noqa: SLF001
                        q = kana_marks.by_drawn_marks(q, labels, drawing) if rule != "model" else q
                        q = kana_size.by_drawn_size(q, labels, box)
                        right[rule].setdefault(char, []).append(labels[int(np.argmax(q))] == char)
                    found.setdefault(char, []).append(kana_marks.marks_drawn(drawing))
            marked = [c for c in chars if kana.split_mark(c)[1] and c in found]
            plain = [c for c in chars if not kana.split_mark(c)[1] and c in found]
            for rule in rules:
                hits = right[rule]
                families = {}
                for c in hits:
                    families.setdefault(kana.split_mark(c)[0], []).extend(hits[c])
                worst = sorted((float(np.mean(v)), f) for f, v in families.items())[:3]
                plain_share = f"{100 * np.mean([h for c in plain for h in hits[c]]):.1f} %" if plain else "–"
                print(f"{name:8} {case:13} {rule}: plain {plain_share}, marked "
                      f"{100 * np.mean([h for c in marked for h in hits[c]]):.1f} %; weakest families "
                      + ", ".join(f"{f}… {100 * v:.1f} %" for v, f in worst), flush=True)
            def share(chars, test) -> str:
                shares = [test(f) for c in chars for f in found[c]]
                return f"{100 * np.mean(shares):.1f} %" if shares else "–"

            round_ones = [c for c in marked if kana.split_mark(c)[1] == kana.HANDAKUTEN]
            ticked = [c for c in marked if kana.split_mark(c)[1] == kana.DAKUTEN]
            print(f"{name:8} {case:9} the rule alone: a mark found on {share(marked, bool)} of marked drawings, "
                  f"none on {share(plain, lambda f: not f)} of plain ones; a loop found on "
                  f"{share(round_ones, lambda f: f == 'round')} of ゜ drawings, on "
                  f"{share(ticked, lambda f: f == 'round')} of ゛ ones", flush=True)


if __name__ == "__main__":
    main()
