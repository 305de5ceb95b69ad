"""The training engine on real (tiny) data and real Keras models: presets, stop/pause/resume, divergence,
fine-tuning with a new class, devices, schedules, early stopping, checkpoints."""

import dataclasses
import threading
import time

import numpy as np
import pytest

from guiapp.core.datasets.base import Dataset
from guiapp.core.datasets.builtin import load_builtin
from guiapp.core.modelfile import LoadedModel
from guiapp.core.training.presets import PRESETS, build_model, describe_model, describe_preset
from guiapp.core.training.engine import train
from guiapp.core.training.config import TrainConfig, TrainingControl, TrainingError

FAST = dict(epochs=1, batch_size=32, validation_split=0.2, test_split=0.0)


def _subset(dataset: Dataset, classes: list[str], name: str) -> Dataset:
    keep = np.isin(np.array(dataset.classes)[dataset.labels], classes)
    labels = np.array([classes.index(dataset.classes[l]) for l in dataset.labels[keep]])
    return Dataset(name, classes, np.asarray(dataset.images)[keep], labels, spec=dataset.spec)


@pytest.mark.parametrize("preset", list(PRESETS))
def test_each_preset_builds_describes_and_trains_one_epoch(digits, preset):
    events = []
    result = train(TrainConfig(preset=preset, **FAST), digits, on_progress=events.append)
    assert result.stopped == "completed" and result.best_epoch == 1
    assert result.model.output_shape == (None, 10)
    assert [e.kind for e in events if e.kind == "epoch"] == ["epoch"]
    epoch = next(e for e in events if e.kind == "epoch")
    assert epoch.samples_per_s > 0 and epoch.val_accuracy is not None and np.isfinite(epoch.loss)
    description = describe_preset(preset, (36, 36, 1), 62)
    assert description["params"] > 0 and description["layers"][-1]["output_shape"] == [62]


def test_default_preset_works_for_other_sizes_and_color():
    for shape in [(28, 28, 1), (36, 36, 1), (64, 64, 3), (8, 8, 1)]:
        model = build_model("inkling", shape, 5)
        assert model.input_shape == (None, *shape) and model.output_shape == (None, 5)
    assert describe_model(build_model("logreg", (28, 28, 1), 10))["params"] == 28 * 28 * 10 + 10


