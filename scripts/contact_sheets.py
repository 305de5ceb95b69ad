"""Contact sheets of synthesised samples, one PNG per built-in dataset, for docs/ (and for judging variety).

Usage: python scripts/contact_sheets.py [--out docs] [--per-class 12] [--datasets digits latin ...] [--real-vs-synth]
Each row is one class; each cell one sample (dark ink on white, as a person would see it on paper).
``--real-vs-synth`` also writes docs/digits-real-vs-synth.png: per digit, real MNIST digits (mnist-5k's
validation part, never its held-out 1,000) on the left and synthesised ones on the right, to judge the writer
model by eye against people.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from guiapp.core.datasets.builtin import BUILTINS, load_builtin

SCALE = 2


def _label_font(size: int):
    for candidate in ("DejaVuSans.ttf", "NotoSansCJK-Regular.ttc", "Arial.ttf"):
        try:
            return ImageFont.truetype(candidate, size)
        except OSError:
            continue
    return ImageFont.load_default()


def _clean_glyph(char: str, size: int) -> Image.Image:
    """The character's first template, drawn without variation: a row label that needs no font with the glyph."""
    from guiapp.core.datasets.templates import TEMPLATE_BOX, templates_for
    from guiapp.core.strokes import Stroke, rasterise

    strokes = [Stroke(s) for s in templates_for(char)[0].strokes]
    bitmap = rasterise(strokes, size, pen_width=6, box=(0, 0, TEMPLATE_BOX, TEMPLATE_BOX))
    return Image.fromarray(255 - bitmap)


def contact_sheet(name: str, per_class: int, seed: int = 0) -> Image.Image:
    dataset = load_builtin(name, samples_per_class=per_class, seed=seed)
    h, w = dataset.image_shape
    classes = dataset.classes
    cell_w, cell_h = w * SCALE + 4, h * SCALE + 4
    label_w = cell_h + 6
    columns_of_classes = 2 if len(classes) > 16 else 1
    rows = -(-len(classes) // columns_of_classes)
    block_w = label_w + per_class * cell_w + 12
    sheet = Image.new("L", (columns_of_classes * block_w, rows * cell_h + 30), 255)
    draw = ImageDraw.Draw(sheet)
    font = _label_font(14)
    draw.text((6, 6), f"{name}: {per_class} synthesised samples per class (seed {seed}), {h}×{w}", fill=0, font=font)
    for c, class_name in enumerate(classes):
        block, row = divmod(c, rows)
        x0, y0 = block * block_w, 30 + row * cell_h
        sheet.paste(_clean_glyph(class_name, cell_h - 4), (x0 + 2, y0 + 2))
        members = np.flatnonzero(dataset.labels == c)[:per_class]
        for i, index in enumerate(members):
            tile = Image.fromarray(255 - np.asarray(dataset.images[index])).resize((w * SCALE, h * SCALE), Image.NEAREST)
            sheet.paste(tile, (x0 + label_w + i * cell_w + 2, y0 + 2))
    return sheet


def real_vs_synth(per_side: int = 12, seed: int = 0) -> Image.Image:
    """Left: real digits (mnist-5k validation part); right: synthesised digits; one row per class."""
    from guiapp.core.datasets.mnist5k import load_mnist5k, validation_indices

    real = load_mnist5k()
    validation = validation_indices(real.labels)
    synth = load_builtin("digits", samples_per_class=per_side, seed=seed)
    side, gap = 28 * SCALE + 4, 16
    width = 2 * per_side * side + gap
    sheet = Image.new("L", (width, 10 * side + 30), 255)
    draw = ImageDraw.Draw(sheet)
    font = _label_font(14)
    draw.text((6, 6), "real MNIST (mnist-5k validation part)", fill=0, font=font)
    draw.text((per_side * side + gap + 6, 6), f"synthesised (seed {seed})", fill=0, font=font)

    def tile(image):
        return Image.fromarray(255 - np.asarray(image)).resize((28 * SCALE, 28 * SCALE), Image.NEAREST)

    for c in range(10):
        y = 30 + c * side
        for i, index in enumerate(validation[real.labels[validation] == c][:per_side]):
            sheet.paste(tile(real.images[index]), (i * side + 2, y + 2))
        for i, index in enumerate(np.flatnonzero(synth.labels == c)[:per_side]):
            sheet.paste(tile(synth.images[index]), (per_side * side + gap + i * side + 2, y + 2))
    draw.line([(per_side * side + gap // 2, 30), (per_side * side + gap // 2, sheet.height)], fill=128, width=2)
    return sheet


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="docs")
    parser.add_argument("--per-class", type=int, default=12)
    parser.add_argument("--datasets", nargs="*", default=list(BUILTINS))
    parser.add_argument("--real-vs-synth", action="store_true", help="also write digits-real-vs-synth.png")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.real_vs_synth:
        real_vs_synth().save(out / "digits-real-vs-synth.png", optimize=True)
        print(f"wrote {out / 'digits-real-vs-synth.png'}")
    for name in args.datasets:
        path = out / f"samples-{name}.png"
        # Large sets get fewer samples per row so the whole set fits one readable sheet.
        per_class = args.per_class if len(BUILTINS[name][0]) <= 62 else max(4, args.per_class * 2 // 3)
        contact_sheet(name, per_class).save(path, optimize=True)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
