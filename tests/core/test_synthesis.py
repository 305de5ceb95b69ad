import os
import subprocess
import sys
import textwrap
import time

import numpy as np
import pytest

from guiapp.core.datasets import builtin
from guiapp.core.datasets.base import DatasetError
from guiapp.core.datasets.synthesis import DEFAULT_VARIETY, synthesize_chunk, to_strokes, vary_points, _prepare
from guiapp.core.datasets.templates import TemplateError, missing_characters, parse_svg, templates_for
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.tasks import Cancelled

SPEC = PreprocessSpec()


def test_templates_cover_all_builtins():
    for name, (chars, _, _) in builtin.BUILTINS.items():
        assert missing_characters(chars) == [], name


def test_allographs_add_written_forms():
    for char in "1479ag":
        assert len(templates_for(char)) >= 2, char
    assert templates_for("7")[0].form == "kanjivg"


def test_kana_allographs_join_what_printed_and_hurried_hands_join():
    """さ and き as Gothic type and many writers make them (the diagonal runs on into the bottom curve), and り in
    one stroke: one stroke fewer than KanjiVG's form, every point inside the template box."""
    for char, form in (("さ", "joined"), ("き", "joined"), ("り", "one-stroke")):
        forms = {t.form: t for t in templates_for(char)}
        assert len(forms[form].strokes) == len(forms["kanjivg"].strokes) - 1, char
        points = np.concatenate(forms[form].strokes)
        assert points.min() >= 0 and points.max() <= 109, char


def test_a_kana_with_a_sound_mark_is_written_in_each_of_its_bases_forms():
    """ざ is さ and the dakuten: さ's joined form with ざ's marks is one of ざ's forms; its files join the cache key."""
    from guiapp.core.datasets.templates import allograph_paths

    base, marked = {t.form: t for t in templates_for("さ")}, {t.form: t for t in templates_for("ざ")}
    assert set(marked) == set(base)
    marks = marked["kanjivg"].strokes[len(base["kanjivg"].strokes):]
    assert len(marks) == 2
    joined = marked["joined"].strokes
    assert len(joined) == len(base["joined"].strokes) + 2
    assert all(np.array_equal(a, b) for a, b in zip(joined, base["joined"].strokes + marks))
    assert allograph_paths("ざ") == allograph_paths("さ") != []
    assert [t.form for t in templates_for("ば")] == ["kanjivg"]  # は has no other form


def test_template_parse_errors_name_the_file():
    with pytest.raises(TemplateError, match="broken.svg"):
        parse_svg('<svg><path d="M1,2 X"/></svg>', "broken.svg")
    with pytest.raises(TemplateError, match="empty.svg"):
        parse_svg("<svg></svg>", "empty.svg")


def test_synthesis_is_deterministic_for_a_seed():
    a = synthesize_chunk("7", 0, 20, 3, SPEC)
    b = synthesize_chunk("7", 0, 20, 3, SPEC)
    c = synthesize_chunk("7", 0, 20, 4, SPEC)
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a, c)


def test_samples_vary_like_writers_not_like_a_font():
    samples = synthesize_chunk("4", 0, 60, 0, SPEC).astype(np.float32) / 255
    flat = samples.reshape(len(samples), -1)
    # No two samples identical, and the average pairwise difference is large (a font would give ~0).
    distances = np.abs(flat[:, None] - flat[None]).mean(axis=-1)
    off_diagonal = distances[~np.eye(len(flat), dtype=bool)]
    assert off_diagonal.min() > 0.005
    assert off_diagonal.mean() > 0.08
    # Ink amount varies a lot: pen widths span a wide range.
    ink = flat.sum(axis=1)
    assert ink.max() > 2.5 * ink.min()


def test_samples_follow_the_spec():
    samples = synthesize_chunk("あ", 0, 10, 0, PreprocessSpec(height=32, width=32, fit_size=26))
    assert samples.shape == (10, 32, 32) and samples.dtype == np.uint8
    for sample in samples:
        rows = np.flatnonzero((sample > 51).any(axis=1))
        cols = np.flatnonzero((sample > 51).any(axis=0))
        assert max(rows[-1] - rows[0], cols[-1] - cols[0]) + 1 in range(24, 28)


def test_size_preserving_spec_keeps_small_kana_small():
    spec = PreprocessSpec(height=40, width=40, fit="resize")


    def ink_box(samples):
        """Mean width and mean bottom edge of the ink."""
        widths, bottoms = [], []
        for sample in samples:
            cols = np.flatnonzero((sample > 51).any(axis=0))
            rows = np.flatnonzero((sample > 51).any(axis=1))
            widths.append(cols[-1] - cols[0] + 1)
            bottoms.append(rows[-1])
        return np.mean(widths), np.mean(bottoms)

    # KanjiVG's small kana are ~80 % the size of the full ones and sit lower, on the line.
    small_width, small_bottom = ink_box(synthesize_chunk("っ", 0, 40, 0, spec))
    large_width, large_bottom = ink_box(synthesize_chunk("つ", 0, 40, 0, spec))
    assert small_width < 0.9 * large_width
    assert small_bottom > large_bottom + 1.5


