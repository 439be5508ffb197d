"""Bearbeiten → Einstellungen… (Strg+,; issue 14 item 8): the language of the UI (B10), the name
the history gives this workstation's changes (B2) and the country in which phone numbers without
a country code are read (R11). Kept in QSettings (ui/settings.py); they apply at the next start.
Which database the workstation opens stays under Datei → Datenbank…."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from kontaktverwaltung.domain.history import default_author
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.countries import fill_country_combo
from kontaktverwaltung.ui.forms import standard_buttons
from kontaktverwaltung.ui.generated.ui_settings_dialog import Ui_SettingsDialog
from kontaktverwaltung.ui.language import AUTOMATIC
from kontaktverwaltung.ui.settings import Settings
from kontaktverwaltung.ui.views import fit_to_content


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.setObjectName("SettingsDialog")
        self.settings = settings or Settings()
        ui = self.ui
        standard_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        for text, value in ((self.tr("Automatisch"), AUTOMATIC), ("Deutsch", "de"), ("English", "en")):
            ui.languageCombo.addItem(text, value)  # each language by its own name
        ui.languageCombo.setCurrentIndex(max(ui.languageCombo.findData(self.settings.language), 0))
        login = default_author()
        ui.authorEdit.setPlaceholderText(login)
        ui.authorEdit.setText(self.settings.author_name)
        ui.authorHint.setText(
            self.tr(
                "Steht bei jeder Änderung, die an diesem Rechner gemacht wird. Leer: der Anmeldename „{0}“."
            ).format(login)
        )
        fill_country_combo(ui.regionCombo, self.settings.phone_region)
        ui.regionHint.setText(
            self.tr(
                "Nummern ohne +Ländervorwahl werden in diesem Land gelesen (in Österreich wird „0664 1234567“ "
                "zu +43 664 1234567). Beim Import gilt zuerst das Land der Zeile oder des Standorts."
            )
        )
        self._before = (self.settings.language, self.settings.author, self.settings.phone_region)
        fit_to_content(self)

    def language(self) -> str:
        """ "auto", "de" or "en" (ui/language.py)."""
        return str(self.ui.languageCombo.currentData() or AUTOMATIC)

    def author(self) -> str:
        return self.ui.authorEdit.text().strip()

    def region(self) -> str:
        return str(self.ui.regionCombo.currentData() or "AT")

    def accept(self) -> None:
        settings = self.settings
        settings.language = self.language()
        settings.author = self.author()
        settings.phone_region = self.region()
        if not settings.save():
            prompts.warn(
                self,
                self.tr("Einstellungen nicht gespeichert"),
                self.tr("Die Einstellungen können nicht gespeichert werden ({0}).").format(
                    settings.qsettings.fileName()
                ),
            )
            return
        super().accept()
        if (settings.language, settings.author, settings.phone_region) != self._before:
            prompts.inform(
                self.parentWidget(),
                self.tr("Einstellungen"),
                self.tr("Gespeichert. Die Änderungen gelten ab dem nächsten Start der Kontaktverwaltung."),
            )
