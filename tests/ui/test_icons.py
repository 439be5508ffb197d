"""Icons are painted from outlines generated from qtawesome (tools/icons.py); qtawesome itself is
not needed at run time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap

from kontaktverwaltung.ui.generated.icon_paths import ICON_PATHS
from kontaktverwaltung.ui.icon_names import ICONS
from kontaktverwaltung.ui.icons import icon

ROOT = Path(__file__).resolve().parents[2]
COLOR = "#c0392b"


def _image(icon_: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QImage:
    return icon_.pixmap(QSize(24, 24), mode).toImage()


@pytest.mark.parametrize("meaning", sorted(ICONS))
def test_every_meaning_paints_its_glyph_in_the_given_colour(qapp, meaning):
    image = _image(icon(meaning, COLOR))
    assert not icon(meaning, COLOR).isNull()
    assert image.size() == QSize(24, 24)
    colours = {image.pixelColor(x, y).name(QColor.NameFormat.HexArgb) for x in range(24) for y in range(24)}
    assert "#ff" + COLOR[1:] in colours  # opaque inside the glyph
    for x, y in ((0, 0), (23, 0), (0, 23), (23, 23)):
        assert image.pixelColor(x, y).alpha() == 0


@pytest.mark.parametrize("meaning", sorted(ICONS))
def test_a_disabled_icon_looks_different(qapp, meaning):
    assert _image(icon(meaning), QIcon.Mode.Disabled) != _image(icon(meaning))


def test_high_dpi_pixmaps_are_painted_in_device_pixels(qapp):
    pixmap = icon("add").pixmap(QSize(24, 24), 2.0)
    assert pixmap.size() == QSize(48, 48)
    assert pixmap.devicePixelRatio() == 2.0


def test_a_modified_copy_of_an_icon_still_paints(qapp):
    # Modifying a shared QIcon makes Qt clone the engine; the clone must outlive the call.
    copy = QIcon(icon("edit", COLOR))
    copy.addPixmap(QPixmap(8, 8))
    image = _image(copy)
    assert any(image.pixelColor(x, 12).name() == COLOR for x in range(24))


def test_the_generated_outlines_cover_the_registry():
    assert set(ICON_PATHS) == set(ICONS)


def test_the_generated_outlines_are_fresh():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "icons.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
