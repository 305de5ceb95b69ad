"""Training in a real child process: requests and results, events, stop / pause / resume / closing passed on
while it trains, a hostile base model refused there, a killed child resulted (and replaced), a child whose parent
died stopping by itself with its checkpoint kept, arrays that travel out of band. Data: 20 synthesised digits per class; models: logreg, 1-2 epochs (a long run: batch size 1)."""

import multiprocessing
import os
import signal
import time

import numpy as np
import pytest

from guiapp.core.datasets.base import Dataset
from guiapp.core.modelfile import load_model
from guiapp.core.training.config import TrainConfig, TrainingError
from guiapp.core.training.process import TrainingProcess, receive, send, shared_process
from guiapp.core.training.request import TrainingRequest

RUNNING = {"stop": False, "paused": False, "closing": False}


@pytest.fixture(scope="module")
def process():
    child = TrainingProcess().start()
    yield child
    child.close(5.0)


def request(digits, folder, epochs=1, batch_size=16, **config):
    settings = dict(preset="logreg", epochs=epochs, batch_size=batch_size, validation_split=0.2, test_split=0.0)
    settings.update(config)
    return TrainingRequest(TrainConfig(**settings), "digits", data=digits, checkpoint=str(folder / "checkpoint.h5"),
                           model_path=str(folder / "model.h5"))


class Steering:
    """What the GUI's worker does: a state the waiting thread reads, changed when events arrive."""

    def __init__(self, on_event=None):
        self.state, self.events, self.on_event = dict(RUNNING), [], on_event

    def __call__(self, event):
        self.events.append((time.perf_counter(), event))
        if self.on_event is not None:
            self.on_event(self, event)

    def batches(self):
        return [event for _, event in self.events if event.kind == "batch"]


def test_a_request_trains_in_the_child_and_the_child_serves_the_next_one(process, digits, tmp_path):
    steering = Steering()
    result = process.submit(request(digits, tmp_path, epochs=2), RUNNING).wait(steering, lambda: steering.state)
    assert result.stopped == "completed" and result.best_epoch in (1, 2) and len(result.history["loss"]) == 2
    assert [e.kind for _, e in steering.events if e.kind == "epoch"] == ["epoch", "epoch"] and steering.batches()
    loaded = load_model(result.model_path)
    assert result.model_path == str(tmp_path / "model.h5") and loaded.labels == digits.classes
    assert (tmp_path / "checkpoint.h5").is_file() and not process.busy
    pid = process._process.pid
    second = process.submit(request(digits, tmp_path), RUNNING).wait(lambda e: None, lambda: RUNNING)
    assert second.stopped == "completed" and process._process.pid == pid and os.getpid() != pid


@pytest.mark.skipif(not hasattr(os, "SCHED_BATCH"), reason="Linux scheduling policy")
def test_the_child_runs_as_a_batch_job_a_little_below_the_gui(process, digits, tmp_path):
    from guiapp.core.training.process import NICENESS

    process.submit(request(digits, tmp_path), RUNNING).wait(lambda e: None, lambda: RUNNING)  # its threads exist
    pid = process._process.pid
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    policies = {}
    for thread in map(int, os.listdir(f"/proc/{pid}/task")):
        try:
            policies[thread] = (os.sched_getscheduler(thread), os.getpriority(os.PRIO_PROCESS, thread) - ours)
        except ProcessLookupError:
            pass  # a short-lived thread (tf.data's) ended meanwhile
    # TensorFlow's pools and the request listener inherit the policy from the main thread.
    assert len(policies) > 2 and set(policies.values()) == {(os.SCHED_BATCH, NICENESS)}


def test_stop_is_passed_on_and_obeyed_after_the_current_batch(process, digits, tmp_path):
    def stop_at_first_batch(steering, event):
        if event.kind == "batch":
            steering.state["stop"] = True

    steering = Steering(stop_at_first_batch)
    result = process.submit(request(digits, tmp_path, epochs=200, batch_size=1), RUNNING).wait(
        steering, lambda: steering.state)
    assert result.stopped == "cancelled" and result.message.startswith("stopped by request in epoch 1")
    assert len(steering.batches()) <= 3  # obeyed within a few batches, not at the end of the epoch


