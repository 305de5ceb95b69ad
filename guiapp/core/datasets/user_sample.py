"""One user sample on disk, and the rules for dataset names and labels.

A sample is one PNG of ink coverage whose iTXt chunk ``inkling-sample`` holds the label, time, source, drawing
(strokes) and pen width as JSON; see :mod:`guiapp.core.datasets.user_store` for the folder layout.
"""

from __future__ import annotations

import io
import json
import os
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from PIL import Image, PngImagePlugin

from guiapp.core.atomic import atomic_write_bytes, fsync_directory
from guiapp.core.datasets.base import DatasetError
from guiapp.core.imagefile import open_image
from guiapp.core.text import Text

SAMPLE_FORMAT_VERSION = 1
SAMPLE_SUFFIX = ".png"
DELETED_PREFIX = ".deleted-"  # a deleted sample, kept hidden (scans skip dot files) so the deletion can be undone
METADATA_KEY = "inkling-sample"
MAX_NAME_LENGTH = 100
MAX_NAME_BYTES = 255  # most file systems limit a folder name to 255 bytes
MAX_LABEL_LENGTH = 32
MAX_METADATA_BYTES = 32 * 1024 * 1024  # a drawing whose JSON is larger than this is refused
_FORBIDDEN_NAME_CHARS = '/\\:*?"<>|'  # path separators everywhere, plus what Windows forbids in names
_WINDOWS_DEVICE_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


# -- names and labels ---------------------------------------------------------------------------------------------
def validate_name(name: str) -> str:
    """A dataset name, NFC-normalised; ValueError saying what is wrong otherwise.

    The name becomes a folder name, so it must be one on every platform: non-empty, at most 100 characters,
    no path separators or characters Windows forbids, no leading dot or surrounding spaces, not a device name.
    """
    if not isinstance(name, str):
        raise ValueError(f"a dataset name must be text, got {type(name).__name__}")
    name = unicodedata.normalize("NFC", name)
    if not name.strip():
        raise ValueError(Text("a dataset name must not be empty"))
    if name in (".", ".."):
        raise ValueError(Text("{0!r} is not a valid dataset name", name))
    if len(name) > MAX_NAME_LENGTH:
        raise ValueError(Text("dataset name is {0} characters long; at most {1} are allowed", len(name),
                              MAX_NAME_LENGTH))
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise ValueError(Text("dataset name {0!r} is too long for a folder name ({1} bytes at most in UTF-8)", name,
                              MAX_NAME_BYTES))
    bad = sorted({c for c in name if c in _FORBIDDEN_NAME_CHARS})
    if bad:
        shown = " ".join(bad)
        raise ValueError(Text("dataset name {0!r} must not contain {1} (path separators and {2} are not allowed)", name,
                              shown, _FORBIDDEN_NAME_CHARS))
    if any(unicodedata.category(c) == "Cc" for c in name):
        raise ValueError(Text("dataset name {0!r} must not contain control characters (tabs, line breaks)", name))
    if name != name.strip():
        raise ValueError(Text("dataset name {0!r} must not start or end with spaces", name))
    if name.startswith("."):
        raise ValueError(Text("dataset name {0!r} must not start with a dot", name))
    if name.endswith("."):
        raise ValueError(Text("dataset name {0!r} must not end with a dot", name))
    if name.split(".")[0].strip().upper() in _WINDOWS_DEVICE_NAMES:
        raise ValueError(Text("dataset name {0!r} is reserved on Windows; choose another", name))
    return name


