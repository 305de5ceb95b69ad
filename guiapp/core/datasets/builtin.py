"""The built-in datasets, synthesised offline from stroke templates, in parallel, cached on disk.

``digits``, ``latin``, ``alnum`` (the 62 classes of the 5-font task), ``hiragana`` (the 46 basic),
``hiragana-71`` (the hiragana tutorial's class set: the 46 and the 25 with dakuten or handakuten),
``hiragana-all`` and ``katakana-all`` (every kana in use: with dakuten, handakuten and small kana), ``katakana``
(the 46 basic), ``kyoiku`` (the 1,026
kanji taught in primary school) and ``joyo`` (all 2,136 jōyō kanji), whose lists come from KANJIDIC's grades
(``core.kanji_info``), and ``custom:<characters>`` for anything the templates cover (e.g. ``custom:日月火水木金土``).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import multiprocessing.connection
import os
import string
import threading
import unicodedata
import logging
from functools import partial
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

import numpy as np

from guiapp import paths
from guiapp.core import kanji_info
from guiapp.core.atomic import atomic_path
from guiapp.core.datasets.base import Dataset, DatasetError
from guiapp.core.datasets.fonts import fonts_for
from guiapp.core.datasets.synthesis import (DEFAULT_VARIETY, GENERATOR_VERSION, Variety, drawing_in_chunk,
                                            synthesize_chunk, variety_for)
from guiapp.core.datasets.templates import allograph_paths, missing_characters
from guiapp.core.preprocess import FIT_VERSION, PreprocessSpec
from guiapp.core.tasks import Cancelled, ProgressFn, StopFn
from guiapp.core.text import Text

HIRAGANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_HIRAGANA_BLOCK = "".join(chr(c) for c in range(0x3041, 0x3097))  # ぁ … ゖ
# The 71 classes of the hiragana tutorial (95.04 %): the 46 and their 25 voiced and semi-voiced forms (not ゔ),
# in Unicode order (か が き ぎ …).
HIRAGANA_71 = "".join(c for c in _HIRAGANA_BLOCK
                      if c in HIRAGANA or (unicodedata.decomposition(c) and c != "ゔ"))
KATAKANA_71 = "".join(chr(ord(c) + 0x60) for c in HIRAGANA_71)  # the same sounds: katakana sit 0x60 above
# Every kana a writer of today's Japanese needs (issue #23): the 71, the small kana, the voiced u and the prolonged
# sound mark ー (hiragana text has it too: らーめん; without it a flat line read as へ); katakana also small ka and
# ke. Left out: archaic ゐ ゑ ヰ ヱ (and ヷ…ヺ), and the small hiragana ゕ ゖ, which writers spell ヵ ヶ. Unicode
# order, so が follows か.
HIRAGANA_ALL = "".join(sorted(HIRAGANA_71 + "ぁぃぅぇぉっゃゅょゎゔ")) + "ー"
KATAKANA_ALL = "".join(sorted(KATAKANA_71 + "ァィゥェォッャュョヮヵヶヴ")) + "ー"
DIGITS = string.digits
LATIN = string.ascii_uppercase + string.ascii_lowercase
CUSTOM_PREFIX = "custom:"
# The one default for the window and the command line: enough for a good digits model, and quick to synthesise
# and train on two cores.
DEFAULT_SAMPLES_PER_CLASS = 600
log = logging.getLogger(__name__)
CHUNK = 200  # samples per task: the unit of progress, cancellation and seeding
# A set larger than this (kyoiku or joyo at hundreds a class) is synthesised straight into its cache file, never
# whole in memory, and served memory-mapped as a cache hit is. Smaller ones are made in memory, then saved: their
# arrays stay valid whatever later happens to the cache file.
STREAM_TO_DISK_BYTES = 1 << 30

# Kana marks are ~2-3 px at 28×28, so kana get a larger input (32×32, measured: docs/kana.md). Small and large
# kana (ぁ/あ) then look alike to the model: their size is read from the pad instead (guiapp.core.kana_size).
_LATIN_SPEC = PreprocessSpec()
_KANA_SPEC = PreprocessSpec(height=32, width=32, fit_size=26)
_CUSTOM_SPEC = PreprocessSpec(height=48, width=48, fit_size=40)
# Kanji: 64×64, the size kanji recognizers commonly use. A jōyō kanji has up to 29 strokes (鬱) and ~8 parallel
# bars (書, 量): in the ink box (54 px, the custom sets' 5/6) that is a bar every ~6.7 px, against 5 px at 48×48,
# where pen widths of a few pixels start closing the gaps. Not measured yet: whether a smaller input holds the
# accuracy is for the kanji model's training to decide (scripts/bundled_models.py, recipe "kanji").
_KANJI_SPEC = PreprocessSpec(height=64, width=64, fit_size=54)
# The sizes a dataset of one's own can be read at: as the built-ins of its kind are (its drawings are kept at 128 px,
# see user_dataset.RENDER_SIZE, so a size is a choice to change later: kanji of 12 strokes blurred at 28×28, and
# nothing offered another size: walk 123).
INPUT_SIZES: dict[int, PreprocessSpec] = {28: _LATIN_SPEC, 32: _KANA_SPEC, 48: _CUSTOM_SPEC, 64: _KANJI_SPEC}
# Read from resources/kanji/kanjidic.tsv (one small file, a few ms): the lists are KANJIDIC's, not typed here.
KYOIKU = kanji_info.characters(kanji_info.KYOIKU_GRADES)
JOYO = kanji_info.characters(kanji_info.JOYO_GRADES)

BUILTINS: dict[str, tuple[str, PreprocessSpec, Text]] = {
    "digits": (DIGITS, _LATIN_SPEC, Text("handwritten digits 0-9")),
    "latin": (LATIN, _LATIN_SPEC, Text("handwritten letters A-Z, a-z")),
    "alnum": (DIGITS + LATIN, _LATIN_SPEC, Text("the 62 characters 0-9, A-Z, a-z")),
    "hiragana": (HIRAGANA, _KANA_SPEC, Text("the 46 basic hiragana")),
    "hiragana-71": (HIRAGANA_71, _KANA_SPEC, Text("the hiragana tutorial's 71: the 46 basic and 25 with "
                                                  "dakuten or handakuten")),
    "hiragana-all": (HIRAGANA_ALL, _KANA_SPEC, Text("every hiragana in use: the 71, small kana, ゔ and ー")),
    "katakana": (KATAKANA, _KANA_SPEC, Text("the 46 basic katakana")),
    "katakana-all": (KATAKANA_ALL, _KANA_SPEC, Text("every katakana in use: the 71, small kana, ヴ and ー")),
    "kyoiku": (KYOIKU, _KANJI_SPEC, Text("the 1,026 kyōiku kanji (primary school, KANJIDIC grades 1-6)")),
    "joyo": (JOYO, _KANJI_SPEC, Text("the 2,136 jōyō kanji (KANJIDIC grades 1-6 and 8)")),
}


@dataclass(frozen=True)
class SynthesisRequest:
    name: str
    chars: str
    spec: PreprocessSpec
    samples_per_class: int = DEFAULT_SAMPLES_PER_CLASS
    seed: int = 0
    variety: Variety = field(default=DEFAULT_VARIETY)
    font_fraction: float = 0.0  # share of samples printed by installed fonts (0: stroke templates only)

    def cache_key(self) -> str:
        """Changes whenever anything that shapes the pixels changes: request, generator, templates."""
        template_files = sorted(
            (p.name, hashlib.blake2b(p.read_bytes(), digest_size=8).hexdigest())
            for c in dict.fromkeys(self.chars)
            for p in allograph_paths(c)
        )
        try:
            kanjivg_version = metadata.version("kanjivg")
        except metadata.PackageNotFoundError:
            kanjivg_version = "bundled"
        blob = json.dumps(
            {
                "chars": self.chars,
                "n": self.samples_per_class,
                "seed": self.seed,
                "spec": self.spec.to_dict(),
                "variety": asdict(self.variety),
                "generator": GENERATOR_VERSION,
                "fit": FIT_VERSION,
                "kanjivg": kanjivg_version,
                "templates": template_files,
                "font_fraction": self.font_fraction,
                "fonts": [fonts_for(c) for c in self.chars] if self.font_fraction > 0 else [],
            },
            sort_keys=True,
        )
        return hashlib.sha256(blob.encode()).hexdigest()[:24]


def is_synthesised(name: str) -> bool:
    """``name`` is a dataset this module makes: a built-in's or ``custom:<characters>``."""
    return name in BUILTINS or name.startswith(CUSTOM_PREFIX)


