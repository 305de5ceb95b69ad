"""Draw the application icon (resources/icons/inkling.{png,ico,icns}) with Pillow; no artwork tools needed.

A pen stroke over a faint 28×28-style pixel grid on a rounded ink-blue tile: "draw a character, a network reads it".
Run it again only to change the design; the generated files are committed.

    python3 packaging/make_icon.py
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 1024  # drawn large, then reduced with a good filter for every icon size
OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
TILE = (28, 54, 110)  # ink blue
GRID = (62, 94, 158)
INK = (255, 255, 255)
NIB = (255, 196, 64)  # warm accent: the pen's tip


def _stroke_points(n: int = 200) -> list[tuple[float, float]]:
    """A handwritten-looking loop: an 'l'-like upstroke that curls into a cursive tail."""
    points = []
    for i in range(n):
        t = i / (n - 1)
        angle = 2.6 * math.pi * t - 0.6 * math.pi
        radius = 0.22 - 0.08 * t
        x = 0.30 + 0.42 * t + radius * math.cos(angle) * 0.9
        y = 0.62 - 0.10 * math.sin(math.pi * t) + radius * math.sin(angle)
        points.append((x * SIZE, y * SIZE))
    return points


def draw_icon() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    margin = SIZE * 0.06
    draw.rounded_rectangle((margin, margin, SIZE - margin, SIZE - margin), radius=SIZE * 0.18, fill=TILE)
    cells = 7  # a coarse pixel grid: the model's view of the drawing
    inner0, inner1 = SIZE * 0.16, SIZE * 0.84
    step = (inner1 - inner0) / cells
    for i in range(cells + 1):
        pos = inner0 + i * step
        draw.line((pos, inner0, pos, inner1), fill=GRID, width=max(2, SIZE // 256))
        draw.line((inner0, pos, inner1, pos), fill=GRID, width=max(2, SIZE // 256))
    points = _stroke_points(1200)
    width = int(SIZE * 0.075)
    for x, y in points:  # a round nib stamped densely: smooth edges where a wide polyline would tear on curves
        draw.ellipse((x - width / 2, y - width / 2, x + width / 2, y + width / 2), fill=INK)
    tip_x, tip_y = points[-1]
    r = width * 0.55
    draw.ellipse((tip_x - r, tip_y - r, tip_x + r, tip_y + r), fill=NIB)
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    image = draw_icon()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "inkling.png", optimize=True)
    image.save(OUT / "inkling.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    image.resize((512, 512), Image.Resampling.LANCZOS).save(OUT / "inkling.icns")
    print(f"wrote {', '.join(p.name for p in sorted(OUT.iterdir()))} in {OUT}")


if __name__ == "__main__":
    main()
