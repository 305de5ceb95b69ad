"""Download the classic handwriting datasets (MNIST, Fashion-MNIST, KMNIST, EMNIST) into the user data folder.

Everything a download needs is in :data:`SOURCES`: the URLs, each file's size and published checksum. A file is
fetched into a hidden partial file under ``<data>/downloads/.partial/`` and only moved into
``<data>/downloads/<dataset>/`` (``os.replace``, fsynced) once its checksum matches, so the dataset folder never
holds a torn or wrong file. A dropped connection keeps the partial file; the next attempt asks the server for
the rest with an HTTP ``Range`` request (and starts cleanly from zero when the server ignores it). A checksum
mismatch deletes the partial file, so a retry starts afresh. No network at all gives one clear sentence.

Qt-free: progress goes through ``on_progress(done_bytes, total_bytes)`` and ``should_stop()`` like every long
task in the core (:mod:`guiapp.core.tasks`).
"""

from __future__ import annotations

import hashlib
import http.client
import os
import shutil
import socket
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

from guiapp import paths
from guiapp.core.atomic import fsync_directory
from guiapp.core.datasets.base import DatasetError
from guiapp.core.tasks import Cancelled, ProgressFn, StopFn
from guiapp.core.text import Text

CHUNK_BYTES = 64 * 1024
TIMEOUT_S = 30.0
PARTIAL_DIR = ".partial"


class DownloadError(DatasetError):
    """A download failed; the message says why and what to do. Completed files are kept."""


@dataclass(frozen=True)
class RemoteFile:
    url: str
    name: str  # file name on disk
    digest: str  # "sha256:<hex>" (or "md5:<hex>" where only an MD5 is published)
    size: int | None = None  # bytes, for the progress total before the server answers (None: unknown)


@dataclass(frozen=True)
class Source:
    name: str  # the folder under downloads/ and the name the dataset is registered under
    title: str  # a Text: the window shows it in its language (it was English in the Japanese window: a walk)
    files: tuple[RemoteFile, ...]
    extract: tuple[str, ...] = ()  # zip members (glob patterns) to unpack into the folder after downloading
    note: str = ""
    keep_archives: bool = True  # False: delete a downloaded zip once its members are unpacked

    @property
    def total_size(self) -> int:
        """Bytes to fetch, as far as the table knows them (a file of unknown size adds what it turns out to be)."""
        return sum(f.size or 0 for f in self.files)


def _idx_files(base: str, digests: list[str], sizes: list[int]) -> tuple[RemoteFile, ...]:
    names = ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz",
             "t10k-labels-idx1-ubyte.gz"]
    return tuple(RemoteFile(base + n, n, d, s) for n, d, s in zip(names, digests, sizes))


# The one table of URLs and checksums. MNIST's and Fashion-MNIST's SHA-256 are the published ones (Fashion-MNIST's
# were also checked against Debian's dataset-fashion-mnist package); KMNIST and EMNIST publish MD5 sums only.
SOURCES: dict[str, Source] = {
    "mnist": Source("mnist", Text("MNIST handwritten digits ({0:,}, 28×28, {1} classes)", 70_000, 10), _idx_files(
        "https://storage.googleapis.com/cvdf-datasets/mnist/",
        ["sha256:440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
         "sha256:3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
         "sha256:8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
         "sha256:f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"],
        [9912422, 28881, 1648877, 4542])),
    "fashion-mnist": Source("fashion-mnist", Text("Fashion-MNIST clothing ({0:,}, 28×28, {1} classes)", 70_000, 10), _idx_files(
        "https://storage.googleapis.com/tensorflow/tf-keras-datasets/",
        ["sha256:b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7",
         "sha256:0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056",
         "sha256:cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa",
         "sha256:8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05"],
        [26421856, 29491, 4422079, 5125])),
    "kmnist": Source("kmnist", Text("Kuzushiji-MNIST cursive kana ({0:,}, 28×28, {1} classes)", 70_000, 10), _idx_files(
        "http://codh.rois.ac.jp/kmnist/dataset/kmnist/",
        ["md5:bdb82020997e1d708af4cf47b453dcf7", "md5:e144d726b3acfaa3e44228e80efcd344",
         "md5:5c965bf0a639b31b8f53240b1b52f4d7", "md5:7320c461ea6c1c855c0b718fb2a4b134"],
        [18165135, None, 3041136, 5120])),
    "emnist-balanced": Source(
        "emnist-balanced", Text("EMNIST Balanced letters and digits ({0:,}, 28×28, {1} classes)", 131_600, 47),
        (RemoteFile("https://biometrics.nist.gov/cs_links/EMNIST/gzip.zip", "emnist-gzip.zip",
                    "md5:58c8d27c78d21e728a6bc7b3cc06412e", 561753746),),
        extract=("*emnist-balanced-*",), note=Text("only the Balanced split of the archive is unpacked"),
        keep_archives=False),
}


