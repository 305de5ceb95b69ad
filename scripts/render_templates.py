"""Contact sheet of stroke templates: KanjiVG's form first, then our allographs (resources/allographs).

Each row is one character, each cell one form labelled with its name. Light guide lines mark KanjiVG's cap
height / ascender top, x-height, baseline and descender bottom, so forms can be checked against KanjiVG's.

    python scripts/render_templates.py --out /tmp/allographs.png [--chars 0123456789aAg] [--order]

``--order`` colours strokes by order (1 red, 2 green, 3 blue, 4 orange, ...) and marks each stroke's start
with a dot and its end with a small ring, to check stroke order and direction.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from guiapp.core.datasets.templates import TEMPLATE_BOX, _allograph_index, templates_for  # noqa: E402
from guiapp.core.strokes import Stroke, rasterise  # noqa: E402

# KanjiVG's metrics for Latin letters and digits (measured from its 0-9, A-Z, a-z templates).
CAP_TOP = 15.5
X_TOP = 35.0
BASELINE = 92.5
DESC_BOTTOM = 108.3
GUIDES = ((CAP_TOP, (170, 200, 255)), (X_TOP, (200, 230, 200)), (BASELINE, (255, 170, 170)), (DESC_BOTTOM, (220, 220, 220)))
COLORS = [(220, 30, 30), (20, 150, 40), (30, 60, 220), (240, 140, 0), (160, 40, 190), (0, 160, 170)]


def chars_with_allographs() -> str:
    return "".join(chr(int(key, 16)) for key in sorted(_allograph_index()))


def render_cell(strokes, cell: int, pen: float, order: bool) -> Image.Image:
    img = Image.new("RGB", (cell, cell), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    scale = cell / TEMPLATE_BOX
    for y, color in GUIDES:
        draw.line([(0, y * scale), (cell, y * scale)], fill=color, width=1)
    arr = np.asarray(img, dtype=np.float64)
    box = (0.0, 0.0, TEMPLATE_BOX, TEMPLATE_BOX)
    for i, pts in enumerate(strokes):
        ink = rasterise([Stroke(pts)], cell, pen_width=pen, box=box).astype(np.float64)[..., None] / 255.0
        color = np.array(COLORS[i % len(COLORS)] if order else (0, 0, 0), dtype=np.float64)
        arr = arr * (1 - ink) + color * ink
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if order:
        draw = ImageDraw.Draw(img)
        for i, pts in enumerate(strokes):
            color = COLORS[i % len(COLORS)]
            (sx, sy), (ex, ey) = pts[0] * scale, pts[-1] * scale
            draw.ellipse([sx - 4, sy - 4, sx + 4, sy + 4], fill=(0, 0, 0), outline=color)
            draw.ellipse([ex - 3, ey - 3, ex + 3, ey + 3], outline=(0, 0, 0))
            draw.text((sx + 4, sy - 12), str(i + 1), fill=color)
    return img


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="PNG to write")
    ap.add_argument("--chars", default=None, help="characters to show (default: all with allographs)")
    ap.add_argument("--order", action="store_true", help="colour strokes by order and mark start points")
    ap.add_argument("--cell", type=int, default=96, help="cell size in pixels")
    ap.add_argument("--pen", type=float, default=5.0, help="pen width in template units")
    args = ap.parse_args(argv)

    chars = args.chars or chars_with_allographs()
    rows = [(c, templates_for(c)) for c in dict.fromkeys(chars)]
    if not rows:
        print("no characters to render", file=sys.stderr)
        return 1
    cell, label_h, head_w, pad = args.cell, 24, 28, 4
    ncols = max(len(forms) for _, forms in rows)
    width = head_w + ncols * (cell + pad) + pad
    height = len(rows) * (cell + label_h + pad) + pad
    sheet = Image.new("RGB", (width, height), (245, 245, 245))
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.load_default()
    for r, (char, forms) in enumerate(rows):
        y = pad + r * (cell + label_h + pad)
        draw.text((6, y + cell // 2 - 6), char, fill=(0, 0, 0), font=font)
        for c, template in enumerate(forms):
            x = head_w + pad + c * (cell + pad)
            sheet.paste(render_cell(template.strokes, cell, args.pen, args.order), (x, y))
            per_line = max(4, cell // 6)
            label = template.form
            for i in range(0, min(len(label), 2 * per_line), per_line):
                draw.text((x + 2, y + cell + 1 + (i // per_line) * 11), label[i : i + per_line], fill=(0, 0, 0), font=font)
    sheet.save(args.out)
    print(f"wrote {args.out}: {len(rows)} characters, up to {ncols} forms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
