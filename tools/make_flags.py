#!/usr/bin/env python3
"""Draws the language flags in assets/flags/ (run once; the PNGs are committed).

A language is a folder under locales/; its button shows assets/flags/<lang>.png if present.
Flags are simple public-domain designs drawn here from their geometry.
"""
from pathlib import Path

from PIL import Image, ImageDraw

W, H = 120, 80
OUT = Path(__file__).resolve().parent.parent / "assets" / "flags"


def france():
    img = Image.new("RGB", (W, H), "#FFFFFF")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W // 3 - 1, H], fill="#002395")
    d.rectangle([2 * W // 3, 0, W, H], fill="#ED2939")
    return img


def united_kingdom():
    # Drawn at 4x then reduced, for smooth diagonals.
    s = 4
    w, h = W * s, H * s
    img = Image.new("RGB", (w, h), "#012169")
    d = ImageDraw.Draw(img)
    unit = h / 30  # the official design is 60 x 30 units
    d.line([(0, 0), (w, h)], fill="#FFFFFF", width=int(6 * unit))
    d.line([(0, h), (w, 0)], fill="#FFFFFF", width=int(6 * unit))
    d.line([(0, 0), (w, h)], fill="#C8102E", width=int(2 * unit))
    d.line([(0, h), (w, 0)], fill="#C8102E", width=int(2 * unit))
    d.rectangle([w / 2 - 5 * unit, 0, w / 2 + 5 * unit, h], fill="#FFFFFF")
    d.rectangle([0, h / 2 - 5 * unit, w, h / 2 + 5 * unit], fill="#FFFFFF")
    d.rectangle([w / 2 - 3 * unit, 0, w / 2 + 3 * unit, h], fill="#C8102E")
    d.rectangle([0, h / 2 - 3 * unit, w, h / 2 + 3 * unit], fill="#C8102E")
    return img.resize((W, H), Image.LANCZOS)


def spain():
    # The civil flag: red, yellow (twice as tall), red; without the coat of arms.
    img = Image.new("RGB", (W, H), "#F1BF00")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, H // 4 - 1], fill="#AA151B")
    d.rectangle([0, 3 * H // 4, W, H], fill="#AA151B")
    return img


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    france().save(OUT / "fr.png", optimize=True)
    united_kingdom().save(OUT / "en.png", optimize=True)
    spain().save(OUT / "es.png", optimize=True)
    print("wrote", sorted(p.name for p in OUT.glob("*.png")))
