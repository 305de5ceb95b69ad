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
    with pytest.raises(ProjectError, match="not a project file"):
        import_project(tmp_path.joinpath("plain.txt").write_text("hello") and tmp_path / "plain.txt",
                       UserStore(tmp_path / "s"))
    with pytest.raises(ProjectError, match="no project.json"):
        path = tmp_path / "other.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "hi")
        import_project(path, UserStore(tmp_path / "s"))
