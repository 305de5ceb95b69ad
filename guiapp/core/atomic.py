"""Atomic file writes: the one helper every writer in guiapp uses.

A reader (or a later run after a crash or power loss) sees either the old file or the complete new one, never a
torn mix. The data goes to a temporary file in the target's own folder (so the final rename never crosses file
systems), is flushed and fsynced, then ``os.replace``d over the target; on POSIX the folder is fsynced as well
(best effort) so the rename itself survives a power cut.

Temporary files are named ``.<target name>.<pid>-<random>.tmp``: hidden, unique without coordination, and easy
to recognize (:func:`is_temp_name`) so folder scanners can ignore the leftovers of a writer that was killed. The
process id in the name lets :func:`remove_stale_temps` remove a killed writer's leftovers, and only those: a
temporary is stale when the process that made it no longer runs (or its id now belongs to a process started after
the file was last written); one of the older naming, without an id, when it is over an hour old.

``atomic_path`` yields such a temporary *path* for writers that insist on a file name. Note that the name ends in
``.tmp``, not the target's extension: pass ``format=`` to PIL's ``save`` and an open file (not the name) to
``np.save``/``np.savez``, which would otherwise append ``.npy``/``.npz`` to the name.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

TEMP_SUFFIX = ".tmp"
# .<target>.<pid>-<8 random characters from mkstemp/mkdtemp>.tmp; without "<pid>-" in the older naming.
_OUR_TEMP = re.compile(r"^\..+\.(?:(?P<pid>\d{1,10})-)?[a-z0-9_]{8}\.tmp$")
UNOWNED_STALE_S = 3600  # a temporary whose maker cannot be told is stale after an hour: no write takes that long

__all__ = [
    "TEMP_SUFFIX", "atomic_path", "atomic_write_bytes", "atomic_write_text", "fsync_directory", "is_temp_name",
    "remove_stale_temps", "temp_prefix",
]


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once: os.umask can only be read by setting it, which is not something to do while other threads run.
_UMASK = _current_umask()


def is_temp_name(name: str) -> bool:
    """True for the name of a temporary file made by this module (possibly left behind by a killed writer)."""
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)


def temp_prefix(path: Path) -> str:
    """The start of a temporary's name for ``path`` (mkstemp/mkdtemp add 8 random characters and the suffix)."""
    return f".{path.name}.{os.getpid()}-"


def _process_start(pid: int) -> float | None:
    """When process ``pid`` started (seconds since the epoch; Linux), else None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            ticks = int(handle.read().rsplit(b")", 1)[1].split()[19])
        with open("/proc/stat", "rb") as handle:
            boot = next(int(line.split()[1]) for line in handle if line.startswith(b"btime"))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def _is_stale(pid: int | None, mtime: float) -> bool:
    if pid is None or os.name != "posix":  # no way to ask after the maker (os.kill(pid, 0) kills on Windows)
        return time.time() - mtime > UNOWNED_STALE_S
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OSError):
        pass  # it runs (as another user)
    started = _process_start(pid)
    return started is not None and started > mtime + 1  # the id was reused by a later process


def remove_stale_temps(folder: str | os.PathLike) -> int:
    """Remove the temporaries (files, or save_model's folders) that killed writers left in ``folder``; nothing
    else is touched. Returns how many were removed. Best effort: a failure leaves the entry."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = _OUR_TEMP.match(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            pid = int(match["pid"]) if match["pid"] else None
            if not _is_stale(pid, info.st_mtime):
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed += 1
        except OSError:
            continue
    return removed


def _new_temp(path: Path) -> tuple[int, Path]:
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path), suffix=TEMP_SUFFIX, dir=path.parent)
    tmp_path = Path(tmp)
    if os.name == "posix":
        # mkstemp makes the file 0600; give the result the target's permissions, or the usual ones for a new file.
        try:
            mode = os.stat(path).st_mode & 0o7777
        except OSError:
            mode = 0o666 & ~_UMASK
        try:
            os.fchmod(fd, mode)
        except OSError:
            pass
    return fd, tmp_path


def fsync_file(path: str | os.PathLike) -> None:
    # Windows needs write access for fsync (_commit); O_RDWR works everywhere.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_directory(directory: str | os.PathLike) -> None:
    """Best effort: make a rename or a new entry in ``directory`` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return  # folders cannot be opened for fsync on Windows; NTFS journals the rename
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (and platforms) refuse to fsync a folder; the data itself is already safe
    finally:
        os.close(fd)


def _replace(tmp: Path, path: Path) -> None:
    if sys.platform != "win32":
        os.replace(tmp, path)
        return
    # On Windows the replace fails while another process (a virus scanner, a concurrent reader or writer) has
    # the target open; such locks are brief, so retry for a moment before giving up.
    delay = 0.005
    for _ in range(12):
        try:
            os.replace(tmp, path)
            return
        except PermissionError:
            time.sleep(delay)
            delay = min(delay * 2, 0.2)
    os.replace(tmp, path)


def _discard(tmp: Path) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def _commit(tmp: Path, path: Path) -> None:
    _replace(tmp, path)
    fsync_directory(path.parent)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` so that it is either completely there or the old file is untouched."""
    path = Path(path)
    fd, tmp = _new_temp(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _commit(tmp, path)
    except BaseException:
        _discard(tmp)
        raise


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    """Atomically write ``text`` encoded as ``encoding`` (written as is: no newline translation)."""
    atomic_write_bytes(path, text.encode(encoding))


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on a clean exit it is fsynced and moved over ``path``.

    If the block raises, the temporary file is removed and ``path`` keeps its old content (or stays absent).
    The writer must have closed the file by the end of the block.
    """
    path = Path(path)
    fd, tmp = _new_temp(path)
    os.close(fd)
    try:
        yield tmp
        for appended in (".npy", ".npz"):  # np.save/np.savez given a name add their extension to it
            stray = tmp.with_name(tmp.name + appended)
            if stray.exists():
                _discard(stray)
                raise ValueError(
                    f"{path}: the writer wrote {stray.name} instead of the temporary path it was given "
                    "(numpy appends its extension to file names; pass it an open file instead)"
                )
        if not tmp.exists():
            raise FileNotFoundError(f"{path}: the writer left no file at the temporary path {tmp.name}")
        fsync_file(tmp)
        _commit(tmp, path)
    except BaseException:
        _discard(tmp)
        raise
