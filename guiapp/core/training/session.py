"""A training run as the user starts it, for the window and the command line alike: open (or synthesise) the data,
mix in the user's own samples when personalising, record the run in the runs folder, train (in the training
process, or in this process), and record how it ended, with its curves.

:func:`run_training` is the one entry point; the window runs it in a worker thread (the training itself happens in
the training process, so TensorFlow never holds the window's interpreter lock), ``guiapp train`` runs it in its own
process.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from typing import Callable

from guiapp.core.tasks import Cancelled, ProgressFn, error_message, is_user_error
from guiapp.core.text import Text
from guiapp.core.training.config import (EarlierEpochs, StopReason, TrainingControl, TrainingError, TrainingEvent,
                                         TrainingResult)
from guiapp.core.training.request import TrainingRequest, run_request
from guiapp.core.training.runs import CONTINUES, PERSONAL_SUFFIX, SPLITS, TAUGHT_SUFFIX, Curves, Run, RunStore, trains_elsewhere

log = logging.getLogger(__name__)


def prepare(request: TrainingRequest, on_progress: ProgressFn | None = None,
            should_stop: Callable[[], bool] | None = None) -> TrainingRequest:
    """The request with its data in memory: ``data`` (the user's samples mixed with the original data when
    personalising) and ``n_personal``. Raises DatasetError, ModelFileError, Cancelled."""
    from guiapp.core.datasets.registry import open_dataset

    def open_(name: str, samples_per_class: int | None):
        return open_dataset(name, samples_per_class, on_progress=on_progress, should_stop=should_stop)

    from guiapp.core.training.engine import MIN_SAMPLES_PER_CLASS, check_enough_samples, check_trainable

    if request.personalize is None:
        data = request.data if request.data is not None else open_(request.dataset, request.samples_per_class)
        check_trainable(data, fine_tuning=request.base_path is not None)
        return dataclasses.replace(request, data=data, n_personal=0)
    from guiapp.core.modelfile import model_spec
    from guiapp.core.training.personalize import mix, trainable_part

    wanted = request.personalize
    personal = request.data if request.data is not None else open_(wanted.personal, None)
    # A Teach… round onto a model adds the classes typed, not the others its dataset holds (None: a model of one's
    # own, of every class drawn)
    known = known_classes(request.base_path, personal.renamed_classes) \
        if request.base_path and wanted.taught is not None else None
    personal, left_out = trainable_part(personal, wanted.taught, MIN_SAMPLES_PER_CLASS, known)
    if left_out:
        log.info("teaching %s: left out %s (fewer than %d samples each)", personal.name, left_out, MIN_SAMPLES_PER_CLASS)
    check_enough_samples(personal)  # counted before the mix repeats the user's samples
    original = request.original_data
    if original is None and wanted.original and not learnt_from(wanted.original, wanted.personal):
        original = open_(wanted.original, wanted.original_per_class)
    if request.base_path and (wanted.original is not None or wanted.taught is not None):
        # (not for Personalize's "only my samples": asked for alone)
        from guiapp.core.modelfile import read_metadata
        from guiapp.core.training.personalize import with_drawings_kept_elsewhere

        personal, kept_from = with_drawings_kept_elsewhere(personal, read_metadata(request.base_path).get("labels") or [],
                                                           original, MIN_SAMPLES_PER_CLASS)
        if kept_from:
            log.info("%s: the model's classes drawn in %s are learnt again too", personal.name, kept_from)
    spec = model_spec(request.base_path) if request.base_path else personal.spec
    mixed = mix(personal, original, spec, wanted.original_per_class, wanted.held_out, request.config.seed)
    return dataclasses.replace(request, data=mixed, original_data=None, n_personal=len(personal))


def learnt_from(original: str, personal: str) -> bool:
    """Whether the model's original data is the person's dataset ``personal`` itself (a model trained on one's own
    symbols, personalised or taught on them): those samples are all the mix needs. Mixed with themselves, each
    drawing was counted twice, held-out ones among the trained-on copies (a walk's Personalize read "100 %")."""
    return original in (personal, f"{personal}{TAUGHT_SUFFIX}", f"{personal}{PERSONAL_SUFFIX}")


TEACH_EPOCHS = 15
# A round ends 3 epochs after its best (validation on the drawings held out, never trained on): measured in
# docs/teach.md, a round onto Latin took 0.38 of the time with the new characters read as well or better.
TEACH_PATIENCE = 3
TEACH_ORIGINAL_PER_CLASS = 50


def teach_request(base_path: str, personal: str, data=None, taught: list[str] | tuple[str, ...] = ()) -> TrainingRequest:
    """What "Teach a new character…" runs: fine-tune the model at ``base_path`` on the user's samples in the dataset
    ``personal`` (new classes welcome), mixed with some of the model's own training data so it keeps the rest, with
    light augmentation because a person draws only a few samples. ``data``: those samples already in memory.
    ``taught``: the characters of this round; the dataset's other classes with too few samples are left out."""
    from guiapp.core.modelfile import read_metadata
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.personalize import PersonalizeRequest, original_dataset
    from guiapp.core.training.presets import DEFAULT_PRESET, PRESETS

    info = read_metadata(base_path)
    metadata = info["metadata"]
    preset = metadata.get("preset") if metadata.get("preset") in PRESETS else DEFAULT_PRESET
    original = original_dataset(info)
    if original and learnt_from(original, personal):
        original = None
    config = TrainConfig(preset=preset, epochs=TEACH_EPOCHS, batch_size=32, learning_rate=1e-3, schedule="constant",
                         augment=True, augment_strength=1.0, validation_split=0.1, test_split=0.0,
                         early_stopping=TEACH_PATIENCE)
    return TrainingRequest(config, f"{personal}{TAUGHT_SUFFIX}", base_path=str(base_path), data=data,
                           personalize=PersonalizeRequest(personal, original, TEACH_ORIGINAL_PER_CLASS,
                                                          taught=tuple(taught)))


OWN_MODEL_EPOCHS = 30
OWN_MODEL_PATIENCE = 5


def own_model_request(personal: str, data=None, taught: list[str] | tuple[str, ...] = ()) -> TrainingRequest:
    """What Teach… runs for a model of only the person's characters: a new network (the default preset) learns the
    dataset ``personal``'s classes alone, from scratch, with the light augmentation a few drawings need. Taught onto
    Digits, a hobbyist's symbols came with ten digits, and a circle was read as 0 at 98 % (walk 151). As
    :func:`teach_request`, the dataset's other classes with too few drawings are left out."""
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.personalize import PersonalizeRequest
    from guiapp.core.training.presets import DEFAULT_PRESET

    config = TrainConfig(preset=DEFAULT_PRESET, epochs=OWN_MODEL_EPOCHS, batch_size=32, learning_rate=1e-3,
                         schedule="constant", augment=True, augment_strength=1.0, validation_split=0.1,
                         test_split=0.0, early_stopping=OWN_MODEL_PATIENCE)
    return TrainingRequest(config, personal, data=data,
                           personalize=PersonalizeRequest(personal, None, None, taught=tuple(taught)))


def known_classes(base_path: str, renamed: dict[str, str] | None = None) -> set[str]:
    """The classes the model at ``base_path`` knows; one the dataset ``renamed`` since the model learnt it is known
    under its new name too (a round renames it in the model)."""
    from guiapp.core.modelfile import read_metadata

    labels = [str(label) for label in read_metadata(base_path).get("labels") or []]
    return set(labels) | {(renamed or {}).get(label, label) for label in labels}


def round_parts(dataset: str, counts: dict[str, int], taught, base_path: str | None):
    """What a Teach… round of ``taught`` does with the other classes of the person's ``dataset`` (``counts``:
    drawings of each), taught onto the model at ``base_path`` (None: a model of one's own): the classes it learns
    again, those left out for too few drawings, and those left out as the model does not know them
    (:func:`~guiapp.core.training.personalize.round_others`); for the window to say before the round starts."""
    from guiapp.core.datasets.base import DatasetError
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.core.modelfile import ModelFileError
    from guiapp.core.training.engine import MIN_SAMPLES_PER_CLASS
    from guiapp.core.training.personalize import round_others

    known = None
    if base_path:
        try:
            known = known_classes(base_path, UserStore().open(dataset).class_renames())
        except (DatasetError, ModelFileError, OSError, ValueError):
            pass  # the round itself says what is wrong with either
    return round_others(counts, taught, known, MIN_SAMPLES_PER_CLASS)


def added_classes(base_path: str, classes, renamed: dict[str, str] | None = None) -> list[str]:
    """The classes of ``classes`` the model at ``base_path`` does not know (:func:`known_classes`): what a Teach…
    round adds to it (named "Hiragana + x", a round that also added + and = read as if it had added x alone)."""
    known = known_classes(base_path, renamed)
    return [str(label) for label in classes if str(label) not in known]


def continuations(runs: list[Run]) -> dict[str, Run]:
    """{id of a run: the run among ``runs`` that continues it (Continue) and has a model}: the runs folder's list
    says "stopped, continued" by it, and :func:`epochs_left` offers no second Continue."""
    return {str(other.extra[CONTINUES]): other for other in runs
            if other.extra.get(CONTINUES) and other.best_model_file() is not None}


def continued_by(run: Run) -> Run | None:
    """The run that continues ``run``, if one in the same runs folder does and has a model; None."""
    return continuations(RunStore(run.folder.parent).list()).get(run.id)


def _earlier_epochs(run: Run) -> EarlierEpochs:
    """What a stopped run had trained: its curves, or for a run whose record was never finished (the window closed
    mid-run) its checkpoint's history, which ends at its best epoch."""
    from guiapp.core.training.runs import RunError

    try:
        curves = run.load_curves()
    except RunError:
        curves = Curves()
    if run.status == StopReason.RUNNING and not curves.history.get("loss"):
        from guiapp.core.modelfile import ModelFileError, read_metadata

        try:
            metadata = read_metadata(run.best_model_file())["metadata"]
            history = Curves.from_dict({"history": metadata.get("history") or {}}).history
            return EarlierEpochs(history, metadata.get("best_epoch"), curves.batches, run.id)
        except (ModelFileError, OSError, AttributeError, TypeError, ValueError):
            return EarlierEpochs(run_id=run.id)
    return EarlierEpochs(curves.history, run.best_epoch, curves.batches, run.id)


def epochs_left(run: Run) -> int:
    """How many epochs a run stopped before its end (by Stop, or interrupted: still "running" in its record) had
    left; 0 for any other (finished, diverged: the same settings would diverge again), one with no model to go on
    from, one already continued (each Continue would branch another copy), and one trained on a mix (a Teach…
    round, a personalisation: their own buttons start them)."""
    if (run.status not in (StopReason.CANCELLED, StopReason.RUNNING) or run.best_model_file() is None
            or run.dataset.endswith((TAUGHT_SUFFIX, PERSONAL_SUFFIX)) or trains_elsewhere(run)):
        return 0
    done = run.epochs_done or _earlier_epochs(run).count
    left = max(0, int(run.config.get("epochs", 0)) - done)
    return left if left and continued_by(run) is None else 0


def refusal_to_continue(run: Run, name: Callable[[Run], str] = lambda run: run.title) -> Text | None:
    """Why ``run`` cannot be continued, the one reason :func:`epochs_left` found, runs named by ``name`` (the window
    by title, ``guiapp train`` by id); None when it can. "no epochs left, or no model to go on from" left the person
    to guess which, and a run continued beside the window read as neither (two walks)."""
    if epochs_left(run) >= 1:
        return None
    later = continued_by(run)
    if later is not None:  # by guiapp train --continue beside the window, often
        return Text("{0} was continued already, by the run {1}: continue that one if it stopped too", name(run),
                    name(later))
    if run.dataset.endswith((TAUGHT_SUFFIX, PERSONAL_SUFFIX)):
        return Text("{0} learnt from a mix (a Teach… round or a personalisation): start another one there", name(run))
    if trains_elsewhere(run):
        return Text("{0} is training in another Inkling process", name(run))
    if run.best_model_file() is None:
        return Text("{0} has no model to go on from: no epoch finished", name(run))
    return Text("{0} has no epochs left to train: it ran to its end, or diverged", name(run))


def continue_request(run: Run) -> TrainingRequest:
    """What Continue runs: a run stopped before its end (Stop, the window closed mid-run) trained on from its best
    model for the epochs it had left, with its settings and data: epochs 3 to 6 of a run stopped after 2, its curves
    beginning with the stopped run's (:class:`EarlierEpochs`). The new run is recorded as fine-tuned from it and as
    continuing it; the optimizer's state starts again, and the learning-rate schedule runs over the epochs left."""
    from guiapp.core.training.config import TrainConfig

    refusal = refusal_to_continue(run)
    if refusal is not None:
        raise TrainingError(refusal)
    from guiapp.core.datasets import catalogue

    # Under its name now: renamed since, it was "no dataset named robot-arrows" (a walk)
    return TrainingRequest(TrainConfig.from_dict(run.config), catalogue.follow(run.dataset), run.samples_per_class,
                           base_path=str(run.best_model_file()), earlier=_earlier_epochs(run))


class BatchLosses:
    """Keras reports the running mean loss over the epoch so far; two reports give the mean loss of the batches
    between them, which is what a per-batch curve should show (no saw-tooth at each epoch start). Fills in
    ``step`` and ``batch_loss`` of batch events and keeps the trace that is saved with the run.

    Reports come at most every EVENT_INTERVAL_S, so a point may stand for several batches: it is drawn at their
    middle. Drawn at the last of them, each point lagged, and the curve dropped in a step at every epoch's first
    point, which stands for one batch alone (walk 125: 1.99 at batch 13, 1.77 at 14)."""

    def __init__(self) -> None:
        self.trace: list[list[float]] = []
        self._last = (0, 0, 0.0)  # epoch, batch, running mean loss of the previous batch event

    def __call__(self, event: TrainingEvent) -> None:
        if event.kind != "batch" or event.loss is None:
            return
        epoch, batch, mean = self._last
        if (epoch, batch) == (event.epoch, event.batch) and self.trace:
            # the same batch told again (a pause reports it, and then its throttled report comes): no new point
            event.step, event.batch_loss = self.trace[-1]
            return
        if epoch != event.epoch or batch >= event.batch:
            batch, mean = 0, 0.0
        event.batch_loss = (event.batch * float(event.loss) - batch * mean) / (event.batch - batch)
        event.step = (event.epoch - 1) * event.batches + (batch + 1 + event.batch) / 2
        self._last = (event.epoch, event.batch, float(event.loss))
        if self.trace and event.step <= self.trace[-1][0]:  # a continued run trains a stopped epoch's batches again
            self.trace = [point for point in self.trace if point[0] < event.step]
        self.trace.append([event.step, event.batch_loss])


def run_training(request: TrainingRequest, *, store: RunStore | None = None, control: TrainingControl | None = None,
                 closing: Callable[[], bool] = lambda: False,
                 on_event: Callable[[TrainingEvent], None] | None = None, on_progress: ProgressFn | None = None,
                 on_run: Callable[[Run], None] | None = None, process=None) -> TrainingResult:
    """Prepare, record, train and record again; returns the result (with ``run`` and ``dataset`` set).

    ``store``: record the run there (its files go in the run's folder; without a store the request's own
    ``checkpoint`` / ``model_path`` are used). ``process``: a :class:`~guiapp.core.training.process.TrainingProcess`
    to train in; None trains in this process. ``closing()`` true at the end means the app is closing (the best
    checkpoint is kept, the final save skipped). ``on_progress(done, total)`` reports opening or synthesising the
    data, ``on_run(run)`` the recorded run. A stop before training began ends as ``cancelled``; anything that
    keeps the run from going on is recorded as ``failed`` and raised as TrainingError with one clear line.
    """
    control = control or TrainingControl()
    started = time.perf_counter()
    losses = BatchLosses()
    if request.earlier is not None:  # the per-batch curve carries on from the stopped run's
        losses.trace = [list(point) for point in request.earlier.batches]
    run = None

    def emit(event: TrainingEvent) -> None:
        losses(event)
        if on_event is not None:
            on_event(event)

    def state() -> dict:
        return {"stop": control.stop_requested, "paused": control.paused, "closing": closing()}

    try:
        prepared = prepare(request, on_progress, lambda: control.stop_requested)
        if control.stop_requested:
            raise Cancelled(Text("stopped before training began"))
        if store is not None:
            taught = request.personalize.taught if request.personalize else None
            extra = {"taught": list(taught)} if taught else {}  # a Teach… round is named by them, not "(taught)"
            if taught and request.base_path:
                # the characters typed that the model did not know (a round adds no others: see round_others), in
                # the order typed: 日山川 was named "山、川、日" (walk 110)
                new = set(added_classes(request.base_path, prepared.data.classes, prepared.data.renamed_classes))
                typed = [str(label) for label in taught]
                added = [label for label in typed if label in new]
                if added != typed:
                    extra["added"] = added
            if request.earlier is not None and request.earlier.run_id:
                extra[CONTINUES] = request.earlier.run_id
            run = store.create(request.config.to_dict(), request.dataset, request.samples_per_class,
                               fine_tuned_from=request.base_path,
                               personal_dataset=request.personalize.personal if request.personalize else None,
                               extra=extra)
            prepared = dataclasses.replace(prepared, checkpoint=str(run.checkpoint_path),
                                           model_path=str(run.model_path))
            if on_run is not None:
                on_run(run)
        if process is not None:
            result = process.submit(prepared, state()).wait(emit, state)
        else:
            result = run_request(prepared, control, closing, emit)
    except Cancelled as exc:
        result = TrainingResult(StopReason.CANCELLED, str(exc), config=request.config,
                                seconds=time.perf_counter() - started)
        prepared = None
    except Exception as exc:  # noqa: BLE001 — recorded with the run, then raised as one clear line
        user_error = is_user_error(exc)
        if not user_error:
            log.error("training failed", exc_info=True)
        message = error_message(exc) if user_error else f"training failed: {error_message(exc)}"
        if run is not None and run.checkpoint_path.is_file():
            message += "; the best epoch written before is kept in the runs folder"
        if run is not None:
            try:
                store.finish(run, StopReason.FAILED, message, None, Curves({}, losses.trace),
                             time.perf_counter() - started)
            except OSError:
                log.exception("could not record the failed run")
        said = exc.args[0] if user_error and len(exc.args) == 1 and isinstance(exc.args[0], Text) else None
        if run is None and said is not None:  # refused before a run: the Text itself, so the window translates it
            raise TrainingError(said) from exc
        raise TrainingError(message) from exc
    if result.stopped == StopReason.CANCELLED and closing():
        result.message = _stopped_by_closing(result.message)
    if run is not None:
        split = {"fixed_split": result.split_note} if result.split_note else {}
        if result.split_sizes:
            split[SPLITS] = dict(result.split_sizes)
        store.finish(run, result.stopped, result.message, result.best_epoch, Curves(result.history, losses.trace),
                     result.seconds, **result.personal, **split, **({"ran": result.ran} if result.ran else {}))
    result.run = run
    result.dataset = prepared.data if prepared is not None else request.data
    return result


def stopped_by_closing(message: str) -> bool:
    """Whether a run's message (as :func:`_stopped_by_closing` words it) says the window's closing stopped it."""
    return message.startswith("stopped as the window closed")


def _stopped_by_closing(message: str) -> str:
    """A run the window's closing stopped says so: "stopped by request after epoch 5" read, after the restart, as
    if Stop had been pressed (walk 110)."""
    template, args = getattr(message, "template", ""), getattr(message, "args", ())
    if template == "stopped by request after epoch {0}":
        return Text("stopped as the window closed, after epoch {0}", *args)
    if template == "stopped by request in epoch {0}, after batch {1}":
        return Text("stopped as the window closed, in epoch {0}, after batch {1}", *args)
    return message


__all__ = ["added_classes", "BatchLosses", "continuations", "continue_request", "continued_by", "epochs_left",
           "known_classes", "own_model_request", "prepare", "refusal_to_continue", "round_parts", "run_training",
           "stopped_by_closing", "teach_request"]
