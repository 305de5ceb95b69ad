"""Which input size reads dakuten and handakuten (issue #23): the two or three strokes of ゛ and ゜ are 2-3 pixels
at 28×28. The built-in ``hiragana-71`` (the 46 basic hiragana and the 25 with marks) is synthesised at each size
(same writers: same seed, the ink box 13/16 of the side as the kana spec's 26 of 32), the default preset trained
the same way on each, and the kept model measured on the *validation* font families only (``font_part`` in
scripts/bundled_models.py; the test families stay for the bundled model's final figure):

* ``<side>_fonts_accuracy``: all 71 classes;
* ``<side>_marked_accuracy``: the glyphs of the 25 marked kana and of their 20 bases, counted right only when
  the mark is read right (は read as ば is wrong);
* ``<side>_mark_errors``: how many of those glyphs were read as another member of their family (は/ば/ぱ);
* ``<side>_ms_p50``: one image through the kept model on LiteRT (the cost of the size);
* ``ratio_marked_<side>_over_28``: each size against 28×28, trained and measured in the same run.

    python3 benchmarks/bench_kana_input_size.py [--sizes 28,32,40] [--per-class 300] [--epochs 6]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402

from harness import report  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="28,32,40", help="comma-separated input sides")
    parser.add_argument("--per-class", type=int, default=300)
    parser.add_argument("--epochs", type=int, default=6)
    args = parser.parse_args()
    os.environ.setdefault("GUIAPP_HOME", tempfile.mkdtemp(prefix="guiapp-bench-"))

    from bundled_models import font_dataset
    from guiapp.core import kana
    from guiapp.core.datasets.builtin import BUILTINS, load_builtin
    from guiapp.core.modelfile import save_model
    from guiapp.core.recognition import Recognizer, coverage_to_model_input
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.engine import train

    chars, base_spec, _ = BUILTINS["hiragana-71"]
    marked = [c for c in chars if kana.base(c) != c]
    family_members = sorted({c for m in marked for c in kana.family(m) if c in chars})
    report("classes", len(chars))
    report("marked_and_bases", len(family_members))
    results = {}
    for side in (int(s) for s in args.sizes.split(",")):
        started = time.perf_counter()
        spec = replace(base_spec, height=side, width=side, fit_size=round(side * 13 / 16))
        dataset = load_builtin("hiragana-71", samples_per_class=args.per_class, seed=0, spec=spec)
        result = train(TrainConfig(epochs=args.epochs, schedule="cosine", seed=0, early_stopping=0), dataset)
        path = Path(tempfile.mkdtemp(prefix="guiapp-kana-")) / f"kana{side}.h5"
        save_model(result.model, path, result.labels, result.spec, result.metadata())
        recognizer = Recognizer(path, warm_up=False)
        fonts, used = font_dataset(chars, spec, part="validation")
        inputs = coverage_to_model_input(spec, fonts.images)
        probabilities = recognizer.infer(inputs)
        predicted = [str(recognizer.labels[i]) for i in probabilities.argmax(axis=1)]
        truth = [fonts.classes[i] for i in fonts.labels]
        picked = [i for i, t in enumerate(truth) if t in family_members]
        right = sum(predicted[i] == truth[i] for i in picked)
        mark_errors = sum(predicted[i] != truth[i] and kana.base(predicted[i]) == kana.base(truth[i]) for i in picked)
        one = inputs[0]
        times = []
        for _ in range(200):
            t0 = time.perf_counter()
            recognizer.infer_one(one)
            times.append(time.perf_counter() - t0)
        results[side] = right / max(len(picked), 1)
        report(f"{side}_fonts_accuracy", float(np.mean([p == t for p, t in zip(predicted, truth)])))
        report(f"{side}_marked_accuracy", results[side])
        report(f"{side}_mark_errors", f"{mark_errors} of {len(picked)}")
        report(f"{side}_runtime", recognizer.runtime)
        report(f"{side}_ms_p50", float(np.median(times)) * 1e3)
        report(f"{side}_font_files", len(used))
        report(f"{side}_wall_s", time.perf_counter() - started)
    if 28 in results:
        for side, value in results.items():
            if side != 28:
                report(f"ratio_marked_{side}_over_28", value / max(results[28], 1e-9))


if __name__ == "__main__":
    main()
