"""Class names that live beside dataset files: EMNIST ``*-mapping.txt``, KMNIST/K49 ``*classmap*.csv``, and the
names of well-known datasets. Shared by the IDX and npz loaders."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from guiapp.core.datasets.base import DatasetError
from guiapp.core.text import Text

FASHION_CLASSES = [
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
]


def unique_names(names: list[str]) -> list[str]:
    """Class names must be unique: a repeated name becomes "name (2)", "name (3)", …"""
    seen: set[str] = set()
    out = []
    for name in names:
        candidate, n = name, 1
        while candidate in seen:
            n += 1
            candidate = f"{name} ({n})"
        seen.add(candidate)
        out.append(candidate)
    return out


def read_emnist_mapping(path: Path) -> dict[int, str]:
    """EMNIST ``*-mapping.txt``: lines ``label codepoint [codepoint…]`` → {label: characters}."""
    mapping: dict[int, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(Text("{0}: cannot read the class mapping ({1})", path, exc)) from None
    for number, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts:
            continue
        try:
            values = [int(p) for p in parts]
            if len(values) < 2:
                raise ValueError
            mapping[values[0]] = "".join(chr(v) for v in values[1:])
        except (ValueError, OverflowError):
            raise DatasetError(Text("{0}: line {1} is not 'label codepoint': {2!r}",
                                    path, number, line.strip())) from None
    if not mapping:
        raise DatasetError(Text("{0}: the class mapping is empty", path))
    return mapping


def mapping_from_argument(mapping, source: str) -> dict[int, str]:
    if isinstance(mapping, (str, Path)):
        return read_emnist_mapping(Path(mapping))
    if isinstance(mapping, dict):
        return {int(k): (chr(v) if isinstance(v, int) else str(v)) for k, v in mapping.items()}
    try:
        return {i: str(name) for i, name in enumerate(mapping)}
    except TypeError:
        raise DatasetError(Text("{0}: mapping must be a file path, a dict or a list of class names", source)) from None


def find_classmap(folder: str | Path, prefix: str = "") -> Path | None:
    """A ``*classmap*.csv`` beside a dataset: the one named after ``prefix`` (``kmnist_classmap.csv`` for
    ``kmnist-…``), else the only one present, else None."""
    folder = Path(folder)
    try:
        candidates = sorted(
            p for p in folder.iterdir()
            if p.is_file() and not p.name.startswith(".") and "classmap" in p.name.lower()
            and p.name.lower().endswith(".csv")
        )
    except OSError:
        return None
    core = prefix.lower().strip("-_ .")
    if core:
        matches = [p for p in candidates if p.name.lower().startswith(core)]
        if matches:
            return matches[0]
    return candidates[0] if len(candidates) == 1 else None


def read_classmap(path: str | Path) -> list[str]:
    """Class names from a CSV class map, in index order. Uses the ``char`` column when there is a header
    naming it (KMNIST/K49: ``index,codepoint,char``), else the last column."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(Text("{0}: cannot read the class map ({1})", path, exc)) from None
    rows = [row for row in csv.reader(io.StringIO(text)) if row and any(cell.strip() for cell in row)]
    if not rows:
        raise DatasetError(Text("{0}: the class map is empty", path))
    header = [cell.strip().lower() for cell in rows[0]]
    has_header = "char" in header or "index" in header or not rows[0][0].strip().lstrip("-").isdigit()
    body = rows[1:] if has_header else rows
    name_col = header.index("char") if has_header and "char" in header else -1
    index_col = header.index("index") if has_header and "index" in header else 0
    entries: list[tuple[int, str]] = []
    for number, row in enumerate(body, 2 if has_header else 1):
        try:
            index = int(row[index_col])
            name = row[name_col]
        except (ValueError, IndexError):
            raise DatasetError(Text("{0}: line {1} is not 'index,…,name': {2!r}",
                                    path, number, ','.join(row))) from None
        entries.append((index, name))
    entries.sort()
    if [i for i, _ in entries] != list(range(len(entries))):
        raise DatasetError(Text("{0}: class indices must run 0..{1} without gaps", path, len(entries) - 1))
    return [name for _, name in entries]
