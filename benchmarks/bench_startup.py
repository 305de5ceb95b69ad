"""Start-up: how soon the window is visible, and how soon the first prediction is possible, after launching guiapp.

Each run launches ``python -m guiapp`` offscreen in a fresh process with a throwaway settings folder whose last
model is set (a bundled model when there is one, else a tiny model trained here), and times the lines the app
prints under ``GUIAPP_STARTUP_TRACE`` as they arrive: ``window-shown`` (the window has been painted) and
``recognition-ready`` (the model loaded and warmed up by one prediction). Interleaved with it, the old path
(``GUIAPP_RUNTIME=tensorflow``: TensorFlow imported, the Keras model loaded and compiled) and a bare
``python -c "import tensorflow"``: the cost the window must not wait for.

Targets (issue #17): first prediction possible ≤ 1.5 s and ≤ 1.5× the window-visible time (medians).

    python3 benchmarks/bench_startup.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def pick_model(workdir: Path) -> Path:
    from guiapp.qt.recognize.model_picker import bundled_models

    bundled = bundled_models()
    if bundled:
        return bundled[0][1]
    from guiapp.core.datasets.builtin import load_builtin
    from guiapp.core.training.engine import train
    from guiapp.core.training.config import TrainConfig

    dataset = load_builtin("digits", samples_per_class=30, use_cache=False)
    result = train(TrainConfig(preset="keras-tutorial", epochs=1, batch_size=32, validation_split=0.2,
                               test_split=0), dataset)
    return result.save(workdir / "tiny.h5")


def launch_app(env: dict) -> dict[str, float]:
    """Seconds from launch to each startup line; the process quits by itself once ready."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "guiapp"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, env=env, cwd=ROOT)
    seen: dict[str, float] = {}
    for line in process.stdout:
        if line.startswith("startup: "):
            seen[line.split(":", 1)[1].strip()] = time.perf_counter() - started
    process.wait(timeout=120)
    return seen


def import_tensorflow(env: dict) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import tensorflow"], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    with tempfile.TemporaryDirectory(prefix="guiapp-bench-startup-") as tmp:
        home = Path(tmp)
        os.environ["GUIAPP_HOME"] = str(home)
        model = pick_model(home)
        from guiapp.qt.settings import Settings

        settings = Settings(reset=True)
        settings.last_model = str(model)
        settings.sync()
        env = dict(os.environ, GUIAPP_HOME=str(home), QT_QPA_PLATFORM="offscreen", GUIAPP_STARTUP_TRACE="1",
                   GUIAPP_STARTUP_QUIT="1", TF_CPP_MIN_LOG_LEVEL="3")
        launch_app(env)  # warm the OS file cache once, like any second launch
        shown, ready, baseline, old_shown, old_ready = [], [], [], [], []
        old_env = dict(env, GUIAPP_RUNTIME="tensorflow")
        for _ in range(args.repeats):
            for target, env_now in (((shown, ready), env), ((old_shown, old_ready), old_env)):
                seen = launch_app(env_now)
                if "window-shown" not in seen or "recognition-ready" not in seen:
                    print(f"error: the app did not report start-up (saw {sorted(seen)})", file=sys.stderr)
                    return 1
                target[0].append(seen["window-shown"])
                target[1].append(seen["recognition-ready"])
            baseline.append(import_tensorflow(env))
    report("model", Path(model).name)
    report("repeats", args.repeats)
    report("window_visible_s", statistics.median(shown), "s")
    report("first_prediction_possible_s", statistics.median(ready), "s")
    report("old_window_visible_s", statistics.median(old_shown), "s")
    report("old_first_prediction_possible_s", statistics.median(old_ready), "s")
    report("baseline_import_tensorflow_s", statistics.median(baseline), "s")
    report("ratio_old_over_new_first_prediction", statistics.median(old_ready) / statistics.median(ready))
    report("ratio_first_prediction_vs_window_visible", statistics.median(ready) / statistics.median(shown))
    report("ratio_window_visible_vs_import_tensorflow", statistics.median(shown) / statistics.median(baseline))
    report("ratio_first_prediction_vs_import_tensorflow", statistics.median(ready) / statistics.median(baseline))
    report("target_window_visible_met", "yes" if statistics.median(shown) <= 1.0 else "no")
    met = statistics.median(ready) <= 1.5 and statistics.median(ready) <= 1.5 * statistics.median(shown)
    report("target_first_prediction_met", "yes" if met else "no")
    return 0


if __name__ == "__main__":
    sys.exit(main())
