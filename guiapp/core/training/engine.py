"""The training engine: ``train(config, dataset, on_progress, should_stop)`` — one function for the GUI worker
and the CLI. It reports per-batch and per-epoch progress, honours stop (after the current batch) and
pause/resume (between batches), stops a diverging run with a clear message, keeps the best epoch's weights,
writes checkpoints atomically, and fine-tunes a saved model on new data, growing the output layer for new classes.
An epoch that a stop or a divergence cuts short is not an epoch: it is neither validated nor recorded.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Callable

import numpy as np

from guiapp.core.datasets.base import Dataset
from guiapp.core.modelfile import LoadedModel
from guiapp.core.training.presets import build_model
from guiapp.core.training.config import (EarlierEpochs, TrainConfig, TrainingControl, TrainingError, TrainingEvent,
                                         TrainingResult, StopReason)
from guiapp.core.training.batch_norm import settling_callback
from guiapp.core.training.data import make_pipelines
from guiapp.core.training.devices import choose_strategy
from guiapp.core.training.progress import EpochCutShort, make_progress_callback
from guiapp.core.text import Plural, Text

log = logging.getLogger(__name__)
# Fewer samples of a class than this cannot train and measure it: one or two are held out for validation and test.
MIN_SAMPLES_PER_CLASS = 5
# A new best epoch is written to the checkpoint file at most this often while training goes on (each .h5 write
# costs tens of milliseconds to seconds, which short epochs would pay every epoch); train() always writes the
# best epoch before it returns, so only a killed process can lose at most this much progress.
CHECKPOINT_INTERVAL_S = 30.0


def _optimizer(config: TrainConfig, steps_per_epoch: int, rate: float, epochs: int):
    """``epochs``: how many this fit trains (a continuation trains the epochs its run had left: the cosine decays
    over those, as it did over the whole run)."""
    import keras

    if config.schedule == "cosine":
        rate = keras.optimizers.schedules.CosineDecay(rate, max(1, epochs * steps_per_epoch))
    if config.optimizer == "adam":
        return keras.optimizers.Adam(rate)
    if config.optimizer == "adamw":
        return keras.optimizers.AdamW(rate)
    if config.optimizer == "rmsprop":
        return keras.optimizers.RMSprop(rate)
    return keras.optimizers.SGD(rate, momentum=0.9, nesterov=True)


def _schedule_callbacks(config: TrainConfig, monitor: str) -> list:
    import keras

    if config.schedule == "step":
        every = config.step_every
        milestones = (
            list(range(every, config.epochs, every)) if every else sorted({config.epochs // 2, (3 * config.epochs) // 4} - {0})
        )

        def step(epoch: int, rate: float) -> float:
            return float(rate * config.step_factor) if epoch in milestones else float(rate)

        return [keras.callbacks.LearningRateScheduler(step)]
    if config.schedule == "plateau":
        return [keras.callbacks.ReduceLROnPlateau(monitor=monitor, factor=0.5, patience=2, min_lr=1e-6)]
    return []


def _with_classes(model, n_classes: int):
    """A copy of ``model`` whose softmax layer has ``n_classes`` outputs; existing classes keep their weights."""
    import keras

    head = model.layers[-1]
    if not isinstance(head, keras.layers.Dense):
        raise TrainingError(Text("this model ends in a {0} layer, not a Dense layer; Inkling can fine-tune it only on "
                                 "the classes it already has", type(head).__name__))
    old_kernel, old_bias = head.get_weights() if head.use_bias else (head.get_weights()[0], None)
    if old_kernel.shape[1] == n_classes:
        copy = keras.models.clone_model(model)
        copy.set_weights(model.get_weights())
        return copy
    body = keras.Model(model.inputs, model.layers[-2].output)
    body_copy = keras.models.clone_model(body)
    body_copy.set_weights(body.get_weights())
    new_head = keras.layers.Dense(n_classes, activation=head.activation, name="classes")
    outputs = new_head(body_copy.outputs[0])
    grown = keras.Model(body_copy.inputs, outputs, name=model.name)
    kernel, bias = new_head.get_weights()
    kernel[:, : old_kernel.shape[1]] = old_kernel
    if old_bias is not None:
        bias[: old_bias.shape[0]] = old_bias
    new_head.set_weights([kernel, bias])
    return grown


def _imprint(model, n_old: int, dataset: Dataset, spec, label_map: np.ndarray, train: np.ndarray) -> None:
    """The new classes' output units started from their training samples (:mod:`.imprint`)."""
    from guiapp.core.recognition import coverage_to_model_input
    from guiapp.core.training.data import images_for_spec
    from guiapp.core.training.imprint import imprint_new_classes

    inputs = coverage_to_model_input(spec, images_for_spec(dataset, spec, train))
    imprint_new_classes(model, n_old, inputs, label_map[np.asarray(dataset.labels)[train]])


