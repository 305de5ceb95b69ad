"""The preset ladder on the tutorials' own task: every preset trained by guiapp's ``train()`` on the built-in
``five-fonts`` dataset (62 characters × 5 installed fonts × 9 positions = 2,790 images, 36×36) with its fixed split
(exactly 279 validate, seed 5; the validation setting does not apply), then measured on those 279. Writes the table
to docs/ladder-five-fonts.md beside the figures the tutorials published, and prints ``name: value`` lines.

Skips with a ``skipped:`` line when fewer than 5 suitable fonts are installed (``five_fonts.missing()``).

    python3 benchmarks/bench_five_fonts_ladder.py [--epochs 15] [--presets a,b,…] [--no-doc]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import report  # noqa: E402
from ladder import preset_names, run_ladder, write_doc  # noqa: E402

DOC = ROOT / "docs" / "ladder-five-fonts.md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--epochs", type=int, default=15, help="epochs for every preset")
    parser.add_argument("--presets", default="", help="comma-separated subset (default: all)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--no-doc", action="store_true", help="do not rewrite docs/ladder-five-fonts.md")
    args = parser.parse_args()
    os.environ.setdefault("GUIAPP_HOME", tempfile.mkdtemp(prefix="guiapp-bench-"))

    from guiapp.core.datasets import five_fonts
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.presets import DEFAULT_PRESET, PRESETS

    problem = five_fonts.missing()
    if problem:
        report("skipped", problem)
        return
    started = time.perf_counter()
    dataset = five_fonts.load_five_fonts()
    report("dataset_build_s", time.perf_counter() - started)
    report("fonts", ", ".join(family for family, _ in five_fonts.chosen_fonts()))
    report("split", dataset.fixed_split_note())
    names = preset_names(args.presets)

    def config_for(preset: str) -> TrainConfig:
        # One recipe for all (Adam 1e-3, no early stop: the best epoch is kept); the default with its cosine schedule.
        # validation_split is what a user would leave set: the dataset's fixed split overrides it.
        return TrainConfig(preset=preset, epochs=args.epochs, batch_size=args.batch_size, validation_split=0.1,
                           seed=0, schedule="cosine" if preset == DEFAULT_PRESET else "constant", early_stopping=0)

    rungs = run_ladder(dataset, names, config_for, split="validation")
    rows = [f"| `{r.preset}` | {PRESETS[r.preset].summary} | {r.epochs} (best {r.best_epoch}) | "
            f"{100 * r.accuracy:.1f} % | {100 * r.top5:.1f} % | {r.wall_s:.0f} s | {PRESETS[r.preset].reference} |"
            for r in rungs]
    results = {r.preset: r.accuracy for r in rungs}
    if DEFAULT_PRESET in results:
        others = [v for k, v in results.items() if k != DEFAULT_PRESET]
        if others:
            report("ratio_default_over_best_reference", results[DEFAULT_PRESET] / max(others))
    report("total_wall_s", time.perf_counter() - started)
    if args.no_doc:
        return
    cpus = os.cpu_count() or 0
    fonts = ", ".join(family for family, _ in five_fonts.chosen_fonts())
    write_doc(DOC, [
        "# The preset ladder on the tutorials' 5-font task",
        "",
        f"Measured by `python3 benchmarks/bench_five_fonts_ladder.py --epochs {args.epochs} --batch-size "
        f"{args.batch_size}`",
        f"on {time.strftime('%Y-%m-%d')}, {platform.machine()} Linux, {cpus}-core CPU (no GPU), TensorFlow/Keras 3;",
        "the machine was shared with other work, so compare the accuracies, not the seconds.",
        f"Data: the built-in `five-fonts` dataset printed in {fonts}",
        "(the fonts depend on the machine): 62 characters × 5 fonts × 9 positions = 2,790 images of 36×36, with its",
        "fixed split: 2,511 train, exactly",
        "279 validate (seed 5), whatever the validation setting (the Train area and `guiapp train` use the same).",
        "Training: guiapp's `train()`, Adam 1e-3, seed 0, no augmentation, no early stop, the best epoch (lowest",
        "validation loss) kept; the default preset with a cosine schedule. Validation accuracy: that kept model on",
        "the 279. Few epochs, to fit a shared 2-core CPU: the tutorials trained far longer (thousands of",
        "gradient-descent steps for the first rungs), so the first rungs may stay below their published figures.",
    ], ["preset", "network", "epochs", "validation accuracy (279)", "top-5", "wall time",
        "published in its tutorial"], rows, names, partial=bool(args.presets),
        footer=["The published 5-font figures are the tutorials' (their own fonts and splits); the figures for",
                "presets the tutorials only ran on MNIST or hiragana are for that data, given for reference.", ""])


if __name__ == "__main__":
    main()
