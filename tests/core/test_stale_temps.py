"""Leftovers of killed writers (#16): temporaries of our own naming whose process is gone are removed on the next
open or save; nothing else is ever touched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from guiapp.core.atomic import UNOWNED_STALE_S, is_temp_name, remove_stale_temps

pytestmark = pytest.mark.skipif(os.name != "posix", reason="process ids are asked after on POSIX only")


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _killed_writer(folder: Path, target: str) -> Path:
    """A child process starts an atomic write of ``folder/target`` and is killed with SIGKILL half-way."""
    code = ("import os, signal, sys; from pathlib import Path; from guiapp.core import atomic; "
            "fd, tmp = atomic._new_temp(Path(sys.argv[1])); os.write(fd, b'half a sample'); "
            "print(tmp, flush=True); os.kill(os.getpid(), signal.SIGKILL)")
    result = subprocess.run([sys.executable, "-c", code, str(folder / target)], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert result.returncode == -signal.SIGKILL
    return Path(result.stdout.strip())


def test_only_stale_temporaries_of_our_naming_are_removed(tmp_path):
    dead, old = _dead_pid(), time.time() - UNOWNED_STALE_S - 60
    left = _killed_writer(tmp_path, "x.png")
    assert left.exists() and is_temp_name(left.name)
    ours_live = tmp_path / f".y.png.{os.getpid()}-abcd1234.tmp"
    dead_dir = tmp_path / f".model.h5.{dead}-k3j4h5_x.tmp"
    legacy_old, legacy_new = tmp_path / ".a.png.q1w2e3r4.tmp", tmp_path / ".b.png.q1w2e3r4.tmp"
    keep = [tmp_path / "user.tmp", tmp_path / ".DS_Store", tmp_path / ".notes.tmp", tmp_path / "sample.png",
            tmp_path / f".deleted-{dead}-abcd1234.png"]
    for path in [ours_live, legacy_old, legacy_new, *keep]:
        path.write_bytes(b"x")
    dead_dir.mkdir()
    (dead_dir / "model.h5").write_bytes(b"half a model")
    os.utime(legacy_old, (old, old))
    assert remove_stale_temps(tmp_path) == 3
    assert not left.exists() and not dead_dir.exists() and not legacy_old.exists()
    assert ours_live.exists() and legacy_new.exists() and all(p.exists() for p in keep)


def test_opening_a_user_dataset_and_adding_a_sample_clear_a_killed_writers_temp(tmp_path):
    from guiapp.core.datasets.user_store import UserStore
    from guiapp.core.strokes import Drawing, Stroke

    store = UserStore(tmp_path / "datasets")
    user = store.create("mine")
    left = _killed_writer(user.samples_dir, "20240101T000000000000Z-abc.png")
    store.open("mine")
    assert not left.exists()
    left = _killed_writer(user.samples_dir, "20240101T000000000000Z-abc.png")
    user.add_drawing(Drawing([Stroke([[10, 10], [50, 60]])], 100, 100), "a")
    assert not left.exists() and len(user.samples()) == 1


@pytest.mark.filterwarnings("ignore::DeprecationWarning:keras.*")
def test_save_model_clears_folders_of_killed_saves(tmp_path):
    import keras

    from guiapp.core.modelfile import save_model
    from guiapp.core.preprocess import PreprocessSpec

    stale = tmp_path / f".model.h5.{_dead_pid()}-abcd1234.tmp"
    stale.mkdir()
    (stale / "model.h5").write_bytes(b"\0" * 1000)
    model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(2)])
    save_model(model, tmp_path / "model.h5", ["a", "b"], PreprocessSpec())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.h5"]
