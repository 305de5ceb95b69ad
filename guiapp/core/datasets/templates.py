"""Stroke templates: KanjiVG's SVGs (CC BY-SA 3.0) plus guiapp's own allographs in ``resources/allographs``.

Each character may have several written forms. KanjiVG has one per character (``kanji/0XXXX.svg``; the variant
files such as ``04e14-Kaisho.svg`` are calligraphic forms and are not used). Our allographs use the same format
and are named ``<5 hex digits>-<form>.svg`` (e.g. ``00037-crossbar.svg``). Synthesis picks among all forms of
a character in proportion to their weights: 1 unless the allograph's ``<svg>`` element says otherwise with
``data-weight="…"`` (a form most writers use, such as the plain stick 1, is drawn more often than a rare one).
Templates live in a 109×109 box, like KanjiVG's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

import numpy as np

from guiapp import paths
from guiapp.core.kana import split_mark
from guiapp.core.svgpath import PathError, parse_path
from guiapp.core.text import Text

TEMPLATE_BOX = 109.0
_PATH_D = re.compile(r"<path\b[^>]*?\sd=\"([^\"]+)\"", re.S)
_WEIGHT = re.compile(r"<svg\b[^>]*\sdata-weight=\"([0-9]*\.?[0-9]+)\"", re.S)
_STROKE_GROUP = re.compile(r"<g\b[^>]*id=\"kvg:StrokePaths_[^\"]*\"[^>]*>(.*?)</g>\s*(?:<g\b[^>]*StrokeNumbers|</svg>)", re.S)


class TemplateError(ValueError):
    pass


@dataclass(frozen=True)
class Template:
    char: str
    form: str  # "kanjivg" or the allograph's name
    strokes: tuple[np.ndarray, ...]  # (n, 2) polylines in the 109×109 box
    weight: float = 1.0  # relative frequency of this form among the character's forms


def file_name(char: str) -> str:
    return f"{ord(char):05x}"


KANJIVG_ARCHIVE = "kanji.zip"  # what the PyInstaller build bundles: 6,700 small files as one archive (29 → 3 MB)
KANJIVG_INDEX = "index.json"  # in a packed archive: {name: [block, offset, length]}; blocks are "blocks/<block>"


class KanjiVGFiles:
    """KanjiVG's ``<code point>.svg`` files, from the installed package's ``kanji/`` folder or, in a bundle, from
    one zip archive of them. The bundle's archive is packed (packaging/slim.py, ``write_kanjivg_archive``): the
    files concatenated in blocks of a few dozen, each block one LZMA-compressed member ``blocks/<n>``, and
    ``index.json`` saying where each file lies in which block (files of ~2 KB compress poorly one by one: 7 → 3 MB).
    A block is decompressed once per process, when a file in it is first read. An archive of plain
    ``<code point>.svg`` members (same names, at its root) reads too."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self._archive = None
        self._index: dict[str, tuple[int, int, int]] | None = None
        self._blocks: dict[int, bytes] = {}
        if location.is_file():
            import json
            import zipfile

            self._archive = zipfile.ZipFile(location)
            names = self._archive.namelist()
            if KANJIVG_INDEX in names:
                index = json.loads(self._archive.read(KANJIVG_INDEX))
                self._index = {name: tuple(where) for name, where in index.items()}
                self._names = frozenset(self._index)
            else:
                self._names = frozenset(name[:-4] for name in names if name.endswith(".svg"))

    def names(self) -> list[str]:
        """Every ``<name>`` with a ``<name>.svg`` here, sorted."""
        if self._archive is not None:
            return sorted(self._names)
        return sorted(path.stem for path in self.location.glob("*.svg"))

    def has(self, name: str) -> bool:
        if self._archive is not None:
            return name in self._names
        return (self.location / f"{name}.svg").is_file()

    def read(self, name: str) -> tuple[str, str]:
        """(text, where it came from) of ``<name>.svg``."""
        if self._archive is not None:
            if self._index is None:
                data = self._archive.read(f"{name}.svg")
            else:
                block, offset, length = self._index[name]
                blob = self._blocks.get(block)
                if blob is None:
                    blob = self._blocks[block] = self._archive.read(f"blocks/{block}")
                data = blob[offset:offset + length]
            return data.decode("utf-8"), f"{self.location}:{name}.svg"
        path = self.location / f"{name}.svg"
        return path.read_text(encoding="utf-8"), str(path)


