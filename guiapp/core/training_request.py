"""One training run as the training process carries it out: what it is asked (:class:`TrainingRequest`: the
settings, the data, where to write) and what it answers (:class:`TrainingReport`: how the run ended, its curves,
the saved model, before/after accuracy on the user's own samples when personalising).

:func:`run_request` is plain core code around :func:`guiapp.core.training.train`; it runs wherever it is called
(the training process calls it, and so can a test).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from guiapp.core.datasets.base import Dataset
from guiapp.core.training_config import TrainConfig, TrainingControl, TrainingEvent


@dataclass
class TrainingRequest:
    config: TrainConfig
    dataset: Dataset
    checkpoint: str  # the best epoch, written while training runs
    model_path: str  # the final model, written when the run ends (not when the app is closing)
    base_path: str | None = None  # fine-tune this model file
    n_personal: int = 0  # personalisation: the dataset's first n samples are the user's own


@dataclass
class TrainingReport:
    stopped: str  # completed | early-stopping | cancelled | diverged
    message: str
    best_epoch: int | None
    history: dict[str, list[float]]
    seconds: float
    model_path: str | None  # the final model, else the best checkpoint; None when no epoch finished
    personal: dict = field(default_factory=dict)  # before_/after_ all|held_out: [correct, total]


def run_request(request: TrainingRequest, control: TrainingControl, closing: Callable[[], bool],
                emit: Callable[[TrainingEvent], None]) -> TrainingReport:
    """Train as asked. ``closing()`` true when the run ends means the app is closing: the best checkpoint is what
    is kept, and the final save and the after-accuracy are skipped. Raises TrainingError, DatasetError,
    ModelFileError for bad input (the message says why)."""
    from guiapp.core.modelfile import LoadedModel, load_model
    from guiapp.core.personalize import personal_accuracy
    from guiapp.core.training import train

    base = load_model(request.base_path) if request.base_path else None
    n = request.n_personal
    before = personal_accuracy(base, request.dataset, n) if n and base is not None else {}
    result = train(request.config, request.dataset, on_progress=emit, control=control, base=base,
                   checkpoint=request.checkpoint)
    model_path = None
    if result.best_epoch is not None:
        model_path = request.checkpoint if closing() else str(result.save(request.model_path))
    personal = {}
    if n and model_path is not None and not closing():
        after = personal_accuracy(LoadedModel(result.model, list(result.labels), result.spec), request.dataset, n)
        personal = {f"before_{k}": v for k, v in before.items()}
        personal.update({f"after_{k}": v for k, v in after.items()})
    return TrainingReport(result.stopped, result.message, result.best_epoch, result.history, result.seconds,
                          model_path, personal)


__all__ = ["TrainingReport", "TrainingRequest", "run_request"]
