"""Every dataset by name or path: built-ins, user datasets, system datasets, registered paths, any file or folder.

``open_dataset`` is the one way the CLI, the GUI and training turn a name or a path into a :class:`Dataset`.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from guiapp import paths
from guiapp.core.atomic import atomic_write_text
from guiapp.core.datasets import builtin, catalogue, five_fonts, mnist5k
from guiapp.core.datasets.base import Dataset, DatasetError
from guiapp.core.tasks import ProgressFn, StopFn
from guiapp.core.text import Text

# Built-ins that are real data read from an installed package, not synthesised:
# name → (loader, description, check: why it cannot load, or None; cheap enough for listings).
REAL_BUILTINS = {mnist5k.NAME: (mnist5k.load_mnist5k, mnist5k.DESCRIPTION, mnist5k.missing),
                 five_fonts.NAME: (five_fonts.load_five_fonts, five_fonts.DESCRIPTION,
                                   lambda: five_fonts.missing(verify=False))}
# Their sizes are fixed, so the list shows them without reading the files (classes, samples).
REAL_BUILTIN_SIZES = {mnist5k.NAME: (len(mnist5k.CLASSES), mnist5k.SAMPLES),
                      five_fonts.NAME: (len(five_fonts.CHARACTERS), five_fonts.SAMPLES)}
# Datasets that Debian packages install system-wide (dataset-fashion-mnist).
SYSTEM_DATASETS = {"fashion-mnist": Path("/usr/share/datasets/fashion-mnist")}
REGISTRY_FILE = "datasets.json"


def builtin_names() -> list[str]:
    """The names the app gives its own datasets. :func:`open_dataset` looks them up first, so a user dataset of
    one of these names would be hidden behind the built-in (and listings would mix the two)."""
    return [*builtin.BUILTINS, *REAL_BUILTINS, *SYSTEM_DATASETS]
_IDX_MARKERS = ("idx3-ubyte", "idx1-ubyte")


@dataclass
class DatasetInfo:
    name: str
    kind: str  # builtin | user | system | registered
    classes: int | None
    samples: int | None
    source: str
    error: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def _registry_path() -> Path:
    return paths.config_dir() / REGISTRY_FILE


def _read_registry() -> dict:
    path = _registry_path()
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}  # a damaged registry must not stop the app; re-registering rewrites it


def registered() -> dict[str, str]:
    entries = _read_registry().get("registered", {})
    return {str(k): str(v) for k, v in entries.items()} if isinstance(entries, dict) else {}


def registered_sizes() -> dict[str, tuple[int, int]]:
    """(classes, samples) of each registered dataset as it was when registered: the Datasets list shows them
    without reading every folder at start-up (they are counted again when a dataset is opened)."""
    sizes = _read_registry().get("sizes", {})
    if not isinstance(sizes, dict):
        return {}
    out = {}
    for name, size in sizes.items():
        if isinstance(size, list) and len(size) == 2 and all(isinstance(n, int) for n in size):
            out[str(name)] = (size[0], size[1])
    return out


def note_size(name: str, classes: int, samples: int) -> bool:
    """A registered dataset read again (opened, imported again) with other counts than recorded: its files changed.
    The new size is recorded and every list told (True), so the Train area describes it afresh: after a folder grew
    and was imported again, Train still said "star has 2 (add 3 more)" and refused to start (walk 127)."""
    entries, sizes = registered(), registered_sizes()
    if name not in entries or sizes.get(name) == (classes, samples):
        return False
    sizes[name] = (classes, samples)
    try:
        _write_registry(entries, sizes)
    except OSError:  # a read-only settings folder: the lists are told all the same
        pass
    catalogue.changed(name)
    return True


def _write_registry(entries: dict[str, str], sizes: dict[str, tuple[int, int]]) -> None:
    sizes = {name: list(size) for name, size in sizes.items() if name in entries}
    atomic_write_text(_registry_path(), json.dumps({"registered": entries, "sizes": sizes}, indent=2,
                                                   ensure_ascii=False))


def register(path: str | Path, name: str | None = None, loaded: Dataset | None = None) -> str:
    """Remember ``path`` under ``name``. ``loaded``: the dataset already loaded from ``path`` (the GUI's import
    worker loads with progress first), which spares loading it a second time."""
    path = Path(path).expanduser().resolve()
    dataset = loaded if loaded is not None else load_path(path)  # refuse what cannot be loaded, with its message
    name = name or path.stem
    if (builtin.is_synthesised(name) or name in SYSTEM_DATASETS
            or name in REAL_BUILTINS):
        raise DatasetError(Text("{0!r} is a built-in dataset name; choose another with --name", name))
    own = next((other for other in _user_store().list() if other.casefold() == name.casefold()), None)
    if own is not None:  # two datasets of one name: each listed with the other's samples (walk 121)
        raise DatasetError(Text("{0!r} is the name of a dataset of your own; choose another with --name", own))
    entries, sizes = registered(), registered_sizes()
    # One name for one set of files: a second one listed the same folder twice (a walk: "export1", "export1 2",
    # "symA"). The same name again counts its files again.
    earlier = next((other for other, where in entries.items() if where == str(path) and other != name), None)
    if earlier is not None:
        raise DatasetError(Text("{0} is registered already, as {1!r} (rename it with: guiapp datasets rename)",
                                path, earlier))
    entries[name] = str(path)
    sizes[name] = (len(dataset.classes), len(dataset))
    _write_registry(entries, sizes)
    del dataset
    catalogue.created(name)
    return name


def rename(old: str, new: str) -> str:
    """Call the imported dataset ``old`` ``new`` (an import is named after its file or folder, often "data" or
    "images"); its files stay where they are. Returns the new name; DatasetError for a name another dataset has
    (ignoring case) or one that is not a valid dataset name."""
    from guiapp.core.datasets.user_sample import validate_name

    entries, sizes = registered(), registered_sizes()
    if old not in entries:
        raise DatasetError(Text("no registered dataset named {0!r}", old))
    try:
        new = validate_name(new.strip())
    except ValueError as exc:
        raise DatasetError(exc.args[0]) from None
    if new == old:
        return old
    taken = [*builtin_names(), *entries, *_user_store().list()]
    clash = next((name for name in taken if name != old and name.casefold() == new.casefold()), None)
    if clash is not None:
        raise DatasetError(Text("a dataset named {0!r} already exists", clash))
    entries = {new if name == old else name: path for name, path in entries.items()}  # keeps the list's order
    if old in sizes:
        sizes[new] = sizes.pop(old)
    _write_registry(entries, sizes)
    catalogue.renamed(old, new)
    return new


def unregister(name: str) -> None:
    entries = registered()
    if name not in entries:
        raise DatasetError(Text("no registered dataset named {0!r}", name))
    del entries[name]
    _write_registry(entries, registered_sizes())
    catalogue.changed(name)


def rename_dataset(old: str, new: str, user_store=None) -> str:
    """Rename a dataset a person can rename, whichever kind it is: an import (:func:`rename`: only the name it is
    listed under changes) or one of their own (``user_store``, by default the user's). Returns the new name; the
    window (undoably) and ``guiapp datasets rename`` both call this. ValueError or DatasetError for an invalid or
    taken name, DatasetError for no such dataset (a built-in cannot be renamed)."""
    if old in registered():
        return rename(old, new)
    if builtin.is_synthesised(old) or old in builtin_names():
        # It said "no user dataset named 'digits'", as if digits were not there (walk 121)
        raise DatasetError(Text("{0!r} is a built-in dataset: it cannot be renamed", old))
    return (user_store if user_store is not None else _user_store()).rename(old, new).name


def _user_store():
    from guiapp.core.datasets.user_store import UserStore

    return UserStore()


def load_path(path: str | Path, name: str | None = None) -> Dataset:
    """Pick the loader for a file or folder from what it contains."""
    from guiapp.core.datasets.folder import load_folder_dataset
    from guiapp.core.datasets.idx import load_idx_dataset
    from guiapp.core.datasets.npz import load_npz_dataset

    path = Path(path)
    if not path.exists():
        raise DatasetError(Text("{0}: no such file or folder", path))
    if path.is_file():
        if path.suffix.lower() == ".npz":
            return load_npz_dataset(path, name=name)
        if any(marker in path.name for marker in _IDX_MARKERS):
            return load_idx_dataset(path, name=name)
        raise DatasetError(Text("{0}: not a dataset file (expected .npz or MNIST IDX *-idx3-ubyte[.gz])", path))
    from guiapp.core.datasets.user_store import DATASET_FILE, UserDataset

    if (path / DATASET_FILE).is_file():  # a dataset of drawn samples (guiapp's own format), wherever it is
        return UserDataset(path).to_dataset()
    entries = [p.name for p in path.iterdir()]
    if any(marker in entry for entry in entries for marker in _IDX_MARKERS):
        return load_idx_dataset(path, name=name)
    npz_files = [e for e in entries if e.lower().endswith(".npz")]
    subfolders = [e for e in entries if (path / e).is_dir() and not e.startswith(".")]
    if npz_files and not subfolders:
        return load_npz_dataset(path / sorted(npz_files)[0], name=name)
    return load_folder_dataset(path, name=name)


def _not_found(name: str) -> DatasetError:
    """A name that is no dataset: a path (a folder in it, a file suffix) is a missing file, anything else an unknown
    dataset name, with the names there are."""
    if "/" in name or "\\" in name or Path(name).suffix or name.startswith(("~", ".")):
        return DatasetError(Text("{0}: no such file or folder", name))
    known = [info.name for info in list_datasets(load=False)]
    return DatasetError(Text("no dataset or path named {0!r}; available: {1}", name, ", ".join(known)))


def open_dataset(name_or_path: str | Path, samples_per_class: int | None = None, seed: int = 0,
                 on_progress: ProgressFn | None = None, should_stop: StopFn | None = None,
                 font_fraction: float = 0.0) -> Dataset:
    """A dataset by name (built-in, ``custom:…``, user, system, registered) or by path. ``samples_per_class``: how
    many a synthesised built-in makes; for a dataset with its own test set, at most that many a class besides it
    (:meth:`~guiapp.core.datasets.base.Dataset.at_most_per_class`, always the same ones); others take all."""
    name = str(name_or_path)
    if builtin.is_synthesised(name):
        return builtin.load_builtin(name, samples_per_class, seed, on_progress=on_progress, should_stop=should_stop,
                                    font_fraction=font_fraction)
    dataset = _open_stored(name)
    if samples_per_class and dataset.can_take_fewer:
        return dataset.at_most_per_class(int(samples_per_class))
    return dataset


def _open_stored(name: str) -> Dataset:
    if name in REAL_BUILTINS:
        return REAL_BUILTINS[name][0]()
    store = _user_store()
    if store.exists(name):
        return store.open(name).to_dataset()
    if name in SYSTEM_DATASETS and SYSTEM_DATASETS[name].is_dir():
        dataset = load_path(SYSTEM_DATASETS[name], name=name)
        dataset.kind = "system"
        return dataset
    entries = registered()
    if name in entries:
        return load_path(entries[name], name=name)
    if Path(name).expanduser().exists():
        return load_path(Path(name).expanduser())
    raise _not_found(name)


def check_dataset(name_or_path: str | Path, samples_per_class: int | None = None, font_fraction: float = 0.0) -> None:
    """Raise the error ``open_dataset`` would for a name that names nothing (or a bad built-in request), without
    reading or synthesising anything: the command line checks its arguments before it starts long work."""
    name = str(name_or_path)
    if builtin.is_synthesised(name):
        builtin.request_for(name, samples_per_class, font_fraction=font_fraction)
        return
    if samples_per_class is not None and samples_per_class < 1:  # a file dataset's "at most N a class"
        raise DatasetError(Text("samples per class must be at least 1, got {0}", samples_per_class))
    if name in REAL_BUILTINS:
        missing = REAL_BUILTINS[name][2]()  # a stat or fontconfig's list: nothing read
        if missing:
            raise DatasetError(missing)
        return
    if _user_store().exists(name) or name in registered():
        return
    if name in SYSTEM_DATASETS and SYSTEM_DATASETS[name].is_dir():
        return
    if Path(name).expanduser().exists():
        return
    raise _not_found(name)


def plan_builtin(name: str, samples_per_class: int | None = None, seed: int = 0,
                 font_fraction: float = 0.0) -> Dataset:
    """A built-in's classes, labels and splits without synthesising it (the images are one shared blank)."""
    request = builtin.request_for(name, samples_per_class, seed, font_fraction=font_fraction)
    n = len(request.chars) * request.samples_per_class
    blank = np.broadcast_to(np.zeros((1, request.spec.height, request.spec.width), np.uint8), (n, request.spec.height, request.spec.width))
    labels = np.repeat(np.arange(len(request.chars)), request.samples_per_class)
    return Dataset(name, list(request.chars), blank, labels, spec=request.spec, kind="builtin",
                   source=Text("synthesised on demand from KanjiVG, {0}/class", request.samples_per_class))


def known_classes(name: str) -> list[str] | None:
    """A dataset's classes where they are known without reading its images (the built-ins, the bundled real data,
    Fashion-MNIST, one's own drawings), else None: what Evaluation checks a model against before anything is loaded
    (its "on" list, and the dataset it moves to when the chosen one shares no class with the model)."""
    from guiapp.core.datasets.classnames import FASHION_CLASSES
    from guiapp.core.datasets.user_store import DATASET_FILE

    fixed = {mnist5k.NAME: mnist5k.CLASSES, five_fonts.NAME: five_fonts.CHARACTERS, "fashion-mnist": FASHION_CLASSES}
    if name in fixed:
        return list(fixed[name])
    store = _user_store()
    try:
        if builtin.is_synthesised(name):
            return list(builtin.request_for(name).chars)
        if not store.exists(name):
            return None
        dataset = store.open(name)
        # Read again only when a drawing came or went (the samples folder's time and file count, where a file
        # system's times are coarse) or a class was renamed (the dataset's file): reading every sample at each
        # model chosen in Evaluation costs a large dataset of one's own a visible pause.
        meta = (dataset.path / DATASET_FILE).stat()
        state = (dataset.samples_dir.stat().st_mtime_ns, len(os.listdir(dataset.samples_dir)), meta.st_mtime_ns,
                 meta.st_size)
        known = _KNOWN_CLASSES.get(str(dataset.path))
        if known is None or known[0] != state:
            known = _KNOWN_CLASSES[str(dataset.path)] = (state, list(dataset.counts()))
        return list(known[1])
    except (DatasetError, OSError, ValueError):  # a damaged dataset: its classes cannot be told
        return None


_KNOWN_CLASSES: dict[str, tuple[tuple, list[str]]] = {}  # a dataset's folder → (its state, its classes)


def describe(name_or_path: str, samples_per_class: int | None = None, seed: int = 0,
             font_fraction: float = 0.0) -> Dataset:
    """Like ``open_dataset`` but never synthesises: for listings and ``datasets show``."""
    name = str(name_or_path)
    if builtin.is_synthesised(name):
        return plan_builtin(name, samples_per_class, seed, font_fraction)
    return open_dataset(name, samples_per_class)  # the part a run would train on (at most N a class)


def list_datasets(load: bool = True) -> list[DatasetInfo]:
    """Everything available. ``load=False`` skips reading files (fast, counts unknown for non-built-ins)."""
    infos = []
    for name, (chars, spec, description) in builtin.BUILTINS.items():
        infos.append(DatasetInfo(name, "builtin", len(chars), len(chars) * builtin.DEFAULT_SAMPLES_PER_CLASS,
                                 Text("{0} (synthesised, {1}×{2})", description, spec.height, spec.width)))
    for name, (loader, description, check) in REAL_BUILTINS.items():
        info = DatasetInfo(name, "builtin", None, None, description, error=check())
        if info.error is None:
            info.classes, info.samples = REAL_BUILTIN_SIZES[name]
        if load and info.error is None:
            try:
                dataset = loader()
                info.classes, info.samples = len(dataset.classes), len(dataset)
            except DatasetError as exc:
                info.error = str(exc)  # listed with the reason (which package to install), not hidden
        infos.append(info)
    candidates = [(n, "user", None) for n in _user_store().list()]
    candidates += [(n, "system", str(p)) for n, p in SYSTEM_DATASETS.items() if p.is_dir()]
    candidates += [(n, "registered", p) for n, p in registered().items()]
    sizes = registered_sizes()
    for name, kind, source in candidates:
        info = DatasetInfo(name, kind, *(sizes.get(name, (None, None)) if kind == "registered" else (None, None)),
                           source or "")
        if load:
            try:
                dataset = open_dataset(name)
                info.classes, info.samples = len(dataset.classes), len(dataset)
                info.source = info.source or dataset.source
            except DatasetError as exc:
                info.error = str(exc)
        infos.append(info)
    return infos
