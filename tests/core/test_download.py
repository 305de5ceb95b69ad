"""Dataset downloads against a loopback HTTP server in a thread: never the real network."""

from __future__ import annotations

import gzip
import hashlib
import http.server
import io
import socket
import threading
import zipfile

import numpy as np
import pytest

from guiapp.core.datasets import download
from guiapp.core.datasets.download import DownloadError, RemoteFile, Source
from guiapp.core.datasets.registry import load_path
from guiapp.core.tasks import Cancelled


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):  # noqa: N802 - http.server's naming
        server = self.server
        server.requests.append((self.path, self.headers.get("Range")))
        data = server.files.get(self.path)
        if data is None:
            self.send_error(404)
            return
        start = 0
        ranged = self.headers.get("Range")
        if ranged and server.ranges:
            start = int(ranged.split("=")[1].split("-")[0])
            if start >= len(data):
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(data)}")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            self.send_response(200)
        body = data[start:]
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        drop = server.drop_after.pop(self.path, None)
        if drop is not None:  # send part of the body, then cut the connection
            self.wfile.write(body[:drop])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        self.wfile.write(body)


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.files, httpd.requests, httpd.drop_after, httpd.ranges = {}, [], {}, True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    httpd.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def _idx_bytes(n=20):
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (n, 28, 28), dtype=np.uint8)
    labels = (np.arange(n) % 10).astype(np.uint8)
    image_file = b"\x00\x00\x08\x03" + np.array([n, 28, 28], ">u4").tobytes() + images.tobytes()
    label_file = b"\x00\x00\x08\x01" + np.array([n], ">u4").tobytes() + labels.tobytes()
    return gzip.compress(image_file), gzip.compress(label_file)


def _serve_idx(server, digest_override=None):
    images, labels = _idx_bytes()
    files = []
    for name, data in (("train-images-idx3-ubyte.gz", images), ("train-labels-idx1-ubyte.gz", labels)):
        server.files[f"/{name}"] = data
        digest = digest_override or f"sha256:{hashlib.sha256(data).hexdigest()}"
        files.append(RemoteFile(f"{server.url}/{name}", name, digest, len(data)))
    return Source("tiny", "tiny test set", tuple(files))


def test_table_is_complete():
    assert {"mnist", "fashion-mnist", "kmnist", "emnist-balanced"} <= set(download.SOURCES)
    for source in download.SOURCES.values():
        for remote in source.files:
            algorithm, _, hexdigest = remote.digest.partition(":")
            assert algorithm in ("sha256", "md5") and int(hexdigest, 16) >= 0
            assert len(hexdigest) == {"sha256": 64, "md5": 32}[algorithm]


def test_fashion_checksums_match_the_debian_package():
    from pathlib import Path

    folder = Path("/usr/share/datasets/fashion-mnist")
    if not folder.is_dir():
        pytest.skip("dataset-fashion-mnist is not installed")
    for remote in download.SOURCES["fashion-mnist"].files:
        data = (folder / remote.name).read_bytes()
        assert remote.digest == f"sha256:{hashlib.sha256(data).hexdigest()}"
        assert remote.size == len(data)


def test_download_progress_and_loadable(server, tmp_path):
    source = _serve_idx(server)
    seen = []
    folder = download.download(source, root=tmp_path, on_progress=lambda d, t: seen.append((d, t)))
    assert folder == tmp_path / "tiny"
    assert download.is_downloaded(source, tmp_path)
    assert seen[-1][0] == seen[-1][1] == source.total_size
    assert all(b[0] >= a[0] for a, b in zip(seen, seen[1:]))
    dataset = load_path(folder)
    assert len(dataset) == 20 and len(dataset.classes) == 10
    # a second call finds everything in place and asks the server nothing
    before = len(server.requests)
    download.download(source, root=tmp_path)
    assert len(server.requests) == before


def test_default_root_is_the_user_data_folder(server, guiapp_home):
    folder = download.download(_serve_idx(server))
    assert folder == guiapp_home / "data" / "downloads" / "tiny"


def test_checksum_mismatch_deletes_and_reports(server, tmp_path):
    source = _serve_idx(server, digest_override="sha256:" + "0" * 64)
    with pytest.raises(DownloadError, match="checksum mismatch.*deleted"):
        download.download(source, root=tmp_path)
    assert not (tmp_path / "tiny" / "train-images-idx3-ubyte.gz").exists()
    assert not any((tmp_path / ".partial").iterdir())  # nothing damaged is kept


