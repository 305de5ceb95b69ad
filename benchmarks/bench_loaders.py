"""Fashion-MNIST load time: ``load_idx_dataset`` against a naive IDX reader.

The baseline is what most scripts do: ``gzip.open().read()`` each file, ``np.frombuffer(...).reshape``,
``np.concatenate`` train and test, ``.copy()``. The two run alternately (7 each, after one warm-up), so drifting
machine load hits both alike. Prints ``name: value`` lines. Skips (exit 0) when the data is not installed.

    python3 benchmarks/bench_loaders.py [folder]
"""

from __future__ import annotations

import gzip
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from guiapp.core.datasets.idx import load_idx_dataset  # noqa: E402

DEFAULT = Path("/usr/share/datasets/fashion-mnist")
REPEATS = 7


def baseline(folder: Path):
    def read(name: str, offset: int, shape) -> np.ndarray:
        with gzip.open(folder / name, "rb") as f:
            data = f.read()
        return np.frombuffer(data, np.uint8, offset=offset).reshape(shape)

    images = np.concatenate([
        read("train-images-idx3-ubyte.gz", 16, (-1, 28, 28)),
        read("t10k-images-idx3-ubyte.gz", 16, (-1, 28, 28)),
    ]).copy()
    labels = np.concatenate([
        read("train-labels-idx1-ubyte.gz", 8, (-1,)),
        read("t10k-labels-idx1-ubyte.gz", 8, (-1,)),
    ]).copy()
    return images, labels


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not (folder / "train-images-idx3-ubyte.gz").is_file():
        print(f"skipped: Fashion-MNIST IDX files not found in {folder}")
        return 0
    ours_ds = load_idx_dataset(folder)  # warm-up (page cache, imports)
    base_images, base_labels = baseline(folder)
    assert np.array_equal(ours_ds.images, base_images) and np.array_equal(ours_ds.labels, base_labels)
    del ours_ds, base_images, base_labels

    ours, base = [], []
    for _ in range(REPEATS):
        start = time.perf_counter()
        ds = load_idx_dataset(folder)
        ours.append((time.perf_counter() - start) * 1000)
        del ds
        start = time.perf_counter()
        result = baseline(folder)
        base.append((time.perf_counter() - start) * 1000)
        del result
    ours_median, base_median = statistics.median(ours), statistics.median(base)
    print("samples: 70000")
    print(f"repeats: {REPEATS}")
    print(f"idx_load_ms_median: {ours_median:.1f}")
    print(f"idx_load_ms_min: {min(ours):.1f}")
    print(f"baseline_load_ms_median: {base_median:.1f}")
    print(f"baseline_load_ms_min: {min(base):.1f}")
    print(f"ratio_baseline_over_ours: {base_median / ours_median:.2f}")
    print(f"target_500ms_met: {ours_median <= 500}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
