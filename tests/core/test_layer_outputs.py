"""Layer by layer (guiapp.core.layer_outputs): every layer's output for a drawing, with shape and description."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.core.strokes import Drawing, Stroke


def a_seven() -> Drawing:
    return Drawing([Stroke(np.array([[60.0, 60.0], [200.0, 60.0]])), Stroke(np.array([[200.0, 60.0], [120.0, 230.0]]))],
                   280.0, 280.0)


@pytest.fixture(scope="module")
def every_kind_model(tmp_path_factory):
    """An untrained CNN with every layer kind the tutorials show (weights do not matter for shapes and text)."""
    import keras

    from guiapp.core.modelfile import save_model
    from guiapp.core.preprocess import PreprocessSpec

    model = keras.Sequential([
        keras.Input((28, 28, 1)),
        keras.layers.Conv2D(8, 3, padding="same", use_bias=False, name="conv"),
        keras.layers.BatchNormalization(name="bn"),
        keras.layers.ReLU(name="relu"),
        keras.layers.MaxPooling2D(2, name="pool"),
        keras.layers.Dropout(0.25, name="drop"),
        keras.layers.Flatten(name="flatten"),
        keras.layers.Dense(200, activation="relu", name="hidden"),
        keras.layers.Dense(10, activation="softmax", name="classes"),
    ])
    path = tmp_path_factory.mktemp("layers") / "every-kind.h5"
    return save_model(model, path, [str(d) for d in range(10)], PreprocessSpec(28, 28), light=False)


def test_every_layer_is_shown_with_its_shape_and_what_it_does(every_kind_model):
    from guiapp.core.layer_outputs import MAX_BARS, Inspector

    inspector = Inspector(str(every_kind_model))
    seen, layers = inspector.layer_outputs(a_seven())
    assert seen.shape == (28, 28) and seen.dtype == np.uint8
    assert [(layer.name, layer.shape) for layer in layers] == [
        ("conv", (28, 28, 8)), ("bn", (28, 28, 8)), ("relu", (28, 28, 8)), ("pool", (14, 14, 8)),
        ("drop", (14, 14, 8)), ("flatten", (1568,)), ("hidden", (200,)), ("classes", (10,))]
    by_name = {layer.name: layer for layer in layers}
    assert all(len(layer.maps) == 8 for layer in layers[:5])
    assert "8 filters of 3×3" in by_name["conv"].description
    assert "negative" in by_name["relu"].description and "largest value of each 2×2" in by_name["pool"].description
    assert "drops 25%" in by_name["drop"].description and "passes everything" in by_name["drop"].description
    assert "14×14×8" in by_name["flatten"].description and "1568" in by_name["flatten"].description
    assert by_name["flatten"].maps == [] and by_name["flatten"].values is None
    hidden = by_name["hidden"]
    assert len(hidden.values) == MAX_BARS and "200 neurons" in hidden.description and "ReLU" in hidden.description
    assert hidden.title == "hidden (Dense, relu, 200)"
    classes = by_name["classes"]
    assert classes.labels == [str(d) for d in range(10)] and "probabilities" in classes.description
    assert classes.values.sum() == pytest.approx(1.0, abs=1e-4)  # the output layer's bars are the probabilities
    assert inspector.layer_outputs(Drawing([], 280.0, 280.0)) == (None, [])


def test_the_tutorial_cnn_layer_by_layer(tiny_digits_model):
    from guiapp.core.layer_outputs import Inspector

    inspector = Inspector(str(tiny_digits_model))
    assert "32 filters of 3×3" in inspector.filter_title
    _, layers = inspector.layer_outputs(a_seven())
    assert [layer.kind for layer in layers] == ["Conv2D", "MaxPooling2D", "Flatten", "Dense", "Dense"]
    assert layers[0].title.startswith("conv (Conv2D, relu, 28×28×32)")


def test_filters_followed_by_batch_normalisation_say_they_stay_near_their_start(every_kind_model, tiny_digits_model):
    """A teacher was about to show the first layer's random start as "what the network learned": with batch
    normalisation after it, training moves those filters little (0.99 alike from epoch 1 to 60, measured by a walk)."""
    from guiapp.core.layer_outputs import Inspector

    assert "Batch normalisation follows them" in str(Inspector(str(every_kind_model)).filter_title)
    assert "Batch normalisation" not in str(Inspector(str(tiny_digits_model)).filter_title)  # conv → pool


def test_a_runs_filters_say_how_far_training_moved_them_from_its_start(tmp_path, every_kind_model):
    """A barely trained tutorial network's filters looked like a well trained one's (both near their seeded random
    start), with nothing said (walk 160): a run's model, whose weights before training its epochs folder keeps, says
    how far they moved; the model is left as it was."""
    import shutil

    from guiapp.core.layer_outputs import Inspector
    from guiapp.core.modelfile import load_model, save_model

    run = tmp_path / "run"
    (run / "epochs").mkdir(parents=True)
    loaded = load_model(every_kind_model)
    loaded.model.save_weights(run / "epochs" / "epoch-000.weights.h5")
    conv = loaded.model.get_layer("conv")
    start = conv.get_weights()[0]
    for moved, said in ((0.1, "10 % from their random start: little, so they still look random"),
                        (0.8, "80 % from their random start.")):
        conv.set_weights([start * (1 + moved)])
        path = save_model(loaded.model, run / f"model-{moved}.h5", loaded.labels, loaded.spec, light=False)
        inspector = Inspector(str(path))
        assert said in str(inspector.filter_title) and "Batch normalisation" not in str(inspector.filter_title)
        assert np.allclose(inspector.loaded.model.get_layer("conv").get_weights()[0], start * (1 + moved))
    shutil.rmtree(run / "epochs")  # a copy saved elsewhere, or a run that did not keep its start: the reason alone
    assert "Batch normalisation follows them" in str(Inspector(str(path)).filter_title)


def test_a_map_of_nothing_found_is_black_and_a_later_conv_says_what_it_slides_over():
    """Walk 119: an all-zero map of conv2 drew mid-grey, and conv2's caption said its filters slide over the input,
    where each spans the 32 maps of pool1."""
    import keras

    from guiapp.core.layer_outputs import describe, to_uint8

    assert to_uint8(np.zeros((4, 4))).max() == 0 and to_uint8(np.full((4, 4), 0.7)).min() == 128
    first, later = keras.layers.Conv2D(32, 5), keras.layers.Conv2D(64, 5)
    assert describe(first, (28, 28, 1), (24, 24, 32)).startswith("32 filters of 5×5 slide over the input")
    assert describe(later, (12, 12, 32), (8, 8, 64)).startswith(
        "64 filters of 5×5 slide over the 32 maps before them, each filter spanning all of them")
