"""The frozen app: bundle size, time until the main window is visible, and ``--self-test`` time, for the lean
build (packaging/guiapp.spec) against a naive ``pyinstaller --onedir`` of the same entry point, built from the same
clean virtual environment in the same run.

    python3 benchmarks/bench_packaging.py                   # builds both (slow: ~10 min each on 2 shared cores)
    python3 benchmarks/bench_packaging.py --no-build        # measures dist/guiapp and dist/guiapp-naive as they are

Targets: lean bundle ≤ 900 MB, window visible ≤ 1.5 s after launch, ``--self-test`` ≤ 10 s. Window time is the
moment the app prints ``startup: window-shown`` (``GUIAPP_STARTUP_TRACE=1``, printed after the first paint of the
shown window, see guiapp/qt/app.py), measured from just before the process is started; launches alternate between
the two builds so machine noise hits both alike; medians are reported.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if os.name == "nt" else ""


def _load_build_module():
    spec = importlib.util.spec_from_file_location("guiapp_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def _env(home: str, **extra: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GUIAPP_HOME=home, **extra)
    env.pop("PYTHONPATH", None)
    return env


def launch_to_window(exe: Path, timeout: float = 120.0) -> tuple[float, float]:
    """Seconds from launch to ``window-shown`` and to the end of start-up (TensorFlow/model ready)."""
    with tempfile.TemporaryDirectory(prefix="bench-packaging-") as home:
        started = time.perf_counter()
        proc = subprocess.Popen([str(exe)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                env=_env(home, GUIAPP_STARTUP_TRACE="1", GUIAPP_STARTUP_QUIT="1"), cwd=home)
        shown = ready = float("nan")
        try:
            for line in proc.stdout:
                now = time.perf_counter() - started
                if line.startswith("startup: window-shown"):
                    shown = now
                elif line.startswith("startup: ") and line.strip().endswith("-ready"):
                    ready = now
                if now > timeout:
                    break
            proc.wait(timeout=timeout)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        return shown, ready


def self_test_seconds(exe: Path) -> float:
    with tempfile.TemporaryDirectory(prefix="bench-packaging-") as home:
        started = time.perf_counter()
        result = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, env=_env(home),
                                cwd=home, timeout=600)
        seconds = time.perf_counter() - started
        if result.returncode != 0:
            print(f"# {exe.parent.name} --self-test failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}",
                  file=sys.stderr)
            return float("nan")
        return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "pkg-venv")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-build", action="store_true", help="measure the existing builds in --dist")
    parser.add_argument("--launches", type=int, default=5, help="window launches per build (median)")
    parser.add_argument("--self-tests", type=int, default=3, help="--self-test runs per build (median)")
    args = parser.parse_args()
    dist, work = args.dist.resolve(), args.work.resolve()
    lean, naive = dist / "guiapp", dist / "guiapp-naive"

    if not args.no_build:
        if importlib.util.find_spec("venv") is None:
            print("skipped: no venv module")
            return 0
        build = _load_build_module()
        started = time.perf_counter()
        python = build.prepare_venv(args.venv.resolve(), "cpu", fresh=False)
        report("venv_prepare_s", time.perf_counter() - started, "s")
        work.mkdir(parents=True, exist_ok=True)
        for name, naive_flag in (("lean", False), ("naive", True)):
            started = time.perf_counter()
            build.build(python, dist, work, naive=naive_flag)
            report(f"build_{name}_s", time.perf_counter() - started, "s")
    for folder in (lean, naive):
        if not folder.is_dir():
            print(f"skipped: {folder} is not built (run without --no-build)")
            return 0

    size_lean, size_naive = folder_mb(lean), folder_mb(naive)
    report("bundle_lean_mb", size_lean, "MB")
    report("bundle_naive_mb", size_naive, "MB")
    report("ratio_bundle_lean_vs_naive", size_lean / size_naive)
    report("files_lean", sum(1 for _ in lean.rglob("*")))
    report("files_naive", sum(1 for _ in naive.rglob("*")))

    windows = {"lean": lean / f"Inkling{EXE}", "naive": naive / f"guiapp-naive{EXE}"}
    shown: dict[str, list[float]] = {k: [] for k in windows}
    ready: dict[str, list[float]] = {k: [] for k in windows}
    launch_to_window(windows["lean"])  # warm the page cache for both: cold-disk start is not what we compare
    launch_to_window(windows["naive"])
    for _ in range(args.launches):
        for name, exe in windows.items():
            s, r = launch_to_window(exe)
            shown[name].append(s)
            ready[name].append(r)
    for name in windows:
        report(f"window_shown_{name}_s", statistics.median(shown[name]), "s")
        report(f"startup_ready_{name}_s", statistics.median(ready[name]), "s")
    report("ratio_window_shown_lean_vs_naive", statistics.median(shown["lean"]) / statistics.median(shown["naive"]))

    consoles = {"lean": lean / f"guiapp{EXE}", "naive": naive / f"guiapp-naive{EXE}"}
    tests: dict[str, list[float]] = {k: [] for k in consoles}
    for _ in range(args.self_tests):
        for name, exe in consoles.items():
            tests[name].append(self_test_seconds(exe))
    for name in consoles:
        report(f"self_test_{name}_s", statistics.median(tests[name]), "s")
    report("ratio_self_test_lean_vs_naive", statistics.median(tests["lean"]) / statistics.median(tests["naive"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
