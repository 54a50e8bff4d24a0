"""Render the app icon into a hicolor icon theme folder: `python render_icons.py OUT` (`make icons`).

The source is resources/icons/myvendors.svg (the icon the app shows in its windows). It is
written as OUT/hicolor/scalable/apps/APP_ID.svg and drawn by QtSvg at every size a desktop asks
for, OUT/hicolor/NxN/apps/APP_ID.png; packaging/linux/myvendors-16.svg, a simpler drawing that
reads at 16 px, is used for the sizes below 24 when it exists. No PNG is kept in git: they are
made at build time from the SVG. Windows' .ico (16…256) is written as OUT/myvendors.ico for the
PyInstaller spec; macOS's .icns needs iconutil on a Mac (packaging/README.md).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.myvendors.MyVendors"
SOURCE = ROOT / "resources" / "icons" / "myvendors.svg"
SMALL_SOURCE = ROOT / "packaging" / "linux" / "myvendors-16.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent size×size image."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not an SVG QtSvg can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def source_for(size: int) -> Path:
    return SMALL_SOURCE if size < 24 and SMALL_SOURCE.exists() else SOURCE


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes only str
    return bytes(data.data())


def ico(images: list[QImage]) -> bytes:
    """A Windows .ico holding PNG-compressed images (Vista and later read those at every size)."""
    pngs = [png_bytes(image) for image in images]
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little") + len(pngs).to_bytes(2, "little")
    entries, offset = b"", 6 + 16 * len(pngs)
    for image, png in zip(images, pngs, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 means 256
        entries += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        entries += len(png).to_bytes(4, "little") + offset.to_bytes(4, "little")
        offset += len(png)
    return header + entries + b"".join(pngs)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    _app = QGuiApplication.instance() or QGuiApplication([])  # QtSvg draws through QPainter, which needs it
    theme = out / "hicolor"
    (theme / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, theme / "scalable" / "apps" / f"{APP_ID}.svg")
    for size in SIZES:
        folder = theme / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{APP_ID}.png"
        if not render(source_for(size), size).save(str(target)):
            raise SystemExit(f"could not write {target}")
    (out / "myvendors.ico").write_bytes(ico([render(source_for(size), size) for size in ICO_SIZES]))
    print(f"{APP_ID}: {len(SIZES)} PNGs and the SVG in {theme}, myvendors.ico in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
