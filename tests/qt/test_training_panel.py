"""The Train panel end to end: real tiny Keras runs in the real worker thread, real widgets offscreen, real files
in the runs folder. Data: 20 synthesised digits per class; models: logreg / keras-tutorial, 1-2 epochs."""

import re

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from guiapp.core.modelfile import load_model, save_model
from guiapp.core.training.runs import RunStore
from guiapp.core.training.config import TrainConfig, TrainingError
from guiapp.core.training.request import TrainingRequest
from guiapp.qt.train.training_fields import settings_line
from guiapp.qt.train.panel import TrainPanel
from guiapp.qt.i18n import date_time
from guiapp.qt.recognize.model_picker import model_display_name, run_title

QUICK = dict(batch_size=16, validation_split=0.2, test_split=0.1)


@pytest.fixture
def panel(qtbot):
    widget = TrainPanel()
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    yield widget
    widget.stop_and_wait(5.0)
    widget.helpers.join(10.0)
    widget.evaluation.wait(10_000)
    widget.feature_maps.wait(10_000)


def long_job(digits, **overrides):
    """A run that lasts far longer than any test waits: batch size 1 over many epochs."""
    config = dict(preset="logreg", epochs=200, batch_size=1, validation_split=0.2, test_split=0.0)
    config.update(overrides)
    return TrainingRequest(TrainConfig(**config), "digits", 20, data=digits)


def wait_for_batches(qtbot, panel, at_least=1, timeout=30_000):
    qtbot.waitUntil(lambda: panel.plots._raw.n >= at_least, timeout=timeout)


def test_short_run_finishes_with_curves_a_saved_model_and_use_for_recognition(qtbot, panel, digits, tmp_path,
                                                                            monkeypatch):
    assert panel.progress.text() == "no run yet: the run's progress shows here"  # not a blank box before a run
    job = TrainingRequest(TrainConfig(preset="keras-tutorial", epochs=2, **QUICK), "digits", 20, data=digits)
    seen = []  # the Runs table's epochs for the run in progress, at each epoch (it said 0 until the end)
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000) as finished:
        assert panel.start(job)
        assert panel.is_training() and not panel.start_button.isEnabled()
        # (the list read again meanwhile, as opening the Runs tab does: it said 0 for a paused run: walk 111)
        panel.training.event.connect(lambda event: event.kind == "epoch" and (panel.runs_view.refresh(), seen.append(
            panel.runs_view.table.item(0, 4).text())))
        statuses, steering = [], []
        panel.training.event.connect(lambda event: event.kind == "message" and statuses.append(panel.status.text()))
        panel.training.event.connect(lambda event: event.saving and steering.append(
            (panel.pause_button.isEnabled(), panel.stop_button.isEnabled())))
    outcome = finished.args[0]
    assert outcome.stopped == "completed" and outcome.best_epoch in (1, 2)
    assert seen == ["1", "2"]
    # Converting the model takes seconds after the last epoch: the status said nothing ("Stopping…" looked stuck)
    assert statuses[-1] == "saving the model: converting it for fast recognition takes a few seconds…"
    assert steering == [(False, False)]  # Pause and Stop can do nothing while the model is saved
    assert not panel.is_training() and panel.start_button.isEnabled()
    assert panel.plots.batch_points() > 0 and panel.plots.epoch_points("loss") == 2
    assert panel.plots.epoch_points("val_accuracy") == 2 and panel.plots.best_lines[0].isVisible()
    assert panel.progress.value() == 1000 and "completed 2 epochs" in panel.result_label.text()
    # a best epoch before the last is explained ("best epoch 1" of a fine-tune puzzled walk 135)
    assert ("(epoch 1's validation loss was the lowest: the model keeps its weights" in panel.result_label.text()
            ) == (outcome.best_epoch == 1)
    # The best epoch's validation accuracy, named as Runs names it (89 % test beside Runs' 93 % read as a clash)
    best = panel.plots.history["val_accuracy"][outcome.best_epoch - 1]
    # ... on how many samples, and what it likely is: on 20 "100.0 %" read as a fact (walk 105)
    from guiapp.core.evaluation import FEW_SAMPLES

    validated_on = outcome.split_sizes["validation"]
    assert 0 < validated_on < FEW_SAMPLES
    assert (f" · validation accuracy {100 * best:.1f}\u00a0% on {validated_on} samples (too few to be sure: likely "
            in panel.result_label.text())
    assert panel.progress.text().startswith("completed 2 epochs")  # the bar says how the run ended
    assert [run.id for run in panel.runs_view.selected()] == [outcome.run.id]  # its row chosen in Runs (walk 155)
    # Replayed, Pause holds the curves (walk 144), and is the run's again once the replay ends
    assert not panel.pause_button.isEnabled()
    panel.replay_button.click()
    assert panel.pause_button.isEnabled()
    panel.pause_button.click()
    assert panel.pause_button.text() == "Resume" and panel.progress.format().startswith("replay paused: ")
    panel.replay_button.click()  # Stop replay
    assert panel.replay_button.replay is None and not panel.pause_button.isEnabled()
    assert panel.pause_button.text() == "Pause"

    loaded = load_model(outcome.model_path)
    assert loaded.labels == digits.classes and len(loaded.metadata["history"]["loss"]) == 2
    run = RunStore().load(outcome.run.id)
    assert run.status == "completed" and run.checkpoint_path.is_file() and run.model_path.is_file()
    assert len(run.load_curves().history["val_loss"]) == 2 and run.load_curves().batches
    line = panel.result_label.text()
    saved = panel.save_as(str(tmp_path / "mine.h5"))
    assert load_model(saved).metadata["preset"] == "keras-tutorial"
    # The dialog opens in the home folder, then where a model was last saved: a bare file name opened it wherever
    # the app was started from (a walk found /tmp)
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    offered = []
    answers = iter([str(tmp_path / "sub" / "again.h5"), ""])
    (tmp_path / "sub").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: offered.append(args[2]) or (next(answers), ""))
    assert panel.save_as() == tmp_path / "sub" / "again.h5" and panel.save_as() is None
    assert Path(offered[0]).parent == Path.home() and Path(offered[1]).parent == tmp_path / "sub"
    # A folder it cannot write in: said of the file chosen, not of the hidden temporary file (walk 121)
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    gone = tmp_path / "gone" / "m.h5"
    assert panel.save_as(str(gone)) is None
    assert warned == [f"Could not save {gone}: No such file or directory"], warned
    # said in the window's status line, the run's figures kept (they were replaced by "Saved …", a walk)
    assert panel.result_label.text() == line

    with qtbot.waitSignal(panel.useModelRequested, timeout=2000) as used:
        panel.use_button.click()
    assert used.args == [str(outcome.model_path)]
    # The evaluation view evaluates the new model on the run's own test split, by itself.
    qtbot.waitUntil(lambda: panel.evaluation.report is not None, timeout=30_000)
    assert panel.evaluation.report.split == "test" and panel.evaluation.report.n_samples == 20
    # ... and the result line says it, as `guiapp train` prints it
    accuracy = f"{100 * panel.evaluation.report.accuracy:.1f}"
    assert f" · test accuracy {accuracy}\u00a0% on 20 held-out samples" in panel.result_label.text().split("\n")[0]
    # 20 samples pin nothing down: the line says how far the figure may be off (it read as a fact)
    assert "(too few to be sure: likely " in panel.result_label.text().split("\n")[0]
    assert "(too few to be sure: likely " in panel.evaluation.summary.text()
    # Evaluated again on other data, the run's line keeps the run's own figure (another's was added to it: a walk)
    line = panel.result_label.text()
    from guiapp.core.datasets.builtin import load_builtin

    others = load_builtin("digits", samples_per_class=3, use_cache=False)
    with qtbot.waitSignal(panel.evaluation.evaluated, timeout=60_000):
        panel.evaluation.evaluate(str(outcome.model_path), others, split="test")
    assert panel.result_label.text() == line
    assert panel.runs_view.table.rowCount() == 1 and panel.runs_view.table.item(0, 3).text() == "completed"
    # Recorded with the run: the Runs list shows it, and so does the run shown again (the line lost it: a walk)
    stored = RunStore().load(outcome.run.id).test_accuracy
    assert stored[1] == 20 and f"{100 * stored[0]:.1f}" == accuracy, stored
    assert panel.runs_view.table.item(0, 7).text() == f"{accuracy}\u00a0%"
    assert panel.runs_view.table.item(0, 7).toolTip() == "On 20 held-out samples the run never trained on"
    panel.show_run(RunStore().load(outcome.run.id))
    # ... with its caveats, as at the run's end (walk 105 saw them go after a restart)
    assert f"\u00a0% on {validated_on} samples (too few to be sure: likely " in panel.result_label.text()
    assert f" · test accuracy {accuracy}\u00a0% on 20 held-out samples (too few to be sure: likely " in (
        panel.result_label.text())
    # A run the window closed as it ended has none (walk 111): its empty cell says how to measure it, and the
    # evaluation of the run shown on its own test split records it
    from guiapp.core.training.runs import TEST

    store = RunStore()
    unmeasured = store.load(outcome.run.id)
    del unmeasured.extra[TEST]
    store.write(unmeasured)
    panel.runs_view.refresh()
    assert panel.runs_view.table.item(0, 7).toolTip().startswith("Not measured: Show the run")
    panel.show_run(store.load(outcome.run.id))
    config = outcome.run.config
    with qtbot.waitSignal(panel.evaluation.evaluated, timeout=60_000):
        panel.evaluation.evaluate(str(outcome.model_path), outcome.dataset, split="test",
                                  validation=config["validation_split"], test=config["test_split"])
    assert RunStore().load(outcome.run.id).test_accuracy[1] == 20
    assert panel.runs_view.table.item(0, 7).text() == f"{accuracy}\u00a0%"