def test_progress_reports_batches_with_rate_and_eta(digits):
    events = []
    train(TrainConfig(epochs=2, batch_size=8, validation_split=0.2, test_split=0.0, preset="logreg"), digits,
          on_progress=events.append)
    per_epoch = -(-len(digits.split(validation=0.2, test=0.0, seed=0).train) // 8)  # a fifth of each class validates
    batches = [e for e in events if e.kind == "batch"]
    assert batches and all(e.batches == per_epoch for e in batches)
    assert batches[-1].batch == per_epoch and batches[-1].epoch == 2
    # Each epoch's last batch says validation comes next (the bar says "validating…" instead of standing still).
    assert [e.epoch for e in batches if e.validating] == [1, 2] and all(e.batch == per_epoch for e in batches if e.validating)
    assert all(e.samples_per_s > 0 and (e.eta_s is None or e.eta_s >= 0) for e in batches)
    epochs = [e for e in events if e.kind == "epoch"]
    assert [e.epoch for e in epochs] == [1, 2] and epochs[-1].eta_s == 0


def test_eta_counts_each_epochs_validation_and_checkpoint_once_measured(digits, monkeypatch):
    """A clock that moves 1 ms per reading, and 100 s between an epoch's last batch and the next epoch (a slow
    validation and checkpoint, simulated on the clock): from epoch 2 on the ETA includes that tail."""
    import types

    from guiapp.core.training import progress

    clock = [0.0]

    def perf_counter():
        clock[0] += 0.001
        return clock[0]

    def on_progress(event):
        if event.kind == "epoch":
            clock[0] += 100.0

    monkeypatch.setattr(progress, "time", types.SimpleNamespace(perf_counter=perf_counter, sleep=lambda s: None))
    events = []
    train(TrainConfig(epochs=3, batch_size=8, validation_split=0.2, test_split=0.0, preset="logreg"), digits,
          on_progress=lambda event: (events.append(event), on_progress(event)))
    batches = [e for e in events if e.kind == "batch"]
    # Nothing measured yet: no figure (one from the batches alone promised a third of a small run's time, then
    # rose at the first epoch's end); the epoch's end, its tail measured, gives one.
    assert all(e.eta_s is None for e in batches if e.epoch == 1)
    assert all(e.eta_s is not None for e in events if e.kind == "epoch")
    # Epoch 2's batches: its own tail and epoch 3's are still to come; epoch 3's last batch: its own tail.
    assert all(e.eta_s >= 200 for e in batches if e.epoch == 2)
    assert all(100 <= e.eta_s < 200 for e in batches if e.epoch == 3)


def test_stop_request_ends_after_the_current_batch(digits):
    seen = []

    def stop_once_a_batch_is_reported():  # polled after every batch: true from the end of batch 2 on
        return len([e for e in seen if e.kind == "batch"]) >= 1

    result = train(TrainConfig(epochs=5, batch_size=4, preset="logreg", validation_split=0.2, test_split=0.0),
                   digits, on_progress=seen.append, should_stop=stop_once_a_batch_is_reported)
    assert result.stopped == "cancelled" and result.best_epoch is None
    # Batch 1 is reported (the first report is never throttled); the request is seen after batch 2, and obeyed.
    assert result.message == "stopped by request in epoch 1, after batch 2"
    # and batch 2 is reported too, however soon after batch 1: the bar said "batch 10/57" of a run stopped after
    # batch 13 (walk 153)
    assert [e.batch for e in seen if e.kind == "batch"][-1] == 2


def test_stop_after_an_epoch_keeps_the_best_epoch(digits):
    control = TrainingControl()

    def on_progress(event):
        if event.kind == "epoch" and event.epoch == 2:
            control.stop()

    result = train(TrainConfig(epochs=6, batch_size=32, preset="logreg", validation_split=0.2, test_split=0.0),
                   digits, on_progress=on_progress, control=control)
    assert result.stopped == "cancelled" and result.best_epoch in (1, 2)
    # Asked while epoch 2 was being recorded: the run ends there, without starting epoch 3.
    assert result.message == "stopped by request after epoch 2" and len(result.history["loss"]) == 2


def _stopped_run(digits, tmp_path, at):
    """A run of 20 batches an epoch, stopped when ``at(event)`` is true; returns (result, events, kept epochs)."""
    from guiapp.core.training.epochs import epoch_files

    control, events = TrainingControl(), []

    def on_progress(event):
        events.append(event)
        if at(event):
            control.stop()

    result = train(TrainConfig(epochs=6, batch_size=8, preset="logreg", validation_split=0.2, test_split=0.0),
                   digits, on_progress=on_progress, control=control, checkpoint=str(tmp_path / "run" / "best.h5"))
    return result, events, [epoch for epoch, _ in epoch_files(tmp_path / "run")]


def test_a_stop_inside_an_epoch_records_only_the_finished_epochs(digits, tmp_path):
    """A tester stopped at batch 1 of epoch 2 and got an epoch-2 point (one batch's accuracy) on the epoch plots,
    "epochs_done: 2" and epoch 2's weights kept: Keras validated and recorded the cut-short epoch."""
    result, events, kept = _stopped_run(digits, tmp_path, lambda e: e.kind == "batch" and e.epoch == 2)
    assert result.stopped == "cancelled" and result.message == "stopped by request in epoch 2, after batch 2"
    assert [e.epoch for e in events if e.kind == "epoch"] == [1]
    assert {key: len(values) for key, values in result.history.items()} == dict.fromkeys(result.history, 1)
    assert result.best_epoch == 1 and kept == [0, 1]  # (0: the weights before training)


def test_a_stop_in_the_first_epoch_records_no_epoch(digits, tmp_path):
    result, events, kept = _stopped_run(digits, tmp_path, lambda e: e.kind == "batch")
    assert result.message == "stopped by request in epoch 1, after batch 2"
    assert result.history == {} and result.best_epoch is None and kept == [0]  # (before training only)
    assert not [e for e in events if e.kind == "epoch"]


def test_a_stop_at_an_epochs_last_batch_keeps_that_epoch(digits, tmp_path):
    """The epoch's training is whole: it is validated and recorded, and no batch of the next one runs."""
    result, events, kept = _stopped_run(digits, tmp_path,
                                        lambda e: e.kind == "batch" and e.epoch == 1 and e.batch == e.batches)
    assert result.message == "stopped by request after epoch 1"
    assert len(result.history["val_loss"]) == 1 and result.best_epoch == 1 and kept == [0, 1]
    assert max(e.epoch for e in events if e.kind == "batch") == 1


def test_pause_holds_training_between_batches_and_resume_continues(digits):
    control = TrainingControl()
    events = []
    paused_at = {}

    def on_progress(event):
        events.append((time.perf_counter(), event))
        if event.kind == "batch" and "t" not in paused_at:
            paused_at["t"] = time.perf_counter()
            control.pause()
            threading.Timer(0.6, control.resume).start()

    result = train(TrainConfig(epochs=1, batch_size=4, preset="logreg", validation_split=0.2, test_split=0.0),
                   digits, on_progress=on_progress, control=control)
    assert result.stopped == "completed"
    messages = [e.message for _, e in events if e.kind == "message"]
    assert "paused" in messages and "resumed" in messages
    resumed = next(t for t, e in events if e.message == "resumed")
    assert resumed - paused_at["t"] >= 0.5
    # where it paused, reported just before "paused": the bar said the epoch before (walk 111)
    kinds = [e for _, e in events]
    at = next(i for i, e in enumerate(kinds) if e.message == "paused")
    assert kinds[at - 1].kind == "batch" and kinds[at - 1].batch >= 1 and kinds[at - 1].epoch == 1


def test_stop_wakes_a_paused_run(digits):
    control = TrainingControl()

    def on_progress(event):
        if event.kind == "batch":
            control.pause()
            threading.Timer(0.2, control.stop).start()

    result = train(TrainConfig(epochs=3, batch_size=4, preset="logreg", validation_split=0.2, test_split=0.0),
                   digits, on_progress=on_progress, control=control)
    assert result.stopped == "cancelled"


def test_diverging_run_stops_with_a_clear_message(digits):
    model = build_model("logreg", (28, 28, 1), 10)
    weights = model.get_weights()
    weights[0][0, 0] = np.nan  # a broken model: the loss is NaN from the first batch
    model.set_weights(weights)
    base = LoadedModel(model, list(digits.classes), digits.spec)
    result = train(TrainConfig(**FAST), digits, base=base)
    assert result.stopped == "diverged"
    assert "diverged" in result.message and "learning rate" in result.message


def test_fine_tune_grows_the_output_for_a_new_class(digits):
    first = _subset(digits, ["0", "1"], "zeros-and-ones")
    result = train(TrainConfig(preset="keras-tutorial", **FAST), first)
    base = LoadedModel(result.model, result.labels, result.spec, result.metadata())
    old_kernel = result.model.layers[-1].get_weights()[0].copy()
    more = _subset(digits, ["1", "7"], "ones-and-sevens")
    tuned = train(TrainConfig(epochs=1, batch_size=32, validation_split=0.2, test_split=0.0, learning_rate=1e-9),
                  more, base=base)
    assert tuned.labels == ["0", "1", "7"]
    assert tuned.model.output_shape == (None, 3)
    new_kernel = tuned.model.layers[-1].get_weights()[0]
    np.testing.assert_allclose(new_kernel[:, :2], old_kernel, atol=1e-4)  # existing classes kept their weights
    assert result.model.output_shape == (None, 2)  # the base model itself is untouched


def test_a_new_class_is_read_from_the_first_batch_when_imprinted(digits):
    """Teach…'s new characters start at their drawings' mean feature (core.training.imprint), not at random: with a
    learning rate too small to learn anything, the imprinted model already reads most new samples, and the old
    classes keep their weights."""
    from guiapp.core.recognition import coverage_to_model_input

    first = _subset(digits, ["0", "1"], "zeros-and-ones")
    result = train(TrainConfig(preset="keras-tutorial", **dict(FAST, epochs=2)), first)
    base = LoadedModel(result.model, result.labels, result.spec, result.metadata())
    more = _subset(digits, ["0", "1", "7"], "with-sevens")
    sevens = coverage_to_model_input(more.spec, np.asarray(more.images)[more.labels == 2])
    read = {}
    for start in ("imprint", "random"):
        tuned = train(TrainConfig(epochs=1, batch_size=32, validation_split=0.2, test_split=0.0, learning_rate=1e-9,
                                  new_class_start=start), more, base=base)
        assert tuned.labels == ["0", "1", "7"]
        read[start] = float(np.mean(tuned.model.predict(sevens, verbose=0).argmax(axis=1) == 2))
    assert read["imprint"] > 0.5 and read["imprint"] > read["random"], read


def test_absent_gpu_falls_back_to_cpu_with_a_warning(digits):
    events = []
    result = train(TrainConfig(preset="logreg", device="gpu:3", **FAST), digits, on_progress=events.append)
    assert result.stopped == "completed"
    assert any("GPU 3 is not present" in w for w in result.warnings)
    assert any("training on the CPU" in e.message for e in events if e.kind == "message")
    from guiapp.core.text import Text

    # a Text, so the Train area shows the warning in the user's language
    (warning,) = [w for w in result.warnings if "GPU 3" in w]
    assert isinstance(warning, Text) and warning.template == "GPU {0} is not present ({1} found); training on the CPU"


@pytest.mark.parametrize("schedule", ["step", "cosine", "plateau"])
def test_learning_rate_schedules_run(digits, schedule):
    config = TrainConfig(preset="logreg", epochs=4, batch_size=32, schedule=schedule, validation_split=0.2,
                         test_split=0.0)
    result = train(config, digits)
    rates = result.history["learning_rate"]
    assert len(rates) == 4
    if schedule == "step":  # ×0.1 at 50 % and 75 % of the run
        np.testing.assert_allclose(rates, [1e-3, 1e-3, 1e-4, 1e-5], rtol=1e-5)
    if schedule == "cosine":
        assert rates[-1] < rates[0]
    if schedule == "plateau":  # validation still improves at 1e-3 here: the rate stays
        assert rates == pytest.approx([1e-3] * 4) or rates[-1] < rates[0]


def test_plateau_schedule_halves_the_rate_when_validation_stalls(digits):
    # Shuffled labels: there is nothing to learn, so the validation loss only grows. Epoch 1 is the best; two stale
    # epochs reach the patience of 2, so the rate is halved for epoch 4 (each epoch's rate is recorded as it ends).
    noise = Dataset("noise", digits.classes, np.asarray(digits.images),
                    np.random.default_rng(0).permutation(np.asarray(digits.labels)), spec=digits.spec)
    config = TrainConfig(preset="logreg", epochs=4, batch_size=8, schedule="plateau", learning_rate=1e-2,
                         validation_split=0.2, test_split=0.0)
    rates = train(config, noise).history["learning_rate"]
    assert rates == pytest.approx([1e-2, 1e-2, 1e-2, 5e-3], rel=1e-4)


def test_early_stopping_stops_when_validation_stops_improving(digits):
    config = TrainConfig(preset="logreg", epochs=8, batch_size=32, learning_rate=1e-9, early_stopping=1,
                         validation_split=0.2, test_split=0.0)
    result = train(config, digits)
    assert result.stopped == "early-stopping" and result.best_epoch == 1
    assert len(result.history["loss"]) == 2
    # The patience run out at the last epoch: the run completed all its epochs, it was not cut short (walk 103)
    result = train(dataclasses.replace(config, epochs=2), digits)
    assert result.stopped == "completed" and result.best_epoch == 1 and len(result.history["loss"]) == 2


def test_augmentation_changes_what_the_model_sees_and_trains(digits):
    from guiapp.core.training.augment import make_augmenter

    images = (np.asarray(digits.images[:16], np.float32) / 255.0)[..., None]
    augmented = np.asarray(make_augmenter(1.5, seed=0, paper=0.0)(images))
    assert augmented.shape == images.shape and not np.allclose(augmented, images)
    assert augmented.min() >= -1e-5 and augmented.max() <= 1 + 1e-5  # still coverage: shifted, turned, zoomed
    assert np.abs(augmented.sum((1, 2, 3)) / images.sum((1, 2, 3)) - 1).max() < 0.6  # the ink moves, it stays ink
    assert make_augmenter(0.0) is None  # strength 0: the pipeline is left alone
    result = train(TrainConfig(preset="logreg", augment=True, augment_strength=1.5, **FAST), digits)
    assert result.stopped == "completed" and result.config.augment


@pytest.mark.parametrize(
    "settings, message",
    [
        (dict(preset="resnet"), "unknown preset"),
        (dict(epochs=0), "epochs"),
        (dict(learning_rate=-1.0), "learning rate"),
        (dict(validation_split=0.6, test_split=0.5), "fractions"),
        (dict(device="tpu"), "device"),
        (dict(new_class_start="zeros"), "new classes start must be one of imprint, random"),
    ],
)
def test_bad_settings_are_refused_clearly(digits, settings, message):
    with pytest.raises(TrainingError, match=message):
        train(TrainConfig(**settings), digits)


def test_empty_or_single_class_dataset_is_refused(digits):
    empty = Dataset("empty", ["a", "b"], np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.int64), spec=digits.spec)
    with pytest.raises(TrainingError, match="empty"):
        train(TrainConfig(**FAST), empty)
    single = _subset(digits, ["3"], "threes")
    with pytest.raises(TrainingError, match="at least 2 classes"):
        train(TrainConfig(**FAST), single)


