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

    python3 benchmarks/bench_teach.py [--per-class 10] [--repeats 3] [--base latin] [--learning-rates 1e-3,3e-4]
                                      [--new-class-starts imprint,random] [--epochs 15,5] [--originals 50,100]
                                      [--early-stopping 0,3]

``--base`` teaches another bundled model (its old classes measured on its own built-in); ``--learning-rates``,
``--new-class-starts``, ``--epochs``, ``--originals`` and ``--early-stopping`` run each repeat once per setting (every combination), side by side on the
same drawings
(Teach's own is the first figure), to weigh what a setting costs the old classes against what it gives the new ones.
"""

from __future__ import annotations

import argparse
import itertools
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
    parser.add_argument("--first-seed", type=int, default=USER_SEED,
                        help="the drawings taught are synthesised with this seed and the next ones (one a repeat)")
    parser.add_argument("--base", default="digits", help="the bundled model to teach (default: digits)")
    parser.add_argument("--learning-rates", default="", help="comma-separated; default: Teach's own")
    parser.add_argument("--epochs", default="", help="comma-separated; default: Teach's own")
    parser.add_argument("--early-stopping", default="", help="comma-separated patiences in epochs (0: none); default: "
                                                             "Teach's own")
    parser.add_argument("--originals", default="", help="comma-separated: samples a class of the model's own data in "
                                                        "the mix; default: Teach's own")
    parser.add_argument("--new-class-starts", default="", help="comma-separated, of imprint and random; default: "
                                                                "Teach's own")
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

    from guiapp.core.modelfile import read_metadata
    from guiapp.core.training.personalize import original_dataset

    base = paths.resource("models", f"{args.base}.h5")
    spec = Recognizer(base, warm_up=False).spec
    # Each axis: (its tag in the figures' names, the values asked for or [None]: Teach's own); every combination runs.
    axes = {"lr": [float(v) for v in args.learning_rates.split(",") if v.strip()] or [None],
            "start": [v.strip() for v in args.new_class_starts.split(",") if v.strip()] or [None],
            "ep": [int(v) for v in args.epochs.split(",") if v.strip()] or [None],
            "es": [int(v) for v in args.early_stopping.split(",") if v.strip()] or [None],
            "orig": [int(v) for v in args.originals.split(",") if v.strip()] or [None]}
    settings = [dict(zip(axes, values)) for values in itertools.product(*axes.values())]

    def drawings(seed: int, n: int) -> Dataset:
        request = request_for(f"custom:{NEW}", n, seed, spec)
        images = synthesize(request, workers=1)
        return Dataset("teach", list(NEW), images, np.repeat(np.arange(len(NEW)), n), spec=spec, kind="user")

    ensure_tensorflow()
    old_name = original_dataset(read_metadata(base)) or args.base
    old = load_builtin(old_name, samples_per_class=100 if args.base == "digits" else 30, seed=OLD_SEED)
    before = evaluate(Recognizer(base), old, split="all").accuracy
    fresh = drawings(FRESH_SEED, 50)
    process = TrainingProcess().start()  # warm, as the Teach dialog starts it while the user draws
    times, new_top1, old_after = ({_name(setting): [] for setting in settings} for _ in range(3))
    for repeat in range(args.repeats):
        user = drawings(args.first_seed + repeat, args.per_class)
        for setting in settings:
            tag = _name(setting)
            request = _with(teach_request(str(base), "teach", data=user), setting)
            started = time.perf_counter()
            result = run_training(request, store=RunStore(), process=process)
            recognizer = Recognizer(result.model_path)
            times[tag].append(time.perf_counter() - started)
            labels = recognizer.labels
            predicted = recognizer.probabilities(fresh.images).argmax(axis=1)
            new_top1[tag].append(float(np.mean([labels[p] == fresh.classes[t] for p, t in zip(predicted, fresh.labels)])))
            old_after[tag].append(evaluate(recognizer, old, split="all").accuracy)
            print(f"repeat {repeat + 1}, {tag or 'Teach’s settings'}: {times[tag][-1]:.1f} s, "
                  f"new {new_top1[tag][-1]:.3f}, old {old_after[tag][-1]:.4f}", flush=True)
    process.close()
    report("old_before", before)
    for setting in settings:
        tag = _name(setting)
        report(f"teach_seconds_median{tag}", statistics.median(times[tag]), "s")
        report(f"new_top1_median{tag}", statistics.median(new_top1[tag]))
        report(f"old_after_median{tag}", statistics.median(old_after[tag]))
        report(f"ratio_old_kept{tag}", statistics.median(old_after[tag]) / before)


def _with(request, setting: dict):
    """``request`` (Teach's own) with the setting's values that are not None."""
    import dataclasses

    config = request.config
    if setting["lr"] is not None:
        config = dataclasses.replace(config, learning_rate=setting["lr"])
    if setting["start"] is not None:
        config = dataclasses.replace(config, new_class_start=setting["start"])
    if setting["ep"] is not None:
        config = dataclasses.replace(config, epochs=setting["ep"])
    if setting["es"] is not None:
        config = dataclasses.replace(config, early_stopping=setting["es"])
    personalize = request.personalize
    if setting["orig"] is not None:
        personalize = dataclasses.replace(personalize, original_per_class=setting["orig"])
    return dataclasses.replace(request, config=config, personalize=personalize)


def _name(setting: dict) -> str:
    """"_lr0.0003_start-random_ep5" for a setting other than Teach's own; "" for Teach's own."""
    return "".join(f"_{axis}{value:g}" if isinstance(value, float) else f"_{axis}{value}"
                   for axis, value in setting.items() if value is not None)

if __name__ == "__main__":
    main()