def test_stop_takes_effect_after_the_current_batch(qtbot, panel, digits):
    assert panel.start(long_job(digits))
    reports = []
    panel.training.event.connect(lambda event: reports.append(event) if event.kind == "batch" else None)
    wait_for_batches(qtbot, panel)
    with qtbot.waitSignal(panel.trainingFinished, timeout=10_000) as finished:
        seen_epoch, seen_batch = reports[-1].epoch, reports[-1].batch  # the latest report when Stop is pressed
        panel.stop()
        assert panel.status.text().startswith("Stopping")
        assert not panel.stop_button.isEnabled()
    outcome = finished.args[0]
    assert outcome.stopped == "cancelled"
    match = re.fullmatch(r"stopped by request in epoch (\d+), after batch (\d+)", outcome.message)
    at_end = re.fullmatch(r"stopped by request after epoch (\d+)", outcome.message)  # the stop met an epoch's end
    assert match or at_end, outcome.message
    # Reports come every 0.1 s and Stop is obeyed after the batch in progress: within a few batches of the last
    # report, never a whole epoch (160 batches) later.
    epoch, batch = (int(match[1]), int(match[2])) if match else (int(at_end[1]), 160)
    assert (epoch - seen_epoch) * 160 + (batch - seen_batch) < 160
    assert RunStore().load(outcome.run.id).status == "cancelled"
    row = next(r for r in range(panel.runs_view.table.rowCount()) if panel.runs_view.table.item(r, 3) is not None)
    stopped = RunStore().load(outcome.run.id)
    # as the Stop button and the message say; and whether it has a model to continue or use (two rows read
    # "stopped" alike: walk 111)
    assert panel.runs_view.table.item(row, 3).text() == (
        "stopped" if stopped.best_model_file() is not None else "stopped, no model")
    if stopped.best_model_file() is None:  # stopped in its first epoch: Delete does not ask about a model
        assert panel.runs_view.delete_question([stopped]).endswith("? It has no model: no epoch finished.")


def test_a_stop_inside_an_epoch_draws_and_records_only_the_finished_epochs(qtbot, panel, digits):
    """A tester stopped in epoch 2 and got an epoch-2 point of one batch's accuracy on the epoch plots and
    "epochs_done: 2" in the run; stopped in epoch 1, the plots and the Runs table showed an epoch that never was.
    The axes then show the epochs there are, not the run's planned length."""
    assert panel.start(long_job(digits, batch_size=4))  # 40 batches an epoch
    qtbot.waitUntil(lambda: bool(panel.plots.history.get("loss")), timeout=30_000)
    with qtbot.waitSignal(panel.trainingFinished, timeout=20_000) as finished:
        panel.stop()
    outcome = finished.args[0]
    cut = re.fullmatch(r"stopped by request in epoch (\d+), after batch (\d+)", outcome.message)
    whole = re.fullmatch(r"stopped by request after epoch (\d+)", outcome.message)  # the stop met an epoch's end
    assert cut or whole, outcome.message
    done = int(cut[1]) - 1 if cut else int(whole[1])
    assert done >= 1 and len(outcome.history["loss"]) == len(outcome.history["val_loss"]) == done
    assert panel.plots.epoch_points("loss") == panel.plots.epoch_points("val_accuracy") == done
    # The epoch axes end near the epochs trained, not at the 200 planned (they squeezed them into the left edge)
    assert panel.plots.loss_plot.viewRange()[0][1] < done + 5 and panel.plots.accuracy_plot.viewRange()[0][1] < done + 5
    run = RunStore().load(outcome.run.id)
    assert run.epochs_done == done and run.best_epoch <= done
    assert panel.runs_view.table.item(0, 4).text() == f"{done} of 200"  # how far it got
    assert "saved in the runs folder" in panel.result_label.text()
    # ... which a slide's caption of the curves leaves out (walk 144)
    caption = panel.curves_caption()
    assert "runs folder" not in caption and outcome.message in caption, caption


def test_paused_status_and_button_agree_whatever_the_reports_say(qtbot, panel, digits):
    """Paused, then Quit answered No: the status read "Resumed." while the button still said Resume. A report of
    the training process that disagrees with the pause the panel asked for (a late "resumed") never makes the
    status contradict the button."""
    from guiapp.core.training.config import TrainingEvent

    assert panel.start(long_job(digits))
    wait_for_batches(qtbot, panel)
    stop_at = panel.stop_button.geometry()
    panel.toggle_pause()
    qtbot.waitUntil(lambda: panel.status.text().startswith("Paused"), timeout=10_000)
    QCoreApplication.processEvents()
    assert panel.stop_button.geometry() == stop_at  # Resume is no wider than the room Pause had

    def run_row_status() -> str:
        table = panel.runs_view.table
        return next(table.item(row, 3).text() for row in range(table.rowCount())
                    if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == panel.runs_view.active_id)

    qtbot.waitUntil(lambda: panel.runs_view.active_id is not None, timeout=10_000)
    panel.runs_view.refresh()
    assert run_row_status() == "paused"  # Runs said "running" while it was paused (a walk)
    panel.training.event.emit(TrainingEvent("message", 1, 200, message="resumed"))
    assert panel.pause_button.text() == "Resume" and not panel.status.text().startswith("Resumed")
    panel.training.event.emit(TrainingEvent("message", 1, 200, message="paused"))
    assert panel.status.text().startswith("Paused")
    panel.toggle_pause()
    assert panel.pause_button.text() == "Pause" and panel.status.text() == "Resuming…"
    assert run_row_status() == "running"
    qtbot.waitUntil(lambda: panel.status.text() != "Resuming…", timeout=10_000)  # "Resumed.", then the live line
    assert not panel.status.text().startswith("Paused") and panel.pause_button.text() == "Pause"
    with qtbot.waitSignal(panel.trainingFinished, timeout=10_000):
        panel.stop()


def test_pause_pressed_as_the_run_ends_leaves_pause_on_the_button(qtbot, panel, digits):
    """Pause pressed as the last epoch ended, while the run saved its model: the run ended, and the disabled button
    still said "Resume" (walk 150)."""
    job = TrainingRequest(TrainConfig(preset="logreg", epochs=1, **QUICK), "digits", 20, data=digits)
    assert panel.start(job)
    panel.training.event.connect(lambda event: event.kind == "epoch" and panel.pause_button.isEnabled()
                                 and panel.toggle_pause())
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: not panel.is_training(), timeout=10_000)
    assert panel.pause_button.text() == "Pause" and not panel.pause_button.isEnabled()


def test_a_stopped_run_leaves_the_bar_as_far_as_it_got_saying_how_it_ended(qtbot, panel, digits):
    """A walkthrough found a stopped run's bar still reading "epoch 1/200 · batch …", part full, as if it went on:
    the bar ends with the run's ending message, as full as the epochs it finished (a full bar read as finished)."""
    assert panel.start(long_job(digits))
    wait_for_batches(qtbot, panel, at_least=3)
    qtbot.waitUntil(lambda: bool(re.match(r"epoch \d+/200 · batch \d+/160", panel.progress.text())), timeout=10_000)
    assert panel.progress.value() < panel.progress.maximum()
    with qtbot.waitSignals([panel.trainingFinished, panel.training.ended], timeout=10_000):
        panel.stop()
    qtbot.waitUntil(lambda: not panel.is_training(), timeout=10_000)
    # The run's last report may still have been waiting for the 5 Hz redraw, which the end triggers: the ending
    # must stay on the bar (and "Ended." in the status line) after it.
    done = len(panel.outcome.history.get("loss", []))
    assert panel.progress.value() == round(1000 * done / 200)
    assert re.fullmatch(r"stopped by request (in epoch \d+, after batch \d+|after epoch \d+)", panel.progress.text()), \
        panel.progress.text()
    assert panel.status.text() == "Stopped."


def test_a_stop_in_the_last_epochs_validation_says_the_run_completed(qtbot, panel, digits):
    """Stop pressed while the last epoch validates keeps that epoch, so the run completes: said, else the Stop
    looked ignored."""
    job = TrainingRequest(TrainConfig(preset="logreg", epochs=2, **QUICK), "digits", 20, data=digits)
    assert panel.start(job)
    panel.training.event.connect(lambda event: event.validating and event.epoch == event.epochs
                                 and panel.stop_button.isEnabled() and panel.stop_button.click())
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000) as finished:
        pass
    assert finished.args[0].stopped == "completed"
    assert panel.status.text() == "Finished: Stop came in the last epoch, and the run completed it."


def test_pause_holds_training_and_resume_continues(qtbot, panel, digits):
    assert panel.start(long_job(digits))
    wait_for_batches(qtbot, panel)
    panel.toggle_pause()
    from guiapp.qt.look import icon

    assert panel.pause_button.text() == "Resume"
    assert panel.pause_button.icon().cacheKey() == icon("start").cacheKey()  # not the pause bars
    qtbot.waitUntil(lambda: panel.status.text().startswith("Paused"), timeout=10_000)
    QCoreApplication.processEvents()
    held = panel.plots._raw.n
    qtbot.wait(700)  # batch events come every 0.1 s while training
    assert panel.plots._raw.n == held and panel.is_training()
    panel.toggle_pause()
    assert panel.pause_button.text() == "Pause"
    wait_for_batches(qtbot, panel, held + 2)
    panel.toggle_pause()  # Stop also ends a paused run
    qtbot.waitUntil(lambda: panel.status.text().startswith("Paused"), timeout=10_000)
    with qtbot.waitSignal(panel.trainingFinished, timeout=10_000) as finished:
        panel.stop()
    assert finished.args[0].stopped == "cancelled"


def test_second_run_cannot_start_while_one_runs(qtbot, panel, digits):
    assert panel.start(long_job(digits))
    assert not panel.start(long_job(digits))
    assert "already in progress" in panel.status.text() and not panel.start_button.isEnabled()
    with qtbot.waitSignal(panel.trainingFinished, timeout=20_000):
        panel.stop()


def test_a_past_run_cannot_be_shown_over_the_live_curves_while_a_run_is_in_progress(qtbot, panel, digits):
    # Shown mid-run, a past run's curves took the live run's points (an epoch 3 on a 2-epoch run) and the live
    # curves kept the splice (a walk). Show and Overlay wait for the run's end; the running row's Show is its curves.
    job = TrainingRequest(TrainConfig(preset="logreg", epochs=1, **QUICK), "digits", 20, data=digits)
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000):
        panel.start(job)
    past = panel.runs_view.runs[0]
    assert panel.start(long_job(digits, batch_size=4))
    qtbot.waitUntil(lambda: panel.runs_view.active_id is not None, timeout=30_000)
    view = panel.runs_view
    view.select_run(past.id)
    assert not view.show_button.isEnabled() and "A run is in progress" in view.show_button.toolTip()
    assert "Show" not in [text for text, _slot in view.context_actions()]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter on the row says why rather than showing it
    assert view.note.text().startswith("A run is in progress: its curves are on the Curves tab.")
    panel.show_run(past)  # whatever asks (Ctrl+Z of a deletion, say): the live curves stay the live run's
    assert panel.shown_run is None
    # Rerun waits too: refused by Start, it had put the past run's settings in the form for the next Start
    assert not view.rerun_button.isEnabled() and "rerun when it ends" in view.rerun_button.toolTip()
    epochs = panel.settings.config().epochs
    panel.rerun(past)
    assert panel.settings.config().epochs == epochs != past.config["epochs"]
    view.select_run(past.id)
    view.select_run(view.active_id, add=True)
    assert not view.overlay_button.isEnabled()
    view.select_run(view.active_id)
    assert view.show_button.isEnabled()
    panel.tabs.setCurrentWidget(view)
    with qtbot.waitSignal(view.showRequested):
        view.show_button.click()
    assert panel.tabs.currentWidget() is panel.curves_tab and panel.shown_run is None
    qtbot.waitUntil(lambda: len(panel.plots.history.get("loss", [])) >= 1, timeout=30_000)
    with qtbot.waitSignal(panel.trainingFinished, timeout=20_000) as finished:
        panel.stop()
    assert panel.plots.history["loss"] == finished.args[0].history["loss"]
    view.select_run(past.id)
    assert view.show_button.isEnabled() and view.show_button.toolTip() == "Show the run's curves"


