"""``guiapp train``, ``recognize`` and ``evaluate`` on real tiny models: output, files, exit codes (0 ok, 2 bad input,
130 cancelled), and Ctrl+C during training keeping the best epoch."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from guiapp.cli import main
from guiapp.core.datasets.builtin import load_builtin

TINY = ["--dataset", "digits", "--samples-per-class", "20", "--preset", "logreg", "--epochs", "2",
        "--batch-size", "16"]


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """One model trained through the CLI, shared by the recognize/evaluate tests."""
    home = tmp_path_factory.mktemp("cli-home")
    old = os.environ.get("GUIAPP_HOME")
    os.environ["GUIAPP_HOME"] = str(home)
    try:
        out = home / "digits.h5"
        assert main(["train", *TINY, "--out", str(out)]) == 0
        return out
    finally:
        if old is not None:
            os.environ["GUIAPP_HOME"] = old


def _digit_png(path: Path, digit: str) -> Path:
    dataset = load_builtin("digits", samples_per_class=20, seed=5, use_cache=False)
    image = np.asarray(dataset.images[list(dataset.labels).index(dataset.classes.index(digit))])
    Image.fromarray(255 - image).save(path)  # dark ink on white paper, as a scan or a screenshot would be
    return path


def test_train_prints_epochs_and_saves_a_loadable_model(capsys, tmp_path):
    out = tmp_path / "m.h5"
    code, stdout, _ = run(capsys, "train", *TINY, "--out", out)
    assert code == 0
    assert "epoch   1/2" in stdout and "epoch   2/2" in stdout and "saved" in stdout and "test accuracy" in stdout
    assert "held-out samples (too few to be sure: likely " in stdout  # 20 test samples: the figure's range too
    from guiapp.core.modelfile import read_metadata
    from guiapp.core.training.runs import RunStore

    [recorded] = RunStore().list()  # the window's Runs list shows runs trained from the command line too
    assert recorded.status == "completed" and recorded.epochs_done == 2 and f"run {recorded.id} recorded" in stdout
    assert recorded.model_path.read_bytes() == out.read_bytes()
    # and its test accuracy with it, as printed (the Runs list has a column for it)
    accuracy, samples = recorded.test_accuracy
    assert f"test accuracy {100 * accuracy:.2f}% on {samples} held-out samples" in stdout

    meta = read_metadata(out)
    assert meta["labels"] == [str(d) for d in range(10)] and meta["metadata"]["preset"] == "logreg"
    assert len(meta["metadata"]["history"]["loss"]) == 2
    # ... and the saved file carries the figure (its Model info showed none, being no run's: walk 139)
    assert meta["metadata"]["test"] == {"accuracy": round(accuracy, 6), "samples": samples}
    assert "not recorded" not in stdout
    # a .keras model is not recorded in Runs, and it is said (walk 139 looked for it there)
    code, stdout, _ = run(capsys, "train", *TINY, "--out", tmp_path / "m.keras")
    assert code == 0 and "not recorded in the window's Train → Runs" in stdout and len(RunStore().list()) == 1


@pytest.mark.parametrize("argv, fragment", [
    (["--out", "model.txt"], "must end in .h5 or .keras"),
    (["--out", "m.h5", "--epochs", "0"], "epochs must be"),
    (["--out", "m.h5", "--lr", "-1"], "learning rate"),
    (["--out", "m.h5", "--cluster", "127.0.0.1:1,127.0.0.1:2"], "--cluster needs --task-index"),
    (["--out", "m.h5", "--task-index", "0"], "--task-index needs --cluster"),
    (["--out", "m.h5", "--cluster", "127.0.0.1:1,127.0.0.1:2", "--task-index", "2"], "--task-index must be 0..1"),
    (["--out", "m.h5", "--cluster", "nohost", "--task-index", "0"], "is not host:port"),
    (["--out", "m.keras", "--distributed"], "a distributed run saves .h5"),
])
def test_train_bad_settings_exit_2(capsys, tmp_path, argv, fragment, monkeypatch):
    monkeypatch.setenv("TF_CONFIG", "")  # --cluster writes it for the run: restored (unset) afterwards, never leaked
    argv = [a if a not in ("m.h5", "m.keras") else str(tmp_path / a) for a in argv]
    code, _, err = run(capsys, "train", *TINY, *argv)
    assert code == 2 and fragment in err and "Traceback" not in err


def test_train_unknown_dataset_exit_2(capsys, tmp_path):
    code, _, err = run(capsys, "train", "--dataset", "no-such-thing", "--out", tmp_path / "m.h5")
    assert code == 2 and "no-such-thing" in err


def test_recognize_images_text_and_json(capsys, trained, tmp_path):
    image = _digit_png(tmp_path / "seven.png", "7")
    code, out, _ = run(capsys, "recognize", "--model", trained, image, "--top", "3")
    assert code == 0 and out.startswith(str(image)) and out.split("  (unsure")[0].count("%") == 3
    from guiapp.cli.recognition import _percent

    assert (_percent(0.0001), _percent(0.0005), _percent(0.5)) == ("<0.1%", "0.1%", "50.0%")  # as the window
    code, out, _ = run(capsys, "recognize", "--model", trained, image, "--json")
    entries = json.loads(out)
    assert code == 0 and len(entries[0]["predictions"]) == 5
    assert abs(sum(p["probability"] for p in entries[0]["predictions"]) - 1) < 0.5


def test_a_model_from_elsewhere_is_converted_once_for_the_commands_after(capsys, tmp_path):
    """A plain Keras .h5 loaded TensorFlow on every recognize (7-10 s a call, a walk); the window kept its
    converted form, the command line did not. The first command keeps it now, and the next ones read it."""
    import keras

    from guiapp.core.inference import store
    from guiapp.core.recognition import Recognizer

    path = tmp_path / "foreign.h5"  # as other tools write one: no guiapp metadata, labels beside it
    keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(),
                      keras.layers.Dense(10, activation="softmax")]).save(path)
    (tmp_path / "labels.txt").write_text("\n".join("0123456789"))
    assert store.find_light_form(path) is None
    image = _digit_png(tmp_path / "seven.png", "7")
    code, out, err = run(capsys, "recognize", "--model", path, image)
    assert code == 0 and out.startswith(str(image))
    # said before the seconds it takes, which were silent (walk 148); not again once converted
    assert "foreign.h5 is loaded on TensorFlow this time" in err
    assert store.find_light_form(path) is not None and Recognizer(path, warm_up=False).runtime == "litert"
    code, out, err = run(capsys, "recognize", "--model", path, image)
    assert code == 0 and "TensorFlow" not in err


def test_recognize_says_an_image_of_characters_side_by_side_is_read_as_one(capsys, trained, tmp_path):
    """Walk 146: an image of two characters was read as one with confidence; it is called unsure, and why."""
    from PIL import Image

    from guiapp.core.strokes import Drawing, Stroke, rasterise

    sevens = Drawing([Stroke([[x, 60], [x + 35, 60], [x + 12, 120]]) for x in (30, 95)], 200, 200)
    image = tmp_path / "77.png"
    Image.fromarray(255 - rasterise(sevens, 200, 8.0)).save(image)
    code, out, _ = run(capsys, "recognize", "--model", trained, image, "--json")
    entry = json.loads(out)[0]
    assert entry["unsure"] is True and entry["side_by_side"] == 2 and len(entry["parts"]) == 2
    assert "also" not in entry  # the near-misses of an answer to two characters mean nothing
    code, out, _ = run(capsys, "recognize", "--model", trained, image)
    assert code == 0 and out.rstrip().endswith(
        "(unsure: it looks like 2 characters side by side, and the model reads one at a time; one by one: "
        f"{' '.join(entry['parts'])})"), out


def test_recognize_reports_a_broken_image_and_still_does_the_rest(capsys, trained, tmp_path):
    good = _digit_png(tmp_path / "one.png", "1")
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    code, out, err = run(capsys, "recognize", "--model", trained, broken, good)
    assert code == 2 and str(good) in out and "broken" not in out
    assert f"guiapp: error: {broken}: " in err  # the path as typed, not only its name (a walk)
    # In the JSON, the failed image has its entry with the error, in its place (a script could not tell which)
    code, out, err = run(capsys, "recognize", "--model", trained, broken, good, "--json")
    entries = json.loads(out)
    assert code == 2 and [entry["image"] for entry in entries] == [str(broken), str(good)]
    assert "broken.png" in entries[0]["error"] and "predictions" not in entries[0] and entries[1]["predictions"]
    # A missing image among others too: it ended the command, and the readable images' JSON was lost (walk 111)
    missing = tmp_path / "nothere.png"
    code, out, err = run(capsys, "recognize", "--model", trained, missing, good, "--json")
    entries = json.loads(out)
    assert code == 2 and entries[0] == {"image": str(missing), "error": f"{missing}: no such image file"}
    assert entries[1]["predictions"] and f"guiapp: error: {missing}: no such image file" in err


def test_recognize_reads_the_images_of_a_folder_given(capsys, trained, tmp_path):
    """A folder of new images was refused: "new is a folder, not an image file" (walk 165). Its images are read, by
    name; a folder with none is said so, the others still read."""
    new, empty = tmp_path / "new", tmp_path / "empty"
    new.mkdir()
    empty.mkdir()
    _digit_png(new / "b.png", "1")
    _digit_png(new / "a.png", "7")
    (new / "notes.txt").write_text("not an image")
    code, out, err = run(capsys, "recognize", "--model", trained, new, "--json")
    assert code == 0 and [entry["image"] for entry in json.loads(out)] == [str(new / "a.png"), str(new / "b.png")]
    code, out, err = run(capsys, "recognize", "--model", trained, empty, new)
    assert code == 2 and f"guiapp: error: {empty}: a folder with no images in it (PNG, JPEG, BMP, GIF, WebP)" in err
    assert out.startswith(f"{new / 'a.png'}: ") and f"{new / 'b.png'}: " in out
    code, _, err = run(capsys, "recognize", "--model", trained, empty)  # nothing to read: before the model loads
    assert code == 2 and err == f"guiapp: error: {empty}: a folder with no images in it (PNG, JPEG, BMP, GIF, WebP)\n"


def test_recognize_says_a_blank_image_holds_no_character(capsys, trained, tmp_path):
    from PIL import Image

    good = _digit_png(tmp_path / "one.png", "1")
    blank, empty = tmp_path / "blank.png", tmp_path / "empty.png"
    Image.new("L", (300, 300), 255).save(blank)
    empty.write_bytes(b"")
    code, out, err = run(capsys, "recognize", "--model", trained, blank, empty, good)
    assert code == 2 and str(good) in out and "blank.png" not in out
    assert "blank.png: no character found in the image" in err and "empty.png: the file is empty" in err


@pytest.mark.parametrize("content", [b"", b"\x00garbage" * 100, b"\x89HDF\r\n\x1a\n" + b"\x00" * 64])
def test_recognize_with_a_hostile_or_broken_model_exit_2(capsys, tmp_path, content):
    model = tmp_path / "evil.h5"
    model.write_bytes(content)
    image = _digit_png(tmp_path / "two.png", "2")
    code, _, err = run(capsys, "recognize", "--model", model, image)
    assert code == 2 and err.startswith("guiapp: error:") and "evil.h5" in err and "Traceback" not in err


def test_evaluate_prints_figures_and_json(capsys, trained):
    code, out, _ = run(capsys, "evaluate", "--model", trained, "--dataset", "digits", "--samples-per-class", "20")
    assert code == 0 and "accuracy" in out and "top-5 accuracy" in out and "precision" in out
    # the test split by default, as the window's Evaluation ("all" scored the samples a model learnt from too)
    assert out.startswith("digits (its test split): 20 samples,")
    code, out, _ = run(capsys, "evaluate", "--model", trained, "--dataset", "digits", "--samples-per-class", "20",
                       "--json", "--split", "all")
    report = json.loads(out)
    assert code == 0 and report["n_samples"] == 200 and 0 <= report["accuracy"] <= 1


def test_evaluate_makes_and_splits_the_dataset_a_model_learnt_from_as_its_run_did(capsys, trained):
    """A model trained on 200 a class read "94.5 % on its test split" of the 600 made by default, which hold its 200
    and so a test split of samples it had learnt (walk 119). On its own dataset, with no --seed nor
    --samples-per-class, its run's test split is measured; asked otherwise, the figure is said to count samples it
    may have learnt."""
    code, out, _ = run(capsys, "evaluate", "--model", trained, "--dataset", "digits")
    assert code == 0 and out.startswith("digits (its test split): 20 samples,") and "note:" not in out
    code, out, _ = run(capsys, "evaluate", "--model", trained, "--dataset", "digits", "--samples-per-class", "30",
                       "--json")
    assert code == 0 and json.loads(out)["counts_learnt_samples"] is True
    code, out, _ = run(capsys, "evaluate", "--model", trained, "--dataset", "digits", "--split", "all")
    assert code == 0 and "note: this figure may count samples the model learnt from" in out
    code, out, _ = run(capsys, "evaluate", "--model", trained, "--dataset", "digits", "--seed", "7")
    assert code == 0 and "note:" not in out  # other writers altogether


def test_evaluating_the_bundled_digits_model_on_digits_it_learnt_names_its_fair_figure(capsys):
    """Its recipe learnt the built-in digits whole: their test split is no held-out figure, and it has no test split
    of its own; mnist-5k's is its fair figure (walk 160)."""
    from guiapp.paths import resource

    code, out, _ = run(capsys, "evaluate", "--model", str(resource("models") / "digits.h5"), "--dataset", "digits",
                       "--samples-per-class", "20")
    assert code == 0 and ("note: this figure may count samples the model learnt from; mnist-5k's test split gives "
                          "the fair figure (--dataset mnist-5k --split test)") in out


