"""What the command line checks before any long work: every subcommand rejects bad arguments and missing inputs
with one line and exit 2 before TensorFlow is imported; help states defaults and units; the terminal stays free
of libraries' start-up chatter; the window and the CLI share one set of defaults."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from guiapp.cli import main
from guiapp.core.datasets.builtin import DEFAULT_SAMPLES_PER_CLASS
from guiapp.core.training.config import TrainConfig

REPO = Path(__file__).resolve().parents[2]
MODEL = REPO / "resources" / "models" / "digits.h5"


def run_python(code: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "GUIAPP_HOME": str(home), "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env,
                          cwd=str(REPO))


BAD_INVOCATIONS = [
    (["recognize", "--model", str(MODEL), "missing.png"], "missing.png: no such image file"),
    (["recognize", "--model", "missing.h5", "x.png"], "missing.h5: no such model file"),
    (["recognize", "--model", "digitz", "x.png"], "digitz: no such model file (the bundled models: digits, "),
    (["recognize", "--model", "digits", str(REPO)], f"{REPO}: a folder with no images in it"),  # its images, if any
    (["recognize", "--model", str(MODEL), "--top", "0", str(MODEL)], "--top must be at least 1"),
    (["recognize", "--model", str(REPO / "resources" / "icons" / "inkling.png"), str(MODEL)],
     "inkling.png is a PNG image, not a model. Expected a Keras model file"),
    (["evaluate", "--model", "missing.h5", "--dataset", "digits"], "missing.h5: no such model file"),
    (["evaluate", "--model", str(MODEL), "--dataset", "no-such-set"], "no dataset or path named 'no-such-set'"),
    # A built-in's classes and the model's labels are both known without TensorFlow or synthesis (joyo's took
    # minutes before the refusal).
    (["evaluate", "--model", str(MODEL), "--dataset", "joyo"],
     "joyo: accuracy not measured: no samples of classes the model knows (the model knows 0, 1, 2"),
    (["train", "--dataset", "no-such-set", "--out", "m.h5"], "no dataset or path named 'no-such-set'"),
    (["train", "--dataset", "digits", "--out", "m.txt"], "--out must end in .h5 or .keras"),
    (["train", "--dataset", "digits", "--out", "/nonexistent/t.h5"],
     "/nonexistent/t.h5: cannot save: the folder /nonexistent does not exist"),
    (["train", "--dataset", "digits", "--epochs", "0", "--out", "m.h5"], "epochs must be"),
    (["train", "--dataset", "digits", "--fine-tune", "base.h5", "--out", "m.h5"], "base.h5: no such model file"),
    (["train", "--dataset", "digits", "--samples-per-class", "0", "--out", "m.h5"], "samples per class"),
    (["datasets", "export", "no-such-set", "--out", "folder"], "no dataset or path named 'no-such-set'"),
    (["datasets", "show", "/no/such/data.npz"], "/no/such/data.npz: no such file or folder"),  # a path, not a name
    (["datasets", "export", "digits", "--format", "npz", "--out", "x.zip"], "--out must end in .npz"),
]


def test_every_subcommand_checks_its_input_before_importing_tensorflow(tmp_path):
    """All in one process: after every refusal, neither TensorFlow nor Keras has been imported."""
    result = run_python(f"""
        import json, sys
        from guiapp.cli import main
        cases = {json.dumps([argv for argv, _ in BAD_INVOCATIONS])}
        codes = [main(argv) for argv in cases]
        print(json.dumps({{"codes": codes, "tf": "tensorflow" in sys.modules, "keras": "keras" in sys.modules}}))
        """, tmp_path)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["codes"] == [2] * len(BAD_INVOCATIONS), result.stderr
    assert not report["tf"] and not report["keras"]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == len(BAD_INVOCATIONS), result.stderr  # one line each, no traceback, no chatter
    for line, (_, message) in zip(lines, BAD_INVOCATIONS):
        assert line.startswith("guiapp: error: ") and message in line


def test_evaluate_on_a_built_in_the_model_knows_nothing_of_is_refused_before_any_loading(tmp_path):
    """A digits model on kyoiku: the classes (known without synthesis) share nothing with the model's labels (read
    without Keras), so neither the model is loaded nor a sample synthesised (it took 17 s, joyo minutes)."""
    result = run_python(f"""
        import json, sys
        from guiapp.cli import main
        code = main(["evaluate", "--model", {str(MODEL)!r}, "--dataset", "kyoiku", "--samples-per-class", "20"])
        print(json.dumps({{"code": code,
                          "loaded": sorted(m for m in ("tensorflow", "keras", "guiapp.core.recognition")
                                           if m in sys.modules)}}))
        """, tmp_path)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 2 and report["loaded"] == [], (report, result.stderr)
    assert "kyoiku: accuracy not measured: no samples of classes the model knows" in result.stderr
    assert not list(tmp_path.rglob("*.npy")), report  # nothing synthesised


def test_libraries_native_output_goes_to_the_log_not_the_terminal(tmp_path):
    """What C++ libraries write to descriptor 2 (TensorFlow's cuInit lines) lands in native.log; guiapp's own
    lines on sys.stderr still reach the terminal."""
    result = run_python("""
        import os, sys
        from guiapp.logs import native_output_to_log
        with native_output_to_log():
            os.write(2, b"E0000 cuda_platform.cc:52] failed call to cuInit: INTERNAL: CUDA error\\n")
            print("guiapp: error: a line of our own", file=sys.stderr)
        os.write(2, b"after the block\\n")
        """, tmp_path)
    assert "cuInit" not in result.stderr
    assert "guiapp: error: a line of our own" in result.stderr and "after the block" in result.stderr
    assert "failed call to cuInit" in (tmp_path / "logs" / "native.log").read_text()


def test_train_help_states_defaults_and_units(capsys):
    with pytest.raises(SystemExit):
        main(["train", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    d = TrainConfig()
    assert "--epochs N passes over the training data" in text and f"(default: {d.epochs})" in text
    assert (f"--batch-size SAMPLES samples per training step on each replica (device); the global batch is this × "
            f"replicas (default: {d.batch_size})") in text
    assert "--val-split FRACTION share of the data held out for validation, 0–1" in text
    assert f"(default: {d.validation_split})" in text
    assert f"(default: {DEFAULT_SAMPLES_PER_CLASS})" in text
    assert "(default: None)" not in text  # an option without a default says nothing rather than "None"


def test_evaluate_help_says_which_seed_it_takes(capsys):
    """train's --help said "(default: 0)" of its seed, evaluate's nothing: it takes the model's run's own (walk 160)."""
    with pytest.raises(SystemExit):
        main(["evaluate", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--seed SEED synthesis and split seed (default: the model's run's own, so that its test split" in text


def test_export_help_names_every_thing_it_writes(capsys):
    """The guiapp_input folder appeared beside an export, unannounced (walk 156)."""
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "the JSON beside it" in text and "the guiapp_input folder beside it" in text


def test_one_default_sample_count_for_cli_and_listing(capsys):
    assert main(["datasets", "show", "digits", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert sum(sum(counts.values()) for counts in summary["splits"].values()) == 10 * DEFAULT_SAMPLES_PER_CLASS
    assert main(["datasets", "--json"]) == 0
    digits = next(d for d in json.loads(capsys.readouterr().out) if d["name"] == "digits")
    assert digits["samples"] == 10 * DEFAULT_SAMPLES_PER_CLASS


def test_a_bundled_model_is_given_by_its_name(tmp_path, capsys):
    """`--model digits` (what a person tries first) found no file: the bundled models answer to their names."""
    from PIL import Image, ImageDraw

    picture = tmp_path / "one.png"
    image = Image.new("L", (64, 64), 0)
    ImageDraw.Draw(image).line([(32, 8), (32, 56)], fill=255, width=6)
    image.save(picture)
    assert main(["recognize", "--model", "digits", "--top", "1", str(picture)]) == 0
    assert capsys.readouterr().out.startswith(f"{picture}: 1 ")
    assert "bundled model by name: digits" in main_help(["recognize", "--help"], capsys)


def main_help(argv, capsys) -> str:
    with pytest.raises(SystemExit):
        main(argv)
    return " ".join(capsys.readouterr().out.split())


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path):
    """`guiapp … | head` printed "guiapp: error: [Errno 32] Broken pipe" and exited 2 (bad input): it ends with
    a shell's SIGPIPE status and says nothing."""
    env = {**os.environ, "GUIAPP_HOME": str(tmp_path), "PYTHONPATH": str(REPO)}
    process = subprocess.Popen([sys.executable, "-m", "guiapp", "datasets", "show", "joyo", "--json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=str(REPO))
    assert process.stdout.read(100)  # more than a pipe holds follows (2,136 classes)
    process.stdout.close()
    error = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141 and "error" not in error.lower(), error


def test_an_idx_images_name_without_its_split_says_which_names_are_read(tmp_path, capsys):
    """"bad-images-idx3-ubyte" was told it should end in "…-images-idx3-ubyte", which it does: the split part
    (train, t10k, test) is what it lacks."""
    odd = tmp_path / "bad-images-idx3-ubyte"
    odd.write_bytes(b"\x00\x00\x08\x03" + (1).to_bytes(4, "big") + (2).to_bytes(4, "big") * 2 + bytes(4))
    assert main(["datasets", "show", str(odd)]) == 2
    assert "…train-images-idx3-ubyte, …t10k-images-idx3-ubyte or …test-images-idx3-ubyte" in capsys.readouterr().err


@pytest.mark.parametrize("argv, message", [
    (["train", "--dataset", "digits", "--preset", "nope", "--out", "m.h5"], "argument --preset: invalid choice: 'nope'"),
    (["bogus"], "argument COMMAND: invalid choice: 'bogus'"),
    (["recognize", "x.png"], "the following arguments are required: --model"),
    # An option the subcommand lacks: its own help, and a near name (walk 121: "see guiapp --help" for train's)
    (["evaluate", "--model", "m.h5", "--dataset", "digits", "--sed", "3"],
     "unrecognized arguments: --sed 3; did you mean --seed? (see guiapp evaluate --help)"),
])
def test_a_mistyped_argument_is_one_line(argv, message, capsys):
    """argparse printed its whole usage (12 lines for train) before the error: one line, pointing at --help."""
    with pytest.raises(SystemExit) as exited:
        main(argv)
    err = capsys.readouterr().err
    assert exited.value.code == 2 and err.count("\n") == 1 and message in err and "--help)" in err, err


def test_every_model_option_is_shown_as_model(capsys):
    """export showed "--model M.h5" though it takes .keras files and bundled names as well, as the others do."""
    for command in ("recognize", "evaluate", "export"):
        text = main_help([command, "--help"], capsys)
        assert "--model MODEL " in text and "M.h5" not in text, (command, text)
    assert "--fine-tune MODEL " in main_help(["train", "--help"], capsys)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's displays: X11 or Wayland")
def test_the_window_without_a_display_says_why_in_one_line(tmp_path):
    """Over SSH, ``guiapp`` ended "Aborted" (134) with nothing said: Qt's line about the missing display went to the
    log (walk 113). It says why, in one line, and exits 2; the commands still run."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["GUIAPP_HOME"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-m", "guiapp"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2 and "no display to open the window on" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "guiapp --help" in done.stderr
    assert subprocess.run([sys.executable, "-m", "guiapp", "--help"], capture_output=True, env=env,
                          timeout=120).returncode == 0
