"""Render the app icon's PNG sizes from its SVG (the one source of the icon).

    python packaging/render_icons.py            # resources/icons/hicolor/NxN/apps/*.png
    python packaging/render_icons.py --check    # exit 1 when a committed PNG is stale
    python packaging/render_icons.py --ico OUT.ico --icns OUT.icns   # needs Pillow

Qt's own SVG renderer draws them (PySide6 is already here), so no other tool is
needed; Pillow, only in the build venv, packs the Windows ``.ico`` and the macOS
``.icns`` from those PNGs.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.seasonplanner.SeasonPlanner"
SVG = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The hicolor sizes desktops look for, 16 px (menus, title bars) to 512 px (stores)."""


def png_path(size: int) -> Path:
    return ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int) -> bytes:
    """The icon drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["render_icons", "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def write_pngs() -> None:
    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render(size))


def stale_pngs() -> list[Path]:
    """Committed PNGs that differ from a fresh rendering of the SVG."""
    return [
        png_path(size)
        for size in SIZES
        if not png_path(size).exists()
        or _pixels(png_path(size).read_bytes()) != _pixels(render(size))
    ]


def _pixels(png: bytes) -> bytes:
    from PySide6.QtGui import QImage

    image = QImage.fromData(png, "PNG").convertToFormat(QImage.Format.Format_ARGB32)
    return bytes(image.constBits())


def write_ico_icns(ico: Path | None, icns: Path | None) -> None:
    from PIL import Image  # the build venv's Pillow

    # Each size as Qt drew it, not scaled down from the largest: small sizes stay crisp.
    drawn = {s: Image.open(io.BytesIO(png_path(s).read_bytes())) for s in SIZES}
    if ico is not None:
        ico_sizes = [s for s in SIZES if s <= 256]  # the format's largest
        drawn[256].save(
            ico, sizes=[(s, s) for s in ico_sizes], append_images=[drawn[s] for s in ico_sizes]
        )
    if icns is not None:
        drawn[512].save(icns, append_images=[drawn[s] for s in SIZES if s != 512])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed PNGs")
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico (needs Pillow)")
    parser.add_argument("--icns", type=Path, help="also write a macOS .icns (needs Pillow)")
    args = parser.parse_args()
    if args.check:
        stale = stale_pngs()
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)} (run packaging/render_icons.py)")
        return 1 if stale else 0
    if args.ico or args.icns:
        write_ico_icns(args.ico, args.icns)
    else:
        write_pngs()
    return 0


if __name__ == "__main__":
    sys.exit(main())
