"""Continue: a run stopped before its end trained on for the epochs it had left, numbered after them, its curves
and best epoch carrying on from the stopped run's; with real (tiny) Keras runs recorded in a real runs folder."""

import dataclasses
import json

from guiapp.core.training.config import TrainConfig, TrainingControl
from guiapp.core.training.runs import CURVES_FILE, RUN_FILE, RunStore
from guiapp.core.training.session import continue_request, continued_by, epochs_left, run_training
from guiapp.core.training.request import TrainingRequest

CONFIG = dict(preset="logreg", epochs=4, batch_size=16, validation_split=0.2, test_split=0.0)


def _run_stopped_after_epoch_2(digits, store):
    control = TrainingControl()

    def stop_at_2(event):
        if event.kind == "epoch" and event.epoch == 2:
            control.stop()

    result = run_training(TrainingRequest(TrainConfig(**CONFIG), "digits", 20, data=digits), store=store,
                          control=control, on_event=stop_at_2)
    assert result.stopped == "cancelled" and len(result.history["loss"]) == 2
    return store.load(result.run.id)


def test_a_run_interrupted_by_closing_the_window_continues_after_its_checkpoints_epochs(digits, tmp_path):
    """The window closed mid-run: its record still says "running" and only the best epoch's checkpoint is on disk.
    The checkpoint's history counts the epochs; the continuation trains the rest, numbered after them."""
    store = RunStore(tmp_path / "runs")
    run = _run_stopped_after_epoch_2(digits, store)
    # What a closed window leaves: the record as written at the start, the checkpoint, no final model or curves.
    record = json.loads((run.folder / RUN_FILE).read_text())
    record.update(status="running", epochs_done=0, best_epoch=None, message="")
    (run.folder / RUN_FILE).write_text(json.dumps(record))
    (run.folder / CURVES_FILE).unlink()
    run.model_path.unlink()
    interrupted = store.load(run.id)
    assert interrupted.best_model_file() == interrupted.checkpoint_path

    request = continue_request(interrupted)
    done = request.earlier.count  # the checkpoint's history ends at its best epoch
    assert done in (1, 2) and request.earlier.best_epoch == done and epochs_left(interrupted) == 4 - done
    events = []
    result = run_training(dataclasses.replace(request, data=digits), store=store, on_event=events.append)
    assert [(e.epoch, e.epochs) for e in events if e.kind == "epoch"] == [(n, 4) for n in range(done + 1, 5)]
    assert result.stopped == "completed" and len(result.history["loss"]) == 4
    assert result.history["loss"][:done] == request.earlier.history["loss"]
    continued = store.load(result.run.id)
    assert continued.extra["continues"] == run.id and continued.epochs_done == 4
    assert continued_by(interrupted).id == continued.id and epochs_left(interrupted) == 0


def test_a_continuation_keeps_the_stopped_runs_best_epoch_until_one_of_its_own_does_better(digits, tmp_path):
    """With a learning rate that makes every new epoch worse, the continuation's best epoch and model are the
    stopped run's (its starting weights), not the least bad of the new epochs."""
    store = RunStore(tmp_path / "runs")
    run = _run_stopped_after_epoch_2(digits, store)
    request = continue_request(run)
    worse = dataclasses.replace(request.config, learning_rate=5.0, optimizer="sgd")
    result = run_training(dataclasses.replace(request, config=worse, data=digits), store=store)
    assert result.best_epoch == run.best_epoch  # every later epoch's validation loss was higher
    val_loss = result.history["val_loss"]  # (a diverged epoch's is nan: not lower either)
    assert len(val_loss) > 2 and not any(later < val_loss[run.best_epoch - 1] for later in val_loss[2:])


