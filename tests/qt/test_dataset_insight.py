"""Downloads from the panel (loopback server), the health tab, the augmentation preview and the stroke replay."""

from __future__ import annotations

import hashlib
import http.server
import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from guiapp.core.datasets import registry
from guiapp.core.datasets.download import RemoteFile, Source
from guiapp.core.datasets.user_store import UserStore
from guiapp.core.strokes import Drawing, Stroke
from guiapp.qt.datasets.download_dialog import DownloadDialog
from guiapp.qt.datasets.sample_view import MAX_REPLAY_S, replay_timeline
from qt.dataset_fixtures import drawing, open_in, write_idx, write_npz, shown_panel


class _Files(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        data = self.server.files.get(self.path)
        if data is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Files)
    httpd.files = {}
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def panel(qtbot):
    yield from shown_panel(qtbot)


def _source(server, tmp_path, bad_digest=False):
    folder = write_idx(tmp_path / "served")
    files = []
    for name in ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"):
        data = (folder / name).read_bytes()
        server.files[f"/{name}"] = data
        digest = "sha256:" + ("0" * 64 if bad_digest else hashlib.sha256(data).hexdigest())
        files.append(RemoteFile(f"http://127.0.0.1:{server.server_address[1]}/{name}", name, digest, len(data)))
    return Source("loopback-mnist", "test", tuple(files))


def test_download_from_the_panel_lists_and_opens_it(qtbot, panel, server, tmp_path):
    progress = []
    panel.runner.progress.connect(lambda d, t: progress.append((d, t)))
    with qtbot.waitSignal(panel.datasetsChanged, timeout=20000):
        panel.start_download(_source(server, tmp_path))
    assert panel.name == "loopback-mnist" and len(panel.dataset) == 40
    assert progress and progress[-1][0] == progress[-1][1]
    assert "loopback-mnist" in registry.registered()
    assert registry.registered()["loopback-mnist"].endswith("downloads/loopback-mnist")


def test_download_checksum_mismatch_is_reported(qtbot, panel, server, tmp_path):
    with qtbot.waitSignal(panel.runner.failed, timeout=20000):
        panel.start_download(_source(server, tmp_path, bad_digest=True))
    assert panel.status.text().startswith("⚠ Download failed: ") and "checksum mismatch" in panel.status.text()
    assert "loopback-mnist" not in panel.list.names()


def test_download_dialog_lists_every_source(qtbot):
    dialog = DownloadDialog()
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(texts) == 4 and any("MNIST handwritten" in t for t in texts)
    assert any("Kuzushiji" in t for t in texts) and any("EMNIST" in t for t in texts)
    assert dialog.chosen().name == "mnist"
    emnist = next(t for t in texts if "EMNIST" in t)
    assert emnist.count("562 MB") == 1 and "only the Balanced split" in emnist  # the size said once


def test_download_dialog_lines_fit_without_a_horizontal_scroll_bar(qtbot, tmp_path):
    """Fashion-MNIST's "installed on this computer (/usr/share/…); listed under Datasets as …" ran off the list,
    needing the horizontal scroll bar: an installed one (faked by pointing its system folder here) fits."""
    folder = tmp_path / "usr" / "share" / "datasets" / "fashion-mnist"
    folder.mkdir(parents=True)
    old = registry.SYSTEM_DATASETS["fashion-mnist"]
    registry.SYSTEM_DATASETS["fashion-mnist"] = folder
    try:
        dialog = DownloadDialog()
    finally:
        registry.SYSTEM_DATASETS["fashion-mnist"] = old
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("installed on this computer" in t and str(folder) in t for t in texts)
    assert dialog.list.horizontalScrollBar().maximum() == 0


def test_health_tab_finds_a_leak_and_jumps_to_it(qtbot, panel, tmp_path):
    folder = write_idx(tmp_path / "leaky", n_train=40, n_test=10)
    import gzip

    # make test image 0 an exact copy of training image 5
    raw = bytearray(gzip.decompress((folder / "t10k-images-idx3-ubyte.gz").read_bytes()))
    train = gzip.decompress((folder / "train-images-idx3-ubyte.gz").read_bytes())
    raw[16 : 16 + 784] = train[16 + 5 * 784 : 16 + 6 * 784]
    (folder / "t10k-images-idx3-ubyte.gz").write_bytes(gzip.compress(bytes(raw)))
    with qtbot.waitSignal(panel.datasetsChanged, timeout=10000):
        panel.import_paths([folder])
    view = panel.health
    with qtbot.waitSignal(view.runner.finished, timeout=20000):
        view.check_button.click()
    assert not view.report.ok
    assert "exact copies" in view.tree.topLevelItem(0).text(0)
    # The finding's sentence wraps in a narrow pane rather than being cut off ("… 4 test …").
    view.tree.resize(260, 300)
    QApplication.processEvents()
    finding = view.tree.topLevelItem(0)
    lines = view.tree.visualItemRect(finding).height() // view.tree.fontMetrics().height()
    assert lines >= 2 and view.tree.visualItemRect(finding).width() <= view.tree.viewport().width()
    assert "exact copies" not in view.summary.text()  # once: the tree item with its pairs
    assert "Choose a pair below" in view.summary.text()
    pair = view.tree.topLevelItem(0).child(0)
    assert "#6" in pair.text(0) and "test #41" in pair.text(0)  # which part the other one is in (counted from 1)
    panel.set_class_filter(3)  # hides sample 40 (class 0): revealing shows its class (not every class)
    # reached from the keyboard (an arrow onto it), the pair is compared as a click compares it (walk 115)
    view.tree.setCurrentItem(pair)
    assert panel.sample_view.details.text().startswith("sample #41 of 50")
    assert panel.class_filter.currentData() == 0 and panel.grid.selected_samples() == [40]
    assert view.pair_caption.text() == "Left: training #6 · right: test #41 · class 0"


