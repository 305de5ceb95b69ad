"""Every reader of pictures goes through core.imagefile: huge images are refused from the header with one message
(#16), whichever check notices them."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from guiapp.core.datasets.folder import load_folder_dataset
from guiapp.core.imagefile import MAX_IMAGE_PIXELS, ImageFileError, read_image


def png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG that declares ``width``×``height`` grey pixels and holds none (a few dozen bytes)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b""))
    return path


@pytest.mark.parametrize("side", [7_000, 12_000, 20_000])  # ours, Pillow's warning zone, Pillow's bomb error
def test_huge_images_are_refused_with_one_message(tmp_path, side):
    path = png_header_only(tmp_path / f"big{side}.png", side, side)
    with pytest.raises(ImageFileError) as info:
        read_image(path)
    message = str(info.value)
    assert message.startswith(f"big{side}.png: the image has ") and f"more than the {MAX_IMAGE_PIXELS:,}" in message
    assert f"{side * side:,} pixels" in message and "\n" not in message


def test_ordinary_images_read(tmp_path):
    path = tmp_path / "ok.png"
    Image.fromarray(np.full((30, 40), 200, np.uint8)).save(path)
    assert read_image(path).size == (40, 30)
    (tmp_path / "junk.png").write_bytes(b"not an image")
    with pytest.raises(ImageFileError, match="junk.png: not an image, or a damaged one"):
        read_image(tmp_path / "junk.png")


def test_folder_dataset_lists_a_huge_image_as_a_problem(tmp_path):
    (tmp_path / "a").mkdir()
    Image.fromarray(np.zeros((8, 8), np.uint8)).save(tmp_path / "a" / "ok.png")
    png_header_only(tmp_path / "a" / "huge.png", 20_000, 20_000)
    dataset = load_folder_dataset(tmp_path)
    assert len(dataset) == 1
    assert any("huge.png" in p and "400,000,000 pixels" in p for p in dataset.problems), dataset.problems


def test_cli_recognize_refuses_a_huge_image_with_exit_2(tmp_path, capsys):
    from guiapp.cli import main

    model = Path(__file__).resolve().parents[2] / "resources" / "models" / "digits.h5"
    path = png_header_only(tmp_path / "bomb.png", 20_000, 20_000)
    code = main(["recognize", "--model", str(model), str(path)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "bomb.png: the image has 400,000,000 pixels" in err, err


def sixteen_bit_page(path: Path) -> np.ndarray:
    """A 16-bit greyscale PNG (Pillow reads it as mode "I;16"): paper at 33000 of 65535, a darker bar of ink."""
    levels = np.full((28, 28), 33000, np.uint16)
    levels[6:22, 12:16] = 4000
    Image.fromarray(levels).save(path)
    with Image.open(path) as check:
        assert check.mode == "I;16"
    return levels


def test_sixteen_bit_grey_is_scaled_by_its_depth_not_clipped(tmp_path):
    from guiapp.core.coverage import to_grey

    levels = sixteen_bit_page(tmp_path / "deep.png")
    grey = to_grey(read_image(tmp_path / "deep.png"))
    np.testing.assert_allclose(grey, levels / 65535.0, atol=1e-4)  # clipped, the paper and the ink were both 1.0
    for mode, array in (("I", levels.astype(np.int32)), ("F", levels.astype(np.float32))):
        image = Image.fromarray(array)
        assert image.mode == mode
        path = tmp_path / f"deep-{mode}.tiff"
        image.save(path)
        np.testing.assert_allclose(to_grey(read_image(path)), levels / 65535.0, atol=1e-4)


def test_a_folder_of_sixteen_bit_images_shows_the_ink(tmp_path):
    for name in ("a", "b"):
        (tmp_path / "deep" / name).mkdir(parents=True)
        sixteen_bit_page(tmp_path / "deep" / name / "0.png")
    dataset = load_folder_dataset(tmp_path / "deep")
    image = dataset.images[0]
    assert image[6:22, 12:16].min() > 200 and image[:, :8].max() < 30  # the bar is ink, the paper is paper
