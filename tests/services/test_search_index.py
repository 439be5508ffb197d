"""Global search (B8) by word beginnings through the word index (R10): ranking of name matches,
and the index following every change: edit, move, delete, merge, bulk load, import, undo."""

from __future__ import annotations

import peewee as pw
import pytest

from kontaktverwaltung.domain.importing import read_bytes, records
from kontaktverwaltung.services import common, contacts, demo, imports, locations, merge
from kontaktverwaltung.services.search import search_contacts
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.models import Contact, Location
from kontaktverwaltung.store.repo import WORD_LENGTH, query_words
from kontaktverwaltung.store.schema import fill_pg_words
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


def test_imported_contacts_are_found_and_undoing_the_import_forgets_them(db, ctx):
    data = "Firma;Vorname;Nachname;E-Mail;Ort\nKaltenbrunner KG;Quirin;Zauchensee;q.z@kaltenbrunner.at;Bad Ischl\n"
    done = imports.import_records(ctx, records(read_bytes(data.encode(), "liste.csv")), "liste.csv")
    assert names("zauchen") == names("kaltenbr") == names("quirin zau") == ["Quirin Zauchensee"]
    common.undo(done.change)
    assert names("zauchen") == names("kaltenbr") == []


# Scripts without a folding to Latin, a name longer than a stored word, digits, separators.
ODD_NAMES = [("Жанна", "Петрова-Іваненко"), ("Ελένη", "Παπαδοπούλου"), ("小明", "王"), ("Ædda", "O'Brien_2nd")]


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_tables_of_words_hold_the_words_of_every_text_after_each_kind_of_write(db, ctx):
    """The triggers write the words a migration's filling writes (MariaDB: as the query is split)."""
    demo.generate(2, seed=3)  # a bulk load: the words are filled at its end
    assert words_in_tables() == words_of_texts() != set()
    here = make_location(ctx, make_customer(ctx, "Ω-Werke"), "Größtes Lager", "Sankt Pölten")
    ids = [
        make_contact(ctx, here, first, last, emails=(f"x{i}@firma-{i}.at",))
        for i, (first, last) in enumerate(ODD_NAMES)
    ]
    long = make_contact(ctx, here, "Anna", "Bau", phones=("+43 664 1234567",), position="B" * 130)
    assert names("жан") == names("ПЕТРОВА") == ["Жанна Петрова-Іваненко"]
    assert names("王") == ["小明 王"] and names("b" * 120) == ["Anna Bau"]
    assert words_in_tables() == words_of_texts()

    contacts.edit_contact(ctx, ids[0], None, contact_input(here, "Zoë", "Ñúñez", department="Einkauf"))
    merge.merge_contacts(ctx, ids[1], ids[2])
    done = contacts.delete_contact(ctx, long)
    locations.edit_location(ctx, here, None, locations.LocationInput("Nebenlager", "Ring 1", "1010", "Krems"))
    assert words_in_tables() == words_of_texts()
    assert names("nunez einkauf") == ["Zoë Ñúñez"] and names("krems") != [] and names("polten") == []
    common.undo(done.change)
    assert words_in_tables() == words_of_texts()
    assert names("0664 1234567") == ["Anna Bau"]


def words_in_tables() -> set[tuple[str, ...]]:
    database = dbmod.current()
    found = {tuple(row) for row in database.execute_sql("SELECT field, word, contact_id FROM contact_word")}
    found |= {("l", *row) for row in database.execute_sql("SELECT word, location_id FROM location_word")}
    return found


def words_of_texts() -> set[tuple[str, ...]]:
    """The words the tables should hold: as PostgreSQL fills them anew (schema 10), as the query
    is split on MariaDB (schema 8 fills them so)."""
    database = dbmod.current()
    if isinstance(database, pw.PostgresqlDatabase):
        with database.atomic() as attempt:
            fill_pg_words(database)
            refilled = words_in_tables()
            attempt.rollback()
        return refilled
    expected = set()
    for contact_id, name, text in Contact.select(Contact.id, Contact.search_name, Contact.search_text).tuples():
        expected |= {("n", w[:WORD_LENGTH], contact_id) for w in query_words([name])}
        expected |= {("t", w[:WORD_LENGTH], contact_id) for w in query_words([text])}
    for location_id, text in Location.select(Location.id, Location.search_text).tuples():
        expected |= {("l", w[:WORD_LENGTH], location_id) for w in query_words([text])}
    return expected
