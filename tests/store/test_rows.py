"""Typed rows (issue 11): a contact read as a ContactRow, with the name by the one rule, and back."""

from __future__ import annotations

import pytest

from kontaktverwaltung.domain.contact import Salutation
from kontaktverwaltung.store import repo
from kontaktverwaltung.store.rows import contact_columns
from tests.english import in_english_name
from tests.factories import make_contact, make_customer, make_location


@pytest.mark.usefixtures("db")
def test_a_contact_reads_as_a_typed_row_with_its_name_and_back(ctx):
    location = make_location(ctx, make_customer(ctx))
    teresa = make_contact(ctx, location, "Teresa", "Kral", title="BA", salutation=Salutation.FRAU)
    row = repo.contact(teresa)
    assert row.display_name == row.name() == "Frau Teresa Kral, BA"
    assert in_english_name(row) == "Ms Teresa Kral, BA"
    assert (row.location_id, row.active, row.has_login) == (location, True, False)
    assert contact_columns(row) == repo.contact_row(teresa)