def test_pause_holds_the_child_and_resume_goes_on(process, digits, tmp_path):
    def pause_once(steering, event):
        if event.kind == "message" and event.message == "paused":
            steering.paused_at = time.perf_counter()
        elif event.kind == "batch" and not hasattr(steering, "paused_at"):
            steering.state["paused"] = True

    steering = Steering(pause_once)
    run = process.submit(request(digits, tmp_path, epochs=200, batch_size=1), RUNNING)
    checked = {"resumed": False}

    def state():
        paused_at = getattr(steering, "paused_at", None)
        if paused_at is not None and not checked["resumed"] and time.perf_counter() - paused_at > 1.0:
            held = [t for t, e in steering.events if e.kind == "batch" and t > paused_at + 0.2]
            checked["held"] = not held  # no batch resulted while paused
            checked["resumed"] = True
            steering.state["paused"] = False
            steering.resumed_at = time.perf_counter()
        resumed_at = getattr(steering, "resumed_at", None)
        if resumed_at is not None and any(t > resumed_at for t, e in steering.events if e.kind == "batch"):
            steering.state["stop"] = True
        return steering.state

    result = run.wait(steering, state)
    assert checked == {"resumed": True, "held": True}
    assert result.stopped == "cancelled"
    assert [e.message for _, e in steering.events if e.kind == "message"][-2:] == ["paused", "resumed"]


def test_closing_keeps_the_best_checkpoint_and_skips_the_final_save(process, digits, tmp_path):
    def close_after_first_epoch(steering, event):
        if event.kind == "epoch":
            steering.state.update(stop=True, closing=True)

    steering = Steering(close_after_first_epoch)
    result = process.submit(request(digits, tmp_path, epochs=200, batch_size=4), RUNNING).wait(
        steering, lambda: steering.state)
    assert result.stopped == "cancelled" and result.best_epoch >= 1
    assert result.model_path == str(tmp_path / "checkpoint.h5") and not (tmp_path / "model.h5").exists()
    assert load_model(result.model_path).labels == digits.classes
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_bad_requests_fail_with_the_core_message_and_the_child_goes_on(process, digits, tmp_path):
    import keras

    hostile = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Lambda(lambda x: x * 2, name="sneaky")])
    hostile.save(tmp_path / "hostile.h5")
    bad = request(digits, tmp_path)
    bad.base_path = str(tmp_path / "hostile.h5")
    with pytest.raises(TrainingError, match="Lambda"):
        process.submit(bad, RUNNING).wait(lambda e: None, lambda: RUNNING)
    empty = Dataset("empty", ["a", "b"], np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.int64))
    with pytest.raises(TrainingError, match="the dataset is empty"):
        process.submit(TrainingRequest(TrainConfig(preset="logreg", epochs=1), "empty", data=empty,
                                       checkpoint=str(tmp_path / "c.h5"), model_path=str(tmp_path / "m.h5")),
                       RUNNING).wait(lambda e: None, lambda: RUNNING)
    assert process.alive and not process.busy
    result = process.submit(request(digits, tmp_path), RUNNING).wait(lambda e: None, lambda: RUNNING)
    assert result.stopped == "completed"


def test_a_killed_child_ends_the_run_with_a_clear_error_and_is_replaced(digits, tmp_path):
    import guiapp.core.training.process as training_process

    child = shared_process(free=True)
    assert shared_process() is child  # one child for the app while it lives

    def kill_at_first_batch(steering, event):
        if event.kind == "batch":
            os.kill(child._process.pid, signal.SIGKILL)

    steering = Steering(kill_at_first_batch)
    with pytest.raises(TrainingError, match=r"the training process ended unexpectedly \(exit code -9\)"):
        child.submit(request(digits, tmp_path, epochs=200, batch_size=1), RUNNING).wait(
            steering, lambda: steering.state)
    assert child.retired and not child.alive and not child.busy
    fresh = shared_process()
    assert fresh is not child and fresh is training_process._SHARED
    result = fresh.submit(request(digits, tmp_path), RUNNING).wait(lambda e: None, lambda: RUNNING)
    assert result.stopped == "completed"
    with pytest.raises(TrainingError, match="the training process has ended; start the run again"):
        child.submit(request(digits, tmp_path), RUNNING)


