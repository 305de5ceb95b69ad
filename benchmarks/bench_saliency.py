"""“Where it looked” (issue #21): what one saliency map costs, and whether computing maps slows recognition.

The bundled digits model (the default ``inkling`` preset) recognises one pad drawing on LiteRT, as the window does,
in three interleaved conditions:

* ``alone``: recognition only (the overlay switched off);
* ``after``: each recognition followed by its saliency map in the same loop (what the window does, except that
  there the map runs in another thread after the answer is on screen: recognition latency is measured before it);
* ``paced``: as the window runs while a stroke is drawn: a recognition every ``LIVE_INTERVAL_MS`` (120 ms), each
  answer followed by its map in a second thread, interleaved with the same pacing without maps;
* ``contended``: recognition while a second thread computes saliency maps back to back without pause (worst case:
  a map for every pen move, on the same 2 cores).

Also: the Explainer's first-use cost (TensorFlow import, model load, tracing) and a map's p50 / p95.

    python3 benchmarks/bench_saliency.py [--calls 200] [--paced-calls 100]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402


def percentile(values, q):
    return float(np.percentile(np.asarray(values), q))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--paced-calls", type=int, default=100)
    parser.add_argument("--model", default=None, help="model file (default: the bundled digits model)")
    args = parser.parse_args()

    from guiapp import paths
    from guiapp.core.recognition import Recognizer
    from guiapp.core.strokes import Drawing, Stroke

    model = args.model or str(paths.resource("models") / "digits.h5")
    recognizer = Recognizer(model)
    drawing = Drawing([Stroke(np.array([[30, 20], [100, 20]], float)),
                       Stroke(np.array([[100, 20], [60, 120]], float))], 280, 280)
    started = time.perf_counter()
    from guiapp.core.saliency import Explainer
    from guiapp.core.tf_runtime import ensure_tensorflow

    ensure_tensorflow()
    explainer = Explainer(model)
    explainer.explain(drawing, pen_width=16.0)
    first_use = time.perf_counter() - started

    def recognise_ms():
        t = time.perf_counter()
        recognizer.recognize(drawing, pen_width=16.0)
        return (time.perf_counter() - t) * 1000

    for _ in range(20):
        recognise_ms()
        explainer.explain(drawing, pen_width=16.0)
    alone, after, maps = [], [], []
    for _ in range(args.calls):
        alone.append(recognise_ms())
        after.append(recognise_ms())
        t = time.perf_counter()
        explainer.explain(drawing, pen_width=16.0)
        maps.append((time.perf_counter() - t) * 1000)

    from guiapp.qt.recognize.panel import LIVE_INTERVAL_MS

    asked, done = threading.Event(), threading.Event()
    paced = []

    def on_request():
        while not done.is_set():
            if asked.wait(0.5):
                asked.clear()
                explainer.explain(drawing, pen_width=16.0)

    worker = threading.Thread(target=on_request, daemon=True)
    worker.start()
    paced_alone = []
    for _ in range(args.paced_calls):  # interleaved: without a map, then with one
        for with_map, out in ((False, paced_alone), (True, paced)):
            tick = time.perf_counter()
            out.append(recognise_ms())
            if with_map:
                asked.set()  # the answer is on screen: its map is asked for
            time.sleep(max(0.0, LIVE_INTERVAL_MS / 1000 - (time.perf_counter() - tick)))
    done.set()
    worker.join()

    stop = threading.Event()

    def busy():
        while not stop.is_set():
            explainer.explain(drawing, pen_width=16.0)

    worker = threading.Thread(target=busy, daemon=True)
    worker.start()
    contended = [recognise_ms() for _ in range(args.calls)]
    stop.set()
    worker.join()

    print(f"model {Path(model).name} on {recognizer.runtime}, {args.calls} calls per condition, "
          f"saliency {explainer.method} of {explainer.layer}")
    print(f"explainer first use (TensorFlow import, load, trace): {first_use:.2f} s")
    for name, values in (("recognise alone", alone), ("recognise after a map", after),
                         ("paced 120 ms, no maps", paced_alone), ("paced 120 ms, maps", paced),
                         ("recognise while maps run", contended), ("saliency map", maps)):
        print(f"{name:26s} p50 {statistics.median(values):6.2f} ms   p95 {percentile(values, 95):6.2f} ms")


if __name__ == "__main__":
    main()
