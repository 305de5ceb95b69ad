"""Training on several devices and several workers with TensorFlow's own distribution (core.training.distributed):
MirroredStrategy over two logical CPUs, MultiWorkerMirroredStrategy with two worker processes on 127.0.0.1, a
worker killed mid-run, and the restart that resumes. The multi-process tests run ``guiapp train`` as the user
would, in child processes that a failing test never leaves behind."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from guiapp.core.training.config import TrainingError
from guiapp.core.training.distributed import (backup_dir, read_cluster, scaled_learning_rate, tf_config,
                                              worker_files)

SAFETY_S = 240  # an overall bound on any wait, far above what each takes here; never a measurement
# How long a collective may wait before a worker counts as lost. It must also cover the skew between two workers
# that share two busy cores (one saving its backup while the other waits at the next step): 10 s proved too short
# under a load average of 8; a lost worker is noticed in this long plus a few seconds.
WORKER_TIMEOUT_S = 30
# The tiny config both the one-process and the two-worker runs train (logreg: it converges in a few epochs).
TINY = ["--dataset", "digits", "--samples-per-class", "20", "--preset", "logreg", "--batch-size", "8",
        "--early-stopping", "0", "--lr", "0.01"]


# -- the cluster, without TensorFlow ---------------------------------------------------------------------------------
def test_cluster_flags_become_tf_config(monkeypatch):
    config = tf_config(["10.0.0.1:2222", "10.0.0.2:2222"], 1)
    assert config == {"cluster": {"worker": ["10.0.0.1:2222", "10.0.0.2:2222"]}, "task": {"type": "worker", "index": 1}}
    monkeypatch.setenv("TF_CONFIG", json.dumps(config))
    cluster = read_cluster()
    assert (cluster.workers, cluster.task_index, cluster.is_chief, cluster.source) == (
        ["10.0.0.1:2222", "10.0.0.2:2222"], 1, False, "TF_CONFIG")
    # A "chief" task (as Kubernetes operators write it) comes first: worker 0 of "worker" is the second machine.
    monkeypatch.setenv("TF_CONFIG", json.dumps({"cluster": {"chief": ["a:1"], "worker": ["b:1"]},
                                                "task": {"type": "worker", "index": 0}}))
    assert read_cluster().task_index == 1
    for workers, index, fragment in ((["nohost"], 0, "host:port"), (["a:1", "b:2"], 2, "--task-index")):
        with pytest.raises(TrainingError, match=fragment):
            tf_config(workers, index)
    monkeypatch.setenv("TF_CONFIG", "{not json")
    with pytest.raises(TrainingError, match="TF_CONFIG cannot be read"):
        read_cluster()


def test_slurm_and_lone_worker(monkeypatch):
    monkeypatch.delenv("TF_CONFIG", raising=False)
    for name in ("SLURM_PROCID", "SLURM_NTASKS"):
        monkeypatch.delenv(name, raising=False)
    assert read_cluster() is None
    monkeypatch.setenv("SLURM_PROCID", "1")
    monkeypatch.setenv("SLURM_NTASKS", "1")
    assert read_cluster() is None  # one task: nothing to distribute across
    monkeypatch.setenv("SLURM_NTASKS", "4")
    assert (read_cluster().task_index, read_cluster().source) == (1, "Slurm")


def test_learning_rate_scaling_and_worker_files(tmp_path):
    assert scaled_learning_rate(0.1, "sgd", 4) == pytest.approx(0.4)
    assert scaled_learning_rate(1e-3, "adam", 4) == pytest.approx(2e-3)
    assert scaled_learning_rate(1e-3, "adam", 1) == 1e-3
    from guiapp.core.training.distributed import Cluster

    chief, worker = Cluster(["a:1", "b:1"], 0, "TF_CONFIG"), Cluster(["a:1", "b:1"], 1, "TF_CONFIG")
    with worker_files(chief, "c.h5", "m.h5") as paths:
        assert paths == ("c.h5", "m.h5")
    with worker_files(worker, None, str(tmp_path / "m.h5")) as (checkpoint, model):
        folder = Path(model).parent
        assert folder.is_dir() and folder != tmp_path and Path(checkpoint).parent == folder
        Path(model).write_bytes(b"x")
    assert not folder.exists()  # removed, file and all
    assert backup_dir(tmp_path / "m.h5", worker) == tmp_path / "m.h5.backup" / "worker-1"


# -- one machine, two devices -----------------------------------------------------------------------------------------
MIRRORED = """
import json, tensorflow as tf
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
from guiapp.core.datasets.builtin import load_builtin
from guiapp.core.training import devices, engine
from guiapp.core.training.config import TrainConfig
# No GPU here: "all GPUs" mirrors over the two logical CPUs instead, through the very same code path.
devices._mirrored_devices = lambda: [d.name for d in tf.config.list_logical_devices("CPU")]
result = engine.train(TrainConfig(preset="logreg", epochs=2, batch_size=8, device="all-gpus", early_stopping=0),
                      load_builtin("digits", samples_per_class=20, use_cache=False))
