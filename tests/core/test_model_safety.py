"""model_safety: hostile and malformed model files are refused BEFORE Keras deserialises anything."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import h5py
import numpy as np
import pytest

from guiapp.core.modelfile import safety as model_safety
from guiapp.core.modelfile.safety import check_config, check_file
from guiapp.core.modelfile import ModelFileError, load_model, read_metadata

# Keras' own numpy-2 deprecation noise on save/predict is not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:keras.*")

LAMBDA_RAN: list[int] = []


def _tiny_model():
    import keras
    from keras import layers

    return keras.Sequential([
        keras.Input((28, 28, 1), name="image"),
        layers.Conv2D(2, 3, name="conv"),
        layers.Flatten(name="flatten"),
        layers.Dense(3, activation="softmax", name="classes"),
    ])


@pytest.fixture(scope="module")
def model_files(tmp_path_factory):
    """A plain third-party .h5 and .keras of the same tiny model, made once for the module."""
    folder = tmp_path_factory.mktemp("models")
    model = _tiny_model()
    h5, zipped = folder / "plain.h5", folder / "plain.keras"
    model.save(h5)
    model.save(zipped)
    return h5, zipped


def _refused(path: Path, *fragments: str, call=check_file) -> str:
    with pytest.raises(ModelFileError) as info:
        call(path)
    message = str(info.value)
    assert Path(path).name in message, message
    for fragment in fragments:
        assert fragment in message, message
    assert "Traceback" not in message
    return message


@pytest.fixture
def no_keras_load(monkeypatch):
    """Fail the test if anything hands the file to Keras' deserialiser."""
    import keras

    def forbidden(*args, **kwargs):
        raise AssertionError("keras.models.load_model must not be reached for a refused file")

    monkeypatch.setattr(keras.models, "load_model", forbidden)
    monkeypatch.setattr(keras.saving, "load_model", forbidden)


