"""Export → import round trips (B4, R12, R13): what the export writes, the import reads back as
the same people, e-mails (with the primary one first) and phones; an unchanged export re-imports
as "unchanged", an export imported after the customer was deleted brings the same people back."""

from __future__ import annotations

from pathlib import Path

import pytest

from kontaktverwaltung.domain.channels import ChannelInput, ChannelKind
from kontaktverwaltung.domain.contact import ContactInput
from kontaktverwaltung.services import contacts, customers, exports, imports
from tests.factories import make_contact, make_customer, make_location

pytestmark = pytest.mark.usefixtures("db")


def people(customer_number: str) -> dict[str, tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...], str]]:
    """Each person of the customer: (e-mails with their type, primary first), (phones as E.164 with
    their kind, sorted), location."""
    view = next(v for v in customers.list_customers() if v.number == customer_number)
    panel = customers.load_panel(view.id)
    locations = {loc.id: loc.name for loc in panel.locations}
    found = {}
    for card in panel.contacts:
        channels = sorted(contacts.channels_of(card.id), key=lambda c: (not c.is_primary, c.position))
        # vCard TYPE and PREF; an e-mail without a type is a work address (the form shows it so)
        emails = tuple((c.normalized, c.label or "Arbeit") for c in channels if c.kind == "email")
        phones = tuple(sorted((c.normalized, c.kind) for c in channels if c.kind != "email"))
        found[f"{card.first_name} {card.last_name}"] = (emails, phones, locations[card.location_id])
    return found


def a_customer(ctx) -> int:
    customer = make_customer(ctx, "Brandstätter & Söhne GmbH", "K-501")
    vienna = make_location(ctx, customer, "Zentrale Wien", "Wien")
    graz = make_location(ctx, customer, "Werk Graz", "Graz")
    channels = [  # TYPE and PREF: work and private e-mail, the private one preferred; mobile, fax
        ChannelInput(ChannelKind.EMAIL, "j.weiss@bs.at", "Arbeit"),
        ChannelInput(ChannelKind.EMAIL, "juergen@privat.at", "Privat", primary=True),
        ChannelInput(ChannelKind.MOBILE, "0664 1234567", primary=True),
        ChannelInput(ChannelKind.FAX, "01 5555556"),
    ]
    contacts.create_contact(ctx, ContactInput(vienna, "Jürgen", "Weiß", channels=channels))
    make_contact(ctx, graz, "Anna", "Öztürk", emails=("a.oeztuerk@bs.at",), phones=("+49 30 1234567", "0316 123456"))
    make_contact(ctx, graz, "Zoë", "Ångström-Łukasz", phones=("+43 1 5555555",))
    return customer


@pytest.mark.parametrize("file_format", ["vcf", "csv", "xlsx"])
def test_export_then_import_into_the_emptied_database_gives_the_same_people(ctx, tmp_path: Path, file_format):
    customer = a_customer(ctx)
    before = people("K-501")
    target = tmp_path / f"kontakte.{file_format}"
    exports.export_contacts(exports.ExportFormat(file_format), target, exports.ExportScope(customer_id=customer))

    again = imports.import_file(ctx, target).value
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)  # the own export changes nothing

    customers.delete_customer(ctx, customer)
    report = imports.import_file(ctx, target).value
    assert report.created == 3, report.problems
    after = people("K-501")
    if file_format != "vcf":  # CSV and Excel have numbered columns ("E-Mail 2"), not the e-mail's type
        before, after = _without_email_types(before), _without_email_types(after)
    assert after == before  # the customer comes back under its number, with everyone


def _without_email_types(found: dict) -> dict:
    return {name: (tuple(e for e, _ in emails), phones, where) for name, (emails, phones, where) in found.items()}
