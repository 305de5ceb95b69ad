"""The sound-mark reader (guiapp.core.mark_reader): how its reading splits a family's share, the reader stored in a
model file and used by the recognize path on both runtimes, damaged readers ignored, and the bundled kana models'
readers on stroke ends that look like marks."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

from guiapp.core import mark_reader  # noqa: E402
from guiapp.core.datasets.builtin import HIRAGANA_ALL, KATAKANA_ALL  # noqa: E402
from guiapp.core.preprocess import PreprocessSpec  # noqa: E402

# Headed or hooked ヒ, ソ and と read right through the recognize path: 35 of 40 each when written (the model alone:
# 13, 16 and 13); the floor leaves room for TensorFlow's run-to-run differences when the reader is retrained.
HEADED_RIGHT = {"ヒ": 0.75, "ソ": 0.75, "と": 0.75}
REPO = Path(__file__).resolve().parents[2]
LABELS = ["あ", "か", "が", "は", "ば", "ぱ"]
SPEC = PreprocessSpec(height=32, width=32, fit_size=26)
READER_SPEC = PreprocessSpec(height=48, width=48, fit_size=39)


def test_families_of_every_kana_set():
    hiragana = mark_reader.families(HIRAGANA_ALL)
    katakana = mark_reader.families(KATAKANA_ALL)
    assert len(hiragana) == 21 and len(katakana) == 21  # か…と (15), は…ほ (5), う/ゔ
    row = [HIRAGANA_ALL[i] for i in hiragana.members[:, 0]].index("は")
    assert "".join(HIRAGANA_ALL[i] for i in hiragana.members[row]) == "はばぱ" and list(hiragana.states[row]) == [0, 1, 2]
    row = [KATAKANA_ALL[i] for i in katakana.members[:, 0]].index("ウ")
    assert list(katakana.real[row]) == [True, True, False] and KATAKANA_ALL[katakana.members[row, 1]] == "ヴ"
    assert len(mark_reader.families("0123456789")) == 0 and len(mark_reader.families("あいう")) == 0


def test_a_family_is_split_again_and_its_total_kept():
    found = mark_reader.families(LABELS)
    p = np.array([0.1, 0.05, 0.05, 0.2, 0.5, 0.1], np.float32)
    read = np.array([0.9, 0.05, 0.05])  # "no mark"
    out = mark_reader.by_read_marks(p, found, read)
    assert out[0] == pytest.approx(0.1)  # あ has no family: untouched
    assert out[1:3].sum() == pytest.approx(0.1) and out[3:].sum() == pytest.approx(0.8)
    assert out[3] > out[4] > 0  # は now leads its family; ば keeps some share
    assert out[1] > out[2]  # か/が: the reader's "none" against "dakuten" (its handakuten share has no member)
    assert np.allclose(mark_reader.by_read_marks(p, found, read, weight=0.0), p)
    assert list(found.plain_of) == [-1, -1, 1, -1, 3, 3]  # が → か, ば and ぱ → は
    assert list(mark_reader.families("0123").plain_of) == [-1] * 4


def _constant_model(shape, bias):
    """A real Keras network whose output is softmax(bias) whatever the image (zero kernel)."""
    import keras

    model = keras.Sequential([keras.layers.Input(shape), keras.layers.Flatten(),
                              keras.layers.Dense(len(bias), activation="softmax", kernel_initializer="zeros",
                                                 bias_initializer=keras.initializers.Constant(bias))])
    model(np.zeros((1, *shape), np.float32))
    return model


def _with_reader(source: Path, target: Path, content: bytes, info: dict) -> Path:
    shutil.copyfile(source, target)
    mark_reader.embed(target, content, info)
    return target


@pytest.fixture(scope="module")
def kana_files(tmp_path_factory):
    """A kana model that always reads ば first, and copies of it with a reader that always sees no mark, one that
    always sees a handakuten, a damaged reader and a reader of the wrong kind."""
    from guiapp.core.inference.convert import to_litert
    from guiapp.core.modelfile import save_model

    folder = tmp_path_factory.mktemp("kana")
    model = _constant_model(SPEC.input_shape, [0.0, 0.0, 0.0, 1.0, 3.0, 0.0])
    plain = save_model(model, folder / "kana.h5", LABELS, SPEC, {"preset": "test"})
    reader = to_litert(_constant_model(READER_SPEC.input_shape, [0.0, 0.0, 5.0]))
    info = {"spec": READER_SPEC.to_dict()}
    return {"plain": plain,
            "reader": _with_reader(plain, folder / "with-reader.h5", to_litert(_constant_model(
                READER_SPEC.input_shape, [5.0, 0.0, 0.0])), info),
            "handakuten": _with_reader(plain, folder / "handakuten.h5", reader, info),
            "damaged": _with_reader(plain, folder / "damaged.h5", reader[:200] + b"\0" * 64, info),
            "wrong": _with_reader(plain, folder / "wrong.h5", reader, {"spec": {"height": "x"}})}


@pytest.mark.parametrize("runtime", ["auto", "tensorflow"])
def test_the_recognise_path_uses_the_reader_in_the_file(kana_files, runtime):
    from guiapp.core.recognition import Recognizer

    image = np.zeros((64, 64), np.uint8)
    image[10:50, 30:34] = 255
    alone = Recognizer(kana_files["plain"], runtime=runtime)
    assert alone.mark_reader is None and alone.predict(image, top=1)[0][0] == "ば"
    helped = Recognizer(kana_files["reader"], runtime=runtime)
    assert helped.runtime == ("litert" if runtime == "auto" else "tensorflow")
    assert helped.mark_reader is not None and helped.mark_reader.spec == READER_SPEC
    result = helped.recognize(image)
    assert result.top[0][0] == "は"  # the reader sees no mark, the model the family
    assert float(result.probabilities[3:].sum()) == pytest.approx(float(alone.recognize(image).probabilities[3:].sum()),
                                                                   abs=1e-5)
    assert result.model_input.shape == SPEC.input_shape  # what the model saw is still the model's input
    # The reader only takes a mark away: seeing ゜ on what the model reads as ば changes nothing.
    swapped = Recognizer(kana_files["handakuten"], runtime=runtime)
    assert swapped.mark_reader is not None
    assert np.allclose(swapped.recognize(image).probabilities, alone.recognize(image).probabilities, atol=1e-6)


def test_a_reader_written_again_replaces_the_old_one_without_growing_the_file(kana_files, tmp_path):
    """HDF5 keeps a deleted dataset's space: the file is rewritten without the old reader, every other part kept."""
    import keras

    from guiapp.core.inference.convert import to_litert
    from guiapp.core.recognition import Recognizer

    larger = keras.Sequential([keras.layers.Input(READER_SPEC.input_shape), keras.layers.Flatten(),
                               keras.layers.Dense(64), keras.layers.Dense(3, activation="softmax")])
    path = _with_reader(kana_files["reader"], tmp_path / "again.h5", to_litert(larger), {"spec": READER_SPEC.to_dict()})
    assert path.stat().st_size > kana_files["reader"].stat().st_size + 400_000  # a reader of ~0.6 MB in its place
    mark_reader.embed(path, to_litert(_constant_model(READER_SPEC.input_shape, [5.0, 0.0, 0.0])),
                      {"spec": READER_SPEC.to_dict()})
    assert path.stat().st_size <= kana_files["reader"].stat().st_size + 4096  # back to the small one's size
    image = np.zeros((64, 64), np.uint8)
    image[10:50, 30:34] = 255
    for runtime in ("auto", "tensorflow"):  # its converted form and its Keras model both still load
        again = Recognizer(path, runtime=runtime)
        assert again.mark_reader is not None and again.recognize(image).top[0][0] == "は"


