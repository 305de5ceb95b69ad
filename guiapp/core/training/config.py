"""What a training run is told (TrainConfig), what it reports (TrainingEvent), how it is steered
(TrainingControl: stop, pause, resume from any thread), how it ended (StopReason) and what it returns
(TrainingResult: the one result type, from the engine through the training process to the window and the CLI)."""

from __future__ import annotations

import math
import threading
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from pathlib import Path

from guiapp.core.training.presets import PRESETS, DEFAULT_PRESET
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.text import Text, listed

OPTIMIZERS = ("adam", "adamw", "sgd", "rmsprop")
SCHEDULES = ("constant", "step", "cosine", "plateau")
NEW_CLASS_STARTS = ("imprint", "random")  # how a fine-tune starts the output units of classes the base lacks


class TrainingError(Exception):
    """Training could not start or could not go on; the message says why in the user's terms."""


class StopReason(StrEnum):
    """How a run ended. A ``str``, so run records and model metadata keep their plain JSON values."""

    COMPLETED = "completed"
    EARLY_STOPPING = "early-stopping"
    CANCELLED = "cancelled"
    DIVERGED = "diverged"
    FAILED = "failed"  # it could not run or broke off (no result of the engine: the session records it)
    RUNNING = "running"  # not ended yet: a run record while training, a checkpoint written mid-run

    @property
    def finished(self) -> bool:
        """The run went as far as it was meant to (all epochs, or early stopping's choice)."""
        return self in (StopReason.COMPLETED, StopReason.EARLY_STOPPING)


@dataclass
class TrainConfig:
    preset: str = DEFAULT_PRESET
    epochs: int = 10
    batch_size: int = 128
    optimizer: str = "adam"
    learning_rate: float = 1e-3
    # The Train area and `guiapp train` both start from these defaults: halve the rate when validation stalls,
    # and stop after three epochs without improvement (the best epoch is kept either way).
    schedule: str = "plateau"
    # "step": multiply the rate by step_factor every step_every epochs (0: at 50 % and 75 % of the run, as the
    # hiragana tutorial's 1e-3 → 1e-4 → 1e-5 did).
    step_every: int = 0
    step_factor: float = 0.1
    dropout: float | None = None  # None: the preset's own
    augment: bool = False
    augment_strength: float = 1.0
    validation_split: float = 0.1
    test_split: float = 0.1  # held out for evaluation; datasets with their own test set keep it
    early_stopping: int = 3  # patience in epochs without improvement; 0 = off
    seed: int = 0
    device: str = "cpu"  # cpu | gpu:N | all-gpus
    # Fine-tuning with new classes: their output units start from their samples' mean feature (core.training.imprint:
    # the model reads them from its first epochs, docs/teach.md) or at random ("random", as Keras starts them).
    new_class_start: str = "imprint"

    def validate(self) -> "TrainConfig":
        problems = []
        if self.preset not in PRESETS:
            problems.append(Text("unknown preset {0!r} (presets: {1})", self.preset, listed(PRESETS)))
        if not isinstance(self.epochs, int) or not 1 <= self.epochs <= 10_000:
            problems.append(Text("epochs must be 1..10000, got {0!r}", self.epochs))
        if not isinstance(self.batch_size, int) or not 1 <= self.batch_size <= 65_536:
            problems.append(Text("batch size must be 1..65536, got {0!r}", self.batch_size))
        if self.optimizer not in OPTIMIZERS:
            problems.append(Text("optimizer must be one of {0}, got {1!r}", listed(OPTIMIZERS), self.optimizer))
        if not (isinstance(self.learning_rate, (int, float)) and 0 < self.learning_rate <= 10):
            problems.append(Text("learning rate must be in (0, 10], got {0!r}", self.learning_rate))
        if self.schedule not in SCHEDULES:
            problems.append(Text("schedule must be one of {0}, got {1!r}", listed(SCHEDULES), self.schedule))
        if self.step_every < 0 or not 0 < self.step_factor < 1:
            problems.append(Text("step schedule needs step_every ≥ 0 and 0 < step_factor < 1"))
        if self.dropout is not None and not 0 <= self.dropout < 1:
            problems.append(Text("dropout must be in [0, 1), got {0}", self.dropout))
        if not 0 <= self.augment_strength <= 3:
            problems.append(Text("augmentation strength must be in [0, 3], got {0}", self.augment_strength))
        if not (0 <= self.validation_split < 1 and 0 <= self.test_split < 1
                and self.validation_split + self.test_split < 1):
            problems.append(Text("validation and test fractions must be in [0, 1) and sum below 1"))
        if self.early_stopping < 0:
            problems.append(Text("early-stopping patience must be ≥ 0"))
        if self.new_class_start not in NEW_CLASS_STARTS:
            problems.append(Text("new classes start must be one of {0}, got {1!r}", listed(NEW_CLASS_STARTS),
                                 self.new_class_start))
        if not (self.device in ("cpu", "all-gpus") or (self.device.startswith("gpu:") and self.device[4:].isdigit())):
            problems.append(Text("device must be cpu, gpu:N or all-gpus, got {0!r}", self.device))
        if problems:
            joined = problems[0]
            for problem in problems[1:]:
                joined = Text("{0}; {1}", joined, problem)
            raise TrainingError(Text("invalid training settings: {0}", joined))
        return self

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "TrainConfig":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class TrainingEvent:
    """One progress report. ``kind`` is "batch" (throttled, ~10 per second at most), "epoch" or "message"."""

    kind: str
    epoch: int = 0  # 1-based
    epochs: int = 0
    batch: int = 0  # 1-based, within the epoch
    batches: int = 0
    loss: float | None = None
    accuracy: float | None = None
    val_loss: float | None = None
    val_accuracy: float | None = None
    samples_per_s: float = 0.0
    eta_s: float | None = 0.0  # None: not known yet (the first epoch of a short run)
    best_epoch: int | None = None
    learning_rate: float | None = None
    message: str = ""
    warning: bool = False  # a message saying why the run may disappoint (too little data): kept in view while it runs
    # Batch events, filled in by the session: the global batch step and the mean loss of the batches since the
    # previous batch event (Keras reports a running mean over the epoch, which saw-tooths at each epoch start).
    step: float | None = None
    batch_loss: float | None = None
    # The epoch's last batch event of a run with validation data: what comes next is validation, which reports no
    # batches (the bar stood still on "batch 50/50" for seconds; a fresh-eyes walk read it as frozen).
    validating: bool = False
    # The message that the run's training is over and its model is being saved (seconds): Pause and Stop can do
    # nothing more, so the window disables them (a fresh-eyes walk pressed them then).
    saving: bool = False