def test_stop_and_wait_while_training_keeps_the_best_checkpoint(qtbot, panel, digits):
    # One epoch of 160 samples at batch size 4 ends quickly; the second is interrupted by "closing the window".
    job = long_job(digits, batch_size=4)
    assert panel.start(job)
    qtbot.waitUntil(lambda: bool(panel.plots.history.get("loss")), timeout=30_000)
    assert panel.stop_and_wait(2.0)  # True: the run ended within its 2 s
    assert not panel.is_training()
    runs = RunStore().list()
    assert len(runs) == 1 and runs[0].status == "cancelled" and runs[0].best_epoch >= 1
    assert load_model(runs[0].checkpoint_path).labels == digits.classes
    assert not runs[0].model_path.exists()  # the final save is skipped when closing; the checkpoint is kept
    assert not [p for p in runs[0].folder.iterdir() if p.name.endswith(".tmp")]


def test_diverging_run_shows_the_core_message(qtbot, panel, digits, tmp_path):
    from guiapp.core.training.presets import build_model

    model = build_model("logreg", (28, 28, 1), 10)
    weights = model.get_weights()
    weights[0][0, 0] = np.nan  # a broken model: the loss is NaN from the first batch
    model.set_weights(weights)
    broken = save_model(model, tmp_path / "broken.h5", digits.classes, digits.spec, {"preset": "logreg"})
    job = TrainingRequest(TrainConfig(preset="logreg", epochs=2, **QUICK), "digits", 20, data=digits,
                      base_path=str(broken))
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000) as finished:
        panel.start(job)
    outcome = finished.args[0]
    assert outcome.stopped == "diverged" and outcome.model_path is None
    assert "diverged" in panel.result_label.text() and "learning rate" in panel.result_label.text()
    assert "no model was kept" in panel.result_label.text() and not panel.use_button.isEnabled()


def test_runs_view_reruns_and_overlays(qtbot, panel, digits, tmp_path):
    for schedule in ("constant", "cosine"):  # a class compares two schedules (walk 111)
        job = TrainingRequest(TrainConfig(preset="logreg", epochs=1, schedule=schedule, **QUICK), "digits", 20,
                              data=digits)
        with qtbot.waitSignal(panel.trainingFinished, timeout=60_000):
            panel.start(job)
    runs = panel.runs_view.runs
    assert len(runs) == 2
    older, newer = sorted(runs, key=lambda run: run.created)
    panel.runs_view.select_run(runs[0].id)
    table = panel.runs_view.table
    table.setFocus()
    with qtbot.waitSignal(panel.runs_view.showRequested, timeout=2000) as shown:  # Enter shows the selected run
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert shown.args[0].id == runs[0].id
    # Renamed, a run still says what it learnt from (the name hid the dataset: a walk)
    assert panel.runs_view.rename(runs[0], "scratch run")
    names = [table.item(row, 2).text() for row in range(table.rowCount())]
    # ... and how many samples it split: two runs on one dataset of 15 and 33 drawings read alike (walk 124)
    sizes = panel.runs_view.runs[0].split_sizes
    assert sizes["train"] > sizes["validation"] > 0 and sizes["test"] > 0
    # ... those it trained on: all it split read as its training data (walk 139)
    assert f"scratch run (digits) · trained on {sizes['train']} samples" in names, names
    row = [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())].index(runs[0].id)
    assert (f"Samples: {sizes['train']} to train, {sizes['validation']} to validate, {sizes['test']} to test"
            in table.item(row, 2).toolTip())
    runs = panel.runs_view.runs
    panel.show_run(next(run for run in runs if run.id == older.id))
    # the curves saved as a picture say whose they are, and how it ended (walk 139)
    assert panel.curves_caption().split("\n") == [run_title(older), panel.result_label.text().split("\n")[0]]
    panel.runs_view.select_run(runs[0].id)
    panel.runs_view.select_run(runs[1].id, add=True)
    with qtbot.waitSignal(panel.runs_view.overlayRequested) as overlaid:
        panel.runs_view.overlay_button.click()
    assert overlaid.args == [older, newer]  # the older drawn, the newer dashed, whatever the table's order
    # the epochs' four curves, and its batches (only the solid run's were drawn)
    assert len(panel.plots.overlay_curves) == 5 and panel.plots.epoch_points("loss") == 1
    batch_plot, dashed = panel.plots.overlay_curves["batches"]
    assert batch_plot is panel.plots.batch_plot and len(dashed.getData()[0]) == len(newer.load_curves().batches)
    # in hues of its own: in the solid run's blue and orange, the two runs were one on a projector (walk 166)
    hues = {key: item.opts["pen"].color().name() for key, (_plot, item) in panel.plots.overlay_curves.items()}
    solid = {curve.opts["pen"].color().name() for curve in panel.plots.curves.values()}
    assert hues["batches"] == hues["loss"] != hues["val_loss"] and not solid & set(hues.values()), (hues, solid)
    # Two runs of one seed on the CPU draw the same curves: said, as the dashed ones lie unseen under the solid
    same = older.load_curves().history == newer.load_curves().history
    said = panel.status.text().split("\n")
    assert said[0] == f"Solid: {run_title(older)} · dashed: {run_title(newer)}" + (
        " · the same curves: the dashed lie under the solid" if same else "")
    assert panel.curves_caption() == said[0]
    # ... and how they learnt differently: the schedule was nowhere to be seen (walk 111)
    # (the older run is drawn solid: the constant one, trained first, unless both started in the same second)
    assert said[1] == f"{older.config['schedule']} (solid) against {newer.config['schedule']} (dashed)", said
    assert {older.config["schedule"], newer.config["schedule"]} == {"constant", "cosine"}
    # ... and the dashed run's figures, as the result line gives the solid one's (walk 150: nowhere)
    from guiapp.core.training.runs import accuracy_at_best

    at_best = accuracy_at_best(newer.load_curves().history, newer.best_epoch)
    assert said[2].startswith(
        f"Dashed run: best epoch {newer.best_epoch} · validation accuracy {100 * at_best:.1f}\u00a0%"), said
    row = [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())].index(newer.id)
    assert f"Adam · learning rate 0.001 · {newer.config['schedule']} · batch " in table.item(row, 3).toolTip()
    # ... and its seed: reruns of one seed learn alike, and read as one run (walk 144)
    tip = table.item(row, 3).toolTip().split("\n")
    assert tip[-2].endswith(f" · seed {newer.config['seed']}"), tip
    # and how the command line names it (walk 149 found its id only in the runs folder)
    assert tip[-1] == f"On the command line: --model {newer.id} (or --model last for the newest)", tip
    # Two runs of one minute have two names (with seconds), and a run's model is named as the run is.
    assert run_title(older) != run_title(newer) or older.created == newer.created
    # The epoch plots' legend names the dashed curves once, by the dashed run's preset and time (two names a curve,
    # by date, ran past the plot's left edge; by its time alone, a class comparing a CNN and an MLP had to read the
    # status line: a walk) ...
    batch_legend, epoch_legend = panel.plots.legend_texts()
    assert epoch_legend.count("dashed") == 1
    shown_time = date_time(newer.created, seconds=True, date=False).replace("\u202f", " ")  # as rich text shows it
    named = newer.name or f"{newer.config['preset']} · {shown_time}"  # the name given it, if any
    assert epoch_legend.replace("\u00a0", " ").endswith(f"dashed: {named}"), epoch_legend
    panel.plots.set_overlay(newer.load_curves().history, "2:46:19 AM")  # a time as a C locale writes it
    panel.plots.refresh()
    assert "2:46:19\u00a0AM" in panel.plots.epoch_legend.text()  # on one line ("AM" wrapped alone: a walk)
    panel.plots.set_overlay(newer.load_curves().history, "2:46:19\u202fAM")  # ICU's narrow no-break space: Qt breaks it
    panel.plots.refresh()
    assert "2:46:19\u00a0AM" in panel.plots.epoch_legend.text()
    # ... and the batch plot's names the dashed run's batches; a run without them kept, that it has the solid run's
    # batches only (it read as both runs')
    assert batch_legend.replace("\u00a0", " ").endswith(f"╍╍ dashed: {named}"), batch_legend
    panel.plots.set_overlay(newer.load_curves().history, date_time(newer.created, seconds=True, date=False))
    panel.plots.refresh()
    assert panel.plots.legend_texts()[0].endswith("dashed run: per epoch only")
    assert model_display_name(older.best_model_file()) == run_title(older)
    panel.settings.set_config(TrainConfig())  # rerun must restore the run's own settings
    panel.runs_view.select_run(runs[0].id)
    assert panel.runs_view.rerun_button.isEnabled()
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000) as finished:
        panel.runs_view.rerun_button.click()
    assert finished.args[0].run.config == runs[0].config
    assert panel.settings.config().preset == "logreg" and panel.settings.samples_per_class() == 20

    # Deleting the run just finished takes its curves, result and Save/Use with it (they showed a deleted run).
    rerun = finished.args[0].run
    assert panel.save_button.isEnabled() and panel.plots.epoch_points("loss") == 1
    assert panel.runs_view.delete([r for r in panel.runs_view.runs if r.id == rerun.id]) == [rerun.id]
    assert not panel.save_button.isEnabled() and not panel.use_button.isEnabled()
    assert panel.plots.epoch_points("loss") == 0 and panel.status.text() == "The run shown was deleted."
    # No tab points at the deleted model: Evaluation's choices, its figures, feature maps, the epochs.
    deleted = str(rerun.folder)
    choices = [panel.evaluation.model.itemData(i) for i in range(panel.evaluation.model.count())]
    assert not [path for path in choices if path and path.startswith(deleted)]
    assert panel.evaluation.report is None and panel.evaluation.table.rowCount() == 0
    assert panel.evaluation.summary.text().startswith("The evaluated model was deleted")
    assert not (panel.feature_maps.model_path or "").startswith(deleted)
    assert panel.scrubber.model_path is None and not panel.scrubber.slider.isEnabled()
    assert panel.scrubber.note.text().startswith("The run shown here was deleted")
    # Showing a past run: its curves, its title, its ending on the bar, and the other tabs follow it.
    panel.show_run(runs[0])
    assert panel.status.text().startswith(f"Run {run_title(runs[0])}") and panel.progress.value() == 1000
    assert panel.status.text().endswith("\n" + settings_line(runs[0].config))  # how it learnt (walk 111)
    assert panel.scrubber.model_path == str(runs[0].best_model_file())
    assert panel.feature_maps.model_path == str(runs[0].best_model_file())
    assert panel.evaluation.model.currentData() == str(runs[0].best_model_file())
    assert panel.evaluation.model.currentText() == f"shown run: {run_title(runs[0])}"
    # The result row is the shown run's too: Save as… and Use acted on the last run trained while another was shown.
    # (its line is the shown run's best epoch, not empty: the row jumped and the Runs tab's buttons moved)
    assert panel.result_label.text().startswith(f"Shown run: best epoch {runs[0].best_epoch} · validation accuracy ")
    assert panel.save_button.isEnabled() and panel.use_button.isEnabled()
    with qtbot.waitSignal(panel.useModelRequested) as used:
        panel.use_button.click()
    assert used.args == [str(runs[0].best_model_file())]
    saved = panel.save_as(str(tmp_path / "shown.h5"))
    assert saved.read_bytes() == runs[0].best_model_file().read_bytes()
    # Deleting another run leaves the shown one; deleting the shown one clears it.
    panel.runs_view.delete([runs[1]])
    assert panel.plots.epoch_points("loss") == 1 and panel.status.text().startswith(f"Run {run_title(runs[0])}")
    panel.runs_view.delete([runs[0]])
    assert panel.plots.epoch_points("loss") == 0 and panel.runs_view.table.rowCount() == 0
    assert panel.scrubber.model_path is None


