"""Project files: a round trip to another machine (datasets, model, Train settings), and hostile files refused with
one line and nothing left behind: path traversal, zip bombs, unexpected members, a model with code inside."""

from __future__ import annotations

import json
import zipfile

import numpy as np
import pytest

from guiapp.core.datasets.user_store import UserStore
from guiapp.core.project import ProjectError, export_project, import_project
from guiapp.core.strokes import Drawing, Stroke


def make_dataset(store: UserStore, name: str = "my-symbols") -> None:
    user = store.create(name)
    for i, label in enumerate("aabb"):
        user.add_drawing(Drawing([Stroke([[10 + i, 10], [90, 80 - i]])], 100.0, 100.0), label)


def test_a_project_goes_to_another_machine_whole(tmp_path, tiny_digits_model):
    from guiapp.core.modelfile import load_model

    here, there = UserStore(tmp_path / "here"), UserStore(tmp_path / "there")
    make_dataset(here)
    training = {"config": {"preset": "keras-tutorial", "epochs": 3}, "dataset": "my-symbols"}
    file = export_project(tmp_path / "mine.guiapp.zip", ["my-symbols"], str(tiny_digits_model), training, here)
    project = import_project(file, there, tmp_path / "models")
    assert project.datasets == ["my-symbols"] and project.training == training
    assert there.open("my-symbols").counts() == {"a": 2, "b": 2}
    assert load_model(project.model_path).labels == [str(d) for d in range(10)]
    again = import_project(file, there, tmp_path / "models")  # a name already taken gets a suffix
    assert again.datasets == ["my-symbols-2"] and again.model_path != project.model_path


def test_an_imported_model_keeps_the_name_it_had_where_it_was_exported(tmp_path, tiny_digits_model):
    """A Teach round's model, "Digits + my-handwriting (taught x)" in the window it was exported from (its run names
    it, and runs do not travel), was "my-handwriting+digits · …" after the import (a walk). A name saved in the
    file itself wins; a manifest's name is text only, cut to a model name's length."""
    import shutil

    from guiapp.core.modelfile import read_metadata
    from guiapp.core.modelfile.save import set_model_name

    store = UserStore(tmp_path / "here")
    make_dataset(store)
    shown = "Digits + my-handwriting (taught x) · inkling · 2026-12-06 10:16"
    file = export_project(tmp_path / "p.zip", ["my-symbols"], str(tiny_digits_model), {}, store, model_name=shown)
    project = import_project(file, UserStore(tmp_path / "there"), tmp_path / "models")
    assert read_metadata(project.model_path)["metadata"]["name"] == shown
    named = tmp_path / "named.h5"
    shutil.copy(tiny_digits_model, named)
    set_model_name(named, "my symbols v2")
    file = export_project(tmp_path / "q.zip", [], str(named), {}, store, model_name="something else")
    assert read_metadata(import_project(file, store, tmp_path / "models").model_path)["metadata"]["name"] == "my symbols v2"
    # A manifest edited by hand: a long name with a control character; a name that is not text
    shutil.copy(tiny_digits_model, tmp_path / "plain.h5")
    file = export_project(tmp_path / "r.zip", [], str(tmp_path / "plain.h5"), {}, store)
    with zipfile.ZipFile(file) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist() if info.filename != "project.json"}
        manifest = json.loads(archive.read("project.json"))
    for odd, expected in (("\x1b[31m" + "x" * 300, "[31m" + "x" * 116), (["a list"], None)):
        with zipfile.ZipFile(tmp_path / "s.zip", "w") as archive:
            archive.writestr("project.json", json.dumps(dict(manifest, model_name=odd)))
            for name, data in members.items():
                archive.writestr(name, data)
        imported = import_project(tmp_path / "s.zip", store, tmp_path / "models")
        assert read_metadata(imported.model_path)["metadata"].get("name") == expected


RANDOM_5MB = np.random.default_rng(0).integers(0, 256, 5 << 20, dtype=np.uint8).tobytes()  # incompressible


def hostile(tmp_path, members: dict, manifest: dict | None = None):
    path = tmp_path / "hostile.zip"
    manifest = manifest or {"format": "guiapp-project", "version": 1, "datasets": ["x"], "model": None}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.json", json.dumps(manifest))
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("members, fragment", [
    ({"../../evil.sh": b"rm -rf ~"}, "path traversal"),
    ({"datasets/x/dataset.json": b"{}", "datasets/x/samples/../../../escape.png": b"png"}, "path traversal"),
    ({"datasets/x/dataset.json": b"{}", "datasets/x/run.py": b"print('hi')"}, "unexpected member"),
    ({"datasets/x/dataset.json": b"{}", "datasets/x/samples/big.png": RANDOM_5MB}, "larger than any"),
    ({"datasets/x/dataset.json": b"{}", "datasets/x/samples/bomb.png": b"\0" * (20 << 20)}, "zip bomb"),
])
def test_hostile_members_are_refused_and_nothing_is_imported(tmp_path, members, fragment):
    store = UserStore(tmp_path / "store")
    with pytest.raises(ProjectError, match=fragment):
        import_project(hostile(tmp_path, members), store, tmp_path / "models")
    assert store.list() == [] and not (tmp_path / "models").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".import-")] == []