def test_vary_points_keeps_stroke_structure():
    template = templates_for("A")[0]
    points, radii = vary_points(template, np.random.default_rng(0), 5, DEFAULT_VARIETY)
    assert points.shape == (5, len(_prepare(template).points), 2) and radii.shape == points.shape[:2]
    assert len(to_strokes(points[0], _prepare(template).starts)) == len(template.strokes)
    lo, hi = DEFAULT_VARIETY.pen_width
    assert (radii > 0).all() and (radii <= hi / 2 + 1e-9).all()


def test_zero_variety_reproduces_the_template():
    template = templates_for("L")[0]
    points, _ = vary_points(template, np.random.default_rng(0), 2, DEFAULT_VARIETY.scaled(0))
    np.testing.assert_allclose(points[0], np.concatenate(template.strokes), atol=1e-9)


def test_custom_dataset_names_unknown_characters():
    with pytest.raises(DatasetError) as error:
        builtin.request_for("custom:日月\U0001F600")
    assert "\U0001F600" in str(error.value) and "U+1F600" in str(error.value)
    assert builtin.request_for("custom:日月 日").chars == "日月"
    with pytest.raises(DatasetError):
        builtin.request_for("custom:")
    with pytest.raises(DatasetError, match="unknown built-in"):
        builtin.request_for("nonsense")


