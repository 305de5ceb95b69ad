"""scripts/bundled_models.py: the kanji recipe is ready for a GPU run, and no names still means the bundled four."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
bundled_models = pytest.importorskip("bundled_models")


@pytest.mark.parametrize("action", ["train", "evaluate", "convert"])
def test_an_action_without_names_means_the_four_bundled_models(monkeypatch, action):
    seen = []
    monkeypatch.setattr(bundled_models, action, lambda names, *rest: seen.append(names))
    monkeypatch.setattr(sys, "argv", ["bundled_models.py", action])
    bundled_models.main()
    assert seen == [["digits", "latin", "hiragana", "katakana"]]


def test_the_kanji_recipe_trains_joyo_with_arguments_guiapp_train_accepts():
    from guiapp.cli import build_parser
    from guiapp.core.datasets.registry import check_dataset

    assert "kanji" in bundled_models.RECIPES and "kanji" not in bundled_models.DEFAULT_MODELS
    assert bundled_models.dataset_of("kanji") == "joyo" and bundled_models.dataset_of("latin") == "latin"
    args = build_parser().parse_args(["train", "--dataset", "joyo", *bundled_models.COMMON,
                                      *bundled_models.RECIPES["kanji"], "--out", "kanji.h5"])
    check_dataset(args.dataset, args.samples_per_class)  # the names and counts are valid, nothing synthesised
    assert (args.samples_per_class, args.device) == (500, "gpu:0")
    assert bundled_models.held_out_per_class("kanji") == 20 and bundled_models.held_out_per_class("digits") == 100