def test_a_model_with_code_inside_stops_the_whole_import(tmp_path):
    import keras

    model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Lambda(lambda x: x * 2, name="sneaky"),
                              keras.layers.Flatten(), keras.layers.Dense(2, activation="softmax")])
    model.save(tmp_path / "evil.h5")
    store = UserStore(tmp_path / "store")
    make_dataset(store, "mine")
    file = export_project(tmp_path / "p.zip", ["mine"], str(tmp_path / "evil.h5"), {}, store)
    elsewhere = UserStore(tmp_path / "elsewhere")
    with pytest.raises(ProjectError, match="Lambda"):
        import_project(file, elsewhere, tmp_path / "models")
    assert elsewhere.list() == [] and not (tmp_path / "models").exists()


def test_not_a_project(tmp_path):
    with pytest.raises(ProjectError, match="not a project file") as info:
        import_project(tmp_path.joinpath("plain.txt").write_text("hello") and tmp_path / "plain.txt",
                       UserStore(tmp_path / "s"))
    # in words: the window showed "(not a zip archive: BadZipFile: File is not a zip file)" (walk 121)
    from guiapp.core.tasks import error_message

    assert error_message(info.value).endswith("plain.txt: not a project file (not a zip archive)"), info.value
    with pytest.raises(ProjectError, match="no project.json"):
        path = tmp_path / "other.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "hi")
        import_project(path, UserStore(tmp_path / "s"))


def test_a_damaged_or_cut_short_project_says_so_and_brings_nothing_in(tmp_path, tiny_digits_model):
    """A changed byte inside the model failed with a traceback and no word; a copy cut short was "not a zip
    archive" (a walk)."""
    here = UserStore(tmp_path / "here")
    make_dataset(here)
    file = export_project(tmp_path / "p.zip", ["my-symbols"], str(tiny_digits_model), {}, here)
    data = bytearray(file.read_bytes())
    with zipfile.ZipFile(file) as archive:
        info = archive.getinfo("model.h5")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 200
    data[start:start + 64] = bytes(64)  # the model's compressed bytes changed
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    there = UserStore(tmp_path / "there")
    with pytest.raises(ProjectError, match="damaged"):
        import_project(damaged, there, tmp_path / "models")
    assert there.list() == [] and not (tmp_path / "models").exists()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(file.read_bytes()[: len(data) // 2])
    with pytest.raises(ProjectError, match="damaged or incomplete"):
        import_project(cut, there, tmp_path / "models")


def test_a_project_zipped_again_without_utf8_names_comes_in(tmp_path):
    """`zip -r` (and Windows' compressed folders) write names without the UTF-8 flag: a dataset named 表情符號 read
    back as "datasets/Φí¿µâàτ¼ªΦÖƒ/…" and the project was refused (a walk)."""
    here = UserStore(tmp_path / "here")
    make_dataset(here, "表情符號")
    file = export_project(tmp_path / "p.zip", ["表情符號"], None, {}, here)
    again = tmp_path / "again.zip"
    data = bytearray(file.read_bytes())
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # each header's UTF-8 flag cleared
        start = 0
        while (start := data.find(signature, start)) >= 0:
            data[start + flags_at + 1] &= ~0x08  # bit 11 of the little-endian flags: bit 3 of their second byte
            start += 4
    again.write_bytes(bytes(data))
    with zipfile.ZipFile(again) as check:
        assert all(not i.flag_bits & 0x800 for i in check.infolist())
        assert any(not i.filename.isascii() and "表" not in i.filename for i in check.infolist())  # read as cp437
    project = import_project(again, UserStore(tmp_path / "there"), tmp_path / "models")
    assert project.datasets == ["表情符號"] and UserStore(tmp_path / "there").open("表情符號").counts() == {"a": 2, "b": 2}


def test_an_unreadable_sample_is_counted_and_a_taken_name_said(tmp_path):
    """A sample replaced by junk in the file came in as if fine (one drawing fewer, nothing said: a walk)."""
    here = UserStore(tmp_path / "here")
    make_dataset(here)
    exported = export_project(tmp_path / "p.zip", ["my-symbols"], None, {}, here)
    file = tmp_path / "junk.zip"
    with zipfile.ZipFile(exported) as source, zipfile.ZipFile(file, "w") as target:
        samples = [info for info in source.infolist() if info.filename.endswith(".png")]
        for info in source.infolist():
            target.writestr(info, b"not a png at all" if info is samples[0] else source.read(info))
    there = UserStore(tmp_path / "there")
    make_dataset(there)
    project = import_project(file, there, tmp_path / "models")
    assert project.unreadable == 1 and project.renamed == {"my-symbols": "my-symbols-2"}


def test_a_model_imported_beside_its_renamed_dataset_names_it(tmp_path):
    """The project's dataset took another name here: the model named the old one, and Personalize mixed its
    drawings with the other dataset of that name (a walk)."""
    from guiapp.core.modelfile import read_metadata, save_model
    from guiapp.core.modelfile.metadata import trained_on
    from guiapp.core.preprocess import PreprocessSpec
    from guiapp.core.training.presets import build_model

    here = UserStore(tmp_path / "here")
    make_dataset(here)
    model = save_model(build_model("logreg", (28, 28, 1), 2), tmp_path / "mine.h5", ["a", "b"], PreprocessSpec(),
                       {"preset": "logreg", "dataset": {"name": "my-symbols", "fingerprint": "x"}})
    file = export_project(tmp_path / "p.zip", ["my-symbols"], str(model), {}, here)
    there = UserStore(tmp_path / "there")
    make_dataset(there)  # a dataset of that name is there already
    project = import_project(file, there, tmp_path / "models")
    assert project.datasets == ["my-symbols-2"]
    info = read_metadata(project.model_path)
    assert trained_on(info) == "my-symbols-2" and info["metadata"]["dataset"]["fingerprint"] == "x"
    assert read_metadata(project.model_path)["labels"] == ["a", "b"]
