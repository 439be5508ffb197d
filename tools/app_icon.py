"""Render the app icon (resources/icon/*.svg) into the PNG sizes, the Windows .ico and the macOS .icns.

python tools/app_icon.py          regenerate
python tools/app_icon.py --check  fail when a committed icon file is missing or stale

Written:
  src/kontaktverwaltung/resources/icon/kontaktverwaltung-<N>.png   the window icon (ui/app_icon.py)
  packaging/kontaktverwaltung.ico    16–256 px, for the Windows executable and the installer
  packaging/kontaktverwaltung.icns   16@2x–512@2x, for the macOS bundle

Sizes up to 32 px are rendered from kontaktverwaltung-small.svg (the mark drawn on a 16 px grid),
larger ones from kontaktverwaltung.svg. Only Qt (QtSvg, part of PySide6-Essentials) is needed;
the .ico and .icns containers are simple enough to write here.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icon" / "kontaktverwaltung.svg"
SMALL_SOURCE = ROOT / "resources" / "icon" / "kontaktverwaltung-small.svg"
PNG_FOLDER = ROOT / "src" / "kontaktverwaltung" / "resources" / "icon"
ICO = ROOT / "packaging" / "kontaktverwaltung.ico"
ICNS = ROOT / "packaging" / "kontaktverwaltung.icns"

SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
SMALL_UP_TO = 32
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Types of PNG entries in an .icns (macOS 10.7+), with the pixel size each holds.
ICNS_ENTRIES = (
    (b"ic11", 32),  # 16 pt @2x
    (b"ic12", 64),  # 32 pt @2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128 pt @2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256 pt @2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 pt @2x
)
# --check compares pixels, not bytes: another Qt release may round an anti-aliased edge differently.
TOLERANCE = 24  # per channel, 0–255

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # works without a display

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402


def png_path(size: int) -> Path:
    return PNG_FOLDER / f"kontaktverwaltung-{size}.png"


def render(size: int) -> QImage:
    source = SMALL_SOURCE if size <= SMALL_UP_TO else SOURCE
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"{source}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, b"PNG"):
        raise OSError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def _dib(image: QImage) -> bytes:
    """An icon entry as Windows has always read it: BITMAPINFOHEADER, 32-bit BGRA rows bottom-up
    (height doubled for the AND mask), then the 1-bit AND mask (set where fully transparent)."""
    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    mask_stride = ((size + 31) // 32) * 4
    pixels = bytearray()
    mask = bytearray()
    for y in reversed(range(size)):
        row_mask = bytearray(mask_stride)
        for x in range(size):
            value = argb.pixel(x, y)  # 0xAARRGGBB
            pixels += struct.pack("<I", value)  # little-endian: B, G, R, A
            if value >> 24 == 0:
                row_mask[x // 8] |= 0x80 >> (x % 8)
        mask += row_mask
    header = struct.pack("<IiiHHIIiiII", 40, size, 2 * size, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + bytes(pixels) + bytes(mask)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A multi-size .ico: bitmaps below 256 px (every Windows reads them), PNG at 256 px."""
    entries = []
    for size in ICO_SIZES:
        if size >= 256:
            entries.append((size, pngs[size]))
        else:
            entries.append((size, _dib(QImage.fromData(pngs[size]))))  # (the format read from the data)
    offset = 6 + 16 * len(entries)
    directory = struct.pack("<HHH", 0, 1, len(entries))
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return directory + b"".join(data for _size, data in entries)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_ENTRIES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def _differs(committed: Path, fresh: QImage) -> bool:
    old = QImage(str(committed))
    if old.isNull() or old.size() != fresh.size():
        return True
    old = old.convertToFormat(QImage.Format.Format_ARGB32)
    if bytes(old.constBits()) == bytes(fresh.constBits()):
        return False
    for y in range(old.height()):
        for x in range(old.width()):
            a, b = old.pixel(x, y), fresh.pixel(x, y)
            if a != b and any(abs((a >> s & 0xFF) - (b >> s & 0xFF)) > TOLERANCE for s in (0, 8, 16, 24)):
                return True
    return False


def main(check: bool) -> int:
    _app = QGuiApplication.instance() or QGuiApplication([])
    images = {size: render(size) for size in SIZES}
    if check:
        stale = [png_path(size) for size, image in images.items() if _differs(png_path(size), image)]
        if not stale:  # the containers are made from the committed PNGs, byte for byte
            pngs = {size: png_path(size).read_bytes() for size in SIZES}
            stale += [
                path for path, data in ((ICO, ico_bytes(pngs)), (ICNS, icns_bytes(pngs))) if not _same(path, data)
            ]
        if stale:
            print("Veraltete oder fehlende App-Icons (python tools/app_icon.py ausführen):")
            for path in stale:
                print(f"  {path.relative_to(ROOT)}")
            return 1
        return 0
    pngs = {size: png_bytes(image) for size, image in images.items()}
    PNG_FOLDER.mkdir(parents=True, exist_ok=True)
    for stale_png in PNG_FOLDER.glob("kontaktverwaltung-*.png"):  # sizes no longer made
        stale_png.unlink()
    for size, data in pngs.items():
        png_path(size).write_bytes(data)
    ICO.write_bytes(ico_bytes(pngs))
    ICNS.write_bytes(icns_bytes(pngs))
    return 0


def _same(path: Path, data: bytes) -> bool:
    return path.exists() and path.read_bytes() == data


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv[1:]))
