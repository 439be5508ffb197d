"""Global search (B8) by word beginnings through the word index (R10): ranking of name matches,
and the index following every change: edit, move, delete, merge, bulk load, undo."""

from __future__ import annotations

from kontaktverwaltung.services import common, contacts, demo, locations, merge
from kontaktverwaltung.services.search import search_contacts
from kontaktverwaltung.store.models import Contact
from tests.factories import contact_input, make_contact, make_customer, make_location


def names(query: str) -> list[str]:
    return [h.display_name.removeprefix("Frau ") for h in search_contacts(query).hits]


def test_people_named_mueller_come_before_e_mail_and_other_matches(db, ctx):
    firma = make_location(ctx, make_customer(ctx, "Aaron Bau"))  # its customer sorts first
    for i in range(3):
        make_contact(ctx, firma, f"Kurt{i}", "Berger", emails=(f"k{i}@mueller-bau.at",), position="Müllerin")
    mueller = make_location(ctx, make_customer(ctx, "Zebra AG"), "Müllerhof", "Linz")
    make_contact(ctx, mueller, "Otto", "Wagner")
    make_contact(ctx, firma, "Hans", "Müllerschön")
    make_contact(ctx, mueller, "Eva", "Müller")
    make_contact(ctx, firma, "Müller", "Adam")
    found = names("mueller")
    # Whole-word name matches, then names starting with it, then e-mail, position and location.
    assert found[:2] == ["Müller Adam", "Eva Müller"]  # ties by customer: "Aaron Bau" before "Zebra AG"
    assert found[2] == "Hans Müllerschön"
    assert sorted(found[3:]) == ["Kurt0 Berger", "Kurt1 Berger", "Kurt2 Berger", "Otto Wagner"]


def test_word_beginnings_umlauts_accents_and_phone_digits(db, ctx):
    here = make_location(ctx, make_customer(ctx))
    make_contact(ctx, here, "José", "Grünwald", phones=("+43 664 1234567",), department="Einkauf")
    make_contact(ctx, here, "Anna", "Gruber")
    assert names("gru") == ["Anna Gruber", "José Grünwald"]
    assert names("Gruenw") == names("grunw") == names("GRÜNWALD") == ["José Grünwald"]
    assert names("jose") == names("JOSÉ") == ["José Grünwald"]
    assert names("0664 1234") == names("+43 664") == names("664 123") == ["José Grünwald"]
    assert names("ein") == ["José Grünwald"]
    assert names("runwald") == []  # inside a word: not a word beginning
    assert names("anna gru") == ["Anna Gruber"]
    assert names("jose gruber") == []  # every word must match


def test_edited_moved_and_deleted_contacts_are_found_accordingly_and_undo_restores(db, ctx):
    customer = make_customer(ctx)
    wien, graz = make_location(ctx, customer, "Zentrale", "Wien"), make_location(ctx, customer, "Werk", "Graz")
    anna = make_contact(ctx, wien, "Anna", "Berger")
    edited = contacts.edit_contact(ctx, anna, None, contact_input(wien, "Anna", "Schöberl"))
    assert names("schoberl") == ["Anna Schöberl"] and names("berger") == []
    common.undo(edited.change)
    assert names("berger") == ["Anna Berger"] and names("schoberl") == []

    moved = contacts.move_contact(ctx, anna, None, graz)
    assert names("graz") == ["Anna Berger"] and names("wien") == []
    common.undo(moved.change)
    assert names("wien") == ["Anna Berger"] and names("graz") == []

    renamed = locations.edit_location(
        ctx, wien, None, locations.LocationInput("Zentrale", "Ring 1", "1010", "Salzburg")
    )
    assert names("salzb") == ["Anna Berger"]
    common.undo(renamed.change)
    assert names("salzb") == []

    deleted = contacts.delete_contact(ctx, anna)
    assert names("anna") == []
    common.undo(deleted.change)
    assert names("anna") == ["Anna Berger"]


def test_merged_contact_is_found_once_and_undo_brings_both_back(db, ctx):
    here = make_location(ctx, make_customer(ctx))
    survivor = make_contact(ctx, here, "Petra", "Huber", emails=("petra@huber.at",))
    other = make_contact(ctx, here, "Petra", "Huber", phones=("0664 9876543",))
    done = merge.merge_contacts(ctx, survivor, other)
    assert [h.contact_id for h in search_contacts("huber").hits] == [survivor]
    assert [h.contact_id for h in search_contacts("0664 987").hits] == [survivor]  # the phone came along
    common.undo(done.change)
    assert sorted(h.contact_id for h in search_contacts("huber").hits) == sorted([survivor, other])
    assert [h.contact_id for h in search_contacts("0664 987").hits] == [other]


def test_contacts_loaded_in_bulk_are_found(db, ctx):
    demo.generate(3, seed=5)
    first, last = Contact.select(Contact.first_name, Contact.last_name).order_by(Contact.id.desc()).tuples().first()
    assert any(f"{first} {last}" in h.display_name for h in search_contacts(f"{last} {first[:3]}").hits)
