"""Robustness: the real held-out 1,000 MNIST digits (mnist-5k's fixed test split, never trained on) through each
degradation of ``guiapp.core.datasets.degrade``, recognised through the model's full recognise path.

Each degraded digit is handed over as a PIL image, dark ink on light paper, and recognised by
``Recognizer.probabilities``: the preprocessing ``guiapp recognize`` applies to an image file (polarity from the
border, paper removed, ink box found, fitted by the model's spec). The degradation parameters are fixed (see the
table in degrade.py) and every degradation is seeded, so runs are comparable.

Usage: python benchmarks/bench_robustness.py [--model resources/models/digits.h5] [--only blur noise ...]
Prints ``accuracy_<degradation>: …`` lines (percent), the worst confusions of each, and the worst degradation
against ``clean`` (the same digits undamaged, the baseline). Target: every degradation ≥ 95 %.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import report  # noqa: E402

SEED = 0


def held_out():
    """(images, labels) of mnist-5k's fixed held-out 1,000."""
    from guiapp.core.datasets.mnist5k import load_mnist5k

    dataset = load_mnist5k()
    return dataset.images[dataset.predefined_test], dataset.labels[dataset.predefined_test], dataset.classes


def robustness(recognizer, images, labels, names=None, seed: int = SEED) -> dict[str, dict]:
    """{degradation: {accuracy, confused: [(true, predicted, count)], seconds}} through the recognise path."""
    import numpy as np
    from PIL import Image

    from guiapp.core.datasets.degrade import DEGRADATIONS, degrade_all
    from guiapp.core.evaluation import confusion_matrix, most_confused

    results = {}
    for name in names or DEGRADATIONS:
        started = time.perf_counter()
        degraded = [Image.fromarray(image) for image in degrade_all(images, name, seed)]
        predicted = recognizer.probabilities(degraded).argmax(axis=1)
        # Model labels are matched by name (a model's label order need not be 0..9).
        truth = np.array([recognizer.labels.index(str(label)) for label in labels])
        confusion = confusion_matrix(truth, predicted, len(recognizer.labels))
        results[name] = {"accuracy": float((predicted == truth).mean()),
                         "confused": most_confused(confusion, recognizer.labels, 3),
                         "seconds": time.perf_counter() - started}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=str(ROOT / "resources" / "models" / "digits.h5"))
    parser.add_argument("--only", nargs="*", help="degradations to run (default: all)")
    args = parser.parse_args()
    os.environ.setdefault("GUIAPP_HOME", tempfile.mkdtemp(prefix="guiapp-bench-"))
    from guiapp.core.datasets import mnist5k
    from guiapp.core.recognition import Recognizer

    if mnist5k.missing():
        print(f"skipped: {mnist5k.missing()}")
        return
    images, labels, _ = held_out()
    recognizer = Recognizer(args.model)
    report("model", args.model)
    report("samples", len(labels))
    results = robustness(recognizer, images, labels, args.only)
    for name, row in results.items():
        report(f"accuracy_{name}", 100 * row["accuracy"], "%")
        report(f"confused_{name}", ", ".join(f"{t}→{p} {n}" for t, p, n in row["confused"]) or "none")
    worst = min(row["accuracy"] for row in results.values())
    report("accuracy_worst", 100 * worst, "%")
    if "clean" in results:  # the baseline: the same digits undamaged, in the same run
        report("ratio_worst_over_clean", worst / max(results["clean"]["accuracy"], 1e-9))


if __name__ == "__main__":
    main()
