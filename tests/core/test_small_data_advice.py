"""The small-data warning's remedy fits the dataset: a synthesised built-in is made with more samples per class,
drawings and files need more drawn (a run of digits at 5 per class was told to draw 20 of each, or use Teach…)."""

import numpy as np

from guiapp.core.datasets.registry import open_dataset, plan_builtin
from guiapp.core.datasets.user_store import UserStore
from guiapp.core.strokes import Drawing, Stroke
from guiapp.core.training.engine import FEW_PER_CLASS, small_data_warnings


def _few_warning(dataset) -> str:
    [warning] = small_data_warnings(dataset, 0, 1)
    return str(warning)


def test_a_synthesised_built_in_is_told_to_synthesise_more_per_class():
    for name in ("digits", "custom:日月"):
        said = _few_warning(plan_builtin(name, samples_per_class=5))
        assert said == ("the smallest class has only 5 samples: a network learns little from so few; "
                        f"synthesise {FEW_PER_CLASS} or more per class"), said


def test_own_drawings_are_told_to_draw_more_and_files_to_add_images(tmp_path):
    store = UserStore()
    mine = store.create("scribbles")
    for label in "12":
        mine.add_drawing(Drawing([Stroke([[10, 10], [10, 90]])], 100, 100), label)
    drawn = open_dataset("scribbles")
    npz = tmp_path / "few.npz"
    np.savez(npz, images=np.zeros((4, 28, 28), np.uint8), labels=np.array([0, 0, 1, 1]))
    said = _few_warning(drawn)
    assert "has only 1 sample" in said, said
    assert f"draw {FEW_PER_CLASS} or more of each, or fine-tune a model on them: Personalize, or Teach…" in said, said
    assert "from scratch" in said  # Personalize takes fewer: not a contradiction (walk 108)
    # Images, not drawings, and Personalize takes drawings of one's own: "draw 20 or more" was said of an import
    # (walk 163)
    said = _few_warning(open_dataset(str(npz)))
    assert said == ("the smallest class has only 2 samples: a network learns little from so few; "
                    f"add {FEW_PER_CLASS} or more images of each"), said


def test_a_run_from_a_model_is_not_told_to_draw_more_or_to_use_teach():
    """A Teach… round learns a few drawings on top of what a model knows, and its run said "draw 20 or more of
    each, or use Teach…" while the person was using Teach… (a walk). The batch's size is still said."""
    dataset = plan_builtin("custom:日月", samples_per_class=5)
    assert small_data_warnings(dataset, 0, 1, from_model=False)  # synthesised: made with more per class
    store = UserStore()
    mine = store.create("taught")
    for label in "12":
        mine.add_drawing(Drawing([Stroke([[10, 10], [10, 90]])], 100, 100), label)
    drawn = open_dataset("taught")
    assert [str(w) for w in small_data_warnings(drawn, 0, 1, from_model=True)] == []
    [batch] = small_data_warnings(drawn, 2, 128, from_model=True)
    assert str(batch).startswith("the batch size (128) is larger than the 2 training samples")
