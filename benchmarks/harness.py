"""Runner convention for benchmarks: each script prints ``name: value`` lines, medians of repeated runs, and a
``ratio_…`` line comparing the app's path with its baseline measured side by side in the same run (the machines
are shared and noisy, so absolute times vary; ratios and medians are what we quote)."""

from __future__ import annotations

import statistics
import time
from typing import Callable


def report(name: str, value: float | int | str, unit: str = "") -> None:
    if isinstance(value, float):
        value = f"{value:.4g}"
    print(f"{name}: {value}{(' ' + unit) if unit else ''}", flush=True)


def median_time(fn: Callable[[], object], repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved(candidates: dict[str, Callable[[], object]], repeats: int = 5) -> dict[str, float]:
    """Median seconds of each candidate, run alternately so load changes hit all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(repeats):
        for name, fn in candidates.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}
