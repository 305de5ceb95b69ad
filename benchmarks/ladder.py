"""The preset ladder, shared by ``bench_fashion_ladder.py`` and ``bench_five_fonts_ladder.py``: every preset trained
by guiapp's ``train()`` on one dataset, the kept (best) epoch measured on one of its splits, a ``name: value`` line
per figure and one table row per preset; :func:`write_doc` writes the table to ``docs/`` (a partial run replaces
its own rows and keeps the others)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from harness import report


@dataclass
class Rung:
    preset: str
    epochs: int
    accuracy: float  # on the measured split
    top5: float
    wall_s: float
    epochs_run: int
    best_epoch: int | None
    also: dict[str, float] | None = None  # accuracy on each of run_ladder's ``also`` datasets


def preset_names(subset: str = "") -> list[str]:
    """``subset`` (comma-separated) or every preset, the references first and the default last."""
    from guiapp.core.training.presets import DEFAULT_PRESET, PRESETS

    return [p for p in subset.split(",") if p] or [*[p for p in PRESETS if p != DEFAULT_PRESET], DEFAULT_PRESET]


def run_ladder(dataset, names: list[str], config_for: Callable[[str], object], split: str,
               validation: float = 0.1, test: float = 0.1, also: dict | None = None) -> list[Rung]:
    """Train each preset with ``config_for(preset)`` (a TrainConfig) and measure the kept model on ``split``.
    Prints ``<preset>_<split>_accuracy``, ``…_top5_accuracy``, ``…_wall_s``, ``…_train_samples_per_s``,
    ``…_final_train_accuracy`` and ``…_best_val_accuracy``; ``also`` (name → Dataset, data made another way such
    as printed fonts) is measured whole as ``<preset>_<name>_accuracy``."""
    from guiapp.core.evaluation import evaluate
    from guiapp.core.modelfile import LoadedModel
    from guiapp.core.recognition import Recognizer
    from guiapp.core.training.engine import train

    rungs = []
    for preset in names:
        config = config_for(preset)
        started = time.perf_counter()
        result = train(config, dataset)
        wall = time.perf_counter() - started
        recognizer = Recognizer(LoadedModel(result.model, result.labels, result.spec, result.metadata()),
                                warm_up=False)
        measured = evaluate(recognizer, dataset, split=split, seed=config.seed, validation=validation, test=test)
        epochs_run = len(result.history.get("loss", []))
        seen = epochs_run * result.split_sizes["train"]
        report(f"{preset}_{split}_accuracy", measured.accuracy)
        report(f"{preset}_{split}_top5_accuracy", measured.top_k_accuracy)
        report(f"{preset}_wall_s", wall)
        report(f"{preset}_train_samples_per_s", seen / max(result.seconds, 1e-9))
        report(f"{preset}_final_train_accuracy", result.history["accuracy"][-1])
        report(f"{preset}_best_val_accuracy", max(result.history.get("val_accuracy", [0.0])))
        extra = {}
        for name, other in (also or {}).items():
            extra[name] = evaluate(recognizer, other, split="all").accuracy
            report(f"{preset}_{name}_accuracy", extra[name])
        rungs.append(Rung(preset, config.epochs, measured.accuracy, measured.top_k_accuracy, wall, epochs_run,
                          result.best_epoch, extra))
    return rungs


def write_doc(doc: Path, header: list[str], columns: list[str], rows: list[str], names: list[str], partial: bool,
              footer: list[str] = ()) -> None:
    """The table in ``doc``. Rows start with ``| `preset` |``; ``partial``: rows of presets not run are kept."""
    from guiapp.core.training.presets import PRESETS

    if doc.exists() and partial:
        kept = [line for line in doc.read_text(encoding="utf-8").splitlines()
                if line.startswith("| `") and line.split("`")[1] not in names]
        order = list(PRESETS)
        rows = sorted(kept + rows, key=lambda line: order.index(line.split("`")[1]))
    doc.write_text("\n".join([
        *header,
        "",
        "| " + " | ".join(columns) + " |",
        "|" + "---|" * len(columns),
        *rows,
        "",
        *footer,
    ]), encoding="utf-8")
    report("doc", str(doc.relative_to(doc.parents[1])))
