"""The dialog "Ansprechpartner bearbeiten", driven as a user would, and the database afterwards
(S7–S13, R1, R2, R3, R4, R11, B11, B12). Every test here runs on SQLite, PostgreSQL and MariaDB."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from kontaktverwaltung.domain.contact import InactiveReason, Salutation
from kontaktverwaltung.services import common, contacts, portal
from kontaktverwaltung.services.common import Context, Done
from kontaktverwaltung.services.contact_form import save_contact
from kontaktverwaltung.ui.contact_dialog import NOBODY, ChannelRow, ContactDialog
from kontaktverwaltung.ui.forms import run_until_saved
from tests.conftest import dump_database
from tests.factories import make_contact, make_customer, make_location
from tests.ui.driving import button, click, modal_script, retype, shown_error, type_text

pytestmark = pytest.mark.usefixtures("db")

NO_RELEASED_JOB = "Ein Passwort kann erst gesetzt werden, wenn ein Job dieses Kunden für Portale freigegeben ist."


# --- driving the form -----------------------------------------------------------------------------


def open_dialog(qtbot, location: int, contact: int | None = None, deactivate: bool = False) -> ContactDialog:
    card = contacts.contact_card(contact) if contact is not None else None
    dialog = ContactDialog(None, location, card, deactivate=deactivate)
    qtbot.addWidget(dialog)
    return dialog


def run(dialog: ContactDialog, ctx: Context, *steps: Callable[[QWidget], None]) -> Done[int] | None:
    """Show the dialog as the main window does: until ``save_contact`` takes it or the user cancels."""
    with modal_script(*steps):
        return run_until_saved(dialog, lambda: save_contact(ctx, dialog.contact_id, dialog.version, dialog.value()))


def leave(edit: QLineEdit) -> None:
    """Tab out of a field, as a user moves on to the next one."""
    edit.setFocus(Qt.FocusReason.MouseFocusReason)
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert not edit.hasFocus()


def type_into(edit: QLineEdit, text: str) -> None:
    """Click into a field and type: clicking anything else afterwards leaves it."""
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton)
    type_text(edit, text)


def toggle(check: QCheckBox) -> None:
    """Space on the focused check box (a click in the middle of a wide one would miss its text)."""
    assert check.isEnabled(), check.objectName()
    check.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(check, Qt.Key.Key_Space)


def choose(combo: QComboBox, text: str) -> None:
    """Pick an entry with the arrow keys, as a user does without opening the list."""
    assert combo.isEnabled(), combo.objectName()
    wanted = combo.findText(text)
    assert wanted >= 0, f"{text!r} not in {items(combo)}"
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    key = Qt.Key.Key_Down if wanted > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentIndex() == wanted:
            break
        QTest.keyClick(combo, key)
    assert combo.currentText() == text


def add_row(qtbot, dialog: ContactDialog, phones: bool = False) -> ChannelRow:
    """Click "E-Mail hinzufügen" or "Telefon hinzufügen": a new row, with the cursor in it."""
    click(dialog.ui.addPhoneButton if phones else dialog.ui.addEmailButton)
    row = (dialog.phones if phones else dialog.emails).rows[-1]
    qtbot.waitUntil(row.isVisible)  # Qt shows a widget added to a shown window from the event loop
    assert dialog.focusWidget() is row.edit
    return row


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def shown_rows(rows: list[ChannelRow]) -> list[str]:
    return [row.edit.text() for row in rows]


def stored_channels(contact_id: int) -> list[tuple[str, str, str, bool]]:
    return [(c.kind, c.display, c.label, c.is_primary) for c in contacts.channels_of(contact_id)]


def released_job(ctx: Context, customer: int, responsible: int | None = None, title: str = "Buchhaltung") -> int:
    job = portal.create_job(ctx, customer, title, responsible).value
    portal.set_job_released(ctx, job, True)
    return job


def wait_for_username(qtbot, dialog: ContactDialog, text: str) -> None:
    """The username follows the name 250 ms after the last keystroke (R1)."""
    qtbot.waitUntil(lambda: dialog.ui.usernameEdit.text() == text, timeout=2000)


def discard(modal: QWidget) -> None:
    assert modal.objectName() == "unsavedChangesBox", modal.objectName()
    click(button(modal, "discardButton"))


# --- a new contact (S7, S8, S10, R1, B1) ----------------------------------------------------------


def test_a_new_contact_is_saved_as_typed_and_undone_in_one_step(qtbot, ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    before = dump_database()
    dialog = open_dialog(qtbot, location)
    assert dialog.objectName() == "ContactDialog"
    assert dialog.windowTitle() == "Neuer Ansprechpartner – Alpenbau GmbH"  # the customer named (issue 14)

    def fill_in(modal: QWidget) -> None:
        assert modal is dialog and dialog.focusWidget() is dialog.ui.firstNameEdit
        choose(dialog.ui.salutationCombo, "Herr")
        type_text(dialog.ui.firstNameEdit, "Jürgen")
        type_text(dialog.ui.lastNameEdit, "Weiß")
        wait_for_username(qtbot, dialog, "jweiss")
        type_text(dialog.ui.positionEdit, "Leitung Einkauf")

        emails = dialog.emails
        type_text(emails.rows[0].edit, "j.weiss@alpenbau.at")
        type_text(add_row(qtbot, dialog).edit, "juergen.weiss@gmx.at")
        choose(emails.rows[1].kind, "Privat")
        type_text(add_row(qtbot, dialog).edit, "weiss.alt@alpenbau.at")
        click(emails.rows[1].primary)  # the private address is the one the card shows
        click(emails.rows[2].remove)  # the old address goes again
        assert shown_rows(emails.rows) == ["j.weiss@alpenbau.at", "juergen.weiss@gmx.at"]
        assert dialog.focusWidget() is emails.rows[1].edit  # the keyboard stays in the list
        assert [row.primary.isChecked() for row in emails.rows] == [False, True]

        phones = dialog.phones
        type_text(phones.rows[0].edit, "01 5123456")
        type_text(add_row(qtbot, dialog, phones=True).edit, "0664 1234567")
        choose(phones.rows[1].kind, "Mobil")
        click(button(dialog, "saveButton"))

    done = run(dialog, ctx, fill_in)

    assert done is not None
    card = contacts.contact_card(done.value)
    assert (card.display_name, card.position, card.username) == ("Herr Jürgen Weiß", "Leitung Einkauf", "jweiss")
    assert (card.primary_email, card.primary_phone, card.active, card.role_name) == (
        "juergen.weiss@gmx.at",
        "01 5123456",
        True,
        "Standard",
    )
    assert stored_channels(done.value) == [
        ("email", "j.weiss@alpenbau.at", "Arbeit", False),
        ("email", "juergen.weiss@gmx.at", "Privat", True),
        ("phone", "01 5123456", "", True),
        ("mobile", "0664 1234567", "", False),
    ]
    assert str(done.change.description) == "Ansprechpartner „Herr Jürgen Weiß“ anlegen"
    after = dump_database()
    common.undo(done.change)  # one step takes it all back
    assert dump_database() == before
    common.redo(done.change)
    assert dump_database() == after


def test_the_username_skips_one_taken_at_any_customer_and_stops_following_once_typed(qtbot, ctx):
    make_contact(ctx, make_location(ctx, make_customer(ctx, "Andere GmbH")), "Jürgen", "Weiss")
    location = make_location(ctx, make_customer(ctx))
    dialog = open_dialog(qtbot, location)

    def fill_in(modal: QWidget) -> None:
        type_text(dialog.ui.firstNameEdit, "Jürgen")
        type_text(dialog.ui.lastNameEdit, "Weiß")
        wait_for_username(qtbot, dialog, "jweiss2")
        assert shown_error(dialog, "usernameError") == ""
        retype(dialog.ui.usernameEdit, "juergen.weiss")
        type_text(dialog.ui.lastNameEdit, "-Huber")
        qtbot.wait(300)  # longer than the debounce: a typed username is never rewritten
        assert dialog.ui.usernameEdit.text() == "juergen.weiss"
        click(button(dialog, "saveButton"))

    done = run(dialog, ctx, fill_in)
    assert done is not None
    assert contacts.contact_card(done.value).username == "juergen.weiss"


# --- validation at the field (R11) ----------------------------------------------------------------


def test_a_phone_number_is_formatted_as_the_field_is_left(qtbot, ctx):
    dialog = open_dialog(qtbot, make_location(ctx, make_customer(ctx)))

    def type_and_leave(modal: QWidget) -> None:
        edit = dialog.phones.rows[0].edit
        type_into(edit, "06641234567")
        leave(edit)
        assert edit.text() == "0664 1234567"
        retype(edit, "+49301234567")
        leave(edit)
        assert edit.text() == "+49 30 1234567"  # another country: international form
        assert shown_error(dialog, "phoneError0") == ""
        click(button(dialog, "cancelButton"))

    assert run(dialog, ctx, type_and_leave, discard) is None


def test_a_bad_email_is_named_at_its_row_and_nothing_is_saved(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx))
    before = dump_database()
    dialog = open_dialog(qtbot, location)
    bad = "„anna@firma“ ist keine gültige E-Mail-Adresse (Beispiel: name@firma.at)."

    def type_a_bad_address_below_a_blank_row(modal: QWidget) -> None:
        type_text(dialog.ui.firstNameEdit, "Anna")
        type_text(dialog.ui.lastNameEdit, "Bäcker")
        type_into(dialog.phones.rows[0].edit, "06641234567")
        edit = add_row(qtbot, dialog).edit  # the first row stays blank
        type_text(edit, "anna@firma")
        leave(edit)
        assert shown_error(dialog, "emailError1") == bad  # at once, under the row it was typed in
        assert shown_error(dialog, "emailError0") == ""
        click(button(dialog, "saveButton"))

    def refused(modal: QWidget) -> None:
        assert modal is dialog  # still open, with everything typed
        assert shown_error(dialog, "emailError1") == bad
        assert shown_error(dialog, "emailError0") == ""
        assert dialog.focusWidget() is dialog.emails.rows[1].edit
        assert (dialog.ui.firstNameEdit.text(), dialog.ui.lastNameEdit.text()) == ("Anna", "Bäcker")
        assert shown_rows(dialog.emails.rows) == ["", "anna@firma"]
        assert shown_rows(dialog.phones.rows) == ["0664 1234567"]
        assert dump_database() == before
        click(dialog.emails.rows[0].remove)  # the blank row goes: the bad one is now the first
        click(button(dialog, "saveButton"))

    def refused_again_at_the_same_row(modal: QWidget) -> None:
        assert shown_rows(dialog.emails.rows) == ["anna@firma"]
        assert dialog.emails.rows[0].error is dialog.findChild(QWidget, "emailError1")
        assert shown_error(dialog, "emailError1") == bad
        assert dump_database() == before
        edit = dialog.emails.rows[0].edit
        assert edit.hasFocus() and edit.selectedText() == "anna@firma"  # typing would replace it
        QTest.keyClick(edit, Qt.Key.Key_End)
        type_text(edit, ".at")
        assert shown_error(dialog, "emailError1") == ""  # typing takes the message away
        click(button(dialog, "saveButton"))

    done = run(dialog, ctx, type_a_bad_address_below_a_blank_row, refused, refused_again_at_the_same_row)
    assert done is not None
    assert stored_channels(done.value) == [
        ("email", "anna@firma.at", "Arbeit", True),
        ("phone", "0664 1234567", "", True),
    ]


def test_a_bad_phone_is_named_as_the_field_is_left(qtbot, ctx):
    dialog = open_dialog(qtbot, make_location(ctx, make_customer(ctx)))

    def type_and_leave(modal: QWidget) -> None:
        edit = add_row(qtbot, dialog, phones=True).edit
        type_text(edit, "12")
        leave(edit)
        assert shown_error(dialog, "phoneError1").startswith("„12“ ist keine gültige Telefonnummer.")
        assert shown_error(dialog, "phoneError0") == ""
        assert edit.text() == "12"  # not "formatted" into something else
        click(button(dialog, "cancelButton"))

    assert run(dialog, ctx, type_and_leave, discard) is None


def test_a_username_taken_at_another_customer_is_refused_at_the_field(qtbot, ctx):
    make_contact(ctx, make_location(ctx, make_customer(ctx, "Andere GmbH")), "Anna", "Berger")  # aberger
    location = make_location(ctx, make_customer(ctx))
    before = dump_database()
    dialog = open_dialog(qtbot, location)
    taken = "Der Benutzername „aberger“ ist schon vergeben. Vorschlag: aberger2"

    def type_a_taken_username(modal: QWidget) -> None:
        type_text(dialog.ui.firstNameEdit, "Andrea")
        type_text(dialog.ui.lastNameEdit, "Berger")
        wait_for_username(qtbot, dialog, "aberger2")
        retype(dialog.ui.usernameEdit, "aberger")
        qtbot.waitUntil(lambda: shown_error(dialog, "usernameError") == taken, timeout=2000)
        click(button(dialog, "saveButton"))

    def refused(modal: QWidget) -> None:
        assert shown_error(dialog, "usernameError") == taken
        assert dialog.focusWidget() is dialog.ui.usernameEdit
        assert dump_database() == before
        retype(dialog.ui.usernameEdit, "andrea.berger")
        qtbot.waitUntil(lambda: shown_error(dialog, "usernameError") == "", timeout=2000)
        click(button(dialog, "saveButton"))

    done = run(dialog, ctx, type_a_taken_username, refused)
    assert done is not None
    assert contacts.contact_card(done.value).username == "andrea.berger"


def test_an_existing_contact_keeps_its_own_username_without_a_message(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger")
    dialog = open_dialog(qtbot, location, anna)

    def rename(modal: QWidget) -> None:
        assert dialog.windowTitle().startswith("Ansprechpartner bearbeiten – ")
        assert dialog.ui.usernameEdit.text() == "aberger"
        retype(dialog.ui.lastNameEdit, "Bergmann")
        retype(dialog.ui.usernameEdit, "aberger")  # typed again, the same: still hers
        qtbot.wait(300)
        assert dialog.ui.usernameEdit.text() == "aberger"
        assert shown_error(dialog, "usernameError") == ""
        click(button(dialog, "saveButton"))

    assert run(dialog, ctx, rename) is not None
    card = contacts.contact_card(anna)
    assert (card.last_name, card.username) == ("Bergmann", "aberger")


def test_a_long_email_address_shows_its_start(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx))
    niklas = make_contact(
        ctx, location, "Niklas", "Roßwimmer", emails=("niklas.rosswimmer@steinmoser-industrieanlagen.com",)
    )
    dialog = open_dialog(qtbot, location, niklas)
    edit = dialog.findChild(QLineEdit, "emailEdit0")
    assert edit.text().startswith("niklas.") and edit.cursorPosition() == 0  # not scrolled to its end


def test_a_contact_without_any_name_is_refused_at_the_last_name(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx))
    before = dump_database()
    dialog = open_dialog(qtbot, location)

    def only_an_address(modal: QWidget) -> None:
        type_into(dialog.emails.rows[0].edit, "office@alpenbau.at")
        click(button(dialog, "saveButton"))

    def refused(modal: QWidget) -> None:
        assert shown_error(dialog, "lastNameError") == "Bitte einen Nachnamen oder Vornamen eingeben."
        assert dialog.focusWidget() is dialog.ui.lastNameEdit
        assert dump_database() == before
        type_text(dialog.ui.firstNameEdit, "Zoë")
        click(button(dialog, "saveButton"))

    done = run(dialog, ctx, only_an_address, refused)
    assert done is not None
    card = contacts.contact_card(done.value)
    assert (card.display_name, card.username, card.primary_email) == ("Zoë", "zoe", "office@alpenbau.at")


# --- active state and the successor (S9, R5, B11) -------------------------------------------------


def test_deactivating_with_a_reason_and_an_until_date(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger")
    before = dump_database()
    dialog = open_dialog(qtbot, location, anna)
    chosen: list[datetime.date] = []

    def deactivate(modal: QWidget) -> None:
        ui = dialog.ui
        assert ui.activeCheck.isChecked() and not ui.reasonCombo.isEnabled() and not ui.untilEdit.isEnabled()
        toggle(ui.activeCheck)
        assert ui.reasonCombo.isEnabled() and not ui.untilEdit.isEnabled()
        choose(ui.reasonCombo, "Bildungskarenz")
        assert not ui.successorCombo.isVisible()  # only for someone who left
        toggle(ui.untilCheck)
        assert ui.untilEdit.isEnabled()
        ui.untilEdit.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(ui.untilEdit, Qt.Key.Key_Up)  # a little later than suggested
        assert ui.untilEdit.date() > QDate.currentDate()
        chosen.append(ui.untilEdit.date().toPython())
        assert ui.readinessLabel.text().startswith("Inaktiv – Portalzugang gesperrt")
        click(button(dialog, "saveButton"))

    done = run(dialog, ctx, deactivate)
    assert done is not None
    card = contacts.contact_card(anna)
    assert (card.active, card.inactive_reason, card.inactive_until) == (False, "Bildungskarenz", chosen[0])
    common.undo(done.change)
    assert dump_database() == before


def test_no_reason_is_chosen_for_the_user_when_deactivating(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger")
    before = dump_database()
    dialog = open_dialog(qtbot, location, anna, deactivate=True)

    def save_without_a_reason(modal: QWidget) -> None:
        assert dialog.ui.reasonCombo.hasFocus()
        assert dialog.ui.reasonCombo.currentText() == "— bitte wählen —"
        click(button(dialog, "saveButton"))

    def refused(modal: QWidget) -> None:
        assert shown_error(dialog, "inactiveReasonError") == "Bitte einen Grund wählen (z. B. Karenz)."
        assert dialog.focusWidget() is dialog.ui.reasonCombo
        assert dump_database() == before
        choose(dialog.ui.reasonCombo, "Krankheit")
        assert shown_error(dialog, "inactiveReasonError") == ""
        click(button(dialog, "saveButton"))

    assert run(dialog, ctx, save_without_a_reason, refused) is not None
    card = contacts.contact_card(anna)
    assert (card.active, card.inactive_reason) == (False, "Krankheit")


def test_leaving_the_company_hands_open_jobs_and_role_to_the_successor_in_one_step(qtbot, ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    hr_role = next(r.id for r in portal.roles() if r.name == "Personalabteilung")
    anna = make_contact(ctx, location, "Anna", "Berger", role_id=hr_role)
    bernd = make_contact(ctx, location, "Bernd", "Huber", salutation=Salutation.HERR)
    make_contact(ctx, location, "Clara", "Äbischer")
    make_contact(ctx, make_location(ctx, make_customer(ctx, "Andere GmbH")), "Dora", "Fremd")
    first = released_job(ctx, customer, anna, "Buchhaltung")
    second = portal.create_job(ctx, customer, "Lager", anna).value
    closed = portal.create_job(ctx, customer, "Empfang", anna).value
    portal.set_job_open(ctx, closed, False)
    before = dump_database()
    dialog = open_dialog(qtbot, location, anna, deactivate=True)  # as "Deaktivieren" opens it

    def leave_the_company(modal: QWidget) -> None:
        ui = dialog.ui
        assert not ui.activeCheck.isChecked() and ui.reasonCombo.hasFocus()
        assert not ui.successorCombo.isVisible()
        choose(ui.reasonCombo, InactiveReason.AUSGESCHIEDEN.value)
        assert ui.successorCombo.isVisible()
        assert items(ui.successorCombo) == [NOBODY, "Frau Clara Äbischer", "Herr Bernd Huber"]
        assert (
            ui.successorHint.text()
            == "Die gewählte Person übernimmt 2 offene Jobs und die Kundenrolle „Personalabteilung“."
        )
        choose(ui.successorCombo, "Herr Bernd Huber")
        click(button(dialog, "saveButton"))

    done = run(dialog, ctx, leave_the_company)

    assert done is not None
    card = contacts.contact_card(anna)
    assert (card.active, card.inactive_reason, card.inactive_until) == (False, "Ausgeschieden", None)
    responsible = {job.id: job.responsible_id for job in portal.jobs_of(customer)}
    assert responsible == {first: bernd, second: bernd, closed: anna}  # a closed job stays where it was
    assert contacts.contact_card(bernd).role_name == "Personalabteilung"
    common.undo(done.change)
    assert dump_database() == before


def test_leaving_without_a_successor_keeps_the_jobs(qtbot, ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    anna = make_contact(ctx, location, "Anna", "Berger")
    make_contact(ctx, location, "Bernd", "Huber")
    job = portal.create_job(ctx, customer, "Lager", anna).value
    dialog = open_dialog(qtbot, location, anna)

    def leave_the_company(modal: QWidget) -> None:
        toggle(dialog.ui.activeCheck)
        choose(dialog.ui.reasonCombo, "Ausgeschieden")
        assert dialog.ui.successorCombo.currentText() == NOBODY  # nobody is chosen for the user
        click(button(dialog, "saveButton"))

    assert run(dialog, ctx, leave_the_company) is not None
    assert [j.responsible_id for j in portal.jobs_of(customer) if j.id == job] == [anna]
    assert not contacts.contact_card(anna).active


def test_reactivating_opens_the_portal_again(qtbot, ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    released_job(ctx, customer)
    anna = make_contact(ctx, location, "Anna", "Berger")
    portal.set_password(ctx, anna, "geheim-1234")
    until = datetime.date.today() + datetime.timedelta(days=60)
    contacts.set_active(ctx, anna, None, False, InactiveReason.KARENZ, until)
    assert portal.authenticate("aberger", "geheim-1234") is None  # R5: locked while inactive
    dialog = open_dialog(qtbot, location, anna)

    def reactivate(modal: QWidget) -> None:
        ui = dialog.ui
        assert not ui.activeCheck.isChecked()
        assert (ui.reasonCombo.currentText(), ui.untilCheck.isChecked()) == ("Karenz", True)
        assert ui.readinessLabel.text() == "Inaktiv – Portalzugang gesperrt"
        toggle(ui.activeCheck)
        assert not ui.reasonCombo.isEnabled() and not ui.untilEdit.isEnabled()
        assert ui.readinessLabel.text() == "Kann sich im Kundenportal anmelden"
        click(button(dialog, "saveButton"))

    assert run(dialog, ctx, reactivate) is not None
    card = contacts.contact_card(anna)
    assert (card.active, card.inactive_reason, card.inactive_until) == (True, "", None)
    assert portal.authenticate("aberger", "geheim-1234") == anna


# --- the portal password (S13, R3, R4, B12) -------------------------------------------------------


def test_without_a_released_job_no_password_can_be_set_and_the_dialog_says_why(qtbot, ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    portal.create_job(ctx, customer, "Lager")  # open, but not released to the portals
    dialog = open_dialog(qtbot, location)
    ui = dialog.ui
    assert not ui.passwordEdit.isEnabled()
    assert not ui.generatePasswordButton.isEnabled()
    assert not ui.copyPasswordButton.isEnabled()
    assert ui.passwordHint.text() == NO_RELEASED_JOB
    assert ui.readinessLabel.text() == "Kein Passwort – erst möglich, wenn ein Job für Portale freigegeben ist"


def test_after_a_job_is_released_a_generated_password_is_set_on_save(qtbot, ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("Anna.Berger@alpenbau.at",))
    assert not open_dialog(qtbot, location, anna).ui.passwordEdit.isEnabled()
    job = portal.create_job(ctx, customer, "Buchhaltung").value
    portal.set_job_released(ctx, job, True)
    before = dump_database()
    dialog = open_dialog(qtbot, location, anna)  # opened anew: now the password can be set
    generated: list[str] = []

    def generate_and_save(modal: QWidget) -> None:
        ui = dialog.ui
        assert ui.passwordEdit.isEnabled() and ui.generatePasswordButton.isEnabled()
        assert ui.passwordHint.text() == "Leer lassen, wenn (noch) kein Portalzugang gewünscht ist."
        assert ui.readinessLabel.text() == "Kein Passwort gesetzt"
        click(ui.generatePasswordButton)
        assert re.fullmatch(r"(\w{4}-){3}\w{4}", ui.passwordEdit.text()), ui.passwordEdit.text()
        assert ui.copyPasswordButton.isEnabled()
        assert ui.readinessLabel.text() == "Kann sich im Kundenportal anmelden"
        generated.append(ui.passwordEdit.text())
        click(button(dialog, "saveButton"))

    done = run(dialog, ctx, generate_and_save)

    assert done is not None
    [password] = generated
    assert portal.authenticate("aberger", password) == anna
    assert portal.authenticate("ANNA.berger@Alpenbau.at", password) == anna  # R3: e-mail, any case
    assert portal.authenticate("aberger", "Demo-Passwort-2026") is None
    again = open_dialog(qtbot, location, anna)
    assert again.ui.passwordHint.text() == "Ein Passwort ist gesetzt. Ein neues ersetzt es beim Speichern."
    assert again.ui.passwordEdit.text() == ""
    common.undo(done.change)
    assert dump_database() == before
    assert portal.authenticate("aberger", password) is None


def test_a_new_contact_with_a_password_can_log_in_at_once(qtbot, ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    released_job(ctx, customer)
    dialog = open_dialog(qtbot, location)

    def fill_in(modal: QWidget) -> None:
        type_text(dialog.ui.firstNameEdit, "Jürgen")
        type_text(dialog.ui.lastNameEdit, "Weiß")
        type_text(dialog.emails.rows[0].edit, "j.weiss@alpenbau.at")
        type_text(dialog.ui.passwordEdit, "Lärche-Fichte-42")
        click(button(dialog, "saveButton"))

    done = run(dialog, ctx, fill_in)
    assert done is not None
    assert portal.authenticate("jweiss", "Lärche-Fichte-42") == done.value
    assert portal.authenticate("J.Weiss@alpenbau.at", "Lärche-Fichte-42") == done.value


def test_a_too_short_password_is_refused_at_the_field_and_nothing_is_saved(qtbot, ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    released_job(ctx, customer)
    anna = make_contact(ctx, location, "Anna", "Berger")
    before = dump_database()
    dialog = open_dialog(qtbot, location, anna)

    def rename_with_a_short_password(modal: QWidget) -> None:
        retype(dialog.ui.lastNameEdit, "Bergmann")
        type_text(dialog.ui.passwordEdit, "kurz")
        click(button(dialog, "saveButton"))

    def refused(modal: QWidget) -> None:
        assert shown_error(dialog, "passwordError") == "Das Passwort braucht mindestens 10 Zeichen."
        assert dialog.ui.lastNameEdit.text() == "Bergmann"
        assert dump_database() == before  # the new name was not saved half
        click(button(dialog, "cancelButton"))

    assert run(dialog, ctx, rename_with_a_short_password, refused, discard) is None
    assert dump_database() == before


# --- the customer role (S11) ----------------------------------------------------------------------


def test_choosing_a_role_says_what_it_sees_and_is_saved(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger")
    dialog = open_dialog(qtbot, location, anna)
    ui = dialog.ui

    def change_the_role(modal: QWidget) -> None:
        assert ui.roleCombo.currentText() == "Standard"
        assert ui.roleSummary.text() == "Sieht eigene Jobs und anonymisierte Bewerberdaten."
        choose(ui.roleCombo, "Personalabteilung")
        assert ui.roleSummary.text() == "Sieht alle Jobs des Kunden und vollständige Bewerberdaten."
        choose(ui.roleCombo, "Nur Kontakt")
        assert ui.roleSummary.text() == "Sieht keine Jobs und keine Bewerberdaten."
        click(button(dialog, "saveButton"))

    assert run(dialog, ctx, change_the_role) is not None
    assert contacts.contact_card(anna).role_name == "Nur Kontakt"


# --- unsaved changes (S12) ------------------------------------------------------------------------


def test_escape_after_typing_asks_and_going_on_keeps_the_input(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx))
    before = dump_database()
    dialog = open_dialog(qtbot, location)
    asked: list[str] = []

    def type_and_press_escape(modal: QWidget) -> None:
        type_text(dialog.ui.lastNameEdit, "Öztürk")
        type_text(dialog.emails.rows[0].edit, "p.oeztuerk@alpenbau.at")
        QTest.keyClick(dialog.ui.lastNameEdit, Qt.Key.Key_Escape)

    def go_on(modal: QWidget) -> None:
        asked.append(modal.objectName())
        click(button(modal, "cancelButton"))  # "Weiter bearbeiten"

    def still_there(modal: QWidget) -> None:
        assert modal is dialog
        assert dialog.ui.lastNameEdit.text() == "Öztürk"
        assert shown_rows(dialog.emails.rows) == ["p.oeztuerk@alpenbau.at"]
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    assert run(dialog, ctx, type_and_press_escape, go_on, still_there, discard) is None
    assert asked == ["unsavedChangesBox"]
    assert dump_database() == before


def test_an_untouched_new_contact_closes_without_asking(qtbot, ctx):
    dialog = open_dialog(qtbot, make_location(ctx, make_customer(ctx)))
    assert run(dialog, ctx, lambda modal: QTest.keyClick(modal, Qt.Key.Key_Escape)) is None


def test_an_existing_contact_closes_without_asking_when_nothing_changed(qtbot, ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    released_job(ctx, customer)
    anna = make_contact(
        ctx,
        location,
        "Anna",
        "Bäcker",
        emails=("anna@alpenbau.at", "anna.baecker@gmx.at"),
        phones=("+43 1 5123456", "06641234567"),
        title="Mag.",
        notes="Mo–Do vormittags",
    )
    until = datetime.date.today() + datetime.timedelta(days=30)
    contacts.set_active(ctx, anna, None, False, InactiveReason.KARENZ, until)
    before = dump_database()
    dialog = open_dialog(qtbot, location, anna)
    visited: list[str] = []

    def tab_through_everything_and_press_escape(modal: QWidget) -> None:
        assert shown_rows(dialog.emails.rows) == ["anna@alpenbau.at", "anna.baecker@gmx.at"]
        assert shown_rows(dialog.phones.rows) == ["01 5123456", "0664 1234567"]
        assert dialog.ui.untilEdit.date().toPython() == until
        dialog.ui.salutationCombo.setFocus(Qt.FocusReason.TabFocusReason)
        while dialog.focusWidget() is not button(dialog, "saveButton") and len(visited) < 60:
            visited.append(dialog.focusWidget().objectName())
            QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # every field is left once
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

    assert run(dialog, ctx, tab_through_everything_and_press_escape) is None
    assert "phoneEdit1" in visited
    assert dump_database() == before


# --- keyboard -------------------------------------------------------------------------------------


def test_shortcuts_add_a_row_and_put_the_cursor_in_it(qtbot, ctx):
    dialog = open_dialog(qtbot, make_location(ctx, make_customer(ctx)))

    def press_the_shortcuts(modal: QWidget) -> None:
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_E, ctrl_shift)
        assert len(dialog.emails.rows) == 2
        qtbot.waitUntil(dialog.emails.rows[1].isVisible)
        assert dialog.focusWidget() is dialog.emails.rows[1].edit
        type_text(dialog.focusWidget(), "zweite@firma.at")
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_T, ctrl_shift)
        assert len(dialog.phones.rows) == 2
        qtbot.waitUntil(dialog.phones.rows[1].isVisible)
        assert dialog.focusWidget() is dialog.phones.rows[1].edit
        assert shown_rows(dialog.emails.rows) == ["", "zweite@firma.at"]
        click(button(dialog, "cancelButton"))

    assert run(dialog, ctx, press_the_shortcuts, discard) is None


def test_tab_goes_through_the_form_in_reading_order_to_save(qtbot, ctx):
    dialog = open_dialog(qtbot, make_location(ctx, make_customer(ctx)))
    visited: list[str] = []

    def press_tab(modal: QWidget) -> None:
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_E, ctrl_shift)  # a second e-mail row
        qtbot.waitUntil(dialog.emails.rows[-1].isVisible)
        dialog.ui.firstNameEdit.setFocus(Qt.FocusReason.TabFocusReason)
        while dialog.focusWidget() is not button(dialog, "saveButton") and len(visited) < 40:
            visited.append(dialog.focusWidget().objectName())
            QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        click(button(dialog, "cancelButton"))

    assert run(dialog, ctx, press_tab, discard) is None
    assert visited == [
        "firstNameEdit",
        "lastNameEdit",
        "positionEdit",
        "departmentEdit",
        "emailEdit0",
        "emailKindCombo0",
        "emailPrimary0",
        "emailRemoveButton0",
        "emailEdit1",
        "emailKindCombo1",
        "emailRemoveButton1",
        "addEmailButton",
        "phoneEdit0",
        "phoneKindCombo0",
        "phonePrimary0",
        "phoneRemoveButton0",
        "addPhoneButton",
        "activeCheck",
        "usernameEdit",
        "roleCombo",
        "notesEdit",
    ]


# --- e-mail login (R2) ----------------------------------------------------------------------------

AMBIGUOUS = (
    "„info@alpenbau.at“ gehört schon einem anderen Ansprechpartner mit Portalzugang – "
    "die Anmeldung mit dieser Adresse wäre nicht eindeutig."
)


@pytest.mark.parametrize("existing", [True, False], ids=["existing", "new"])
def test_an_email_that_would_make_login_ambiguous_is_named_at_its_row(qtbot, ctx, existing):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    released_job(ctx, customer)
    bernd = make_contact(ctx, location, "Bernd", "Huber", emails=("info@alpenbau.at",))
    portal.set_password(ctx, bernd, "geheim-1234")
    anna = make_contact(ctx, location, "Anna", "Berger") if existing else None
    before = dump_database()
    dialog = open_dialog(qtbot, location, anna)

    def type_the_shared_address_below_a_blank_row(modal: QWidget) -> None:
        if not existing:
            type_text(dialog.ui.firstNameEdit, "Anna")
            type_text(dialog.ui.lastNameEdit, "Berger")
        type_into(add_row(qtbot, dialog).edit, "info@alpenbau.at")
        type_text(dialog.ui.passwordEdit, "Lärche-Fichte-42")
        click(button(dialog, "saveButton"))

    def refused(modal: QWidget) -> None:
        assert shown_error(dialog, "emailError1") == AMBIGUOUS
        assert shown_error(dialog, "emailError0") == ""
        assert dialog.focusWidget() is dialog.emails.rows[1].edit
        assert dump_database() == before
        click(button(dialog, "cancelButton"))

    assert run(dialog, ctx, type_the_shared_address_below_a_blank_row, refused, discard) is None
    assert dump_database() == before
