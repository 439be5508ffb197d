"""B3 while typing: a new contact that looks like an existing one of the customer shows a hint
under the name; "Diesen öffnen" edits the existing one instead, "Trotzdem anlegen" hides the hint
and the new contact is saved. On every backend, through the window as a user does it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFrame, QLineEdit, QWidget

from kontaktverwaltung.ui.duplicate_hint import DuplicateHint
from tests.ui.driving import button, click, modal_script, type_text
from tests.ui.test_main_window import rows
from tests.ui.test_translations import english  # noqa: F401  (a fixture, used by name)


def _hint(dialog: QWidget) -> DuplicateHint:
    hint = dialog.findChild(QFrame, "duplicateHint")
    assert isinstance(hint, DuplicateHint)
    return hint


def _settled(qtbot, hint: DuplicateHint) -> None:
    qtbot.waitUntil(lambda: not hint.looking, timeout=10_000)


def _new_contact(window, *steps) -> None:
    with modal_script(*steps, deadline_ms=30_000):
        window.findChild(QAction, "actionNewContact").trigger()


def test_a_likely_duplicate_is_shown_under_the_name_and_opened_instead(window, qtbot):
    seen = {}

    def type_a_known_name(dialog: QWidget) -> None:
        hint = _hint(dialog)
        assert not hint.isVisible()
        type_text(dialog.findChild(QLineEdit, "firstNameEdit"), "Anna")
        type_text(dialog.findChild(QLineEdit, "lastNameEdit"), "Berger")
        qtbot.waitUntil(hint.isVisible, timeout=10_000)
        seen["text"] = hint.label.text()
        assert button(hint, "duplicateHintIgnore").isVisible()
        click(button(hint, "duplicateHintOpen"))

    def the_existing_one_opens(dialog: QWidget) -> None:
        assert dialog.objectName() == "ContactDialog"
        assert dialog.windowTitle() == "Ansprechpartner bearbeiten – Müller & Söhne GmbH"
        assert dialog.findChild(QLineEdit, "emailEdit0").text() == "a.berger@mueller.at"
        assert dialog.findChild(QFrame, "duplicateHint") is None  # editing: no hint
        dialog.reject()

    _new_contact(window, type_a_known_name, the_existing_one_opens)
    assert "Anna Berger" in seen["text"] and "gleicher Name" in seen["text"]
    assert sum("Berger" in r for r in rows(window)) == 1  # nothing was created
    assert window.current_card().last_name == "Berger"  # and the card is the one selected


def test_the_same_email_under_another_name_and_trotzdem_anlegen(window, qtbot):
    def type_a_known_email(dialog: QWidget) -> None:
        hint = _hint(dialog)
        type_text(dialog.findChild(QLineEdit, "lastNameEdit"), "Wagner")
        _settled(qtbot, hint)
        assert not hint.isVisible()  # nobody of that name
        type_text(dialog.findChild(QLineEdit, "emailEdit0"), "J.Weiss@mueller.at")
        qtbot.waitUntil(hint.isVisible, timeout=10_000)
        assert "Jürgen Weiß" in hint.label.text() and "gleiche E-Mail-Adresse" in hint.label.text()
        click(button(hint, "duplicateHintIgnore"))
        assert not hint.isVisible()
        type_text(dialog.findChild(QLineEdit, "firstNameEdit"), "Jürgen")  # still him: not asked again
        _settled(qtbot, hint)
        assert not hint.isVisible()
        click(button(dialog, "saveButton"))

    _new_contact(window, type_a_known_email)
    assert any(r.endswith("Jürgen Wagner") for r in rows(window))


@pytest.mark.usefixtures("english")
def test_the_hint_speaks_english(window, qtbot):
    def type_a_sound_alike(dialog: QWidget) -> None:
        hint = _hint(dialog)
        assert button(hint, "duplicateHintOpen").text().replace("&", "") == "Open this one"
        assert button(hint, "duplicateHintIgnore").text().replace("&", "") == "Create anyway"
        type_text(dialog.findChild(QLineEdit, "firstNameEdit"), "Jürgen")
        type_text(dialog.findChild(QLineEdit, "lastNameEdit"), "Weis")
        qtbot.waitUntil(hint.isVisible, timeout=10_000)
        text = hint.label.text()
        assert text.startswith("Does this person exist already? ") and "similar-sounding name" in text, text
        QDialog.done(dialog, QDialog.DialogCode.Rejected)  # (reject() would ask about the typed text)

    _new_contact(window, type_a_sound_alike)


def test_the_customers_contacts_are_read_once_per_form(window, qtbot, monkeypatch):
    from kontaktverwaltung.ui import duplicate_hint

    reads = []
    read = duplicate_hint.people_of
    monkeypatch.setattr(duplicate_hint, "people_of", lambda customer: reads.append(customer) or read(customer))

    def type_twice(dialog: QWidget) -> None:
        hint = _hint(dialog)
        type_text(dialog.findChild(QLineEdit, "firstNameEdit"), "Anna")
        type_text(dialog.findChild(QLineEdit, "lastNameEdit"), "Berger")
        qtbot.waitUntil(hint.isVisible, timeout=10_000)
        type_text(dialog.findChild(QLineEdit, "emailEdit0"), "j.weiss@mueller.at")
        qtbot.waitUntil(lambda: "Weiß" in hint.label.text() or "Dazu" in hint.label.text(), timeout=10_000)
        QDialog.done(dialog, QDialog.DialogCode.Rejected)

    _new_contact(window, type_twice)
    assert len(reads) == 1
