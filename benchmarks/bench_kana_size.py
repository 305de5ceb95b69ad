"""Small or large kana read from the pad (issue #23): ぁ/あ, っ/つ, ャ/ヤ … are one shape at two sizes, and the
size is read from where the drawing sits on the pad (guiapp.core.kana_size). Synthetic writers of seed 7 (the
rule's constants were chosen on seed 0; the bundled models were trained on seed 0), every small/large pair of both
scripts, ``--per-pair`` drawings of each size in each case:

* ``taught``: large kana as the writers draw them, small kana written small in the lower half of the pad, as
  writing paper and handwriting pads teach (each writer its own size, 0.45-0.65 of the large one, and place:
  its bottom at 88-97 % of the pad's height, its centre at 35-60 % across) — the target (≥ 95 % correct size);
* ``large_resized``: large kana drawn at 0.8-1.2 of the usual size about the pad's centre (a small kana there
  would be the error);
* ``large_narrow`` / ``small_narrow``: large kana squeezed to 0.5-0.8 of their width (a fresh-eyes walk's tall,
  narrow つ read as っ), and the same written small as taught;
* ``print_size``: small kana where KanjiVG and fonts put them (0.8 of the large, a little lower): ambiguous by
  construction, reported, not a target;
* ``small_writer``: a writer who draws everything at 0.55 of the pad, centred, without and then with the write
  line's reference (a full-size kana the same writer wrote before).

``size_*`` use the rule alone (equal model shares); ``model_*`` the whole recognise path of the bundled
hiragana/katakana models (exact top-1: the right kana at the right size), when they know small kana.

With ``--before DIR`` (the previous hiragana.h5 and katakana.h5, e.g. from ``git show``), the cost of the larger
class sets and the sound-mark reader: each model's file size and one drawing through the recognise path (p50, p95
over ``--calls``, old and new interleaved call by call), and their ratios; a plain kana (あ, ア: the reader is not
run) and a marked one (ば, バ), drawn on the pad (the strokes read its mark) and as an image (the reader may);
then ``images``: one drawing of every marked kana the new model knows, each as an image, the calls cycling through
them, with the share of them the reader ran for (only when the model is not sure of a marked answer:
guiapp.core.mark_reader.SURE). One image's cost depends on whether the reader runs for it; the population's p50
is what opening images of marked kana costs.

``--cross-script``: why one model per script. For each hiragana of hiragana-all, the katakana of katakana-all whose
printed glyph overlaps it most (intersection over union of the ink, fitted to the kana input, the same print
distortion for both, mean over the fonts that print both scripts).

    python3 benchmarks/bench_kana_size.py [--per-pair 100] [--no-model] [--before DIR [--calls 1000]]
                                          [--cross-script]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402

from harness import report  # noqa: E402

SEED = 7


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-pair", type=int, default=100, help="drawings of each size per pair and case")
    parser.add_argument("--no-model", action="store_true", help="the size rule only")
    parser.add_argument("--before", type=Path, help="folder with the previous hiragana.h5 and katakana.h5")
    parser.add_argument("--calls", type=int, default=1000, help="recognitions per model for --before")
    parser.add_argument("--cross-script", action="store_true", help="overlap of hiragana and katakana in print")
    args = parser.parse_args()
    if args.cross_script:
        cross_script_overlap()
    if args.before:
        compare_cost(args.before, args.calls)

    from guiapp.core import kana, kana_size
    from guiapp.core.datasets.synthesis import pad_drawings
    from guiapp.core.strokes import Drawing, Stroke

    rng = np.random.default_rng(SEED)

    def placed(drawing: Drawing, scale: float, anchor: tuple[float, float], to: tuple[float, float],
               across: float = 1.0) -> Drawing:
        """``drawing`` scaled by ``scale`` (and its width by ``across`` more) about ``anchor`` (pad fractions), the
        anchor then moved to ``to``."""
        side = np.array([drawing.width, drawing.height])
        a, b = np.array(anchor) * side, np.array(to) * side
        factor = np.array([scale * across, scale])
        return Drawing([Stroke((s.points - a) * factor + b) for s in drawing.strokes], drawing.width, drawing.height)

    def taught_small(drawing: Drawing) -> Drawing:
        return placed(drawing, rng.uniform(0.45, 0.65), (0.5, 1.0), (rng.uniform(0.35, 0.6), rng.uniform(0.88, 0.97)))

    def resized(drawing: Drawing) -> Drawing:
        return placed(drawing, rng.uniform(0.8, 1.2), (0.5, 0.5), (0.5, 0.5))

    def narrow(drawing: Drawing) -> Drawing:
        return placed(drawing, 1.0, (0.5, 0.5), (0.5, 0.5), across=rng.uniform(0.5, 0.8))

    def small_writer(drawing: Drawing) -> Drawing:
        return placed(drawing, 0.55, (0.5, 0.5), (0.5, 0.5))

    # case → (drawings of the large kana's shape or the small one's, how the writer places them, want small?)
    cases = {
        "taught": [("large", lambda d: d, False), ("large", taught_small, True)],
        "large_resized": [("large", resized, False)],
        "large_narrow": [("large", narrow, False)],
        "small_narrow": [("large", lambda d: taught_small(narrow(d)), True)],
        "print_size": [("small", lambda d: d, True)],
        "small_writer": [("large", small_writer, False),
                         ("large", lambda d: small_writer(placed(d, 0.6, (0.5, 1.0), (0.5, 0.97))), True)],
    }
    recognizers = {} if args.no_model else bundled_recognizers()
    for case, parts in cases.items():
        for with_reference in ((False, True) if case == "small_writer" else (False,)):
            right = total = exact = exact_total = 0
            for index, (small, large) in enumerate(kana.SMALL_TO_LARGE.items()):
                recognizer = recognizers.get("katakana" if large >= "ァ" else "hiragana")
                for shape, place, want_small in parts:
                    char = large if shape == "large" else small
                    for n, drawing in enumerate(pad_drawings(char, args.per_pair, SEED + index)):
                        drawing = place(drawing)
                        reference = None
                        if with_reference:  # the same writer's previous kana: a large one of the same script
                            previous = "あいうえおかきくけこ"[n % 10]
                            previous = chr(ord(previous) + 0x60) if large >= "ァ" else previous
                            written = small_writer(pad_drawings(previous, 1, 1000 + n)[0])
                            reference = kana_size.Reference.from_written(previous, kana_size.drawing_box(written))
                        share = kana_size.small_share(kana_size.drawing_box(drawing), small, large, reference)
                        right += (share > 0.5) == want_small
                        total += 1
                        if recognizer is not None:
                            top = recognizer.recognize(drawing, top=1, size_reference=reference).top[0][0]
                            exact += top == (small if want_small else large)
                            exact_total += 1
            name = case + ("_with_reference" if with_reference else "")
            report(f"size_{name}", right / total)
            if exact_total:
                report(f"model_{name}", exact / exact_total)
    report("drawings_per_case_and_pair", args.per_pair)


def cross_script_overlap() -> None:
    from guiapp.core.datasets.builtin import BUILTINS, HIRAGANA_ALL, KATAKANA_ALL
    from guiapp.core.datasets.fonts import fonts_for, render_glyph

    spec = BUILTINS["hiragana-all"][1]
    fonts = [f for f in fonts_for("あ") if f in fonts_for("ア")]

    def prints(char):
        return [render_glyph(char, font, np.random.default_rng(0), spec) / 255.0 for font in fonts]

    katakana = {k: prints(k) for k in KATAKANA_ALL}
    closest = []
    for h in HIRAGANA_ALL:
        glyphs = prints(h)
        overlap = {k: float(np.mean([np.minimum(a, b).sum() / max(np.maximum(a, b).sum(), 1e-9)
                                     for a, b in zip(glyphs, other)])) for k, other in katakana.items()}
        k = max(overlap, key=overlap.get)
        closest.append((overlap[k], h, k))
    closest.sort(reverse=True)
    report("cross_script_fonts", len(fonts))
    report("cross_script_closest", ", ".join(f"{h}/{k} {v:.2f}" for v, h, k in closest[:6]))


def _time_interleaved(recognizers: dict, sources: list, calls: int) -> dict[str, list[float]]:
    """Seconds per recognition of each recognizer, call by call in turn, cycling through ``sources``."""
    import time

    times: dict[str, list[float]] = {key: [] for key in recognizers}
    for call in range(calls):
        source = sources[call % len(sources)]
        for key, recognizer in recognizers.items():
            started = time.perf_counter()
            recognizer.recognize(source)
            times[key].append(time.perf_counter() - started)
    return times


def _report_times(name: str, form: str, times: dict[str, list[float]]) -> None:
    for key, values in times.items():
        for q in (50, 95):
            report(f"{name}_{form}_{key}_ms_p{q}", float(np.percentile(values, q)) * 1e3)
    for q in (50, 95):
        report(f"ratio_{name}_{form}_p{q}_now_over_before",
               float(np.percentile(times["now"], q) / np.percentile(times["before"], q)))


def _reader_runs(recognizer, image) -> bool:
    """Whether the recognise path asks the mark reader about ``image`` (its answer marked, the model unsure)."""
    reader = recognizer.mark_reader
    return reader is not None and reader.asked(recognizer.infer_one(recognizer.preprocess(image)))


def compare_cost(before: Path, calls: int) -> None:
    from guiapp.core import kana
    from guiapp.core.datasets.synthesis import pad_drawings
    from guiapp.core.recognition import Recognizer

    for name, chars in (("hiragana", "あば"), ("katakana", "アバ")):
        paths = {"before": before / f"{name}.h5", "now": ROOT / "resources" / "models" / f"{name}.h5"}
        recognizers = {key: Recognizer(path) for key, path in paths.items()}
        for key, recognizer in recognizers.items():
            report(f"{name}_{key}_classes", len(recognizer.labels))
            report(f"{name}_{key}_file_mb", paths[key].stat().st_size / 1e6)
            report(f"{name}_{key}_runtime", recognizer.runtime + (" + mark reader" if recognizer.mark_reader else ""))
        report(f"ratio_{name}_file_now_over_before", paths["now"].stat().st_size / paths["before"].stat().st_size)
        now = recognizers["now"]
        for char in chars:
            drawing = pad_drawings(char, 1, SEED)[0]
            image = now.rasterise(drawing)
            for form, source in (("drawn", drawing), ("image", image))[: 1 + (char != chars[0])]:
                _report_times(name, f"{char}_{form}", _time_interleaved(recognizers, [source], calls))
            if char != chars[0]:
                report(f"{name}_{char}_image_reader_runs", _reader_runs(now, image))
        marked = [label for label in now.labels if kana.split_mark(str(label))[1]]
        images = [now.rasterise(pad_drawings(char, 1, SEED)[0]) for char in marked]
        report(f"{name}_images_marked_kana", len(images))
        report(f"{name}_images_reader_runs_share", float(np.mean([_reader_runs(now, image) for image in images])))
        _report_times(name, "images", _time_interleaved(recognizers, images, calls))


def bundled_recognizers() -> dict:
    from guiapp.core import kana_size
    from guiapp.core.recognition import Recognizer

    out = {}
    for name in ("hiragana", "katakana"):
        recognizer = Recognizer(ROOT / "resources" / "models" / f"{name}.h5")
        if kana_size.uses_size(recognizer.labels, recognizer.spec):
            out[name] = recognizer
            report(f"{name}_runtime", recognizer.runtime)
    return out


if __name__ == "__main__":
    main()