def synthesised_bytes(name: str, samples_per_class: int | None = None) -> int:
    """What the built-in ``name`` takes in the cache once synthesised (0 for a name that is not one): joyo at the
    default 600 a class is 5.2 GB, which the Datasets area says before it makes it."""
    if name not in BUILTINS:
        return 0
    chars, spec, _ = BUILTINS[name]
    n = DEFAULT_SAMPLES_PER_CLASS if samples_per_class is None else int(samples_per_class)
    return len(chars) * n * spec.height * spec.width


def request_for(name: str, samples_per_class: int | None = None, seed: int = 0,
                spec: PreprocessSpec | None = None, font_fraction: float = 0.0) -> SynthesisRequest:
    """Resolve a built-in name (or ``custom:<chars>``) to what must be synthesised."""
    if name.startswith(CUSTOM_PREFIX):
        chars = "".join(dict.fromkeys(name[len(CUSTOM_PREFIX) :].replace(" ", "")))
        if not chars:
            raise DatasetError(Text("custom: needs characters, e.g. custom:日月火水木金土"))
        default_spec = _CUSTOM_SPEC
    elif name in BUILTINS:
        chars, default_spec, _ = BUILTINS[name]
    else:
        raise DatasetError(Text("unknown built-in dataset {0!r}; built-ins are {1}, custom:<chars>", name,
                                ", ".join(BUILTINS)))
    missing = missing_characters(chars)
    if missing:
        listed = " ".join(f"{c} (U+{ord(c):04X})" for c in missing)
        raise DatasetError(Text("{0}: no stroke template for {1}", name, listed))
    n = DEFAULT_SAMPLES_PER_CLASS if samples_per_class is None else int(samples_per_class)
    if not 1 <= n <= 100_000:
        raise DatasetError(Text("samples per class must be between 1 and 100000, got {0}", n))
    if not 0.0 <= font_fraction <= 1.0:
        raise DatasetError(Text("font fraction must be between 0 and 1, got {0}", font_fraction))
    return SynthesisRequest(name, chars, spec or default_spec, n, int(seed), variety=variety_for(chars),
                            font_fraction=float(font_fraction))


