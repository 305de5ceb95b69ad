"""Synthesis throughput: the app's parallel synthesiser vs the same work in one process, side by side.

Target: >= 2,000 samples/s on this 2-core machine for the built-in digits (28×28), with hiragana reported too.
Usage: python benchmarks/bench_synthesis.py [--samples-per-class 1000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import interleaved, report  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples-per-class", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("GUIAPP_HOME", tempfile.mkdtemp(prefix="guiapp-bench-"))
    from guiapp.core.datasets.builtin import request_for, synthesize

    report("cpu_count", os.cpu_count() or 1)
    for name in ("digits", "hiragana"):
        request = request_for(name, args.samples_per_class)
        total = len(request.chars) * request.samples_per_class
        medians = interleaved(
            {
                "parallel": lambda: synthesize(request),
                "one_process": lambda: synthesize(request, workers=1),
            },
            repeats=args.repeats,
        )
        report(f"{name}_samples", total)
        report(f"{name}_parallel_samples_per_s_median", total / medians["parallel"])
        report(f"{name}_one_process_samples_per_s_median", total / medians["one_process"])
        report(f"{name}_ratio_parallel_over_one_process", medians["one_process"] / medians["parallel"])


if __name__ == "__main__":
    main()
