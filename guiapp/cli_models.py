"""``guiapp train``, ``recognize`` and ``evaluate``: thin front ends over core.training, core.recognition and
core.evaluation (the GUI calls the same functions)."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path

EXIT_OK, EXIT_UNEXPECTED, EXIT_ERROR, EXIT_CANCELLED = 0, 1, 2, 130


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


def _percent(value) -> str:
    return "    –" if value is None else f"{100 * value:5.1f}%"


def _epoch_line(event) -> str:
    val = f"  val_loss {event.val_loss:.4f} val_acc {_percent(event.val_accuracy)}" if event.val_loss is not None else ""
    return (f"epoch {event.epoch:>3}/{event.epochs}  loss {event.loss:.4f} acc {_percent(event.accuracy)}{val}  "
            f"{event.samples_per_s:,.0f} samples/s  ETA {_duration(event.eta_s)}  best {event.best_epoch}")


def cmd_train(args) -> int:
    from guiapp.core.datasets.registry import open_dataset
    from guiapp.core.training import train
    from guiapp.core.training_config import TrainConfig, TrainingControl

    out = Path(args.out)
    if out.suffix.lower() not in (".h5", ".keras"):
        raise ValueError(f"--out must end in .h5 or .keras, got {out.name!r}")
    config = TrainConfig(
        preset=args.preset, epochs=args.epochs, batch_size=args.batch_size, optimizer=args.optimizer,
        learning_rate=args.lr, schedule=args.schedule, dropout=args.dropout, augment=args.augment,
        augment_strength=args.augment_strength, validation_split=args.val_split, test_split=args.test_split,
        early_stopping=args.early_stopping, seed=args.seed, device=args.device,
    ).validate()
    base = None
    if args.fine_tune:
        from guiapp.core.modelfile import load_model

        base = load_model(args.fine_tune)
    from guiapp.cli import ProgressPrinter

    dataset = open_dataset(args.dataset, args.samples_per_class, args.seed,
                           on_progress=ProgressPrinter(f"preparing {args.dataset}"))
    control = TrainingControl()

    def on_interrupt(signum, frame):  # first Ctrl+C: stop after this batch and keep the best; second: abort
        print("\nstopping after the current batch (Ctrl+C again to abort)…", file=sys.stderr, flush=True)
        control.stop()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    def on_progress(event) -> None:
        if event.kind == "epoch":
            print(_epoch_line(event), flush=True)
        elif event.kind == "message" and event.message:
            print(event.message, file=sys.stderr, flush=True)

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        result = train(config, dataset, on_progress=on_progress, control=control, base=base)
    finally:
        signal.signal(signal.SIGINT, previous)
    print(result.message, file=sys.stderr if result.stopped == "diverged" else sys.stdout)
    if result.best_epoch is None:
        print("guiapp: nothing saved: no epoch finished", file=sys.stderr)
        return EXIT_CANCELLED if result.stopped == "cancelled" else EXIT_UNEXPECTED
    path = result.save(out)
    summary = _test_summary(result, dataset)
    print(f"saved {path} (best epoch {result.best_epoch} of {len(result.history.get('loss', []))}, "
          f"{_duration(result.seconds)}){summary}")
    return {"cancelled": EXIT_CANCELLED, "diverged": EXIT_UNEXPECTED}.get(result.stopped, EXIT_OK)


def _test_summary(result, dataset) -> str:
    from guiapp.core.evaluation import evaluate
    from guiapp.core.modelfile import LoadedModel
    from guiapp.core.recognition import Recognizer

    if not result.split_sizes.get("test"):
        return ""
    recognizer = Recognizer(LoadedModel(result.model, result.labels, result.spec, result.metadata()))
    report = evaluate(recognizer, dataset, split="test", seed=result.config.seed,
                      validation=result.config.validation_split, test=result.config.test_split)
    return f"; test accuracy {100 * report.accuracy:.2f}% on {report.n_samples:,} held-out samples"


def cmd_recognize(args) -> int:
    from PIL import Image, UnidentifiedImageError

    from guiapp.core.recognition import Recognizer

    recognizer = Recognizer(args.model)
    results, failed = [], 0
    for name in args.images:
        try:
            with Image.open(name) as image:
                image.load()
                top = recognizer.predict(image, top=args.top)
        except (OSError, UnidentifiedImageError, ValueError) as exc:
            print(f"guiapp: error: {name}: cannot read the image ({exc})", file=sys.stderr)
            failed += 1
            continue
        results.append({"image": name, "predictions": [{"label": l, "probability": p} for l, p in top]})
    if args.json:
        json.dump(results, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for entry in results:
            best = "  ".join(f"{p['label']} {100 * p['probability']:.1f}%" for p in entry["predictions"])
            print(f"{entry['image']}: {best}")
    return EXIT_ERROR if failed else EXIT_OK


def cmd_evaluate(args) -> int:
    from guiapp.core.datasets.registry import open_dataset
    from guiapp.core.evaluation import evaluate
    from guiapp.core.recognition import Recognizer

    recognizer = Recognizer(args.model)
    dataset = open_dataset(args.dataset, args.samples_per_class, args.seed)
    report = evaluate(recognizer, dataset, split=args.split, seed=args.seed)
    if args.json:
        json.dump(report.to_dict(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return EXIT_OK
    print(f"{dataset.name} ({args.split}): {report.n_samples:,} samples, accuracy {100 * report.accuracy:.2f}%, "
          f"top-{report.top_k} accuracy {100 * report.top_k_accuracy:.2f}%")
    if report.unknown_classes:
        print(f"left out (the model does not know these classes): {', '.join(report.unknown_classes)}")
    print(f"{'class':<14} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}")
    for label, row in report.per_class.items():
        if row["support"]:
            print(f"{label:<14} {row['precision']:>9.3f} {row['recall']:>7.3f} {row['f1']:>6.3f} {row['support']:>8}")
    confused = report.most_confused(10)
    if confused:
        print("most confused (true → predicted: count): " + ", ".join(f"{t} → {p}: {n}" for t, p, n in confused))
    return EXIT_OK


def add_model_commands(sub, add_dataset_options) -> None:
    from guiapp.core.models import DEFAULT_PRESET, PRESETS
    from guiapp.core.training_config import OPTIMIZERS, SCHEDULES

    train = sub.add_parser("train", help="train (or fine-tune) a CNN and save it as .h5 / .keras")
    train.add_argument("--dataset", required=True, help="a dataset name (see 'guiapp datasets') or a path")
    train.add_argument("--preset", choices=list(PRESETS), default=DEFAULT_PRESET)
    train.add_argument("--epochs", type=int, default=10)
    train.add_argument("--batch-size", type=int, default=128)
    train.add_argument("--optimizer", choices=OPTIMIZERS, default="adam")
    train.add_argument("--lr", type=float, default=1e-3, help="learning rate (default 0.001)")
    train.add_argument("--schedule", choices=SCHEDULES, default="constant")
    train.add_argument("--dropout", type=float, default=None, help="override the preset's dropout")
    train.add_argument("--augment", action="store_true", help="random rotation, shift and zoom while training")
    train.add_argument("--augment-strength", type=float, default=1.0)
    train.add_argument("--val-split", type=float, default=0.1)
    train.add_argument("--test-split", type=float, default=0.1)
    train.add_argument("--early-stopping", type=int, default=0, metavar="PATIENCE")
    train.add_argument("--device", default="cpu", help="cpu, gpu:N or all-gpus (absent GPUs fall back to cpu)")
    train.add_argument("--fine-tune", metavar="MODEL", help="continue training this saved model (new classes ok)")
    train.add_argument("--out", required=True, help="where to save the model (.h5 or .keras)")
    add_dataset_options(train)
    train.set_defaults(func=cmd_train)

    recognize = sub.add_parser("recognize", help="recognise characters in image files")
    recognize.add_argument("--model", required=True)
    recognize.add_argument("images", nargs="+", metavar="IMAGE")
    recognize.add_argument("--top", type=int, default=5)
    recognize.add_argument("--json", action="store_true")
    recognize.set_defaults(func=cmd_recognize)

    evaluate = sub.add_parser("evaluate", help="accuracy, per-class figures and confusions of a model on a dataset")
    evaluate.add_argument("--model", required=True)
    evaluate.add_argument("--dataset", required=True)
    evaluate.add_argument("--split", choices=("train", "validation", "test", "all"), default="test")
    evaluate.add_argument("--json", action="store_true")
    add_dataset_options(evaluate)
    evaluate.set_defaults(func=cmd_evaluate)


def is_user_error(exc: BaseException) -> bool:
    """Bad input (exit 2 with the message) as opposed to a bug (exit 1)."""
    from guiapp.core.datasets.base import DatasetError
    from guiapp.core.modelfile import ModelFileError
    from guiapp.core.training_config import TrainingError

    return isinstance(exc, (DatasetError, ModelFileError, TrainingError, ValueError, OSError, argparse.ArgumentError))
