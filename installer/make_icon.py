"""Draw resources/icons/villagedesk.ico (16 to 256 px): a gold 村 on a red rounded square with a
gold rim, in the colours of a service station's sign. Run by ``make installer-icon``; the icon is
committed, so a build does not need to redraw it. ``--png FILE`` also writes the 256 px image."""

from __future__ import annotations

import argparse
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "wqy-zenhei.ttc"
OUT = ROOT / "resources" / "icons"
RED = (200, 16, 46, 255)
DARK_RED = (150, 8, 30, 255)
GOLD = (255, 214, 0, 255)
SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]


def draw(size: int) -> Image.Image:
    """The icon at ``size`` px, drawn at 4x and scaled down for smooth edges."""
    scale = 4
    big = size * scale
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    margin = big // 32
    radius = big // 5
    box = (margin, margin, big - margin - 1, big - margin - 1)
    d.rounded_rectangle(box, radius=radius, fill=DARK_RED)
    inner = big // 20
    d.rounded_rectangle(
        (box[0] + inner // 2, box[1] + inner // 2, box[2] - inner // 2, box[3] - inner // 2),
        radius=radius - inner // 2,
        fill=RED,
    )
    if size >= 32:  # a gold rim, too fine to see below 32 px
        rim = max(scale, big // 40)
        d.rounded_rectangle(
            (box[0] + inner, box[1] + inner, box[2] - inner, box[3] - inner),
            radius=radius - inner,
            outline=GOLD,
            width=rim,
        )
    font = ImageFont.truetype(str(FONT), int(big * (0.66 if size >= 32 else 0.78)))
    left, top, right, bottom = d.textbbox((0, 0), "村", font=font)
    x = (big - (right - left)) / 2 - left
    y = (big - (bottom - top)) / 2 - top
    d.text((x, y), "村", font=font, fill=GOLD)
    return img.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--png", type=Path, help="also write the 256 px image here")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    images = [draw(s) for s in SIZES]
    if args.png:
        images[-1].save(args.png)
    images[-1].save(
        OUT / "villagedesk.ico",
        format="ICO",
        sizes=[(s, s) for s in SIZES],
        append_images=images[:-1],
    )
    print(f"wrote {OUT / 'villagedesk.ico'}")


if __name__ == "__main__":
    main()
