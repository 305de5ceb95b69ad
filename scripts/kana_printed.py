"""Printed fonts through a kana model the way the pad reads them (issue #23): every kana glyph printed on a pad
(guiapp.core.datasets.fonts.render_on_pad), small kana written small (at 0.75 of the em box, on the pad's bottom),
the model input from the whole pad and the size of a small/large pair from where the ink sits
(guiapp.core.kana_size), the sound marks read again by the model's mark reader when it has one
(guiapp.core.mark_reader). Used by scripts/bundled_models.py evaluate for models that know small kana."""

from __future__ import annotations

import numpy as np

SMALL_ON_PAD = 0.75  # small kana printed at this part of the em box: about 0.6 of a large kana's ink


def printed_on_pad(recognizer, chars: str, fonts_of, variants: int, seed: int = 0) -> dict:
    """Exact top-1 over every glyph, and per dakuten/handakuten pair (a marked kana and its base: は/ば, は/ぱ)
    over the glyphs of both. ``fonts_of(char)``: the font files to print ``char`` with."""
    from guiapp.core import kana, kana_size
    from guiapp.core.coverage import to_coverage
    from guiapp.core.preprocess import ink_box
    from guiapp.core.datasets.fonts import render_on_pad

    rng = np.random.default_rng(seed)
    labels = [str(label) for label in recognizer.labels]
    right: dict[str, list[bool]] = {}
    misread: list[tuple[str, str, str]] = []  # (kana, font file, read as)
    for char in chars:
        fonts = [font for font in fonts_of(char) for _ in range(variants)]
        canvases = [render_on_pad(char, font, rng, SMALL_ON_PAD if char in kana.SMALL_TO_LARGE else 1.0)
                    for font in fonts]
        if not canvases:
            continue
        probabilities = recognizer.infer(np.stack([recognizer.spec.apply(c, "light") for c in canvases]))
        if recognizer.mark_reader is not None:  # as the recognise path does for an image
            probabilities = [recognizer.mark_reader.apply(p, to_coverage(c, "light"))
                             for p, c in zip(probabilities, canvases)]
        read = [labels[int(np.argmax(kana_size.by_drawn_size(p, labels, ink_box(c))))]
                for p, c in zip(probabilities, canvases)]
        right[char] = [r == char for r in read]
        misread += [(char, font, r) for font, r in zip(fonts, read) if r != char]
    every = [ok for oks in right.values() for ok in oks]
    pairs = {}
    for char in right:
        plain, mark = kana.split_mark(char)
        if mark and plain in right:
            pairs[plain + char] = float(np.mean(right[plain] + right[char]))
    small = [ok for char, oks in right.items() if char in kana.SMALL_TO_LARGE for ok in oks]
    return {"accuracy": float(np.mean(every)) if every else None, "glyphs": len(every), "pairs": pairs,
            "small": float(np.mean(small)) if small else None,
            "weakest": sorted(((float(np.mean(oks)), char) for char, oks in right.items()))[:6], "misread": misread}


def pad_figures(name: str, recognizer, chars: str, font_part, variants: int) -> tuple[str, str, str]:
    """For docs/bundled-models.md: (printed-fonts cell, test-families cell, note). ``font_part(path)`` splits the
    font families into "validation" and "test"."""
    from guiapp.core.datasets.fonts import fonts_for

    every = printed_on_pad(recognizer, chars, fonts_for, variants)
    test = printed_on_pad(recognizer, chars, lambda c: [f for f in fonts_for(c) if font_part(f) == "test"], variants)
    pairs = every["pairs"]
    low = sorted((value, pair) for pair, value in pairs.items() if value < 0.95)
    note = (f"- `{name}`: printed on the pad (small kana at {SMALL_ON_PAD} of the em box on its bottom edge, their "
            f"size read from the pad as when drawn): {100 * every['accuracy']:.2f} % of {every['glyphs']:,} glyphs "
            f"(test families {100 * test['accuracy']:.2f} %); small kana right in size and shape "
            f"{100 * every['small']:.1f} %; dakuten/handakuten pairs: worst {100 * min(pairs.values()):.1f} %"
            + (", under 95 %: " + ", ".join(f"{p} {100 * v:.1f} %" for v, p in low) if low else ", all ≥ 95 %")
            + "; weakest kana: " + ", ".join(f"{c} {100 * v:.0f} %" for v, c in every["weakest"]))
    return (f"{100 * every['accuracy']:.2f} % on the pad ({every['glyphs']:,} glyphs) |",
            f" {100 * test['accuracy']:.2f} % |", note)


def main() -> None:
    """``python3 scripts/kana_printed.py hiragana はばぱこご``: the glyphs the bundled model misreads, font by font
    (docs/kana.md, "Where the pairs under 95 % come from")."""
    import collections
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root))
    from bundled_models import FONT_VARIANTS, font_part
    from guiapp.core.datasets.fonts import fonts_for
    from guiapp.core.recognition import Recognizer

    name, chars = sys.argv[1], sys.argv[2]
    found = printed_on_pad(Recognizer(root / "resources" / "models" / f"{name}.h5"), chars, fonts_for, FONT_VARIANTS)
    by_font = collections.defaultdict(list)
    for char, font, read in found["misread"]:
        by_font[font].append(f"{char}→{read}")
    for font, wrong in sorted(by_font.items(), key=lambda item: -len(item[1])):
        print(f"{len(wrong):3d}  {Path(font).name} ({font_part(font)}): {' '.join(wrong)}")
    print("pairs: " + ", ".join(f"{pair} {100 * value:.1f} %" for pair, value in sorted(found["pairs"].items())))


if __name__ == "__main__":
    main()