def test_a_dataset_that_cannot_train_is_refused_before_a_run_is_recorded(digits, tmp_path):
    """One class, or a class too small to hold some out: said at Start, with no failed run left in Runs."""
    from guiapp.core.training.request import TrainingRequest
    from guiapp.core.training.runs import RunStore
    from guiapp.core.text import Text
    from guiapp.core.training.session import run_training

    store = RunStore(tmp_path / "runs")
    few = _subset(digits, ["3", "4"], "few")
    few = Dataset("few", few.classes, few.images[:8], few.labels[:8], spec=few.spec)
    for data, message in ((_subset(digits, ["3"], "threes"), "at least 2 classes"), (few, "at least 5 samples")):
        with pytest.raises(TrainingError, match=message) as refused:
            run_training(TrainingRequest(TrainConfig(**FAST), data.name, data=data), store=store)
        assert isinstance(refused.value.args[0], Text)  # the window says it in its own language
    assert store.list() == []


def test_a_short_run_of_the_default_preset_works_in_inference_mode():
    """BatchNorm's moving statistics must have settled after a short run (~90 steps): inference-mode predictions
    agree with training-mode ones. With Keras' default momentum (0.99) this run predicted near chance."""
    digits = load_builtin("digits", samples_per_class=60, use_cache=False)
    result = train(TrainConfig(preset="inkling", epochs=3, batch_size=16, validation_split=0.2, test_split=0.0),
                   digits)
    x = digits.spec.apply_batch(np.asarray(digits.images, np.float32) / 255.0)
    as_trained = result.model(x, training=True).numpy().argmax(1)
    as_used = result.model(x, training=False).numpy().argmax(1)
    assert (as_used == as_trained).mean() > 0.8
    assert (as_used == digits.labels).mean() > 0.6  # chance is 0.1


