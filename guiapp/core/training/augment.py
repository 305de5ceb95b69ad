"""Training-time augmentation, in the tf.data pipeline (never inside the saved model, so model files stay plain).

Strength 1.0 means: rotation ±8°, shifts ±10 %, zoom ±10 %, shear by way of independent x/y zoom. The
synthesiser already varies shape far more; this mainly helps real datasets and user samples.
"""

from __future__ import annotations


def make_augmenter(strength: float = 1.0, seed: int = 0, paper: float = 0.0):
    """A function (batch of images, float32 (B, H, W, C)) → augmented batch, for ``tf.data.Dataset.map``.
    ``paper`` is the model-input value of blank paper: what shifted-in borders are filled with."""
    import keras

    if strength <= 0:
        return None
    s = float(strength)
    pipeline = keras.Sequential(
        [
            keras.layers.RandomRotation(0.022 * s, fill_mode="constant", fill_value=paper, seed=seed),  # fraction of a full turn
            keras.layers.RandomTranslation(0.1 * s, 0.1 * s, fill_mode="constant", fill_value=paper, seed=seed + 1),
            keras.layers.RandomZoom((-0.1 * s, 0.1 * s), (-0.1 * s, 0.1 * s), fill_mode="constant", fill_value=paper, seed=seed + 2),
        ],
        name="augment",
    )

    def augment(images):
        return pipeline(images, training=True)

    return augment
