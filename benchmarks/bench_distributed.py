"""Multi-worker training throughput: ``guiapp train`` as 1 worker vs 2 workers of a MultiWorkerMirroredStrategy
cluster on 127.0.0.1 (same per-replica batch, so 2 workers step through a global batch twice as big), alternated in
one run so load changes hit both alike.

On one machine the two workers share its cores and every step all-reduces the gradients over loopback TCP, so no
speed-up is expected here: the ratio measures the overhead of the collective machinery. A real speed-up needs
workers on separate machines (or GPUs), where each brings its own compute.

Reported: median training throughput (samples per second over the epochs after the first, which holds tracing),
median wall time of the whole command (start-up, data, training, saving), and ``ratio_throughput_2v1``.
Usage: python benchmarks/bench_distributed.py [--samples-per-class 100] [--preset keras-tutorial] [--epochs 3]
       [--batch-size 32] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import report  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EPOCH = re.compile(r"^epoch\s+(\d+)/\d+ .*?([\d,]+) samples/s", re.M)


def free_ports(n: int) -> list[int]:
    sockets = [socket.socket() for _ in range(n)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


def run(workers: int, argv: list[str], home: Path) -> tuple[float, float]:
    """(median samples/s of epochs 2.., wall seconds) of one run with ``workers`` worker processes."""
    cluster = ",".join(f"127.0.0.1:{port}" for port in free_ports(workers))
    env = {**os.environ, "GUIAPP_HOME": str(home), "TF_CPP_MIN_LOG_LEVEL": "2", "CUDA_VISIBLE_DEVICES": "",
           "PYTHONPATH": str(ROOT)}
    out = home / "model.h5"
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "guiapp", "train", *argv, "--out", str(out), "--cluster", cluster,
                               "--task-index", str(index)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=env) for index in range(workers)]
    try:
        outputs = [proc.communicate(timeout=1800) for proc in procs]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    wall = time.perf_counter() - start
    for proc, (stdout, stderr) in zip(procs, outputs):
        if proc.returncode:
            raise SystemExit(f"a worker failed ({proc.returncode}):\n{stdout}\n{stderr[-3000:]}")
    rates = [float(rate.replace(",", "")) for epoch, rate in EPOCH.findall(outputs[0][0]) if int(epoch) > 1]
    return statistics.median(rates), wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", default="digits")
    parser.add_argument("--samples-per-class", type=int, default=100)
    parser.add_argument("--preset", default="keras-tutorial")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32, help="per replica")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    argv = ["--dataset", args.dataset, "--samples-per-class", str(args.samples_per_class), "--preset", args.preset,
            "--epochs", str(args.epochs), "--batch-size", str(args.batch_size), "--early-stopping", "0",
            "--test-split", "0"]
    results: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory(prefix="guiapp-bench-distributed-") as folder:
        home = Path(folder)
        run(1, argv, home)  # warm-up: the dataset cache, the page cache of TensorFlow's libraries
        for _ in range(args.repeats):
            for workers in (1, 2):
                results[workers].append(run(workers, argv, home))
    report("config", f"{args.dataset} {args.samples_per_class}/class, {args.preset}, {args.epochs} epochs, "
                     f"batch {args.batch_size} per replica, {args.repeats} repeats, {os.cpu_count()} CPUs, loopback")
    medians = {}
    for workers, runs in results.items():
        medians[workers] = statistics.median(rate for rate, _ in runs)
        report(f"throughput_{workers}worker_median", medians[workers], "samples/s")
        report(f"wall_{workers}worker_median", statistics.median(wall for _, wall in runs), "s")
    report("ratio_throughput_2v1", medians[2] / medians[1])


if __name__ == "__main__":
    main()