def test_evaluate_on_a_dataset_of_other_classes_is_an_error_not_a_pass(capsys, trained):
    """A digits model on hiragana measures nothing: it exited 0, which a script reads as a pass."""
    code, out, err = run(capsys, "evaluate", "--model", trained, "--dataset", "hiragana", "--samples-per-class", "5")
    assert code == 2 and "accuracy not measured" in err and "0, 1, 2" in err and out == ""


def test_evaluate_on_a_dataset_too_small_to_hold_out_a_test_split_says_so(capsys, trained):
    """One 0 and one 1: the test split is empty; "no samples of classes the model knows" was said of a digits model
    (walk 163)."""
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.core.strokes import Drawing, Stroke

    tiny = UserStore().create("tiny")
    tiny.add_drawing(Drawing([Stroke([[50, 10], [50, 90]])], 100, 100), "1")
    tiny.add_drawing(Drawing([Stroke([[50, 10], [80, 50], [50, 90], [20, 50], [50, 10]])], 100, 100), "0")
    code, out, err = run(capsys, "evaluate", "--model", trained, "--dataset", "tiny")
    assert code == 2 and out == ""
    assert ("tiny: accuracy not measured: its test split is empty (2 samples in all, too few to hold any out); "
            "--split all measures every sample, those a model learnt from too") in err
    code, out, _ = run(capsys, "evaluate", "--model", trained, "--dataset", "tiny", "--split", "all")
    assert code == 0 and "tiny (all samples): 2 samples" in out


