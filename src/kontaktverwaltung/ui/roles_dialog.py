"""Kundenrollen verwalten (S11): which jobs and which applicant data a contact sees in the portal.

Every change goes to the service at once and is handed to ``apply``, which puts it on the main
window's undo stack (B1); the dialog then shows the roles as stored. Only a typed name waits for
"Umbenennen"/"Anlegen" (or Enter), and leaving it unsaved asks first (S12).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHeaderView, QTreeWidgetItem, QWidget

from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.domain.portal import ApplicantData, JobVisibility
from kontaktverwaltung.domain.results import RoleView
from kontaktverwaltung.domain.text import number
from kontaktverwaltung.services import portal
from kontaktverwaltung.services.common import Context, Done
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.forms import FieldErrors
from kontaktverwaltung.ui.generated.ui_roles_dialog import Ui_RolesDialog
from kontaktverwaltung.ui.language import capitalised, translate

_ROLE_ID = Qt.ItemDataRole.UserRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# A new role shows nothing until an administrator decides otherwise.
_NEW_ROLE_ACCESS = (JobVisibility.NONE, ApplicantData.NONE)


def portal_sight(jobs: JobVisibility, applicants: ApplicantData) -> str:
    """What a contact with this role sees in the portal, as one plain German sentence."""
    seen_jobs = {
        JobVisibility.NONE: translate("RolesDialog", "keine Jobs"),
        JobVisibility.OWN: translate("RolesDialog", "nur die Jobs, für die er zuständig ist,"),
        JobVisibility.LOCATION: translate("RolesDialog", "die Jobs seines Standorts"),
        JobVisibility.CUSTOMER: translate("RolesDialog", "alle Jobs des Kunden"),
    }[jobs]
    return translate("RolesDialog", "Im Kundenportal sieht ein Ansprechpartner mit dieser Rolle {0} und {1}.").format(
        seen_jobs, applicants.label()
    )


def _holders(role: RoleView, is_default: bool) -> str:
    if role.contact_count == 0:
        text = translate("RolesDialog", "Kein Ansprechpartner hat diese Rolle.")
    elif role.contact_count == 1:
        text = translate("RolesDialog", "Ein Ansprechpartner hat diese Rolle.")
    else:
        text = translate("RolesDialog", "{0} Ansprechpartner haben diese Rolle.").format(number(role.contact_count))
    if is_default:  # the services give new contacts the first role of the list
        text += " " + translate("RolesDialog", "Neue Ansprechpartner bekommen sie automatisch.")
    return text


class RolesDialog(QDialog):
    """The list of customer roles and, for the chosen one, its name and portal access.

    ``apply`` receives every change the service made (the main window pushes it onto its undo
    stack); ``ctx`` says who makes the changes.
    """

    def __init__(self, parent: QWidget | None, apply: Callable[[Done[Any]], Any], ctx: Context | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RolesDialog()
        self.ui.setupUi(self)
        self._apply = apply
        self._ctx = ctx or Context.default()
        self._roles: list[RoleView] = []
        self._shown: RoleView | None = None  # the role the right-hand side shows
        self._drafting = False  # the right-hand side holds a new role, not created yet
        ui = self.ui

        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Schließen"))
        close.setObjectName("closeButton")
        close.setAutoDefault(False)  # Enter belongs to the name field, never to "Schließen"

        header = ui.roleList.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.roleList.headerItem().setTextAlignment(1, _RIGHT)

        for visibility in JobVisibility:
            ui.jobsCombo.addItem(capitalised(visibility.label()), visibility.value)
        for applicants in ApplicantData:
            ui.applicantsCombo.addItem(capitalised(applicants.label()), applicants.value)
        for combo in (ui.jobsCombo, ui.applicantsCombo):  # a long label must not squeeze the field's name
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)

        self.errors = FieldErrors(ui.generalError, {"name": (ui.nameEdit, ui.nameError)})

        ui.roleList.currentItemChanged.connect(self._role_clicked)
        ui.newButton.clicked.connect(self.start_new_role)
        ui.deleteButton.clicked.connect(self.delete_role)
        ui.renameButton.clicked.connect(self.save_name)
        ui.createButton.clicked.connect(self.save_name)
        ui.nameEdit.returnPressed.connect(self.save_name)
        ui.nameEdit.textChanged.connect(lambda _text: self._update_buttons())
        ui.jobsCombo.activated.connect(lambda _index: self._access_chosen())
        ui.applicantsCombo.activated.connect(lambda _index: self._access_chosen())

        self.refresh()
        ui.roleList.setFocus()

    # --- what is shown --------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None, keep_typed_name: bool = False) -> None:
        """Show the roles as stored and select ``select_id`` (default: the one shown so far, else
        the role now in its row). ``keep_typed_name`` keeps a name typed for that same role."""
        previous = None if self._drafting else self._shown
        wanted = select_id if select_id is not None else (previous.id if previous else None)
        old_row = next((i for i, r in enumerate(self._roles) if previous and r.id == previous.id), 0)
        self._roles = portal.roles()
        tree = self.ui.roleList
        tree.blockSignals(True)
        try:
            tree.clear()
            for role in self._roles:
                item = QTreeWidgetItem([role.name, number(role.contact_count)])
                item.setData(0, _ROLE_ID, role.id)
                item.setTextAlignment(1, _RIGHT)
                item.setToolTip(0, f"{role.name}\n{portal_sight(role.job_visibility, role.applicant_data)}")
                tree.addTopLevelItem(item)
        finally:
            tree.blockSignals(False)
        if self._drafting and select_id is None:
            self._select(None)  # keep entering the new role
            return
        if not self._roles:
            self._select(None)
            self.start_new_role()
            return
        chosen = next((r for r in self._roles if r.id == wanted), self._roles[min(old_row, len(self._roles) - 1)])
        keep = keep_typed_name and previous is not None and chosen.id == previous.id
        self._select(chosen.id, keep_typed_name=keep)

    def _select(self, role_id: int | None, keep_typed_name: bool = False) -> None:
        tree = self.ui.roleList
        tree.blockSignals(True)
        try:
            items = (tree.topLevelItem(row) for row in range(tree.topLevelItemCount()))
            item = next((i for i in items if i is not None and i.data(0, _ROLE_ID) == role_id), None)
            if item is not None:
                tree.setCurrentItem(item)
                tree.scrollToItem(item)
            else:
                tree.clearSelection()
                tree.setCurrentIndex(QModelIndex())
        finally:
            tree.blockSignals(False)
        role = next((r for r in self._roles if r.id == role_id), None)
        if role is not None:
            self._show_role(role, keep_typed_name)

    def _show_role(self, role: RoleView, keep_typed_name: bool = False) -> None:
        ui = self.ui
        self._shown = role
        self._drafting = False
        ui.detailsBox.setTitle(self.tr("Ausgewählte Rolle"))  # not the name: a long one would widen the dialog
        if not keep_typed_name:
            ui.nameEdit.setText(role.name)
            ui.nameEdit.setCursorPosition(0)  # a long name shows its start
            self.errors.clear()
        self._show_access(role.job_visibility, role.applicant_data)
        ui.usageLabel.setText(_holders(role, is_default=role.id == self._roles[0].id))
        ui.renameButton.setVisible(True)
        ui.createButton.setVisible(False)
        self._update_buttons()

    def _show_access(self, jobs: JobVisibility, applicants: ApplicantData) -> None:
        ui = self.ui
        ui.jobsCombo.setCurrentIndex(ui.jobsCombo.findData(jobs.value))
        ui.applicantsCombo.setCurrentIndex(ui.applicantsCombo.findData(applicants.value))
        ui.summaryLabel.setText(portal_sight(jobs, applicants))

    def _chosen_access(self) -> tuple[JobVisibility, ApplicantData]:
        ui = self.ui
        return JobVisibility(ui.jobsCombo.currentData()), ApplicantData(ui.applicantsCombo.currentData())

    def _update_buttons(self) -> None:
        ui = self.ui
        role = None if self._drafting else self._shown
        ui.deleteButton.setEnabled(role is not None)
        ui.renameButton.setEnabled(role is not None and ui.nameEdit.text().strip() != role.name)

    def _name_pending(self) -> bool:
        """Whether the right-hand side holds input that is not stored yet."""
        if self._drafting:
            return bool(self.ui.nameEdit.text().strip()) or self._chosen_access() != _NEW_ROLE_ACCESS
        return self._shown is not None and self.ui.nameEdit.text().strip() != self._shown.name

    def _leave_pending(self) -> bool:
        """Before the shown input is replaced: True to go on (saved or discarded), False to stay."""
        if not self._name_pending():
            return True
        choice = prompts.ask_unsaved_changes(self)
        if choice == "cancel":
            return False
        if choice == "discard":
            return True
        return self.save_name()

    def _role_clicked(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        role_id = current.data(0, _ROLE_ID) if current is not None else None
        if role_id is None:
            return
        if not self._name_pending():
            self._select(role_id)
            return
        # Asking (and saving, which rebuilds the list) must wait until the list has finished
        # changing its current item: clearing it from inside this signal would pull the items
        # out from under the view.
        QTimer.singleShot(0, self, partial(self._leave_for, role_id))

    def _leave_for(self, role_id: int) -> None:
        if self._leave_pending():
            self._select(role_id)
        else:
            self._select(None if self._drafting or self._shown is None else self._shown.id, keep_typed_name=True)

    # --- changes --------------------------------------------------------------------------------

    def start_new_role(self) -> None:
        """ "Neue Rolle": enter the name (and access) of a role that "Anlegen" then creates."""
        if self._drafting:
            self.ui.nameEdit.setFocus()
            return
        if not self._leave_pending():
            return
        ui = self.ui
        self._select(None)
        self._shown = None
        self._drafting = True
        ui.detailsBox.setTitle(self.tr("Neue Rolle"))
        ui.nameEdit.clear()
        self.errors.clear()
        self._show_access(*_NEW_ROLE_ACCESS)
        ui.usageLabel.setText(self.tr("Die Rolle wird angelegt, sobald Sie auf „Anlegen“ klicken."))
        ui.renameButton.setVisible(False)
        ui.createButton.setVisible(True)
        self._update_buttons()
        ui.nameEdit.setFocus()

    def save_name(self) -> bool:
        """ "Anlegen" for a new role, "Umbenennen" for the shown one. A refused name is shown at
        the field and nothing is saved (R11)."""
        role = self._shown
        name = self.ui.nameEdit.text()
        try:
            if self._drafting:
                done: Done[int] = portal.create_role(self._ctx, name, *self._chosen_access())
                select_id = done.value
            elif role is None or name.strip() == role.name:
                return True
            else:
                done = portal.edit_role(
                    self._ctx, role.id, role.version, name, role.job_visibility, role.applicant_data
                )
                select_id = role.id
        except DomainError as error:
            self._refused(error)
            return False
        self._apply(done)
        self.refresh(select_id)
        return True

    def _access_chosen(self) -> None:
        """A new choice of visible jobs or applicant data applies at once (a new role: on "Anlegen")."""
        jobs, applicants = self._chosen_access()
        self.ui.summaryLabel.setText(portal_sight(jobs, applicants))
        role = None if self._drafting else self._shown
        if role is None or (jobs, applicants) == (role.job_visibility, role.applicant_data):
            return
        if role.contact_count and not prompts.ask_role_access_change(
            self, role.name, role.contact_count, portal_sight(jobs, applicants)
        ):  # what people see in the portal changes for all of them: ask first
            self._show_access(role.job_visibility, role.applicant_data)
            return
        try:
            done = portal.edit_role(self._ctx, role.id, role.version, role.name, jobs, applicants)
        except DomainError as error:
            self._refused(error)
            return
        self._apply(done)
        self.refresh(keep_typed_name=True)

    def delete_role(self) -> None:
        """A role in use needs a replacement for its contacts; an unused one a plain yes (S11)."""
        role = None if self._drafting else self._shown
        if role is None:
            return
        others = [(r.id, r.name) for r in self._roles if r.id != role.id]
        title = self.tr("Kundenrolle löschen")
        if role.contact_count:
            if not others:
                prompts.warn(
                    self,
                    title,
                    self.tr(
                        "„{0}“ ist die einzige Rolle, und Ansprechpartner haben sie. Legen Sie zuerst eine "
                        "andere Rolle an, die sie stattdessen bekommen."
                    ).format(role.name),
                )
                return
            replacement = prompts.ask_replacement_role(self, role.name, role.contact_count, others)
            if replacement is None:
                return
            select_id: int | None = replacement
        else:
            question = self.tr("Die Kundenrolle „{0}“ löschen? Kein Ansprechpartner hat sie.").format(role.name)
            if not prompts.confirm(self, title, question):
                return
            replacement = None
            row = next(i for i, r in enumerate(self._roles) if r.id == role.id)
            select_id = others[min(row, len(others) - 1)][0] if others else None
        try:
            done = portal.delete_role(self._ctx, role.id, replacement)
        except DomainError as error:
            self._refused(error)
            return
        self._apply(done)
        self.refresh(select_id)

    def _refused(self, error: DomainError) -> None:
        """Show what the service refused. Anything but a bad name may mean the roles changed
        meanwhile (another user, B5), so they are shown afresh, keeping what was typed."""
        if not error.for_field("name"):
            self.refresh(keep_typed_name=True)
        self.errors.show(error)

    def reject(self) -> None:
        if not self._leave_pending():
            return
        super().reject()
