"""Two fixes that let Keras 3's ``model.fit`` run under ``tf.distribute.MultiWorkerMirroredStrategy`` with more than
one worker (keras-team/keras#20585, open since Keras 3.0; still broken in Keras 3.15 with TensorFlow 2.21).

Without them ``fit`` fails before the first step and again at the first step:

1. ``TensorFlowTrainer._maybe_symbolic_build`` takes one input batch to build the model's metrics, and gets it by
   ``strategy.reduce("MEAN", (x, y))``: the collective strategy cannot reduce a tuple (``ValueError: Attempt to
   convert a value (PerReplica: ...) to a Tensor``). Only the batch's shapes are wanted, so this worker's own
   replica's batch serves as well.
2. ``reduce_per_replica`` averages each step's logs (scalar loss and metrics) across workers with
   ``strategy.reduce("MEAN", v, axis=0)``, which fails on a scalar (``Invalid reduction dimension 0 for input with
   0 dimensions``). ``axis=None`` is the average across replicas that was meant.

Both are replaced only for a multi-worker collective strategy; every other case (one device, ``MirroredStrategy``
on one machine) goes to Keras's own code untouched. :func:`install` is idempotent; the multi-worker tests fail if
a Keras release changes these functions, and this module can go once Keras fixes the issue.
"""

from __future__ import annotations

_installed = False


def install() -> None:
    global _installed
    if _installed:
        return
    import tensorflow as tf
    from keras.src import tree
    from keras.src.backend.tensorflow import trainer as tf_trainer

    multi_worker = tf_trainer._collective_all_reduce_multi_worker
    original_reduce = tf_trainer.reduce_per_replica
    original_build = tf_trainer.TensorFlowTrainer._maybe_symbolic_build

    def reduce_per_replica(values, strategy, reduction):
        if reduction in ("auto", "mean") and multi_worker(strategy):
            def mean(value):
                if isinstance(value, tf.distribute.DistributedValues) or tf.is_tensor(value):
                    return strategy.reduce("MEAN", value, axis=None)
                return value

            return tree.map_structure(mean, values)
        return original_reduce(values, strategy, reduction)

    def maybe_symbolic_build(self, iterator=None, data_batch=None):
        strategy = self._distribute_strategy
        if iterator is None or strategy is None or not multi_worker(strategy):
            return original_build(self, iterator=iterator, data_batch=data_batch)
        for _, _, batches in iterator:
            batch = next(batches)
            break
        else:
            return original_build(self, iterator=iterator, data_batch=data_batch)

        def local(value):
            if isinstance(value, tf.distribute.DistributedValues):
                return strategy.experimental_local_results(value)[0]
            return value

        return original_build(self, data_batch=tree.map_structure(local, batch))

    tf_trainer.reduce_per_replica = reduce_per_replica
    tf_trainer.TensorFlowTrainer._maybe_symbolic_build = maybe_symbolic_build
    _installed = True


__all__ = ["install"]