def _chunks(request: SynthesisRequest):
    for c, char in enumerate(request.chars):
        for start in range(0, request.samples_per_class, CHUNK):
            count = min(CHUNK, request.samples_per_class - start)
            yield c * request.samples_per_class + start, char, start, count


def _chunk_args(request: SynthesisRequest, char: str, start: int, count: int) -> tuple:
    return (char, start, count, request.seed, request.spec, request.variety, request.font_fraction)


def _end_with_parent() -> None:
    """A synthesis worker's start: it ends when the process that started it ends. Killed (SIGTERM, a crash), the
    app left its workers synthesising the chunks queued to them for minutes, at a quarter of a core each."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])  # readable once the parent has ended
        os._exit(0)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


def synthesize(request: SynthesisRequest, on_progress: ProgressFn | None = None,
               should_stop: StopFn | None = None, workers: int | None = None,
               out: np.ndarray | None = None) -> np.ndarray:
    """All samples of ``request`` as (classes × n, H, W) uint8, class-major, in ``out`` if given (e.g. a
    memory-mapped file). Raises Cancelled if stopped."""
    total = len(request.chars) * request.samples_per_class
    shape = (total, request.spec.height, request.spec.width)
    if out is None:
        out = np.empty(shape, np.uint8)
    elif out.shape != shape or out.dtype != np.uint8:
        raise ValueError(f"out must be uint8 {shape}, got {out.dtype} {out.shape}")
    chunks = list(_chunks(request))
    workers = workers or os.cpu_count() or 1
    done = 0
    if workers <= 1 or total <= 2 * CHUNK:
        for offset, char, start, count in chunks:
            if should_stop and should_stop():
                raise Cancelled(Text("synthesis of {0} cancelled", request.name))
            out[offset : offset + count] = synthesize_chunk(*_chunk_args(request, char, start, count))
            done += count
            if on_progress:
                on_progress(done, total)
        return out
    # "spawn": forking a process that has Qt or TensorFlow threads running is unsafe.
    context = multiprocessing.get_context("spawn")
    remaining = {offset: (offset, char, start, count) for offset, char, start, count in chunks}
    try:
        with ProcessPoolExecutor(max_workers=min(workers, len(chunks)), mp_context=context,
                                 initializer=_end_with_parent) as pool:
            pending = {pool.submit(synthesize_chunk, *_chunk_args(request, char, start, count)): offset
                       for offset, char, start, count in chunks}
            try:
                while pending:
                    finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                    if should_stop and should_stop():
                        raise Cancelled(Text("synthesis of {0} cancelled", request.name))
                    for future in finished:
                        offset = pending.pop(future)
                        images = future.result()  # raises BrokenProcessPool: the chunk must stay in ``remaining``
                        count = remaining.pop(offset)[3]
                        out[offset : offset + count] = images
                        done += count
                    if finished and on_progress:
                        on_progress(done, total)
            except BaseException:
                pool.shutdown(wait=True, cancel_futures=True)
                raise
    except BrokenProcessPool:
        # Worker processes could not run (a script without an ``if __name__ == "__main__"`` guard, a frozen
        # app without freeze_support, process limits): finish here. Chunks seed themselves, so the result is
        # the same.
        log.warning("synthesis workers failed to start; continuing in this process")
        for offset, char, start, count in remaining.values():
            if should_stop and should_stop():
                raise Cancelled(Text("synthesis of {0} cancelled", request.name)) from None
            out[offset : offset + count] = synthesize_chunk(*_chunk_args(request, char, start, count))
            done += count
            if on_progress:
                on_progress(done, total)
    return out


def _synthesize_into(cache_file, request: SynthesisRequest, on_progress, should_stop, workers) -> None:
    """Synthesise straight into the cache file, memory-mapped: a large set (joyo at 500 a class: 4.4 GB) is never
    held in memory as a whole, and a cancelled or failed run leaves no cache entry."""
    shape = (len(request.chars) * request.samples_per_class, request.spec.height, request.spec.width)
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(cache_file) as tmp:
        out = np.lib.format.open_memmap(tmp, mode="w+", dtype=np.uint8, shape=shape)
        try:
            synthesize(request, on_progress, should_stop, workers, out=out)
            out.flush()
        finally:
            del out  # unmapped before the file is moved (or removed after a failure)


def sample_drawing(request: SynthesisRequest, index: int):
    """The synthetic writer's strokes behind row ``index`` of ``request``'s samples (class-major, as
    :func:`synthesize` lays them out): (Drawing, pen width) or None for a printed-font sample."""
    c, k = divmod(int(index), request.samples_per_class)
    start = k - k % CHUNK
    count = min(CHUNK, request.samples_per_class - start)
    char, start, count, seed, spec, variety, font_fraction = _chunk_args(request, request.chars[c], start, count)
    return drawing_in_chunk(char, start, count, k - start, seed, spec, variety, font_fraction)


def _cache_file(request: SynthesisRequest) -> Path:
    return paths.cache_dir() / "synth" / f"{request.cache_key()}.npy"


def is_made(name: str, samples_per_class: int | None = None, seed: int = 0) -> bool:
    """Whether the built-in ``name`` is in the cache already (opening it is then a read, not a synthesis)."""
    return name in BUILTINS and _cache_file(request_for(name, samples_per_class, seed)).is_file()


def load_builtin(name: str, samples_per_class: int | None = None, seed: int = 0,
                 spec: PreprocessSpec | None = None, on_progress: ProgressFn | None = None,
                 should_stop: StopFn | None = None, use_cache: bool = True, workers: int | None = None,
                 font_fraction: float = 0.0) -> Dataset:
    request = request_for(name, samples_per_class, seed, spec, font_fraction)
    cache_file = _cache_file(request)
    images = None
    if use_cache and cache_file.is_file():
        try:
            images = np.load(cache_file, mmap_mode="r", allow_pickle=False)
            expected = (len(request.chars) * request.samples_per_class, request.spec.height, request.spec.width)
            if images.shape != expected or images.dtype != np.uint8:
                images = None
        except (OSError, ValueError):
            images = None  # a damaged cache entry is simply made again
    size = len(request.chars) * request.samples_per_class * request.spec.height * request.spec.width
    if images is None and use_cache and size > STREAM_TO_DISK_BYTES:
        _synthesize_into(cache_file, request, on_progress, should_stop, workers)
        images = np.load(cache_file, mmap_mode="r", allow_pickle=False)
    elif images is None:
        images = synthesize(request, on_progress, should_stop, workers)
        if use_cache:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            with atomic_path(cache_file) as tmp:
                with open(tmp, "wb") as handle:
                    np.save(handle, images, allow_pickle=False)
    elif on_progress:
        on_progress(len(images), len(images))
    labels = np.repeat(np.arange(len(request.chars), dtype=np.int64), request.samples_per_class)
    return Dataset(
        name=name,
        classes=list(request.chars),
        images=images,
        labels=labels,
        spec=request.spec,
        source=Text("synthesised from KanjiVG and Inkling allographs, {0}/class, seed {1}{2}", request.samples_per_class,
                    seed, Text(", {0:.0%} printed by system fonts", font_fraction) if font_fraction else ""),
        kind="builtin",
        drawing_of=partial(sample_drawing, request),
    )
