"""``guiapp export`` / core.inference.export: every format round-trips through its own runtime and predicts what the
app predicts, with labels and preprocessing beside it."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

from guiapp.cli import main as guiapp  # noqa: E402
from guiapp.core.inference.export import sidecar_path  # noqa: E402


@pytest.fixture(scope="module")
def reference(tiny_digits_model):
    from guiapp.core.inference.convert import parity_inputs
    from guiapp.core.recognition import Recognizer

    recognizer = Recognizer(tiny_digits_model, runtime="tensorflow")
    inputs = parity_inputs(recognizer.spec, 40, seed=2)
    return recognizer, inputs, recognizer.infer(inputs)


def run_exported(fmt: str, out):
    if fmt == "tflite":
        from ai_edge_litert.interpreter import Interpreter

        interpreter = Interpreter(model_path=str(out), num_threads=1)
        interpreter.allocate_tensors()
        i, o = interpreter.get_input_details()[0]["index"], interpreter.get_output_details()[0]["index"]

        def run(x):
            interpreter.set_tensor(i, x[None])
            interpreter.invoke()
            return interpreter.get_tensor(o)[0]
        return lambda xs: np.stack([run(x) for x in xs])
    if fmt == "onnx":
        import onnxruntime

        session = onnxruntime.InferenceSession(str(out), providers=["CPUExecutionProvider"])
        name = session.get_inputs()[0].name
        return lambda xs: session.run(None, {name: xs})[0]
    if fmt == "savedmodel":
        import tensorflow as tf

        loaded = tf.saved_model.load(str(out))
        return lambda xs: np.asarray(loaded.serve(tf.constant(xs)))
    import keras

    model = keras.models.load_model(out, compile=False, safe_mode=True)
    return lambda xs: np.asarray(model(xs, training=False))


@pytest.mark.parametrize("fmt", ["tflite", "onnx", "savedmodel", "keras"])
def test_export_round_trips_through_its_runtime(fmt, tmp_path, tiny_digits_model, reference, capsys):
    if fmt == "onnx":
        pytest.importorskip("tf2onnx")
        pytest.importorskip("onnxruntime")
    recognizer, inputs, expected = reference
    out = tmp_path / {"tflite": "m.tflite", "onnx": "m.onnx", "savedmodel": "m_saved", "keras": "m.keras"}[fmt]
    assert guiapp(["export", "--model", str(tiny_digits_model), "--format", fmt, "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    info = json.loads(sidecar_path(out, fmt).read_text())
    assert info["labels"] == recognizer.labels and info["preprocessing"] == recognizer.spec.to_dict()
    assert info["input"]["shape"] == [1, *recognizer.spec.input_shape]
    # How it was made, for whoever it is handed to (it said only "source": "tiny-digits.h5": a walk)
    trained = info["trained"]
    assert trained["preset"] == "keras-tutorial" and trained["dataset"]["name"] == "digits"
    assert trained["best_epoch"] in (1, 2) and 0.0 <= trained["validation_accuracy"] <= 1.0
    got = run_exported(fmt, out)(inputs)
    if fmt == "keras":  # the saved network itself (no softmax is appended: it ends in one already)
        from guiapp.core.recognition import Recognizer

        assert Recognizer(out, runtime="tensorflow").labels == recognizer.labels
    assert np.abs(got - expected).max() <= 1e-4
    assert (got.argmax(1) == expected.argmax(1)).all()


def test_an_exported_tflite_given_back_as_a_model_is_named_for_what_it_is(tmp_path, tiny_digits_model, capsys):
    """The app's own export was "a file of an unknown kind, not a model" to guiapp recognize (a walk)."""
    out = tmp_path / "mine.tflite"
    assert guiapp(["export", "--model", str(tiny_digits_model), "--format", "tflite", "--out", str(out)]) == 0
    capsys.readouterr()
    assert guiapp(["recognize", "--model", str(out), str(tmp_path / "any.png")]) == 2
    said = capsys.readouterr().err
    assert "mine.tflite is a LiteRT (TF Lite) model" in said and "the .h5 or .keras model it was exported from" in said