def test_closing_right_away_never_destroys_a_running_thread(qtbot):
    import threading

    panel = TrainPanel()
    panel.show()  # its preset description and device detection start now, in a worker thread
    assert panel.stop_and_wait(0.05)
    panel.setParent(None)
    panel.deleteLater()
    qtbot.wait(10)
    del panel  # the worker finishes its call on its own; its result goes nowhere, and nothing aborts
    qtbot.waitUntil(lambda: not any(t.name == "guiapp-train-helpers" for t in threading.enumerate()),
                    timeout=60_000)


def test_a_training_process_that_dies_ends_the_run_with_a_message_and_the_next_run_works(qtbot, panel, digits):
    import os
    import signal

    assert panel.start(long_job(digits))
    wait_for_batches(qtbot, panel)
    from guiapp.core.training.process import shared_process

    with qtbot.waitSignal(panel.training.failed, timeout=10_000) as failed:
        os.kill(shared_process()._process.pid, signal.SIGKILL)  # as the out-of-memory killer would
    assert "the training process ended unexpectedly (exit code -9)" in failed.args[0]
    qtbot.waitUntil(lambda: not panel.is_training() and panel.start_button.isEnabled(), timeout=10_000)
    assert "ended unexpectedly" in panel.result_label.text()
    assert panel.progress.text() == "failed" and panel.progress.value() == 0  # empty: a full bar read as success
    assert RunStore().list()[0].status == "failed"
    job = TrainingRequest(TrainConfig(preset="logreg", epochs=1, **QUICK), "digits", 20, data=digits)
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000) as finished:
        assert panel.start(job)
    assert finished.args[0].stopped == "completed"


def test_train_settings_start_from_the_cores_one_set_of_defaults(qtbot):
    """Issue #18: the window synthesised 600 samples per class and the CLI 1,000, and their training settings
    differed too; both now read the core's defaults, defined once."""
    from guiapp.core.datasets.builtin import DEFAULT_SAMPLES_PER_CLASS
    from guiapp.qt.train.settings import TrainingSettings

    settings = TrainingSettings()
    qtbot.addWidget(settings)
    assert settings.samples.value() == DEFAULT_SAMPLES_PER_CLASS
    assert settings.config() == TrainConfig()


def test_a_fixed_split_dataset_turns_the_validation_and_test_settings_off(qtbot):
    from guiapp.core.datasets import five_fonts
    from guiapp.qt.train.preset_view import describe_choice
    from guiapp.qt.train.settings import TrainingSettings

    settings = TrainingSettings()
    qtbot.addWidget(settings)
    if five_fonts.missing():
        note = "five-fonts's fixed split (279 validation); the validation and test settings do not apply"
    else:
        note = describe_choice("five-fonts", None, "logreg")["fixed_split"]
        assert "279 validation" in note
    settings.show_fixed_split(note)
    assert not settings.validation.isEnabled() and not settings.test.isEnabled()
    assert "do not apply" in settings.validation.toolTip()
    settings.show_fixed_split(describe_choice("digits", 20, "logreg")["fixed_split"])  # an ordinary dataset
    assert settings.validation.isEnabled() and settings.test.isEnabled()
    # their tooltips back whole (Validation's was left empty, Test's cut short)
    assert settings.validation.toolTip().startswith("Held out to choose the best epoch")
    assert settings.test.toolTip().endswith("a small dataset of your own holds out more than this share")


def test_every_training_setting_and_its_label_say_what_it_does(qtbot):
    """A teacher found Epochs, Batch size, Optimizer, Learning rate and Dropout unexplained, and Schedule in jargon
    (walk 150): each field and its label have a tooltip in plain words."""
    from guiapp.qt.train.settings import TrainingSettings

    settings = TrainingSettings()
    qtbot.addWidget(settings)
    for field in (settings.epochs, settings.batch_size, settings.optimizer, settings.learning_rate,
                  settings.schedule, settings.dropout, settings.validation, settings.test, settings.early_stopping):
        label = field.parentWidget().layout().labelForField(field)
        assert field.toolTip() and label.toolTip() == field.toolTip(), label.text()
    assert settings.schedule.toolTip().startswith("How the learning rate changes during the run")


def test_a_dataset_with_its_own_test_set_turns_the_test_setting_off(qtbot):
    """A walk set Test 10 % on mnist-5k and read "test accuracy … on 1,000 held-out samples" (its own test set),
    the Test box enabled and nothing said."""
    from guiapp.qt.train.preset_view import describe_choice
    from guiapp.qt.train.settings import TrainingSettings

    settings = TrainingSettings()
    qtbot.addWidget(settings)
    description = describe_choice("mnist-5k", None, "logreg")
    assert description["fixed_test"].startswith("mnist-5k has its own test set (1,000 samples)")
    assert not description["fixed_split"]
    settings.show_description(description)
    assert settings.validation.isEnabled() and not settings.test.isEnabled()
    assert "1,000 samples" in settings.test.toolTip()
    settings.show_description(describe_choice("digits", 20, "logreg"))
    assert settings.test.isEnabled() and "own test set" in settings.test.toolTip()  # its usual tip


def test_the_samples_box_says_a_dataset_of_files_trains_on_all_it_has(qtbot, tmp_path):
    """A drawn dataset greyed the box at "600 per class", which read as if 600 were used."""
    from guiapp.core.datasets.builtin import DEFAULT_SAMPLES_PER_CLASS
    from guiapp.qt.train.settings import TrainingSettings

    settings = TrainingSettings()
    qtbot.addWidget(settings)
    settings.set_dataset("digits", 250)
    assert settings.samples.isEnabled() and settings.samples_per_class() == 250
    settings.set_dataset(str(tmp_path / "my-drawings"))
    assert not settings.samples.isEnabled() and settings.samples.text() == "all its samples"
    from guiapp.qt.train.preset_view import describe_choice

    settings.show_description(describe_choice("digits", 20, "logreg"))  # described: the box says how many
    assert settings.samples.text() == "all 200"
    assert settings.samples_per_class() is None
    settings.set_dataset("digits")  # the built-in gets its count back
    assert settings.samples.isEnabled() and settings.samples.value() == 250 and "per class" in settings.samples.text()
    settings.samples.setValue(10)  # the smallest count is a count, not "all"
    assert settings.samples.text() == "10 per class"
    assert DEFAULT_SAMPLES_PER_CLASS > 10



def test_each_dataset_gets_its_samples_count_back_when_chosen_again(qtbot):
    """Fashion-MNIST at 200 a class came back as "all 70,000" after a look at another dataset, and Start began a run
    of minutes an epoch (a walk)."""
    from guiapp.qt.train.preset_view import describe_choice
    from guiapp.qt.train.settings import TrainingSettings

    settings = TrainingSettings()
    qtbot.addWidget(settings)
    settings.set_dataset("mnist-5k")
    settings.show_description(describe_choice("mnist-5k", None, "logreg"))
    settings.samples.setValue(200)
    settings.set_dataset("digits")
    settings.samples.setValue(300)
    settings.set_dataset("mnist-5k")
    assert settings.samples.value() == 200
    settings.show_description(describe_choice("mnist-5k", None, "logreg"))
    assert settings.samples_per_class() == 200
    settings.set_dataset("digits")
    assert settings.samples.value() == 300


