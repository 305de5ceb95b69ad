"""Choosing the light inference runtime: ONNX Runtime against LiteRT (the TF Lite interpreter), with TensorFlow's
compiled graph call (what ``Recognizer`` used before) as the baseline, all measured in one run.

For each model (the ``tf-expert`` reference CNN and the default ``inkling`` preset, 28×28×1, 10 classes, untrained:
speed does not depend on the weights) Keras exports both forms (``model.export(format="onnx" | "litert")``), then:

* ``import_*``: seconds to import the runtime in a fresh interpreter (median of fresh processes, interleaved);
* ``load_*``: seconds from file to a session ready to run (session / interpreter creation + first call);
* ``single_*_p50/p95``: one image, intra-op threads = 1 (a default thread pool adds multi-ms tails on a busy
  2-core machine), the candidates interleaved call by call, rotated each round;
* ``size_*``: installed size of the runtime's own package (what PyInstaller would add; the shared dependencies
  numpy, protobuf and flatbuffers are in the bundle already for TensorFlow);
* ``maxdiff_*``: max |Δp| against Keras on 500 random inputs.

    python3 benchmarks/bench_runtimes.py [--calls 1000] [--imports 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402

from harness import report  # noqa: E402

IMPORTS = {"onnxruntime": "import onnxruntime", "litert": "from ai_edge_litert.interpreter import Interpreter",
           "tensorflow": "import tensorflow"}
DISTRIBUTIONS = {"onnxruntime": "onnxruntime", "litert": "ai-edge-litert"}


def import_seconds(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3"))
    return float(out.stdout.strip().splitlines()[-1])


def installed_mb(distribution: str) -> float:
    files = metadata.distribution(distribution).files or []
    return sum(f.locate().stat().st_size for f in files if f.locate().is_file()) / 1e6


def ort_session(path: str):
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    session = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name
    return lambda x: session.run(None, {name: x})[0]


def litert_session(path: str):
    from ai_edge_litert.interpreter import Interpreter

    interpreter = Interpreter(model_path=path, num_threads=1)
    runner = interpreter.get_signature_runner()
    (in_name,) = runner.get_input_details()
    (out_name,) = runner.get_output_details()
    return lambda x: runner(**{in_name: x})[out_name]


def percentile(values, q) -> float:
    return float(np.percentile(np.asarray(values), q))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--imports", type=int, default=5)
    args = parser.parse_args()

    import_times: dict[str, list[float]] = {name: [] for name in IMPORTS}
    for _ in range(args.imports):
        for name, statement in IMPORTS.items():
            import_times[name].append(import_seconds(statement))
    for name, values in import_times.items():
        report(f"import_{name}", float(np.median(values)), "s")
    for name, dist in DISTRIBUTIONS.items():
        report(f"size_{name}", installed_mb(dist), "MB installed")

    import keras
    import tensorflow as tf

    from guiapp.core.training.presets import build_model

    rng = np.random.default_rng(0)
    tmp = Path(tempfile.mkdtemp(prefix="bench_runtimes."))
    for preset in ("tf-expert", "inkling"):
        model = build_model(preset, (28, 28, 1), 10)
        model(np.zeros((1, 28, 28, 1), np.float32))
        onnx_path, tflite_path = str(tmp / f"{preset}.onnx"), str(tmp / f"{preset}.tflite")
        model.export(onnx_path, format="onnx", verbose=False)
        model.export(tflite_path, format="litert", verbose=False)
        keras.backend.clear_session(free_memory=False)

        loads = {}
        for name, factory, path in (("onnxruntime", ort_session, onnx_path), ("litert", litert_session, tflite_path)):
            start = time.perf_counter()
            run = factory(path)
            run(np.zeros((1, 28, 28, 1), np.float32))
            loads[name] = (time.perf_counter() - start, run)
            report(f"{preset}_load_{name}", loads[name][0], "s")

        graph = tf.function(lambda x: model(x, training=False), input_signature=[
            tf.TensorSpec((1, 28, 28, 1), tf.float32)]).get_concrete_function()
        candidates = {"tf_graph": lambda x: graph(tf.constant(x)).numpy(),
                      "onnxruntime": loads["onnxruntime"][1], "litert": loads["litert"][1]}

        # Parity on 500 inputs, one at a time (the LiteRT signature has a fixed batch of 1).
        samples = rng.random((500, 28, 28, 1), np.float32)
        reference = model.predict(samples, verbose=0, batch_size=500)
        for name in ("onnxruntime", "litert"):
            got = np.concatenate([candidates[name](s[None]) for s in samples])
            report(f"{preset}_maxdiff_{name}", float(np.abs(got - reference).max()))
            report(f"{preset}_top1_agree_{name}", int((got.argmax(1) == reference.argmax(1)).sum()), "of 500")

        times: dict[str, list[float]] = {name: [] for name in candidates}
        names = list(candidates)
        x = samples[:1].copy()
        for name in names:  # warm-up
            for _ in range(20):
                candidates[name](x)
        for call in range(args.calls):
            order = names[call % len(names):] + names[: call % len(names)]
            for name in order:
                start = time.perf_counter()
                candidates[name](x)
                times[name].append((time.perf_counter() - start) * 1000)
        for name, values in times.items():
            report(f"{preset}_single_{name}_p50", percentile(values, 50), "ms")
            report(f"{preset}_single_{name}_p95", percentile(values, 95), "ms")
        base = percentile(times["tf_graph"], 95)
        for name in ("onnxruntime", "litert"):
            report(f"{preset}_ratio_p95_tf_graph_over_{name}", base / percentile(times[name], 95))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
