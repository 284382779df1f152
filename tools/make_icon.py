#!/usr/bin/env python3
"""Draws Archipel's icon, assets/icons/archipel.png (run once; the PNG is committed).

Three islands in a round sea, linked by dotted lines: many small hosts, talking together.
"""
from pathlib import Path

from PIL import Image, ImageDraw

S = 4  # supersampling
SIZE = 256
OUT = Path(__file__).resolve().parent.parent / "assets" / "icons" / "archipel.png"


def main():
    w = SIZE * S
    img = Image.new("RGBA", (w, w), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse([8 * S, 8 * S, w - 8 * S, w - 8 * S], fill="#0B6E69")
    d.ellipse([20 * S, 20 * S, w - 20 * S, w - 20 * S], fill="#1C9A92")
    islands = [(76, 88, 26), (182, 96, 22), (128, 184, 30)]
    for (ax, ay, _), (bx, by, _) in [(islands[0], islands[1]), (islands[1], islands[2]), (islands[2], islands[0])]:
        steps = 9
        for i in range(1, steps):
            x = ax + (bx - ax) * i / steps
            y = ay + (by - ay) * i / steps
            d.ellipse([(x - 4) * S, (y - 4) * S, (x + 4) * S, (y + 4) * S], fill="#FFF7E8")
    for x, y, r in islands:
        d.ellipse([(x - r - 6) * S, (y - r - 6) * S, (x + r + 6) * S, (y + r + 6) * S], fill="#FFD43B")
        d.ellipse([(x - r) * S, (y - r) * S, (x + r) * S, (y + r) * S], fill="#2B7A3B")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    img.resize((SIZE, SIZE), Image.LANCZOS).save(OUT, optimize=True)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