def _copy(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    return target


def _edit_h5_config(path: Path, edit) -> None:
    with h5py.File(path, "r+") as f:
        config = json.loads(f.attrs["model_config"])
        edit(config)
        f.attrs["model_config"] = json.dumps(config)


def _edit_keras_config(source: Path, target: Path, edit) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "config.json":
                config = json.loads(data)
                edit(config)
                data = json.dumps(config).encode()
            dst.writestr(info, data)
    return target


def _dense(config: dict) -> dict:
    return next(layer for layer in config["config"]["layers"] if layer["class_name"] == "Dense")


# -- the plain files pass ---------------------------------------------------------------------------------------
def test_plain_keras_files_pass(model_files):
    for path in model_files:
        assert check_file(path) is None
        assert check_file(path, deep=False) is None


def test_every_preset_passes_in_both_formats(tmp_path):
    from guiapp.core.training.presets import build_model, preset_names

    for preset in ("inkling", "tf-expert", "logreg"):
        assert preset in preset_names()
        model = build_model(preset, (28, 28, 1), 4)
        for suffix in (".h5", ".keras"):
            path = tmp_path / f"{preset}{suffix}"
            model.save(path)
            check_file(path)


# -- code in the model ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".h5", ".keras"])
def test_lambda_layer_is_refused_and_never_runs(tmp_path, suffix, no_keras_load):
    import keras

    model = keras.Sequential([
        keras.Input((4,)),
        keras.layers.Lambda(lambda x: (LAMBDA_RAN.append(1), x * 2)[1], name="sneaky"),
    ])
    path = tmp_path / f"lambda{suffix}"
    model.save(path)
    LAMBDA_RAN.clear()  # building the model above ran it; from here on nothing may
    _refused(path, "Lambda layer with Python code", "Inkling will not run code from model files", "sneaky")
    _refused(path, "Lambda", call=load_model)
    _refused(path, "Lambda", call=read_metadata)
    assert LAMBDA_RAN == []


def test_unknown_layer_class_is_refused(tmp_path, model_files, no_keras_load):
    path = _copy(model_files[0], tmp_path / "custom.h5")
    _edit_h5_config(path, lambda c: _dense(c).update(class_name="MyFancyDense"))
    _refused(path, "MyFancyDense", "not a built-in Keras class", "classes")
    _refused(path, "not a built-in Keras class", call=load_model)


def test_registered_custom_class_is_refused(tmp_path, model_files, no_keras_load):
    def edit(config):
        _dense(config).update(class_name="MyLayer", registered_name="my_package>MyLayer")

    path = _edit_keras_config(model_files[1], tmp_path / "registered.keras", edit)
    _refused(path, "my_package>MyLayer", "custom object")
    _refused(path, "custom object", call=lambda p: check_file(p, deep=False))  # found without Keras' help


def test_class_from_foreign_module_is_refused(tmp_path, model_files, no_keras_load):
    def edit(config):
        _dense(config).update(module="my_package.layers")

    path = _edit_keras_config(model_files[1], tmp_path / "foreign.keras", edit)
    _refused(path, "my_package.layers", "not part of Keras")


def test_custom_initializer_and_activation_function_are_refused(tmp_path, model_files, no_keras_load):
    def initializer(config):
        _dense(config)["config"]["kernel_initializer"] = {
            "module": "evil.inits", "class_name": "Boom", "config": {}, "registered_name": None}

    path = _edit_keras_config(model_files[1], tmp_path / "init.keras", initializer)
    _refused(path, "evil.inits", "not part of Keras")

    def activation(config):
        _dense(config)["config"]["activation"] = {
            "module": "__main__", "class_name": "function", "config": "evil", "registered_name": "evil"}

    path = _edit_keras_config(model_files[1], tmp_path / "act.keras", activation)
    _refused(path, "function", "evil", "__main__")

    def string_activation(config):
        _dense(config)["config"]["activation"] = "my_package>swishy"

    path = _copy(model_files[0], tmp_path / "act.h5")
    _edit_h5_config(path, string_activation)
    _refused(path, "my_package>swishy", "custom activation")


def test_tfsm_layer_is_refused(tmp_path, model_files, no_keras_load):
    def edit(config):
        dense = _dense(config)
        dense["class_name"] = "TFSMLayer"
        dense["config"] = {"name": "saved", "filepath": "/somewhere/else", "call_endpoint": "serve"}

    path = _copy(model_files[0], tmp_path / "tfsm.h5")
    _edit_h5_config(path, edit)
    _refused(path, "TFSMLayer", "SavedModel", "'saved'")


def test_nested_lambda_inside_a_nested_model_is_found(tmp_path):
    inner = {"class_name": "Sequential", "config": {"name": "inner", "layers": [
        {"class_name": "Dense", "config": {"name": "ok", "units": 2}},
        {"class_name": "Bidirectional", "config": {"name": "wrap", "layer": {
            "class_name": "Lambda", "config": {"name": "deep", "function": "x"}}}},
    ]}}
    config = {"class_name": "Sequential", "config": {"name": "outer", "layers": [inner]}}
    with pytest.raises(ModelFileError, match="Lambda.*'deep'") as info:
        check_config(config, tmp_path / "m.h5")
    assert "m.h5" in str(info.value)


def test_serialised_python_lambda_anywhere_is_refused(tmp_path):
    config = {"class_name": "Sequential", "config": {"name": "m", "layers": [
        {"class_name": "Dense", "config": {"name": "d", "units": 2, "kernel_initializer": {
            "class_name": "__lambda__", "config": {"value": ["AAAA", None, None]}}}}]}}
    with pytest.raises(ModelFileError, match="serialised Python lambda"):
        check_config(config, tmp_path / "m.keras")


def test_builtin_functions_and_data_objects_pass(tmp_path):
    config = {"module": "keras", "class_name": "Sequential", "config": {"name": "m", "layers": [
        {"module": "keras.layers", "class_name": "Dense", "registered_name": None, "config": {
            "name": "d", "units": 2,
            "activation": {"module": "keras.activations", "class_name": "function", "config": "relu",
                           "registered_name": "relu"},
            "bias_initializer": {"class_name": "__numpy__", "config": {"value": [0, 0], "dtype": "float32"}}}},
    ]}, "compile_config": {"loss": {"module": "__main__", "class_name": "function", "config": "my_loss",
                                    "registered_name": "my_loss"}}}
    check_config(config, tmp_path / "m.keras")  # the top-level compile config is never deserialised


def test_non_modelling_keras_functions_are_refused(tmp_path):
    config = {"class_name": "Sequential", "config": {"name": "m", "layers": [
        {"class_name": "Dense", "config": {"name": "d", "units": 2, "activation": {
            "module": "keras.models", "class_name": "function", "config": "load_model",
            "registered_name": None}}}]}}
    with pytest.raises(ModelFileError, match="'load_model' that is not a Keras built-in"):
        check_config(config, tmp_path / "m.keras")


def test_layer_reading_a_local_file_is_refused(tmp_path):
    config = {"class_name": "Functional", "config": {"name": "m", "layers": [
        {"module": "keras.layers", "class_name": "StringLookup",
         "config": {"name": "lookup", "vocabulary": "/home/someone/.ssh/id_rsa"}}]}}
    with pytest.raises(ModelFileError, match="StringLookup layer 'lookup'.*reads the file '/home/someone"):
        check_config(config, tmp_path / "m.keras", resolve=False)


def test_top_level_compile_config_is_ignored_but_nested_is_not(tmp_path):
    custom = {"module": "__main__", "class_name": "function", "config": "my_loss", "registered_name": "my_loss"}
    nested = {"class_name": "Sequential", "config": {"name": "inner", "layers": []},
              "compile_config": {"loss": custom}}
    config = {"class_name": "Sequential", "config": {"name": "m", "layers": [nested]}}
    with pytest.raises(ModelFileError, match="my_loss"):
        check_config(config, tmp_path / "m.keras")


# -- HDF5 that reaches outside the file or declares absurd data -------------------------------------------------
def test_external_link_is_refused(tmp_path, model_files, no_keras_load):
    other = tmp_path / "other.h5"
    with h5py.File(other, "w") as f:
        f["y"] = np.arange(3)
    path = _copy(model_files[0], tmp_path / "linked.h5")
    with h5py.File(path, "r+") as f:
        f["model_weights/x"] = h5py.ExternalLink(str(other), "/y")
    _refused(path, "external link", "other.h5")
    _refused(path, "external link", call=load_model)


def test_dangling_soft_link_is_refused_and_inner_one_passes(tmp_path, model_files):
    path = _copy(model_files[0], tmp_path / "soft.h5")
    with h5py.File(path, "r+") as f:
        f["alias"] = h5py.SoftLink("/model_weights")
    check_file(path)
    with h5py.File(path, "r+") as f:
        f["nowhere"] = h5py.SoftLink("/does/not/exist")
    _refused(path, "soft link", "/does/not/exist")


def test_external_storage_is_refused(tmp_path, model_files):
    raw = tmp_path / "data.bin"
    raw.write_bytes(bytes(400))
    path = _copy(model_files[0], tmp_path / "external.h5")
    with h5py.File(path, "r+") as f:
        f.create_dataset("model_weights/leak", shape=(100,), dtype="f4", external=[(str(raw), 0, 400)])
    _refused(path, "stored in other files", "data.bin")


def test_virtual_dataset_is_refused(tmp_path, model_files):
    source = tmp_path / "source.h5"
    with h5py.File(source, "w") as f:
        f["d"] = np.arange(10, dtype="f4")
    path = _copy(model_files[0], tmp_path / "virtual.h5")
    layout = h5py.VirtualLayout(shape=(10,), dtype="f4")
    layout[:] = h5py.VirtualSource(str(source), "d", shape=(10,))
    with h5py.File(path, "r+") as f:
        f.create_virtual_dataset("model_weights/virtual", layout)
    _refused(path, "virtual HDF5 dataset")


def test_absurd_declared_shapes_are_refused(tmp_path, model_files, no_keras_load):
    path = _copy(model_files[0], tmp_path / "huge.h5")
    with h5py.File(path, "r+") as f:  # HDF5 allocates lazily: this file stays tiny
        f.create_dataset("model_weights/huge", shape=(2**40,), dtype="f4", chunks=(1024,))
    assert path.stat().st_size < 1 << 20
    _refused(path, "huge", "elements")

    path = _copy(model_files[0], tmp_path / "big.h5")
    with h5py.File(path, "r+") as f:  # within the element limit, but 400 MB declared in a tiny file
        f.create_dataset("model_weights/big", shape=(10**8,), dtype="f4", chunks=(4096,))
    _refused(path, "declare", "bytes")


def test_weights_only_or_foreign_hdf5_is_not_a_model(tmp_path):
    path = tmp_path / "data.h5"
    with h5py.File(path, "w") as f:
        f["x"] = np.arange(5)
    _refused(path, "data.h5: an HDF5 file without a model in it", "not a model. Expected a Keras model file")
    with h5py.File(path, "r+") as f:
        f.attrs["model_config"] = "{not json"
    _refused(path, "not valid JSON")


# -- damaged and non-model files --------------------------------------------------------------------------------
@pytest.mark.parametrize("index", [0, 1])
def test_truncated_file_is_refused(tmp_path, model_files, index):
    source = model_files[index]
    data = source.read_bytes()
    path = tmp_path / f"truncated{source.suffix}"
    path.write_bytes(data[: len(data) // 2])
    _refused(path, call=load_model)
    message = _refused(path)
    # One clear sentence: the HDF5 library's own words ("Unable to synchronously open file") go to the log only.
    assert "Unable to" not in message and "synchronously" not in message, message
    if source.suffix == ".h5":
        assert message == f"{path.name}: not a readable HDF5 file (damaged, truncated or not a model)"


@pytest.mark.parametrize("suffix", [".h5", ".keras"])
def test_random_bytes_and_empty_files_are_refused(tmp_path, suffix):
    path = tmp_path / f"noise{suffix}"
    path.write_bytes(np.random.default_rng(0).bytes(5000))
    _refused(path, "not", call=load_model)
    empty = tmp_path / f"empty{suffix}"
    empty.write_bytes(b"")
    _refused(empty, "empty", call=load_model)
    _refused(empty, "empty", call=read_metadata)


def test_missing_file_and_wrong_suffix(tmp_path):
    _refused(tmp_path / "absent.h5", "no such file", call=load_model)
    other = tmp_path / "model.pkl"
    other.write_bytes(b"x")
    _refused(other, "unsupported model file type", call=load_model)
    folder = tmp_path / "dir.h5"
    folder.mkdir()
    _refused(folder, "not a regular file")


# -- .keras archives --------------------------------------------------------------------------------------------
def test_path_traversal_member_is_refused(tmp_path, model_files, no_keras_load):
    path = tmp_path / "traversal.keras"
    with zipfile.ZipFile(model_files[1]) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("../../evil.txt", "gotcha")
    _refused(path, "../../evil.txt", "path traversal")
    _refused(path, "path traversal", call=load_model)
    assert not (tmp_path.parent / "evil.txt").exists()


def test_absolute_member_name_is_refused(tmp_path, model_files):
    path = tmp_path / "absolute.keras"
    with zipfile.ZipFile(model_files[1]) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("/etc/evil", "x")
    _refused(path, "unsafe name")


def test_zip_bomb_member_is_refused(tmp_path, model_files):
    path = tmp_path / "bomb.keras"
    with zipfile.ZipFile(model_files[1]) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(zipfile.ZipInfo("assets/zeros.bin"), bytes(4 << 20), compress_type=zipfile.ZIP_LZMA)
    assert path.stat().st_size < 1 << 20
    _refused(path, "assets/zeros.bin", "compression ratio", "zip bomb")


def test_archive_without_config_is_refused(tmp_path, model_files):
    path = tmp_path / "noconfig.keras"
    with zipfile.ZipFile(model_files[1]) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            if info.filename != "config.json":
                dst.writestr(info, src.read(info))
    _refused(path, "config.json", "not a Keras model file")


def test_weights_inside_the_archive_get_the_hdf5_checks(tmp_path, model_files):
    weights = tmp_path / "weights.h5"
    with zipfile.ZipFile(model_files[1]) as src:
        weights.write_bytes(src.read("model.weights.h5"))
    with h5py.File(weights, "r+") as f:
        f["layers/outside"] = h5py.ExternalLink("/etc/passwd", "/x")
    path = tmp_path / "linked.keras"
    with zipfile.ZipFile(model_files[1]) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = weights.read_bytes() if info.filename == "model.weights.h5" else src.read(info)
            dst.writestr(info, data)
    _refused(path, "external link", "/etc/passwd")


def test_limits_are_sane():
    assert model_safety.MAX_DATASET_ELEMENTS == 2**31
    assert model_safety.MAX_DECLARED_BYTES <= 4 << 30
