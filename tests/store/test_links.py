"""The single registry of tables that point at contacts (R7, R6): no link table can be forgotten."""

from __future__ import annotations

import peewee as pw
import pytest

from kontaktverwaltung.services import portal
from kontaktverwaltung.store import models
from kontaktverwaltung.store.links import CONTACT_LINKS, count_links, count_links_of
from kontaktverwaltung.store.models import ALL_MODELS, BaseModel, Contact, ContactChannel, HistoryEntry, Job
from tests.factories import make_contact, make_customer, make_location


def foreign_keys_to_contact(table_models) -> set[tuple[type[pw.Model], str]]:
    return {
        (model, field.name)
        for model in table_models
        for field in model._meta.sorted_fields
        if isinstance(field, pw.ForeignKeyField) and field.rel_model is Contact
    }


def registered() -> set[tuple[type[pw.Model], str]]:
    return {(link.model, link.field.name) for link in CONTACT_LINKS}


def test_every_table_model_is_in_all_models():
    declared = {
        obj
        for obj in vars(models).values()
        if isinstance(obj, type) and issubclass(obj, BaseModel) and obj not in (BaseModel, models.Versioned)
    }
    assert declared == set(ALL_MODELS) | set(models.BOOKKEEPING_MODELS)


def test_every_foreign_key_to_contact_is_registered():
    assert foreign_keys_to_contact(ALL_MODELS) - registered() == set()


def test_every_registered_link_is_a_foreign_key_to_contact():
    for link in CONTACT_LINKS:
        assert link.model in ALL_MODELS
        assert link.field.model is link.model
        assert isinstance(link.field, pw.ForeignKeyField) and link.field.rel_model is Contact
    assert registered() - foreign_keys_to_contact(ALL_MODELS) == set()
    assert len(registered()) == len(CONTACT_LINKS)  # no link listed twice


def test_a_new_link_table_would_be_noticed():
    class ContactNote(BaseModel):  # what a future feature might add
        contact = pw.ForeignKeyField(Contact, backref="+")
        text = pw.TextField()

    assert foreign_keys_to_contact((*ALL_MODELS, ContactNote)) - registered() == {(ContactNote, "contact")}


@pytest.mark.usefixtures("db")
def test_count_links_counts_every_registered_link(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    contact = make_contact(ctx, location, emails=("anna@firma.at",), phones=("0664 1234567",))
    other = make_contact(ctx, location, "Berta", "Huber")
    portal.create_job(ctx, customer, "Buchhalter/in", contact)
    portal.create_job(ctx, customer, "Controller/in", contact)
    counts = count_links(contact)
    assert set(counts) == {link.field for link in CONTACT_LINKS}
    assert counts[ContactChannel.contact] == 2
    assert counts[Job.responsible] == 2
    assert counts[HistoryEntry.contact] == HistoryEntry.select().where(HistoryEntry.contact == contact).count() >= 1
    assert count_links(other)[Job.responsible] == 0
    assert count_links_of(contact, other) == {contact: counts, other: count_links(other)}  # one statement for both
