"""modelfile: save/load round trips with guiapp's metadata, atomic saves, third-party files, shape refusals."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import h5py
import numpy as np
import pytest

from guiapp import __version__
from guiapp.core.modelfile import (
    LoadedModel, ModelFileError, load_model, read_metadata, save_model, sidecar_candidates,
)
from guiapp.core.preprocess import PreprocessSpec

LABELS = ["a", "b", "あ"]
SPEC = PreprocessSpec(height=28, width=28, channels=1, ink="light", fit="box", fit_size=18, value_range="0..1")
METADATA = {
    "preset": "tiny",
    "training": {"epochs": 2, "batch_size": 32, "learning_rate": 0.001},
    "history": [{"epoch": 1, "loss": 1.25, "accuracy": np.float32(0.5)}, {"epoch": 2, "loss": 0.75, "accuracy": 0.8}],
    "dataset": {"name": "drawn", "fingerprint": "abc123"},
}

# Keras' own numpy-2 deprecation noise on save/predict is not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:keras.*")


def _tiny(input_shape=(28, 28, 1), classes=3, rescale=False):
    import keras
    from keras import layers

    body = [layers.Rescaling(1 / 255, name="scale")] if rescale else []
    return keras.Sequential([
        keras.Input(input_shape, name="image"), *body,
        layers.Conv2D(2, 3, name="conv"), layers.Flatten(name="flatten"),
        layers.Dense(classes, activation="softmax", name="classes"),
    ])


def _flat(size: int, classes: int = 3):
    import keras

    return keras.Sequential([keras.Input((size,)), keras.layers.Dense(classes, activation="softmax")])


def _batch(shape, n=4):
    return np.random.default_rng(1).random((n, *shape), dtype=np.float32)


def _refused(call, path: Path, *fragments: str) -> str:
    with pytest.raises(ModelFileError) as info:
        call()
    message = str(info.value)
    assert Path(path).name in message, message
    for fragment in fragments:
        assert fragment in message, message
    return message


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture(scope="module")
def tiny():
    return _tiny()


# -- round trips ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".h5", ".keras"])
def test_round_trip(tmp_path, tiny, suffix):
    path = tmp_path / f"model{suffix}"
    assert save_model(tiny, path, LABELS, SPEC, METADATA) == path
    assert _leftovers(tmp_path) == []

    loaded = load_model(path)
    assert isinstance(loaded, LoadedModel)
    x = _batch((28, 28, 1))
    assert np.allclose(loaded.model.predict(x, verbose=0), tiny.predict(x, verbose=0), atol=1e-6)
    assert loaded.labels == LABELS
    assert loaded.spec == SPEC
    assert (loaded.labels_source, loaded.spec_source) == ("metadata", "metadata")
    assert loaded.path == path
    assert loaded.metadata["preset"] == "tiny"
    assert loaded.metadata["history"] == [{"epoch": 1, "loss": 1.25, "accuracy": 0.5},
                                          {"epoch": 2, "loss": 0.75, "accuracy": 0.8}]
    assert loaded.metadata["dataset"] == {"name": "drawn", "fingerprint": "abc123"}
    assert loaded.metadata["app_version"] == __version__
    assert loaded.metadata["saved_at"].endswith("+00:00")
    assert "load_notes" not in loaded.metadata
    assert "app_version" not in METADATA  # the caller's dict is not modified

    info = read_metadata(path)
    assert info["format"] == suffix[1:]
    assert info["guiapp_format"] == 1
    assert info["labels"] == LABELS
    assert info["spec"] == SPEC.to_dict()
    assert info["metadata"]["history"][1]["loss"] == 0.75
    assert info["input_shape"] == [28, 28, 1]
    assert info["classes"] == 3
    assert info["params"] == tiny.count_params()
    assert info["model_class"] == "Sequential"


def test_where_the_metadata_lives(tmp_path, tiny):
    h5_path, keras_path = tmp_path / "m.h5", tmp_path / "m.keras"
    save_model(tiny, h5_path, LABELS, SPEC, METADATA)
    save_model(tiny, keras_path, LABELS, SPEC.to_dict(), METADATA)  # a spec dict works too
    with h5py.File(h5_path, "r") as f:
        assert int(f.attrs["guiapp_format"]) == 1
        assert json.loads(f.attrs["guiapp_labels"]) == LABELS
        assert json.loads(f.attrs["guiapp_spec"]) == SPEC.to_dict()
        assert json.loads(f.attrs["guiapp_metadata"])["preset"] == "tiny"
        assert "model_config" in f.attrs
    with zipfile.ZipFile(keras_path) as archive:
        assert sorted(archive.namelist()) == ["config.json", "metadata.json", "model.weights.h5"]
        meta = json.loads(archive.read("metadata.json"))
    assert meta["keras_version"]  # Keras' own fields are kept
    assert meta["guiapp"]["format"] == 1 and meta["guiapp"]["labels"] == LABELS
    assert meta["guiapp"]["spec"] == SPEC.to_dict()


def test_read_metadata_says_what_else_the_file_holds(tmp_path, tiny):
    """The Info view's "Also inside": a kana model's converted form and sound-mark reader, nothing for a .keras."""
    repo = Path(__file__).resolve().parents[2]
    assert read_metadata(repo / "resources" / "models" / "katakana.h5")["inside"] == ["converted", "mark_reader"]
    assert read_metadata(repo / "resources" / "models" / "digits.h5")["inside"] == ["converted"]
    save_model(tiny, tmp_path / "m.keras", LABELS, SPEC, METADATA)
    assert read_metadata(tmp_path / "m.keras")["inside"] == []


def test_plain_keras_still_loads_our_files(tmp_path, tiny):
    import keras

    for suffix in (".h5", ".keras"):
        path = tmp_path / f"m{suffix}"
        save_model(tiny, path, LABELS, SPEC, METADATA)
        model = keras.models.load_model(path, compile=False)
        x = _batch((28, 28, 1))
        assert np.allclose(model.predict(x, verbose=0), tiny.predict(x, verbose=0), atol=1e-6)


def test_read_metadata_does_not_import_keras(tmp_path, tiny):
    path = tmp_path / "m.h5"
    save_model(tiny, path, LABELS, SPEC, METADATA)
    save_model(tiny, tmp_path / "m.keras", LABELS, SPEC, METADATA)
    code = (
        "import sys\n"
        "from guiapp.core.modelfile import read_metadata\n"
        "assert 'keras' not in sys.modules and 'tensorflow' not in sys.modules\n"
        f"for p in ({str(path)!r}, {str(tmp_path / 'm.keras')!r}):\n"
        "    info = read_metadata(p)\n"
        "    assert info['labels'] == ['a', 'b', 'あ'], info\n"
        "assert 'keras' not in sys.modules and 'tensorflow' not in sys.modules, 'Keras was imported'\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


# -- atomic saves -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".h5", ".keras"])
def test_refused_save_leaves_the_old_file(tmp_path, tiny, suffix):
    path = tmp_path / f"model{suffix}"
    save_model(tiny, path, LABELS, SPEC, METADATA)
    before = path.read_bytes()
    _refused(lambda: save_model(tiny, path, ["a", "b"], SPEC), path, "3 outputs", "2 labels")
    _refused(lambda: save_model(tiny, path, LABELS, SPEC, {"x": object()}), path, "not JSON-serialisable")
    _refused(lambda: save_model(tiny, path, LABELS, PreprocessSpec(height=32, width=32, fit_size=20)), path,
             "does not match")
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", [".h5", ".keras"])
def test_failing_keras_save_leaves_the_old_file_and_no_temp_files(tmp_path, tiny, suffix):
    import keras

    class Unsaveable(keras.layers.Layer):
        def call(self, x):
            return x

        def get_config(self):
            raise RuntimeError("this layer refuses to be saved")

    broken = keras.Sequential([keras.Input((28, 28, 1)), Unsaveable(), keras.layers.Flatten(),
                               keras.layers.Dense(3, activation="softmax")])
    path = tmp_path / f"model{suffix}"
    save_model(tiny, path, LABELS, SPEC, METADATA)
    before = path.read_bytes()
    message = _refused(lambda: save_model(broken, path, LABELS, SPEC, METADATA), path, "could not save")
    assert "refuses to be saved" in message
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []
    assert load_model(path).labels == LABELS


def test_save_refuses_other_suffixes_and_bad_labels(tmp_path, tiny):
    _refused(lambda: save_model(tiny, tmp_path / "m.pb", LABELS, SPEC), tmp_path / "m.pb", "use .h5 or .keras")
    _refused(lambda: save_model(tiny, tmp_path / "m.h5", ["a", "", "c"], SPEC), tmp_path / "m.h5", "non-empty")
    _refused(lambda: save_model(tiny, tmp_path / "m.h5", "abc", SPEC), tmp_path / "m.h5", "list of strings")
    _refused(lambda: save_model(tiny, tmp_path / "none" / "m.h5", LABELS, SPEC), tmp_path / "m.h5", "does not exist")
    assert list(tmp_path.iterdir()) == []


# -- third-party files ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def plain_h5(tmp_path_factory, tiny):
    path = tmp_path_factory.mktemp("plain") / "theirs.h5"
    tiny.save(path)
    return path


def _in_folder(tmp_path: Path, source: Path, name: str = "theirs.h5") -> Path:
    target = tmp_path / name
    target.write_bytes(source.read_bytes())
    return target


def test_third_party_with_labels_txt(tmp_path, plain_h5, tiny):
    path = _in_folder(tmp_path, plain_h5)
    (tmp_path / "labels.txt").write_text("cat\ndog\n猫\n\n", encoding="utf-8")
    loaded = load_model(path)
    assert loaded.labels == ["cat", "dog", "猫"]
    assert loaded.labels_source == "sidecar"
    assert loaded.spec_source == "inferred"
    assert loaded.spec == PreprocessSpec(28, 28, 1, ink="light", fit="mnist", fit_size=20, value_range="0..1")
    assert any("labels.txt" in note for note in loaded.metadata["load_notes"])
    assert any("inferred" in note for note in loaded.metadata["load_notes"])
    x = _batch((28, 28, 1))
    assert np.allclose(loaded.model.predict(x, verbose=0), tiny.predict(x, verbose=0), atol=1e-6)
    assert read_metadata(path)["guiapp_format"] is None


@pytest.mark.parametrize("content, expected", [
    (["x", "y", "z"], ["x", "y", "z"]),
    ({"0": "x", "2": "z", "1": "y"}, ["x", "y", "z"]),
    ({"x": 0, "z": 2, "y": 1}, ["x", "y", "z"]),  # Keras' class_indices
    ([0, 1, 2], ["0", "1", "2"]),
])
def test_third_party_with_labels_json(tmp_path, plain_h5, content, expected):
    path = _in_folder(tmp_path, plain_h5)
    (tmp_path / "labels.json").write_text(json.dumps(content), encoding="utf-8")
    loaded = load_model(path)
    assert (loaded.labels, loaded.labels_source) == (expected, "sidecar")


def test_model_specific_sidecar_wins(tmp_path, plain_h5):
    path = _in_folder(tmp_path, plain_h5)
    (tmp_path / "labels.txt").write_text("no\nno\nno\n", encoding="utf-8")
    (tmp_path / "theirs_labels.txt").write_text("p\nq\nr\n", encoding="utf-8")
    assert load_model(path).labels == ["p", "q", "r"]
    (tmp_path / "theirs.labels.json").write_text('["u", "v", "w"]', encoding="utf-8")
    assert load_model(path).labels == ["u", "v", "w"]
    assert [p.name for p in sidecar_candidates(path)][:2] == ["theirs.labels.txt", "theirs.labels.json"]


def test_third_party_without_labels_gets_numbered_classes(tmp_path, plain_h5):
    path = _in_folder(tmp_path, plain_h5)
    loaded = load_model(path)
    assert loaded.labels == ["0", "1", "2"]
    assert loaded.labels_source == "numbered"


def test_bad_sidecars_are_refused(tmp_path, plain_h5):
    path = _in_folder(tmp_path, plain_h5)
    sidecar = tmp_path / "labels.txt"
    sidecar.write_text("one\ntwo\n", encoding="utf-8")
    _refused(lambda: load_model(path), path, "labels.txt", "2 labels", "3 outputs")
    sidecar.write_text("one\n\nthree\n", encoding="utf-8")
    _refused(lambda: load_model(path), sidecar, "line 2", "empty")
    sidecar.unlink()
    (tmp_path / "labels.json").write_text('{"0": "a", "2": "c"}', encoding="utf-8")
    _refused(lambda: load_model(path), tmp_path / "labels.json", "indices")


def test_color_input_with_rescaling_is_inferred(tmp_path):
    model = _tiny((32, 32, 3), classes=4, rescale=True)
    path = tmp_path / "colour.keras"
    model.save(path)
    loaded = load_model(path)
    assert loaded.spec == PreprocessSpec(32, 32, 3, ink="light", fit="resize", fit_size=22, value_range="0..255")
    assert loaded.spec_source == "inferred"
    assert loaded.labels == ["0", "1", "2", "3"]


def test_color_input_without_rescaling(tmp_path):
    path = tmp_path / "colour.h5"
    _tiny((32, 32, 3), classes=2).save(path)
    spec = load_model(path).spec
    assert (spec.input_shape, spec.fit, spec.value_range) == ((32, 32, 3), "resize", "0..1")


def test_flat_square_input_is_wrapped(tmp_path):
    model = _flat(784)
    path = tmp_path / "flat.h5"
    model.save(path)
    loaded = load_model(path)
    assert loaded.spec.input_shape == (28, 28, 1) and loaded.spec.fit == "mnist"
    assert tuple(loaded.model.input_shape[1:]) == (28, 28, 1)
    assert loaded.metadata["input_adapter"] == {"model_input": [784], "fed_as": [28, 28, 1]}
    images = _batch((28, 28, 1))
    assert np.allclose(loaded.model.predict(images, verbose=0),
                       model.predict(images.reshape(len(images), 784), verbose=0), atol=1e-6)
    # the wrapped model can be saved by guiapp and comes back as an ordinary image model
    again = tmp_path / "again.keras"
    save_model(loaded.model, again, loaded.labels, loaded.spec, loaded.metadata)
    assert load_model(again).model.input_shape[1:] == (28, 28, 1)


def test_two_dimensional_grey_input_is_wrapped(tmp_path):
    import keras

    model = keras.Sequential([keras.Input((20, 24)), keras.layers.Flatten(), keras.layers.Dense(2)])
    path = tmp_path / "grey.keras"
    model.save(path)
    loaded = load_model(path)
    assert loaded.spec.input_shape == (20, 24, 1) and loaded.spec.fit == "resize"
    images = _batch((20, 24, 1))
    assert np.allclose(loaded.model.predict(images, verbose=0), model.predict(images[..., 0], verbose=0), atol=1e-6)


# -- models guiapp cannot use -----------------------------------------------------------------------------------
def test_output_size_must_match_stored_labels(tmp_path, tiny):
    path = tmp_path / "m.h5"
    save_model(tiny, path, LABELS, SPEC)
    with h5py.File(path, "r+") as f:
        f.attrs["guiapp_labels"] = json.dumps(["only", "two"])
    _refused(lambda: load_model(path), path, "2 classes", "3 outputs")


def test_stored_spec_must_match_the_model(tmp_path, tiny):
    path = tmp_path / "m.h5"
    save_model(tiny, path, LABELS, SPEC)
    with h5py.File(path, "r+") as f:
        f.attrs["guiapp_spec"] = json.dumps(PreprocessSpec(height=32, width=32).to_dict())
        f.attrs["guiapp_labels"] = json.dumps(LABELS)
    _refused(lambda: load_model(path), path, "(32, 32, 1)", "(28, 28, 1)")
    with h5py.File(path, "r+") as f:
        f.attrs["guiapp_spec"] = json.dumps({"height": -3})
    _refused(lambda: load_model(path), path, "preprocessing spec", "invalid")
    _refused(lambda: read_metadata(path), path, "invalid")


@pytest.mark.parametrize("build, fragments", [
    (lambda k: _flat(10), ["flat vector of 10 values", "not a square image"]),
    (lambda k: k.Sequential([k.Input((8, 8, 2)), k.layers.Flatten(), k.layers.Dense(3)]), ["2 channels"]),
    (lambda k: k.Sequential([k.Input((4097, 4, 1)), k.layers.Flatten(), k.layers.Dense(2)]), ["4096"]),
    (lambda k: k.Sequential([k.Input((8, 8, 1)), k.layers.Conv2D(3, 3)]), ["not a vector"]),
    (lambda k: k.Sequential([k.Input((8, 8, 1)), k.layers.Flatten(), k.layers.Dense(1)]), ["at least 2"]),
    (lambda k: k.Sequential([k.Input((2, 3, 4, 1)), k.layers.Flatten(), k.layers.Dense(2)]), ["not an image"]),
])
def test_wrong_shaped_models_are_refused(tmp_path, build, fragments):
    import keras

    path = tmp_path / "wrong.h5"
    build(keras).save(path)
    _refused(lambda: load_model(path), path, *fragments)


def test_multiple_outputs_and_inputs_are_refused(tmp_path):
    import keras

    image = keras.Input((8, 8, 1))
    flat = keras.layers.Flatten()(image)
    two_out = keras.Model(image, [keras.layers.Dense(2)(flat), keras.layers.Dense(3)(flat)])
    path = tmp_path / "two_outputs.keras"
    two_out.save(path)
    _refused(lambda: load_model(path), path, "2 outputs")

    other = keras.Input((8, 8, 1))
    merged = keras.layers.Concatenate()([flat, keras.layers.Flatten()(other)])
    two_in = keras.Model([image, other], keras.layers.Dense(2)(merged))
    path = tmp_path / "two_inputs.h5"
    two_in.save(path)
    _refused(lambda: load_model(path), path, "2 inputs")


def test_h5_leaves_out_the_optimizer_state(tmp_path):
    """A trained, compiled model's .h5 holds weights only: Adam's slots would triple the file for nothing, since
    models load uncompiled and fine-tuning compiles afresh."""
    model = _tiny()
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    model.fit(_batch((28, 28, 1), 8), np.arange(8) % 3, epochs=1, verbose=0)
    path = save_model(model, tmp_path / "trained.h5", LABELS, SPEC, METADATA)
    with h5py.File(path, "r") as f:
        assert "optimizer_weights" not in f
    loaded = load_model(path)
    np.testing.assert_allclose(loaded.model.predict(_batch((28, 28, 1)), verbose=0),
                               model.predict(_batch((28, 28, 1)), verbose=0), rtol=1e-6)
