"""A Dataset → tf.data pipelines for training: the stored uint8 coverage stays uint8 until the batch is formed,
then becomes model input in-graph with the spec's own polarity/range rule (``PreprocessSpec.output_affine``)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from guiapp.core.datasets.base import Dataset, Split
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.text import Text
from guiapp.core.training.config import TrainConfig, TrainingError


@dataclass
class Pipelines:
    train: object  # tf.data.Dataset of (images, labels) batches
    validation: object | None
    split: Split
    train_batches: int
    validation_batches: int
    calibration: np.ndarray | None = None  # model inputs of some training samples, unaugmented (batch_norm.py)
    batch_size: int = 0  # the global batch the pipelines are made of (see fitted_batch)


SMALLEST_FITTED = 3  # 2 normalise to ±1 alone; 3 trained 6 drawings to 100 % where 2 and 4 wavered (walk 121)


def fitted_batch(n_train: int, batch_size: int) -> int:
    """The batch a run on ``n_train`` training samples uses when ``batch_size`` asks for more than there are: a
    quarter of them, so an epoch is four steps. A batch larger than the data is one step an epoch, whatever its
    size: the default 128 on 36 drawings left a model at chance after 30 epochs, and warning of it once the run had
    started did not help (two walks). Never fewer than :data:`SMALLEST_FITTED` where there are that many: batch
    normalisation has nothing to average over one sample, and the default network stayed at chance for 40 epochs
    on 6 drawings in batches of 1 (walk 121)."""
    return batch_size if n_train >= batch_size else min(n_train, max(SMALLEST_FITTED, n_train // 4))


def drops_lone_sample(n_train: int, batch_size: int) -> bool:
    """Whether an epoch leaves out the one sample a last batch would hold alone (another each epoch, as the order is
    shuffled): a batch of one sample normalises to nothing (see :func:`fitted_batch`)."""
    return n_train > batch_size > 1 and n_train % batch_size == 1


def images_for_spec(dataset: Dataset, spec: PreprocessSpec, indices: np.ndarray) -> np.ndarray:
    """The samples at ``indices`` as uint8 coverage of the spec's size. Already the right size (the usual case:
    datasets are made for a spec): a plain gather. Otherwise each sample is fitted again by the spec."""
    if dataset.image_shape == (spec.height, spec.width):
        return np.asarray(dataset.images[indices])
    out = np.empty((len(indices), spec.height, spec.width), np.uint8)
    for i, index in enumerate(indices):
        coverage = spec.fit_coverage(np.asarray(dataset.images[index], np.float32) / 255.0)
        out[i] = (coverage * 255.0 + 0.5).astype(np.uint8)
    return out


def to_model_input(spec: PreprocessSpec):
    """In-graph uint8 coverage (B, H, W) → model input (B, H, W, C), the same numbers as ``spec.apply_batch``."""
    import tensorflow as tf

    scale, offset = spec.output_affine()

    def convert(images):
        x = tf.cast(images, tf.float32) * (scale / 255.0) + offset
        x = x[..., None]
        return tf.tile(x, [1, 1, 1, 3]) if spec.channels == 3 else x

    return convert


def make_pipelines(dataset: Dataset, spec: PreprocessSpec, label_map: np.ndarray, config: TrainConfig,
                   global_batch: int | None = None, shard: bool = False, fit_batch: bool = False) -> Pipelines:
    """Seeded stratified split, then shuffled, batched, (augmented) and prefetched pipelines of ``global_batch``
    samples (default: the config's batch; ``fit_batch``: smaller where the training part is smaller than it, see
    :func:`fitted_batch`). ``shard``: several workers read it, each its own part of every batch (tf.data
    auto-sharding by data: every worker holds the whole in-memory dataset and shuffles it with the same seed, so the
    parts never overlap)."""
    import tensorflow as tf

    from guiapp.core.training.augment import make_augmenter

    split = dataset.split(validation=config.validation_split, test=config.test_split, seed=config.seed)
    if len(split.train) == 0:
        raise TrainingError(Text("{0}: no samples left for training after the validation/test split", dataset.name))
    labels = label_map[np.asarray(dataset.labels)]
    convert = to_model_input(spec)
    autotune = tf.data.AUTOTUNE
    batch_size = global_batch or config.batch_size
    if fit_batch:
        batch_size = fitted_batch(len(split.train), batch_size)
    options = tf.data.Options()
    if shard:
        options.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA

    def pipeline(indices: np.ndarray, training: bool):
        images = images_for_spec(dataset, spec, indices)
        data = tf.data.Dataset.from_tensor_slices((images, labels[indices].astype(np.int32)))
        if training:
            data = data.shuffle(len(indices), seed=config.seed, reshuffle_each_iteration=True)
        lone = training and drops_lone_sample(len(indices), batch_size)
        data = data.batch(batch_size, drop_remainder=lone).map(lambda x, y: (convert(x), y), num_parallel_calls=autotune)
        if training and config.augment and config.augment_strength > 0:
            augment = make_augmenter(config.augment_strength, config.seed, paper=spec.output_affine()[1])
            data = data.map(lambda x, y: (augment(x), y), num_parallel_calls=autotune)
        return data.prefetch(autotune).with_options(options)

    batches = -(-len(split.train) // batch_size) - drops_lone_sample(len(split.train), batch_size)
    validation = pipeline(split.validation, False) if len(split.validation) else None
    val_batches = -(-len(split.validation) // batch_size) if validation is not None else 0
    calibration = None
    if not shard:  # a worker of a cluster keeps Keras's own averages (its short runs are not a cluster's)
        from guiapp.core.recognition import coverage_to_model_input
        from guiapp.core.training.batch_norm import CALIBRATION_SAMPLES

        chosen = np.random.default_rng(config.seed).permutation(split.train)[:CALIBRATION_SAMPLES]
        calibration = coverage_to_model_input(spec, images_for_spec(dataset, spec, np.sort(chosen)))
    return Pipelines(pipeline(split.train, True), validation, split, batches, val_batches, calibration, batch_size)
