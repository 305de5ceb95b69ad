"""Write a dataset out: one folder per class of PNGs (+ ``classes.json``), or one ``.npz`` file.

Class names can be anything (``/``, ``あ``, ``A`` next to ``a``); folder names must be legal on Windows, macOS
and Linux and distinct on case-insensitive file systems. :func:`folder_names` makes them so (percent-encoding
illegal characters, guarding reserved names, adding `` (lower)``/`` (upper)``/`` (2)`` on clashes), and
``classes.json`` maps each folder back to its exact class name, so
``load_folder_dataset(export_folder(ds, out))`` returns the same classes, labels and pixels (grouped by class).

Every file is written atomically: into a hidden temporary file in the same folder (named like
:mod:`guiapp.core.atomic`'s, so scanners skip leftovers), then ``os.replace``. ``classes.json`` and ``.npz`` files
go through :mod:`guiapp.core.atomic` itself (fsynced). The PNGs are not fsynced one by one (that costs ~3 ms per
file, minutes for MNIST); instead one ``os.sync()`` makes them all durable before ``classes.json``, written
last, marks the export complete.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import unicodedata
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from guiapp.core.atomic import TEMP_SUFFIX, atomic_path, atomic_write_text
from guiapp.core.datasets.base import Dataset, DatasetError
from guiapp.core.datasets.folder import CLASSES_FILE, CLASSES_FORMAT, COVERAGE_TAG
from guiapp.core.tasks import Cancelled, StopFn
from guiapp.core.text import Text

_ILLEGAL = set('/\\:*?"<>|%')  # '%' too, so the encoding stays unambiguous
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{base}{suffix}" for base in ("COM", "LPT") for suffix in list("0123456789") + ["¹", "²", "³"]
}
TEST_SUFFIX = "-test"  # before .png, on the images of a dataset's fixed test split
_MAX_NAME_BYTES = 120  # well under every file system's 255-byte limit, leaving room for suffixes

Progress = Callable[[int, int], None] | None


def _encode_char(ch: str) -> str:
    return "".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))


def safe_folder_name(name: str) -> str:
    """A folder name legal on Windows, macOS and Linux that stands for ``name`` (not yet made unique)."""
    name = unicodedata.normalize("NFC", name)
    if not name:
        return "(empty)"
    chars = []
    for ch in name:
        category = unicodedata.category(ch)
        if ch in _ILLEGAL or category in ("Cc", "Cs") or ch in "\u2028\u2029\ufeff":
            chars.append(_encode_char(ch))
        else:
            chars.append(ch)
    # Leading/trailing dots and spaces are dropped or hidden by Windows, Finder and shells: encode them.
    for i in range(len(chars)):
        if chars[i] in (".", " "):
            chars[i] = _encode_char(chars[i])
        else:
            break
    for i in range(len(chars) - 1, -1, -1):
        if chars[i] in (".", " "):
            chars[i] = _encode_char(chars[i])
        else:
            break
    safe = "".join(chars)
    stem, dot, rest = safe.partition(".")
    if stem.rstrip(" ").upper() in _RESERVED:
        safe = stem + "_" + dot + rest
    if len(safe.encode("utf-8")) > _MAX_NAME_BYTES:
        digest = hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
        cut = safe
        while len(cut.encode("utf-8")) > _MAX_NAME_BYTES - 10:
            cut = cut[:-1]
        safe = cut.rstrip(". ") + "~" + digest
    return safe


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def folder_names(classes: list[str]) -> list[str]:
    """One safe folder name per class, distinct even where case and Unicode normalisation are ignored."""
    taken = {_fold(CLASSES_FILE)}
    names = []
    for cls in classes:
        base = safe_folder_name(cls)
        candidate = base
        if _fold(candidate) in taken:
            if cls == cls.lower() != cls.upper():
                candidate = f"{base} (lower)"
            elif cls == cls.upper() != cls.lower():
                candidate = f"{base} (upper)"
            n = 1
            stem = candidate
            while _fold(candidate) in taken:
                n += 1
                candidate = f"{stem} ({n})"
        taken.add(_fold(candidate))
        names.append(candidate)
    return names


def _atomic_write(target: Path, write: Callable[[object], None]) -> None:
    """``write(file)`` into a hidden temporary file beside ``target``, then move it into place (no fsync).

    The file is created with mode 0666 less the umask (like any new file; mkstemp would make it 0600).
    """
    for _ in range(100):
        tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            break
        except FileExistsError:
            continue
    else:
        raise FileExistsError(f"{target}: could not create a temporary file beside it")
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def check_target_dir(out_dir: Path) -> None:
    """A folder export's target must be new or empty (checked again as it is written)."""
    if out_dir.exists():
        if not out_dir.is_dir():
            raise DatasetError(Text("{0}: exists and is not a folder", out_dir))
        try:
            if any(out_dir.iterdir()):
                raise DatasetError(Text("{0}: the folder is not empty; choose a new or empty folder", out_dir))
        except OSError as exc:
            raise DatasetError(Text("{0}: cannot list the folder ({1})", out_dir, exc.strerror or exc)) from None


