"""A project file: one zip that carries what a person made (their datasets of drawn samples, the model, the Train
settings) to another machine, as Teachable Machine users ask for.

```
project.json                       {"format": "guiapp-project", "version": 1, "datasets": [...], "model": ...,
                                    "model_name": ..., "training": {...}, "app_version": ...}
datasets/<name>/dataset.json       each user dataset as the user store keeps it
datasets/<name>/samples/<id>.png   (one PNG per sample, strokes inside)
model.h5 | model.keras             the model, if one was included
```

Importing treats the file as untrusted: the archive's member names, sizes and compression ratios are checked (path
traversal, zip bombs), only the members the layout above allows are read, the model passes the same safety checks
as any model file before anything is kept, and datasets appear whole or not at all (built in a hidden folder, then
renamed into place; a name already taken gets a suffix). Nothing from the file is ever executed.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import unicodedata
import uuid
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from guiapp import __version__, paths
from guiapp.paths import MODEL_SUFFIXES
from guiapp.core.atomic import atomic_path
from guiapp.core.filekind import ZIP_SIGNATURE
from guiapp.core.datasets import catalogue
from guiapp.core.datasets.base import DatasetError
from guiapp.core.text import Text

FORMAT, VERSION = "guiapp-project", 1
MANIFEST = "project.json"
MAX_MANIFEST_BYTES = 1 << 20
MAX_SAMPLE_BYTES = 4 << 20
MAX_MODEL_BYTES = 512 << 20
MAX_PROJECT_BYTES = 4 << 30
_SAMPLE_NAME = re.compile(r"[0-9A-Za-z_.-]{1,100}\.png")


class ProjectError(DatasetError):
    """A project file could not be written or was refused; the message names the file and the reason."""


@dataclass
class Project:
    """What an import brought in."""

    datasets: list[str] = field(default_factory=list)  # names in the user store (renamed if the name was taken)
    model_path: str | None = None  # where the model was put (the per-user models folder)
    training: dict = field(default_factory=dict)  # the Train settings that were exported
    unreadable: int = 0  # samples brought in that cannot be read (each dataset lists them among its problems)
    renamed: dict[str, str] = field(default_factory=dict)  # {name in the file: name given here} for names taken


def export_project(path, datasets: list[str], model_path: str | None = None, training: dict | None = None,
                   store=None, model_name: str | None = None) -> Path:
    """Write the project file ``path`` (atomically) with the user datasets ``datasets``, the model file and the
    Train settings. ``model_name``: what the model is called where it is exported from (a training run's model is
    named by its run, which does not travel). Returns the path."""
    from guiapp.core.datasets.user_store import DATASET_FILE, SAMPLES_DIR, UserStore

    store = store or UserStore()
    path = Path(path)
    model = Path(model_path) if model_path else None
    if model is not None and model.suffix.lower() not in MODEL_SUFFIXES:
        raise ProjectError(Text("{0}: only .h5 and .keras models go into a project", model.name))
    manifest = {"format": FORMAT, "version": VERSION, "app_version": __version__, "datasets": [],
                "model": f"model{model.suffix.lower()}" if model is not None else None, "training": training or {}}
    if model is not None and model_name:
        manifest["model_name"] = str(model_name)
    with atomic_path(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in datasets:
            user = store.open(name)
            manifest["datasets"].append(user.name)
            archive.write(user.path / DATASET_FILE, f"datasets/{user.name}/{DATASET_FILE}")
            for record in user.samples():
                archive.write(record.path, f"datasets/{user.name}/{SAMPLES_DIR}/{record.path.name}",
                              compress_type=zipfile.ZIP_STORED)  # PNGs are compressed already
        if model is not None:
            archive.write(model, manifest["model"])
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
    return path


def _fail(path: Path, reason: Text) -> ProjectError:
    return ProjectError(Text("{0}: {1}", path.name, reason))


def _manifest(archive: zipfile.ZipFile, path: Path) -> dict:
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise _fail(path, Text("not an Inkling project (no {0} inside)", MANIFEST)) from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise _fail(path, Text("its {0} is absurdly large", MANIFEST))
    try:
        manifest = json.loads(archive.read(info).decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise _fail(path, Text("its {0} is damaged: {1}", MANIFEST, exc)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _fail(path, Text("not an Inkling project (the manifest says it is something else)"))
    if not isinstance(manifest.get("version"), int) or manifest["version"] > VERSION:
        raise _fail(path, Text("written by a newer Inkling (project version {0!r}); update Inkling",
                                manifest.get("version")))
    if not isinstance(manifest.get("datasets"), list) or not isinstance(manifest.get("training", {}), dict):
        raise _fail(path, Text("its {0} is damaged (datasets or training settings of the wrong kind)", MANIFEST))
    return manifest


def _check_members(archive: zipfile.ZipFile, path: Path, manifest: dict) -> None:
    """Every member is one the layout allows, with a sane size; nothing else is read."""
    from guiapp.core.datasets.user_sample import validate_name
    from guiapp.core.datasets.user_store import DATASET_FILE, SAMPLES_DIR
    from guiapp.core.modelfile import ModelFileError
    from guiapp.core.modelfile.safety import check_keras_zip

    try:
        # names (path traversal), sizes, compression ratios (zip bombs); the whole is unpacked to disk member by
        # member, so its total may exceed what a model may unpack to in memory
        check_keras_zip(archive, path, total_limit=MAX_PROJECT_BYTES)
    except ModelFileError as exc:
        raise ProjectError(exc.args[0] if len(exc.args) == 1 else str(exc)) from None
    names = []
    for name in manifest["datasets"]:
        try:
            names.append(validate_name(str(name)))
        except ValueError as exc:
            raise _fail(path, Text("dataset name {0!r} refused: {1}", name, exc)) from None
    model = manifest.get("model")
    if model is not None and model not in tuple(f"model{s}" for s in MODEL_SUFFIXES):
        raise _fail(path, Text("its model member {0!r} is not model.h5 or model.keras", model))
    for info in archive.infolist():
        parts = PurePosixPath(info.filename).parts
        if info.filename in (MANIFEST, model) or info.is_dir():
            if info.filename == model and info.file_size > MAX_MODEL_BYTES:
                raise _fail(path, Text("its model unpacks to {0:,} bytes, more than a recognizer needs", info.file_size))
            continue
        dataset_file = len(parts) == 3 and parts[0] == "datasets" and parts[2] == DATASET_FILE
        sample = (len(parts) == 4 and parts[0] == "datasets" and parts[2] == SAMPLES_DIR
                  and _SAMPLE_NAME.fullmatch(parts[3]) is not None)
        if not (dataset_file or sample) or parts[1] not in names:
            raise _fail(path, Text("unexpected member {0!r} (not part of an Inkling project)", info.filename))
        if info.file_size > MAX_SAMPLE_BYTES:
            raise _fail(path, Text("the member {0!r} is larger than any sample", info.filename))


# Encodings of the member names a zip tool may have written without the UTF-8 flag: zip's own default (the name as
# typed), Windows' own in Taiwan, China and Japan. Python reads every unflagged name as cp437.
_NAME_ENCODINGS = ("utf-8", "cp950", "gbk", "shift_jis")


def _mend_names(archive: zipfile.ZipFile, manifest: dict) -> None:
    """Member names that a zip tool wrote without the UTF-8 flag (``zip -r``, Windows' "compressed folder"), read
    as the project's own: a project re-zipped with a Chinese dataset name was refused as "unexpected member
    datasets/Φí¿µâàτ¼ªΦÖƒ/…" (a walk). An encoding is taken only when it gives a dataset the manifest names."""
    wanted = {str(name) for name in manifest.get("datasets") or []}
    for info in archive.infolist():
        if info.flag_bits & 0x800 or info.filename.isascii():
            continue
        try:
            raw = info.filename.encode("cp437")
        except UnicodeEncodeError:
            continue
        for encoding in _NAME_ENCODINGS:
            try:
                name = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            parts = PurePosixPath(name).parts
            if len(parts) >= 2 and parts[0] == "datasets" and parts[1] in wanted:
                info.filename = name
                break
    archive.NameToInfo = {info.filename: info for info in archive.infolist()}


def _unique(store, name: str) -> str:
    candidate, n = name, 1
    while store.exists(candidate):
        n += 1
        candidate = f"{name}-{n}"
    return candidate


def import_project(path, store=None, models_dir=None) -> Project:
    """Bring a project file's datasets and model in (see the module docs). Raises ProjectError with one line."""
    from guiapp.core.datasets.user_store import UserStore

    path = Path(path)
    store = store or UserStore()
    models_dir = Path(models_dir) if models_dir is not None else paths.data_dir() / "models"
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise _fail(path, Text("no such file")) from None
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        if _looks_like_a_zip(path):  # "not a zip archive" for a copy cut short (a walk)
            raise _fail(path, Text("the file is damaged or incomplete (was it copied whole?)")) from None
        # (the exception's own words, "BadZipFile: File is not a zip file", only repeated it: walk 121)
        raise _fail(path, Text("not a project file (not a zip archive)")) from None
    project = Project()
    try:
        with archive, tempfile.TemporaryDirectory(prefix=".import-", dir=_parent(store.root)) as staging:
            _import(archive, path, Path(staging), store, models_dir, project)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        # A member that does not unpack (its bytes changed after the file was written): said, nothing kept. It
        # failed with a traceback in the terminal and no word in the window (a walk).
        raise _fail(path, Text("the file is damaged (a part of it does not unpack: {0}); nothing was imported",
                               str(exc))) from None
    return project


def _looks_like_a_zip(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(len(ZIP_SIGNATURE)) == ZIP_SIGNATURE
    except OSError:
        return False


def _import(archive: zipfile.ZipFile, path: Path, staging: Path, store, models_dir: Path, project: Project) -> None:
    from guiapp.core.datasets.user_store import DATASET_FILE, UserDataset
    from guiapp.core.modelfile import ModelFileError
    from guiapp.core.modelfile.safety import check_file

    manifest = _manifest(archive, path)
    _mend_names(archive, manifest)
    _check_members(archive, path, manifest)
    project.training = dict(manifest.get("training") or {})
    model = manifest.get("model")
    if model is not None:  # checked before anything is kept: a hostile model stops the whole import
        unpacked = staging / model
        with archive.open(model) as source, open(unpacked, "wb") as target:
            shutil.copyfileobj(source, target, 1 << 20)
        try:
            check_file(unpacked)
        except ModelFileError as exc:
            raise _fail(path, Text("its model is refused: {0}", exc)) from None
    built = []
    for name in manifest["datasets"]:
        folder = staging / f"dataset-{uuid.uuid4().hex}"
        for info in archive.infolist():
            parts = PurePosixPath(info.filename).parts
            if len(parts) >= 3 and parts[0] == "datasets" and parts[1] == name and not info.is_dir():
                target = folder.joinpath(*parts[2:])
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(info))
        if not (folder / DATASET_FILE).is_file():
            raise _fail(path, Text("the dataset {0!r} has no {1}", name, DATASET_FILE))
        try:  # a sample that cannot be read is kept (as any dataset keeps one) and counted, to be said
            project.unreadable += len(UserDataset(folder).scan().problems)
        except DatasetError as exc:
            raise _fail(path, Text("the dataset {0!r} is damaged: {1}", name, exc)) from None
        built.append((name, folder))
    store.root.mkdir(parents=True, exist_ok=True)
    for name, folder in built:  # whole datasets appear in one rename each
        final = _unique(store, name)
        shutil.move(str(folder), str(store.root / final))
        project.datasets.append(final)
        if final != name:
            project.renamed[name] = final
        catalogue.changed(final)
    if model is not None:
        models_dir.mkdir(parents=True, exist_ok=True)
        target = models_dir / f"{path.stem}{Path(model).suffix}"
        n = 1
        while target.exists():
            n += 1
            target = models_dir / f"{path.stem}-{n}{Path(model).suffix}"
        shutil.move(str(staging / model), str(target))
        project.model_path = str(target)
        _name_imported_model(target, project.renamed, manifest.get("model_name"))


def _name_imported_model(path: Path, renamed: dict[str, str], name=None) -> None:
    """The imported model names the dataset it learnt from as it is called here: a name taken gave the project's
    dataset another, and Personalize mixed the model's drawings with the other dataset of the old name (a walk).
    And it keeps the name it had where it was exported (``name``), unless it has one saved in it: a Teach round's
    model, "Digits + my-handwriting (taught x)" there, was "my-handwriting+digits · …" here (a walk)."""
    from guiapp.core.modelfile import ModelFileError, read_metadata
    from guiapp.core.modelfile.metadata import trained_on
    from guiapp.core.modelfile.save import set_model_name, update_metadata

    try:
        info = read_metadata(path)
        metadata = info.get("metadata") if isinstance(info.get("metadata"), dict) else {}
        learnt = trained_on(info)
        if learnt in renamed:
            update_metadata(path, dataset=dict(metadata.get("dataset") or {}, name=renamed[learnt]))
        if isinstance(name, str) and name.strip() and not str(metadata.get("name") or "").strip():
            # no control characters (a name is shown in the window and printed by the CLI)
            set_model_name(path, "".join(char for char in name if unicodedata.category(char)[0] != "C")[:120])
    except (ModelFileError, OSError, ValueError):
        pass  # a model without Inkling's metadata names no dataset, and keeps its file's name


def _parent(root: Path) -> str:
    """The staging folder sits next to the store, on the same file system, so datasets move in by renaming."""
    parent = Path(root).parent
    parent.mkdir(parents=True, exist_ok=True)
    return str(parent)


__all__ = ["Project", "ProjectError", "export_project", "import_project"]