def test_health_of_a_clean_user_dataset_warns_about_few_samples(qtbot, panel):
    user = UserStore().create("tiny")
    for i in range(3):
        user.add_drawing(drawing(i), "a")
    panel.refresh()
    open_in(qtbot, panel, "tiny")
    with qtbot.waitSignal(panel.health.runner.finished, timeout=20000):
        panel.health.run_check()
    tree = panel.health.tree
    found = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    # Said once, in the summary's list: the tree holds only findings with pairs to click (it repeated every
    # warning as a second, truncated line).
    assert panel.health.summary.text().count("fewer than 10 samples") == 1
    assert not any("fewer than 10 samples" in text for text in found), found
    pairs = any(finding.pairs for finding in panel.health.report.findings)
    assert ("Choose a pair below" in panel.health.summary.text()) == pairs  # said only with a pair to click
    from guiapp.core.datasets.health import Finding, HealthReport

    panel.health._show(HealthReport("tiny", 3, {"train": 3}, [Finding("too-few", "warning", "a has 3")]))
    # a sentence of its own: the core's messages are worded to follow "warning: " (walk 163)
    assert "<li>A has 3</li>" in panel.health.summary.text() and "Click a pair" not in panel.health.summary.text()
    # a note with no fault: under "No problems found", not counted a warning
    panel.health._show(HealthReport("tiny", 30, {"train": 26, "test": 4}, [
        Finding("small-test", "info", "the test split holds only 4 images")]))
    assert panel.health.summary.text().endswith("(26 train, 4 test).<br>The test split holds only 4 images")


def test_augmentation_preview_shows_variants(qtbot, panel, tmp_path, monkeypatch):
    from guiapp.core import tf_runtime

    with qtbot.waitSignal(panel.datasetsChanged, timeout=10000):
        panel.import_paths([write_npz(tmp_path / "pets.npz")])
    panel.grid.select_sample(3)
    preview = panel.augment
    assert preview.preview_button.isEnabled()
    # TensorFlow imported the safe way, which tells the status bar (imported bare, it left "not needed yet")
    ensured, ensure = [], tf_runtime.ensure_tensorflow
    monkeypatch.setattr(tf_runtime, "ensure_tensorflow", lambda: ensured.append(True) or ensure())
    with qtbot.waitSignal(preview.runner.finished, timeout=90000) as blocker:  # TensorFlow loads the first time
        preview.preview_button.click()
    assert ensured
    variants = blocker.args[0]
    assert variants.shape == (16, 28, 28) and variants.dtype == np.uint8
    assert len({v.tobytes() for v in variants}) > 8  # really varied
    assert all(cell.pixmap() is not None and not cell.pixmap().isNull() for cell in preview.cells)
    preview.set_strength(0.0)
    with qtbot.waitSignal(preview.runner.finished, timeout=30000) as blocker:
        preview.run_preview()
    assert all(np.array_equal(v, panel.dataset.images[3]) for v in blocker.args[0])  # strength 0: unchanged


def test_replay_timeline_follows_the_pen_and_is_capped():
    d = Drawing([Stroke([[0, 0], [1, 1], [2, 2]], times=[5.0, 5.5, 6.0]), Stroke([[3, 3], [4, 4]])], 10, 10)
    first, second = replay_timeline(d)
    assert first.tolist() == [0.0, 0.5, 1.0] and second[0] > first[-1]
    timed = Drawing([Stroke([[0, 0], [1, 1]], times=[5.0, 5.5]), Stroke([[3, 3], [4, 4]], times=[5.8, 5.9]),
                     Stroke([[3, 3], [4, 4]], times=[9.0, 9.1])], 10, 10)
    starts = [t[0] for t in replay_timeline(timed)]
    assert starts == pytest.approx([0.0, 0.8, 1.5])  # the pen's pause kept; a 3 s pause shortened to 0.6 s
    slow = Drawing([Stroke([[0, 0], [1, 1]], times=[0.0, 60.0])], 10, 10)
    assert replay_timeline(slow)[0][-1] == pytest.approx(MAX_REPLAY_S)