def test_a_run_of_a_few_steps_is_not_left_guessing_one_class_at_inference():
    """8 steps (480 training samples, batch 128, 2 epochs): the moving averages had not forgotten their start, and
    the model that trained to ~80 % read every digit as one class at inference (validation 10 %, saved model 10 %).
    The averages are settled on training samples before each validation, so the curves and the saved model agree
    with training."""
    from guiapp.core.training.batch_norm import batch_norm_layers

    digits = load_builtin("digits", samples_per_class=60, use_cache=False)
    result = train(TrainConfig(preset="inkling", epochs=2, batch_size=128, validation_split=0.2, test_split=0.0),
                   digits)
    assert max(result.history["val_accuracy"]) > 0.5  # chance is 0.1
    x = digits.spec.apply_batch(np.asarray(digits.images, np.float32) / 255.0)
    as_used = result.model(x, training=False).numpy().argmax(1)
    assert (as_used == digits.labels).mean() > 0.5 and len(set(as_used.tolist())) >= 8
    first = batch_norm_layers(result.model)[0]
    assert not np.allclose(first.moving_variance.numpy(), 1.0)  # not the start


def _counting_saves(monkeypatch):
    from guiapp.core.training.config import TrainingResult

    saved, original = [], TrainingResult.save

    def save(self, path, *args, **kwargs):
        saved.append(self.best_epoch)
        return original(self, path, *args, **kwargs)

    monkeypatch.setattr(TrainingResult, "save", save)
    return saved


