import logging
import subprocess
import sys
from pathlib import Path

import pytest

from guiapp import paths

REPO = Path(__file__).resolve().parents[1]


def test_resources_found_from_source_checkout():
    assert paths.resources_dir() == REPO / "resources"
    assert any(paths.resource("allographs").glob("*.svg"))


def test_user_dirs_follow_guiapp_home(guiapp_home):
    for kind in ("data", "config", "cache", "logs"):
        folder = paths.user_dir(kind)
        assert folder == guiapp_home / kind and folder.is_dir()


def test_xdg_dirs_without_override(monkeypatch, tmp_path):
    monkeypatch.delenv("GUIAPP_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")  # the XDG spec says relative paths are ignored
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if sys.platform.startswith("linux"):
        assert paths.data_dir() == tmp_path / "share" / "guiapp"
        assert paths.cache_dir() == tmp_path / "home" / ".cache" / "guiapp"


def test_logging_writes_a_rotating_file(guiapp_home):
    from guiapp import logs

    logs.reset_logging()
    logs.setup_logging()
    logs.setup_logging()  # idempotent: one set of handlers
    assert len(logging.getLogger("guiapp").handlers) == 2
    logging.getLogger("guiapp.test").info("hello from the test")
    for handler in logging.getLogger("guiapp").handlers:
        handler.flush()
    assert "hello from the test" in (guiapp_home / "logs" / logs.LOG_FILE_NAME).read_text()


def test_core_imports_no_qt():
    """guiapp.core must stay usable with no display: importing all of it pulls in no Qt or pyqtgraph."""
    code = (
        "import importlib, pkgutil, sys, guiapp.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'guiapp.core.'): importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert result.stdout.strip() == ""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """guiapp's wheel, built once for the tests that read it (a build takes seconds)."""
    wheel_dir = tmp_path_factory.mktemp("wheels")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheel_dir), str(REPO)],
        check=True,
    )
    (built,) = wheel_dir.glob("guiapp-*.whl")
    return built


@pytest.mark.slow
def test_resources_found_from_installed_wheel(tmp_path, wheel):
    """Install the wheel into a fresh virtual environment and find the resources from there."""
    venv = tmp_path / "venv"
    # System site-packages supply the dependencies; the wheel itself goes into the venv and shadows the checkout.
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "-q", str(wheel)], check=True)
    code = (
        "import guiapp, guiapp.paths as p\n"
        "from guiapp.core.datasets.templates import templates_for\n"
        "print(guiapp.__file__); print(p.resources_dir()); print(len(templates_for('7')))\n"
    )
    result = subprocess.run([str(python), "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
    module_file, resources, forms = result.stdout.split()
    assert Path(module_file).is_relative_to(venv) and Path(resources).is_relative_to(venv)
    assert Path(resources).name == "resources" and int(forms) >= 2


@pytest.mark.slow
def test_wheel_carries_compiled_translations(wheel):
    """The wheel build compiles resources/translations/*.ts into .qm files (hatch_build.py); none is committed."""
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    for language in ("ja", "zh_CN", "zh_TW", "fr"):
        assert f"guiapp/resources/translations/guiapp_{language}.qm" in names
    tracked = subprocess.run(["git", "ls-files", "*.qm"], capture_output=True, text=True, cwd=REPO, check=True)
    assert tracked.stdout.strip() == ""


def test_a_home_that_cannot_be_written_is_said_and_caches_stand_in_elsewhere(monkeypatch, tmp_path):
    """Inkling failed to start in a read-only home, its icon cache not made (walk 121). Here the home is a file,
    which no one can make folders in: data and config are named as unwritable (the window says so at start), and
    the cache and logs stand in the temporary folder."""
    blocked = tmp_path / "home-is-a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("GUIAPP_HOME", str(blocked))
    assert paths.unwritable() == {"data": blocked / "data", "config": blocked / "config"}
    for kind in ("cache", "logs"):
        stand_in = paths.user_dir(kind)
        assert stand_in.is_dir() and not stand_in.is_relative_to(blocked), stand_in
    monkeypatch.setenv("GUIAPP_HOME", str(tmp_path / "home"))
    assert paths.unwritable() == {}