def test_a_replay_shows_ink_drawn_past_the_canvas_inside_its_box(qtbot):
    """A synthesised 0 (digits #26) had strokes past its canvas: the replay drew them out of its box and over the
    panel's edge (a walk). The box takes in all the ink, and nothing is drawn outside it."""
    from guiapp.qt.datasets.sample_view import StrokeReplay

    replay = StrokeReplay()
    qtbot.addWidget(replay)
    replay.resize(160, 240)
    replay.set_drawing(Drawing([Stroke([[50, 10], [50, 190]])], 100, 100), pen_width=6)
    replay.finish()
    image = replay.grab().toImage()
    dark = [(x, y) for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).lightness() < 80]
    box_top = (240 - 160) // 2
    assert dark and min(y for _, y in dark) >= box_top and max(y for _, y in dark) < box_top + 160
    assert max(y for _, y in dark) - min(y for _, y in dark) > 140  # the whole stroke, top to bottom
    left, top, right, bottom = replay.bounds()
    assert (left, top, right) == (0, 0, 100) and bottom == 193  # the canvas grown to the ink and half a pen


def test_augmentation_preview_follows_the_class_filter(qtbot, panel, tmp_path):
    """Issue #18: after the class filter changed, the preview kept showing (and varying) the old sample."""
    with qtbot.waitSignal(panel.datasetsChanged, timeout=10000):
        panel.import_paths([write_npz(tmp_path / "pets.npz")])
    dataset = panel.dataset
    first = int(np.flatnonzero(dataset.labels == 0)[0])
    panel.grid.select_sample(first)
    preview = panel.augment
    preview.set_strength(0.0)  # variants equal to the sample: easy to tell which sample they are of
    with qtbot.waitSignal(preview.runner.finished, timeout=90000):
        preview.preview_button.click()
    assert np.array_equal(preview.pixels, dataset.images[first])
    panel.set_class_filter(1)
    other = int(np.flatnonzero(dataset.labels == 1)[0])
    assert panel.shown_index == other and np.array_equal(preview.pixels, dataset.images[other])
    # The variants on show were of the old sample, so the new sample's are made; none of the old stay.
    qtbot.waitUntil(lambda: preview.cells[0].pixmap() is not None and not preview.cells[0].pixmap().isNull()
                    and not preview.runner.is_running(), timeout=30000)
    assert "variants" in preview.note.text()
    panel.set_class_filter(0)  # back: the first sample of class 0 again
    assert panel.shown_index == first and np.array_equal(preview.pixels, dataset.images[first])


def test_download_dialog_marks_a_dataset_installed_system_wide(qtbot, monkeypatch, tmp_path):
    """Issue #18: Fashion-MNIST was offered for download although a system package had installed it."""
    from guiapp.core.datasets import registry

    installed = tmp_path / "fashion-mnist"
    installed.mkdir()
    monkeypatch.setitem(registry.SYSTEM_DATASETS, "fashion-mnist", installed)
    dialog = DownloadDialog()
    qtbot.addWidget(dialog)
    items = {dialog.list.item(i).data(Qt.ItemDataRole.UserRole): dialog.list.item(i)
             for i in range(dialog.list.count())}
    fashion = items["fashion-mnist"]
    assert "installed on this computer" in fashion.text() and str(installed) in fashion.text()
    assert not fashion.flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.chosen().name == "mnist"


def test_the_health_tab_of_an_empty_dataset_says_there_is_nothing_to_check(qtbot):
    """A new, empty dataset read "Press the button to check this dataset." beside a button that was off."""
    from guiapp.core.datasets.base import Dataset
    from guiapp.qt.datasets.insight import HealthView

    view = HealthView()
    qtbot.addWidget(view)
    view.set_dataset(Dataset("empty", [], np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.int64)))
    assert not view.check_button.isEnabled() and view.summary.text() == "No samples to check yet."
    view.set_dataset(Dataset("one", ["a"], np.zeros((1, 28, 28), np.uint8), np.zeros(1, np.int64)))
    assert view.check_button.isEnabled() and view.summary.text() == "Press the button to check this dataset."


def test_no_sample_shows_an_empty_frame_not_white_paper(qtbot):
    """With no sample chosen, a large white square glared from the dark theme (walk 168): an empty frame until a
    sample is shown on its paper."""
    from guiapp.qt.datasets.sample_view import NO_SAMPLE_STYLE, PAPER_STYLE, SampleView

    view = SampleView()
    qtbot.addWidget(view)
    assert view.image.styleSheet() == NO_SAMPLE_STYLE and "white" not in NO_SAMPLE_STYLE
    view.show_sample(np.zeros((28, 28), np.uint8), "7", ["sample #1"])
    assert view.image.styleSheet() == PAPER_STYLE
    view.clear()
    assert view.image.styleSheet() == NO_SAMPLE_STYLE
