"""Image-folder loader (one sub-folder per class), on real image files written to tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from guiapp.core.datasets.folder import load_folder_dataset
from helpers import check_error


def glyph(h=12, w=12, seed=0) -> np.ndarray:
    """A uint8 coverage image: dark background, a bright bar somewhere in the middle."""
    rng = np.random.default_rng(seed)
    image = np.zeros((h, w), np.uint8)
    r, c = rng.integers(2, h - 4), rng.integers(2, w - 4)
    image[r : r + 3, 2 : w - 2] = 255
    image[2 : h - 2, c] = 255
    return image


def save(path: Path, coverage: np.ndarray, dark_on_light=True, mode="L") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pixels = 255 - coverage if dark_on_light else coverage
    image = Image.fromarray(pixels, "L")
    if mode != "L":
        image = image.convert(mode)
    image.save(path)
    return path


def test_classes_formats_and_polarity(tmp_path):
    root = tmp_path / "kana"
    a0, a1, b0, c0 = glyph(seed=1), glyph(seed=2), glyph(seed=3), glyph(seed=4)
    save(root / "あ" / "1.png", a0)
    save(root / "あ" / "2.BMP", a1, dark_on_light=False)  # already light ink on dark
    save(root / "b" / "x.gif", b0)
    save(root / "c" / "y.png", c0, mode="RGB")
    save(root / "c" / "z.webp", c0, mode="RGB")
    (root / "c" / "notes.txt").write_text("not an image")
    save(root / ".hidden" / "h.png", c0)
    save(root / "b" / ".DS_Store.png", c0)
    ds = load_folder_dataset(root)
    assert ds.name == "kana"
    assert ds.classes == ["b", "c", "あ"]
    assert ds.labels.tolist() == [0, 1, 1, 2, 2]
    assert ds.image_shape == (12, 12) and ds.images.dtype == np.uint8
    np.testing.assert_array_equal(ds.images[0], b0)
    np.testing.assert_array_equal(ds.images[3], a0)  # dark-on-light became ink coverage
    np.testing.assert_array_equal(ds.images[4], a1)  # light-on-dark kept
    np.testing.assert_array_equal(ds.images[1], c0)  # RGB PNG → grey
    assert ds.problems == []
    assert ds.spec.fit == "resize" and (ds.spec.height, ds.spec.width) == (12, 12)


def test_jpeg_is_read_approximately(tmp_path):
    img = glyph(16, 16, seed=5)
    save(tmp_path / "d" / "one" / "a.jpg", img)
    save(tmp_path / "d" / "one" / "b.JPEG", img)
    ds = load_folder_dataset(tmp_path / "d")
    assert len(ds) == 2
    assert np.abs(ds.images[0].astype(int) - img.astype(int)).mean() < 20


def test_mixed_sizes_are_letterboxed_into_the_most_common_size(tmp_path):
    root = tmp_path / "mixed"
    for i in range(3):
        save(root / "a" / f"{i}.png", glyph(10, 10, seed=i))
    save(root / "b" / "wide.png", glyph(10, 20, seed=9))
    ds = load_folder_dataset(root)
    assert ds.image_shape == (10, 10)
    wide = ds.images[3]
    assert wide[:2].max() == 0 and wide[-2:].max() == 0 and wide.max() > 100  # letterboxed, ink kept
    sized = load_folder_dataset(root, size=8)
    assert sized.image_shape == (8, 8) and len(sized) == 4
    assert (sized.spec.height, sized.spec.width) == (8, 8)


def test_corrupt_and_zero_byte_files_are_reported_and_skipped(tmp_path):
    root = tmp_path / "set"
    save(root / "a" / "good.png", glyph(seed=1))
    save(root / "b" / "good.png", glyph(seed=2))
    (root / "a" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage" * 20)
    (root / "b" / "empty.jpg").write_bytes(b"")
    good = (root / "a" / "good.png").read_bytes()
    (root / "b" / "truncated.png").write_bytes(good[: len(good) // 2])
    ds = load_folder_dataset(root)
    assert len(ds) == 2 and ds.labels.tolist() == [0, 1]
    assert len(ds.problems) == 3
    text = "\n".join(ds.problems)
    for name in ("broken.png", "empty.jpg", "truncated.png"):
        assert name in text
    assert "0 bytes" in text
    assert all(": " in p for p in ds.problems)


def test_all_images_unreadable_is_an_error(tmp_path):
    root = tmp_path / "bad"
    (root / "a").mkdir(parents=True)
    (root / "a" / "x.png").write_bytes(b"not a png")
    (root / "a" / "y.jpg").write_bytes(b"")
    message = check_error(root, lambda: load_folder_dataset(root), "no readable images")
    assert "x.png" in message or "y.jpg" in message


def test_empty_folder_and_no_class_folders(tmp_path):
    (tmp_path / "empty").mkdir()
    check_error(tmp_path / "empty", lambda: load_folder_dataset(tmp_path / "empty"), "empty")
    flat = tmp_path / "flat"
    save(flat / "a.png", glyph())
    check_error(flat, lambda: load_folder_dataset(flat), "no class sub-folders")
    only_dirs = tmp_path / "nothing"
    (only_dirs / "a").mkdir(parents=True)
    (only_dirs / "a" / "readme.txt").write_text("hi")
    check_error(only_dirs, lambda: load_folder_dataset(only_dirs), "no readable images")
    check_error(tmp_path / "missing", lambda: load_folder_dataset(tmp_path / "missing"), "no such folder")
    afile = save(tmp_path / "file.png", glyph())
    check_error(afile, lambda: load_folder_dataset(afile), "not a folder")


def test_classes_json_gives_order_and_real_names(tmp_path):
    root = tmp_path / "named"
    save(root / "slash" / "0.png", glyph(seed=1))
    save(root / "A" / "0.png", glyph(seed=2))
    save(root / "a (lower)" / "0.png", glyph(seed=3))
    save(root / "extra" / "0.png", glyph(seed=4))
    (root / "classes.json").write_text(json.dumps({"classes": [
        {"name": "a", "folder": "a (lower)"},
        {"name": "A", "folder": "A"},
        {"name": "/", "folder": "slash"},
        {"name": "gone", "folder": "gone"},
    ]}), encoding="utf-8")
    ds = load_folder_dataset(root)
    assert ds.classes == ["a", "A", "/", "gone", "extra"]
    assert ds.labels.tolist() == [0, 1, 2, 4]
    assert any("gone" in p for p in ds.problems)


def test_broken_classes_json_is_an_error(tmp_path):
    root = tmp_path / "j"
    save(root / "a" / "0.png", glyph())
    (root / "classes.json").write_text("{not json")
    check_error(root / "classes.json", lambda: load_folder_dataset(root))
    (root / "classes.json").write_text(json.dumps({"classes": [{"name": "x", "folder": "../etc"}]}))
    check_error(root / "classes.json", lambda: load_folder_dataset(root), "invalid folder")


def test_progress_and_cancel(tmp_path):
    from guiapp.core.tasks import Cancelled

    root = tmp_path / "many"
    for i in range(6):
        save(root / "a" / f"{i}.png", glyph(seed=i))
    calls = []
    ds = load_folder_dataset(root, progress=lambda d, t: calls.append((d, t)))
    assert len(ds) == 6 and calls[-1] == (6, 6)
    with pytest.raises(Cancelled):
        load_folder_dataset(root, should_stop=lambda: True)


def test_class_folders_differing_only_in_unicode_normalisation_are_merged_and_reported(tmp_path):
    """#16: NFC "é" and NFD "e"+U+0301 are one class; neither folder's images are dropped silently."""
    import unicodedata

    from PIL import Image

    nfc, nfd = unicodedata.normalize("NFC", "é"), unicodedata.normalize("NFD", "é")
    for folder, count in ((nfc, 2), (nfd, 3), ("a", 1)):
        (tmp_path / folder).mkdir()
        for i in range(count):
            Image.fromarray(np.full((6, 6), 40 * i, np.uint8)).save(tmp_path / folder / f"{i}.png")
    dataset = load_folder_dataset(tmp_path)
    assert len(dataset) == 6 and sorted(dataset.classes) == ["a", nfc]
    assert dataset.class_counts()[dataset.classes.index(nfc)] == 5
    assert any("Unicode normalisation" in p and "merged" in p for p in dataset.problems), dataset.problems