@dataclass
class EarlierEpochs:
    """The epochs a stopped run had trained when Continue carries it on: the continuation numbers its epochs after
    them (epoch 3 of 6, not 1 of 4), its curves begin with them, and its best epoch stays theirs until one of its
    own does better (it starts from that epoch's weights)."""

    history: dict[str, list[float]] = field(default_factory=dict)  # per epoch, as TrainingResult.history
    best_epoch: int | None = None
    batches: list[list[float]] = field(default_factory=list)  # the per-batch trace, [[step, loss], ...]
    run_id: str = ""  # the run continued (recorded with the continuation)

    @property
    def count(self) -> int:
        return len(self.history.get("loss", []))

    def best_value(self, monitor: str) -> float:
        """The monitored value at the best epoch; infinity when unknown (any epoch of the continuation beats it)."""
        values = self.history.get(monitor) or []
        if self.best_epoch and 0 < self.best_epoch <= len(values) and math.isfinite(values[self.best_epoch - 1]):
            return float(values[self.best_epoch - 1])
        return math.inf


class TrainingControl:
    """Steer a run from another thread. ``stop`` takes effect after the current batch; ``pause`` holds the run
    between batches until ``resume`` (or ``stop``)."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()

    def stop(self) -> None:
        self._stop.set()
        self._running.set()  # a paused run must wake up to stop

    def pause(self) -> None:
        if not self._stop.is_set():
            self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def wait_while_paused(self, timeout: float | None = None) -> bool:
        """Block while paused; True when running (or stopping)."""
        return self._running.wait(timeout)


@dataclass
class TrainingResult:
    """How a run ended and what it produced. The engine fills the training part; the training process drops
    ``model`` before sending the result back (the saved file is what travels); the session adds ``run`` and
    ``dataset``."""

    stopped: StopReason
    message: str
    best_epoch: int | None = None  # 1-based; None if no epoch finished
    history: dict[str, list[float]] = field(default_factory=dict)  # per epoch: loss, accuracy, val_*, learning_rate
    seconds: float = 0.0
    labels: list[str] = field(default_factory=list)
    spec: PreprocessSpec | None = None
    config: TrainConfig | None = None
    dataset_name: str = ""
    dataset_fingerprint: str = ""
    split_sizes: dict[str, int] = field(default_factory=dict)
    split_note: str = ""  # the dataset's fixed split, when it has one: the validation/test settings did not apply
    per_class_limit: int | None = None  # the dataset's at-most-per-class part trained on (Dataset.per_class_limit)
    fine_tuned_from: str | None = None
    warnings: list[str] = field(default_factory=list)
    model: object | None = None  # keras.Model holding the best epoch's weights (in the process that trained)
    model_path: str | None = None  # the saved model: final, else the best checkpoint; None when nothing was saved
    personal: dict = field(default_factory=dict)  # personalisation: before_/after_ all|held_out: [correct, total]
    # How it ran: strategy, devices, workers, replicas, per-replica and global batch, the (scaled) learning rate.
    ran: dict = field(default_factory=dict)
    run: object | None = None  # the Run recorded in the runs folder (guiapp.core.training.runs)
    dataset: object | None = None  # the Dataset trained on (evaluation uses its test split)

    def metadata(self) -> dict:
        return {
            "preset": self.config.preset,
            "training_config": self.config.to_dict(),
            "history": self.history,
            "best_epoch": self.best_epoch,
            "stopped": str(self.stopped),
            "dataset": {"name": self.dataset_name, "fingerprint": self.dataset_fingerprint, "splits": self.split_sizes,
                        **({"fixed_split": self.split_note} if self.split_note else {}),
                        **({"at_most_per_class": self.per_class_limit} if self.per_class_limit else {})},
            "fine_tuned_from": self.fine_tuned_from,
            "training_seconds": round(self.seconds, 2),
            **({"ran": self.ran} if self.ran else {}),
        }

    def save(self, path: str | Path, *, light: bool = True) -> Path:
        """``light=False``: without the converted form (interim checkpoints: it costs seconds per write)."""
        from guiapp.core.modelfile import save_model

        return save_model(self.model, path, self.labels, self.spec, self.metadata(), light=light)
