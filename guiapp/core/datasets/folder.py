"""Image folders: one sub-folder per class (any Unicode name, e.g. ``あ/``), PNG/JPEG/BMP/GIF/WEBP files inside.

Each image becomes grey → ink coverage (polarity detected from its border) → uint8, so scans of dark ink on
white paper and MNIST-style light-on-dark bitmaps load the same way. Images that share one size keep it; mixed
sizes are letterboxed into a square. Unreadable files are skipped and listed in ``Dataset.problems``.

A ``classes.json`` at the root (written by :func:`guiapp.core.datasets.export.export_folder`) gives the class
order and each folder's real class name, so names that cannot be folder names survive a round trip. PNGs written
by the exporter carry a text chunk saying they already hold coverage; those pixels are taken as they are.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import ImageOps, UnidentifiedImageError

from guiapp.core.datasets.base import Dataset, DatasetError
from guiapp.core.datasets.limits import check_declared
from guiapp.core.imagefile import ImageFileError, grey_levels, open_image
from guiapp.core.coverage import to_coverage
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.tasks import Cancelled
from guiapp.core.text import Plural, Text

IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp"})
CLASSES_FILE = "classes.json"
CLASSES_FORMAT = "inkling-folder"
# PNG text chunk (key, value) marking a file whose grey levels are already uint8 ink coverage.
COVERAGE_TAG = ("Inkling", "coverage")
_EXIF_ORIENTATION = 0x0112
_DIGITS = re.compile(r"(\d+)")


@dataclass
class _Class:
    name: str
    folders: list[Path]  # several when folder names differ only in Unicode normalisation (merged, and reported)
    test_files: set[str] = field(default_factory=set)
    declared: bool = False  # listed in classes.json: kept even when empty (the list fixes the classes and order)


def _natural_key(name: str):
    return [(0, int(part), part) if part.isdigit() else (1, 0, part) for part in _DIGITS.split(name)]


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)


def _spec(height: int, width: int, source: str) -> PreprocessSpec:
    try:
        return PreprocessSpec(height=height, width=width, fit="resize", fit_size=min(20, height, width))
    except ValueError as exc:
        raise DatasetError(Text("{0}: images of {1}×{2} pixels are not supported ({3})", source, height, width,
                                exc.args[0] if exc.args else str(exc))) from None


def _read_classes_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DatasetError(Text("{0}: cannot read the class list ({1})", path, exc)) from None
    entries = data.get("classes") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise DatasetError(Text("{0}: expected {{\"classes\": [{{\"name\": …, \"folder\": …}}, …]}}", path))
    for i, entry in enumerate(entries):
        if isinstance(entry, str):  # a plain list of names: the folders carry the names
            entries[i] = entry = {"name": entry, "folder": entry}
        if not (isinstance(entry, dict) and isinstance(entry.get("name"), str)):
            raise DatasetError(Text("{0}: class entry {1} needs a \"name\" string", path, i))
        folder = entry.setdefault("folder", entry["name"])
        if not isinstance(folder, str) or not folder or "/" in folder or "\\" in folder or folder in (".", ".."):
            raise DatasetError(Text("{0}: class {1!r} has an invalid folder {2!r}", path, entry["name"], folder))
    names = [e["name"] for e in entries]
    if len(set(names)) != len(names):
        raise DatasetError(Text("{0}: duplicate class names", path))
    return data


def _discover_classes(root: Path) -> tuple[list[_Class], dict, list[str]]:
    """Class list (names, folders, predefined test files), the classes.json content, and problems."""
    try:
        entries = [p for p in root.iterdir() if not p.name.startswith(".")]
    except OSError as exc:
        raise DatasetError(Text("{0}: cannot list the folder ({1})", root, exc.strerror or exc)) from None
    if not entries:
        raise DatasetError(Text("{0}: the folder is empty", root))
    problems: list[str] = []
    folders = _class_folders(root, entries, problems)
    loose = sorted(p.name for p in entries if p.is_file() and p.suffix.lower() in IMAGE_EXTENSIONS)
    meta: dict = {}
    classes: list[_Class] = []
    meta_path = root / CLASSES_FILE
    if meta_path.is_file():
        meta = _read_classes_json(meta_path)
        for entry in meta["classes"]:
            found = folders.pop(_nfc(entry["folder"]), [])
            if not found:
                problems.append(Text("{0}: listed in {1} but missing; the class is empty", root / entry["folder"],
                                      CLASSES_FILE))
            tests = entry.get("test") or []
            classes.append(_Class(entry["name"], found, {str(t) for t in tests}, declared=True))
    taken = {c.name for c in classes}
    for key in sorted(folders):
        name, n = key, 1
        while name in taken:
            n += 1
            name = f"{key} ({n})"
        taken.add(name)
        classes.append(_Class(name, folders[key]))
    if not any(c.folders for c in classes):
        if loose:
            raise DatasetError(Plural(
                "{0}: no class sub-folders (found %Ln image(s) such as {1} directly inside); "
                "put each class's images in a sub-folder named after the class", "", len(loose), root, loose[0]))
        raise DatasetError(Text("{0}: no class sub-folders found (one sub-folder per class is expected)", root))
    if loose:
        problems.append(Plural("{0}: ignored %Ln image(s) lying directly in the root folder", "", len(loose),
                               root / loose[0]))
    return classes, meta, problems


def _class_folders(root: Path, entries: list[Path], problems: list[str]) -> dict[str, list[Path]]:
    """{NFC class name: its folders}. Names that differ only in Unicode normalisation (NFC "é" and NFD "e"+U+0301,
    as macOS and Linux tools may write them) are one class: their folders are merged, and that is reported.
    A folder that is a symbolic link leading outside the dataset is skipped and reported."""
    try:
        inside = root.resolve()
    except OSError:
        inside = root
    folders: dict[str, list[Path]] = {}
    for p in sorted(entries, key=lambda p: p.name):
        if not p.is_dir():
            continue
        if p.is_symlink():
            try:
                target = p.resolve()
            except (OSError, RuntimeError) as exc:
                problems.append(Text("{0}: a symbolic link that cannot be followed ({1}); skipped", p, exc))
                continue
            if not target.is_relative_to(inside):
                problems.append(Text("{0}: a symbolic link to {1}, outside the dataset folder; skipped", p, target))
                continue
        folders.setdefault(_nfc(p.name), []).append(p)
    for key, group in folders.items():
        if len(group) > 1:
            spelled = ", ".join(ascii(p.name) for p in group)
            problems.append(Text("{0}: the class folders {1} differ only in Unicode normalisation; their "
                                 "images were merged into the class {2!r}", root, spelled, key))
    return folders


def _relative(file: Path, root: Path) -> str:
    """``file`` as the Datasets area names it: from the imported folder down ("cross/0.png")."""
    try:
        return file.relative_to(root).as_posix()
    except ValueError:  # a class folder outside the root (classes.json may name one)
        return str(file)


def image_files(folder: Path, problems: list[str]) -> list[Path]:
    """The images in ``folder`` (not in its sub-folders), in natural order ("2.png" before "10.png"); a folder that
    cannot be listed is one of ``problems``."""
    try:
        files = [
            p for p in folder.iterdir()
            if not p.name.startswith(".") and p.suffix.lower() in IMAGE_EXTENSIONS and p.is_file()
        ]
    except OSError as exc:
        problems.append(Text("{0}: cannot list the folder ({1})", folder, exc.strerror or exc))
        return []
    return sorted(files, key=lambda p: _natural_key(p.name))


def _reason(exc: Exception) -> str:
    if isinstance(exc, ImageFileError):
        return exc.reason
    if isinstance(exc, UnidentifiedImageError):
        return Text("not a readable image (unknown or corrupt format)")
    if isinstance(exc, ValueError) and len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return exc.args[0]
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc) or type(exc).__name__
    return text if len(text) < 200 else text[:197] + "…"


def _header_size(path: Path) -> tuple[int, int]:
    """(height, width) from the file header, after EXIF rotation; raises on unreadable files."""
    if path.stat().st_size == 0:
        raise ValueError(Text("empty file (0 bytes)"))
    with open_image(path) as image:
        width, height = image.size
        try:
            orientation = image.getexif().get(_EXIF_ORIENTATION, 1)
        except Exception:  # noqa: BLE001 - a broken EXIF block only loses the rotation
            orientation = 1
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    if width <= 0 or height <= 0:
        raise ValueError(Text("image has no pixels ({0}×{1})", width, height))
    return height, width


def _decode(path: Path, target: tuple[int, int], fitter: PreprocessSpec | None) -> np.ndarray:
    """One file → (H, W) uint8 coverage of the target size."""
    with open_image(path) as image:
        image.load()
        if image.mode == "L" and image.info.get(COVERAGE_TAG[0]) == COVERAGE_TAG[1]:
            coverage = None
            raw = np.asarray(image, np.uint8)
        else:
            try:
                image = ImageOps.exif_transpose(image)
            except Exception:  # noqa: BLE001
                pass
            raw = None
            coverage = to_coverage(grey_levels(image), "auto")
    if raw is not None:
        if raw.shape == target:
            return raw
        coverage = raw.astype(np.float32) / 255.0
    if coverage.shape != target:
        if fitter is None:
            raise ValueError(Text("size {0}×{1} differs from the others", coverage.shape[1], coverage.shape[0]))
        coverage = fitter.fit_coverage(coverage)
    return np.clip(np.rint(coverage * 255.0), 0, 255).astype(np.uint8)


def load_folder_dataset(
    path: str | Path,
    name: str | None = None,
    size: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Dataset:
    """Load a one-sub-folder-per-class image folder.

    ``size``: fit every image into ``size``×``size`` (letterboxed, aspect kept). Without it, images that all
    share one size keep it, and mixed sizes are fitted into a square whose side is the most common size's
    larger side. ``progress(done, total)`` is called while images are decoded; ``should_stop()`` returning
    True raises :class:`~guiapp.core.tasks.Cancelled`.
    """
    root = Path(path)
    if not root.exists():
        raise DatasetError(Text("{0}: no such folder", root))
    if not root.is_dir():
        raise DatasetError(Text("{0}: not a folder (an image folder holds one sub-folder per class)", root))
    if size is not None and (not isinstance(size, int) or isinstance(size, bool) or not 1 <= size <= 4096):
        raise DatasetError(Text("{0}: size must be an integer from 1 to 4096, got {1!r}", root, size))
    classes, meta, problems = _discover_classes(root)

    # Pass 1: headers only, to choose the output size before decoding anything.
    files: list[tuple[Path, int, tuple[int, int]]] = []
    found: list[_Class] = []
    for cls in classes:
        class_files = [f for folder in cls.folders for f in image_files(folder, problems)]
        if cls.folders and not class_files:
            if not cls.declared:  # a stray empty folder is skipped, as reported, not made a class of 0 samples
                problems.append(Text("{0}: holds no images; skipped", cls.folders[0]))
                continue
            problems.append(Text("{0}: holds no images; the class {1!r} is empty", cls.folders[0], cls.name))
        index = len(found)
        found.append(cls)
        for file in class_files:
            try:
                files.append((file, index, _header_size(file)))
            except Exception as exc:  # noqa: BLE001 - any decoder failure just skips the file
                problems.append(Text("{0}: {1}", file, _reason(exc)))
    classes = found
    if not files:
        raise DatasetError(
            Plural("{0}: no readable images in the class folders (%Ln problem(s), first: {1})", "", len(problems),
                   root, problems[0]) if problems else Text("{0}: no readable images in the class folders", root))
    sizes = Counter(shape for _, _, shape in files)
    if size is not None:
        target = (size, size)
    elif len(sizes) == 1:
        target = next(iter(sizes))
    else:
        side = max(sizes.most_common(1)[0][0])
        target = (side, side)
    spec = _spec(target[0], target[1], str(root))
    fitter = spec if size is not None or len(sizes) > 1 else None

    check_declared(Plural("{0}: %Ln image(s) of {1}×{2}", "", len(files), root, target[1], target[0]),
                   len(files) * target[0] * target[1], None, Text("pixels"))
    # Pass 2: decode straight into one preallocated array.
    images = np.empty((len(files),) + target, np.uint8)
    labels = np.empty(len(files), np.int64)
    test = np.zeros(len(files), bool)
    kept, names, fitted = 0, [], 0
    step = max(1, len(files) // 200)
    for done, (file, index, shape) in enumerate(files, 1):
        try:
            images[kept] = _decode(file, target, fitter)
        except Exception as exc:  # noqa: BLE001
            problems.append(Text("{0}: {1}", file, _reason(exc)))
        else:
            labels[kept] = index
            test[kept] = file.name in classes[index].test_files
            names.append(_relative(file, root))
            kept += 1
            fitted += fitter is not None and shape != target  # (of the images kept: not those skipped)
        if done % step == 0 or done == len(files):
            if progress is not None:
                progress(done, len(files))
            if should_stop is not None and should_stop():
                raise Cancelled(Text("loading {0} cancelled", root))
    if kept == 0:
        raise DatasetError(Plural("{0}: none of the %Ln image(s) could be read (first problem: {1})", "", len(files),
                                  root, problems[-1]))
    if kept < len(files):
        images, labels, test = images[:kept].copy(), labels[:kept].copy(), test[:kept]

    predefined_test = None
    if any(c.test_files for c in classes) and test.any():
        predefined_test = test
    stored_spec = meta.get("spec")
    if isinstance(stored_spec, dict):
        try:
            candidate = PreprocessSpec.from_dict(stored_spec)
            if (candidate.height, candidate.width) == target:
                spec = candidate
        except ValueError:
            problems.append(Text("{0}: ignored an invalid preprocessing spec", root / CLASSES_FILE))
    if name is None:
        stored_name = meta.get("name")
        name = stored_name if isinstance(stored_name, str) and stored_name else root.name
    return Dataset(
        name=name,
        classes=[c.name for c in classes],
        images=images,
        labels=labels,
        spec=spec,
        source=str(root),
        kind="file",
        read_only=True,
        predefined_test=predefined_test,
        problems=problems,
        files=tuple(names),
        fitted=fitted,
    )
