import os
import stat
import sys
import threading

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from guiapp.core.atomic import atomic_path, atomic_write_bytes, atomic_write_text, is_temp_name


def leftovers(folder):
    """Hidden files: the temporary files of atomic writes (and anything numpy made from their names)."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_write_bytes_creates_and_replaces(tmp_path):
    target = tmp_path / "file.bin"
    atomic_write_bytes(target, b"first")
    assert target.read_bytes() == b"first"
    atomic_write_bytes(str(target), b"second, longer than the first")
    assert target.read_bytes() == b"second, longer than the first"
    atomic_write_bytes(target, b"")
    assert target.read_bytes() == b""
    assert leftovers(tmp_path) == []


def test_write_text_encodes_exactly(tmp_path):
    target = tmp_path / "notes.txt"
    atomic_write_text(target, "あいう\r\nline two\n")
    assert target.read_bytes() == "あいう\r\nline two\n".encode("utf-8")
    atomic_write_text(target, "ü", encoding="latin-1")
    assert target.read_bytes() == b"\xfc"


@settings(max_examples=25, deadline=None)
@given(data=st.binary(max_size=5000))
def test_write_bytes_round_trips_anything(tmp_path_factory, data):
    target = tmp_path_factory.mktemp("rt") / "x"
    atomic_write_bytes(target, data)
    assert target.read_bytes() == data


def test_failed_write_keeps_old_file(tmp_path):
    target = tmp_path / "file.bin"
    atomic_write_bytes(target, b"old")
    with pytest.raises(TypeError):
        atomic_write_bytes(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_atomic_path_commits_on_success(tmp_path):
    target = tmp_path / "image.png"
    with atomic_path(target) as tmp:
        assert tmp.parent == tmp_path and tmp != target and is_temp_name(tmp.name)
        assert not target.exists()  # nothing is visible until the block ends
        Image.fromarray(np.full((4, 5), 200, np.uint8)).save(tmp, format="PNG")
    assert np.asarray(Image.open(target)).shape == (4, 5)
    assert leftovers(tmp_path) == []


def test_atomic_path_with_numpy_file_handle(tmp_path):
    target = tmp_path / "arrays.npz"
    with atomic_path(target) as tmp:
        with open(tmp, "wb") as handle:
            np.savez(handle, a=np.arange(3))
    assert np.load(target)["a"].tolist() == [0, 1, 2]
    assert leftovers(tmp_path) == []


def test_atomic_path_catches_numpy_appending_its_extension(tmp_path):
    target = tmp_path / "arrays.npz"
    atomic_write_bytes(target, b"old")
    with pytest.raises(ValueError, match="open file"):
        with atomic_path(target) as tmp:
            np.savez(tmp, a=np.arange(3))  # writes <tmp>.npz, not tmp
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_exception_inside_context_keeps_old_file_and_cleans_up(tmp_path):
    target = tmp_path / "data.json"
    atomic_write_text(target, '{"version": 1}')
    with pytest.raises(RuntimeError, match="writer crashed"):
        with atomic_path(target) as tmp:
            tmp.write_text('{"vers')  # half written
            raise RuntimeError("writer crashed")
    assert target.read_text() == '{"version": 1}'
    assert leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.json"]


def test_exception_without_previous_file_leaves_nothing(tmp_path):
    target = tmp_path / "new.bin"
    with pytest.raises(KeyboardInterrupt):
        with atomic_path(target) as tmp:
            tmp.write_bytes(b"partial")
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_writer_that_deletes_its_temp_file_fails_cleanly(tmp_path):
    target = tmp_path / "x.bin"
    atomic_write_bytes(target, b"old")
    with pytest.raises(FileNotFoundError):
        with atomic_path(target) as tmp:
            tmp.unlink()
    assert target.read_bytes() == b"old"


def test_missing_folder_is_an_error_not_a_silent_success(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "no" / "such" / "folder.bin", b"x")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_permissions_follow_umask_and_existing_file(tmp_path):
    fresh = tmp_path / "fresh.txt"
    atomic_write_text(fresh, "x")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0600
    existing = tmp_path / "script.sh"
    existing.write_text("old")
    existing.chmod(0o751)
    atomic_write_text(existing, "new")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o751


def test_concurrent_writers_never_tear_the_file(tmp_path):
    target = tmp_path / "shared.bin"
    size = 64 * 1024
    payloads = [bytes([i]) * size for i in range(6)]
    atomic_write_bytes(target, payloads[0])
    errors = []
    stop = threading.Event()

    def writer(payload, n):
        try:
            for _ in range(n):
                atomic_write_bytes(target, payload)
            with atomic_path(target) as tmp:
                tmp.write_bytes(payload)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def reader():
        while not stop.is_set():
            try:
                data = target.read_bytes()
            except PermissionError:  # Windows: the file is being replaced
                continue
            if len(data) != size or data.count(data[:1]) != size:
                errors.append(AssertionError(f"torn read: {len(data)} bytes"))
                return

    threads = [threading.Thread(target=writer, args=(p, 25)) for p in payloads]
    readers = [threading.Thread(target=reader) for _ in range(2)]
    for t in readers + threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    for t in readers:
        t.join()
    assert errors == []
    assert target.read_bytes() in payloads
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="names with colons are not allowed on Windows")
def test_temp_name_is_hidden_unique_and_recognisable(tmp_path):
    target = tmp_path / "a:b.json"
    seen = set()
    for _ in range(5):
        with atomic_path(target) as tmp:
            assert tmp.name.startswith(".a:b.json.") and tmp.name.endswith(".tmp")
            seen.add(tmp.name)
            tmp.write_text("{}")
    assert len(seen) == 5
    assert is_temp_name(".x.png.abc123.tmp") and not is_temp_name("x.png") and not is_temp_name("x.tmp")