def downloads_dir() -> Path:
    return paths.data_dir() / "downloads"


def target_dir(source: Source, root: Path | None = None) -> Path:
    return (root or downloads_dir()) / source.name


def is_downloaded(source: Source, root: Path | None = None) -> bool:
    """True when every file (or, for archives, the unpacked members) is in place."""
    folder = target_dir(source, root)
    if source.extract:
        return (folder / ".complete").is_file()
    return all((folder / f.name).is_file() for f in source.files)


def _hasher(digest: str):
    algorithm, _, expected = digest.partition(":")
    if algorithm not in ("sha256", "md5") or not expected:
        raise ValueError(f"unsupported checksum {digest!r} (expected sha256:<hex> or md5:<hex>)")
    return hashlib.new(algorithm), expected.lower()


def _explain(url: str, exc: BaseException) -> str:
    reason = getattr(exc, "reason", exc)
    host = urllib.request.urlparse(url).hostname or url
    if isinstance(reason, socket.gaierror):
        return Text("cannot reach {0}: no network connection, or the name cannot be resolved (are you offline?)", host)
    if isinstance(reason, (ConnectionRefusedError, socket.timeout, TimeoutError)):
        return Text("cannot reach {0} ({1}); check the network connection and try again", host, str(reason))
    return Text("cannot download {0} ({1})", url, str(reason))


def _open(url: str, offset: int, timeout: float):
    request = urllib.request.Request(url, headers={"User-Agent": "Inkling dataset downloader"})
    if offset:
        request.add_header("Range", f"bytes={offset}-")
    return urllib.request.urlopen(request, timeout=timeout)


