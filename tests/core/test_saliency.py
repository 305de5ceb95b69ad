"""Where the network looked (guiapp.core.saliency): HiResCAM on conv models, integrated gradients on dense ones,
placed back onto the drawing through the spec's fit window."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.strokes import Drawing, Stroke

CANVAS = 280.0


def corner_seven(x0: float = 20.0, y0: float = 20.0, size: float = 90.0) -> Drawing:
    """A 7 drawn small in the top-left corner of an otherwise empty pad."""
    bar = np.array([[x0, y0], [x0 + size * 0.7, y0]], float)
    stem = np.array([[x0 + size * 0.7, y0], [x0 + size * 0.35, y0 + size]], float)
    return Drawing([Stroke(bar), Stroke(stem)], CANVAS, CANVAS)


@pytest.fixture(scope="module")
def explainer(tiny_digits_model):
    from guiapp.core.saliency import Explainer

    return Explainer(str(tiny_digits_model))


@pytest.fixture(scope="module")
def dense_model(tmp_path_factory):
    """A dense network over pixels (the tutorials' logistic regression): no conv layer to read."""
    from guiapp.core.datasets.builtin import load_builtin
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.engine import train

    dataset = load_builtin("digits", samples_per_class=10, use_cache=False)
    result = train(TrainConfig(preset="logreg", epochs=1, batch_size=32, validation_split=0.2, test_split=0), dataset)
    return result.save(tmp_path_factory.mktemp("dense") / "logreg.h5")


def test_fit_window_reproduces_fit_coverage():
    """The window the saliency is placed with is the one preprocessing used: resampling with it gives the input."""
    from guiapp.core.preprocess import _resample

    coverage = np.zeros((128, 128), np.float32)
    coverage[10:40, 20:35] = 1.0
    for fit in ("mnist", "box", "resize"):
        spec = PreprocessSpec(height=28, width=28, fit=fit)
        window = spec.fit_window(coverage)
        np.testing.assert_array_equal(spec.fit_coverage(coverage), _resample(coverage, *window, 28, 28))
    assert PreprocessSpec(height=28, width=28).fit_window(np.zeros((64, 64), np.float32)) is None


def test_the_map_of_a_digit_in_a_corner_concentrates_there(explainer):
    from guiapp.core.saliency import heat_on_canvas

    saliency = explainer.explain(corner_seven(), pen_width=16.0)
    assert saliency.method == "hirescam" and saliency.layer == "conv"
    assert saliency.heatmap.shape == (28, 28) and saliency.heatmap.max() == pytest.approx(1.0)
    x0, y0, x1, y1 = saliency.box
    assert x0 < 20 and y0 < 20 and x1 < CANVAS / 2 + 10 and y1 < CANVAS / 2 + 10  # the window around the ink
    grid = heat_on_canvas(saliency, CANVAS, CANVAS, cells=64)
    assert grid[:32, :32].sum() / grid.sum() > 0.95
    hottest = np.unravel_index(np.argmax(grid), grid.shape)
    assert hottest[0] < 32 and hottest[1] < 32
    # The same digit in the opposite corner lights up that corner instead.
    far = explainer.explain(corner_seven(170.0, 170.0), pen_width=16.0)
    grid = heat_on_canvas(far, CANVAS, CANVAS, cells=64)
    assert grid[32:, 32:].sum() / grid.sum() > 0.95


def test_real_digits_never_get_an_empty_map(explainer, tiny_digits_model):
    """A keras-tutorial network's Grad-CAM was empty for most real digits ("it looked at nothing": walk 155): its
    dense layer weighs each place of the conv maps on its own, which the maps' mean gradient averages away.
    HiResCAM, gradient times map place by place, shows every one; Grad-CAM stays to be compared with."""
    from PIL import Image

    from guiapp.core.datasets.mnist5k import load_mnist5k
    from guiapp.core.saliency import Explainer

    real = load_mnist5k()
    images = [Image.fromarray(255 - np.asarray(real.images[i]).reshape(28, 28)) for i in range(0, 500, 25)]
    assert all(explainer.explain(image).heatmap.max() > 0 for image in images)
    grad_cam = Explainer(str(tiny_digits_model), cam="grad-cam")
    assert grad_cam.method == "grad-cam" and grad_cam.explain(images[0]).describe().endswith(" ms)")
    with pytest.raises(ValueError, match="cam must be"):
        Explainer(str(tiny_digits_model), cam="guess")


def test_any_class_can_be_explained_and_unknown_ones_are_refused(explainer):
    drawing = corner_seven()
    top = explainer.explain(drawing, pen_width=16.0)
    other = explainer.explain(drawing, label="0" if top.label != "0" else "1", pen_width=16.0)
    assert other.label != top.label and other.heatmap.shape == top.heatmap.shape
    with pytest.raises(ValueError, match="not one of"):
        explainer.explain(drawing, label="not a class")


def test_images_get_a_map_but_no_place_on_the_pad(explainer):
    image = np.zeros((60, 60), np.uint8)
    image[10:50, 28:32] = 255
    saliency = explainer.explain(image)
    assert saliency.box is None and saliency.heatmap.shape == (28, 28)


def test_integrated_gradients_for_a_model_without_conv_layers(dense_model):
    from guiapp.core.saliency import Explainer, heat_on_canvas

    explainer = Explainer(str(dense_model))
    saliency = explainer.explain(corner_seven(), pen_width=16.0)
    assert saliency.method == "integrated-gradients" and saliency.layer is None
    # Integrated gradients credit only pixels that differ from the blank page: the ink.
    model_input = explainer.recognizer.preprocess(corner_seven(), pen_width=16.0)[..., 0]
    assert saliency.heatmap[model_input == 0].max() == 0.0
    grid = heat_on_canvas(saliency, CANVAS, CANVAS, cells=64)
    assert grid[:32, :32].sum() / grid.sum() > 0.95
