"""How it learned: the weights of every epoch of the latest run, and what the model made of a drawing and of the
validation data at each of them (the checkpoint scrubber's data).

Kept for small models only (:data:`MAX_PARAMS`; the tutorials' networks and guiapp's default are well below) and
for the latest runs only (:data:`KEEP_RUNS`, :data:`KEEP_BYTES`): a run that starts keeping them removes the older
runs' epoch folders beyond those, so the runs folder grows by that much at most (the default preset: ≈ 3.5 MB an
epoch). Only the latest run kept them before, and a teacher's prepared run lost its epochs to the next one,
unsaid (two walks).

```
<run folder>/epochs/epoch-000.weights.h5      the weights before training: a new run's random start, a fine-tune's base
<run folder>/epochs/epoch-001.weights.h5 …    written after each epoch by the callback from :func:`keeper`
```
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np

from guiapp.core.atomic import atomic_path
from guiapp.core.text import Text
from guiapp.core.training.runs import RunError

FOLDER = "epochs"
MAX_PARAMS = 2_000_000
KEEP_RUNS = 5  # runs whose epochs are kept, the newest one included
KEEP_BYTES = 250 * 2**20  # and what the other runs' epochs take at most
_NAME = re.compile(r"^epoch-(\d{3,})\.weights\.h5$")


def folder_for(run_folder: str | Path) -> Path:
    return Path(run_folder) / FOLDER


def keeper(run_folder: str | Path, model, first: int = 0):
    """The Keras callback that writes each epoch's weights into the run's epochs folder, or None when the model is
    too large to keep them. Removes the epoch folders of every other run in the same runs folder first. A run from
    its start (``first`` 0, not a continuation) keeps its weights before training as epoch 0: a class sees the
    network answer at chance first, then learn (How it learned began at epoch 1, already at 90 %)."""
    import keras

    if model.count_params() > MAX_PARAMS:
        return None
    run_folder = Path(run_folder)
    make_room(run_folder)
    target = folder_for(run_folder)

    class KeepEpochs(keras.callbacks.Callback):
        def on_train_begin(self, logs=None):
            # (not again when a backup restored the run: its epoch 0 is the first start's)
            if first == 0 and not (target / f"epoch-{0:03d}.weights.h5").exists():
                self._write(0)

        def on_epoch_end(self, epoch, logs=None):
            self._write(epoch + 1)

        def _write(self, epoch: int) -> None:
            target.mkdir(parents=True, exist_ok=True)
            with atomic_path(target / f"epoch-{epoch:03d}.weights.h5") as tmp:
                # Keras insists on the suffix: the temporary file is named like the real one, inside tmp's folder.
                staged = Path(tmp).with_name(Path(tmp).name + ".weights.h5")
                self.model.save_weights(staged)
                staged.replace(tmp)

    return KeepEpochs()


def make_room(run_folder: str | Path, keep_runs: int = KEEP_RUNS, keep_bytes: int = KEEP_BYTES) -> None:
    """Before ``run_folder`` keeps its epochs: the other runs' epoch folders, newest first, stay while there are
    fewer than ``keep_runs`` runs in all and they take at most ``keep_bytes``; older ones are removed."""
    run_folder = Path(run_folder)
    others = []
    for folder in run_folder.parent.glob(f"*/{FOLDER}"):
        try:  # another run's, which another process may be removing meanwhile
            if folder.parent != run_folder:
                size = sum(path.stat().st_size for path in folder.iterdir() if path.is_file())
                others.append((folder.stat().st_mtime, size, folder))
        except OSError:
            continue
    kept = used = 0
    for _when, size, folder in sorted(others, key=lambda other: other[0], reverse=True):
        if kept < keep_runs - 1 and used + size <= keep_bytes:
            kept, used = kept + 1, used + size
        else:
            shutil.rmtree(folder, ignore_errors=True)


def epoch_files(run_folder: str | Path) -> list[tuple[int, Path]]:
    """(epoch, weights file) of a run, in epoch order; empty when it kept none."""
    folder = folder_for(run_folder)
    if not folder.is_dir():
        return []
    found = [(int(m.group(1)), p) for p in folder.iterdir() if (m := _NAME.match(p.name))]
    return sorted(found)


def stored_params(model_path: str | Path) -> int | None:
    """The parameters of the model in an .h5 file (its weights' sizes, as ``count_params`` counts them), read
    without Keras; None when the file cannot be read so."""
    import h5py

    from guiapp.core.modelfile.metadata import count_params

    try:
        with h5py.File(model_path, "r") as file:
            return count_params(file["model_weights"]) if "model_weights" in file else None
    except (OSError, ValueError):
        return None


VALIDATION, YOUR_DRAWINGS = "validation", "your drawings"  # what measured_data measures on


def measured_data(model_path: str | Path, labels: list[str]) -> tuple[np.ndarray | None, np.ndarray | None, str]:
    """(images, model-label indices, what they are) to measure each epoch of the run that made ``model_path`` on:
    the validation split the run trained with (:data:`VALIDATION`), or for a run whose data was mixed in memory
    (Teach…, Personalize) the person's own drawings it held out and never trained on (:data:`YOUR_DRAWINGS`);
    (None, None, "") when neither can be opened again (a deleted dataset) or fits the model's classes."""
    from guiapp.core.datasets.registry import open_dataset
    from guiapp.core.training.runs import RunError, RunStore

    folder = Path(model_path).parent
    try:
        run = RunStore(folder.parent).load(folder.name)
    except RunError:
        return None, None, ""
    config = run.config
    try:
        dataset = open_dataset(run.dataset, run.samples_per_class)
    except Exception:  # noqa: BLE001 — "symbols (taught)" names no dataset; a deleted one: try the person's own
        dataset = None
    if dataset is not None and list(dataset.classes) == list(labels):
        split = dataset.split(validation=config.get("validation_split", 0.1), test=config.get("test_split", 0.1),
                              seed=config.get("seed", 0))
        return dataset.images[split.validation], dataset.labels[split.validation], VALIDATION
    if not run.personal_dataset:
        return None, None, ""
    from guiapp.core.training.personalize import held_out_of

    try:
        personal = open_dataset(run.personal_dataset)
    except Exception:  # noqa: BLE001 — deleted since
        return None, None, ""
    # The drawings the mix held out (the Datasets area marks them validation or test), of classes the model knows.
    index = {label: i for i, label in enumerate(labels)}
    known = np.array([personal.classes[c] in index for c in np.asarray(personal.labels)], bool)
    keep = np.flatnonzero(held_out_of(personal, config.get("seed", 0)) & known)
    if not len(keep):
        return None, None, ""
    mapped = np.array([index[personal.classes[c]] for c in np.asarray(personal.labels)[keep]], np.int64)
    return np.asarray(personal.images)[keep], mapped, YOUR_DRAWINGS


class EpochViewer:
    """(worker thread) A run's model loaded once; :meth:`at` puts an epoch's weights in and looks."""

    def __init__(self, model_path: str | Path) -> None:
        from guiapp.core.modelfile import load_model
        from guiapp.core.recognition import Recognizer

        self.loaded = load_model(model_path)
        self.path = str(model_path)
        self.files = dict(epoch_files(Path(model_path).parent))
        self.recognizer = Recognizer(self.loaded, warm_up=False, runtime="tensorflow")
        self.epoch: int | None = None

    @property
    def epochs(self) -> list[int]:
        return sorted(self.files)

    def at(self, epoch: int, drawing=None, images: np.ndarray | None = None, labels: np.ndarray | None = None,
           pen_width: float | None = None, top: int = 5) -> dict:
        """{epoch, top: [(label, p)] for ``drawing`` (strokes or an image; or None), confusion: (K, K) for ``images``
        (N, H, W) coverage with model-label indices ``labels`` (or None), accuracy}."""
        if epoch not in self.files:
            raise ValueError(f"epoch {epoch} was not kept; kept: {self.epochs}")
        if epoch != self.epoch:
            if not self.files[epoch].is_file():  # h5py's "[Errno 2] Unable to synchronously open file…" (a walk)
                raise RunError(Text("this run's epochs are no longer kept: only the latest {0} runs keep them "
                                    "(Runs → Rerun to go through them again)", KEEP_RUNS))
            self.loaded.model.load_weights(self.files[epoch])
            self.epoch = epoch
        out = {"epoch": epoch, "top": None, "confusion": None, "accuracy": None}
        if drawing is not None and getattr(drawing, "strokes", True):  # strokes drawn, or an image
            out["top"] = self.recognizer.recognize(drawing, top=top, pen_width=pen_width).top
        if images is not None and labels is not None and len(images):
            from guiapp.core.evaluation import confusion_matrix, samples_to_model_input

            # As the run's own validation saw them (Recognizer.probabilities fits each image again, which moved
            # the ink: epoch 2 read 94.5 % here and 96.3 % in the run's curves).
            predicted = np.argmax(self.recognizer.infer(samples_to_model_input(self.recognizer.spec, images)), axis=1)
            k = len(self.recognizer.labels)
            out["confusion"] = confusion_matrix(np.asarray(labels), predicted, k)
            out["accuracy"] = float(np.mean(predicted == np.asarray(labels)))
        return out


__all__ = ["EpochViewer", "FOLDER", "KEEP_BYTES", "KEEP_RUNS", "MAX_PARAMS", "VALIDATION", "YOUR_DRAWINGS",
           "epoch_files", "folder_for", "keeper", "make_room", "measured_data", "stored_params"]
