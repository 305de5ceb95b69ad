"""model budget: a model's size is worked out from its config and refused BEFORE Keras builds anything (#16)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import h5py
import numpy as np
import pytest

from guiapp.core.modelfile import ModelFileError
from guiapp.core.modelfile.budget import MAX_LAYER_OUTPUT, MAX_PARAMS, check_budget
from guiapp.core.modelfile.safety import check_file

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:keras.*")

BUNDLED = Path(__file__).resolve().parents[2] / "resources" / "models" / "digits.h5"


def _with_config(tmp_path, edit, name="hostile.h5") -> Path:
    """A copy of the bundled digits model whose model_config was changed by ``edit(layers)``."""
    target = tmp_path / name
    shutil.copyfile(BUNDLED, target)
    with h5py.File(target, "r+") as h5:
        config = json.loads(h5.attrs["model_config"])
        edit(config["config"]["layers"])
        h5.attrs["model_config"] = json.dumps(config)
    return target


def _layer(class_name, name, **config):
    return {"module": "keras.layers", "class_name": class_name, "config": {"name": name, **config},
            "registered_name": None}


def _refused(path, *fragments):
    with pytest.raises(ModelFileError) as info:
        check_file(path, deep=False)
    message = str(info.value)
    assert path.name in message and "\n" not in message
    for fragment in fragments:
        assert fragment in message, message
    return message


def _after_flatten(layer):
    def edit(layers):
        index = next(i for i, l in enumerate(layers) if l["class_name"] == "Flatten")
        layers.insert(index + 1, layer)
    return edit


def test_bundled_models_pass_and_are_counted_exactly():
    import keras

    with h5py.File(BUNDLED, "r") as h5:
        config = json.loads(h5.attrs["model_config"])
    model = keras.models.load_model(BUNDLED, compile=False)
    assert check_budget(config, BUNDLED) == model.count_params()
    check_file(BUNDLED, deep=False)


def test_huge_dense_is_refused_naming_the_layer(tmp_path):
    path = _with_config(tmp_path, _after_flatten(_layer("Dense", "wide", units=1_000_000)))
    _refused(path, "'wide'", "Dense", "3,137,000,000 parameters", f"{MAX_PARAMS:,}")


def test_absurd_units_are_refused_without_overflow(tmp_path):
    path = _with_config(tmp_path, _after_flatten(_layer("Dense", "absurd", units=10**12)))
    _refused(path, "'absurd'", "parameters")


def test_conv_with_100000_filters_is_refused_by_its_output_size(tmp_path):
    def edit(layers):
        layers[1]["config"]["filters"] = 100_000
    path = _with_config(tmp_path, edit)
    _refused(path, "'block1a_conv'", "values per sample", f"{MAX_LAYER_OUTPUT:,}")


def test_config_larger_than_the_stored_weights_is_refused(tmp_path):
    path = _with_config(tmp_path, _after_flatten(_layer("Dense", "wider", units=20_000)))
    _refused(path, "declares", "stores only", "does not describe the stored weights")


def test_build_config_is_counted_too():
    config = {"class_name": "Sequential", "config": {"layers": [
        _layer("InputLayer", "in", batch_shape=[None, 10]),
        {**_layer("Dense", "d", units=10), "build_config": {"input_shape": [None, 10**9]}},
    ]}}
    with pytest.raises(ModelFileError, match="'d' \\(Dense\\) has 10,000,000,010 parameters"):
        check_budget(config, "x.keras")


def test_unknown_layer_with_absurd_size_argument_is_refused():
    config = {"class_name": "Sequential", "config": {"layers": [
        _layer("InputLayer", "in", batch_shape=[None, 5, 8]), _layer("LSTM", "rnn", units=10**9),
    ]}}
    with pytest.raises(ModelFileError, match="'rnn' \\(LSTM\\) declares units=1,000,000,000"):
        check_budget(config, "x.keras")


def test_functional_models_of_many_layer_types_are_counted_exactly(tmp_path):
    import keras
    from keras import layers

    inp = keras.Input((32, 32, 3))
    a = layers.Conv2D(8, 3, strides=2, padding="same")(inp)
    b = layers.SeparableConv2D(8, 3, padding="same", strides=2)(inp)
    x = layers.Concatenate()([a, b])
    x = layers.DepthwiseConv2D(3, depth_multiplier=2)(x)
    x = layers.BatchNormalization()(x)
    x = layers.Conv2DTranspose(4, 3, strides=2)(x)
    x = layers.AveragePooling2D(2)(x)
    x = layers.LayerNormalization()(x)
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.Reshape((4, -1))(x)
    x = layers.Conv1D(6, 2, groups=2, padding="same")(layers.Dense(10)(x))
    out = layers.Dense(5)(layers.Flatten()(x))
    model = keras.Model(inp, out)
    config = {"class_name": "Functional", "config": model.get_config()}
    assert check_budget(config, "m.keras") == model.count_params()
    path = tmp_path / "m.keras"
    model.save(path)
    check_file(path, deep=False)


def test_load_model_and_the_cli_refuse_before_keras_builds_anything(tmp_path, monkeypatch, capsys):
    import keras

    from guiapp.cli import main
    from guiapp.core.modelfile import load_model

    def no_build(*args, **kwargs):
        raise AssertionError("Keras was asked to build the hostile model")

    monkeypatch.setattr(keras.models, "load_model", no_build)
    path = _with_config(tmp_path, _after_flatten(_layer("Dense", "wide", units=1_000_000)))
    with pytest.raises(ModelFileError, match="'wide'"):
        load_model(path)
    image = tmp_path / "x.png"
    from PIL import Image

    Image.new("L", (28, 28)).save(image)
    assert main(["recognize", "--model", str(path), str(image)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "hostile.h5: the layer 'wide' (Dense)" in err


def test_stored_data_the_config_never_uses_is_refused(tmp_path):
    path = tmp_path / "padded.h5"
    shutil.copyfile(BUNDLED, path)
    with h5py.File(path, "r+") as h5:
        h5.create_dataset("model_weights/pad", data=np.zeros(5_000_000, np.float32), compression="gzip")
    _refused(path, "stores 5,", "uses only", "do not belong to this model")


def test_tf_keras_2_layouts_are_counted():
    """Legacy configs: batch_input_shape on the first layer, and inbound_nodes as nested lists."""
    sequential = {"class_name": "Sequential", "config": {"layers": [
        _layer("Flatten", "f", batch_input_shape=[None, 28, 28]), _layer("Dense", "d", units=10),
    ]}}
    assert check_budget(sequential, "old.h5") == 784 * 10 + 10
    functional = {"class_name": "Model", "config": {"layers": [
        {**_layer("InputLayer", "in", batch_input_shape=[None, 8, 8, 1]), "name": "in", "inbound_nodes": []},
        {**_layer("Conv2D", "c", filters=4, kernel_size=[3, 3]), "name": "c", "inbound_nodes": [[["in", 0, 0, {}]]]},
        {**_layer("Flatten", "f"), "name": "f", "inbound_nodes": [[["c", 0, 0, {}]]]},
        {**_layer("Dense", "wide", units=3_000_000), "name": "wide", "inbound_nodes": [[["f", 0, 0, {}]]]},
    ]}}
    with pytest.raises(ModelFileError, match=r"'wide' \(Dense\) has 435,000,000 parameters"):
        check_budget(functional, "old.h5")


def test_keras_archives_are_limited_in_all_not_only_per_member(tmp_path, monkeypatch):
    """#16: what a .keras unpacks to is counted in all (Keras unpacks it to load), not only per member."""
    import zipfile

    from guiapp.core.modelfile import safety

    assert safety.MAX_ZIP_TOTAL_BYTES == 512 << 20
    monkeypatch.setattr(safety, "MAX_ZIP_TOTAL_BYTES", 1 << 20)  # the rule, at a size a test can afford
    path = tmp_path / "many.keras"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("config.json", "{}")
        for i in range(2):
            archive.writestr(f"assets/{i}.bin", os.urandom(600_000))  # each member alone is within the limit
    _refused(path, "unpacks to more than 1 MiB")