def test_checkpoint_holds_the_best_epoch_when_train_returns(digits, tmp_path, monkeypatch):
    from guiapp.core.training import engine as training
    from guiapp.core.modelfile import load_model

    saved = _counting_saves(monkeypatch)
    checkpoint = tmp_path / "best.h5"
    result = train(TrainConfig(preset="logreg", **{**FAST, "epochs": 3}), digits, checkpoint=str(checkpoint))
    # Short epochs: the throttled writes wait, and one write at the end holds the best epoch.
    assert saved == [result.best_epoch] and load_model(checkpoint).metadata["best_epoch"] == result.best_epoch

    saved.clear()
    monkeypatch.setattr(training, "CHECKPOINT_INTERVAL_S", 0.0)
    result = train(TrainConfig(preset="logreg", **{**FAST, "epochs": 3, "learning_rate": 1e-2}), digits,
                   checkpoint=str(checkpoint))
    assert len(saved) >= 1 and saved[-1] == result.best_epoch and len(saved) == len(set(saved))  # no rewrite



def test_too_little_data_is_said_before_training_on_it(digits):
    """Six drawings a class trained with batch 128: one step an epoch, a model at chance and nothing said. The run
    now says why, as it starts (an event the Train area shows) and in its result, and trains in batches of a quarter
    of its training samples (a warning of it alone was not enough: two walks)."""
    from guiapp.core.training.engine import FEW_PER_CLASS

    from guiapp.core.datasets.base import Dataset

    keep = np.concatenate([np.flatnonzero(digits.labels == c)[:6] for c in range(3)])
    few = Dataset("few", digits.classes[:3], digits.images[keep], digits.labels[keep], spec=digits.spec)
    events = []
    result = train(TrainConfig(preset="logreg", epochs=1, batch_size=128, early_stopping=0), few,
                   on_progress=events.append)
    said = [e.message for e in events if e.kind == "message"]
    assert any("only 6 samples" in m and str(FEW_PER_CLASS) in m for m in said), said
    fitted = next(m for m in said if m.startswith("training in batches of "))
    batch = int(fitted.split()[4].rstrip(","))
    assert "not 128" in fitted and batch == max(3, int(fitted.split("than the ")[1].split()[0]) // 4), fitted
    assert result.ran["global_batch"] == batch  # recorded as it ran
    # ... and that each class keeps a drawing to validate and one to test: 6 of 18 under "10 %" (walk 124)
    assert result.warnings[2] == ("with so few samples, each class keeps at least one to validate and one to test: "
                                  "6 of 18 are held out, 12 train") and len(result.warnings) == 3
    plenty = train(TrainConfig(preset="logreg", epochs=1, batch_size=16, early_stopping=0), digits)
    assert plenty.warnings == []
    # A dataset with a test set of its own holds it out whole: not a small class's rounding (walk 134: mnist-5k's
    # 1,000 test digits read "each class keeps one to validate and one to test: 1100 of 2000")
    keep = np.concatenate([np.flatnonzero(digits.labels == c)[:20] for c in range(3)])
    own_test = np.arange(len(keep)) % 2 == 0
    tested = Dataset("tested", digits.classes[:3], digits.images[keep], digits.labels[keep], spec=digits.spec,
                     predefined_test=own_test)
    result = train(TrainConfig(preset="logreg", epochs=1, batch_size=8, early_stopping=0), tested)
    assert not [w for w in result.warnings if str(w).startswith("with so few samples")], result.warnings


def test_the_default_network_learns_two_classes_of_five_drawings(digits):
    """The least dataset Train accepts, 2 classes of 5, trained with the default network in batches of 1 (a quarter
    of its 6 training samples): batch normalisation had nothing to average, the loss stayed at 0.693 for 40 epochs
    (walk 121). Batches of 3 learn it."""
    from guiapp.core.datasets.base import Dataset
    from guiapp.core.training.data import drops_lone_sample, fitted_batch

    assert [fitted_batch(n, 128) for n in (1, 2, 6, 12, 40, 200)] == [1, 2, 3, 3, 10, 128]
    assert drops_lone_sample(7, 3) and not drops_lone_sample(6, 3) and not drops_lone_sample(1, 3)
    keep = np.concatenate([np.flatnonzero(digits.labels == c)[:5] for c in (0, 1)])
    two = Dataset("two", ["0", "1"], digits.images[keep], digits.labels[keep], spec=digits.spec)
    result = train(TrainConfig(preset="inkling", epochs=12, batch_size=128, early_stopping=0, seed=1), two)
    assert result.ran["global_batch"] == 3 and min(result.history["loss"]) < 0.3, result.history["loss"]
    # A batch of 1 asked for is said to leave batch normalisation nothing to average
    asked = train(TrainConfig(preset="inkling", epochs=1, batch_size=1, early_stopping=0, seed=1), two)
    assert any("a batch of 1 leaves batch normalisation" in warning for warning in asked.warnings), asked.warnings


def test_the_time_per_batch_leaves_out_the_first_batch_once_there_is_a_second():
    """The first batch holds TensorFlow's tracing: counted in, a 2-epoch run of 18 s was first promised in 1:04."""
    from guiapp.core.training.progress import seconds_per_batch

    assert seconds_per_batch(now=5.0, epoch_start=0.0, first_batch_end=5.0, done=1) == 5.0  # all there is
    assert seconds_per_batch(now=6.0, epoch_start=0.0, first_batch_end=5.0, done=11) == pytest.approx(0.1)
    assert seconds_per_batch(now=2.0, epoch_start=0.0, first_batch_end=None, done=4) == 0.5
    # An epoch's first batch also waits for its data: the last epoch's steady rate stands until a second batch
    assert seconds_per_batch(now=5.0, epoch_start=0.0, first_batch_end=5.0, done=1, earlier=0.1) == 0.1
    assert seconds_per_batch(now=6.0, epoch_start=0.0, first_batch_end=5.0, done=11, earlier=9.0) == pytest.approx(0.1)
