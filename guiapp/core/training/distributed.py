"""Training across machines with TensorFlow's own ``MultiWorkerMirroredStrategy`` (synchronous data parallelism:
every worker holds the whole model, trains on its shard of each global batch, and the gradients are all-reduced).

Who is in the cluster comes from ``TF_CONFIG`` (TensorFlow's standard, which Kubernetes operators and most
launchers set), from ``--cluster host:port,... --task-index N`` (:func:`tf_config` writes the equivalent
``TF_CONFIG``), or from Slurm (``SlurmClusterResolver``) when the process runs as one task of a multi-task Slurm
step. Worker 0 is the chief: only it keeps files (checkpoints, the final model, the run record); the other workers
run the very same code with their paths in a temporary folder that :func:`worker_files` removes afterwards, since
saving can involve collective reads that every worker must take part in.

Failure is bounded: every collective gives up after ``timeout_s`` (``CommunicationOptions``), so when a worker dies
the others end with :class:`WorkerLost` instead of waiting for ever. A run is resumed by starting every worker again
with the same command: ``BackupAndRestore`` (Keras's own) brings back the last finished epoch from each worker's
backup folder (:func:`backup_dir`).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import shutil
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

from guiapp.core.training.config import TrainingError

# A collective (one step's all-reduce) that takes longer than this means a worker is gone. Generous: a step of a
# big model on a slow network takes seconds, and the first step also waits for every worker to start up.
DEFAULT_TIMEOUT_S = 120.0


class WorkerLost(TrainingError):
    """Another worker stopped answering; the message says so and how to resume."""


@dataclass
class Cluster:
    workers: list[str]  # host:port of every worker, chief first
    task_index: int
    source: str  # "TF_CONFIG", "--cluster" or "Slurm"

    @property
    def is_chief(self) -> bool:
        return self.task_index == 0


def tf_config(workers: list[str], task_index: int) -> dict:
    """The ``TF_CONFIG`` for worker ``task_index`` of ``workers`` (``host:port`` each; worker 0 is the chief)."""
    workers = [w.strip() for w in workers if w.strip()]
    if len(workers) < 1:
        raise TrainingError("--cluster needs at least one host:port")
    for worker in workers:
        host, _, port = worker.rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise TrainingError(f"--cluster: {worker!r} is not host:port")
    if not 0 <= task_index < len(workers):
        raise TrainingError(f"--task-index must be 0..{len(workers) - 1} for {len(workers)} workers, got {task_index}")
    return {"cluster": {"worker": workers}, "task": {"type": "worker", "index": task_index}}


def _under_slurm() -> bool:
    return "SLURM_PROCID" in os.environ and int(os.environ.get("SLURM_NTASKS", "1")) > 1


def read_cluster() -> Cluster | None:
    """The cluster this process belongs to: from ``TF_CONFIG``, else Slurm, else None (one worker on its own)."""
    raw = os.environ.get("TF_CONFIG", "").strip()
    if raw:
        try:
            config = json.loads(raw)
            cluster, task = config["cluster"], config.get("task", {})
            workers = list(cluster.get("chief", [])) + list(cluster.get("worker", []))
            index = int(task.get("index", 0)) + (len(cluster.get("chief", [])) if task.get("type") == "worker" else 0)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise TrainingError(f"TF_CONFIG cannot be read ({type(exc).__name__}: {exc}); it must be JSON like "
                                '{"cluster": {"worker": ["host:port", ...]}, "task": {"type": "worker", "index": 0}}')
        return Cluster(workers, index, "TF_CONFIG")
    if _under_slurm():
        return Cluster([], int(os.environ["SLURM_PROCID"]), "Slurm")  # the resolver fills in the hosts
    return None


def make_strategy(timeout_s: float | None = None):
    """(MultiWorkerMirroredStrategy, Cluster or None); every collective gives up after ``timeout_s``."""
    import tensorflow as tf

    from guiapp.core.training import keras_multiworker

    cluster = read_cluster()
    options = tf.distribute.experimental.CommunicationOptions(timeout_seconds=timeout_s or DEFAULT_TIMEOUT_S)
    resolver = None
    if cluster is not None and cluster.source == "Slurm":
        resolver = tf.distribute.cluster_resolver.SlurmClusterResolver()
        cluster.workers = list(resolver.cluster_spec().as_dict().get("worker", []))
    keras_multiworker.install()
    strategy = tf.distribute.MultiWorkerMirroredStrategy(cluster_resolver=resolver, communication_options=options)
    return strategy, cluster


def scaled_learning_rate(rate: float, optimizer: str, replicas: int) -> float:
    """The rate for a global batch ``replicas`` times the configured (per-replica) batch: linear for SGD (Goyal et
    al. 2017), square root for the adaptive optimisers (Adam, AdamW, RMSprop: Malladi et al. 2022); one replica
    keeps the rate as typed."""
    if replicas <= 1:
        return rate
    return rate * (replicas if optimizer == "sgd" else math.sqrt(replicas))


@contextlib.contextmanager
def worker_files(cluster: Cluster | None, checkpoint: str | None, model_path: str | None):
    """(checkpoint, model_path) for this worker: the chief's own, a non-chief's in a temporary folder removed when
    the block ends, whatever happens."""
    if cluster is None or cluster.is_chief:
        yield checkpoint, model_path
        return
    folder = Path(tempfile.mkdtemp(prefix=f"guiapp-worker{cluster.task_index}-"))
    try:  # always both: every worker must save when the chief does
        yield str(folder / "best.h5"), str(folder / "model.h5")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def backup_dir(model_path: str | Path, cluster: Cluster | None) -> Path:
    """Where ``BackupAndRestore`` keeps the last finished epoch: next to the model the run is to write, one folder
    per worker (Keras 3's callback does not tell workers apart, so a shared folder would be written by all)."""
    path = Path(model_path)
    return path.with_name(path.name + ".backup") / f"worker-{cluster.task_index if cluster else 0}"


def check_same_start(strategy, epoch: int, backup: str | None) -> None:
    """TrainingError unless every worker starts at the same epoch. Each restores its own backup; one killed while
    writing its backup comes back an epoch behind, and would then train other weights than the rest (the gradients
    are averaged, the weights are each worker's own). Collectives only sum or average, so all epochs are equal when
    n·Σe² = (Σe)², which every worker works out alike."""
    import tensorflow as tf

    n = strategy.num_replicas_in_sync
    total = float(strategy.reduce("SUM", strategy.run(lambda: tf.constant(float(epoch))), axis=None))
    squares = float(strategy.reduce("SUM", strategy.run(lambda: tf.constant(float(epoch) ** 2)), axis=None))
    if abs(n * squares - total * total) > 0.5:
        where = f"delete {Path(backup).parent} on every worker" if backup else "delete the backups on every worker"
        raise TrainingError(f"the workers' backups disagree (this one resumes after epoch {epoch}, the average is "
                            f"{total / n:g}): one was interrupted while writing its backup; {where} to start afresh")


def lost_worker_message(exc: BaseException, epochs_done: int) -> str:
    """One line for a collective that failed: which error, and how to resume."""
    kept = (f"the last finished epoch ({epochs_done}) is kept" if epochs_done else "no epoch had finished")
    detail = re.sub(r"\{\{[^}]*\}\}\s*", "", str(exc)).strip().splitlines()  # TF's op name tells the user nothing
    detail = textwrap.shorten(detail[0], 160, placeholder="…") if detail else ""
    if detail.endswith("error:"):  # "Graph execution error:": the cause follows a stack of graph nodes
        detail = ""
    return (f"another worker stopped answering ({type(exc).__name__}{': ' + detail if detail else ''}); "
            f"the run ended; {kept}: start every worker again with the same command to resume")


def is_collective_failure(exc: BaseException) -> bool:
    """An error that means a peer is gone (timed out, unreachable, or the collectives were aborted)."""
    import tensorflow as tf

    return isinstance(exc, (tf.errors.DeadlineExceededError, tf.errors.UnavailableError, tf.errors.CancelledError,
                            tf.errors.AbortedError))


__all__ = ["Cluster", "DEFAULT_TIMEOUT_S", "WorkerLost", "backup_dir", "check_same_start", "is_collective_failure", "lost_worker_message",
           "make_strategy", "read_cluster", "scaled_learning_rate", "tf_config", "worker_files"]