def test_builtin_is_cached_and_deterministic_across_worker_counts(guiapp_home):
    progress = []
    one = builtin.load_builtin("digits", samples_per_class=3 * builtin.CHUNK // 2, workers=1, use_cache=False)
    two = builtin.load_builtin("digits", samples_per_class=3 * builtin.CHUNK // 2, workers=2,
                               on_progress=lambda d, t: progress.append((d, t)))
    np.testing.assert_array_equal(np.asarray(one.images), np.asarray(two.images))
    assert progress[-1] == (len(two), len(two))
    assert one.classes == list("0123456789") and np.bincount(one.labels).tolist() == [300] * 10
    cached = list((guiapp_home / "cache" / "synth").glob("*.npy"))
    assert len(cached) == 1
    again = builtin.load_builtin("digits", samples_per_class=300)
    assert isinstance(again.images, np.memmap)  # served from the cache, memory-mapped
    np.testing.assert_array_equal(np.asarray(again.images), np.asarray(two.images))


def test_a_broken_worker_pool_loses_no_chunk(guiapp_home, monkeypatch):
    """Workers that die (a frozen app without freeze_support, process limits) must not leave a chunk blank: the
    chunk whose result raised is made again in this process, so the result equals a one-worker run."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    class DiesOnSecondChunk(builtin.ProcessPoolExecutor):
        submitted = 0

        def submit(self, fn, *args, **kwargs):
            DiesOnSecondChunk.submitted += 1
            if DiesOnSecondChunk.submitted == 2:
                broken = Future()
                broken.set_exception(BrokenProcessPool("a worker process died"))
                return broken
            return super().submit(fn, *args, **kwargs)

    request = builtin.request_for("custom:01", samples_per_class=builtin.CHUNK + 50)
    expected = builtin.synthesize(request, workers=1)
    monkeypatch.setattr(builtin, "ProcessPoolExecutor", DiesOnSecondChunk)
    progress = []
    images = builtin.synthesize(request, workers=2, on_progress=lambda done, total: progress.append(done))
    assert DiesOnSecondChunk.submitted >= 2
    np.testing.assert_array_equal(images, expected)
    assert (images.reshape(len(images), -1).max(axis=1) > 0).all()  # no blank sample
    assert progress[-1] == len(images)


def test_damaged_cache_is_rebuilt(guiapp_home):
    first = builtin.load_builtin("custom:日月", samples_per_class=5)
    (cache_file,) = (guiapp_home / "cache" / "synth").glob("*.npy")
    cache_file.write_bytes(b"not a numpy file")
    again = builtin.load_builtin("custom:日月", samples_per_class=5)
    np.testing.assert_array_equal(np.asarray(first.images), np.asarray(again.images))


@pytest.mark.parametrize("workers", [1, 2])
def test_synthesis_can_be_cancelled(guiapp_home, workers):
    calls = []

    def stop_after_first_progress():
        return bool(calls)

    with pytest.raises(Cancelled):
        builtin.load_builtin("latin", samples_per_class=builtin.CHUNK, workers=workers,
                             on_progress=lambda d, t: calls.append(d), should_stop=stop_after_first_progress)
    assert not list((guiapp_home / "cache").rglob("*.npy"))  # nothing partial was cached


def test_font_glyphs_are_optional_and_deterministic():
    from guiapp.core.datasets.fonts import fonts_for

    if not fonts_for("A"):
        pytest.skip("no system font covers 'A' here (fontconfig or fonts not installed)")
    with_fonts = synthesize_chunk("A", 0, 30, 0, SPEC, font_fraction=1.0)
    again = synthesize_chunk("A", 0, 30, 0, SPEC, font_fraction=1.0)
    without = synthesize_chunk("A", 0, 30, 0, SPEC)
    np.testing.assert_array_equal(with_fonts, again)
    assert not np.array_equal(with_fonts, without)
    assert (with_fonts.reshape(30, -1).max(axis=1) > 200).all()  # every sample has ink
    assert builtin.request_for("latin", 10, font_fraction=0.2).cache_key() != builtin.request_for("latin", 10).cache_key()


def test_kanjivg_files_read_the_same_from_the_bundle_archive(tmp_path):
    """The PyInstaller bundle ships KanjiVG as one zip; templates read from it equal those from the package."""
    import zipfile

    from guiapp.core.datasets.templates import KanjiVGFiles, file_name, kanjivg_files

    installed = kanjivg_files()
    archive = tmp_path / "kanji.zip"
    names = [file_name(c) for c in "7あア日"]
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        for name in names:
            out.writestr(f"{name}.svg", installed.read(name)[0])
    bundled = KanjiVGFiles(archive)
    for name in names:
        assert bundled.has(name) and bundled.read(name)[0] == installed.read(name)[0]
        assert parse_svg(bundled.read(name)[0])
    assert not bundled.has(file_name("月"))


def test_a_builtin_sample_replays_the_strokes_its_writer_drew(guiapp_home):
    """The Datasets area replays a synthesised sample's strokes: the drawing is the very one behind the row (its
    points, rendered with the writer's pen, are the stored pixels), across chunks and classes; a printed-font
    sample has no strokes."""
    from guiapp.core.datasets.synthesis import TEMPLATE_BOX, _chunk_plan, render

    n = builtin.CHUNK + 30  # two chunks a class
    dataset = builtin.load_builtin("digits", samples_per_class=n, use_cache=False, workers=1)
    for index in (0, 7, builtin.CHUNK - 1, builtin.CHUNK, n + 3, 9 * n + n - 1):
        drawing, pen = dataset.drawing_of(index)
        c, k = divmod(index, n)
        start = k - k % builtin.CHUNK
        count = min(builtin.CHUNK, n - start)
        for batch, template, points, radii in _chunk_plan(dataset.classes[c], start, count, 0, dataset.spec, None, 0.0):
            if k - start in batch:
                row = int(np.flatnonzero(batch == k - start)[0])
                break
        replayed = np.concatenate([s.points for s in drawing.strokes]) * TEMPLATE_BOX / drawing.width
        np.testing.assert_allclose(replayed, points[row], atol=1e-6)
        assert len(drawing.strokes) == len(_prepare(template).starts) and pen > 0
        pixels = render(points[row:row + 1], _prepare(template).starts, radii[row:row + 1], dataset.spec)[0]
        np.testing.assert_array_equal(pixels, dataset.images[index])
    from guiapp.core.datasets.fonts import fonts_for
    from guiapp.core.datasets.synthesis import drawing_in_chunk

    if fonts_for("A"):
        printed = [i for i in range(20) if drawing_in_chunk("A", 0, 20, i, 0, SPEC, font_fraction=0.5) is None]
        assert 0 < len(printed) < 20


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads a process's state in /proc")
def test_synthesis_workers_end_when_the_process_that_started_them_ends(tmp_path):
    """The app killed mid-build (SIGKILL, a crash) left its synthesis workers running the chunks queued to them."""
    script = textwrap.dedent("""
        import multiprocessing, os
        from guiapp.core.datasets import builtin

        def progress(done, total):
            print(*[child.pid for child in multiprocessing.active_children()], flush=True)
            os.kill(os.getpid(), 9)  # ends as a crash does: no clean-up

        if __name__ == "__main__":
            request = builtin.request_for("latin", samples_per_class=4 * builtin.CHUNK)
            builtin.synthesize(request, progress, workers=2)
    """)
    (tmp_path / "crash.py").write_text(script)
    result = subprocess.run([sys.executable, str(tmp_path / "crash.py")], capture_output=True, text=True,
                            timeout=300, env=dict(os.environ, GUIAPP_HOME=str(tmp_path)))
    workers = [int(pid) for pid in result.stdout.split()]
    assert workers, result.stdout + result.stderr

    def running(pid: int) -> bool:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                return stat.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended
        except FileNotFoundError:
            return False

    deadline = time.monotonic() + 120  # a condition waited on; the bound only stops a hung test
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(running(pid) for pid in workers)
