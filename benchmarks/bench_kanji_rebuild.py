"""What the bundled kanji model (issue #19) costs before anyone trains it: the recipe in scripts/bundled_models.py
(``kanji``: the built-in ``joyo``, 2,136 classes at 64×64, the default preset) measured in pieces on this machine,
and the whole rebuild extrapolated from them. Speed and size do not depend on the weights, so an untrained network
of the recipe's shape gives the model's real file size and recognition latency.

* ``synth_ms_per_image``: synthesising jōyō kanji (one process; a spread of 40 characters from 1 to 29 strokes),
  and the recipe's synthesis time on one core and on every core of this machine (the pool scales with cores);
* ``train_samples_per_s``: training steps of the recipe's network (batch 128, Adam), median of timed windows after
  a warm-up, and the recipe's training time at that rate (80 % of the samples per epoch, its epochs);
* ``file_mb``: the saved ``.h5`` with its converted form (the issue's budget: 12 MB);
* ``single_litert_p50/p95`` and ``single_tf_graph_p95``: one image through ``Recognizer.infer_one`` on LiteRT
  and on TensorFlow's compiled call, interleaved (the issue's target: p95 ≤ 5 ms).

    python3 benchmarks/bench_kanji_rebuild.py [--steps 30] [--calls 300]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402

from harness import report  # noqa: E402


def recipe_numbers() -> tuple[int, int]:
    """(samples per class, epochs) of the kanji recipe."""
    from bundled_models import RECIPES

    args = RECIPES["kanji"]
    return int(args[args.index("--samples-per-class") + 1]), int(args[args.index("--epochs") + 1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=30, help="timed training steps")
    parser.add_argument("--calls", type=int, default=300, help="single-image calls per runtime")
    args = parser.parse_args()
    os.environ.setdefault("GUIAPP_HOME", tempfile.mkdtemp(prefix="guiapp-bench-"))

    from guiapp.core.datasets.builtin import BUILTINS
    from guiapp.core.datasets.synthesis import synthesize_chunk

    chars, spec, _ = BUILTINS["joyo"]
    per_class, epochs = recipe_numbers()
    cores = os.cpu_count() or 1
    total = len(chars) * per_class
    report("classes", len(chars))
    report("recipe", f"{per_class}/class × {epochs} epochs, {spec.height}×{spec.width}")

    sample = chars[:: max(1, len(chars) // 40)][:40]
    synthesize_chunk(sample[0], 0, 5, 0, spec)  # templates parsed, caches warm
    started = time.perf_counter()
    for char in sample:
        synthesize_chunk(char, 0, 25, 0, spec)
    per_image = (time.perf_counter() - started) / (25 * len(sample))
    report("synth_ms_per_image", per_image * 1e3)
    report("synth_recipe_h_one_core", total * per_image / 3600)
    report(f"synth_recipe_h_{cores}_cores", total * per_image / cores / 3600)

    import keras

    from guiapp.core.modelfile import save_model
    from guiapp.core.training.presets import DEFAULT_PRESET, build_model

    model = build_model(DEFAULT_PRESET, spec.input_shape, len(chars))
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy")
    rng = np.random.default_rng(0)
    x = rng.random((128, *spec.input_shape), np.float32)
    y = rng.integers(0, len(chars), 128)
    for _ in range(3):
        model.train_on_batch(x, y)
    windows = []
    for _ in range(max(1, args.steps // 5)):
        started = time.perf_counter()
        for _ in range(5):
            model.train_on_batch(x, y)
        windows.append(5 * 128 / (time.perf_counter() - started))
    rate = float(np.median(windows))
    report("train_samples_per_s", rate)
    train_h = 0.8 * total * epochs / rate / 3600
    report("train_recipe_h", train_h)
    report("rebuild_h_this_machine", train_h + total * per_image / cores / 3600)

    path = Path(tempfile.mkdtemp(prefix="guiapp-kanji-")) / "kanji.h5"
    save_model(model, path, list(chars), spec, {"preset": DEFAULT_PRESET})
    report("file_mb", path.stat().st_size / 1e6)

    from guiapp.core.recognition import Recognizer

    lite = Recognizer(path)
    heavy = Recognizer(path, runtime="tensorflow")
    report("runtime", lite.runtime)
    one = rng.random(spec.input_shape, np.float32)
    times: dict[str, list[float]] = {"litert": [], "tf_graph": []}
    candidates = {"litert": lite.infer_one, "tf_graph": heavy.infer_one}
    for fn in candidates.values():
        for _ in range(10):
            fn(one)
    for call in range(args.calls):
        order = list(candidates.items())
        for name, fn in order[call % 2:] + order[:call % 2]:
            started = time.perf_counter()
            fn(one)
            times[name].append(time.perf_counter() - started)
    for name, values in times.items():
        report(f"single_{name}_p50", float(np.percentile(values, 50)) * 1e3, "ms")
        report(f"single_{name}_p95", float(np.percentile(values, 95)) * 1e3, "ms")
    report("ratio_p95_tf_graph_over_litert",
           float(np.percentile(times["tf_graph"], 95) / np.percentile(times["litert"], 95)))


if __name__ == "__main__":
    main()