def test_a_dataset_with_its_own_test_set_may_train_on_fewer_samples_a_class(qtbot, panel):
    """Fashion-MNIST could only train on all 60,000 (3 epochs, about 4 minutes on 2 cores): a dataset with its own
    test set takes a count a class; a Rerun keeps it; others stay "all"."""
    from guiapp.qt.train.preset_view import describe_choice

    settings = panel.settings
    settings.set_dataset("mnist-5k")
    settings.show_description(describe_choice("mnist-5k", None, "logreg"))
    assert settings.samples.isEnabled() and settings.samples.text() == "all 5,000"
    assert "test set stays whole" in settings.samples.toolTip() and settings.samples_per_class() is None
    settings.samples.setValue(20)
    assert settings.samples.text() == "20 per class" and settings.samples_per_class() == 20
    # optimizers by their own names, schedules in the window's words; the ids are what the config holds
    settings.set_config(TrainConfig(optimizer="rmsprop", schedule="plateau"))
    assert settings.optimizer.currentText() == "RMSprop" and settings.config().optimizer == "rmsprop"
    assert settings.schedule.currentData() == settings.config().schedule == "plateau"
    settings.set_config(TrainConfig(preset="logreg", epochs=1, batch_size=32, validation_split=0.1))
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000) as finished:
        assert panel.start()
    outcome = finished.args[0]
    assert outcome.run.samples_per_class == 20 and len(outcome.dataset) == 200 + 1000
    settings.set_dataset("digits")  # a built-in: its own count back; then a dataset without a test set: all
    assert settings.samples.value() != 20
    settings.show_description(describe_choice("digits", 20, "logreg"))
    settings.set_dataset("mnist-5k", 20)  # as Rerun sets it: kept while its description is worked out
    assert settings.samples_per_class() == 20
    settings.show_description(describe_choice("mnist-5k", None, "logreg"))
    assert settings.samples.isEnabled() and settings.samples_per_class() == 20
    settings.show_description(dict(describe_choice("mnist-5k", None, "logreg"), can_take_fewer=False))
    assert not settings.samples.isEnabled() and settings.samples_per_class() is None
    assert "only a dataset with a test set of its own" in settings.samples.toolTip()

def test_a_runs_data_warnings_go_when_another_dataset_is_chosen(qtbot, panel, digits, monkeypatch):
    """A run on a few samples a class ends with warnings about that data; choosing another dataset after it left
    them under the curves, as if about the new choice. The run's result line stays, its warnings go."""
    from guiapp.core.datasets.base import Dataset

    few = np.concatenate([np.flatnonzero(digits.labels == k)[:6] for k in range(10)])
    tiny = Dataset("tiny", list(digits.classes), np.asarray(digits.images)[few], digits.labels[few],
                   spec=digits.spec, kind="user")
    job = TrainingRequest(TrainConfig(preset="logreg", epochs=1, batch_size=128, validation_split=0.2,
                                      test_split=0.0), "tiny", None, data=tiny)
    shown_status = []  # the progress line replaced the warnings within a tenth of a second: they stay under it
    set_text = panel.status.setText
    monkeypatch.setattr(panel.status, "setText", lambda text: (shown_status.append(text), set_text(text)))
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000):
        assert panel.start(job)
    progress = [text for text in shown_status if text.startswith("Epoch 1/1, batch")]
    assert progress and all("\n⚠ The smallest class has only 6 samples" in text for text in progress), shown_status
    shown = panel.result_label.text()
    assert "⚠ The smallest class has only 6 samples" in shown and "completed 1 epoch" in shown
    assert "⚠ Training in batches of " in shown  # 48 training samples: batches of 12, not 128
    # The warnings in the warning colour, the run's own line not: all of it in orange read as a failed run
    from guiapp.qt import theme

    warning = f'<span style="color: {theme.tone("warning")}">⚠ The smallest class'
    assert panel.result_label.property("tone") in (None, "") and warning in shown
    assert shown.index("completed 1 epoch") < shown.index("<span")
    box = panel.settings.dataset
    box.setCurrentIndex((box.currentIndex() + 1) % box.count())
    assert "⚠" not in panel.result_label.text() and "completed 1 epoch" in panel.result_label.text()


def test_a_warning_the_settings_say_already_is_not_said_again_under_the_progress(qtbot, panel, digits, monkeypatch):
    """The smallest class's warning stood beside the run in the settings column and again under its progress line,
    four lines that pushed the curves down (walk 133): said once, where it was said first."""
    from guiapp.core.datasets.user_store import UserStore

    mine = UserStore().create("few", spec=digits.spec)
    for k in range(3):
        for index in np.flatnonzero(digits.labels == k)[:6]:
            mine.add_image(np.asarray(digits.images[index]), str(k), source_ink="light")
    settings = panel.settings
    settings.set_dataset("few")
    qtbot.waitUntil(lambda: "smallest class has only 6 samples" in settings.data_note.text(), timeout=60_000)
    settings.set_config(TrainConfig(preset="logreg", epochs=1, batch_size=128, validation_split=0.2, test_split=0.0))
    shown_status = []
    set_text = panel.status.setText
    monkeypatch.setattr(panel.status, "setText", lambda text: (shown_status.append(text), set_text(text)))
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000):
        assert panel.start()
    progress = [text for text in shown_status if text.startswith("Epoch 1/1, batch")]
    assert progress and not [text for text in progress if "smallest class" in text], progress
    assert all("\n⚠ Training in batches of" in text for text in progress), progress  # the other one stays
    result = panel.result_label.text()  # and under the result, the same
    assert "smallest class" not in result and "⚠ Training in batches of" in result, result


def test_the_bar_says_validating_after_an_epochs_last_batch(qtbot, panel, digits):
    """Validation reports no batches: the bar stood still on "batch 5/5" and read as frozen."""
    from guiapp.core.training.config import TrainingEvent

    job = TrainingRequest(TrainConfig(preset="logreg", epochs=1, **QUICK), "digits", 20, data=digits)
    seen = []
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000):
        assert panel.start(job)
        panel.training.event.connect(lambda event: seen.append(event) if event.kind == "batch" else None)
    assert seen and seen[-1].validating  # the run's own last batch event
    panel._latest = TrainingEvent("batch", 2, 3, 5, 5, validating=True)
    panel._redraw()
    assert panel.progress.text() == "epoch 2/3 · validating…"
    # The epoch's end: the bar went back to "batch 5/5", which read as a step back while a Stop waited on it.
    # Stop pressed while it validates: the epoch is kept, not "dropped" as an unfinished one
    assert panel.stopping_text() == "Stopping after this epoch's validation (the epoch is kept)…"
    panel._latest = TrainingEvent("epoch", 2, 3, 5, 5)
    panel._redraw()
    assert panel.progress.text() == "end of epoch 2/3"  # not "· done": read as the run's end (a walk)
    assert panel.stopping_text().startswith("Stopping… (an unfinished epoch is dropped")


def test_the_bar_is_busy_while_the_data_is_prepared_and_then_counts_batches_from_zero(qtbot, panel, digits):
    """The bar said "preparing digits: 100%", then 3 % at the first batch, which read as a step back (a walk): the
    preparation's share is in the status line, the bar busy, and the bar counts the run's batches alone."""
    from guiapp.core.training.config import TrainingEvent

    job = TrainingRequest(TrainConfig(preset="logreg", epochs=1, **QUICK), "digits", 20, data=digits)
    bars = []
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000):
        assert panel.start(job)
        bars.append((panel.progress.minimum(), panel.progress.maximum(), panel.status.text()))
        panel._on_preparing("digits", 1, 4)  # as the worker reports it
        bars.append((panel.progress.minimum(), panel.progress.maximum(), panel.status.text()))
    assert bars == [(0, 0, "Preparing digits…"), (0, 0, "Preparing digits: 25\u00a0%")]
    assert (panel.progress.maximum(), panel.progress.value()) == (1000, 1000)  # counting again, and full
    panel._show_preparing("digits")
    panel._latest = TrainingEvent("batch", 1, 3, 1, 5)
    panel._redraw()
    assert (panel.progress.maximum(), panel.progress.value()) == (1000, 1000 // 15)


def test_the_chosen_datasets_counts_follow_it_and_a_drills_dataset_is_not_chosen(qtbot, digits):
    """A fresh-eyes walk found the settings on a dataset of its own saying "all 0" and "for 0 classes" after
    drawings were added, and switched silently to the drill's digits-practice."""
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.qt.train.settings import TrainingSettings

    settings = TrainingSettings()
    qtbot.addWidget(settings)
    described = []

    def describe(_work, done, _failed):  # records what is described; the description itself is tested elsewhere
        described.append(settings.dataset_name())
        done(None)

    settings.describe_with = describe
    settings.show()
    qtbot.waitExposed(settings)
    mine = UserStore().create("mine")  # made by the person: chosen, and described
    assert settings.dataset_name() == "mine" and described[-1] == "mine"
    described.clear()
    mine.add_image(np.asarray(digits.images[0]), "7", source_ink="light")  # it grows while shown: described again
    assert described == ["mine"]
    settings.hide()
    mine.add_image(np.asarray(digits.images[1]), "7", source_ink="light")
    assert described == ["mine"]  # hidden: not yet (each drawing would build a model)
    settings.show()
    assert described == ["mine", "mine"]  # seen again: the new counts
    with settings.keeping_choice():
        UserStore().create("digits-practice")
    assert settings.dataset_name() == "mine" and settings.dataset.findText("digits-practice") >= 0


def test_a_stopped_run_continues_from_its_best_epoch_for_the_epochs_it_had_left(qtbot, panel, digits):
    """Stop (or closing the window mid-run) left only Rerun, from the start: Continue trains on from the stopped
    run's best model for the epochs it had left, with its settings and data, as a new run fine-tuned from it. Its
    epochs follow the stopped run's (epoch 3/6, not 1/4) and its curves begin with them; a run once continued is
    not offered again (each Continue would branch another copy)."""
    from guiapp.core.training.session import continue_request, continued_by, epochs_left

    assert not panel.continue_button.isVisible()
    assert panel.start(long_job(digits, batch_size=4, epochs=6))
    qtbot.waitUntil(lambda: bool(panel.plots.history.get("loss")), timeout=30_000)
    with qtbot.waitSignal(panel.trainingFinished, timeout=20_000) as finished:
        panel.stop()
    stopped = RunStore().load(finished.args[0].run.id)
    done = stopped.epochs_done
    left = 6 - done
    assert 0 < left < 6 and epochs_left(stopped) == left
    assert panel.continue_button.isVisibleTo(panel) and panel.continue_button.text() == "Continue"
    assert panel.continue_button.toolTip().startswith(f"Continue ({left} epochs left)\n")
    panel.runs_view.select_run(stopped.id)
    offered = [text for text, _slot in panel.runs_view.context_actions()]
    assert offered == ["Show", "Rerun", f"Continue training ({left} epochs left)", "Use", "Rename…", "Delete"]
    earlier_loss = list(stopped.load_curves().history["loss"])
    epochs_seen, said = [], []
    panel.progressed.connect(lambda event: event.kind == "epoch" and epochs_seen.append((event.epoch, event.epochs)))
    panel.progressed.connect(lambda event: event.kind == "message" and said.append(panel.status.text()))
    panel.activateWindow()
    panel.continue_button.setFocus()
    qtbot.waitUntil(panel.continue_button.hasFocus)
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000) as finished:
        panel.continue_button.click()
        # the focus on Pause, as Start leaves it: it went to the main tab bar as Continue hid (walk 128)
        qtbot.waitUntil(lambda: not panel.continue_button.isVisible())
        assert panel.pause_button.hasFocus() or not panel.is_training()
        assert panel.plots.history["loss"] == earlier_loss  # drawn at once, before the first new epoch
        assert panel.plots.epoch_y.top > max(earlier_loss)  # and kept in view when the new epochs come
        span = "epoch 6" if done == 5 else f"epochs {done + 1} to 6"  # not "epochs 6 to 6" (walk 125)
        assert f"continues a stopped run on digits with logreg: {span};" in panel.settings.other_run.text()
    outcome = finished.args[0]
    assert epochs_seen == [(epoch, 6) for epoch in range(done + 1, 7)]
    assert outcome.stopped == "completed" and outcome.history["loss"][:done] == earlier_loss
    assert len(outcome.history["loss"]) == 6 and panel.plots.epoch_points() == 6
    assert f"continued after epoch {done}" in outcome.message
    # Its start says so (only "training logreg on CPU…" read as a run started over)
    assert any(text.startswith("training logreg on ") and text.endswith(f"(continuing after epoch {done})")
               for text in said), said
    continued = RunStore().load(outcome.run.id)
    assert continued.fine_tuned_from == str(stopped.best_model_file()) and continued.dataset == "digits"
    assert continued.epochs_done == 6 and 1 <= continued.best_epoch <= 6
    assert continued_by(stopped).id == continued.id and f"(continued from {date_time(stopped.created, seconds=True, date=False)})" in run_title(continued)
    assert not panel.continue_button.isVisibleTo(panel)  # nothing left to continue
    assert epochs_left(continued) == 0 and epochs_left(stopped) == 0  # nor the stopped run, continued already
    # The run that continued it is chosen, the one on the Curves tab (walk 155); the stopped run, chosen again by its
    # id (the selection had moved with the row number to a run never picked), is no longer offered Continue
    assert [run.id for run in panel.runs_view.selected()] == [continued.id]
    panel.runs_view.select_run(stopped.id)
    panel.runs_view.refresh()
    assert [run.id for run in panel.runs_view.selected()] == [stopped.id]
    row = [run.id for run in panel.runs_view.runs].index(stopped.id)
    assert panel.runs_view.table.item(row, 3).text() == "stopped, continued"
    assert panel.runs_view.table.item(row, 4).text() == f"{done} of 6"
    assert not any(text.startswith("Continue") for text, _slot in panel.runs_view.context_actions())
    with pytest.raises(TrainingError, match="was continued already, by the run "):
        continue_request(stopped)


