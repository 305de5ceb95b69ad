"""Run history on disk: every training run keeps its config, its curves and its model in one folder.

```
<data_dir>/runs/<run id>/
    run.json     what was asked (config, dataset, fine-tune base) and how it ended (status, message, best epoch)
    curves.json  per-epoch history (loss, accuracy, val_*, learning rate) and a thinned per-batch loss trace
    best.h5      the best epoch so far, written by ``core.training.engine.train(checkpoint=...)`` while the run goes on
    model.h5     the final model (best epoch's weights, full history), written when the run ends
```
Every file is written atomically (:mod:`guiapp.core.atomic`), so a crash or a closed window leaves each file old
or whole. A run folder whose ``run.json`` is missing or damaged is skipped by :meth:`RunStore.list` (and
reported), never fatal. Qt-free: the training panel and any script use the same store.
"""

from __future__ import annotations

import json
import os
import re
import socket
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from guiapp import paths
from guiapp.core.atomic import atomic_write_bytes, atomic_write_text
from guiapp.core import trash
from guiapp.core.text import Text, from_json, to_json
from guiapp.core.training.config import StopReason

RUN_FILE = "run.json"
CURVES_FILE = "curves.json"
CHECKPOINT_FILE = "best.h5"
MODEL_FILE = "model.h5"
TRASH_DIR = ".deleted-runs"  # deleted runs, kept for a while (guiapp.core.trash)
TAUGHT_SUFFIX = " (taught)"  # a Teach… round's run: its dataset is "<the person's dataset> (taught)"
PERSONAL_SUFFIX = " (personal)"  # a Personalize run's: "<the person's dataset> (personal)"
MAX_BATCH_POINTS = 4000  # per-batch loss points kept on disk; more are thinned (every other one dropped)
STATUSES = tuple(StopReason)


CONTINUES = "continues"  # in a Continue run's record (Run.extra): the id of the run it carries on
STAMP = "%Y%m%d-%H%M%S"  # how a run's folder name begins: the time it started
STAMP_LENGTH = len(datetime(2000, 1, 1).strftime(STAMP))
TEST = "test"  # in a run's record (Run.extra): its model's test accuracy and samples, once measured
SPLITS = "splits"  # in a run's record (Run.extra): how many samples trained, validated and tested, once it trained


# In a run's record (Run.extra): the process that trains it, so that a run going on in another process (`guiapp train`
# beside the window, a second window) is not taken for one cut short ("interrupted", with Delete offered: a walk).
PROCESS = "process"