def check_enough_samples(dataset: Dataset, minimum: int = MIN_SAMPLES_PER_CLASS) -> None:
    """TrainingError naming every class with fewer than ``minimum`` samples and how many more to add (drawn or
    imported: "draw" read oddly for a folder of images)."""
    check_counts(dataset.name, dict(zip(dataset.classes, (int(n) for n in dataset.class_counts()))), minimum)


def check_counts(name: str, counts: dict[str, int], minimum: int = MIN_SAMPLES_PER_CLASS) -> None:
    """:func:`check_enough_samples` from ``counts`` {class: samples}, for a caller that has not loaded the images
    (the Personalize button checks before it starts a run). No sample at all is said as such: with nothing to be
    short of, an empty dataset of one's own passed, and Personalize fine-tuned on the original data alone."""
    if not sum(int(n) for n in counts.values()):
        raise TrainingError(Text("{0}: the dataset is empty", name))
    short = [(label, int(n)) for label, n in counts.items() if n < minimum]
    if short:
        listed = Text("{0!r} has {1} (add {2} more)", *short[0], minimum - short[0][1])
        for label, n in short[1:8]:
            listed = Text("{0}, {1!r} has {2} (add {3} more)", listed, label, n, minimum - n)
        if len(short) > 8:
            listed = Plural("{0} and %Ln more class(es)", "", len(short) - 8, listed)
        raise TrainingError(Text("{0}: training needs at least {1} samples of every class, so that some can be held out "
                                 "to measure accuracy: {2}", name, minimum, listed))


def check_trainable(dataset: Dataset, fine_tuning: bool = False) -> None:
    """TrainingError when ``dataset`` cannot train a classifier: empty, a class too small to hold some out, or
    (from scratch) one class only. Checked before a run is recorded, so that a refused start leaves no failed run."""
    check_enough_samples(dataset)  # says "the dataset is empty" for no sample at all
    if not fine_tuning and len(dataset.classes) < 2:
        raise TrainingError(Text("{0}: training needs at least 2 classes, found {1}", dataset.name,
                                 len(dataset.classes)))


FEW_PER_CLASS = 20  # below this many samples of a class, a network trained from scratch learns little of it