def test_continue_on_a_run_continued_from_the_command_line_meanwhile_says_which_run_did(qtbot, panel, digits):
    """`guiapp train --continue` beside the window continued the run the window still offered Continue for; its
    click said only "no epochs left, or no model". It names the run that continued it, and Continue goes."""
    from guiapp.core.training.session import continue_request, run_training

    assert panel.start(long_job(digits, batch_size=4, epochs=4))
    qtbot.waitUntil(lambda: bool(panel.plots.history.get("loss")), timeout=30_000)
    with qtbot.waitSignal(panel.trainingFinished, timeout=20_000) as finished:
        panel.stop()
    stopped = RunStore().load(finished.args[0].run.id)
    assert panel.continue_button.isVisibleTo(panel)
    elsewhere = run_training(continue_request(stopped), store=RunStore())  # as guiapp train --continue does
    assert not panel.continue_run()
    assert panel.status.text().startswith(f"{stopped.title} was continued already, by the run {elsewhere.run.title}")
    assert not panel.continue_button.isVisibleTo(panel)
    assert any(run.id == elsewhere.run.id for run in panel.runs_view.runs)  # listed now


def test_the_result_rows_buttons_stay_put_when_the_line_beside_them_grows(qtbot, panel):
    """The test accuracy joins the result line a few seconds after a run ends; the line wrapped, the row grew upwards
    and Continue moved up under a walk's pointer (its click missed). The buttons sit at the row's foot."""
    from PySide6.QtWidgets import QApplication

    panel.resize(1000, 600)
    panel.continue_button.setText("Continue")  # as _offer_continue names it
    panel.continue_button.show()
    panel.result_label.setText("stopped by request after epoch 3 · validation accuracy 91.0 %")
    QApplication.processEvents()
    # Room for the line beside the three buttons (the French button's text left it one word wide: a walk)
    assert panel.result_box.width() >= 300, panel.result_box.width()

    def where() -> tuple[int, int]:
        return (panel.continue_button.mapTo(panel, panel.continue_button.rect().topLeft()).y(),
                panel.use_button.mapTo(panel, panel.use_button.rect().topLeft()).y())

    before = where()
    panel.result_label.setText(panel.result_label.text() + " · test accuracy 90.0 % on 40 held-out samples (too few "
                               "to be sure: likely 77 %–96 %) · took 0:23, saved in the runs folder\n⚠ A warning line")
    qtbot.waitUntil(lambda: panel.result_label.height() >= 3 * panel.result_label.fontMetrics().lineSpacing(),
                    timeout=5000)
    assert where() == before


def test_the_tabs_below_stay_put_when_the_result_line_gets_shorter(qtbot, panel):
    """Shown after a run whose result took two lines, another run's one-line result moved the Runs tab's buttons
    up by a line, under the pointer (a walk). The line keeps the height it grew to, up to two lines."""
    panel.resize(1000, 600)
    panel.tabs.setCurrentWidget(panel.runs_view)
    panel.result_label.setText("completed 2 epochs · validation accuracy 91.0 % · took 0:23, saved in the runs "
                               "folder · test accuracy 90.0 % on 40 held-out samples")
    button = panel.runs_view.show_button
    lines = panel.result_label.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: 2 * lines <= panel.result_label.height() < 3 * lines, timeout=5000)
    qtbot.waitUntil(lambda: panel.runs_view.isVisible())
    before = button.mapTo(panel, button.rect().topLeft()).y()
    panel.result_label.setText("Shown run: best epoch 2")
    QCoreApplication.processEvents()
    assert button.mapTo(panel, button.rect().topLeft()).y() == before


def test_the_bars_text_ends_in_an_ellipsis_where_the_bar_is_too_narrow(qtbot, panel):
    """"3 époques terminées ; meilleure époque 3 (poursuivi après l'époque 1)" wrapped inside the bar at 1024 px,
    clipped top and bottom (a walk): it ends in "…", whole in the tooltip."""
    from PySide6.QtWidgets import QApplication, QStyleOptionProgressBar

    ended = "completed 3 epochs; best epoch 3 (continued after epoch 1)"
    panel._show_ended(ended)
    QApplication.processEvents()
    assert panel.progress.text() == ended and panel.progress.toolTip() == ""
    panel.progress.resize(200, panel.progress.height())
    option = QStyleOptionProgressBar()
    panel.progress.initStyleOption(option)  # what the style paints
    assert option.text.endswith("…") and option.text[:-1] in ended
    assert panel.progress.toolTip() == ended and panel.progress.full_text() == ended

def test_the_last_runs_note_stays_when_the_chosen_dataset_grows(qtbot, tmp_path):
    """A Teach… round adds its drawings to the dataset chosen in Train: its note ("The last run fine-tuned …") went
    as the Train tab was first opened after it, leaving 15 epochs in the curves beside "Epochs 10" unexplained."""
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.core.strokes import Drawing, Stroke
    from guiapp.core.training.config import TrainConfig
    from guiapp.qt.train.settings import TrainingSettings

    mine = UserStore().create("symbols")
    mine.add_drawing(Drawing([Stroke([[10, 10], [10, 90]])], 100, 100), "a")
    settings = TrainingSettings()
    qtbot.addWidget(settings)
    settings.set_dataset("symbols")
    assert settings.dataset_name() == "symbols"
    settings.show_other_run("symbols + digits", TrainConfig(epochs=15), base=str(tmp_path / "base.h5"))
    settings.other_run_ended()
    mine.add_drawing(Drawing([Stroke([[10, 10], [90, 90]])], 100, 100), "b")  # the round's drawings
    settings.refresh_datasets("symbols")
    settings.show()  # the Train tab opened: the grown dataset is described again
    qtbot.waitUntil(settings.isVisible)
    assert not settings.other_run.isHidden() and settings.other_run.text().startswith("The last run")
    settings.preset.setCurrentIndex((settings.preset.currentIndex() + 1) % settings.preset.count())
    assert not settings.other_run.isHidden()  # it stays while the next run is chosen (the fields below jumped)


def test_a_run_another_process_trains_is_told_from_one_cut_short(tmp_path, qtbot):
    """`guiapp train` beside the window: its run read "interrupted, 0 of 3" with Delete offered while it trained (a
    walk). The process that started a run is recorded with it; alive, the run is training elsewhere."""
    import os
    import subprocess
    import sys

    from guiapp.core.training.runs import PROCESS, process_marker, trains_elsewhere
    from guiapp.core.training.session import epochs_left
    from guiapp.qt.train.runs import RunsView

    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.runs import RunStore

    store = RunStore(tmp_path)
    run = store.create(TrainConfig(epochs=3).to_dict(), "digits")
    assert run.extra[PROCESS]["pid"] == os.getpid() and not trains_elsewhere(run)  # this process's own: not elsewhere
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        marker = dict(process_marker(), pid=child.pid)
        if os.name == "posix" and marker["started"] is not None:  # Linux: the child's own start
            from guiapp.core.training.runs import _process_started

            marker["started"] = _process_started(child.pid)
        run.extra[PROCESS] = marker
        store.write(run)
        run = store.load(run.id)
        if os.name != "posix":
            pytest.skip("whether another process lives is told on POSIX systems only")
        assert trains_elsewhere(run) and epochs_left(run) == 0
        view = RunsView(store)
        qtbot.addWidget(view)
        view.select_run(run.id)
        assert view.table.item(0, 3).text() == "running" and not view.delete_button.isEnabled()
        # Its curves are not on disk yet: Show waits, and says why (it drew empty plots: a walk)
        assert not view.show_button.isEnabled() and "another Inkling process" in view.show_button.toolTip()
        # A pid used again by another process later is not the run's
        run.extra[PROCESS] = dict(marker, started="1")
        assert not trains_elsewhere(run) or marker["started"] is None
    finally:
        child.stdin.close()
        child.wait(timeout=30)
    assert not trains_elsewhere(store.load(run.id))  # it ended without finishing the record: cut short
    view.refresh()
    assert view.table.item(0, 3).text() == "interrupted, no model"  # (nothing to continue or use)


