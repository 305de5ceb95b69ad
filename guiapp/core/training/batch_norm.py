"""Batch normalisation's moving statistics, settled on the training data while a short run has not settled them.

A BatchNormalization layer normalises with the batch's own statistics while training and with moving averages
(mean and variance, updated at each step with momentum 0.9) at inference. The averages start at mean 0 and
variance 1 and take some tens of steps to forget that start and the early weights: a run of a few hundred samples
(7 steps an epoch, 2 epochs) ended with averages still far off, so the model trained to 83 % read every digit as
"1" at inference (validation 10 %, the saved model 10 %), and the curves said nothing of it. So while the run has
made fewer than SETTLED_STEPS steps, each layer's averages are set, before each validation and at the end of each
epoch, to the statistics of its inputs over some training samples, layer after layer in inference mode: what the
averages would converge to if the weights stopped changing. It does not touch training itself (a training step
uses the batch's statistics), and it costs one pass of CALIBRATION_SAMPLES samples per layer, only in short runs.
"""

from __future__ import annotations

import logging

import numpy as np

log = logging.getLogger(__name__)

SETTLED_STEPS = 200  # momentum 0.9 keeps 0.9^50 < 1 % of the start after 50 steps; beyond 200 the averages serve
CALIBRATION_SAMPLES = 1024
_BATCH = 256


def batch_norm_layers(model) -> list:
    import keras

    return [layer for layer in model.layers if isinstance(layer, keras.layers.BatchNormalization)]


def settle(model, inputs: np.ndarray) -> int:
    """Set each BatchNormalization layer's moving mean and variance to its inputs' statistics over ``inputs``
    (model inputs), in order, so each layer sees the ones before it settled. Returns how many were settled."""
    import keras

    layers = batch_norm_layers(model)
    source = model.inputs[0] if len(model.inputs) == 1 else model.inputs
    for layer in layers:
        probe = keras.Model(source, layer.input)
        axis = layer.axis[0] if isinstance(layer.axis, (list, tuple)) else layer.axis
        total = squares = None
        count = 0
        for start in range(0, len(inputs), _BATCH):
            values = np.asarray(keras.ops.convert_to_numpy(probe(inputs[start:start + _BATCH], training=False)),
                                np.float64)
            values = np.moveaxis(values, axis, -1).reshape(-1, values.shape[axis])
            total = values.sum(axis=0) if total is None else total + values.sum(axis=0)
            squares = (values ** 2).sum(axis=0) if squares is None else squares + (values ** 2).sum(axis=0)
            count += len(values)
        mean = total / count
        layer.moving_mean.assign(mean.astype(np.float32))
        layer.moving_variance.assign(np.maximum(squares / count - mean ** 2, 0.0).astype(np.float32))
    return len(layers)


def settling_callback(inputs: np.ndarray | None):
    """A Keras callback that settles the averages before each validation and at each epoch's end while the run has
    made fewer than SETTLED_STEPS steps; None when there is nothing to settle with. Placed before the callback
    that keeps the best epoch's weights, so those weights carry settled averages."""
    import keras

    if inputs is None or not len(inputs):
        return None

    class SettleBatchNorm(keras.callbacks.Callback):
        def __init__(self):
            super().__init__()
            self.settled_this_epoch = False

        def _settle(self) -> None:
            try:
                steps = int(keras.ops.convert_to_numpy(self.model.optimizer.iterations))
                if steps < SETTLED_STEPS and batch_norm_layers(self.model):
                    settle(self.model, inputs)
            except Exception:  # noqa: BLE001 — a model this cannot probe keeps Keras's own averages
                log.warning("batch normalisation statistics could not be settled", exc_info=True)
            self.settled_this_epoch = True

        def on_epoch_begin(self, epoch, logs=None):
            self.settled_this_epoch = False

        def on_test_begin(self, logs=None):
            self._settle()

        def on_epoch_end(self, epoch, logs=None):
            if not self.settled_this_epoch:  # no validation this epoch
                self._settle()

    return SettleBatchNorm()


__all__ = ["CALIBRATION_SAMPLES", "SETTLED_STEPS", "batch_norm_layers", "settle", "settling_callback"]