def test_a_class_folder_linking_outside_the_dataset_is_reported(tmp_path):
    from PIL import Image

    root, outside = tmp_path / "ds", tmp_path / "elsewhere"
    (root / "a").mkdir(parents=True)
    outside.mkdir()
    Image.fromarray(np.zeros((6, 6), np.uint8)).save(root / "a" / "0.png")
    Image.fromarray(np.zeros((6, 6), np.uint8)).save(outside / "0.png")
    (root / "etc").symlink_to(outside, target_is_directory=True)
    dataset = load_folder_dataset(root)
    assert dataset.classes == ["a"]
    assert any("etc" in p and "symbolic link" in p and "outside" in p for p in dataset.problems), dataset.problems


def test_an_empty_class_folder_is_skipped_not_made_a_class(tmp_path):
    """An empty class folder was reported among the skipped files yet became a class of 0 samples; one loose image
    read "1 image … were ignored"."""
    root = tmp_path / "set"
    save(root / "a" / "0.png", glyph(seed=1))
    save(root / "b" / "0.png", glyph(seed=2))
    (root / "emptyclass").mkdir()
    save(root / "loose.png", glyph(seed=3))
    ds = load_folder_dataset(root)
    assert ds.classes == ["a", "b"] and ds.labels.tolist() == [0, 1]
    assert f"{root / 'emptyclass'}: holds no images; skipped" in ds.problems
    assert f"{root / 'loose.png'}: ignored 1 image lying directly in the root folder" in ds.problems
