"""Make the bundled models in resources/models/ and measure them honestly.

    python3 scripts/bundled_models.py train [NAME ...]      # digits latin hiragana katakana (default: all)
    python3 scripts/bundled_models.py evaluate [NAME ...]   # writes docs/bundled-models.md

``train`` runs exactly ``guiapp train`` (the same core path as the GUI) with the fixed recipe below: same seed,
same synthesised data, so a rerun reproduces the models (bit-for-bit on the same machine and library versions).

``evaluate`` reports two numbers per model:
* held-out synthetic: samples synthesised with another seed (writers the model never saw, same generator);
* printed fonts: the characters rendered from the fonts installed on this machine (training used none), each
  glyph jittered a few times. This is data made another way, so it is the honest number.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MODELS_DIR = ROOT / "resources" / "models"
REPORT = ROOT / "docs" / "bundled-models.md"
# name → guiapp train arguments. Samples per class and epochs are what fits a 2-core CPU in minutes per model.
RECIPES: dict[str, list[str]] = {
    "digits": ["--samples-per-class", "1500", "--epochs", "10"],
    "latin": ["--samples-per-class", "800", "--epochs", "8"],
    "hiragana": ["--samples-per-class", "800", "--epochs", "8"],
    "katakana": ["--samples-per-class", "800", "--epochs", "8"],
}
COMMON = ["--preset", "inkling", "--schedule", "cosine", "--batch-size", "128", "--seed", "0",
          "--val-split", "0.1", "--test-split", "0.1"]
HELD_OUT_SEED = 1
HELD_OUT_PER_CLASS = 100
FONT_VARIANTS = 5  # jittered renderings per (character, font)


def train(names: list[str]) -> None:
    from guiapp.cli import main as guiapp

    MODELS_DIR.mkdir(parents=True, exist_ok=True)
    for name in names:
        started = time.perf_counter()
        code = guiapp(["train", "--dataset", name, *COMMON, *RECIPES[name], "--out", str(MODELS_DIR / f"{name}.h5")])
        if code != 0:
            raise SystemExit(f"training {name} failed with exit status {code}")
        size = (MODELS_DIR / f"{name}.h5").stat().st_size
        print(f"{name}: {time.perf_counter() - started:.0f} s, {size / 1e6:.2f} MB", flush=True)


def font_dataset(chars: str, spec, seed: int = 0):
    """Every character printed by every installed font that covers it, ``FONT_VARIANTS`` times each."""
    import numpy as np

    from guiapp.core.datasets.base import Dataset
    from guiapp.core.datasets.fonts import fonts_for, render_glyph

    rng = np.random.default_rng(seed)
    images, labels, used = [], [], set()
    for label, char in enumerate(chars):
        for font in fonts_for(char):
            used.add(Path(font).stem)
            for _ in range(FONT_VARIANTS):
                images.append(render_glyph(char, font, rng, spec))
                labels.append(label)
    if not images:
        return None, used
    return Dataset(f"fonts:{chars[:8]}…", list(chars), np.stack(images), np.array(labels), spec=spec), used


def caseless_accuracy(report) -> float | None:
    """Accuracy when a letter read in the other case counts as right (None if no label has a case twin).
    Size-normalised input cannot tell c/C, o/O, s/S, v/V, … apart, so this says how much of the error is that."""
    labels = report.labels
    if not any(label.swapcase() != label and label.swapcase() in labels for label in labels):
        return None
    folded = [label.lower() for label in labels]
    true = [folded[i] for i in report.true]
    predicted = [folded[i] for i in report.predicted]
    return sum(t == p for t, p in zip(true, predicted)) / max(len(true), 1)


def evaluate(names: list[str]) -> None:
    from guiapp.core.datasets.builtin import BUILTINS, load_builtin
    from guiapp.core.evaluation import evaluate as run_evaluation
    from guiapp.core.modelfile import read_metadata
    from guiapp.core.recognition import Recognizer

    rows, notes = [], []
    for name in names:
        path = MODELS_DIR / f"{name}.h5"
        recognizer = Recognizer(path)
        meta = read_metadata(path)
        held_out = load_builtin(name, samples_per_class=HELD_OUT_PER_CLASS, seed=HELD_OUT_SEED)
        synthetic = run_evaluation(recognizer, held_out, split="all")
        fonts, used = font_dataset(BUILTINS[name][0], recognizer.spec)
        printed = run_evaluation(recognizer, fonts, split="all") if fonts is not None else None
        history = meta["metadata"].get("history", {})
        rows.append(
            f"| `{name}` | {len(recognizer.labels)} | {recognizer.spec.height}×{recognizer.spec.width} | "
            f"{path.stat().st_size / 1e6:.2f} MB | {100 * max(history.get('val_accuracy', [0])):.2f} % | "
            f"{100 * synthetic.accuracy:.2f} % | "
            + (f"{100 * printed.accuracy:.2f} % (top-5 {100 * printed.top_k_accuracy:.1f} %, "
               f"{printed.n_samples:,} glyphs) |" if printed else "no font covers these |")
        )
        caseless = [caseless_accuracy(r) for r in (synthetic, printed) if r is not None]
        if caseless and caseless[0] is not None:
            notes.append(f"- `{name}`: counting a letter read in the other case as right, held-out synthetic "
                         f"{100 * caseless[0]:.2f} %" + (f", printed fonts {100 * caseless[1]:.2f} %"
                                                         if len(caseless) > 1 else "")
                         + "; most confused: " + ", ".join(f"{t} → {p}" for t, p, _ in synthetic.most_confused(6)))
        if printed:
            worst = sorted(printed.per_class.items(), key=lambda item: item[1]["recall"])[:6]
            notes.append(f"- `{name}`: {len(used)} font files; weakest classes on printed fonts: "
                         + ", ".join(f"{label} {100 * row['recall']:.0f} %" for label, row in worst))
        print(rows[-1], flush=True)
    text = "\n".join([
        "# Bundled models",
        "",
        "Made by `python3 scripts/bundled_models.py train` (the `guiapp train` path: preset `inkling`, cosine",
        "schedule, seed 0, synthesised data only) and measured by `python3 scripts/bundled_models.py evaluate`.",
        "",
        "| model | classes | input | file | best val. acc. | held-out synthetic (seed 1) | printed fonts (never trained on) |",
        "|---|---|---|---|---|---|---|",
        *rows,
        "",
        "Held-out synthetic data comes from the same generator with writers the model never saw, so it flatters the",
        "model. Printed fonts are made another way (font outlines, not strokes) and are the honest figure; real",
        "handwriting from users sits between the two. The fonts depend on the machine (Debian here: DejaVu,",
        "Liberation, FreeFont, IPA and VL Gothic/Mincho).",
        "",
        *notes,
        "",
    ])
    REPORT.write_text(text, encoding="utf-8")
    print(f"wrote {REPORT}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("train", "evaluate"))
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"any of {', '.join(RECIPES)} (default: all)")
    args = parser.parse_args()
    unknown = sorted(set(args.names) - set(RECIPES))
    if unknown:
        parser.error(f"unknown model(s) {', '.join(unknown)}; choose from {', '.join(RECIPES)}")
    os.environ.setdefault("GUIAPP_HOME", str(Path(tempfile.gettempdir()) / "guiapp-bundled-models"))
    (train if args.action == "train" else evaluate)(args.names or list(RECIPES))


if __name__ == "__main__":
    main()
