"""One of the user's own datasets: characters drawn on the pad (or images added) and labelled by the user.

Layout of one dataset, ``<data_dir>/datasets/<name>/``::

    dataset.json        name, creation time, format version, the preprocessing spec, the render size, and
                        the classes renamed (old name → name now) for models that learnt them before
    samples/<id>.png    one file per sample

A sample is ONE file, written atomically (:mod:`guiapp.core.atomic`), so it is either completely there or not at
all. The file is a PNG of the raw-size ink coverage (0 background, 255 ink, like every dataset in guiapp; a
drawing is rendered at ``render_size`` × ``render_size``, an added image keeps its size up to
``MAX_IMAGE_SIDE``). An iTXt chunk named ``inkling-sample`` holds JSON::

    {"format_version": 1, "id": ..., "label": "あ", "time": "2024-05-01T10:15:02.123456Z",
     "source": "pad", "drawing": Drawing.to_dict() or null, "pen_width": 6.5 or null}

The sample id (and file name) is ``<UTC time stamp>-<uuid4 hex>``: unique without any coordination, and sorting
by name sorts by time. There is no shared index, so the store is append-only and two processes may add samples
to the same dataset at once. Hidden files (a writer's temporary ``.*.tmp`` left by a crash, ``.DS_Store``) are
ignored; anything else that is not a readable sample is skipped and reported in ``problems``, never fatal.

Editing keeps that design: relabelling rewrites the one sample file atomically (same id, new label); deleting
renames ``<id>.png`` to the hidden ``.deleted-<id>.png`` (one atomic rename, ignored by scans), so it can be undone
by renaming it back. Neither needs shared state. The folder of datasets (create, merge, rename, delete) is
:mod:`guiapp.core.datasets.user_store`.
"""

from __future__ import annotations

import json
import os
import re
import threading
import uuid
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image

from guiapp.core.atomic import atomic_write_bytes, atomic_write_text, remove_stale_temps
from guiapp.core.datasets import catalogue
from guiapp.core.datasets.base import Dataset, DatasetError
from guiapp.core.coverage import to_coverage
from guiapp.core.preprocess import PreprocessSpec, ink_box
from guiapp.core.strokes import Drawing, ink_pen_width, pen_width_for, rasterise
from guiapp.core.text import Text
from guiapp.core.datasets.user_sample import (  # noqa: F401  (SampleRecord, Scan, validate_label: public API)
    BadSample,
    BrokenSample,
    hidden_ids,
    hide_file,
    relabel_file,
    unhide_file,
    iso_time,
    now_utc,
    parse_time,
    png_bytes,
    read_record,
    read_sample,
    SAMPLE_FORMAT_VERSION,
    SAMPLE_SUFFIX,
    SampleRecord,
    Scan,
    validate_label,
)

FORMAT = "inkling-user-dataset"
FORMAT_VERSION = 1
DATASET_FILE = "dataset.json"
SAMPLES_DIR = "samples"

RENDER_SIZE = 128  # drawings are stored rendered at this size (square, the canvas centred, aspect kept)
MAX_IMAGE_SIDE = 1024  # added images larger than this are scaled down (area average) before storing

_SAMPLE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*")
RENAMED_CLASSES = "renamed_classes"  # dataset.json: {old class name: its name now}


def write_description(folder: Path, meta: dict) -> None:
    """A dataset's ``dataset.json``, written atomically (made, then renamed)."""
    atomic_write_text(folder / DATASET_FILE, json.dumps(meta, indent=2, ensure_ascii=False) + "\n")