def validate_label(label: str) -> str:
    """A sample label: any non-empty Unicode text ("あ", "7", "A"), stripped, NFC-normalised, ≤ 32 characters."""
    if not isinstance(label, str):
        raise ValueError(f"a label must be text, got {type(label).__name__}")
    label = unicodedata.normalize("NFC", label).strip()
    if not label:
        raise ValueError(Text("a label must not be empty"))
    if len(label) > MAX_LABEL_LENGTH:
        raise ValueError(Text("label {0}… is {1} characters long; at most {2} are allowed", label[:MAX_LABEL_LENGTH],
                              len(label), MAX_LABEL_LENGTH))
    if any(unicodedata.category(c) == "Cc" for c in label):
        raise ValueError(Text("label {0!r} must not contain control characters (tabs, line breaks)", label))
    return label


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def iso_time(time: datetime) -> str:
    return time.astimezone(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_time(text) -> datetime:
    if not isinstance(text, str):
        raise ValueError(f"time must be an ISO 8601 string, got {text!r}")
    time = datetime.fromisoformat(text)
    return time.replace(tzinfo=timezone.utc) if time.tzinfo is None else time.astimezone(timezone.utc)


# -- samples ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SampleRecord:
    """What a listing needs about one sample, read from the file's metadata without decoding the pixels."""

    id: str
    label: str
    time: datetime  # UTC
    path: Path
    has_strokes: bool
    source: str = ""


@dataclass(frozen=True)
class BrokenSample:
    """A sample file (named like one) that cannot be loaded: shown as broken, and deletable like any sample."""

    id: str
    path: Path
    reason: str


@dataclass(frozen=True)
class Scan:
    samples: list[SampleRecord]  # sorted by id, i.e. by time added; exactly the samples that load
    problems: list[str]  # "<file>: <what is wrong>" for each file that was skipped
    broken: list[BrokenSample] = field(default_factory=list)  # the skipped files that are damaged samples


class BadSample(Exception):
    pass


def parse_metadata(image: Image.Image) -> dict:
    if image.format != "PNG":
        raise BadSample(f"not a PNG image ({image.format or 'unknown format'})")
    raw = image.info.get(METADATA_KEY)
    if raw is None:
        raise BadSample("not an Inkling sample (no sample metadata in the PNG)")
    try:
        meta = json.loads(str(raw))
    except ValueError as exc:
        raise BadSample(f"damaged sample metadata ({exc})") from None
    if not isinstance(meta, dict):
        raise BadSample("damaged sample metadata (not a JSON object)")
    version = meta.get("format_version", 1)
    if not isinstance(version, int) or version > SAMPLE_FORMAT_VERSION:
        raise BadSample(f"written by a newer version of Inkling (sample format {version!r})")
    try:
        meta["label"] = validate_label(meta.get("label"))
        meta["time"] = parse_time(meta.get("time"))
    except ValueError as exc:
        raise BadSample(f"damaged sample metadata ({exc})") from None
    if meta.get("drawing") is not None and not isinstance(meta["drawing"], dict):
        raise BadSample("damaged sample metadata (the drawing is not an object)")
    return meta


def read_record(path: Path) -> SampleRecord:
    """The sample's record, after checking that it loads (pixels decode, strokes parse): a listing counts
    exactly the samples a dataset is made of."""
    with open_image(path) as image:
        meta = parse_metadata(image)
        try:
            image.load()
        except Exception as exc:  # noqa: BLE001 - truncated or corrupt pixel data fails in many ways
            raise BadSample(f"damaged image ({type(exc).__name__}: {exc})") from None
    if meta.get("drawing") is not None:
        from guiapp.core.strokes import Drawing

        try:
            Drawing.from_dict(meta["drawing"])
        except Exception as exc:  # noqa: BLE001 - malformed strokes fail in many ways
            raise BadSample(f"damaged strokes ({type(exc).__name__}: {exc})") from None
    return SampleRecord(
        id=path.name[: -len(SAMPLE_SUFFIX)],
        label=meta["label"],
        time=meta["time"],
        path=path,
        has_strokes=meta.get("drawing") is not None,
        source=str(meta.get("source") or ""),
    )


def read_sample(path: Path) -> tuple[np.ndarray, dict]:
    with open_image(path) as image:
        meta = parse_metadata(image)
        image.load()  # a truncated or damaged file fails here
        pixels = np.asarray(image if image.mode == "L" else image.convert("L"), dtype=np.uint8).copy()
    return pixels, meta


def png_bytes(coverage: np.ndarray, meta: dict) -> bytes:
    text = json.dumps(meta, ensure_ascii=False, separators=(",", ":"))
    size = len(text.encode("utf-8"))
    if size > MAX_METADATA_BYTES:
        raise ValueError(Text("the drawing is too large to store ({0:,} bytes of strokes; at most {1:,})", size,
                              MAX_METADATA_BYTES))
    info = PngImagePlugin.PngInfo()
    # Pillow refuses to inflate compressed text larger than MAX_TEXT_CHUNK, so huge drawings are stored plain.
    info.add_itxt(METADATA_KEY, text, zip=size <= min(PngImagePlugin.MAX_TEXT_CHUNK, 1 << 20))
    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(coverage, dtype=np.uint8)).save(buffer, format="PNG", pnginfo=info)
    return buffer.getvalue()


# -- editing one sample file (each is one atomic file operation; see user_store) ----------------------------------
def relabel_file(path: Path, label: str) -> str:
    """Rewrite the sample at ``path`` with ``label`` (pixels, strokes and id kept), atomically; the old label."""
    try:
        pixels, meta = read_sample(path)
    except Exception as exc:  # noqa: BLE001 - a damaged file cannot be rewritten safely
        raise DatasetError(f"{path}: cannot be read ({type(exc).__name__}: {exc})") from None
    old = meta["label"]
    meta.update(label=label, time=iso_time(meta["time"]), relabelled=iso_time(now_utc()))
    atomic_write_bytes(path, png_bytes(pixels, meta))
    return old


def hide_file(path: Path) -> None:
    """``<id>.png`` → ``.deleted-<id>.png`` (one atomic rename)."""
    os.replace(path, path.with_name(DELETED_PREFIX + path.name))
    fsync_directory(path.parent)


def unhide_file(samples_dir: Path, sample_id: str) -> None:
    """Undo :func:`hide_file`; KeyError when there is no hidden file or the sample is back already."""
    live = samples_dir / f"{sample_id}{SAMPLE_SUFFIX}"
    hidden = samples_dir / f"{DELETED_PREFIX}{live.name}"
    if not hidden.is_file():
        raise KeyError(f"no deleted sample {sample_id} in {samples_dir.parent.name!r}")
    try:
        os.link(hidden, live)  # never overwrites a live sample (a rename would)
        hidden.unlink()
    except FileExistsError:
        raise KeyError(f"sample {sample_id} is already back in {samples_dir.parent.name!r}") from None
    except OSError:  # no hard links on this file system
        if live.exists():
            raise KeyError(f"sample {sample_id} is already back in {samples_dir.parent.name!r}") from None
        os.replace(hidden, live)
    fsync_directory(samples_dir)


def hidden_ids(samples_dir: Path) -> list[str]:
    try:
        names = os.listdir(samples_dir)
    except OSError:
        return []
    return sorted(n[len(DELETED_PREFIX) : -len(SAMPLE_SUFFIX)] for n in names
                  if n.startswith(DELETED_PREFIX) and n.endswith(SAMPLE_SUFFIX))
