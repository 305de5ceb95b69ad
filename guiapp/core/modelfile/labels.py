"""Class labels for a model file without guiapp's metadata: a sidecar labels file next to it, else numbers."""

from __future__ import annotations

import json
from pathlib import Path

from guiapp.core.modelfile.errors import ModelFileError, file_error
from guiapp.core.text import Text

MAX_SIDECAR_BYTES = 16 << 20


def sidecar_candidates(path) -> list[Path]:
    """Where :func:`load_model` looks for labels next to a model file without guiapp metadata, in order."""
    path = Path(path)
    stem, folder = path.stem, path.parent
    return [folder / f"{stem}.labels.txt", folder / f"{stem}.labels.json", folder / f"{stem}_labels.txt",
            folder / f"{stem}_labels.json", folder / "labels.txt", folder / "labels.json"]


def parse_sidecar(sidecar: Path) -> list[str]:
    def fail(reason: str) -> ModelFileError:
        return file_error(sidecar, reason)

    try:
        if sidecar.stat().st_size > MAX_SIDECAR_BYTES:
            raise fail(Text("the labels file is larger than {0} MiB", MAX_SIDECAR_BYTES >> 20))
        text = sidecar.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise fail(Text("the labels file is not UTF-8 text")) from None
    except OSError as exc:
        raise fail(Text("the labels file cannot be read: {0}", exc.strerror or exc)) from None
    if sidecar.suffix.lower() == ".txt":
        lines = [line.strip() for line in text.splitlines()]
        while lines and not lines[-1]:
            lines.pop()
        for number, line in enumerate(lines, 1):
            if not line:
                raise fail(Text("line {0} of the labels file is empty", number))
        return lines
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise fail(Text("the labels file is not valid JSON: {0}", exc)) from None
    if isinstance(data, list):
        if not all(isinstance(x, (str, int)) and not isinstance(x, bool) and str(x) for x in data):
            raise fail(Text("the labels file must hold a list of names"))
        return [str(x) for x in data]
    if isinstance(data, dict) and data:
        keys_are_indices = all(str(k).strip().lstrip("-").isdigit() for k in data)
        if keys_are_indices:  # {"0": "a", "1": "b"}
            mapping = {int(k): v for k, v in data.items()}
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in data.values()):  # {"a": 0} (Keras)
            mapping = {v: k for k, v in data.items()}
            if len(mapping) != len(data):
                raise fail(Text("the labels file maps two names to the same class index"))
        else:
            raise fail(Text("the labels file must map class indices to names ({\"0\": \"a\", …} or {\"a\": 0, …})"))
        if sorted(mapping) != list(range(len(mapping))):
            raise fail(Text("the labels file's class indices are not 0 to {0}", len(mapping) - 1))
        names = [mapping[i] for i in range(len(mapping))]
        if not all(isinstance(x, (str, int)) and not isinstance(x, bool) and str(x) for x in names):
            raise fail(Text("the labels file's names must be text"))
        return [str(x) for x in names]
    raise fail(Text("the labels file must hold a list of names or a mapping of class indices to names"))


def find_labels(path: Path, stored: dict | None, n_classes: int) -> tuple[list[str], str, str | None]:
    """(labels, source, note)."""
    if stored is not None and stored.get("labels") is not None:
        labels = stored["labels"]
        if len(labels) != n_classes:
            raise file_error(path, Text("the file's labels list {0} classes but the model has {1} outputs", len(labels),
                                         n_classes))
        return labels, "metadata", None
    for sidecar in sidecar_candidates(path):
        if sidecar.is_file():
            labels = parse_sidecar(sidecar)
            if len(labels) != n_classes:
                raise file_error(path, Text("the labels file {0} lists {1} labels but the model has {2} outputs",
                                            sidecar.name, len(labels), n_classes))
            return labels, "sidecar", f"labels read from {sidecar.name}"
    names = [p.name for p in sidecar_candidates(path)]
    note = (f"no labels in the file and no labels file next to it ({', '.join(names)}): classes are numbered "
            f"0 to {n_classes - 1}")
    return [str(i) for i in range(n_classes)], "numbered", note