@cache
def kanjivg_files() -> KanjiVGFiles | None:
    """KanjiVG's stroke files: the bundled archive (PyInstaller), else the installed kanjivg package."""
    bundled = paths.resources_dir().parent / KANJIVG_ARCHIVE
    if bundled.is_file():
        return KanjiVGFiles(bundled)
    try:
        folder = Path(str(metadata.distribution("kanjivg").locate_file("kanji")))
    except metadata.PackageNotFoundError:
        return None
    return KanjiVGFiles(folder) if folder.is_dir() else None


def parse_svg(text: str, source: str = "template") -> tuple[np.ndarray, ...]:
    """Stroke polylines of a KanjiVG-format SVG, in stroke order. Stroke-number ``<text>`` is ignored."""
    group = _STROKE_GROUP.search(text)
    body = group.group(1) if group else text
    strokes = []
    for d in _PATH_D.findall(body):
        try:
            strokes.extend(parse_path(d))
        except PathError as exc:
            raise TemplateError(Text("{0}: {1}", source, exc.args[0] if len(exc.args) == 1 else str(exc))) from None
    if not strokes:
        raise TemplateError(Text("{0}: no stroke paths found", source))
    return tuple(strokes)


@cache
def _allograph_index() -> dict[str, list[Path]]:
    index: dict[str, list[Path]] = {}
    folder = paths.resource("allographs")
    for path in sorted(folder.glob("*.svg")):
        index.setdefault(path.name[:5], []).append(path)
    return index


def _marked_base(char: str) -> str | None:
    """The base of a kana with a sound mark (ざ → さ, ぱ → は), else None."""
    plain, mark = split_mark(char)
    return plain if mark else None


def allograph_paths(char: str) -> list[Path]:
    """Our own template files ``char``'s forms are made from (may be empty): its own, and for a kana with a sound
    mark its base kana's (see :func:`templates_for`)."""
    base = _marked_base(char)
    own = list(_allograph_index().get(file_name(char), []))
    return own + (allograph_paths(base) if base else [])


def has_template(char: str) -> bool:
    if len(char) != 1:
        return False
    name = file_name(char)
    files = kanjivg_files()
    return name in _allograph_index() or (files is not None and files.has(name))


def stroke_order(char: str) -> tuple[np.ndarray, ...] | None:
    """KanjiVG's strokes of ``char`` in the order they are written, in its 109×109 box; None when KanjiVG does not
    write it (a symbol, or a form of our own, whose order is nobody's standard)."""
    files = kanjivg_files()
    if len(char) != 1 or files is None or not files.has(file_name(char)):
        return None
    try:
        forms = templates_for(char)
    except (TemplateError, OSError, ValueError):
        return None
    return next((form.strokes for form in forms if form.form == "kanjivg"), None)


def missing_characters(chars: str) -> list[str]:
    return list(_missing(chars))


@cache
def _missing(chars: str) -> tuple[str, ...]:
    # once a character set: the bundled templates do not change while the app runs, and each list of datasets asked
    # it again of every built-in (some 7 ms each, 150 times in a class rename: walk 161)
    return tuple(c for c in dict.fromkeys(chars) if not has_template(c))


@cache
def stroke_count(char: str) -> int | None:
    """How many strokes KanjiVG writes ``char`` with; None where it has no file for it."""
    files = kanjivg_files()
    name = file_name(char) if len(char) == 1 else ""
    if not name or files is None or not files.has(name):
        return None
    try:
        return len(parse_svg(*files.read(name)))
    except (TemplateError, OSError, ValueError):
        return None


@cache
def templates_for(char: str) -> tuple[Template, ...]:
    """All written forms of ``char``: KanjiVG's and our allographs."""
    name = file_name(char)
    forms: list[Template] = []
    files = kanjivg_files()
    if files is not None and files.has(name):
        text, source = files.read(name)
        forms.append(Template(char, "kanjivg", parse_svg(text, source)))
    for path in _allograph_index().get(name, []):
        form = path.stem[6:] or "allograph"
        text = path.read_text(encoding="utf-8")
        weight = _WEIGHT.search(text)
        forms.append(Template(char, form, parse_svg(text, str(path)), float(weight.group(1)) if weight else 1.0))
    if not forms:
        raise TemplateError(Text("no stroke template for {0!r} (U+{1:04X})", char, ord(char)))
    # A kana with a sound mark is written as its base plus the mark, so each of the base's own written forms (さ
    # joined as Gothic type and hurried hands join it) is one of its forms too, the mark where KanjiVG puts it.
    base = _marked_base(char)
    if base is not None and forms[0].form == "kanjivg" and has_template(base):
        base_forms = templates_for(base)
        marks = forms[0].strokes[len(base_forms[0].strokes):]
        if base_forms[0].form == "kanjivg" and marks:
            forms += [Template(char, form.form, form.strokes + marks, form.weight) for form in base_forms[1:]]
    return tuple(forms)
