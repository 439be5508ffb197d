"""The app's identity (issue 6): the icon in every size and the About box with what support asks
for first: version, database and data folder."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget

from kontaktverwaltung import __version__
from kontaktverwaltung.ui import identity
from kontaktverwaltung.ui.identity import AboutDialog, app_icon, show_about
from tests.ui.driving import button, click, modal_script

ROOT = Path(__file__).resolve().parents[2]
DATABASE = "postgresql://anna@db.agentur.local:5432/kontakte"


def _text(dialog: QWidget, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def test_the_app_icon_has_every_size_and_is_not_empty(qapp):
    icon = app_icon()
    assert {size.width() for size in icon.availableSizes()} == {16, 24, 32, 48, 64, 128, 256, 512, 1024}
    for side in (16, 32, 256):
        image = icon.pixmap(QSize(side, side)).toImage()
        assert image.size() == QSize(side, side)
        middle = image.pixelColor(side // 2, side // 2)
        assert middle.alpha() == 255  # the tile is opaque where the mark is
        assert image.pixelColor(0, 0).alpha() < 255  # rounded corners


def test_the_about_box_shows_version_licence_database_and_data_folder(qtbot, tmp_path):
    dialog = AboutDialog(None, DATABASE, str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "aboutDialog"
    assert dialog.windowTitle() == "Über Kontaktverwaltung"
    assert __version__ in _text(dialog, "aboutVersion")
    assert "proprietär" in _text(dialog, "aboutLicence")
    assert _text(dialog, "aboutDatabase") == DATABASE
    assert _text(dialog, "aboutDataFolder") == str(tmp_path)
    assert "PySide6" in _text(dialog, "aboutSoftware")
    assert "Python" in _text(dialog, "aboutSoftware")
    assert button(dialog, "closeButton").text() == "Schließen"


def test_the_about_box_s_facts_follow_each_other_without_empty_bands(qtbot, tmp_path):
    """Long paths wrap; the next fact follows right below them (not 20 px further: the gap beside
    the icon that layouts inside the dialog's took as their own spacing)."""
    folder = tmp_path / "ein-sehr-langer-ordnername-fuer-die-daten" / "xdg_data_home" / "Kontaktverwaltung"
    dialog = AboutDialog(None, f"sqlite:///{folder}/kontakte.sqlite3", str(folder))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    facts = [dialog.findChild(QLabel, name) for name in ("aboutDatabase", "aboutDataFolder", "aboutSoftware")]
    assert facts[0].height() > facts[2].height()  # the path wraps
    for above, below in itertools.pairwise(facts):
        assert 0 <= below.y() - (above.y() + above.height()) <= 8


def test_the_data_folder_opens_in_the_file_manager(qtbot, tmp_path, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = AboutDialog(None, DATABASE, str(tmp_path))
    qtbot.addWidget(dialog)
    click(button(dialog, "openDataFolderButton"))
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]


def test_a_data_folder_not_made_yet_cannot_be_opened(qtbot, tmp_path):
    dialog = AboutDialog(None, DATABASE, str(tmp_path / "noch nicht da"))
    qtbot.addWidget(dialog)
    assert not button(dialog, "openDataFolderButton").isEnabled()


def test_show_about_waits_until_closed(qtbot, tmp_path):
    seen: list[str] = []

    def read_and_close(modal: QWidget) -> None:
        assert modal.objectName() == "aboutDialog"
        seen.append(_text(modal, "aboutDataFolder"))
        click(button(modal, "closeButton"))

    with modal_script(read_and_close):
        show_about(None, DATABASE, str(tmp_path))
    assert seen == [str(tmp_path)]


def test_the_default_data_folder_holds_the_local_database(qapp):
    from kontaktverwaltung.domain.urls import default_database_path

    assert Path(identity.default_data_folder()) == default_database_path().parent


def test_the_generated_icon_files_are_fresh():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "app_icon.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