def test_evaluate_missing_model_exit_2(capsys, tmp_path):
    code, _, err = run(capsys, "evaluate", "--model", tmp_path / "absent.h5", "--dataset", "digits")
    assert code == 2 and "absent.h5" in err


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_stops_after_the_batch_and_saves_the_best_epoch(tmp_path, signum):
    """A real process gets SIGINT once the first epoch is printed: it stops, saves the best epoch, exits 130. SIGTERM
    (timeout, kill, a batch system's limit) too: it lost every finished epoch, and its run stayed "running" (a walk)."""
    out = tmp_path / "interrupted.h5"
    env = {**os.environ, "GUIAPP_HOME": str(tmp_path / "home"), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "guiapp", "train", "--dataset", "digits", "--samples-per-class", "40",
         "--preset", "keras-tutorial", "--epochs", "200", "--batch-size", "8", "--out", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    lines = []
    for line in process.stdout:
        lines.append(line)
        if line.startswith("epoch"):
            process.send_signal(signum)
            break
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "stopped by request" in stdout and "saved" in stdout and out.exists()
    from guiapp.core.modelfile import read_metadata
    from guiapp.core.training.runs import RunStore

    assert read_metadata(out)["metadata"]["best_epoch"] >= 1
    (run,) = RunStore(tmp_path / "home" / "data" / "runs").list()
    assert run.status == "cancelled" and run.epochs_done >= 1
    # Said how to go on from the command line, too (only the window's Runs list could: a walk)
    assert f"guiapp train --continue {run.id} --out {out}" in stdout


def test_a_stopped_run_continues_from_the_command_line(capsys, tmp_path, monkeypatch):
    """`guiapp train --continue RUN` (or `last`): the epochs it had left, from its best model, with its settings
    and data, recorded as continuing it."""
    from guiapp.core.training.config import StopReason
    from guiapp.core.training.runs import CONTINUES, RunStore

    monkeypatch.setenv("GUIAPP_HOME", str(tmp_path / "home"))
    code, out, err = run(capsys, "train", "--dataset", "digits", "--samples-per-class", "10", "--preset", "logreg",
                         "--epochs", "1", "--out", tmp_path / "one.h5")
    assert code == 0, err
    store = RunStore()
    (first,) = store.list()
    first.config["epochs"] = 3  # as if stopped after 1 of 3
    store.finish(first, StopReason.CANCELLED, "stopped by request", 1, first.load_curves(), 1.0)
    code, out, err = run(capsys, "train", "--continue", "last", "--out", tmp_path / "three.h5")
    assert code == 0, err
    assert "3 epochs" in out and (tmp_path / "three.h5").is_file()
    continued = next(r for r in store.list() if r.id != first.id)
    assert continued.extra[CONTINUES] == first.id and continued.epochs_done == 3 and continued.dataset == "digits"
    assert continued.config["preset"] == "logreg"
    # Nothing left to continue: said at once, exit 2
    code, _, err = run(capsys, "train", "--continue", first.id, "--out", tmp_path / "again.h5")
    assert code == 2 and f"{first.id} was continued already, by the run {continued.id}" in err  # which reason
    code, _, err = run(capsys, "train", "--continue", "last", "--out", tmp_path / "again.h5")
    assert code == 2 and "no run in" in err and "was stopped before its end" in err  # not the completed newest
    code, _, err = run(capsys, "train", "--out", tmp_path / "none.h5")
    assert code == 2 and "--dataset is needed" in err
    code, _, err = run(capsys, "train", "--continue", "no-such-run", "--out", tmp_path / "none.h5")
    assert code == 2 and "--continue no-such-run" in err and err.count("\n") == 1


def test_too_few_samples_fail_at_once_without_importing_tensorflow(tmp_path):
    """Two images a class took 9 s to be refused: the count is checked before TensorFlow is imported."""
    for name in "ab":
        (tmp_path / "few" / name).mkdir(parents=True)
        for i in range(2):
            Image.new("L", (28, 28), 255 * (i % 2)).save(tmp_path / "few" / name / f"{i}.png")
    probe = ("import sys; from guiapp.cli import main; code = main(sys.argv[1:]); "
             "print('tensorflow' in sys.modules); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", probe, "train", "--dataset", str(tmp_path / "few"), "--epochs", "1",
                           "--out", str(tmp_path / "m.h5")], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "GUIAPP_HOME": str(tmp_path / "home")})
    assert done.returncode == 2 and done.stdout.strip() == "False", (done.stdout, done.stderr)
    assert "'a' has 2 (add 3 more)" in done.stderr and "Traceback" not in done.stderr