def test_training_on_from_a_model_does_not_replay_the_epochs_that_trained_it(digits, tmp_path):
    """Seeded like a new run, a continuation (or a fine-tune on the same data) replayed the first epochs of the run
    that trained its base (the same batches with the same dropout masks): its training loss read far too low
    (0.18 against 0.85 for the default preset here, 0.07 against 0.26 on 100 digits per class) while its validation
    loss went on as before. Its first epoch's training loss is now near the one the uninterrupted run reports for
    that epoch (a fresh optimizer state makes it a little higher)."""
    from guiapp.core.modelfile import load_model
    from guiapp.core.training.engine import train

    config = TrainConfig(**dict(CONFIG, preset="inkling", epochs=2))
    whole = train(config, digits)
    control = TrainingControl()
    stopped = train(config, digits, control=control, on_progress=lambda event: event.kind == "epoch" and control.stop())
    assert stopped.history["loss"] == whole.history["loss"][:1]  # the same run up to the stop
    stopped.save(tmp_path / "stopped.h5", light=False)
    on = train(dataclasses.replace(config, epochs=1), digits, base=load_model(tmp_path / "stopped.h5"))
    ratio = on.history["loss"][0] / whole.history["loss"][1]
    assert 0.5 < ratio < 2.5, (on.history["loss"], whole.history["loss"])


def test_a_run_on_a_dataset_renamed_since_continues_on_it_under_its_new_name(tmp_path):
    """A run on robot-arrows, the dataset renamed arrows3, then Continue: "no dataset named robot-arrows" (a walk)."""
    from guiapp.core.datasets import catalogue
    from guiapp.core.training.runs import Curves, RunStore

    store = RunStore(tmp_path / "runs")
    run = store.create({"preset": "logreg", "epochs": 4}, "robot-arrows")
    run.model_path.write_bytes(b"")  # a model to go on from (not read here)
    store.finish(run, "cancelled", "stopped by request", 1, Curves({"loss": [1.0]}), 1.0)
    catalogue.renamed("robot-arrows", "arrows3")
    assert continue_request(store.load(run.id)).dataset == "arrows3"
    # ... and after a restart: the renames were this process's alone, and Continue failed the next day
    catalogue.forget_renames()  # what a new process knows before it reads the record
    assert continue_request(store.load(run.id)).dataset == "arrows3"
    catalogue.renamed("arrows3", "arrows4")
    catalogue.forget_renames()
    assert catalogue.follow("robot-arrows") == "arrows4"
    # A dataset of that name made anew is itself, not where the old one went
    from guiapp.core.datasets.user_store import UserStore

    UserStore().create("robot-arrows")
    catalogue.forget_renames()
    assert catalogue.follow("robot-arrows") == "robot-arrows" and catalogue.follow("arrows3") == "arrows4"


def test_a_run_that_cannot_be_continued_is_refused_with_its_one_reason(tmp_path):
    """"no epochs left, or no model to go on from" left the person to guess; guiapp train said "ran to its end, or
    diverged" of a Teach… round. The window and the CLI say the one reason (runs named by title or by id)."""
    from guiapp.core.training.runs import Curves
    from guiapp.core.training.session import refusal_to_continue

    store = RunStore(tmp_path / "runs")

    def run(status: str, dataset: str = "digits", model: bool = True):
        made = store.create({"preset": "logreg", "epochs": 4}, dataset)
        if model:
            made.model_path.write_bytes(b"")
        store.finish(made, status, status, 1, Curves({"loss": [1.0]}), 1.0)
        return store.load(made.id)

    stopped = run("cancelled")
    assert refusal_to_continue(stopped) is None
    assert refusal_to_continue(run("completed")).endswith("has no epochs left to train: it ran to its end, or diverged")
    assert refusal_to_continue(run("cancelled", model=False)).endswith("has no model to go on from: no epoch finished")
    taught = run("cancelled", "my-handwriting (taught)")
    assert refusal_to_continue(taught, lambda r: r.id) == (f"{taught.id} learnt from a mix (a Teach… round or a "
                                                           "personalisation): start another one there")