class UserDataset:
    """One user dataset folder. Cheap to create; every call reads the folder afresh (other processes may add)."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.name = self.path.name
        self.samples_dir = self.path / SAMPLES_DIR
        self._cache: dict[str, tuple[tuple[int, int], SampleRecord | str]] = {}
        self._lock = threading.Lock()
        meta_file = self.path / DATASET_FILE
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DatasetError(f"{meta_file}: missing; {self.path} is not a user dataset") from None
        except (OSError, ValueError) as exc:
            raise DatasetError(f"{meta_file}: cannot be read ({exc})") from None
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise DatasetError(f"{meta_file}: not an Inkling user dataset description")
        version = meta.get("format_version")
        if not isinstance(version, int) or version < 1:
            raise DatasetError(f"{meta_file}: invalid format_version {version!r}")
        if version > FORMAT_VERSION:
            raise DatasetError(
                f"{meta_file}: written by a newer version of Inkling (format {version}; this version reads up to "
                f"{FORMAT_VERSION})"
            )
        try:
            self.spec = PreprocessSpec.from_dict(meta.get("spec", {}))
            self.created = parse_time(meta.get("created"))
            self.render_size = int(meta.get("render_size", RENDER_SIZE))
            if not 8 <= self.render_size <= 4096:
                raise ValueError(f"render_size {self.render_size} is out of range")
        except (TypeError, ValueError) as exc:
            raise DatasetError(f"{meta_file}: {exc}") from None
        self.metadata = meta

    def set_spec(self, spec: PreprocessSpec) -> None:
        """Read the drawings at ``spec`` from now on (they are stored at ``render_size``: nothing is lost, and the
        size can be changed back). dataset.json is rewritten whole, atomically."""
        meta = dict(self.metadata, spec=spec.to_dict())
        write_description(self.path, meta)
        self.metadata, self.spec = meta, spec

    def __repr__(self) -> str:
        return f"UserDataset({str(self.path)!r})"

    def __len__(self) -> int:
        return len(self.samples())

    # -- adding ---------------------------------------------------------------------------------------------------
    def add_drawing(self, drawing: Drawing | dict, label: str, pen_width: float | None = None, source: str = "pad") -> str:
        """Render ``drawing`` at ``render_size`` and store it with its strokes; returns the new sample's id.

        ``pen_width`` is in canvas units, as drawn; by default 0.06 × the canvas' larger side.
        """
        label = validate_label(label)
        if isinstance(drawing, dict):
            drawing = Drawing.from_dict(drawing)
        if not isinstance(drawing, Drawing):
            raise ValueError(f"expected a Drawing, got {type(drawing).__name__}")
        if not drawing.strokes:
            raise ValueError(Text("the drawing is empty: there is nothing to store"))
        pen_width = pen_width_for(drawing, pen_width)  # stored as drawn; rendered as the recognizer renders it
        coverage = rasterise(drawing, self.render_size, ink_pen_width(drawing, pen_width))
        return self._write(coverage, label, source, drawing.to_dict(), pen_width)

    def add_image(self, image, label: str, source: str = "image", source_ink: str = "auto") -> str:
        """Store a bitmap (PIL image or array) without strokes; returns the new sample's id.

        The image is turned into ink coverage with :func:`guiapp.core.coverage.to_coverage`: ``source_ink``
        "light" for coverage bitmaps (ours, MNIST), "dark" for ink on paper, "auto" to tell from the border.
        A full-range coverage array (0 background, 255 ink) is stored unchanged.
        """
        label = validate_label(label)
        coverage = to_coverage(image, source_ink)
        h, w = coverage.shape
        if max(h, w) > MAX_IMAGE_SIDE:
            scale = MAX_IMAGE_SIDE / max(h, w)
            size = (max(1, round(w * scale)), max(1, round(h * scale)))
            coverage = np.asarray(Image.fromarray(coverage.astype(np.float32)).resize(size, Image.Resampling.BOX))
        pixels = np.rint(np.clip(coverage, 0.0, 1.0) * 255.0).astype(np.uint8)
        return self._write(pixels, label, source, None, None)

    def _write(self, coverage: np.ndarray, label: str, source: str, drawing: dict | None, pen_width: float | None) -> str:
        time = now_utc()
        sample_id = f"{time:%Y%m%dT%H%M%S%f}Z-{uuid.uuid4().hex}"
        meta = {
            "format_version": SAMPLE_FORMAT_VERSION,
            "id": sample_id,
            "label": label,
            "time": iso_time(time),
            "source": str(source),
            "drawing": drawing,
            "pen_width": pen_width,
        }
        data = png_bytes(coverage, meta)
        self.samples_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(self.samples_dir)  # half-written samples of writers that were killed
        atomic_write_bytes(self.samples_dir / f"{sample_id}{SAMPLE_SUFFIX}", data)
        catalogue.changed(self.name)
        return sample_id

    # -- reading --------------------------------------------------------------------------------------------------
    def scan(self) -> Scan:
        """All readable samples (sorted by id) and the files that were skipped, with the reason."""
        samples: list[SampleRecord] = []
        problems: list[str] = []
        broken: list[BrokenSample] = []
        try:
            entries = sorted(os.scandir(self.samples_dir), key=lambda e: e.name)
        except FileNotFoundError:
            return Scan([], [])
        except OSError as exc:
            return Scan([], [f"{self.samples_dir}: cannot be listed ({exc})"])
        seen = set()
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue  # temporary files of writers (maybe killed mid-write), .DS_Store and the like
            path = Path(entry.path)
            try:
                if not entry.is_file():
                    problems.append(f"{path}: not a sample file (a folder or special file)")
                    continue
                stat = entry.stat()
            except OSError as exc:
                problems.append(f"{path}: cannot be read ({exc})")
                continue
            if not name.endswith(SAMPLE_SUFFIX) or not _SAMPLE_ID.fullmatch(name[: -len(SAMPLE_SUFFIX)]):
                problems.append(f"{path}: not a sample file (expected <id>{SAMPLE_SUFFIX})")
                continue
            seen.add(name)
            key = (stat.st_mtime_ns, stat.st_size)
            with self._lock:
                cached = self._cache.get(name)
            if cached is not None and cached[0] == key:
                result = cached[1]
            else:
                if stat.st_size == 0:
                    result = "empty file"
                else:
                    try:
                        result = read_record(path)
                    except BadSample as exc:
                        result = str(exc)
                    except Exception as exc:  # noqa: BLE001 - a damaged file must never stop the listing
                        result = f"cannot be read ({type(exc).__name__}: {exc})"
                with self._lock:
                    self._cache[name] = (key, result)
            if isinstance(result, SampleRecord):
                samples.append(result)
            else:
                problems.append(f"{path}: {result}")
                broken.append(BrokenSample(name[: -len(SAMPLE_SUFFIX)], path, result))
        with self._lock:
            for stale in set(self._cache) - seen:
                del self._cache[stale]
        return Scan(samples, problems, broken)

    def samples(self) -> list[SampleRecord]:
        return self.scan().samples

    def broken(self) -> list[BrokenSample]:
        """Damaged samples (not counted, not loaded); :meth:`delete` takes their ids like any other."""
        return self.scan().broken

    def problems(self) -> list[str]:
        return self.scan().problems

    def counts(self) -> dict[str, int]:
        """{label: number of samples}, sorted by label."""
        counter = Counter(record.label for record in self.samples())
        return dict(sorted(counter.items()))

    def _sample_path(self, sample_id: str) -> Path:
        if not isinstance(sample_id, str) or not _SAMPLE_ID.fullmatch(sample_id):
            raise KeyError(f"{sample_id!r} is not a sample id")
        path = self.samples_dir / f"{sample_id}{SAMPLE_SUFFIX}"
        if not path.is_file():
            raise KeyError(f"no sample {sample_id} in user dataset {self.name!r}")
        return path

    def load_sample(self, sample_id: str) -> tuple[np.ndarray, Drawing | None, dict]:
        """(coverage uint8 (H, W), the drawing or None, metadata dict with ``time`` as a datetime).

        KeyError for an unknown id; DatasetError naming the file when it is damaged.
        """
        path = self._sample_path(sample_id)
        try:
            pixels, meta = read_sample(path)
            drawing = Drawing.from_dict(meta["drawing"]) if meta.get("drawing") is not None else None
        except BadSample as exc:
            raise DatasetError(f"{path}: {exc}") from None
        except Exception as exc:  # noqa: BLE001 - any decoding failure means a damaged file
            raise DatasetError(f"{path}: cannot be read ({type(exc).__name__}: {exc})") from None
        return pixels, drawing, meta

    # -- editing (see the module docstring: each edit is one atomic file operation) -------------------------------
    def relabel(self, sample_id: str, label: str) -> str:
        """Give a sample a new label (same id, pixels and strokes); returns the old label."""
        old = relabel_file(self._sample_path(sample_id), validate_label(label))
        catalogue.changed(self.name)
        return old

    def delete(self, sample_id: str) -> None:
        """Hide a sample (undo with :meth:`restore`). KeyError when it is not there (e.g. deleted elsewhere)."""
        hide_file(self._sample_path(sample_id))
        catalogue.changed(self.name)

    def restore(self, sample_id: str) -> None:
        """Undo :meth:`delete`. KeyError when there is no deleted sample of that id (or it is back already)."""
        if not isinstance(sample_id, str) or not _SAMPLE_ID.fullmatch(sample_id):
            raise KeyError(f"{sample_id!r} is not a sample id")
        unhide_file(self.samples_dir, sample_id)
        catalogue.changed(self.name)

    def deleted(self) -> list[str]:
        """Ids of deleted samples that can still be restored."""
        return hidden_ids(self.samples_dir)

    # -- classes renamed: a model that learnt a class by its old name learns on under the new one ------------------
    def class_renames(self) -> dict[str, str]:
        """{old class name: its name now} for every class renamed (chains followed: ☺ → smile → grin gives
        ☺ → grin and smile → grin), read afresh: another window may have renamed one."""
        try:
            renames = json.loads((self.path / DATASET_FILE).read_text(encoding="utf-8")).get(RENAMED_CLASSES)
        except (OSError, ValueError, AttributeError):
            return {}
        if not isinstance(renames, dict):
            return {}
        return {old: new for old, new in renames.items() if isinstance(old, str) and isinstance(new, str) and old != new}

    def set_class_renames(self, renames: dict[str, str]) -> None:
        """Write ``renames`` as the dataset's renamed classes (Undo puts the earlier ones back this way)."""
        meta = dict(self.metadata)
        if renames:
            meta[RENAMED_CLASSES] = dict(renames)
        else:
            meta.pop(RENAMED_CLASSES, None)
        write_description(self.path, meta)
        self.metadata = meta

    def record_class_rename(self, old: str, new: str) -> dict[str, str]:
        """Note that the class ``old`` is called ``new`` now, so a model fine-tuned on this dataset learns its class
        ``old`` on as ``new``: Personalize kept a base model's ☺ beside the renamed "smile", and scored the model
        before it 0 on "smile" (a walk). Returns the renames as they were before (for Undo)."""
        before = self.class_renames()
        renames = {was: (new if now == old else now) for was, now in before.items()}
        renames[old] = new
        self.set_class_renames({was: now for was, now in renames.items() if was != now})
        return before

    # -- as a Dataset ---------------------------------------------------------------------------------------------
    def to_dataset(self, spec: PreprocessSpec | None = None) -> Dataset:
        """Every readable sample through ``spec.fit_coverage`` (default: the dataset's own spec).

        Classes are the labels, sorted; damaged files are skipped and listed in ``problems``.
        """
        return self.load(spec)[0]

    def load(self, spec: PreprocessSpec | None = None,
             previous: tuple[Dataset, list[SampleRecord]] | None = None) -> tuple[Dataset, list[SampleRecord]]:
        """:meth:`to_dataset` and the record of each of its samples, row for row (ids for editing).

        ``previous``: an earlier result with the same spec; pixels of samples it holds are reused instead of
        decoded again (edits never change a sample's pixels), so reloading after an add or edit costs one scan.
        """
        spec = spec or self.spec
        scan = self.scan()
        problems = list(scan.problems)
        images, labels, records, tops = [], [], [], []
        known = {}
        if previous is not None and previous[0].spec == spec:
            before = previous[0].drawn_tops
            known = {r.id: (previous[0].images[i], np.nan if before is None else before[i])
                     for i, r in enumerate(previous[1])}
        for record in scan.samples:
            if record.id in known:
                images.append(known[record.id][0])
                tops.append(known[record.id][1])
                labels.append(record.label)
                records.append(record)
                continue
            try:
                pixels, meta = read_sample(record.path)
            except Exception as exc:  # noqa: BLE001 - skip and report, never crash
                problems.append(f"{record.path}: cannot be read ({type(exc).__name__}: {exc})")
                continue
            fitted = spec.fit_coverage(pixels.astype(np.float32) / 255.0)
            images.append(np.rint(np.clip(fitted, 0.0, 1.0) * 255.0).astype(np.uint8))
            # the stored bitmap is the whole pad: where its ink starts is where the writer began (see Dataset)
            box = ink_box(pixels) if meta.get("drawing") else None
            tops.append(np.nan if box is None else box[1])
            labels.append(record.label)
            records.append(record)
        classes = sorted(set(labels))
        index = {label: i for i, label in enumerate(classes)}
        array = np.stack(images) if images else np.zeros((0, spec.height, spec.width), np.uint8)
        return Dataset(
            name=self.name,
            classes=classes,
            images=array,
            labels=np.array([index[label] for label in labels], dtype=np.int64),
            spec=spec,
            source=str(self.path),
            kind="user",
            read_only=False,
            problems=problems,
            sample_ids=tuple(record.id for record in records),
            renamed_classes=self.class_renames(),
            drawn_tops=np.array(tops, np.float64),
        ), records