def test_the_runs_list_follows_a_run_another_process_trains(tmp_path, qtbot):
    """A run `guiapp train` went on with beside the window read "running" after it had ended until Refresh was
    pressed (walk 111): the list on screen follows the runs folder: a run started elsewhere appears, its record's
    epochs and its end show, and so does its process's death."""
    import os
    import subprocess
    import sys

    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.runs import PROCESS, RunStore, _process_started, process_marker
    from guiapp.qt.train.runs import RunsView

    if os.name != "posix":
        pytest.skip("whether another process lives is told on POSIX systems only")
    store = RunStore(tmp_path / "data" / "runs")  # not made yet: a new user's first run may be the CLI's
    view = RunsView(store)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        run = store.create(TrainConfig(epochs=3).to_dict(), "digits")  # as the other process creates it
        run.extra[PROCESS] = dict(process_marker(), pid=child.pid, started=_process_started(child.pid))
        store.write(run)
        qtbot.waitUntil(lambda: view.table.rowCount() == 1 and view.table.item(0, 3).text() == "running")
        assert run.id in view.elsewhere
        run.epochs_done = 2  # an epoch ended there
        store.write(run)
        qtbot.waitUntil(lambda: view.table.item(0, 4).text() == "2")
        run.status, run.epochs_done = "completed", 3
        store.write(run)
        qtbot.waitUntil(lambda: view.table.item(0, 3).text() == "completed")
        assert not view.elsewhere
        run.extra["test"] = {"accuracy": 0.5, "samples": 60}  # recorded after the run's end, as guiapp train does
        store.write(run)
        qtbot.waitUntil(lambda: view.table.item(0, 7).text().startswith("50.0"))
        again = store.create(TrainConfig(epochs=3).to_dict(), "digits")  # another, whose process is killed
        again.extra[PROCESS] = dict(process_marker(), pid=child.pid, started=_process_started(child.pid))
        store.write(again)
        qtbot.waitUntil(lambda: again.id in view.elsewhere)
    finally:
        child.stdin.close()
        child.wait(timeout=30)
    # nothing is written when a process dies: the list asks whether it lives
    qtbot.waitUntil(lambda: again.id not in view.elsewhere, timeout=15_000)
    assert any(view.table.item(row, 3).text().startswith("interrupted") for row in range(2))


def test_a_teach_round_on_a_model_of_the_same_dataset_is_named_once(tmp_path):
    """"my symbols + my symbols (taught star, heart)": the base model was trained on the very dataset the round
    drew into (a walk). It is "my symbols (taught star, heart)"; on another model, "<that model> + …" as before."""
    from guiapp.core.training.runs import MODEL_FILE, PERSONAL_SUFFIX, TAUGHT_SUFFIX, RunStore
    from guiapp.paths import resource
    from guiapp.qt.recognize.model_picker import run_learnt_from

    store = RunStore(tmp_path / "runs")
    base = store.create({"preset": "inkling"}, "my symbols")
    (base.folder / MODEL_FILE).write_bytes(b"")  # only its name matters here
    taught = store.create({"preset": "inkling"}, "my symbols" + TAUGHT_SUFFIX, fine_tuned_from=str(base.model_path),
                          extra={"taught": ["★", "♥"]})
    assert run_learnt_from(taught) == "my symbols (taught ★, ♥)"
    on_digits = store.create({"preset": "inkling"}, "my symbols" + TAUGHT_SUFFIX,
                             fine_tuned_from=str(resource("models") / "digits.h5"), extra={"taught": ["★"]})
    assert run_learnt_from(on_digits) == "Digits + my symbols (taught ★)"
    # on a model personalised on the same drawings: Digits stays named, "my symbols" once (walk 156 read "my symbols
    # (personal) + my symbols (taught cross)", Digits lost)
    personal = store.create({"preset": "inkling"}, "my symbols" + PERSONAL_SUFFIX,
                            fine_tuned_from=str(resource("models") / "digits.h5"))
    (personal.folder / MODEL_FILE).write_bytes(b"")
    on_personal = store.create({"preset": "inkling"}, "my symbols" + TAUGHT_SUFFIX,
                               fine_tuned_from=str(personal.model_path), extra={"taught": ["cross"]})
    assert run_learnt_from(on_personal) == "Digits + my symbols (personal, taught cross)"


def test_after_a_restart_the_train_area_shows_the_newest_run_with_continue_when_it_stopped(qtbot, tmp_path):
    """Closed mid-run and opened again, the Train area read "no run yet", and Continue was only in the Runs list's
    right-click menu (a walk): the stopped run is shown, with its curves and Continue."""
    from guiapp.core.training.config import StopReason
    from guiapp.core.training.runs import MODEL_FILE, Curves, RunStore

    store = RunStore(tmp_path / "runs")
    done = store.create({"preset": "logreg", "epochs": 2}, "digits")
    store.finish(done, StopReason.COMPLETED, "completed 2 epochs", 2,
                 Curves({"loss": [1.0, 0.5], "val_loss": [1.1, 0.6]}), 3.0)
    stopped = store.create({"preset": "logreg", "epochs": 10}, "digits")
    (stopped.folder / MODEL_FILE).write_bytes(b"")  # its best epoch's model (only whether it is there matters)
    store.finish(stopped, StopReason.CANCELLED, "stopped by request", 3,
                 Curves({"loss": [1.0, 0.8, 0.7], "val_loss": [1.1, 0.9, 0.8]}), 5.0)
    widget = TrainPanel(store=store)
    qtbot.addWidget(widget)
    widget._asked_tensorflow = True  # no training process: only what is shown
    widget.show()
    qtbot.waitUntil(lambda: widget.shown_run is not None)
    assert widget.shown_run.id == stopped.id and not widget.continue_button.isHidden()
    assert "7 epochs left" in widget.continue_button.toolTip()
    # The newest run completed: shown too ("no run yet" beside a list of runs read wrong: a walk), without Continue
    newer = store.create({"preset": "logreg", "epochs": 1}, "digits")
    store.finish(newer, StopReason.COMPLETED, "completed 1 epoch", 1, Curves({"loss": [1.0]}), 1.0)
    again = TrainPanel(store=store)
    qtbot.addWidget(again)
    again._asked_tensorflow = True
    again.show()
    qtbot.waitUntil(lambda: again.shown_run is not None)
    assert again.shown_run.id == newer.id and again.continue_button.isHidden()
    assert again.progress.format() != "no run yet: the run's progress shows here"
    # Evaluation measures it on its own data: a run on mnist-5k shown after a restart was to be evaluated on
    # digits (walk 103); a dataset the person chose in Evaluation stays theirs
    real = store.create({"preset": "logreg", "epochs": 1}, "mnist-5k")
    (real.folder / MODEL_FILE).write_bytes(b"")
    store.finish(real, StopReason.COMPLETED, "completed 1 epoch", 1, Curves({"loss": [1.0]}), 1.0)
    evaluation = again.evaluation
    assert evaluation.dataset_box.currentText() == "digits"
    again.show_run(store.load(real.id))
    assert evaluation.dataset_box.currentText() == "mnist-5k"
    evaluation.dataset_box.setCurrentText("latin")
    evaluation.dataset_box.activated.emit(evaluation.dataset_box.currentIndex())  # as a person's choice
    again.show_run(store.load(newer.id))
    assert evaluation.dataset_box.currentText() == "latin"


