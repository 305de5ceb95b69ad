"""Small real dataset files for the dataset panel tests (IDX, .npz, class folders) and panel helpers."""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np
from PIL import Image

from guiapp.core.strokes import Drawing, Stroke


def blob_images(n: int, size: int = 28, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    images = np.zeros((n, size, size), np.uint8)
    for k in range(n):
        y, x = rng.integers(2, size - 12, 2)
        images[k, y : y + 8, x : x + 8] = 200 + k % 50
    return images


def write_idx(folder: Path, n_train: int = 40, n_test: int = 10, classes: int = 4) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for split, n, seed in (("train", n_train, 0), ("t10k", n_test, 1)):
        images = blob_images(n, seed=seed)
        labels = (np.arange(n) % classes).astype(np.uint8)
        (folder / f"{split}-images-idx3-ubyte.gz").write_bytes(gzip.compress(
            b"\x00\x00\x08\x03" + np.array([n, 28, 28], ">u4").tobytes() + images.tobytes()))
        (folder / f"{split}-labels-idx1-ubyte.gz").write_bytes(gzip.compress(
            b"\x00\x00\x08\x01" + np.array([n], ">u4").tobytes() + labels.tobytes()))
    return folder


def write_npz(path: Path, n: int = 30, classes=("cat", "dog", "fish")) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, images=blob_images(n, seed=2), labels=np.arange(n) % len(classes), classes=np.array(classes))
    return path


def write_class_folder(root: Path, per_class: int = 6, classes=("a", "b", "c"), broken: int = 0) -> Path:
    """A folder of class sub-folders of PNGs (dark ink on white paper); ``broken`` damaged files in class a."""
    images = blob_images(per_class * len(classes), seed=3)
    k = 0
    for cls in classes:
        (root / cls).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            Image.fromarray(255 - images[k]).save(root / cls / f"{i}.png")
            k += 1
    for i in range(broken):
        (root / classes[0] / f"broken{i}.png").write_bytes(b"\x89PNG\r\n\x1a\n this is not really a png")
    return root


def drawing(shift: float = 0.0) -> Drawing:
    return Drawing([Stroke([[20 + shift, 20], [50, 60], [80, 25]], times=[0.0, 0.1, 0.2]),
                    Stroke([[30, 80], [70, 80 - shift]], times=[0.5, 0.6])], 100.0, 100.0)


def open_in(qtbot, panel, name: str, timeout: int = 120_000):
    """Choose ``name`` in the panel's list and wait until it is shown (``timeout``: a safety net, never a
    measurement: synthesising latin's 52 classes took over 20 s on a busy 2-core CI machine)."""
    if panel.name == name and panel.dataset is not None:
        return panel.dataset
    with qtbot.waitSignal(panel.datasetOpened, timeout=timeout) as blocker:
        assert panel.list.select(name), f"{name} is not listed: {panel.list.names()}"
    assert blocker.args == [name]
    return panel.dataset


def run_and_wait(qtbot, runner, start, timeout: int = 20000):
    """Call ``start()`` (which queues work on ``runner``) and wait for the runner to end."""
    with qtbot.waitSignal(runner.ended, timeout=timeout):
        start()


def shown_panel(qtbot, width: int = 1000, height: int = 650):
    """For a fixture (``yield from shown_panel(qtbot)``): a DatasetsPanel shown offscreen, stopped afterwards.
    Sizes are not counted in the background: tests wait on the panel's runner, so nothing else may run."""
    from guiapp.qt.datasets.panel import DatasetsPanel

    widget = DatasetsPanel(count_in_background=False)
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    yield widget
    widget.stop_and_wait()
