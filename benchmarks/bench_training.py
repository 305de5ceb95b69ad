"""Training-path overhead: guiapp's ``train()`` (progress events, stop/pause checks, divergence check, best-epoch
tracking) vs plain ``keras.fit`` on the same model, data pipeline and batch size, interleaved in one run.

Target: ratio (plain time / train() time) >= 0.97. Both sides include building, compiling and tracing.
Usage: python benchmarks/bench_training.py [--dataset digits] [--samples-per-class 600] [--preset keras-tutorial]
       [--epochs 3] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import interleaved, report  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dataset", default="digits")
    parser.add_argument("--samples-per-class", type=int, default=600)
    parser.add_argument("--preset", default="keras-tutorial", help="a fast model shows overhead most")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("GUIAPP_HOME", tempfile.mkdtemp(prefix="guiapp-bench-"))
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import keras
    import numpy as np

    from guiapp.core.datasets.registry import open_dataset
    from guiapp.core.training.presets import build_model
    from guiapp.core.training.engine import train
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.data import make_pipelines

    dataset = open_dataset(args.dataset, args.samples_per_class)
    config = TrainConfig(preset=args.preset, epochs=args.epochs, batch_size=args.batch_size, test_split=0.1)
    events = []

    def ours():
        train(config, dataset, on_progress=events.append)

    def plain():
        keras.utils.set_random_seed(config.seed)
        pipelines = make_pipelines(dataset, dataset.spec, np.arange(len(dataset.classes)), config)
        model = build_model(config.preset, dataset.spec.input_shape, len(dataset.classes))
        model.compile(optimizer=keras.optimizers.Adam(config.learning_rate),
                      loss="sparse_categorical_crossentropy", metrics=["accuracy"])
        model.fit(pipelines.train, validation_data=pipelines.validation, epochs=config.epochs, verbose=0)

    ours()  # warm-up: imports, first tracing of the shared pipeline code
    medians = interleaved({"train": ours, "keras_fit": plain}, repeats=args.repeats)
    samples = int(len(dataset) * (1 - config.validation_split - config.test_split)) * config.epochs
    report("dataset", f"{args.dataset} ({len(dataset)} samples), preset {args.preset}, {args.epochs} epochs")
    report("train_s_median", medians["train"])
    report("keras_fit_s_median", medians["keras_fit"])
    report("train_samples_per_s", samples / medians["train"])
    report("batch_events_per_run", sum(e.kind == "batch" for e in events) // (args.repeats + 1))
    report("ratio_keras_fit_over_train", medians["keras_fit"] / medians["train"])


if __name__ == "__main__":
    main()
