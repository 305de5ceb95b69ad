"""Which devices a run trains on, as a ``tf.distribute`` strategy: the CPU, one GPU, every GPU of this machine
(``MirroredStrategy``) or one worker of several machines (``MultiWorkerMirroredStrategy``, see :mod:`.distributed`);
and what the Train area's Device list offers (:func:`detect_devices`)."""

from __future__ import annotations

from guiapp.core.plural import plural
from guiapp.core.text import Plural, Text
from guiapp.core.training.config import TrainConfig


def _mirrored_devices() -> list[str]:
    """The devices "all GPUs" mirrors over: every GPU TensorFlow sees (a seam: the tests mirror over logical CPUs)."""
    import tensorflow as tf

    return [device.name for device in tf.config.list_logical_devices("GPU")]


def resolve_device(device: str) -> tuple[object, str, list[str]]:
    """(distribution strategy, description, warnings). A requested GPU that is absent falls back to the CPU."""
    import tensorflow as tf

    gpus = tf.config.list_physical_devices("GPU")
    warnings = []
    if device == "all-gpus":
        mirrored = _mirrored_devices()
        if len(mirrored) >= 2:  # TensorFlow's own all-reduce across the GPUs of this machine
            return (tf.distribute.MirroredStrategy(mirrored),
                    f"{len(mirrored)} {'GPUs' if gpus else 'devices'} (mirrored)", warnings)
        if len(gpus) == 1:
            return tf.distribute.OneDeviceStrategy("/GPU:0"), "GPU 0", [Text("only one GPU is present; using it")]
        warnings.append(Text("no GPU is present; training on the CPU"))
    elif device.startswith("gpu:"):
        index = int(device[4:])
        if index < len(gpus):
            return tf.distribute.OneDeviceStrategy(f"/GPU:{index}"), f"GPU {index}", warnings
        warnings.append(Text("GPU {0} is not present ({1} found); training on the CPU", index,
                             Plural("%Ln GPU(s)", "", len(gpus))))
    if gpus:  # the CPU was asked for although a GPU is there: pin the run to it
        return tf.distribute.OneDeviceStrategy("/CPU:0"), "CPU", warnings
    # Only a CPU: the default strategy, so the input pipeline is not wrapped for distribution (that costs time).
    return tf.distribute.get_strategy(), "CPU", warnings


def detect_devices() -> list[tuple[str, str]]:
    """[(device value for TrainConfig, label)]: the CPU, each GPU TensorFlow sees, and all GPUs when several."""
    import tensorflow as tf

    gpus = tf.config.list_physical_devices("GPU")
    devices = [("cpu", "CPU")]
    for index, gpu in enumerate(gpus):
        name = gpu.name
        try:
            name = tf.config.experimental.get_device_details(gpu).get("device_name", name)
        except Exception:  # noqa: BLE001 — details are optional
            pass
        devices.append((f"gpu:{index}", f"GPU {index}: {name}"))
    if len(gpus) >= 2:
        devices.append(("all-gpus", Plural("all %Ln GPU(s) (mirrored)", "", len(gpus))))
    return devices


def choose_strategy(config: TrainConfig, distributed: bool, worker_timeout_s: float | None = None):
    """(strategy, warnings, how it runs): the ``ran`` dict every run records — strategy, devices, workers,
    replicas, the per-replica and global batch and the learning rate scaled to it."""
    from guiapp.core.training.distributed import make_strategy, scaled_learning_rate

    if distributed:
        strategy, cluster = make_strategy(worker_timeout_s)
        warnings: list[str] = []
        workers = len(cluster.workers) if cluster is not None else 1
        name = "MultiWorkerMirroredStrategy"  # its class is still called CollectiveAllReduceStrategy
        devices = (plural("%n worker(s)", workers) + ", " + plural("%n replica(s)", strategy.num_replicas_in_sync)
                   + f" (multi-worker mirrored; this is worker {cluster.task_index if cluster else 0})")
    else:
        strategy, devices, warnings = resolve_device(config.device)
        workers, name = 1, type(strategy).__name__.strip("_")
    replicas = int(strategy.num_replicas_in_sync)
    return strategy, warnings, {
        "strategy": name, "devices": devices, "workers": workers, "replicas": replicas,
        "per_replica_batch": config.batch_size, "global_batch": config.batch_size * replicas,
        "learning_rate": scaled_learning_rate(config.learning_rate, config.optimizer, replicas)}


__all__ = ["choose_strategy", "detect_devices", "resolve_device"]
