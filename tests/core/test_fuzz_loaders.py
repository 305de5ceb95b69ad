"""Fuzzing the loaders (#16): mutated IDX, npz, image-folder and .h5/.keras files end in a result or in one line
of DatasetError/ModelFileError naming the file, never in another exception, and never need more than
ADDRESS_SPACE of memory: each batch runs in a child process under that RLIMIT_AS (tests/core/loader_worker.py).

Bounded: a few examples per format, each a batch of mutations loaded by one child process (about a second each).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import h5py
import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from PIL import Image

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS is POSIX")

ADDRESS_SPACE = 1 << 30  # the interpreter with numpy, Pillow and h5py takes ~0.2 GiB of it
BATCH = 24
WORKER = Path(__file__).with_name("loader_worker.py")
ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "resources" / "models" / "digits.h5"
# No shrinking: every step would cost a child process, and the failure report names the file and its traceback.
FUZZ = settings(max_examples=3, deadline=None, derandomize=True, database=None,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# One edit of a file's bytes: (what, where as a fraction biased towards the header, a value).
EDIT = st.tuples(st.sampled_from(["flip", "set", "truncate", "insert", "int32"]),
                 st.floats(0, 1), st.integers(0, 2**32 - 1))
MUTATIONS = st.lists(st.lists(EDIT, min_size=1, max_size=4), min_size=BATCH, max_size=BATCH)


def mutate(data: bytes, edits) -> bytes:
    data = bytearray(data)
    for what, where, value in edits:
        if not data:
            break
        at = int(where**3 * (len(data) - 1))  # most edits land in headers, where sizes are declared
        if what == "flip":
            data[at] ^= 1 << (value % 8)
        elif what == "set":
            data[at] = value % 256
        elif what == "truncate":
            del data[max(1, at):]
        elif what == "insert":
            data[at:at] = bytes([value % 256]) * (1 + value % 7)
        else:
            data[at : at + 4] = struct.pack(">I", value)
    return bytes(data)


def run_worker(cases: list[tuple[str, Path]]) -> None:
    """Load every case in one child process; fail on a crash, a message that is not one line naming the file, or
    a child that dies (the address-space limit)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path]), "OPENBLAS_NUM_THREADS": "1",
           "OMP_NUM_THREADS": "1"}
    stdin = "".join(json.dumps([kind, str(path)]) + "\n" for kind, path in cases)
    done = subprocess.run([sys.executable, str(WORKER), str(ADDRESS_SPACE)], input=stdin, capture_output=True,
                          text=True, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(results) == len(cases), done.stderr[-3000:]
    for result in results:
        assert result["result"] != "crash", f"{result['path']}: {result['type']}\n{result['traceback']}"
        if result["result"] == "error":
            message = result["message"]
            assert "\n" not in message and Path(result["path"]).name in message, message


# -- the valid files that get mutated ------------------------------------------------------------------------------
def _idx(array: np.ndarray) -> bytes:
    code = 0x0C if array.dtype == np.dtype(">i4") else 0x08
    return struct.pack(">BBBB", 0, 0, code, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape) + array.tobytes()


def _images(n=12, side=8):
    rng = np.random.default_rng(0)
    return rng.integers(0, 256, (n, side, side), dtype=np.uint8), (np.arange(n) % 3).astype(np.uint8)


@given(MUTATIONS, st.lists(st.booleans(), min_size=BATCH, max_size=BATCH))
@FUZZ
def test_mutated_idx_files(tmp_path_factory, mutations, gz):
    folder = tmp_path_factory.mktemp("idx")
    images, labels = _images()
    labels = labels.astype(">i4")  # 32-bit labels: an edit can make one of them absurd
    cases = []
    for i, (edits, zipped) in enumerate(zip(mutations, gz)):
        case = folder / str(i)
        case.mkdir()
        ext = ".gz" if zipped else ""
        pack = gzip.compress if zipped else bytes
        image_bytes, label_bytes = _idx(images), _idx(labels)
        if i % 2:
            image_bytes = mutate(image_bytes, edits)
        else:
            label_bytes = mutate(label_bytes, edits)
        (case / f"train-images-idx3-ubyte{ext}").write_bytes(pack(image_bytes))
        (case / f"train-labels-idx1-ubyte{ext}").write_bytes(pack(label_bytes))
        cases.append(("idx", case))
    run_worker(cases)


# Edits of what an .npy header declares: its shape, its type, a broken dict, or one label set to a huge value.
NPY_EDIT = st.one_of(
    st.tuples(st.just("shape"), st.lists(st.integers(0, 10**15), max_size=4)),
    st.tuples(st.just("descr"), st.sampled_from(["|O", "<U0", "<i8", ">f4", "|b1", "<c16", "|V0", "<M8[s]"])),
    st.tuples(st.just("unclosed"), st.none()),
    st.tuples(st.just("not npy"), st.none()),
    st.tuples(st.just("label"), st.integers(-2**63, 2**63 - 1)),
)


def _npy(array: np.ndarray, edit) -> bytes:
    what, value = edit
    if what == "label":
        array = array.astype(np.int64)
        array[len(array) // 2] = value
    buffer = io.BytesIO()
    np.save(buffer, array)
    data = buffer.getvalue()
    header_len = struct.unpack("<H", data[8:10])[0]
    header, body = data[10 : 10 + header_len].decode("latin1"), data[10 + header_len :]
    if what == "shape":
        header = header.split("'shape':")[0] + f"'shape': {tuple(value)!r}, }}"
    elif what == "descr":
        header = header.replace(f"'descr': '{array.dtype.str}'", f"'descr': '{value}'")
    elif what == "unclosed":
        header = header.replace("}", " ")
    elif what == "not npy":
        return b"just some bytes that are not an .npy array" + body[:32]
    header = header.strip() + "\n"
    return data[:8] + struct.pack("<H", len(header)) + header.encode("latin1") + body


@given(MUTATIONS, st.lists(NPY_EDIT, min_size=BATCH, max_size=BATCH), st.lists(st.booleans(), min_size=BATCH, max_size=BATCH))
@FUZZ
def test_mutated_npz_files(tmp_path_factory, mutations, npy_edits, on_labels):
    folder = tmp_path_factory.mktemp("npz")
    images, labels = _images()
    cases = []
    for i, (edits, npy_edit, labels_edited) in enumerate(zip(mutations, npy_edits, on_labels)):
        arrays = {"images": images, "labels": labels}
        members = {name: _npy(array, npy_edit if (name == "labels") == labels_edited else ("none", None))
                   for name, array in arrays.items()}
        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED if i % 2 else zipfile.ZIP_STORED) as z:
            for name, data in members.items():
                z.writestr(f"{name}.npy", data)
        path = folder / f"{i}.npz"
        path.write_bytes(mutate(archive.getvalue(), edits) if i % 3 == 0 else archive.getvalue())
        cases.append(("npz", path))
    run_worker(cases)


@given(MUTATIONS)
@FUZZ
def test_mutated_image_folders(tmp_path_factory, mutations):
    folder = tmp_path_factory.mktemp("folder")
    png = io.BytesIO()
    Image.fromarray(_images(1, 16)[0][0]).save(png, format="PNG")
    classes = json.dumps({"classes": [{"name": "a", "folder": "a"}, {"name": "b", "folder": "b"}]}).encode()
    cases = []
    for i, edits in enumerate(mutations):
        root = folder / str(i)
        for name in "ab":
            (root / name).mkdir(parents=True)
            (root / name / "0.png").write_bytes(png.getvalue())
        (root / "a" / "1.png").write_bytes(mutate(png.getvalue(), edits))
        (root / "classes.json").write_bytes(mutate(classes, edits) if i % 3 == 0 else classes)
        cases.append(("folder", root))
    run_worker(cases)


# -- model files: byte edits, and edits of the sizes their configs declare ----------------------------------------
CONFIG_EDIT = st.tuples(st.integers(0, 40), st.sampled_from(["units", "filters", "kernel_size", "strides",
                                                             "pool_size", "batch_shape", "target_shape"]),
                        st.one_of(st.integers(-2, 10**13), st.lists(st.integers(-1, 10**7), max_size=4)))


def _edited_config(config: dict, edits) -> dict:
    layers = config["config"]["layers"]
    for index, key, value in edits:
        layers[index % len(layers)]["config"][key] = value
    return config


def _keras_zip(path: Path, config: dict) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("config.json", json.dumps(config))
        archive.writestr("metadata.json", json.dumps({"keras_version": "3"}))
        archive.write(BUNDLED, "model.weights.h5")


@given(MUTATIONS, st.lists(st.lists(CONFIG_EDIT, min_size=1, max_size=3), min_size=BATCH, max_size=BATCH))
@FUZZ
def test_mutated_model_files(tmp_path_factory, mutations, config_edits):
    folder = tmp_path_factory.mktemp("models")
    with h5py.File(BUNDLED, "r") as h5:
        original = json.loads(h5.attrs["model_config"])
    base_keras = folder / "base.keras"
    _keras_zip(base_keras, original)
    cases = []
    for i, (edits, config_edit) in enumerate(zip(mutations, config_edits)):
        config = _edited_config(json.loads(json.dumps(original)), config_edit)
        if i % 4 == 0:  # bytes of a .keras archive
            path = folder / f"{i}.keras"
            path.write_bytes(mutate(base_keras.read_bytes(), edits))
        elif i % 4 == 1:  # a .keras whose config declares other sizes
            path = folder / f"{i}.keras"
            _keras_zip(path, config)
        else:  # an .h5 whose config declares other sizes
            path = folder / f"{i}.h5"
            shutil.copyfile(BUNDLED, path)
            with h5py.File(path, "r+") as h5:
                h5.attrs["model_config"] = json.dumps(config)
        cases.append(("model", path))
    run_worker(cases)