print(json.dumps({"ran": result.ran, "history": result.history, "stopped": result.stopped}))
"""


@pytest.mark.distributed
def test_all_gpus_trains_with_mirrored_strategy(guiapp_home):
    done = subprocess.run([sys.executable, "-c", MIRRORED], capture_output=True, text=True, env=_env(guiapp_home),
                          timeout=SAFETY_S)
    assert done.returncode == 0, done.stderr[-3000:]
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    assert outcome["ran"]["strategy"] == "MirroredStrategy"
    assert (outcome["ran"]["replicas"], outcome["ran"]["global_batch"]) == (2, 16)
    assert outcome["stopped"] == "completed" and len(outcome["history"]["loss"]) == 2
    assert outcome["history"]["loss"][1] < outcome["history"]["loss"][0]


# -- two workers on 127.0.0.1 -----------------------------------------------------------------------------------------
def _env(home) -> dict:
    root = str(Path(__file__).resolve().parents[2])
    return {**os.environ, "GUIAPP_HOME": str(home), "TF_CPP_MIN_LOG_LEVEL": "2", "CUDA_VISIBLE_DEVICES": "",
            "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}


def _free_ports(n: int) -> list[int]:
    sockets = [socket.socket() for _ in range(n)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + SAFETY_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


class Workers:
    """``guiapp train`` as workers 0..n-1 of a cluster on 127.0.0.1; every child is killed on the way out."""

    def __init__(self, tmp_path: Path, home: Path, argv: list[str], n: int = 2) -> None:
        self.tmp_path, self.home, self.argv, self.n = tmp_path, home, argv, n
        self.procs: list[subprocess.Popen] = []

    def __enter__(self) -> "Workers":
        cluster = ",".join(f"127.0.0.1:{port}" for port in _free_ports(self.n))
        for index in range(self.n):
            out = open(self.tmp_path / f"worker{index}.out", "w")
            err = open(self.tmp_path / f"worker{index}.err", "w")
            self.procs.append(subprocess.Popen(
                [sys.executable, "-m", "guiapp", "train", *self.argv, "--cluster", cluster, "--task-index", str(index)],
                stdout=out, stderr=err, env=_env(self.home)))
            out.close(), err.close()
        return self

    def wait(self) -> list[int]:
        return [proc.wait(timeout=SAFETY_S) for proc in self.procs]

    def output(self, index: int) -> str:
        return ((self.tmp_path / f"worker{index}.out").read_text()
                + (self.tmp_path / f"worker{index}.err").read_text())

    def __exit__(self, *exc) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait()


@pytest.mark.distributed
def test_two_workers_survive_a_lost_worker_and_train_like_one_process(tmp_path, guiapp_home, digits):
    """Two workers on 127.0.0.1 (two processes are what TensorFlow's start-up costs most, so one test covers the
    whole story): killing one mid-run ends the other with a clear error within --worker-timeout, the chief's last
    checkpoint loads; starting both again resumes after the last finished epoch and completes, recorded by the
    chief alone, with a final validation accuracy within 0.15 of one process training the same config (global batch
    8 vs 2 × 8 at a √2 rate) on these 20 validation samples."""
    from guiapp.core.modelfile import load_model, read_metadata
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.engine import train
    from guiapp.core.training.runs import RunStore

    epochs = 8
    out = tmp_path / "model.h5"
    argv = [*TINY, "--epochs", str(epochs), "--worker-timeout", str(WORKER_TIMEOUT_S), "--out", str(out)]
    # Worker 1's own backup of the first epoch, complete (Keras writes the metadata last): killed then, it is at
    # work on its second epoch. A kill while it writes its very first backup would leave nothing to resume from.
    progress = tmp_path / "model.h5.backup" / "worker-1" / "training_metadata.json"

    def backed_up() -> bool:
        try:
            return json.loads(progress.read_text()).get("epoch", 0) >= 1
        except (OSError, ValueError):  # not there yet, or being written
            return False

    with Workers(tmp_path, guiapp_home, argv) as workers:
        _wait_for(lambda: backed_up() or any(proc.poll() is not None for proc in workers.procs), "a finished epoch")
        workers.procs[1].kill()
        chief = workers.procs[0].wait(timeout=SAFETY_S)  # bounded by --worker-timeout, not by the safety net
        assert chief == 2, workers.output(0)[-3000:]
        assert "another worker stopped answering" in workers.output(0)
        assert "start every worker again with the same command to resume" in workers.output(0)
    (failed,) = RunStore().list()
    assert failed.status == "failed"
    assert load_model(failed.checkpoint_path).labels  # the chief's last checkpoint loads

    with Workers(tmp_path, guiapp_home, argv) as workers:
        assert workers.wait() == [0, 0], workers.output(0)[-3000:] + workers.output(1)[-3000:]
        assert "resumed after epoch" in workers.output(0) and "resumed after epoch" in workers.output(1)
        assert "worker 1 done" in workers.output(1)
    resumed = RunStore().list()[0]  # the chief's records only: the failed run and this one
    assert len(RunStore().list()) == 2
    assert resumed.status == "completed" and "resumed after epoch" in resumed.message
    assert 0 < resumed.epochs_done < epochs
    ran = resumed.extra["ran"]
    assert (ran["strategy"], ran["workers"], ran["replicas"], ran["global_batch"]) == (
        "MultiWorkerMirroredStrategy", 2, 2, 16)
    assert read_metadata(out)["metadata"]["ran"]["workers"] == 2 and load_model(out).labels
    assert not (tmp_path / "model.h5.backup").exists()  # BackupAndRestore's folders go when the run completes

    alone = train(TrainConfig(preset="logreg", epochs=epochs, batch_size=8, early_stopping=0, learning_rate=0.01),
                  digits)
    together = resumed.load_curves().history["val_accuracy"][-1]
    assert abs(together - alone.history["val_accuracy"][-1]) <= 0.15


def test_device_choice_lists_every_gpu_and_all_gpus(monkeypatch):
    """What the Train area's Device list offers (core.training.devices.detect_devices), on a machine with two GPUs."""
    import tensorflow as tf

    from guiapp.core.training.devices import detect_devices

    gpus = [tf.config.PhysicalDevice(f"/physical_device:GPU:{i}", "GPU") for i in range(2)]
    real = tf.config.list_physical_devices
    monkeypatch.setattr(tf.config, "list_physical_devices", lambda kind=None: gpus if kind == "GPU" else real(kind))
    monkeypatch.setattr(tf.config.experimental, "get_device_details", lambda gpu: {"device_name": "H200"})
    assert detect_devices() == [("cpu", "CPU"), ("gpu:0", "GPU 0: H200"), ("gpu:1", "GPU 1: H200"),
                                ("all-gpus", "all 2 GPUs (mirrored)")]


def test_a_damaged_backup_says_what_to_delete(tmp_path, digits):
    """A worker killed while writing its first backup leaves a truncated file: the restart says so, not an h5 error."""
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.engine import train

    backup = tmp_path / "m.h5.backup" / "worker-0"
    backup.mkdir(parents=True)
    (backup / "latest.weights.h5").write_bytes(b"\x89HDF\r\n\x1a\n")  # the first bytes of an h5 file, then nothing
    (backup / "training_metadata.json").write_text('{"epoch": 1, "batch": 0}')
    with pytest.raises(TrainingError, match=r"cannot be read .*delete .*m\.h5\.backup on every worker"):
        train(TrainConfig(preset="logreg", epochs=2, batch_size=16), digits, backup=str(backup))


def test_a_single_device_run_records_how_it_ran(digits):
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.engine import train

    result = train(TrainConfig(preset="logreg", epochs=1, batch_size=16, learning_rate=0.01), digits)
    assert result.ran == {"strategy": "DefaultDistributionStrategy", "devices": "CPU", "workers": 1, "replicas": 1,
                          "per_replica_batch": 16, "global_batch": 16, "learning_rate": 0.01}
    assert result.metadata()["ran"] == result.ran  # saved with the model, and by the session in run.json