def fetch(remote: RemoteFile, dest_dir: Path, partial_dir: Path, on_bytes=None, should_stop: StopFn | None = None,
          timeout: float = TIMEOUT_S) -> Path:
    """Download one file into ``dest_dir`` (resuming a partial file in ``partial_dir``); returns its path.

    ``on_bytes(n)`` is called with the file's byte count so far (including resumed bytes).
    """
    dest_dir.mkdir(parents=True, exist_ok=True)
    partial_dir.mkdir(parents=True, exist_ok=True)
    final = dest_dir / remote.name
    part = partial_dir / f"{dest_dir.name}--{remote.name}.part"
    offset = part.stat().st_size if part.exists() else 0
    try:
        response = _open(remote.url, offset, timeout)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and offset:  # the partial file already holds everything: verify it below
            response = None
        else:
            raise DownloadError(Text("{0}: the server answered {1} {2}", remote.url, exc.code, exc.reason)) from None
    except (urllib.error.URLError, OSError) as exc:
        raise DownloadError(_explain(remote.url, exc)) from None
    if response is not None:
        with response:
            resumed = offset and response.status == 206 and response.headers.get(
                "Content-Range", "").startswith(f"bytes {offset}-")
            if not resumed:
                offset = 0  # the server sent the whole file (no Range support): start cleanly from zero
            length = response.headers.get("Content-Length")
            expected_end = offset + int(length) if length and length.isdigit() else None
            done = offset
            with open(part, "ab" if resumed else "wb") as out:
                try:
                    while True:
                        if should_stop is not None and should_stop():
                            raise Cancelled(Text("download of {0} cancelled; it resumes next time", remote.name))
                        chunk = response.read(CHUNK_BYTES)
                        if not chunk:
                            break
                        out.write(chunk)
                        done += len(chunk)
                        if on_bytes is not None:
                            on_bytes(done)
                except (http.client.HTTPException, OSError) as exc:
                    raise DownloadError(
                        Text("{0}: the connection dropped after {1:,} bytes ({2}); download again to resume where "
                             "it stopped", remote.name, done, str(exc or type(exc).__name__))) from None
                out.flush()
                os.fsync(out.fileno())
            if expected_end is not None and done < expected_end:
                raise DownloadError(Text("{0}: the connection dropped after {1:,} of {2:,} bytes; download again to "
                                         "resume where it stopped", remote.name, done, expected_end))
    hasher, expected = _hasher(remote.digest)
    with open(part, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            hasher.update(block)
    if hasher.hexdigest() != expected:
        part.unlink(missing_ok=True)
        raise DownloadError(
            Text("{0}: checksum mismatch (expected {1}, got {2}:{3}); the damaged download was deleted; try again",
                 remote.name, remote.digest, hasher.name, hasher.hexdigest()))
    os.replace(part, final)
    fsync_directory(dest_dir)
    return final


def _unpack(archive: Path, patterns: tuple[str, ...], folder: Path, should_stop: StopFn | None) -> list[Path]:
    written = []
    try:
        with zipfile.ZipFile(archive) as z:
            for member in z.infolist():
                if member.is_dir() or not any(fnmatch(member.filename, p) for p in patterns):
                    continue
                if should_stop is not None and should_stop():
                    raise Cancelled(Text("unpacking cancelled"))
                target = folder / Path(member.filename).name  # flatten: never trust paths inside an archive
                tmp = folder / f".{target.name}.unpack.tmp"
                with z.open(member) as src, open(tmp, "wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
                    dst.flush()
                    os.fsync(dst.fileno())
                os.replace(tmp, target)
                written.append(target)
    except zipfile.BadZipFile as exc:
        archive.unlink(missing_ok=True)
        raise DownloadError(Text("{0}: not a valid zip archive ({1}); it was deleted, try again",
                                 archive.name, str(exc))) from None
    if not written:
        raise DownloadError(Text("{0}: holds no files matching {1}", archive.name, ', '.join(patterns)))
    return written


def download(source: Source | str, root: Path | None = None, on_progress: ProgressFn | None = None,
             should_stop: StopFn | None = None, timeout: float = TIMEOUT_S) -> Path:
    """Fetch every file of ``source`` (skipping those already complete); returns the dataset folder.

    ``on_progress(done_bytes, total_bytes)`` covers all files together.
    """
    if isinstance(source, str):
        if source not in SOURCES:
            raise DownloadError(Text("no downloadable dataset named {0!r}; choose from {1}",
                                     source, ', '.join(SOURCES)))
        source = SOURCES[source]
    root = root or downloads_dir()
    folder = target_dir(source, root)
    partial_dir = root / PARTIAL_DIR
    total = source.total_size
    finished = 0
    for remote in source.files:
        path = folder / remote.name
        unpacked_already = source.extract and (folder / ".complete").is_file()
        if not (path.is_file() or unpacked_already):

            def on_bytes(n: int, base=finished) -> None:
                if on_progress is not None:
                    on_progress(base + n, max(total, base + n))

            path = fetch(remote, folder, partial_dir, on_bytes, should_stop, timeout)
        finished += remote.size or (path.stat().st_size if path.exists() else 0)
        if on_progress is not None:
            on_progress(finished, max(total, finished))
        if source.extract and not unpacked_already:
            _unpack(path, source.extract, folder, should_stop)
            (folder / ".complete").write_text("unpacked\n", encoding="utf-8")
            if not source.keep_archives:
                path.unlink(missing_ok=True)
    return folder


@dataclass
class DownloadPlan:
    """What the Download dialog shows for one source."""

    source: Source
    downloaded: bool
    folder: Path
    notes: list[str] = field(default_factory=list)
    installed: Path | None = None  # already installed system-wide (a Debian dataset package): no need to fetch it

    @property
    def present(self) -> bool:
        return self.downloaded or self.installed is not None


def plans(root: Path | None = None) -> list[DownloadPlan]:
    from guiapp.core.datasets.registry import SYSTEM_DATASETS  # the registry lists them; it imports this module

    def installed(source: Source) -> Path | None:
        folder = SYSTEM_DATASETS.get(source.name)
        return folder if folder is not None and folder.is_dir() else None

    return [DownloadPlan(s, is_downloaded(s, root), target_dir(s, root), [s.note] if s.note else [], installed(s))
            for s in SOURCES.values()]