def _uint8_images(dataset: Dataset) -> np.ndarray:
    images = np.asarray(dataset.images)
    if images.dtype != np.uint8:
        raise DatasetError(Text("{0}: images must be uint8 coverage to export, found {1}", dataset.name, images.dtype))
    return images


def export_folder(
    dataset: Dataset, out_dir: str | Path, progress: Progress = None, should_stop: StopFn | None = None
) -> Path:
    """Write ``out_dir/<class folder>/00000.png…`` (light ink on dark, as stored; a fixed test split's images as
    ``00007-test.png``) and ``out_dir/classes.json``.

    ``out_dir`` must be new or empty. Images keep their order within each class. ``progress(done, total)`` is
    called about 200 times over the export (and once at 0). ``should_stop()`` returning True raises
    :class:`~guiapp.core.tasks.Cancelled` (the partial folder then has no ``classes.json``). Returns ``out_dir``.
    """
    out_dir = Path(out_dir)
    check_target_dir(out_dir)
    images = _uint8_images(dataset)
    labels = np.asarray(dataset.labels)
    folders = folder_names(list(dataset.classes))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for folder in folders:
            (out_dir / folder).mkdir()
    except OSError as exc:
        raise DatasetError(Text("{0}: cannot create the export folders ({1})", out_dir, exc.strerror or exc)) from None

    total = len(labels)
    step = max(1, total // 200)
    if progress is not None:
        progress(0, total)
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(len(folders) + 1))
    test_mask = dataset.predefined_test
    info = PngInfo()
    info.add_text(*COVERAGE_TAG)
    entries = []
    done = 0
    for c, (cls, folder) in enumerate(zip(dataset.classes, folders)):
        members = order[bounds[c] : bounds[c + 1]]
        width = max(5, len(str(len(members) - 1)))
        test_files = []
        for i, index in enumerate(members):
            # A test image says so in its name too: a student looking through the folder could not tell the
            # images the run was tested on from those it learnt from (walk 111); classes.json lists them all the same
            in_test = test_mask is not None and bool(test_mask[index])
            file_name = f"{i:0{width}d}{TEST_SUFFIX if in_test else ''}.png"
            image = Image.fromarray(np.ascontiguousarray(images[index]), mode="L")
            try:
                _atomic_write(
                    out_dir / folder / file_name, lambda f, image=image: image.save(f, format="PNG", pnginfo=info)
                )
            except OSError as exc:
                raise DatasetError(Text("{0}: cannot write ({1})",
                                        out_dir / folder / file_name, exc.strerror or exc)) from None
            if in_test:
                test_files.append(file_name)
            done += 1
            if done % step == 0 or done == total:
                if progress is not None:
                    progress(done, total)
                if should_stop is not None and should_stop():
                    raise Cancelled(Text("export to {0} cancelled after {1:,} of {2:,} images", out_dir, done, total))
        entry = {"name": cls, "folder": folder, "count": int(len(members))}
        if test_mask is not None:
            entry["test"] = test_files
        entries.append(entry)

    meta = {
        "format": CLASSES_FORMAT,
        "version": 1,
        "name": dataset.name,
        "image_shape": list(images.shape[1:3]),
        "ink": "light",
        "spec": dataset.spec.to_dict(),
        "classes": entries,
    }
    if hasattr(os, "sync"):
        os.sync()  # every PNG durable before classes.json says the export is complete
    try:
        atomic_write_text(out_dir / CLASSES_FILE, json.dumps(meta, ensure_ascii=False, indent=1))
    except OSError as exc:
        raise DatasetError(Text("{0}: cannot write ({1})", out_dir / CLASSES_FILE, exc.strerror or exc)) from None
    return out_dir


def export_npz(dataset: Dataset, path: str | Path, progress: Progress = None, compress: bool = True) -> Path:
    """Write ``images``, ``labels``, ``classes`` (plus ``predefined_test``, ``spec`` and ``name``) to one
    ``.npz`` file that :func:`guiapp.core.datasets.npz.load_npz_dataset` reads back. Returns the path."""
    path = Path(path)
    if path.is_dir():
        raise DatasetError(Text("{0}: is a folder; give a file name ending in .npz", path))
    images = _uint8_images(dataset)
    if progress is not None:
        progress(0, 1)
    arrays = {
        "images": images,
        "labels": np.asarray(dataset.labels, dtype=np.int64),
        "classes": np.array(list(dataset.classes), dtype=np.str_).reshape(len(dataset.classes)),
        "spec": np.array(json.dumps(dataset.spec.to_dict())),
        "name": np.array(dataset.name),
    }
    if dataset.predefined_test is not None:
        arrays["predefined_test"] = np.asarray(dataset.predefined_test, dtype=bool)
    save = np.savez_compressed if compress else np.savez
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(path) as tmp, open(tmp, "wb") as f:  # an open file: numpy would append .npz to a name
            save(f, **arrays)
    except OSError as exc:
        raise DatasetError(Text("{0}: cannot write ({1})", path, exc.strerror or exc)) from None
    if progress is not None:
        progress(1, 1)
    return path