def test_the_reader_never_adds_a_mark():
    """A plain answer stands, and the reader is not even run for it; a marked one loses its mark only when the
    reading says so, and only when the model was not sure of it."""

    class Reader:
        calls = 0

        def run_one(self, _x):
            Reader.calls += 1
            return np.array([0.9, 0.05, 0.05], np.float32)

    found = mark_reader.families(LABELS)
    reader = mark_reader.MarkReader(Reader(), READER_SPEC, {}, found)
    coverage = np.zeros((64, 64), np.float32)
    coverage[10:50, 30:34] = 1.0
    plain = np.array([0.05, 0.05, 0.05, 0.6, 0.2, 0.05], np.float32)
    assert reader.apply(plain, coverage) is plain and Reader.calls == 0
    marked = np.array([0.05, 0.05, 0.05, 0.3, 0.5, 0.05], np.float32)
    assert int(np.argmax(reader.apply(marked, coverage))) == 3 and Reader.calls == 1
    # A marked answer the model is sure of stands, and the reader is not run for it either.
    sure = np.array([0.0, 0.0, 0.0, 0.0005, 0.9995, 0.0], np.float32)
    assert reader.apply(sure, coverage) is sure and Reader.calls == 1


def test_a_reader_sure_there_is_no_mark_takes_it_away_however_sure_the_model():
    """Mincho ヒ: the model gave ビ 0.998 and the reader read "none" at 0.97, and the split kept ビ."""

    class Reader:
        reading = np.array([0.97, 0.02, 0.01], np.float32)

        def run_one(self, _x):
            return Reader.reading

    reader = mark_reader.MarkReader(Reader(), READER_SPEC, {}, mark_reader.families(LABELS))
    coverage = np.zeros((64, 64), np.float32)
    coverage[10:50, 30:34] = 1.0
    model = np.array([0.0, 0.0, 0.0, 0.002, 0.998, 0.0], np.float32)
    taken = reader.apply(model, coverage)
    assert int(np.argmax(taken)) == 3 and np.isclose(taken.sum(), 1.0)
    Reader.reading = np.array([0.9, 0.08, 0.02], np.float32)  # less sure: the split decides, and keeps the mark
    assert int(np.argmax(reader.apply(model, coverage))) == 4


