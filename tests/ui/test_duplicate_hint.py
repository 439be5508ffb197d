"""B3 while typing: a new contact that looks like an existing one of the customer shows a hint
under the name; "Diesen öffnen" edits the existing one instead, "Trotzdem anlegen" hides the hint
and the new contact is saved. On every backend, through the window as a user does it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from kontaktverwaltung.services import contacts
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
        assert dialog.findChild(QLabel, "carriedOverNote") is None  # nothing typed beyond the match
        dialog.reject()  # so nothing to ask about either

    _new_contact(window, type_a_known_name, the_existing_one_opens)
    assert "Anna Berger" in seen["text"] and "gleicher Name" in seen["text"]
    assert sum("Berger" in r for r in rows(window)) == 1  # nothing was created
    assert window.current_card().last_name == "Berger"  # and the card is the one selected


def _type_more_about_anna_berger(qtbot, dialog: QWidget) -> None:
    """The name and e-mail she has, and what the recruiter learnt since: a position, a mobile
    number, a note – then "Diesen öffnen"."""
    hint = _hint(dialog)
    type_text(dialog.findChild(QLineEdit, "firstNameEdit"), "Anna")
    type_text(dialog.findChild(QLineEdit, "lastNameEdit"), "Berger")
    type_text(dialog.findChild(QLineEdit, "positionEdit"), "Leiterin Recruiting")
    type_text(dialog.findChild(QLineEdit, "emailEdit0"), "A.Berger@Mueller.at")  # hers, spelt otherwise
    type_text(dialog.findChild(QLineEdit, "phoneEdit0"), "0660 7654321")
    dialog.findChild(QPlainTextEdit, "notesEdit").setPlainText("Messe Wels 2026")
    qtbot.waitUntil(hint.isVisible, timeout=10_000)
    _settled(qtbot, hint)
    click(button(hint, "duplicateHintOpen"))


def _anna(window):
    card = next(c for c in window.panel.panel.contacts if c.last_name == "Berger")
    return card, contacts.channels_of(card.id)


def test_opening_the_existing_one_takes_what_was_typed_along_to_save(window, qtbot):
    """Nothing typed is lost (S12): the existing contact's form opens with the typed values in it,
    listed at the top, and saving puts them on her – one contact, one undo step."""
    seen = {}

    def the_existing_one_holds_the_typed_values(dialog: QWidget) -> None:
        assert dialog.windowTitle().startswith("Ansprechpartner bearbeiten")
        assert dialog.findChild(QLineEdit, "positionEdit").text() == "Leiterin Recruiting"
        assert dialog.findChild(QLineEdit, "emailEdit0").text() == "a.berger@mueller.at"
        assert dialog.findChild(QLineEdit, "emailEdit1") is None  # the same address is not added twice
        assert dialog.findChild(QLineEdit, "phoneEdit0").text() == "0660 7654321"
        assert dialog.findChild(QPlainTextEdit, "notesEdit").toPlainText() == "Messe Wels 2026"
        seen["note"] = dialog.findChild(QLabel, "carriedOverNote").text()
        click(button(dialog, "saveButton"))

    before = window.undo_stack.count()
    _new_contact(
        window, lambda dialog: _type_more_about_anna_berger(qtbot, dialog), the_existing_one_holds_the_typed_values
    )
    assert "Position" in seen["note"] and "0660 7654321" in seen["note"] and "Notizen" in seen["note"]
    assert sum("Berger" in r for r in rows(window)) == 1  # still one Anna Berger
    card, channels = _anna(window)
    assert card.position == "Leiterin Recruiting" and card.notes == "Messe Wels 2026"
    assert sorted(c.normalized for c in channels) == ["+436607654321", "a.berger@mueller.at"]
    assert window.undo_stack.count() == before + 1


def test_cancelling_the_existing_one_asks_before_the_typed_values_go(window, qtbot):
    """The carried values are changes like any other: "Abbrechen" asks; "Weiter bearbeiten" keeps
    them in the form, "Verwerfen" leaves the contact as it was."""
    asked = []
    forms = []

    def the_existing_one(dialog: QWidget) -> None:
        forms.append(dialog)
        click(button(dialog, "cancelButton"))  # asks: the question is the next modal window

    def keep_editing(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "unsavedChangesBox"
        asked.append(box.text())
        click(button(box, "cancelButton"))  # "Weiter bearbeiten"

    def still_there_cancel_again(form: QWidget) -> None:
        assert form is forms[0] and form.findChild(QLineEdit, "positionEdit").text() == "Leiterin Recruiting"
        click(button(form, "cancelButton"))  # asks again

    def discard(box: QWidget) -> None:
        asked.append(box.text())
        click(button(box, "discardButton"))

    _new_contact(
        window,
        lambda dialog: _type_more_about_anna_berger(qtbot, dialog),
        the_existing_one,
        keep_editing,
        still_there_cancel_again,
        discard,
    )
    assert len(asked) == 2
    card, channels = _anna(window)
    assert card.position == "" and card.notes == ""
    assert [c.normalized for c in channels] == ["a.berger@mueller.at"]


def test_a_differently_spelt_name_stays_as_stored_and_is_named(window, qtbot):
    def type_a_sound_alike_with_a_phone(dialog: QWidget) -> None:
        hint = _hint(dialog)
        type_text(dialog.findChild(QLineEdit, "firstNameEdit"), "Jürgen")
        type_text(dialog.findChild(QLineEdit, "lastNameEdit"), "Weis")
        type_text(dialog.findChild(QLineEdit, "phoneEdit0"), "+43 664 1234567")  # his number, otherwise written
        qtbot.waitUntil(hint.isVisible, timeout=10_000)
        _settled(qtbot, hint)
        click(button(hint, "duplicateHintOpen"))

    def his_form(dialog: QWidget) -> None:
        assert dialog.findChild(QLineEdit, "lastNameEdit").text() == "Weiß"
        assert dialog.findChild(QLineEdit, "phoneEdit1") is None  # his number, not a second one
        note = dialog.findChild(QLabel, "carriedOverNote").text()
        assert "„Weiß“" in note and "„Weis“" in note
        dialog.reject()  # nothing was carried into the form: closing asks nothing

    _new_contact(window, type_a_sound_alike_with_a_phone, his_form)


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


def test_the_hint_keeps_all_its_lines_in_a_short_form(window, qtbot):
    seen = {}

    def type_in_a_short_form(dialog: QWidget) -> None:
        dialog.resize(900, 400)  # shorter than its content: a laptop at 125 %
        hint = _hint(dialog)
        type_text(dialog.findChild(QLineEdit, "firstNameEdit"), "Anna")
        type_text(dialog.findChild(QLineEdit, "lastNameEdit"), "Berger")
        qtbot.waitUntil(hint.isVisible, timeout=10_000)
        qtbot.wait(50)
        label = hint.label
        seen["heights"] = (label.height(), label.heightForWidth(label.width()), label.width(), dialog.height())

        def top(widget: QWidget) -> int:
            return widget.mapTo(dialog, widget.rect().topLeft()).y()

        seen["buttons below the text"] = top(hint.open_button) >= top(label) + label.height()
        seen["position field below the hint"] = (
            top(dialog.findChild(QLineEdit, "positionEdit")) >= top(hint) + hint.height()
        )
        QDialog.done(dialog, QDialog.DialogCode.Rejected)

    _new_contact(window, type_in_a_short_form)
    height, needed, _width, _dialog = seen["heights"]
    assert height >= needed, seen
    assert seen["buttons below the text"] and seen["position field below the hint"], seen  # it scrolls instead


def test_a_field_that_takes_the_focus_in_a_short_form_comes_into_view(window, qtbot):
    seen = {}

    def focus_a_field_below(dialog: QWidget) -> None:
        dialog.resize(900, 300)  # far shorter than its content: it scrolls
        qtbot.wait(50)
        area, field = dialog.ui.scrollArea, dialog.ui.addPhoneButton  # (the left column's last)
        seen["scrolled before"] = area.verticalScrollBar().value() > 0
        field.setFocus()  # as a mnemonic or the first field with an error does
        qtbot.wait(50)
        top = field.mapTo(area.viewport(), field.rect().topLeft()).y()
        seen["in view"] = top >= 0 and top + field.height() <= area.viewport().height()
        QDialog.done(dialog, QDialog.DialogCode.Rejected)

    _new_contact(window, focus_a_field_below)
    assert seen == {"scrolled before": False, "in view": True}