def _process_started(pid: int) -> str | None:
    """When process ``pid`` started (Linux: clock ticks since boot; a pid used again later differs), else None."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def process_marker() -> dict:
    """This process, as :func:`trains_elsewhere` recognises it later."""
    return {"pid": os.getpid(), "host": socket.gethostname(), "started": _process_started(os.getpid())}


def trains_elsewhere(run: "Run") -> bool:
    """Whether ``run``, recorded as running, is being trained right now by another process of this computer, rather
    than cut short (the window closed, a process killed): the process that started it is still alive."""
    return run.status == StopReason.RUNNING and in_another_process(run)


def in_another_process(run: "Run") -> bool:
    """Whether the process that started ``run`` is another one of this computer, still alive (whatever the record
    says: `guiapp train` records the test accuracy after the run's end)."""
    marker = run.extra.get(PROCESS)
    if not isinstance(marker, dict) or os.name != "posix":
        return False
    pid = marker.get("pid")
    if not isinstance(pid, int) or pid <= 0 or pid == os.getpid() or marker.get("host") != socket.gethostname():
        return False
    try:
        os.kill(pid, 0)  # signal 0: only asks whether it exists
    except PermissionError:
        pass  # another user's process of that number: alive, and checked by its start below
    except OSError:
        return False
    started = _process_started(pid)
    return started is None or started == marker.get("started")


class RunError(Exception):
    """A run could not be found, read or written; the message says which and why."""


def accuracy_at_best(history: dict, best_epoch: int | None) -> float | None:
    """The validation accuracy (else the training accuracy) at the best epoch, else the highest; None without."""
    values = history.get("val_accuracy") or history.get("accuracy")
    if not values:
        return None
    if best_epoch and best_epoch <= len(values):
        return values[best_epoch - 1]
    return max(values)


def thin(points: list, limit: int = MAX_BATCH_POINTS) -> list:
    """Drop every other point until at most ``limit`` remain (the last point is always kept)."""
    while len(points) > limit:
        last = points[-1]
        points = points[::2]
        if points[-1] != last:
            points.append(last)
    return points


@dataclass
class Curves:
    history: dict[str, list[float]] = field(default_factory=dict)  # per epoch
    batches: list[list[float]] = field(default_factory=list)  # [[step, loss], ...], step = batches since start

    def to_dict(self) -> dict:
        return {"history": self.history, "batches": thin(self.batches)}

    @classmethod
    def from_dict(cls, data: dict) -> "Curves":
        history = {str(k): [float(v) for v in values] for k, values in dict(data.get("history", {})).items()}
        batches = [[float(step), float(loss)] for step, loss in data.get("batches", [])]
        return cls(history, batches)


@dataclass
class Run:
    id: str
    folder: Path
    config: dict  # TrainConfig.to_dict()
    dataset: str  # name or path given to open_dataset
    samples_per_class: int | None = None  # for built-ins: how many were synthesised
    created: str = ""
    finished: str = ""
    status: str = StopReason.RUNNING
    message: str = ""
    best_epoch: int | None = None
    epochs_done: int = 0
    seconds: float = 0.0
    fine_tuned_from: str | None = None
    personal_dataset: str | None = None  # personalisation: the user dataset mixed in
    extra: dict = field(default_factory=dict)  # e.g. before/after accuracy of a personalisation
    name: str = ""  # what the user called it (the run and its model files); empty: described by its title

    @property
    def checkpoint_path(self) -> Path:
        return self.folder / CHECKPOINT_FILE

    @property
    def model_path(self) -> Path:
        return self.folder / MODEL_FILE

    def best_model_file(self) -> Path | None:
        """The final model if the run ended with one, else the best checkpoint, else None."""
        for path in (self.model_path, self.checkpoint_path):
            if path.is_file():
                return path
        return None

    @property
    def test_accuracy(self) -> tuple[float, int] | None:
        """Its model's accuracy on the run's held-out test samples and how many there were, once measured (the
        window's Evaluation at the run's end, ``guiapp train``): see :meth:`RunStore.note_test`."""
        return test_figure(self.extra.get(TEST) if isinstance(self.extra, dict) else None)

    @property
    def split_sizes(self) -> dict[str, int] | None:
        """{"train": n, "validation": n, "test": n} of the samples the run split its data into; None for a run
        recorded before runs kept them, or stopped before training began. Two runs on one dataset of 15 and of 33
        drawings read alike in the Runs list (walk 124)."""
        sizes = self.extra.get(SPLITS) if isinstance(self.extra, dict) else None
        try:
            return {part: int(sizes[part]) for part in ("train", "validation", "test")}
        except (TypeError, KeyError, ValueError):
            return None

    @property
    def title(self) -> str:
        """The name the user gave the run, else "my-handwriting · inkling · 2026-12-01 10:42:05" (with seconds: runs
        started in one minute had one title)."""
        if self.name:
            return self.name
        preset = self.config.get("preset", "?")
        return f"{self.dataset} · {preset} · {self.created[:19].replace('T', ' ')}"

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("folder")
        return data

    def load_curves(self) -> Curves:
        path = self.folder / CURVES_FILE
        if not path.is_file():
            return Curves()
        try:
            return Curves.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            raise RunError(Text("{0}: the curves cannot be read ({1}: {2})", path, type(exc).__name__, str(exc))) from exc


def run_of_model(path: str | Path) -> Run | None:
    """The run whose folder holds the model file ``path`` (its final model or best checkpoint), else None: a run's
    model is named as the run is, wherever it is listed."""
    path = Path(path)
    if path.name not in (MODEL_FILE, CHECKPOINT_FILE) or not (path.parent / RUN_FILE).is_file():
        return None
    try:
        return RunStore(path.parent.parent).load(path.parent.name)
    except RunError:
        return None


def test_figure(test) -> tuple[float, int] | None:
    """(accuracy, samples) of a recorded test figure ({"accuracy": …, "samples": …} in run.json or a model file's
    metadata), None when absent or nonsense."""
    try:
        accuracy, samples = float(test["accuracy"]), int(test["samples"])
    except (TypeError, KeyError, ValueError):
        return None
    return (accuracy, samples) if samples > 0 and 0.0 <= accuracy <= 1.0 else None


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def _slug(text: str, limit: int = 24) -> str:
    # Letters of every script are kept (a walk's "chiffres-écrits" became "chiffres--crits"): every file system
    # takes them, and the folder's name is what a person sees when looking for the run's files.
    text = unicodedata.normalize("NFC", Path(str(text)).name or str(text))
    return (re.sub(r"[^\w.-]+", "-", text).strip("-._") or "data")[:limit].rstrip("-.")


class RunStore:
    """The runs folder, by default ``<data_dir>/runs``."""

    def __init__(self, root: str | Path | None = None):
        self.root = Path(root) if root is not None else paths.data_dir() / "runs"
        self.problems: list[str] = []  # run folders skipped by the last list(), with the reason

    def create(self, config: dict, dataset: str, samples_per_class: int | None = None, **details) -> Run:
        """A new run folder with its run.json (status "running")."""
        self.root.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime(STAMP)
        base = f"{stamp}-{_slug(config.get('preset', 'model'))}-{_slug(dataset)}"
        run_id, n = base, 1
        while True:
            try:
                (self.root / run_id).mkdir()
                break
            except FileExistsError:
                n += 1
                run_id = f"{base}-{n}"
        run = Run(run_id, self.root / run_id, dict(config), str(dataset), samples_per_class, created=_now(), **details)
        run.extra[PROCESS] = process_marker()
        self.write(run)
        return run

    def write(self, run: Run) -> None:
        data = run.to_dict()
        if isinstance(run.message, Text):  # its template too, so the window can translate it after a restart
            data["message_text"] = to_json(run.message)
        atomic_write_text(run.folder / RUN_FILE, json.dumps(data, indent=2, ensure_ascii=False))

    def save_curves(self, run: Run, curves: Curves) -> None:
        atomic_write_text(run.folder / CURVES_FILE, json.dumps(curves.to_dict(), ensure_ascii=False))

    def finish(self, run: Run, status: StopReason | str, message: str, best_epoch: int | None, curves: Curves,
               seconds: float = 0.0, **extra) -> Run:
        """Record how the run ended, with its curves. The model files are written by the caller."""
        try:
            status = StopReason(status)
        except ValueError:
            raise RunError(Text("unknown run status {0!r}", status)) from None
        run.status, run.message, run.best_epoch = status, message, best_epoch
        run.epochs_done = len(curves.history.get("loss", []))
        run.seconds, run.finished = round(float(seconds), 2), _now()
        run.extra.update(extra)
        self.save_curves(run, curves)
        self.write(run)
        return run

    def note_test(self, run: Run, accuracy: float, samples: int) -> Run:
        """Record the test accuracy of the run's model on its own held-out samples: the Runs list said only the
        validation accuracy, which the run chose its best epoch by, and the figure measured at its end was lost
        when another run was shown (a walk)."""
        run.extra[TEST] = {"accuracy": round(float(accuracy), 6), "samples": int(samples)}
        self.write(run)
        model = run.best_model_file()
        if model is not None:  # in the file too: a copy saved elsewhere had no test figure to show (walk 139)
            from guiapp.core.modelfile import ModelFileError
            from guiapp.core.modelfile.save import update_metadata

            try:
                update_metadata(model, test=dict(run.extra[TEST]))
            except ModelFileError:
                pass  # not a file with Inkling's metadata: run.json keeps the figure
        return run

    def load(self, run_id: str) -> Run:
        folder = self.root / run_id
        path = folder / RUN_FILE
        if not path.is_file():
            raise RunError(Text("no run {0!r} in {1}", run_id, self.root))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            data.pop("id", None)
            if "message_text" in data:
                data["message"] = from_json(data.pop("message_text"), str(data.get("message", "")))
            return Run(id=run_id, folder=folder, **data)
        except (OSError, ValueError, TypeError) as exc:
            raise RunError(Text("{0}: cannot be read ({1}: {2})", path, type(exc).__name__, str(exc))) from exc

    def list(self) -> list[Run]:
        """Every readable run, newest first; unreadable folders are skipped and noted in ``problems``."""
        self.problems = []
        if not self.root.is_dir():
            return []
        runs = []
        for folder in sorted(self.root.iterdir()):
            if not folder.is_dir() or folder.name.startswith("."):
                continue
            try:
                runs.append(self.load(folder.name))
            except RunError as exc:
                self.problems.append(str(exc))
        return sorted(runs, key=lambda run: (run.created, run.id), reverse=True)

    def newest(self) -> Run | None:
        """The run :meth:`list` gives first, read from the newest folders alone (their names begin with the time the
        run started, to the second): the window asks for it as it starts, where reading every run grew with the
        runs folder. Unreadable folders are passed over, as :meth:`list` skips them."""
        if not self.root.is_dir():
            return None
        folders = sorted((folder for folder in self.root.iterdir()
                          if folder.is_dir() and not folder.name.startswith(".")), reverse=True)
        for stamp in dict.fromkeys(folder.name[:STAMP_LENGTH] for folder in folders):
            runs = []
            for folder in (f for f in folders if f.name[:STAMP_LENGTH] == stamp):
                try:
                    runs.append(self.load(folder.name))
                except RunError:
                    continue
            if runs:
                return max(runs, key=lambda run: (run.created, run.id))
        return None

    def rename(self, run: Run, name: str) -> Run:
        """Call the run (and the models it saved) ``name``: the runs list and the model list show it."""
        from guiapp.core.modelfile import ModelFileError
        from guiapp.core.modelfile.save import set_model_name

        for path in (run.model_path, run.checkpoint_path):
            if path.is_file():
                try:
                    set_model_name(path, name)
                except ModelFileError as exc:
                    raise RunError(exc.args[0] if len(exc.args) == 1 else str(exc)) from None
        run.name = " ".join(str(name).split())
        self.write(run)
        return run

    def delete(self, run_id: str) -> str:
        """Move the run (its record and its model) into the hidden trash folder (:mod:`guiapp.core.trash`);
        returns the token :meth:`restore` takes."""
        # A run's own folder only: never the trash, a parent, a path.
        valid = isinstance(run_id, str) and run_id and not run_id.startswith(".") and not set("/\\") & set(run_id)
        if not valid or not (self.root / run_id).is_dir():
            raise RunError(Text("no run {0!r} in {1}", run_id, self.root))
        try:
            return trash.move_to_trash(self.root / run_id, self.root / TRASH_DIR)
        except OSError as exc:
            raise RunError(Text("cannot delete the run {0}: {1}", run_id, exc.strerror or exc)) from None

    def restore(self, token: str) -> Run:
        """Undo :meth:`delete`. KeyError when the token names nothing in the trash."""
        run_id = trash.name_of(token)
        trash.restore(self.root / TRASH_DIR, token, self.root / run_id)  # KeyError when it is not in the trash
        return self.load(run_id)

    @staticmethod
    def export_model(run: Run, target: str | Path) -> Path:
        """Copy the run's model (final, else best checkpoint) to ``target`` atomically: a Save as… that never
        leaves a half-written file and needs no Keras."""
        source = run.best_model_file()
        if source is None:
            raise RunError(Text("run {0} has no saved model (no epoch finished)", run.id))
        target = Path(target)
        if target.suffix.lower() != source.suffix.lower():
            raise RunError(Text("{0}: the model is a {1} file; save it with that extension", target.name, source.suffix))
        atomic_write_bytes(target, source.read_bytes())
        return target


__all__ = ["CONTINUES", "Curves", "Run", "RunError", "RunStore", "PERSONAL_SUFFIX", "SPLITS", "STATUSES", "TAUGHT_SUFFIX",
           "accuracy_at_best", "run_of_model", "test_figure", "thin"]
