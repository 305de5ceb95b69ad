"""Export to a class-per-folder PNG tree and to .npz, and exact round trips through the loaders."""

from __future__ import annotations

import json
import unicodedata

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guiapp.core.datasets.base import Dataset, DatasetError
from guiapp.core.datasets.export import export_folder, export_npz, folder_names, safe_folder_name
from guiapp.core.datasets.folder import load_folder_dataset
from guiapp.core.datasets.npz import load_npz_dataset
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.tasks import Cancelled

CLASSES = ["A", "a", "/", "あ", "CON", ". dots .", 'x:*?"<>|\\', "tab\there"]


def make_dataset(n=40, h=7, w=6, classes=CLASSES, test=True, seed=0) -> Dataset:
    rng = np.random.default_rng(seed)
    images = rng.integers(0, 256, (n, h, w), dtype=np.uint8)  # arbitrary pixels: bright borders, no full ink
    images[0] = 0
    images[1] = 255
    labels = rng.integers(0, len(classes), n)
    labels[: len(classes)] = np.arange(len(classes))
    mask = None
    if test:
        mask = np.zeros(n, bool)
        mask[n - n // 4 :] = True
    return Dataset(
        name="round trip",
        classes=list(classes),
        images=images,
        labels=labels,
        spec=PreprocessSpec(height=h, width=w, fit="resize", fit_size=min(20, h, w)),
        predefined_test=mask,
    )


def by_class(ds: Dataset):
    order = np.argsort(ds.labels, kind="stable")
    return ds.images[order], ds.labels[order], None if ds.predefined_test is None else ds.predefined_test[order]


def test_folder_round_trip_is_exact(tmp_path):
    ds = make_dataset()
    calls = []
    out = export_folder(ds, tmp_path / "out", progress=lambda done, total: calls.append((done, total)))
    assert out == tmp_path / "out"
    assert calls[0] == (0, len(ds)) and calls[-1] == (len(ds), len(ds))
    back = load_folder_dataset(out)
    assert back.problems == []
    assert back.classes == CLASSES
    assert back.name == "round trip"
    images, labels, test = by_class(ds)
    np.testing.assert_array_equal(back.labels, labels)
    np.testing.assert_array_equal(back.images, images)
    np.testing.assert_array_equal(back.predefined_test, test)
    assert back.spec == ds.spec
    # the test split's images say so in their names (walk 111), and only they
    folder = out / json.loads((out / "classes.json").read_text(encoding="utf-8"))["classes"][0]["folder"]
    tested = sorted(p.name for p in folder.iterdir() if p.stem.endswith("-test"))
    assert tested and len(tested) == int(test[labels == 0].sum())


def test_folder_layout_names_and_files(tmp_path):
    ds = make_dataset(test=False)
    out = export_folder(ds, tmp_path / "out")
    meta = json.loads((out / "classes.json").read_text(encoding="utf-8"))
    folders = [entry["folder"] for entry in meta["classes"]]
    assert [entry["name"] for entry in meta["classes"]] == CLASSES
    assert folders[0] == "A" and folders[1] == "a (lower)" and folders[3] == "あ"
    assert sorted(p.name for p in out.iterdir()) == sorted(folders + ["classes.json"])
    assert len({f.casefold() for f in folders}) == len(folders)
    for folder in folders:
        assert not any(ch in folder for ch in '/\\:*?"<>|') and folder.strip(". ") == folder
    counts = ds.class_counts()
    for c, folder in enumerate(folders):
        names = sorted(p.name for p in (out / folder).iterdir())
        assert names == [f"{i:05d}.png" for i in range(counts[c])]  # and no temporary files left behind
    assert "test" not in meta["classes"][0]


def test_export_refuses_a_non_empty_folder(tmp_path):
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "keep.txt").write_text("mine")
    with pytest.raises(DatasetError, match="busy"):
        export_folder(make_dataset(), tmp_path / "busy")
    assert (tmp_path / "busy" / "keep.txt").read_text() == "mine"


def test_export_can_be_cancelled_and_leaves_no_classes_json(tmp_path):
    ds = make_dataset(n=400, classes=["x", "y"], test=False)
    seen = []
    with pytest.raises(Cancelled):
        export_folder(ds, tmp_path / "out", progress=lambda d, t: seen.append(d), should_stop=lambda: len(seen) > 3)
    assert not (tmp_path / "out" / "classes.json").exists()
    written = [p for p in (tmp_path / "out").rglob("*") if p.is_file()]
    assert 0 < len(written) < 400 and all(p.suffix == ".png" and not p.name.startswith(".") for p in written)


def test_npz_round_trip_is_exact(tmp_path):
    ds = make_dataset()
    path = export_npz(ds, tmp_path / "set.npz")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["set.npz"]  # atomic: no temporary file left
    with np.load(path, allow_pickle=False) as data:
        assert data["classes"].dtype.kind == "U"
        assert {"images", "labels", "classes"} <= set(data.files)
    back = load_npz_dataset(path)
    assert back.classes == CLASSES and back.name == "round trip"
    np.testing.assert_array_equal(back.images, ds.images)
    np.testing.assert_array_equal(back.labels, ds.labels)
    np.testing.assert_array_equal(back.predefined_test, ds.predefined_test)
    assert back.spec == ds.spec
    assert back.fingerprint() == ds.fingerprint()


def test_npz_export_overwrites_atomically(tmp_path):
    path = tmp_path / "set.npz"
    export_npz(make_dataset(seed=1, test=False), path)
    export_npz(make_dataset(seed=2, test=False), path, compress=False)
    back = load_npz_dataset(path)
    np.testing.assert_array_equal(back.images, make_dataset(seed=2).images)
    assert back.predefined_test is None


_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(10)}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=12, unique=True))
def test_folder_names_are_legal_and_distinct_everywhere(classes):
    names = folder_names(classes)
    assert len(names) == len(classes)
    folded = {unicodedata.normalize("NFC", n).casefold() for n in names}
    assert len(folded) == len(names)
    assert "classes.json" not in folded
    for name in names:
        assert name and name.strip(". ") == name
        assert not any(ch in name for ch in '/\\:*?"<>|')
        assert not any(ord(ch) < 32 or ord(ch) == 127 for ch in name)
        assert name.split(".")[0].upper() not in _RESERVED
        assert len(name.encode("utf-8")) <= 160


def test_safe_folder_name_examples():
    assert safe_folder_name("A") == "A"
    assert safe_folder_name("あ") == "あ"
    assert safe_folder_name("/") == "%2F"
    assert safe_folder_name("nul") == "nul_"
    assert safe_folder_name("..") == "%2E%2E"
    assert safe_folder_name("") == "(empty)"


def test_folder_round_trip_with_many_classes_and_numbering(tmp_path):
    classes = [chr(0x3041 + i) for i in range(5)] + ["a", "A", "ß", "SS"]
    ds = make_dataset(n=60, classes=classes, test=False, seed=3)
    back = load_folder_dataset(export_folder(ds, tmp_path / "x"))
    images, labels, _ = by_class(ds)
    assert back.classes == classes
    np.testing.assert_array_equal(back.labels, labels)
    np.testing.assert_array_equal(back.images, images)
