"""What the words in a preset's summary mean, for someone learning CNNs: "conv-BN-ReLU", "dropout" and "softmax"
stood unexplained in the Train settings (walk 106). The window shows the entries a summary uses as its tooltip and
each layer's beside it in the layer table. Each entry names its numbers by letter (conv k×k×n, dense n, dropout
p): an example's "dropout 0.5" beside a summary's "dropout 0.2" read as a mistake to a teacher (walk 109)."""

from __future__ import annotations

import re

from guiapp.core.text import Text

# (the words in a summary or a Keras layer type that name it, what it means), roughly in the order a CNN runs them
TERMS: list[tuple[tuple[str, ...], Text]] = [
    (("flatten",), Text("flatten: the image's pixels laid out in one row, for a dense layer")),
    (("conv", "conv2d"), Text("conv k×k×n: n filters of k×k pixels slide over the image (or over the maps of the "
                              "layer before); each makes a map of where its pattern is. \"same\": the image's edge "
                              "is padded, so the map keeps its size; ×2: two such layers in a row")),
    (("bn", "batchnormalization"), Text("BN (batch normalization): rescales each layer's outputs to a steady range, so "
                                        "training is faster and steadier")),
    (("relu",), Text("ReLU: keeps positive values and turns negative ones to 0; without such a bend between layers, "
                     "the whole network could only add and scale its inputs")),
    (("sigmoid",), Text("sigmoid: squeezes each value into 0…1 (the older activation, slower to train than ReLU)")),
    (("pool", "maxpool", "maxpooling2d"), Text("pool 2: keeps the largest value of each 2×2 square, halving the maps' "
                                               "size; a shape moved by a pixel often gives the same result")),
    (("dense",), Text("dense n: n units, each connected to every value before it")),
    (("dropout",), Text("dropout p: while training, a random share p of the values is set to 0 at each step (0.2: "
                        "a fifth), so no single one can be relied on (less overfitting); not used when recognizing")),
    (("softmax",), Text("softmax: turns the last layer's values into probabilities of each class, adding up to "
                        "100 %")),
    (("logistic",), Text("logistic regression: one dense softmax layer on the pixels, the simplest classifier")),
]


def terms_in(text: str) -> list[Text]:
    """The entries for the words of ``text`` (a preset's summary or a Keras layer type), each once, in
    :data:`TERMS`' order."""
    words = {word.lower() for word in re.split(r"[^A-Za-z0-9]+", text) if word}  # "conv-BN-ReLU" → conv, bn, relu
    return [meaning for names, meaning in TERMS if words & set(names)]


__all__ = ["TERMS", "terms_in"]
