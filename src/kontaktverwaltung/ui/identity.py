"""The app's identity: its icon (every window's, from ui/app_icon.py) and the About box (issue 6)."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kontaktverwaltung import __version__
from kontaktverwaltung.ui.app_icon import ICON_SIZES, app_icon

__all__ = ["ICON_SIZES", "AboutDialog", "app_icon", "default_data_folder", "show_about"]

ABOUT_ICON_SIZE = 96
COPYRIGHT_YEAR = 2026


def default_data_folder() -> str:
    """Where the local database (and its backups) live: the user's data folder (platformdirs)."""
    from kontaktverwaltung.domain.urls import default_database_path

    return str(default_database_path().parent)


class AboutDialog(QDialog):
    """„Über Kontaktverwaltung“: icon, name, version, licence, the database in use, the data
    folder and the versions of Qt, PySide6 and Python (for a support request)."""

    def __init__(self, parent: QWidget | None, database_description: str, data_folder: str) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Über Kontaktverwaltung"))
        self.setWindowIcon(app_icon())
        self._data_folder = data_folder

        picture = QLabel()
        picture.setObjectName("aboutIcon")
        picture.setPixmap(app_icon().pixmap(QSize(ABOUT_ICON_SIZE, ABOUT_ICON_SIZE), self.devicePixelRatioF()))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)

        name = QLabel(self.tr("Kontaktverwaltung"))
        name.setObjectName("aboutName")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        name.setFont(font)
        version = QLabel(self.tr("Version {0}").format(__version__))
        version.setObjectName("aboutVersion")
        description = QLabel(
            self.tr(
                "Kunden, ihre Standorte und die Ansprechpartner an jedem Standort – und wer davon sich "
                "im Kundenportal der Agentur anmelden darf."
            )
        )
        description.setWordWrap(True)
        licence = QLabel(
            self.tr("Lizenz: proprietär – © {0} Kontaktverwaltung. Alle Rechte vorbehalten.").format(COPYRIGHT_YEAR)
        )
        licence.setObjectName("aboutLicence")
        licence.setWordWrap(True)

        # A grid, not a form layout: a form gives a row of wrapped lines more height than they
        # take and puts its name in the middle of it (empty bands between the rows)
        facts = QGridLayout()
        facts.setColumnStretch(1, 1)
        facts.setHorizontalSpacing(12)
        facts.setVerticalSpacing(6)  # (a layout inside another takes its spacing: 20, the icon's gap)
        database = self._fact("aboutDatabase", database_description)
        folder = self._fact("aboutDataFolder", data_folder)
        software = self._fact(
            "aboutSoftware",
            self.tr("Qt {0}, PySide6 {1}, Python {2}").format(
                qVersion(), PySide6.__version__, platform.python_version()
            ),
        )
        for row, (title, fact) in enumerate(
            ((self.tr("Datenbank:"), database), (self.tr("Datenordner:"), folder), (self.tr("Software:"), software))
        ):
            facts.addWidget(QLabel(title), row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            facts.addWidget(fact, row, 1)

        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(name)
        text.addWidget(version)
        text.addSpacing(8)
        text.addWidget(description)
        text.addSpacing(4)
        text.addWidget(licence)
        text.addSpacing(8)
        text.addLayout(facts)
        text.addStretch(1)

        top = QHBoxLayout()
        top.setSpacing(20)
        top.addWidget(picture)
        top.addLayout(text, 1)

        self.open_folder_button = QPushButton(self.tr("&Datenordner öffnen"))
        self.open_folder_button.setObjectName("openDataFolderButton")
        if not Path(data_folder).is_dir():  # e.g. on a server database nothing was written locally yet
            self.open_folder_button.setEnabled(False)
            self.open_folder_button.setToolTip(self.tr("Den Ordner gibt es noch nicht."))
        self.open_folder_button.clicked.connect(self.open_data_folder)
        close = QPushButton(self.tr("Schließen"))
        close.setObjectName("closeButton")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()  # the same order on every platform: the folder left, closing right
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.addLayout(top)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.resize(560, layout.heightForWidth(560))  # wrapped lines at this width, no empty band

    def _fact(self, name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # beside its name, not below it
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy into an e-mail
        return label

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self._data_folder))


def show_about(parent: QWidget | None, database_description: str, data_folder: str) -> None:
    """Show the About box until the user closes it."""
    dialog = AboutDialog(parent, database_description, data_folder)
    dialog.exec()
    dialog.deleteLater()
