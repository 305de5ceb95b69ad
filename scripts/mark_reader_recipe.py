"""The sound-mark reader of a bundled kana model (guiapp.core.mark_reader): its training data, its network, and
writing it into the model file. Run by ``scripts/bundled_models.py marks katakana`` (and by ``train katakana``),
about 4 minutes on 2 cores.

Training data: every kana of a family (カ ガ, ハ バ パ, ウ ヴ …) from the synthetic writers, 600 a kana (seed 0),
labelled none / dakuten / handakuten; and the plain kana again, 600 more each, with one stroke end at the top right
of the character turned into an upturned hook (half of them, stroke ends only: 3-7 template units at 60-150° from
the stroke's direction) or swollen into a head (a small filled loop 4-9 units across), labelled "none". A head or
hook there is what print and many hands put on ヒ, ソ, ケ, and what the 32×32 kana models read as a dakuten
(docs/kana.md). No font is trained on.

Input: the character fitted as at 48×48 (its ink box 39 pixels), of which the reader sees the top right 32×32
(where every mark goes): 1.5 times the kana models' scale at under half the pixels. Katakana's reader sees the top
right 48×48 of a 72×72 fit (2.25 times the scale: Mincho ヒ's stroke head told from ビ's ticks, docs/kana.md "A
finer window for the katakana reader"); each model's fit and window are in bundled_models.MARK_READERS. Network: four small
convolution blocks, the first with stride 2, and a 128-unit dense layer (169 k weights, 0.1 ms a call on LiteRT).
Chosen on the validation font families (docs/kana.md), all at the weight 0.7: without the heads and hooks the
reader left ヒビ/ヒピ at 85 %; the whole 48×48 image with a 4× larger network read 99.55 % of the glyphs against
99.38 % for this one, at 5 times its cost.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import numpy as np

SIDE = 48  # the fit the reader's window is cut from (per model: bundled_models.MARK_READERS)
WINDOW = 32  # the reader's input: the top right WINDOW × WINDOW of that fit
PER_KANA = 600
EPOCHS = 6
BATCH = 64
SEED = 0
PARITY_SEED = 1  # the parity check's drawings: other writers than the training ones
VARIANTS_PER_KANA = 16  # hooked or headed forms of each plain kana; its 600 extra samples are spread over them


def reader_spec(side: int = SIDE):
    """The fit the reader's window is cut from: the character's ink box 39 pixels in a 48×48 image."""
    from guiapp.core.preprocess import PreprocessSpec

    return PreprocessSpec(height=side, width=side, fit_size=round(side * 26 / 32))  # the kana models' proportion


def offset(side: int = SIDE, window: int = WINDOW) -> tuple[float, float]:
    """The window's centre from the fit's: right and up, the corner."""
    return (side - window) / 2, -(side - window) / 2


def end_forms(template, rng: np.random.Generator, count: int) -> list:
    """``count`` forms of ``template`` with one stroke end in the top right of the character (right of 0.45, above
    0.55 of its box) ending in an upturned hook or a head; [] when no stroke ends there."""
    from guiapp.core.datasets.templates import Template

    points = np.concatenate(template.strokes)
    low, size = points.min(0), np.maximum(points.max(0) - points.min(0), 1e-9)
    ends = [(s, end) for s, stroke in enumerate(template.strokes) for end in (0, -1)
            if (stroke[end][0] - low[0]) / size[0] > 0.45 and (stroke[end][1] - low[1]) / size[1] < 0.55]
    forms = []
    for _ in range(count if ends else 0):
        s, end = ends[int(rng.integers(len(ends)))]
        stroke = template.strokes[s]
        tip, before = stroke[end], stroke[1 if end == 0 else -2]
        direction = (tip - before) / max(float(np.hypot(*(tip - before))), 1e-9)
        strokes = list(template.strokes)
        if end == -1 and rng.random() < 0.5:  # a hook: the stroke turns upwards at its end
            angle = np.radians(rng.uniform(60, 150))
            c, s_ = np.cos(angle), np.sin(angle)
            turned = [np.array([c * direction[0] - sign * s_ * direction[1], sign * s_ * direction[0] + c * direction[1]])
                      for sign in (1, -1)]
            hook = min(turned, key=lambda v: v[1])  # y grows downwards: the one that goes up
            length = rng.uniform(3, 7)
            strokes[s] = np.concatenate([stroke, [tip + hook * length * 0.5, tip + hook * length]])
        else:  # a head: a small filled loop on the stroke's end
            radius = rng.uniform(2, 4.5)
            centre = tip + direction * radius * 0.5
            turn = np.linspace(0, 2 * np.pi, 9)
            ring = np.stack([np.cos(turn), np.sin(turn)], 1)
            strokes.append(np.concatenate([centre + radius * ring, centre + 0.5 * radius * ring]))
        forms.append(Template(template.char, "end-head-or-hook", tuple(strokes), 1.0))
    return forms


def training_set(chars: str, per_kana: int = PER_KANA, seed: int = SEED, side: int = SIDE,
                 window: int = WINDOW) -> tuple[np.ndarray, np.ndarray]:
    """(N, WINDOW, WINDOW) uint8 coverage (the reader's inputs) and (N,) reader outputs (guiapp.core.mark_reader.STATES order)."""
    from guiapp.core import mark_reader
    from guiapp.core.datasets.synthesis import _prepare, render, synthesize_chunk, variety_for, vary_points
    from guiapp.core.datasets.templates import templates_for

    spec = reader_spec(side)
    rng = np.random.default_rng(seed)
    images, states = [], []
    found = mark_reader.families(chars)
    for members, member_states, real in zip(found.members, found.states, found.real):
        for char, state in zip((chars[i] for i in members[real]), member_states[real]):
            images.append(synthesize_chunk(char, 0, per_kana, seed, spec))
            states += [int(state)] * per_kana
            if state != 0:
                continue
            forms = end_forms(templates_for(char)[0], rng, VARIANTS_PER_KANA)
            for form in forms:
                count = per_kana // len(forms)
                points, radii = vary_points(form, rng, count, variety_for(char))
                images.append(render(points, _prepare(form).starts, radii, spec))
                states += [0] * count
    top, left = 0, side - window  # the top right corner, as offset() places the window at run time
    return np.concatenate(images)[:, top:top + window, left:left + window], np.array(states)


def build(num_states: int, window: int = WINDOW):
    import keras

    layers = keras.layers

    def block(filters, strides=1):
        return [layers.Conv2D(filters, 3, strides=strides, padding="same", use_bias=False),
                layers.BatchNormalization(), layers.ReLU()]

    return keras.Sequential([layers.Input((window, window, 1)), *block(24, 2), *block(24), layers.MaxPooling2D(),
                             *block(48), layers.MaxPooling2D(), *block(96), layers.MaxPooling2D(), layers.Flatten(),
                             layers.Dropout(0.3), layers.Dense(128, activation="relu"), layers.Dropout(0.3),
                             layers.Dense(num_states, activation="softmax")], name="mark_reader")


def train_reader(chars: str, side: int = SIDE, window: int = WINDOW):
    """The reader for ``chars`` (a kana model's labels), trained from seed 0."""
    import keras

    from guiapp.core import mark_reader

    images, states = training_set(chars, side=side, window=window)
    keras.utils.set_random_seed(SEED)
    model = build(len(mark_reader.STATES), window)
    steps = EPOCHS * (len(images) // BATCH)
    model.compile(keras.optimizers.Adam(keras.optimizers.schedules.CosineDecay(2e-3, steps)),
                  "sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(images[..., None].astype(np.float32) / 255.0, states, batch_size=BATCH, epochs=EPOCHS, shuffle=True,
              verbose=2)
    return model


def add_reader(model_path: Path, chars: str, side: int = SIDE, window: int = WINDOW) -> None:
    """Train the reader for the kana model at ``model_path`` and write it into that file (a copy replaced
    atomically) once its LiteRT form matches Keras (as every converted form must); SystemExit otherwise."""
    from guiapp.core import mark_reader
    from guiapp.core.atomic import atomic_path
    from guiapp.core.inference.convert import PARITY_SAMPLES, measure_parity, to_litert
    from guiapp.core.inference.litert import RUNTIME, LiteModel, runtime_version

    started = time.perf_counter()
    model = train_reader(chars, side, window)
    content = to_litert(model)
    lite = LiteModel(content, (window, window, 1), len(mark_reader.STATES))
    held_out, _ = training_set(chars, per_kana=2 * VARIANTS_PER_KANA, seed=PARITY_SEED, side=side, window=window)
    pick = np.random.default_rng(0).permutation(len(held_out))[:PARITY_SAMPLES]
    parity = measure_parity(model, lite, held_out[np.sort(pick)][..., None].astype(np.float32) / 255.0)
    if not parity.ok:
        raise SystemExit(f"{model_path.name}: mark reader refused: LiteRT differs from Keras (max |Δp| "
                         f"{parity.max_abs_diff:.2g}, top-1 agrees on {parity.top1_agree} of {parity.samples})")
    info = {"spec": reader_spec(side).to_dict(), "side": window, "offset": list(offset(side, window)), "runtime": RUNTIME,
            "runtime_version": runtime_version(), "parity": parity.to_dict(), "recipe": "scripts/mark_reader_recipe.py"}
    with atomic_path(model_path) as tmp:
        shutil.copyfile(model_path, tmp)
        mark_reader.embed(tmp, content, info)
    print(f"{model_path.stem}: mark reader added in {time.perf_counter() - started:.0f} s ({len(content) / 1e6:.2f} "
          f"MB); parity on {parity.samples} drawings: max |Δp| {parity.max_abs_diff:.2g}, top-1 agrees on "
          f"{parity.top1_agree}", flush=True)