def test_a_damaged_or_foreign_reader_is_ignored(kana_files, caplog):
    from guiapp.core.recognition import Recognizer

    for name in ("damaged", "wrong"):
        with caplog.at_level(logging.WARNING, logger="guiapp.core.mark_reader"):
            recognizer = Recognizer(kana_files[name])
        assert recognizer.mark_reader is None
        assert "sound-mark reader cannot be used" in caplog.text
        assert recognizer.predict(np.zeros((64, 64), np.uint8), top=1)[0][0] == "ば"
        caplog.clear()


def test_models_without_kana_families_never_look_for_a_reader(tiny_digits_model):
    from guiapp.core.recognition import Recognizer

    assert Recognizer(tiny_digits_model).mark_reader is None


def test_the_reader_s_window_is_carried_over_from_the_kana_model_s():
    """The recognize path finds the ink once: the reader's window derived from the kana model's equals the one the
    reader finds itself."""
    from guiapp.core.datasets.synthesis import pad_drawings
    from guiapp.core.coverage import to_coverage
    from guiapp.core.strokes import rasterise

    for drawing in pad_drawings("ビ", 5, seed=3):
        coverage = to_coverage(rasterise(drawing, 128, 4.0), "light")
        carried = SPEC.carry_window(SPEC.fit_window(coverage), READER_SPEC)
        assert np.allclose(carried, READER_SPEC.fit_window(coverage))
        assert np.allclose(READER_SPEC.apply_coverage(coverage, carried), READER_SPEC.apply(coverage, "light"), atol=1e-5)
    assert SPEC.carry_window(None, READER_SPEC) is None


@pytest.mark.parametrize("model, plain, marked", [("katakana", "ヒ", "ビ"), ("katakana", "ソ", "ゾ"),
                                                  ("hiragana", "と", "ど")])
def test_the_bundled_reader_takes_a_stroke_s_head_for_no_mark(model, plain, marked):
    """A bundled kana model's reader on writers it never saw (seed 7), images only (no strokes to help):
    ``plain`` written with a head or an upturned hook on a stroke end at the top right reads ``plain`` far more
    often than with the 32×32 model alone, and ``marked`` as written still reads ``marked``."""
    import sys

    from guiapp.core.datasets.synthesis import _prepare, to_strokes, vary_points
    from guiapp.core.datasets.templates import templates_for
    from guiapp.core.recognition import Recognizer

    sys.path.insert(0, str(REPO / "scripts"))
    from mark_reader_recipe import end_forms

    recognizer = Recognizer(REPO / "resources" / "models" / f"{model}.h5")
    assert recognizer.mark_reader is not None and recognizer.mark_reader.offset != (0.0, 0.0)
    rng = np.random.default_rng(7)

    def read(template, count) -> tuple[list[str], list[str]]:
        """(the whole recognize path's top-1, the model alone's) for ``count`` writers of ``template``."""
        points, _ = vary_points(template, rng, count)
        drawings = [to_strokes(p, _prepare(template).starts) for p in points]
        alone = recognizer.infer(np.stack([recognizer.preprocess(d) for d in drawings]))
        return ([recognizer.predict(d, top=1)[0][0] for d in drawings],
                [recognizer.labels[int(i)] for i in alone.argmax(1)])

    headed, headed_alone = map(list, zip(*(pair for form in end_forms(templates_for(plain)[0], rng, 8)
                                           for pair in zip(*read(form, 5)))))
    as_written, _ = read(templates_for(marked)[0], 40)
    assert headed.count(plain) >= HEADED_RIGHT[plain] * len(headed), (headed, headed_alone)
    assert headed.count(plain) > headed_alone.count(plain), (headed, headed_alone)
    assert as_written.count(marked) >= 0.9 * len(as_written), as_written