def test_dropped_connection_resumes_with_range(server, tmp_path):
    source = _serve_idx(server)
    server.drop_after["/train-images-idx3-ubyte.gz"] = 3000
    with pytest.raises(DownloadError, match="connection dropped.*resume"):
        download.download(source, root=tmp_path)
    assert not (tmp_path / "tiny" / "train-images-idx3-ubyte.gz").exists()
    partial = list((tmp_path / ".partial").iterdir())
    assert len(partial) == 1 and partial[0].stat().st_size == 3000
    download.download(source, root=tmp_path)
    assert ("/train-images-idx3-ubyte.gz", "bytes=3000-") in server.requests
    data = (tmp_path / "tiny" / "train-images-idx3-ubyte.gz").read_bytes()
    assert data == server.files["/train-images-idx3-ubyte.gz"]


def test_server_without_range_support_restarts_cleanly(server, tmp_path):
    source = _serve_idx(server)
    server.ranges = False
    server.drop_after["/train-images-idx3-ubyte.gz"] = 2000
    with pytest.raises(DownloadError):
        download.download(source, root=tmp_path)
    download.download(source, root=tmp_path)  # the server sends 200 with the whole file: start from zero
    data = (tmp_path / "tiny" / "train-images-idx3-ubyte.gz").read_bytes()
    assert data == server.files["/train-images-idx3-ubyte.gz"]


def test_complete_partial_file_is_verified_not_refetched(server, tmp_path):
    source = _serve_idx(server)
    data = server.files["/train-images-idx3-ubyte.gz"]
    (tmp_path / ".partial").mkdir()
    (tmp_path / ".partial" / "tiny--train-images-idx3-ubyte.gz.part").write_bytes(data)
    download.download(source, root=tmp_path)  # the server answers 416 to the range; the file is checked
    assert (tmp_path / "tiny" / "train-images-idx3-ubyte.gz").read_bytes() == data


def test_cancel_keeps_partial_for_resume(server, tmp_path, monkeypatch):
    monkeypatch.setattr(download, "CHUNK_BYTES", 1024)
    source = _serve_idx(server)
    calls = []
    with pytest.raises(Cancelled):
        download.download(source, root=tmp_path, should_stop=lambda: calls.append(1) or len(calls) > 2)
    assert not download.is_downloaded(source, tmp_path)
    download.download(source, root=tmp_path)
    assert download.is_downloaded(source, tmp_path)


def test_offline_and_http_errors_are_clear(server, tmp_path, monkeypatch):
    missing = Source("gone", "gone", (RemoteFile(f"{server.url}/nope.gz", "nope.gz", "sha256:" + "0" * 64, 1),))
    with pytest.raises(DownloadError, match="404"):
        download.download(missing, root=tmp_path)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens here now
    refused = Source("off", "off", (RemoteFile(f"http://127.0.0.1:{port}/x.gz", "x.gz", "sha256:" + "0" * 64, 1),))
    with pytest.raises(DownloadError, match="cannot reach 127.0.0.1.*network"):
        download.download(refused, root=tmp_path)
    def no_dns(*args, **kwargs):  # what an offline machine answers, without asking a real resolver
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    unresolvable = Source("dns", "dns", (RemoteFile("http://no-such-host.invalid/x.gz", "x.gz", "md5:" + "0" * 32),))
    with pytest.raises(DownloadError, match="offline"):
        download.download(unresolvable, root=tmp_path)
    with pytest.raises(DownloadError, match="no downloadable dataset"):
        download.download("nonsense", root=tmp_path)


def test_archive_members_are_unpacked_flat(server, tmp_path):
    images, labels = _idx_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("gzip/emnist-balanced-train-images-idx3-ubyte.gz", images)
        z.writestr("gzip/emnist-balanced-train-labels-idx1-ubyte.gz", labels)
        z.writestr("gzip/emnist-letters-train-images-idx3-ubyte.gz", images)
        z.writestr("../evil-balanced-x", b"x")
    data = buffer.getvalue()
    server.files["/gzip.zip"] = data
    source = Source("em", "em", (RemoteFile(f"{server.url}/gzip.zip", "gzip.zip",
                                            f"md5:{hashlib.md5(data).hexdigest()}", len(data)),),
                    extract=("*emnist-balanced-*",), keep_archives=False)
    folder = download.download(source, root=tmp_path)
    names = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    assert names == ["emnist-balanced-train-images-idx3-ubyte.gz", "emnist-balanced-train-labels-idx1-ubyte.gz"]
    assert not (tmp_path / "evil-balanced-x").exists()
    assert download.is_downloaded(source, tmp_path)
    before = len(server.requests)
    download.download(source, root=tmp_path)  # unpacked already: the deleted archive is not fetched again
    assert len(server.requests) == before
