"""packaging/slim.py, the spec's helpers, on small inputs (fast; part of the normal suite). The frozen-app checks in
test_frozen_app.py prove them on the real bundle."""

from __future__ import annotations

import ctypes
import importlib.util
import shutil
import struct
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _slim():
    spec = importlib.util.spec_from_file_location("guiapp_packaging_slim", ROOT / "packaging" / "slim.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


slim = _slim()


def _item(payload: bytes) -> bytes:
    return payload + b"\0" * (-len(payload) % 16)


def _common_data(names: list[str]) -> bytes:
    header = bytearray(b"\x20\x00\xda\x27\x14\x00\x00\x00\x00\x00\x02\x00CmnD\x01\x00\x00\x00\x03\x00\x00\x00")
    header += b"\0" * (32 - len(header))
    return slim._common_data(bytes(header), [(name, _item(name.encode() * 3)) for name in names])


def test_icu_common_data_round_trips_and_drops_whole_trees():
    names = sorted(["icudt73l/ja.res", "icudt73l/brkitr/cjdict.dict", "icudt73l/coll/ja.res", "icudt73l/curr/ja.res",
                    "icudt73l/root.res", "icudt73l/zone/ja.res", "icudt73l/ibm-943_P15A-2003.cnv"])
    blob = _common_data(names)
    header, items = slim._common_data_items(blob)
    assert [name for name, _ in items] == names
    assert all(item.rstrip(b"\0") == name.encode() * 3 for name, item in items)
    filtered, dropped = slim.filter_icu_data(blob, drop_trees=("brkitr", "curr"))
    assert sorted(dropped) == ["icudt73l/brkitr/cjdict.dict", "icudt73l/curr/ja.res"]
    _header, kept = slim._common_data_items(filtered)
    assert [name for name, _ in kept] == [n for n in names if n not in dropped]  # sorted, for binary search
    count, = struct.unpack_from("<I", filtered, len(header))
    offsets = [struct.unpack_from("<II", filtered, len(header) + 4 + 8 * i)[1] for i in range(count)]
    assert all((len(header) + offset) % 16 == 0 for offset in offsets)  # items stay 16-byte aligned


def test_kanjivg_files_keep_their_strokes_and_lose_the_rest():
    from guiapp.core.datasets.templates import kanjivg_files, parse_svg

    files = kanjivg_files()
    if files is None or files._archive is not None:
        pytest.skip("the kanjivg package is not installed here")
    for char in "7あア日火":
        text = files.read(f"{ord(char):05x}")[0].encode("utf-8")
        slimmed = slim.slim_kanjivg_svg(text)
        assert slimmed.startswith(b"<svg ") and b"<!--" not in slimmed and b"<text" not in slimmed
        assert b"Creative Commons" in slim.kanjivg_notice(text)
        before, after = parse_svg(text.decode()), parse_svg(slimmed.decode())
        assert len(before) == len(after) and all((a == b).all() for a, b in zip(before, after))
    with pytest.raises(ValueError):
        slim.slim_kanjivg_svg(b"<svg></svg>")


def _library_with_symbols(tmp_path: Path) -> Path | None:
    """A small shared library with a symbol table and debug information: compiled here, if a compiler is."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or not sys.platform.startswith("linux"):
        return None
    source = tmp_path / "answer.c"
    source.write_text("int answer(void) { return 42; }\nconst char *greeting(void) { return \"hello\"; }\n"
                      + "".join(f"int filler{i}(int x) {{ return x * {i} + {i * 7}; }}\n" for i in range(2000)))
    library = tmp_path / "libanswer.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-g", "-O1", "-o", str(library), str(source)], check=True)
    return library


def test_drop_symbol_tables_keeps_what_the_loader_maps(tmp_path):
    library = _library_with_symbols(tmp_path)
    if library is None:
        pytest.skip("needs Linux and a C compiler")
    target = tmp_path / "out" / "libanswer.so"
    saved = slim.drop_symbol_tables(library, target, minimum_saving=1)
    assert saved > 0 and target.stat().st_size == library.stat().st_size - saved
    sections = subprocess.run(["readelf", "-S", "-W", str(target)], capture_output=True, text=True, check=True)
    assert ".symtab" not in sections.stdout and ".debug_info" not in sections.stdout and not sections.stderr
    assert ".dynsym" in sections.stdout
    loaded = ctypes.CDLL(str(target))
    loaded.greeting.restype = ctypes.c_char_p
    assert loaded.answer() == 42
    assert loaded.greeting() == b"hello" and loaded.filler1999(1) == 1999 + 1999 * 7
    # nothing left to drop: no second copy
    assert slim.drop_symbol_tables(target, tmp_path / "again.so", minimum_saving=1) == 0


def test_drop_symbol_tables_leaves_other_files_alone(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not an ELF file")
    assert slim.drop_symbol_tables(text, tmp_path / "out.txt") == 0
    assert not (tmp_path / "out.txt").exists()
    libpython = Path(sysconfig.get_config_var("LIBDIR") or "/") / str(sysconfig.get_config_var("LDLIBRARY") or "")
    if libpython.is_file() and libpython.suffix != ".a":
        slim.drop_symbol_tables(libpython, tmp_path / libpython.name)  # must not raise on a real library


def test_drop_symbol_tables_on_a_patchelf_edited_extension(tmp_path):
    """Pillow's wheels (auditwheel) put segments after the debug information: those segments move by whole pages,
    and the extension still imports and works."""
    spec = importlib.util.find_spec("PIL._imaging")
    if spec is None or not spec.origin or not sys.platform.startswith("linux"):
        pytest.skip("needs Pillow's Linux wheel")
    package = Path(spec.origin).parent
    libs = package.parent / "pillow.libs"
    copy = tmp_path / "PIL"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    if libs.is_dir():
        (tmp_path / "pillow.libs").symlink_to(libs)
    extension = copy / Path(spec.origin).name
    saved = slim.drop_symbol_tables(Path(spec.origin), extension)
    if not saved:
        pytest.skip("this Pillow build has no symbol tables to drop")
    check = ("import io, sys; sys.path.insert(0, sys.argv[1]); from PIL import Image, _imaging; "
             "assert _imaging.__file__.startswith(sys.argv[1]); image = Image.new('L', (32, 32), 200); "
             "image.paste(0, (8, 8, 24, 24)); buffer = io.BytesIO(); image.save(buffer, 'PNG'); "
             "buffer.seek(0); again = Image.open(buffer); again.load(); "
             "assert again.getpixel((16, 16)) == 0 and again.getpixel((1, 1)) == 200; print('ok')")
    result = subprocess.run([sys.executable, "-c", check, str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_compress_model_h5_keeps_every_value_and_the_converted_bytes(tmp_path):
    h5py = pytest.importorskip("h5py")
    import numpy as np

    source, target = tmp_path / "model.h5", tmp_path / "out" / "model.h5"
    rng = np.random.default_rng(0)
    kernel = rng.standard_normal((256, 64)).astype("float32")
    tflite = bytes(rng.integers(0, 8, 40_000, dtype=np.uint8))  # compressible, like a flatbuffer's float data
    with h5py.File(source, "w") as h5:
        h5.attrs["model_config"] = '{"class_name": "Sequential"}'
        h5.attrs.create("layer_names", np.array([b"dense"], dtype="S5"))
        group = h5.create_group("model_weights/dense/dense")
        group.attrs.create("weight_names", np.array([b"dense/kernel:0"]))
        group.create_dataset("kernel", data=kernel)
        group.create_dataset("bias", data=np.zeros(64, "float32"))  # small: stays as it is
        h5.create_dataset("guiapp_litert", data=np.void(tflite))
    saved = slim.compress_model_h5(source, target)
    assert saved > 0 and target.stat().st_size == source.stat().st_size - saved
    with h5py.File(target, "r") as h5:
        assert h5.attrs["model_config"] == '{"class_name": "Sequential"}'
        assert h5.attrs.get_id("layer_names").dtype == np.dtype("S5")
        assert h5["model_weights/dense/dense/kernel"].compression == "gzip"
        assert np.array_equal(h5["model_weights/dense/dense/kernel"][()], kernel)
        assert h5["model_weights/dense/dense/bias"].compression is None
        data = h5["guiapp_litert"][()]  # read exactly as guiapp.core.inference.store._read_embedded does
        assert bytes(np.asarray(data).tobytes()) == tflite


def test_compress_model_h5_leaves_incompressible_files_alone(tmp_path):
    h5py = pytest.importorskip("h5py")
    import numpy as np

    source, target = tmp_path / "tiny.h5", tmp_path / "out" / "tiny.h5"
    with h5py.File(source, "w") as h5:
        h5.create_dataset("w", data=np.arange(4, dtype="float32"))
    assert slim.compress_model_h5(source, target) == 0
    assert not target.exists()
