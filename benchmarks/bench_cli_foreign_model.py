"""`guiapp recognize` with a model from elsewhere (a plain Keras .h5, labels in a labels.txt beside it): every call
loaded TensorFlow (7-10 s on 2 cores, a walk); the command line now keeps the model's converted form after its
first call, as the window does, and later calls read it without TensorFlow.

Measured side by side in one run, as fresh processes, interleaved:

* ``first_s``: the first call, which recognizes on TensorFlow and then converts (once);
* ``tensorflow_answer_s``: until the answer is printed by a call on TensorFlow (a fresh home, no converted form:
  what every call cost before; its conversion afterwards is not counted);
* ``converted_s``: a whole call once the converted form is kept;
* ``ratio_tensorflow_over_converted``: how many times faster a later call is.

    python3 benchmarks/bench_cli_foreign_model.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness import report  # noqa: E402


def _model(folder: Path) -> Path:
    import keras

    path = folder / "foreign.h5"
    keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Conv2D(16, 3, activation="relu"),
                      keras.layers.MaxPooling2D(), keras.layers.Flatten(),
                      keras.layers.Dense(10, activation="softmax")]).save(path)
    (folder / "labels.txt").write_text("\n".join("0123456789"))
    return path


def _image(folder: Path) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("L", (28, 28), 255)
    ImageDraw.Draw(image).line([(8, 6), (20, 6), (12, 22)], fill=0, width=3)
    path = folder / "seven.png"
    image.save(path)
    return path


def _call(model: Path, image: Path, home: Path, until_answer: bool = False) -> float:
    """Seconds of one ``guiapp recognize`` in a fresh process: the whole call, or until its answer is printed."""
    env = {**os.environ, "GUIAPP_HOME": str(home)}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "guiapp", "recognize", "--model", str(model), str(image)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    answer = process.stdout.readline()
    answered = time.perf_counter() - started
    _, errors = process.communicate(timeout=600)
    if process.returncode != 0 or not answer.startswith(str(image)):
        raise SystemExit(f"guiapp recognize failed: {errors}")
    return answered if until_answer else time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        model, image, home = _model(folder), _image(folder), folder / "home"
        report("first_s", _call(model, image, home), "s")
        tensorflow, converted = [], []
        for repeat in range(args.repeats):  # interleaved: load changes hit both alike
            tensorflow.append(_call(model, image, folder / f"fresh-{repeat}", until_answer=True))
            converted.append(_call(model, image, home))
        import statistics

        t, c = statistics.median(tensorflow), statistics.median(converted)
        report("tensorflow_answer_s", t, "s")
        report("converted_s", c, "s")
        report("ratio_tensorflow_over_converted", t / c)


if __name__ == "__main__":
    main()
