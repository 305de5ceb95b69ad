"""Teach it new characters, measured: 3 new classes × 10 drawings fine-tuned into the bundled digits model on the
CPU, exactly as "Teach a new character…" runs it (``core.training.session.teach_request`` → ``run_training`` in a
warm training process), then the model loaded for recognition.

Prints:
  * teach_seconds: from the last sample to a model the pad recognises with (prepare + fine-tune + save + load);
    target ≤ 60 s;
  * new_top1: top-1 on fresh drawings of the new classes (synthesised with another seed: writers the fine-tune
    never saw), over all classes of the model; target ≥ 0.90;
  * old_before / old_after / ratio_old_kept: accuracy on the old classes (held-out digits of another seed) before and
    after; target ratio ≥ 0.95.

    python3 benchmarks/bench_teach.py [--per-class 10] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
NEW = "日月火"  # three characters the digits model has never seen
FRESH_SEED, USER_SEED, OLD_SEED = 7, 3, 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-class", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("GUIAPP_HOME", tempfile.mkdtemp(prefix="guiapp-bench-teach-"))
    import numpy as np

    from harness import report
    from guiapp import paths
    from guiapp.core.datasets.base import Dataset
    from guiapp.core.datasets.builtin import load_builtin, request_for, synthesize
    from guiapp.core.evaluation import evaluate
    from guiapp.core.recognition import Recognizer
    from guiapp.core.tf_runtime import ensure_tensorflow
    from guiapp.core.training.process import TrainingProcess
    from guiapp.core.training.runs import RunStore
    from guiapp.core.training.session import run_training, teach_request

    base = paths.resource("models", "digits.h5")
    spec = Recognizer(base, warm_up=False).spec

    def drawings(seed: int, n: int) -> Dataset:
        request = request_for(f"custom:{NEW}", n, seed, spec)
        images = synthesize(request, workers=1)
        return Dataset("teach", list(NEW), images, np.repeat(np.arange(len(NEW)), n), spec=spec, kind="user")

    ensure_tensorflow()
    old = load_builtin("digits", samples_per_class=100, seed=OLD_SEED)
    before = evaluate(Recognizer(base), old, split="all").accuracy
    fresh = drawings(FRESH_SEED, 50)
    process = TrainingProcess().start()  # warm, as the Teach dialog starts it while the user draws
    times, new_top1, old_after = [], [], []
    for repeat in range(args.repeats):
        user = drawings(USER_SEED + repeat, args.per_class)
        started = time.perf_counter()
        result = run_training(teach_request(str(base), "teach", data=user), store=RunStore(), process=process)
        recognizer = Recognizer(result.model_path)
        times.append(time.perf_counter() - started)
        labels = recognizer.labels
        predicted = recognizer.probabilities(fresh.images).argmax(axis=1)
        new_top1.append(float(np.mean([labels[p] == fresh.classes[t] for p, t in zip(predicted, fresh.labels)])))
        old_after.append(evaluate(recognizer, old, split="all").accuracy)
        print(f"repeat {repeat + 1}: {times[-1]:.1f} s, new {new_top1[-1]:.3f}, old {old_after[-1]:.4f}", flush=True)
    process.close()
    report("teach_seconds_median", statistics.median(times), "s")
    report("new_top1_median", statistics.median(new_top1))
    report("old_before", before)
    report("old_after_median", statistics.median(old_after))
    report("ratio_old_kept", statistics.median(old_after) / before)


if __name__ == "__main__":
    main()
