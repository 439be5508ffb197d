"""B7 "Als dieser Ansprechpartner ansehen": what the contact would see in the customer portal."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kontaktverwaltung.domain.channels import ChannelKind
from kontaktverwaltung.domain.portal import JobVisibility
from kontaktverwaltung.domain.records import ChannelView, ContactCard
from kontaktverwaltung.domain.results import PortalPreview
from kontaktverwaltung.domain.text import counted
from kontaktverwaltung.ui.generated.ui_portal_preview_dialog import Ui_PortalPreviewDialog


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


class PortalPreviewDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, card: ContactCard, channels: tuple[ChannelView, ...], preview: PortalPreview
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PortalPreviewDialog()
        ui.setupUi(self)
        self.setObjectName("PortalPreviewDialog")
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Schließen"))
        ui.buttonBox.rejected.connect(self.reject)
        ui.headline.setText(self.tr("<h3>{0} im Kundenportal</h3>").format(escape(card.name())))
        readiness = preview.readiness
        ui.loginLabel.setText(("✔ " if readiness.can_login else "✖ ") + readiness.summary())
        ui.loginLabel.setStyleSheet("color: #1e7b34;" if readiness.can_login else "color: #b3261e;")
        quoted = self.tr("„{0}“")  # English quotes in English
        names = [quoted.format(card.username)] if card.username else []
        names += [quoted.format(c.display) for c in channels if c.kind == ChannelKind.EMAIL.value]
        if names:
            lead = self.tr("Anmeldung mit") if readiness.can_login else self.tr("Sobald möglich, Anmeldung mit")
            either = " " + self.tr("oder") + " "
            joined = either.join(filter(None, [", ".join(names[:-1]), names[-1]]))
            ui.loginNames.setText(f"{lead} {joined}.")
        else:
            ui.loginNames.setText(self.tr("Noch kein Benutzername und keine E-Mail-Adresse."))
        ui.loginNames.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        ui.roleLabel.setText(preview.role_name or self.tr("keine Rolle"))
        ui.jobVisibilityLabel.setText(_sentence(preview.job_visibility.label()))
        ui.applicantDataLabel.setText(_sentence(preview.applicant_data.label()))
        for job in preview.jobs:
            if job.responsible_name:
                ui.jobsList.addItem(self.tr("{0} – verantwortlich: {1}").format(job.title, job.responsible_name))
            else:
                ui.jobsList.addItem(job.title)
        if preview.jobs:
            ui.jobsGroup.setTitle(
                self.tr("Freigegebene Jobs, die diese Person sieht ({0})").format(
                    counted(len(preview.jobs), self.tr("Job"), self.tr("Jobs"))
                )
            )
        layout = ui.mainLayout
        for index in range(layout.count()):  # the list takes the room; the rest keeps its height
            item = layout.itemAt(index)
            layout.setStretch(index, 1 if item is not None and item.widget() is ui.jobsGroup and preview.jobs else 0)
        ui.jobsList.setVisible(bool(preview.jobs))
        if not preview.jobs:  # one sentence instead of the list: the dialog only as tall as it needs
            layout.insertStretch(layout.indexOf(ui.buttonBox), 1)
            self.resize(self.width(), self.minimumSizeHint().height())
        if preview.jobs:
            ui.jobsEmpty.hide()
        elif preview.job_visibility is JobVisibility.NONE:
            ui.jobsEmpty.setText(self.tr("Mit dieser Rolle sieht die Person keine Jobs."))
        else:
            ui.jobsEmpty.setText(
                self.tr("Zurzeit ist kein Job freigegeben, den diese Person mit ihrer Rolle sehen würde.")
            )