def test_train_says_each_warning_once_with_the_remedy_for_a_built_in(capsys, tmp_path):
    """Every warning came twice on stderr (the log's "WARNING: …" line and the event printed again), and a built-in
    synthesised at 5 a class was told to draw more, or use Teach…, instead of to synthesise more."""
    code, _, err = run(capsys, "train", "--dataset", "digits", "--samples-per-class", "5", "--preset", "logreg",
                       "--epochs", "1", "--batch-size", "128", "--device", "gpu:97", "--out", tmp_path / "m.h5")
    assert code == 0, err
    for warning in ("GPU 97 is not present", "the smallest class has only 5 samples", "training in batches of 7, not 128"):
        assert err.count(warning) == 1, err
        assert f"WARNING: {warning}" in err, err
    few = next(line for line in err.splitlines() if "smallest class" in line)
    assert few.endswith("synthesise 20 or more per class") and "draw" not in few, few


def test_a_truncated_keras_file_is_named_as_what_it_is_not(capsys, tmp_path):
    """"trunc.keras: is not a .keras file" read as neither "X is a …" nor "X: not a …", the two forms used."""
    whole = tmp_path / "digits.keras"
    code, _, err = run(capsys, "export", "--model", "digits", "--format", "keras", "--out", whole)
    assert code == 0, err
    truncated = tmp_path / "trunc.keras"
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    code, _, err = run(capsys, "recognize", "--model", truncated, _digit_png(tmp_path / "7.png", "7"))
    assert code == 2 and err == ("guiapp: error: trunc.keras: not a .keras file (not a valid zip archive: File is not "
                                 "a zip file)\n"), err