def small_data_warnings(dataset: Dataset, n_train: int, batch_size: int, from_model: bool = False) -> list[Text]:
    """Why a run on very little data will disappoint, said before it does (a dataset of 6 drawings a class trained
    with batch 128 was one step an epoch and ended at chance, with nothing said). The remedy fits the data: a
    synthesised built-in needs more made per class, set by the Train area's Samples or the CLI's
    --samples-per-class (the words name neither control, so they read right in both); drawings and files need
    more drawn. A run ``from_model`` (Teach…, a fine-tune) starts from what a model knows: a few drawings of a
    class is what Teach… is made for, and its run said to draw more "or use Teach…" (a walk)."""
    from guiapp.core.datasets.builtin import is_synthesised

    warnings = []
    counts = dataset.class_counts()
    fewest = int(min(counts)) if len(counts) else 0
    synthesised = dataset.kind == "builtin" and is_synthesised(dataset.name)
    if fewest < FEW_PER_CLASS and synthesised:
        warnings.append(Plural("the smallest class has only %Ln sample(s): a network learns little from so few; "
                               "synthesise {0} or more per class", "", fewest, FEW_PER_CLASS))
    elif fewest < FEW_PER_CLASS and not from_model and dataset.kind in ("file", "system"):
        # images, not drawings: "draw 20 or more of each" was said of an imported folder (walk 163)
        warnings.append(Plural("the smallest class has only %Ln sample(s): a network learns little from so few; "
                               "add {0} or more images of each", "", fewest, FEW_PER_CLASS))
    elif fewest < FEW_PER_CLASS and not from_model:
        # Fine-tuning needs fewer: said so, as Personalize beside these settings takes 5 a class (this read as
        # contradicting "train on it in Personalize": walk 108)
        warnings.append(Plural("the smallest class has only %Ln sample(s): from scratch, a network learns little "
                               "from so few; draw {0} or more of each, or fine-tune a model on them: Personalize, or "
                               "Teach… on the Recognize tab", "", fewest, FEW_PER_CLASS))
    if 0 < n_train < batch_size:
        suggested = max(1, n_train // 4)
        warnings.append(Text("the batch size ({0}) is larger than the {1} training samples, so each epoch is a "
                             "single step; a batch of {2} gives it {3} steps", batch_size, n_train,
                             suggested, -(-n_train // suggested)))
    return warnings


def run_seed(seed: int, base: LoadedModel | None) -> int:
    """The seed of Keras's randomness (shuffled order, dropout masks) for a run from ``base``. Seeded with the
    config's seed alone, a continuation or a fine-tune on the data its base learnt from replays the base's first
    epochs exactly (the same batches with the same dropout masks) and its training loss reads far too low: 0.07
    instead of 0.26 for a continued digits run whose validation loss went on as before. Mixing in the base's
    weights keeps a rerun identical and never replays. The split still uses the config's seed: a continuation
    keeps its validation samples."""
    if base is None:
        return seed
    import zlib

    checksum = 0
    for weights in base.model.get_weights():
        checksum = zlib.crc32(np.ascontiguousarray(weights).tobytes(), checksum)
    return (seed + checksum) % 2**31


def _label_plan(dataset: Dataset, base: LoadedModel | None) -> tuple[list[str], np.ndarray]:
    """Model labels and the map dataset label index → model label index (fine-tuning matches by class name)."""
    if base is None:
        return list(dataset.classes), np.arange(len(dataset.classes))
    labels = list(base.labels) + [c for c in dataset.classes if c not in base.labels]
    return labels, np.array([labels.index(c) for c in dataset.classes])


def train(
    config: TrainConfig,
    dataset: Dataset,
    on_progress: Callable[[TrainingEvent], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    control: TrainingControl | None = None,
    base: LoadedModel | None = None,
    checkpoint: str | None = None,
    distributed: bool = False,
    backup: str | None = None,
    worker_timeout_s: float | None = None,
    earlier: EarlierEpochs | None = None,
) -> TrainingResult:
    """Train a new model (or fine-tune ``base``) on ``dataset``. Never raises for a stop or a divergence: the
    result says how the run ended and holds the best epoch's weights. Raises TrainingError for bad input.

    ``distributed``: one worker of a ``MultiWorkerMirroredStrategy`` cluster (:mod:`.distributed`; every worker
    calls this with the same config and data, a lost worker raises WorkerLost). ``backup``: a folder where Keras's
    ``BackupAndRestore`` keeps the last finished epoch, so that the same call after an interruption resumes there.
    In every case ``config.batch_size`` is the batch of one replica: the global batch is that times the replicas,
    and the learning rate is scaled to it (:func:`.distributed.scaled_learning_rate`). ``earlier``: Continue — the
    epochs a stopped run had trained (``base`` is its best model); this call trains epochs ``earlier.count + 1`` to
    ``config.epochs``, and its history, best epoch and checkpoints carry on from theirs."""
    config.validate()
    started = time.perf_counter()
    control = control or TrainingControl()
    check_trainable(dataset, fine_tuning=base is not None)  # before Keras is imported: said at once
    if earlier is not None and (base is None or earlier.count >= config.epochs):
        raise TrainingError(Text("nothing to continue: {0} of {1} epochs trained, or no model to go on from",
                                 earlier.count, config.epochs))
    import keras

    labels, label_map = _label_plan(dataset, base)
    if len(labels) < 2:
        raise TrainingError(Text("{0}: training needs at least 2 classes, found {1}", dataset.name, len(labels)))
    spec = base.spec if base is not None else dataset.spec
    keras.utils.set_random_seed(run_seed(config.seed, base))
    strategy, warnings, ran = choose_strategy(config, distributed, worker_timeout_s)
    device_name, workers, global_batch, rate = ran["devices"], ran["workers"], ran["global_batch"], ran["learning_rate"]

    def emit(event: TrainingEvent) -> None:
        if on_progress is not None:
            on_progress(event)

    def warn(warning: Text) -> None:  # logged, shown as it happens, and kept in the result
        if warning not in warnings:
            warnings.append(warning)
        log.warning(warning)
        emit(TrainingEvent("message", 0, config.epochs, message=warning, warning=True))

    for warning in list(warnings):
        warn(warning)
    # One replica only: a batch of several replicas is theirs together, and halving it would not fit them
    pipelines = make_pipelines(dataset, spec, label_map, config, global_batch, shard=workers > 1,
                               fit_batch=ran["replicas"] == 1)
    fitted = pipelines.batch_size != global_batch
    if fitted:  # recorded as it ran (run.json's "ran"); the config keeps what was asked, so a rerun fits again
        ran.update(per_replica_batch=pipelines.batch_size, global_batch=pipelines.batch_size)
        asked, global_batch = global_batch, pipelines.batch_size
    with strategy.scope():
        if base is not None:
            model = _with_classes(base.model, len(labels))
            if len(labels) > len(base.labels) and config.new_class_start == "imprint":
                _imprint(model, len(base.labels), dataset, spec, label_map, pipelines.split.train)
        else:
            model = build_model(config.preset, spec.input_shape, len(labels), config.dropout)
        first = earlier.count if earlier is not None else 0  # epochs already trained (Keras's initial_epoch)
        model.compile(optimizer=_optimizer(config, pipelines.train_batches, rate, config.epochs - first),
                      loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    fingerprint = dataset.fingerprint()
    split_sizes = pipelines.split.sizes()
    split_note = dataset.fixed_split_note()

    def result(stopped: StopReason, message: str, callback=None) -> TrainingResult:
        return TrainingResult(
            model=model, labels=labels, spec=spec, config=config, history=callback.history if callback else {},
            best_epoch=callback.best_epoch if callback else None, stopped=stopped, message=message,
            dataset_name=dataset.name, dataset_fingerprint=fingerprint, split_sizes=split_sizes,
            split_note=split_note, per_class_limit=dataset.per_class_limit,
            fine_tuned_from=str(base.path) if base is not None and base.path else None, warnings=warnings,
            seconds=time.perf_counter() - started, ran=ran,
        )

    written = {"epoch": None, "at": time.perf_counter()}  # the best epoch in the checkpoint file, and when
    # Workers must make the same saving decisions (a save may read variables collectively), so a multi-worker run
    # writes every new best epoch instead of throttling by each worker's own clock.
    interval = 0.0 if workers > 1 else CHECKPOINT_INTERVAL_S

    def save_checkpoint(model_now, epoch, history, force: bool = False):
        now = time.perf_counter()
        if not checkpoint or written["epoch"] == epoch or (not force and now - written["at"] < interval):
            return
        interim = result(StopReason.RUNNING, f"best epoch so far: {epoch}")
        interim.history, interim.best_epoch = history, epoch
        interim.save(checkpoint, light=False)  # converted once, when the run's model is saved
        written.update(epoch=epoch, at=time.perf_counter())

    def flush_checkpoint(callback) -> None:
        """The best epoch's weights into the checkpoint file, if a throttled write is still pending."""
        if callback.best_weights is not None:
            model.set_weights(callback.best_weights)  # the best epoch is what is kept
            save_checkpoint(model, callback.best_epoch, callback.history, force=True)

    on_start = None
    if workers > 1:
        from guiapp.core.training.distributed import check_same_start

        on_start = lambda strategy_now, epoch: check_same_start(strategy_now, epoch, backup)  # noqa: E731
    monitor = "val_loss" if pipelines.validation is not None else "loss"
    callback = make_progress_callback(config, control, emit, pipelines.train_batches, global_batch, save_checkpoint,
                                      should_stop, on_start, validates=pipelines.validation is not None)
    if earlier is not None:
        callback.carry_on(earlier, monitor, model.get_weights())
    # A recorded run (one with a runs folder) of a small model keeps every epoch's weights: the checkpoint scrubber.
    kept = []
    if checkpoint:
        from guiapp.core.training.epochs import keeper

        kept = [k for k in [keeper(Path(checkpoint).parent, model, first)] if k is not None]
    if backup:
        # First, so it restores before the others start; two backups, so a worker killed while writing one still
        # has the previous epoch.
        kept.insert(0, keras.callbacks.BackupAndRestore(backup, double_checkpoint=True))
    if split_note:
        starting = Text("training {0} on {1}: {2:,} training / {3:,} validation samples (the dataset's fixed split: "
                        "the validation and test settings do not apply)", config.preset, device_name,
                        split_sizes["train"], split_sizes["validation"])
    else:
        starting = Text("training {0} on {1}: {2:,} training / {3:,} validation samples", config.preset, device_name,
                        split_sizes["train"], split_sizes["validation"])
    if first:  # a walk saw only "training inkling on CPU…" after Continue, as if the run started over
        starting = Text("{0} (continuing after epoch {1})", starting, first)
    emit(TrainingEvent("message", 0, config.epochs, message=starting))
    if fitted:
        fitting = Plural("training in batches of {0}, not {1}: a batch larger than the %Ln training sample(s) is a "
                         "single step an epoch", "", split_sizes["train"], global_batch, asked)
        warn(fitting)  # kept under the progress line and in the result: the Batch field still says what was asked
    from guiapp.core.training.personalize import MIXED_SOURCE

    # (a Teach… round's model of one's own characters too: it asked for 10 drawings of each, and its run then said
    # to draw 20 or more: walk 152)
    taught = base is not None or dataset.source.startswith(MIXED_SOURCE)
    for warning in small_data_warnings(dataset, split_sizes["train"], global_batch, from_model=taught):
        warn(warning)
    held = split_sizes["validation"] + split_sizes.get("test", 0)
    total = held + split_sizes["train"]
    # (not a dataset with a test set of its own: mnist-5k's 1,000 test digits beside 100 a class trained read as
    # "each class keeps one to validate and one to test: 1100 of 2000 are held out": walk 134)
    if (base is None and total and not split_note and dataset.predefined_test is None
            and held > 1.5 * (config.validation_split + config.test_split) * total):
        # A small class still keeps a sample to validate and one to test: 7 of 15 drawings held out under "10 %",
        # unsaid, and the model learnt from 8 (walk 124)
        # ("at least": 8 drawings a class of 4 held 10 out, not 8, and "one" read as wrong: walk 148)
        warn(Text("with so few samples, each class keeps at least one to validate and one to test: {0} of {1} are "
                  "held out, {2} train", held, total, split_sizes["train"]))
    if pipelines.batch_size == 1 and split_sizes["train"] > 1 and any(
            isinstance(layer, keras.layers.BatchNormalization) for layer in model.layers):
        # Asked for (fitting never gives 1 where there are more): the loss stays flat and nothing says why (walk 121)
        warn(Text("a batch of 1 leaves batch normalisation nothing to average over: this network learns little "
                  "so; a batch of 3 or more trains it"))
    # Before the progress callback: the best epoch's weights it keeps carry settled averages.
    settling = [c for c in [settling_callback(pipelines.calibration)] if c is not None]
    callbacks = [*settling, callback, *kept, *_schedule_callbacks(config, monitor)]
    try:
        model.fit(pipelines.train, validation_data=pipelines.validation, epochs=config.epochs, initial_epoch=first,
                  verbose=0,
                  shuffle=False,  # the pipeline shuffles; Keras would only warn that it ignores the flag
                  callbacks=callbacks)
    except EpochCutShort:
        for each in callbacks:  # what fit does when training ends, which the exception skipped (a backup goes)
            each.on_train_end()
    except Exception as exc:  # noqa: BLE001 — out of memory, a broken device, a lost worker: say it plainly
        try:
            flush_checkpoint(callback)  # what was learnt before the failure is kept
        except Exception:  # noqa: BLE001 — the training error is the one to report
            log.warning("the best checkpoint could not be written after the failure", exc_info=True)
        if isinstance(exc, TrainingError):  # ours, already one clear line
            raise
        if backup and isinstance(exc, OSError) and callback.epoch == 0:  # BackupAndRestore could not read it
            raise TrainingError(Text("the backup of the interrupted run in {0} cannot be read ({1}): it was being "
                                     "written when the run stopped; delete {2} on every worker to start afresh",
                                     backup, exc, Path(backup).parent)) from exc
        if distributed:
            from guiapp.core.training.distributed import WorkerLost, is_collective_failure, lost_worker_message

            if is_collective_failure(exc):
                done = (callback.resumed_after or 0) + len(callback.history.get("loss", []))
                raise WorkerLost(lost_worker_message(exc, done)) from exc
        raise TrainingError(Text("training failed: {0}: {1}", type(exc).__name__, str(exc))) from exc
    flush_checkpoint(callback)
    stopped, message = callback.stopped, callback.message
    if stopped == StopReason.COMPLETED:
        message = Plural("completed %Ln epoch(s); best epoch {0}", "", config.epochs, callback.best_epoch)
    if callback.resumed_after:
        message = Text("{0} (resumed after epoch {1})", message, callback.resumed_after)
    if first:
        message = Text("{0} (continued after epoch {1})", message, first)
    return result(stopped, message, callback)
