"""One training run as asked for (:class:`TrainingRequest`, the one request type: the window, the command line and
the training process all pass it along) and carried out where the training happens (:func:`run_request`: train,
save, and measure before/after accuracy on the user's own samples when personalising).

:func:`run_request` is plain core code around :func:`guiapp.core.training.engine.train`; the training process
calls it, and so do the command line and tests (in their own process).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from guiapp.core.datasets.base import Dataset
from guiapp.core.text import Text
from guiapp.core.training.config import EarlierEpochs, TrainConfig, TrainingControl, TrainingEvent, TrainingResult
from guiapp.core.training.distributed import worker_files
from guiapp.core.training.personalize import PersonalizeRequest


@dataclass
class TrainingRequest:
    """What to train. The caller fills the first part; :func:`guiapp.core.training.session.prepare` opens the data
    (``data``, ``n_personal``) and the session sets where the files go (``checkpoint``, ``model_path``)."""

    config: TrainConfig
    dataset: str  # a dataset name or path, as the user chose it (recorded with the run)
    samples_per_class: int | None = None  # built-ins: how many to synthesise
    base_path: str | None = None  # fine-tune (or personalise) this model file
    personalize: PersonalizeRequest | None = None
    data: Dataset | None = None  # the dataset in memory (skips opening ``dataset``); after prepare: what is trained on
    original_data: Dataset | None = None  # personalisation: the original dataset already in memory
    n_personal: int = 0  # personalisation: the first n samples of ``data`` are the user's own
    checkpoint: str | None = None  # the best epoch, written while training runs
    model_path: str | None = None  # the final model, written when the run ends (not when the app is closing)
    # One worker of a multi-worker cluster (TF_CONFIG / Slurm, see core.training.distributed): only the chief keeps
    # ``checkpoint`` and ``model_path``; the others write theirs to a temporary folder that is removed.
    distributed: bool = False
    backup_dir: str | None = None  # Keras BackupAndRestore's folder: an interrupted run resumes from it
    worker_timeout_s: float | None = None  # a collective waiting longer means a worker is lost (None: the default)
    earlier: EarlierEpochs | None = None  # Continue: the stopped run's epochs, which this one carries on from


def run_request(request: TrainingRequest, control: TrainingControl, closing: Callable[[], bool],
                emit: Callable[[TrainingEvent], None]) -> TrainingResult:
    """Train a prepared request. ``closing()`` true when the run ends means the app is closing: the best checkpoint
    is what is kept, and the final save and the after-accuracy are skipped. Raises TrainingError, DatasetError,
    ModelFileError for bad input (the message says why)."""
    from guiapp.core.modelfile import LoadedModel, load_model
    from guiapp.core.training.engine import train
    from guiapp.core.training.personalize import personal_accuracy, with_renamed_classes

    base = load_model(request.base_path) if request.base_path else None
    if base is not None and request.data is not None:  # its classes as the dataset names them now
        base = with_renamed_classes(base, request.data.renamed_classes)
    n = request.n_personal
    before = personal_accuracy(base, request.data, n) if n and base is not None else {}
    cluster = None
    if request.distributed:
        from guiapp.core.training.distributed import read_cluster

        cluster = read_cluster()
    with worker_files(cluster, request.checkpoint, request.model_path) as (checkpoint, model_path):
        result = train(request.config, request.data, on_progress=emit, control=control, base=base,
                       checkpoint=checkpoint, distributed=request.distributed, backup=request.backup_dir,
                       worker_timeout_s=request.worker_timeout_s, earlier=request.earlier)
        if result.best_epoch is not None:
            if closing() or not model_path:
                result.model_path = checkpoint
            else:
                # The converted form costs seconds (5 s of the 7 s between a Stop and the run's end on 2 cores):
                # said, so "Stopping…" does not look stuck.
                emit(TrainingEvent("message", len(result.history.get("loss", [])), request.config.epochs,
                                   message=Text("saving the model: converting it for fast recognition takes a few "
                                                "seconds…"), saving=True))
                result.model_path = str(result.save(model_path))
        if cluster is not None and not cluster.is_chief:
            result.model_path = None  # its files were the chief's copies, in a folder removed now
    if request.backup_dir and not Path(request.backup_dir).exists():  # Keras removed its backup: the run ended
        with contextlib.suppress(OSError):  # the shared parent goes with the last worker's
            Path(request.backup_dir).parent.rmdir()
    if n and result.model_path is not None and not closing():
        after = personal_accuracy(LoadedModel(result.model, list(result.labels), result.spec), request.data, n)
        result.personal = {f"before_{k}": v for k, v in before.items()}
        result.personal.update({f"after_{k}": v for k, v in after.items()})
    return result


__all__ = ["TrainingRequest", "run_request"]
