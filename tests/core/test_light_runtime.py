"""The light inference runtime (guiapp.core.inference): conversion at save with parity for every preset, the
recognize path without TensorFlow, the cache for foreign models."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

from guiapp.core.inference import convert as conversion  # noqa: E402
from guiapp.core.inference import store  # noqa: E402
from guiapp.core.modelfile import ModelFileError, save_model  # noqa: E402
from guiapp.core.preprocess import PreprocessSpec  # noqa: E402
from guiapp.core.training.presets import preset_names  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SPEC = PreprocessSpec(height=28, width=28, channels=1, ink="light", fit="mnist", fit_size=20, value_range="0..1")
LABELS = ["a", "b", "c", "d"]


def tiny_trained(preset: str):
    """A preset's network fitted for one epoch on 40 random samples (so BatchNorm statistics and weights have
    moved away from their initial values, as in a real model)."""
    import keras

    from guiapp.core.training.presets import build_model

    keras.utils.set_random_seed(1)
    model = build_model(preset, SPEC.input_shape, len(LABELS))
    model.compile("adam", "sparse_categorical_crossentropy")
    x = conversion.parity_inputs(SPEC, 40, seed=3)
    model.fit(x, np.arange(40) % len(LABELS), epochs=1, batch_size=8, verbose=0)
    return model


@pytest.mark.parametrize("preset", preset_names())
def test_every_preset_converts_at_save_with_parity(tmp_path, preset):
    from guiapp.core.recognition import Recognizer

    model = tiny_trained(preset)
    path = save_model(model, tmp_path / f"{preset}.h5", LABELS, SPEC, {"preset": preset})
    form = store.find_light_form(path)
    assert form is not None and form.where == "embedded"
    assert form.labels == LABELS and form.spec == SPEC
    assert form.info["parity"]["max_abs_diff"] <= conversion.PARITY_TOLERANCE
    recognizer = Recognizer(path)
    assert recognizer.runtime == "litert" and recognizer.model is None
    inputs = conversion.parity_inputs(SPEC, conversion.PARITY_SAMPLES, seed=11)  # not the inputs save used
    keras_p = np.asarray(model.predict(inputs, verbose=0, batch_size=250), np.float64)
    single = np.stack([recognizer.infer_one(x) for x in inputs])
    batch = recognizer.infer(inputs, batch_size=128)
    for light_p in (single, batch):
        assert np.abs(light_p - keras_p).max() <= conversion.PARITY_TOLERANCE
        assert (light_p.argmax(1) == keras_p.argmax(1)).all()


def test_recognise_path_never_imports_tensorflow(tiny_digits_model, tmp_path):
    """In a fresh interpreter: open the model, recognize a drawing and an image, evaluate a batch; TensorFlow and
    Keras stay out of sys.modules."""
    script = textwrap.dedent(f"""
        import sys
        import numpy as np
        from PIL import Image
        from guiapp.core.recognition import Recognizer
        from guiapp.core.strokes import Drawing, Stroke
        r = Recognizer({str(tiny_digits_model)!r})
        assert r.runtime == "litert", r.runtime
        drawing = Drawing([Stroke(np.array([[10.0, 10.0], [50.0, 90.0], [90.0, 20.0]]))], 100.0, 100.0)
        top = r.predict(drawing, top=3)
        assert len(top) == 3 and abs(sum(r.recognize(drawing).probabilities) - 1) < 1e-4
        r.predict(Image.new("L", (64, 64), 255))
        assert r.probabilities(np.zeros((300, 28, 28), np.uint8)).shape == (300, 10)
        leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("tensorflow", "keras", "tf_keras"))
        print("LEAKED", leaked)
        sys.exit(1 if leaked else 0)
    """)
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_light_and_tensorflow_paths_agree_on_a_real_model(tiny_digits_model, digits):
    from guiapp.core.recognition import Recognizer

    light = Recognizer(tiny_digits_model)
    heavy = Recognizer(tiny_digits_model, runtime="tensorflow")
    assert (light.runtime, heavy.runtime) == ("litert", "tensorflow")
    images = digits.images[:200]
    a, b = light.probabilities(images), heavy.probabilities(images)
    assert np.abs(a - b).max() <= conversion.PARITY_TOLERANCE and (a.argmax(1) == b.argmax(1)).all()
    assert light.labels == heavy.labels and light.spec == heavy.spec


def test_save_without_light_form_and_stale_form_fall_back(tmp_path):
    import h5py

    from guiapp.core.recognition import Recognizer

    model = tiny_trained("logreg")
    plain = save_model(model, tmp_path / "plain.h5", LABELS, SPEC, light=False)
    assert store.find_light_form(plain) is None
    assert Recognizer(plain, warm_up=False).runtime == "tensorflow"
    with pytest.raises(Exception, match="no converted form"):
        Recognizer(plain, runtime="litert")

    converted = save_model(model, tmp_path / "converted.h5", LABELS, SPEC)
    with h5py.File(converted, "r+") as h5:  # another tool changes the weights in place: the form is stale
        names = []
        h5["model_weights"].visititems(lambda n, o: names.append(n) if isinstance(o, h5py.Dataset) else None)
        h5["model_weights"][names[0]][...] = 0
    assert store.find_light_form(converted) is None


def foreign_model(path: Path) -> Path:
    """A plain Keras .h5 as other tools write it: no guiapp metadata, labels in a sidecar."""
    model = tiny_trained("keras-tutorial")
    model.save(path)
    path.with_name("labels.txt").write_text("\n".join(LABELS))
    return path


def test_cache_miss_hit_and_corrupt_entry_rebuilt(tmp_path):
    from guiapp.core.recognition import Recognizer

    path = foreign_model(tmp_path / "foreign.h5")
    assert store.find_light_form(path) is None  # miss: TensorFlow serves it until converted
    assert Recognizer(path, warm_up=False).runtime == "tensorflow"

    form = store.convert_to_cache(path)
    assert form.where == "cache" and form.labels == LABELS
    digest = store.file_sha256(path)
    tflite = store.cache_folder() / f"{digest}.tflite"
    entry = json.loads((store.cache_folder() / f"{digest}.json").read_text())
    assert tflite.is_file() and entry["info"]["parity"]["max_abs_diff"] <= conversion.PARITY_TOLERANCE
    hit = Recognizer(path)
    assert hit.runtime == "litert" and hit.labels == LABELS
    heavy = Recognizer(path, runtime="tensorflow")
    x = conversion.parity_inputs(hit.spec, 50, seed=5)
    assert np.abs(hit.infer(x) - heavy.infer(x)).max() <= conversion.PARITY_TOLERANCE

    tflite.write_bytes(tflite.read_bytes()[:1000])  # a truncated cache file
    assert store.find_light_form(path) is None
    assert not tflite.exists()  # the damaged entry is gone …
    store.convert_to_cache(path)  # … and rebuilt on the next conversion
    assert Recognizer(path).runtime == "litert"


def test_hostile_file_is_refused_before_any_conversion(tmp_path):
    import keras

    ran = []
    model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(),
                              keras.layers.Lambda(lambda x: (ran.append(1), x)[1], name="sneaky"),
                              keras.layers.Dense(4, activation="softmax")])
    path = tmp_path / "hostile.h5"
    model.save(path)
    ran.clear()
    with pytest.raises(ModelFileError, match="Lambda"):
        store.find_light_form(path)
    with pytest.raises(ModelFileError, match="Lambda"):
        store.convert_to_cache(path)
    assert not ran
    assert not any(store.cache_folder().iterdir())