def test_arrays_travel_out_of_band_and_arrive_writable(tmp_path):
    images = np.lib.format.open_memmap(tmp_path / "images.npy", mode="w+", dtype=np.uint8, shape=(50, 28, 28))
    images[:] = np.arange(50, dtype=np.uint8)[:, None, None]
    dataset = Dataset("mapped", ["a", "b"], images[::2], np.arange(25) % 2, predefined_test=np.arange(25) < 5)
    sending, receiving = multiprocessing.Pipe()
    from guiapp.core.training.process import _plain_arrays

    send(sending, ("request", 1, {"dataset": _plain_arrays(dataset)}))
    kind, job_id, payload = receive(receiving)
    arrived = payload["dataset"]
    assert (kind, job_id) == ("request", 1) and not isinstance(arrived.images, np.memmap)
    assert np.array_equal(arrived.images, np.asarray(images[::2])) and arrived.images.flags.writeable
    assert np.array_equal(arrived.predefined_test, dataset.predefined_test)
    assert arrived.fingerprint() == dataset.fingerprint()


def test_a_new_run_never_waits_for_a_busy_child_it_retires_it(digits, tmp_path):
    import threading

    busy = shared_process(free=True)
    started, outcome = threading.Event(), {}

    def run_long():
        steering = Steering(lambda s, e: started.set() if e.kind == "batch" else None)
        outcome["result"] = busy.submit(request(digits, tmp_path, epochs=200, batch_size=1), RUNNING).wait(
            steering, lambda: steering.state)

    waiting = threading.Thread(target=run_long)
    waiting.start()
    assert started.wait(60)
    assert shared_process() is busy  # the Train area asking ahead of time leaves a running run alone
    with pytest.raises(TrainingError, match="the training process is busy with another run"):
        busy.submit(request(digits, tmp_path), RUNNING)  # one request at a time
    fresh = shared_process(free=True)
    assert fresh is not busy and busy.retired
    waiting.join(30)
    assert outcome["result"].stopped == "cancelled"  # stopped after its batch, as when its window closed
    assert outcome["result"].model_path is None or outcome["result"].model_path.endswith("checkpoint.h5")
    busy._process.join(10)
    assert not busy.alive


PARENT_THAT_DIES = """
import os, sys
from guiapp.core.datasets.builtin import load_builtin
from guiapp.core.training.config import TrainConfig
from guiapp.core.training.process import TrainingProcess
from guiapp.core.training.request import TrainingRequest

if __name__ == "__main__":
    folder = sys.argv[1]
    digits = load_builtin("digits", samples_per_class=20, use_cache=False)
    config = TrainConfig(preset="logreg", epochs=200, batch_size=4, validation_split=0.2, test_split=0.0)
    child = TrainingProcess().start()
    state = {"stop": False, "paused": False, "closing": False}

    def on_event(event):
        if event.kind == "epoch":
            print(child._process.pid, flush=True)
            os._exit(0)  # as a crash would: no clean-up, no goodbye to the child

    child.submit(TrainingRequest(config, "digits", data=digits, checkpoint=folder + "/checkpoint.h5",
                                 model_path=folder + "/model.h5"), state).wait(on_event, lambda: state)
"""


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="watches the orphan through /proc")
def test_a_child_whose_parent_dies_stops_keeps_its_checkpoint_and_ends(digits, tmp_path):
    import subprocess
    import sys

    script = tmp_path / "parent.py"
    script.write_text(PARENT_THAT_DIES)
    result = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3"))
    assert result.stdout.split(), f"the parent printed no pid (exit {result.returncode}): {result.stderr[-2000:]}"
    pid = int(result.stdout.split()[-1])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and os.path.exists(f"/proc/{pid}") and "Z" not in _state(pid):
        time.sleep(0.1)
    assert not os.path.exists(f"/proc/{pid}") or "Z" in _state(pid), "the orphaned training process is still running"
    assert load_model(tmp_path / "checkpoint.h5").labels == digits.classes
    assert not (tmp_path / "model.h5").exists() and not list(tmp_path.glob("*.tmp"))


def _state(pid: int) -> str:
    """The process's state letter (Z: ended, not yet reaped by its init)."""
    try:
        return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"