def test_the_keyboard_focus_follows_start_pause_and_stop(qtbot, panel, digits):
    """Space on Start greyed it out and the focus jumped to the window's tab bar; after Stop no control had it (a
    walk, keyboard only): it goes to Pause once a run starts, and to the result's tabs once the run has ended (on
    Start, a Space meant for Pause as a run ended started another: a walk)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    panel.activateWindow()
    panel.start_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.start_button)
    assert panel.start_button.shortcut().toString() == "Ctrl+Return" and "Ctrl+Enter" in panel.start_button.toolTip()  # as keyboards label it
    assert panel.start(long_job(digits))
    assert QApplication.focusWidget() is panel.pause_button
    wait_for_batches(qtbot, panel)
    panel.stop_button.setFocus()
    QTest.keyClick(panel.stop_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not panel.is_training(), timeout=30_000)
    assert QApplication.focusWidget() is panel.tabs.tabBar()
    QTest.keyClick(panel.tabs.tabBar(), Qt.Key.Key_Space)
    assert not panel.is_training()
    # Ctrl+Return from a setting: the settings are greyed out as the run starts, and the focus went nowhere
    panel.settings.epochs.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.settings.epochs)
    assert panel.start(long_job(digits))
    assert QApplication.focusWidget() is panel.pause_button
    assert panel.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # its focus ring shows
    panel.stop()
    qtbot.waitUntil(lambda: not panel.is_training(), timeout=30_000)


def test_a_number_below_a_settings_least_becomes_its_least(qtbot):
    """5 typed in Samples, whose least is 10, went back to the 30 before it, unsaid (a walk)."""
    from PySide6.QtTest import QTest

    from guiapp.qt.train.settings import TrainingSettings

    settings = TrainingSettings()
    qtbot.addWidget(settings)
    settings.show()
    settings.set_dataset("digits", 30)
    settings.samples.setFocus()
    settings.samples.selectAll()
    QTest.keyClicks(settings.samples, "5")
    settings.samples.interpretText()
    settings.samples.clearFocus()
    QTest.keyClick(settings.samples, Qt.Key.Key_Return)
    assert settings.samples.value() == 10


def test_the_runs_table_answers_the_keys_the_dataset_list_does(qtbot, tmp_path, monkeypatch):
    """Shift+F10, Delete and F2 did nothing on the Runs table (they work on the dataset list), and the first Down
    chose the second run (a keyboard walk)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QInputDialog

    from guiapp.qt.train import runs_delete as runs_module
    from qt.dialogs import read_next_menu
    from guiapp.qt.train.runs import RunsView

    store = RunStore(tmp_path / "runs")
    for day in (1, 2):
        run = store.create({"preset": "logreg"}, "digits")
        run.created = f"2026-12-0{day}T10:00:00+00:00"
        store.write(run)
    view = RunsView(store)
    qtbot.addWidget(view)
    view.show()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    QTest.keyClick(view.table, Qt.Key.Key_Down)
    assert [run.id for run in view.selected()] == [view.runs[0].id]  # the first run, the newest
    offered = []
    read_next_menu(offered)
    QTest.keyClick(view.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert "Rename…" in offered and "Delete" in offered
    asked = []
    monkeypatch.setattr(QInputDialog, "exec", lambda self: asked.append(self.textValue()) or False)
    QTest.keyClick(view.table, Qt.Key.Key_F2)
    assert asked and "digits" in asked[0]
    monkeypatch.setattr(runs_module, "confirm_delete", lambda *args: asked.append(args[2]) or True)
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked[-1].startswith("Delete the run ") and len(view.runs) == 1


def test_the_line_above_the_tabs_names_a_shown_run_by_its_new_name(qtbot, panel):
    """Renamed on the Runs tab, the run shown was still named by its old title above the tabs (a walk)."""
    from guiapp.core.training.runs import Curves

    store = panel.runs_view.store
    run = store.create({"preset": "logreg", "epochs": 2}, "digits")
    store.finish(run, "completed", "completed 2 epochs", 2, Curves({"loss": [1.0, 0.5]}), 1.0)
    panel.runs_view.refresh()
    panel.show_run(store.load(run.id))
    assert panel.status.text().startswith(f"Run {run_title(run)}: ")
    assert panel.runs_view.rename(store.load(run.id), "my first digits")
    assert panel.status.text().startswith("Run my first digits: "), panel.status.text()


def test_the_model_summary_and_its_layers_say_what_their_words_mean(qtbot):
    """conv-BN-ReLU, dropout and softmax stood unexplained before a learner of CNNs (walk 106): the summary's tooltip
    explains the words it uses, each layer's row its own."""
    from guiapp.core.training.glossary import terms_in
    from guiapp.qt.train.preset_view import describe_choice
    from guiapp.qt.train.settings import TrainingSettings

    assert [t.split(":")[0] for t in terms_in("flatten → dense 128 sigmoid → softmax")] == [
        "flatten", "sigmoid", "dense n", "softmax"]
    assert terms_in("Rescaling") == []
    settings = TrainingSettings()
    qtbot.addWidget(settings)
    tip = settings.description.summary.toolTip()
    for word in ("conv k×k×n", "BN (batch normalization)", "ReLU", "dropout p", "softmax"):
        assert word in tip, word  # the default preset's conv-BN-ReLU blocks
    assert "sigmoid" not in tip  # only the words it uses
    settings.show_description(describe_choice("digits", 20, "logreg"))
    table = settings.description.layer_table
    tips = [table.item(row, 0).toolTip() for row in range(table.rowCount())]
    assert any("Flatten" in t and "laid out in one row" in t for t in tips)
    assert any("Dense" in t and "probabilities of each class" not in t and "units" in t for t in tips)
    # and what the Parameters column counts ("why 288?": walk 109)
    assert "3×3×1×32 = 288" in table.horizontalHeaderItem(2).toolTip()


def test_the_dataset_lists_set_each_kind_apart(qtbot, tmp_path):
    """One flat list of 15 mixed built-in, one's own and installed datasets (walk 107): a separator between kinds,
    never chosen itself."""
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.qt.train.settings import TrainingSettings

    UserStore().create("mine")
    settings = TrainingSettings()
    qtbot.addWidget(settings)
    box = settings.dataset
    texts = [box.itemText(i) for i in range(box.count())]
    kinds = [box.itemData(i) for i in range(box.count())]
    assert box.currentText() == "digits"
    mine = texts.index("mine")
    assert texts[mine - 1] == "" and kinds[mine - 2] == "builtin"  # set apart from the built-ins
    assert all(texts[i] or (kinds[i - 1] != kinds[i + 1]) for i in range(1, box.count() - 1))


def test_how_a_run_learnt_is_said_whatever_its_record_holds(qapp):
    """A run's record is a file: odd values are shown as they are, and the Runs list still shows (walk 111's line)."""
    line = settings_line({"optimizer": "sgd", "learning_rate": 0.05, "schedule": "step", "batch_size": 32, "epochs": 4})
    assert line == "SGD · learning rate 0.05 · step · batch 32 · up to 4 epochs"  # (as asked: a run may stop sooner)
    assert settings_line({"learning_rate": None, "batch_size": "many", "epochs": "x"}) == (
        "Adam · learning rate None · constant · batch many · x")


def test_a_run_that_fails_before_it_began_leaves_the_last_curves_shown(qtbot, panel, digits):
    """A Start that could not begin (walk 121: a read-only data folder; here a dataset gone) cleared the curves of the
    run shown, leaving empty plots beside the error: they are shown again, said to be the other run's."""
    job = TrainingRequest(TrainConfig(preset="logreg", epochs=1, **QUICK), "digits", 20, data=digits)
    with qtbot.waitSignal(panel.trainingFinished, timeout=60_000):
        panel.start(job)
    last = panel.result_run()
    assert panel.plots.epoch_points("loss") == 1
    # how many samples it learnt from, beside its figures (a 97 % read against a tutorial's 99 % of 60,000: walk 125)
    trained = f" · trained on {last.split_sizes['train']} samples · took "
    assert trained in panel.result_label.text(), panel.result_label.text()
    with qtbot.waitSignal(panel.trainingFailed, timeout=60_000):
        panel.start(TrainingRequest(TrainConfig(preset="logreg", epochs=1, **QUICK), "no-such-dataset", None))
    qtbot.waitUntil(lambda: not panel.is_training())
    assert panel.plots.epoch_points("loss") == 1 and panel.result_run().id == last.id
    assert panel.runs_view.runs[0].split_sizes == last.split_sizes
    assert "no-such-dataset" in panel.result_label.text()
    assert panel.status.text() == f"Training could not run. (The curves below are still those of {run_title(last)}.)"
    assert [run.id for run in panel.runs_view.runs] == [last.id]  # no run was recorded for it


def test_an_overlay_keeps_the_run_on_screen_as_the_one_shown(qtbot, panel):
    """The overlay drew the older run solid and made it the run shown, whatever was on screen: its result line and Use
    then named the weaker model (walk 131). The run on screen stays shown, solid; otherwise the older is."""
    from guiapp.core.training.runs import Curves, RunStore

    store = RunStore()
    made = []
    for schedule, loss in (("constant", [1.0, 0.8]), ("cosine", [0.9, 0.5])):
        run = store.create({"preset": "logreg", "schedule": schedule}, "digits")
        store.finish(run, "completed", "done", 2, Curves({"loss": loss, "accuracy": [0.5, 0.7]}, []))
        made.append(store.load(run.id))
    older, newer = made
    panel.runs_view.refresh()
    panel.show_run(newer)
    panel.overlay_runs(older, newer)
    assert panel.result_run().id == newer.id
    assert panel.status.text().split("\n")[1] == "cosine (solid) against constant (dashed)"
    panel.show_run(older)
    panel.overlay_runs(older, newer)
    assert panel.result_run().id == older.id
    assert panel.status.text().split("\n")[1] == "constant (solid) against cosine (dashed)"



def test_the_settings_column_folds_away_for_more_room_on_a_projector(qtbot, panel):
    """At 1024×640 a projector's confusion matrix was some 280 px, its labels every third class (walk 132): the
    button before Start folds the settings column away, and the tabs take its width; pressed again, it is back."""
    panel.resize(1024, 600)
    qtbot.waitUntil(lambda: panel.tabs.width() > 0)
    narrow = panel.tabs.width()
    panel.settings.epochs.setFocus()
    qtbot.waitUntil(panel.settings.epochs.hasFocus)
    toggle = panel.settings_toggle
    assert toggle.text() == "◀" and toggle.accessibleName().startswith("Fold the settings away")
    toggle.click()
    qtbot.waitUntil(lambda: panel.tabs.width() > narrow + 200)
    assert panel.settings_scroll.isHidden() and toggle.text() == "▶" and toggle.hasFocus()  # not lost in a hidden box
    toggle.click()
    qtbot.waitUntil(lambda: panel.tabs.width() == narrow)
    assert not panel.settings_scroll.isHidden() and toggle.text() == "◀"


def test_the_training_settings_stay_put_whichever_model_is_chosen(qtbot, panel):
    """A preset's description one line shorter moved the Training settings up under the pointer, and a click meant
    for Epochs set Batch size to 3 (walk 155): the description keeps the room of its longest, for every preset."""
    panel.resize(1000, 600)
    settings = panel.settings
    epochs = settings.epochs

    def where() -> int:
        return epochs.mapTo(panel, epochs.rect().topLeft()).y()

    def described() -> bool:
        return not settings.param_count.text().startswith("Parameters: being worked out")

    places = {}
    for round_ in range(2):  # the first round settles the column's width (its scroll bar appears)
        for index in range(settings.preset.count()):
            settings.preset.setCurrentIndex(index)
            qtbot.waitUntil(described, timeout=60_000)
            QCoreApplication.processEvents()
            if round_:
                places[settings.preset_name()] = where()
    assert len(places) == settings.preset.count() and len(set(places.values())) == 1, places


def test_a_run_over_too_fast_to_watch_points_at_replay(panel):
    """A 3-epoch run was over in 0:03, before a class saw a frame of its curves, and nothing pointed at Replay
    (walk 162): the status line says so for a finished run of two epochs or more under TOO_FAST_S; a longer run, or
    one of one epoch (nothing to replay), reads "Finished." as before."""
    from guiapp.core.training.config import StopReason, TrainingResult
    from guiapp.qt.train.run_progress import TOO_FAST_S

    def ended(seconds: float, epochs: int) -> str:
        return panel._ended_text(TrainingResult(StopReason.COMPLETED, "", 1, {"loss": [1.0] * epochs}, seconds))

    assert ended(3.0, 3) == "Finished in 0:03, too fast to watch: Replay draws the curves again as they grew."
    assert ended(TOO_FAST_S + 5, 3) == "Finished." and ended(3.0, 1) == "Finished."


def test_the_runs_table_tells_a_run_the_window_closing_stopped_from_one_stopped_by_hand(qtbot, tmp_path):
    """Both read "stopped" (walk 163)."""
    from guiapp.core.text import Text
    from guiapp.core.training.config import StopReason, TrainConfig
    from guiapp.core.training.runs import Curves, RunStore
    from guiapp.qt.train.runs import RunsView

    store = RunStore(tmp_path / "runs")
    for message in (Text("stopped by request after epoch {0}", 1),
                    Text("stopped as the window closed, after epoch {0}", 1)):
        run = store.create(TrainConfig(epochs=3).to_dict(), "digits")
        run.checkpoint_path.write_bytes(b"a model")  # an epoch ended: it has one to continue from
        store.finish(run, StopReason.CANCELLED, message, 1, Curves())
    view = RunsView(store)
    qtbot.addWidget(view)
    view.refresh()
    assert [view.table.item(row, 3).text() for row in range(2)] == ["stopped, window closed", "stopped"]  # newest first
