import numpy as np
import pytest
from PIL import Image

from guiapp.core.coverage import to_coverage
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.strokes import Drawing, Stroke, rasterise


def _blob(shape=(100, 100), box=(20, 60, 30, 50)):
    y0, y1, x0, x1 = box
    image = np.zeros(shape, np.uint8)
    image[y0:y1, x0:x1] = 255
    return image


def _center_of_mass(image):
    ys, xs = np.mgrid[0 : image.shape[0], 0 : image.shape[1]]
    total = image.sum()
    return (image * (ys + 0.5)).sum() / total, (image * (xs + 0.5)).sum() / total


def test_mnist_fit_puts_center_of_mass_at_center_and_box_at_20():
    # An L shape: its centre of mass is not its box centre.
    image = np.zeros((120, 90), np.uint8)
    image[10:100, 20:30] = 255
    image[90:100, 20:80] = 255
    out = PreprocessSpec().apply(image, "light")[..., 0]
    assert out.shape == (28, 28)
    cy, cx = _center_of_mass(out)
    assert cy == pytest.approx(14, abs=0.15) and cx == pytest.approx(14, abs=0.15)
    rows = np.flatnonzero((out > 0.2).any(axis=1))
    assert rows[-1] - rows[0] + 1 in (20, 21)


def test_mnist_fit_never_pushes_ink_out_of_the_frame():
    """A thin stroke above a heavy one (Noto Serif's こ, a bottom-heavy ア): centring the centre of mass would cut
    the thin stroke off the top of a 32×32 frame with 3 px of margin; it is moved only as far as keeps all ink in."""
    image = np.zeros((200, 200), np.uint8)
    image[20:23, 40:160] = 255  # hairline on top
    image[150:190, 30:170] = 255  # heavy bottom
    spec = PreprocessSpec(height=32, width=32, fit_size=26)
    out = spec.apply(image, "light")[..., 0]
    rows = np.flatnonzero((out > 0.05).any(axis=1))
    assert out[:4].max() > 0.2  # the hairline is in the frame, at its top edge
    cy, cx = _center_of_mass(out)
    assert cy > 16 and cx == pytest.approx(16, abs=0.2)  # pulled only vertically, and no more than needed
    assert rows[-1] + 1 - rows[0] in (26, 27)


def test_box_fit_centers_the_ink_box():
    out = PreprocessSpec(fit="box").apply(_blob(), "light")[..., 0]
    rows = np.flatnonzero((out > 0.5).any(axis=1))
    cols = np.flatnonzero((out > 0.5).any(axis=0))
    assert (rows[0] + rows[-1] + 1) / 2 == pytest.approx(14, abs=0.6)
    assert (cols[0] + cols[-1] + 1) / 2 == pytest.approx(14, abs=0.6)


def test_polarity_is_detected_and_output_polarity_follows_spec():
    dark_on_light = 255 - _blob()
    light = PreprocessSpec().apply(dark_on_light, "auto")
    assert light.max() == pytest.approx(1.0, abs=0.02) and light[0, 0, 0] == 0.0
    dark = PreprocessSpec(ink="dark").apply(dark_on_light, "auto")
    np.testing.assert_allclose(dark, 1.0 - light, atol=1e-6)


def test_photo_like_input_paper_level_and_contrast_normalized():
    grey_paper = np.full((80, 80), 200, np.uint8)
    grey_paper[20:60, 35:45] = 90  # greyish ink on greyish paper
    coverage = to_coverage(grey_paper, "auto")
    assert coverage[0, 0] == 0.0 and coverage[40, 40] == pytest.approx(1.0)


def test_sizes_channels_and_value_ranges():
    spec = PreprocessSpec(height=36, width=36, channels=3, fit_size=30, value_range="-1..1")
    out = spec.apply(_blob(), "light")
    assert out.shape == (36, 36, 3) and out.dtype == np.float32
    assert out.min() == pytest.approx(-1.0) and out.max() == pytest.approx(1.0, abs=0.01)
    np.testing.assert_array_equal(out[..., 0], out[..., 2])


def test_resize_keeps_drawn_size():
    spec = PreprocessSpec(height=40, width=40, fit="resize")
    small = spec.apply(_blob(box=(40, 60, 40, 60)), "light")
    large = spec.apply(_blob(box=(10, 90, 10, 90)), "light")
    assert large.sum() > 10 * small.sum()


def test_resize_is_identity_for_normalized_data():
    image = np.random.default_rng(0).integers(0, 256, (28, 28), dtype=np.uint8)
    out = PreprocessSpec(fit="resize").apply(image, "light")[..., 0]
    np.testing.assert_allclose(out, image / 255.0, atol=1e-6)
    batch = PreprocessSpec(fit="resize").apply_batch(np.stack([image, image]))
    assert batch.shape == (2, 28, 28, 1)
    np.testing.assert_allclose(batch[1, ..., 0], image / 255.0, atol=1e-6)


@pytest.mark.parametrize("spec", [PreprocessSpec(), PreprocessSpec(fit="resize"), PreprocessSpec(height=32, width=32, fit_size=26)])
def test_batch_and_single_paths_agree(spec):
    images = np.random.default_rng(1).integers(0, 256, (3, 28, 28), dtype=np.uint8)
    images[:, :4] = 0
    batch = spec.apply_batch(images)
    for image, expected in zip(images, batch):
        np.testing.assert_allclose(spec.apply(image, "light"), expected, atol=1e-6)


def test_pil_images_rgba_and_blank_input():
    rgba = Image.new("RGBA", (50, 50), (0, 0, 0, 0))  # transparent background = paper
    rgba.paste((0, 0, 0, 255), (20, 10, 30, 40))
    out = PreprocessSpec().apply(rgba)
    assert out.max() > 0.9 and out[0, 0, 0] == 0.0
    blank = PreprocessSpec().apply(np.full((30, 30), 255, np.uint8))
    assert blank.max() == 0.0


def test_big_photo_is_not_padded_to_death():
    photo = np.full((3000, 4000), 230, np.uint8)
    photo[1000:2000, 1800:2100] = 20
    out = PreprocessSpec().apply(photo)
    assert out.shape == (28, 28, 1) and out.max() > 0.9


def test_spec_is_data_and_validated():
    spec = PreprocessSpec(height=64, width=64, fit_size=52, ink="dark")
    assert PreprocessSpec.from_dict(spec.to_dict()) == spec
    for bad in ({"height": 0}, {"channels": 2}, {"fit": "stretch"}, {"fit_size": 40}, {"bogus": 1},
                {"value_range": "0..2"}, {"height": 10**6}):
        with pytest.raises(ValueError):
            PreprocessSpec.from_dict(bad)


def test_pad_drawing_and_saved_image_give_identical_input(tmp_path):
    drawing = Drawing([Stroke([[60, 40], [200, 40], [120, 250]]), Stroke([[90, 140], [170, 140]])], 280, 280)
    bitmap = rasterise(drawing, 280, pen_width=16)
    Image.fromarray(255 - bitmap).save(tmp_path / "seven.png")  # saved as dark ink on white paper
    spec = PreprocessSpec()
    from_pad = spec.apply(bitmap, "light")
    from_file = spec.apply(Image.open(tmp_path / "seven.png"))
    np.testing.assert_allclose(from_pad, from_file, atol=1e-6)