def test_the_per_class_table_lines_up_with_kanji(capsys, tmp_path):
    """Rows were padded by characters: a kanji takes two columns, so its row stood one column right."""
    model = tmp_path / "sun-moon.h5"
    custom = ["--dataset", "custom:日月", "--samples-per-class", "20"]
    assert run(capsys, "train", *custom, "--preset", "logreg", "--epochs", "1", "--out", model)[0] == 0
    code, out, err = run(capsys, "evaluate", "--model", model, *custom, "--split", "all")
    assert code == 0, err
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("class "))
    rows = lines[header + 1: header + 3]
    assert [row[0] for row in rows] == ["日", "月"], out
    assert {terminal_columns(row) for row in rows} == {terminal_columns(lines[header])}, out


def terminal_columns(line: str) -> int:
    """How wide ``line`` shows in a terminal: East Asian wide and fullwidth characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in line)


def test_recognize_names_the_top_answers_near_misses(capsys, tmp_path):
    """A small っ in an image was read as つ, and nothing said っ might be meant: the window offers it beside the
    answer, and now the command line does too (walk 146)."""
    from PIL import ImageDraw

    from guiapp.core.datasets.templates import templates_for
    from guiapp.paths import resource

    path = tmp_path / "tsu.png"
    image = Image.new("L", (109, 109), 255)
    for stroke in templates_for("つ")[0].strokes:
        ImageDraw.Draw(image).line([tuple(point[:2]) for point in stroke], fill=0, width=6)
    image.save(path)
    model = resource("models") / "hiragana.h5"
    code, out, _ = run(capsys, "recognize", "--model", model, path, "--top", "1")
    assert code == 0 and out.startswith(f"{path}: つ ") and out.rstrip().endswith("  (also: づ, っ)"), out
    code, out, _ = run(capsys, "recognize", "--model", model, path, "--top", "1", "--json")
    assert json.loads(out)[0]["also"] == ["づ", "っ"] and "unsure" not in json.loads(out)[0]
    # an unsure answer is said, as the window says "Not sure" (walk 148: a scribble's 45 % read as an answer)
    scribble = tmp_path / "scribble.png"
    image = Image.new("L", (109, 109), 255)
    ImageDraw.Draw(image).line([(50, 20), (52, 90), (20, 60), (90, 40)], fill=0, width=5)  # (よ 43 % here)
    image.save(scribble)
    code, out, _ = run(capsys, "recognize", "--model", model, scribble, "--json")
    entry = json.loads(out)[0]
    assert entry["predictions"][0]["probability"] < 0.5 and entry["unsure"] is True
    code, out, _ = run(capsys, "recognize", "--model", model, scribble)
    assert out.rstrip().endswith(f"(unsure: the best guess has only {100 * entry['predictions'][0]['probability']:.1f}%)"), out


def test_a_runs_model_is_named_by_last_its_name_or_its_id(capsys, tmp_path, tiny_digits_model):
    """A maker's `--model robot-symbols` and `--model last` found nothing, and the model just trained was dug out of
    the runs folder (walk 148): `last` is the newest run's model, a run is named by its name or id."""
    import shutil

    from guiapp.core.training.runs import RunStore

    store = RunStore()
    older = store.create({"preset": "logreg"}, "digits")
    shutil.copy(tiny_digits_model, older.model_path)
    older.name = "robot"
    store.write(older)
    newer = store.create({"preset": "logreg"}, "digits")  # no model kept: not the last one to use
    image = _digit_png(tmp_path / "seven.png", "7")
    for name in ("last", "robot", "ROBOT", older.id):
        code, out, err = run(capsys, "recognize", "--model", name, image)
        assert code == 0 and out.startswith(f"{image}: "), (name, err)
        # which model it took, on stderr (walk 149: `last` said none, on a lecture's stage)
        assert f"guiapp: --model {name}: the run robot ({older.model_path})" in err, err
    code, _, err = run(capsys, "recognize", "--model", newer.id, image)
    assert code == 2 and "'last' for the newest run's model, or a run's name or id" in err
    # and which runs there are, those with a model (walk 165 found their ids by listing the runs folder)
    assert err.rstrip().endswith("; runs with a model, newest first: robot)"), err