def test_export_refuses_bad_requests_with_exit_2(tmp_path, tiny_digits_model, capsys):
    assert guiapp(["export", "--model", str(tiny_digits_model), "--format", "tflite",
                   "--out", str(tmp_path / "m.onnx")]) == 2
    assert "must end in .tflite" in capsys.readouterr().err
    assert guiapp(["export", "--model", str(tmp_path / "absent.h5"), "--format", "tflite",
                   "--out", str(tmp_path / "m.tflite")]) == 2
    assert guiapp(["export", "--model", str(tiny_digits_model), "--format", "tflite",
                   "--out", str(tmp_path / "no" / "m.tflite")]) == 2
    assert not list(tmp_path.iterdir())


def test_a_savedmodel_export_never_replaces_a_folder_of_other_files(tmp_path, tiny_digits_model, capsys):
    """The export replaces its folder as a whole: a walk exported into a folder of notes and lost them. An empty
    folder, or an earlier export, is written (the earlier one replaced)."""
    mine = tmp_path / "mydocs"
    mine.mkdir()
    (mine / "notes.txt").write_text("important")
    assert guiapp(["export", "--model", str(tiny_digits_model), "--format", "savedmodel", "--out", str(mine)]) == 2
    assert "holds other files" in capsys.readouterr().err and (mine / "notes.txt").read_text() == "important"
    assert sorted(p.name for p in mine.iterdir()) == ["notes.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    for _ in range(2):  # then again over the first export
        assert guiapp(["export", "--model", str(tiny_digits_model), "--format", "savedmodel", "--out", str(empty)]) == 0
        assert (empty / "saved_model.pb").is_file() and (empty / "guiapp.json").is_file()


def export_in_a_fresh_python(model, fmt: str, out) -> tuple[list[str], str]:
    """``guiapp export`` in a new interpreter: (its exit code and whether TensorFlow was imported, as printed; its
    stderr), for the refusals that must come before TensorFlow loads (seconds)."""
    import subprocess
    import sys

    probe = ("import sys\nfrom guiapp.cli import main\n"
             f"code = main(['export', '--model', {str(model)!r}, '--format', {fmt!r}, '--out', {str(out)!r}])\n"
             "print(code, 'tensorflow' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    return done.stdout.split(), done.stderr


def test_a_damaged_model_is_refused_before_tensorflow_is_imported(tmp_path, tiny_digits_model):
    """A fresh-eyes walk: `export --model truncated.h5` took 5.5 s (TensorFlow imported) to say what `recognize`
    said in 0.7 s."""
    damaged = tmp_path / "truncated.h5"
    damaged.write_bytes(tiny_digits_model.read_bytes()[:4000])
    printed, said = export_in_a_fresh_python(damaged, "keras", tmp_path / "m.keras")
    assert printed == ["2", "False"], (printed, said)
    assert "truncated.h5" in said and not (tmp_path / "m.keras").exists()


def test_a_missing_onnx_converter_is_said_before_tensorflow_is_imported(tmp_path, tiny_digits_model):
    """A fresh-eyes walk: `export --format onnx` without tf2onnx took 9.9 s to say so (every other error 0.6 s)."""
    import importlib.util

    if importlib.util.find_spec("tf2onnx") and importlib.util.find_spec("onnx"):
        pytest.skip("tf2onnx and onnx are installed: the export would run")
    printed, said = export_in_a_fresh_python(tiny_digits_model, "onnx", tmp_path / "m.onnx")
    assert printed == ["2", "False"], (printed, said)
    assert "pip install tf2onnx onnx" in said and not (tmp_path / "m.onnx").exists()


def test_the_packaged_app_does_not_tell_its_user_to_pip_install(tmp_path, tiny_digits_model, monkeypatch):
    """Nothing can be installed into the frozen app: it said "pip install tf2onnx onnx" (a walk)."""
    import importlib.util
    import sys

    from guiapp.core.inference.export import ExportError, export_model

    if importlib.util.find_spec("tf2onnx") and importlib.util.find_spec("onnx"):
        pytest.skip("tf2onnx and onnx are installed: the export would run")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(ExportError) as error:
        export_model(tiny_digits_model, "onnx", tmp_path / "m.onnx")
    assert "pip" not in str(error.value) and "export as savedmodel" in str(error.value)
    # nor offers it (the window's Export dialog offered ONNX, then refused it, after the name was typed: a walk)
    from guiapp.core.inference.export import formats_here

    assert formats_here() == ("tflite", "savedmodel", "keras")
    monkeypatch.setattr(sys, "frozen", False)
    assert "onnx" in formats_here()  # where it can be installed, it is offered, and the error says how


def test_the_exported_input_package_makes_the_apps_very_input_on_a_machine_without_guiapp(tmp_path,
                                                                                          tiny_digits_model, capsys):
    """A maker following the JSON's description on a Raspberry Pi got other top answers than guiapp recognize for
    2 of 17 images (walk 142): the export writes guiapp_input/ beside the model, the app's own preprocessing, which
    a Python without guiapp runs to make the very arrays the app feeds the model, from image files of either ink
    (and every stroke width) and from strokes."""
    import subprocess
    import sys

    from PIL import Image, ImageDraw

    from guiapp.core.imagefile import read_image
    from guiapp.core.recognition import Recognizer
    from guiapp.core.strokes import Drawing, Stroke

    out = tmp_path / "pi" / "m.tflite"
    out.parent.mkdir()
    assert guiapp(["export", "--model", str(tiny_digits_model), "--format", "tflite", "--out", str(out)]) == 0
    assert "guiapp_input" in capsys.readouterr().out
    images = []
    for i, (width, dark) in enumerate([(2, True), (6, True), (30, True), (45, False), (12, False)]):
        image = Image.new("L", (200, 160), 255 if dark else 0)
        ImageDraw.Draw(image).line([(40, 100 - 3 * i), (160, 90), (100, 30 + i)], fill=0 if dark else 255,
                                   width=width)
        path = tmp_path / f"p{i}.png"
        image.save(path)
        images.append(path)
    strokes = [[[20.0, 20.0], [90.0, 25.0], [50.0, 100.0]], [[35.0, 60.0], [70.0, 58.0]]]
    script = tmp_path / "use.py"
    script.write_text(
        "import json, sys\nimport numpy as np\n"
        "try:\n    import guiapp\nexcept ImportError:\n    pass\nelse:\n    raise SystemExit('guiapp importable')\n"
        f"sys.path.insert(0, {str(out.parent)!r})\n"
        "from guiapp_input import drawing_input, image_input\n"
        f"spec = json.load(open({str(out) + '.json'!r}))['preprocessing']\n"
        f"xs = [image_input(p, spec) for p in {[str(p) for p in images]!r}]\n"
        f"xs.append(drawing_input({strokes!r}, (109, 109), spec))\n"
        f"np.save({str(tmp_path / 'xs.npy')!r}, np.stack(xs))\n"
        # a blank page is told from a character (walk 148: a robot read an empty frame as "down" at 65 %)
        "from guiapp_input import has_ink\n"
        f"from PIL import Image\nblank = image_input(Image.new('L', (90, 90), 200), spec)\n"
        "print(all(has_ink(x) for x in xs), has_ink(blank))\n")
    # a Python in which guiapp cannot be imported (as on the Pi): numpy and Pillow only
    done = subprocess.run([sys.executable, "-c", f"import sys; sys.modules['guiapp'] = None; "
                           f"exec(open({str(script)!r}).read())"], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False"]
    # where the app calls an answer unsure, for a program with no cut-off of its own (walk 148)
    import json

    assert json.loads((tmp_path / "pi" / "m.tflite.json").read_text())["unsure_below"] == 0.5
    # Python 3.9, a Raspberry Pi's (walk 148: "float | None" in a signature failed there): its grammar, and no
    # annotation evaluated
    import ast

    for source in (out.parent / "guiapp_input").glob("*.py"):
        text = source.read_text(encoding="utf-8")
        ast.parse(text, feature_version=(3, 9))
        assert "from __future__ import annotations" in text, source.name
    made = np.load(tmp_path / "xs.npy")
    recognizer = Recognizer(tiny_digits_model)
    app = [recognizer.preprocess(read_image(path)) for path in images]
    app.append(recognizer.preprocess(Drawing([Stroke(np.asarray(s)) for s in strokes], 109.0, 109.0)))
    assert np.array_equal(made, np.stack(app))


def test_the_readmes_plain_python_example_runs_as_written(tmp_path, capsys):
    """The README's example of running an exported model without guiapp, run as written beside an export of the
    bundled digits model: it reads a drawn 7 as 7 (its earlier version scaled the whole image, "close" only)."""
    import re
    import subprocess
    import sys
    from pathlib import Path

    from PIL import Image, ImageDraw

    from guiapp import paths

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    code = re.search(r"Running an exported model in plain Python.*?```python\n(.*?)```", readme, re.S).group(1)
    out = tmp_path / "digits.tflite"
    assert guiapp(["export", "--model", str(paths.resource("models") / "digits.h5"), "--format", "tflite",
                   "--out", str(out)]) == 0
    capsys.readouterr()
    image = Image.new("L", (300, 300), 255)
    ImageDraw.Draw(image).line([(80, 60), (220, 60), (130, 250)], fill=0, width=18)
    image.save(tmp_path / "my-digit.png")
    done = subprocess.run([sys.executable, "-c", "import sys; sys.modules['guiapp'] = None; exec(sys.stdin.read())"],
                          input=code, capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    label, share = done.stdout.split()
    assert label == "7" and float(share) > 0.5, done.stdout


def test_an_unwritable_target_is_named_not_its_temporary_file(tmp_path, tiny_digits_model, monkeypatch):
    """Exporting into a folder that refuses writes said "Operation not permitted: …/.pi.tflite.15269-jhnuwolu.tmp",
    a hidden file the person never typed (walk 142): the target is named."""
    from guiapp.core import atomic
    from guiapp.core.inference.export import ExportError, export_model

    def refused(*_args, **_kwargs):
        raise PermissionError(1, "Operation not permitted", str(tmp_path / ".pi.tflite.15269-jhnuwolu.tmp"))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refused)
    with pytest.raises(ExportError) as refusal:
        export_model(tiny_digits_model, "tflite", tmp_path / "pi.tflite")
    assert str(refusal.value) == f"cannot write {tmp_path / 'pi.tflite'}: Operation not permitted"


def test_a_runs_export_names_its_run_and_carries_its_test_figure(tmp_path, tiny_digits_model):
    """Every run's file is model.h5: the JSON said "source": "model.h5" (walk 142). It names the run, by its title
    and id, and gives the test accuracy the run measured."""
    import shutil

    from guiapp.core.inference.export import export_model
    from guiapp.core.training.runs import RunStore

    store = RunStore(tmp_path / "runs")
    run = store.create({"preset": "keras-tutorial"}, "digits")
    shutil.copyfile(tiny_digits_model, run.model_path)
    store.note_test(run, 0.8125, 80)
    written = export_model(run.model_path, "tflite", tmp_path / "run.tflite")
    info = json.loads(written[1].read_text())
    assert info["source"] == run.title and info["run"] == run.id
    assert (info["trained"]["test_accuracy"], info["trained"]["test_samples"]) == (0.8125, 80)
