"""Duplicate warnings, the list of likely duplicate pairs and "kein Duplikat" decisions (B3)."""

from __future__ import annotations

import pytest

from kontaktverwaltung.domain.errors import RuleViolation
from kontaktverwaltung.services import common, contacts, duplicates
from kontaktverwaltung.services.history import history_of_contact
from tests.conftest import dump_database
from tests.factories import contact_input, make_contact, make_customer, make_location

pytestmark = pytest.mark.usefixtures("db")


def _warnings(ctx, customer, location, first, last, emails=(), phones=()):
    found = duplicates.similar_contacts(ctx, customer, contact_input(location, first, last, emails, phones))
    return {card.id: reasons for card, reasons in found}


def _pairs(customer):
    return {(p.a.id, p.b.id): p.reasons for p in duplicates.duplicate_pairs(customer)}


def test_new_contact_with_the_same_email_is_warned_about(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))
    make_contact(ctx, location, "Georg", "Graf", emails=("georg@firma.at",))
    assert _warnings(ctx, customer, location, "Hanna", "Wimmer", emails=("ANNA@Firma.at",)) == {
        anna: ("gleiche E-Mail-Adresse",)
    }


def test_new_contact_with_the_same_phone_in_another_format_is_warned_about(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    anna = make_contact(ctx, location, "Anna", "Berger", phones=("0664 1234567",))
    assert _warnings(ctx, customer, location, "Hanna", "Wimmer", phones=("+43 664 123 45 67",)) == {
        anna: ("gleiche Telefonnummer",)
    }


def test_same_sounding_and_similar_names_are_warned_about(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    meier = make_contact(ctx, location, "Karl", "Meier")
    katharina = make_contact(ctx, location, "Katharina", "Berger")
    make_contact(ctx, location, "Susanne", "Wimmer")
    assert _warnings(ctx, customer, location, "Karl", "Mayer") == {meier: ("gleich klingender Name",)}
    assert _warnings(ctx, customer, location, "Catharina", "Berger") == {katharina: ("ähnlicher Name",)}
    assert _warnings(ctx, customer, location, "Karl", "Meier") == {meier: ("gleicher Name",)}
    assert _warnings(ctx, customer, location, "Theodor", "Zauner") == {}


def test_strongest_match_comes_first_and_other_customers_are_ignored(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    by_name = make_contact(ctx, location, "Karl", "Meier")
    by_mail_and_name = make_contact(ctx, location, "Karl", "Maier", emails=("k.meier@firma.at",))
    foreign = make_location(ctx, make_customer(ctx, "Andere GmbH"))
    make_contact(ctx, foreign, "Karl", "Meier", emails=("k.meier@firma.at",))
    found = duplicates.similar_contacts(
        ctx, customer, contact_input(location, "Karl", "Mayer", emails=("k.meier@firma.at",))
    )
    assert [card.id for card, _ in found] == [by_mail_and_name, by_name]
    assert found[0][1] == ("gleiche E-Mail-Adresse", "gleich klingender Name")


def test_editing_a_contact_is_not_warned_about_itself(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))
    data = contact_input(location, "Anna", "Berger", emails=("anna@firma.at",))
    assert duplicates.similar_contacts(ctx, customer, data, except_id=anna) == []


def test_duplicate_pairs_lists_pairs_with_their_reasons(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    meier = make_contact(ctx, location, "Karl", "Meier", emails=("karl@firma.at",))
    mayer = make_contact(ctx, location, "Karl", "Mayer", emails=("KARL@firma.at",))
    first = make_contact(ctx, location, "Anna", "Berger", phones=("0664 1234567",))
    second = make_contact(ctx, location, "Hanna", "Wimmer", phones=("+43 664 1234567",))
    make_contact(ctx, location, "Susanne", "Zauner")
    pairs = duplicates.duplicate_pairs(customer)
    assert [(p.a.id, p.b.id, p.reasons) for p in pairs] == [
        (meier, mayer, ("gleiche E-Mail-Adresse", "gleich klingender Name")),
        (first, second, ("gleiche Telefonnummer",)),
    ]
    assert pairs[0].score > pairs[1].score


def test_a_pair_marked_not_duplicate_is_never_suggested_again_until_undone(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    meier = make_contact(ctx, location, "Karl", "Meier")
    mayer = make_contact(ctx, location, "Karl", "Mayer")
    assert set(_pairs(customer)) == {(meier, mayer)}
    before = dump_database()

    done = duplicates.mark_not_duplicate(ctx, mayer, meier)
    assert _pairs(customer) == {}
    assert history_of_contact(meier)[0].kind == "not_duplicate"
    assert not duplicates.mark_not_duplicate(ctx, meier, mayer).change  # marking twice changes nothing

    common.undo(done.change)
    assert dump_database() == before
    assert set(_pairs(customer)) == {(meier, mayer)}

    common.redo(done.change)
    # Editing one of them later does not bring the pair back.
    contacts.edit_contact(ctx, mayer, None, contact_input(location, "Karl", "Mayer", position="Einkauf"))
    assert _pairs(customer) == {}


def test_not_duplicate_needs_two_contacts_of_one_customer(ctx):
    karl = make_contact(ctx, make_location(ctx, make_customer(ctx)), "Karl", "Meier")
    foreign = make_contact(ctx, make_location(ctx, make_customer(ctx, "Andere GmbH")), "Karl", "Meier")
    with pytest.raises(RuleViolation):
        duplicates.mark_not_duplicate(ctx, karl, foreign)
    with pytest.raises(RuleViolation):
        duplicates.mark_not_duplicate(ctx, karl, karl)


def test_a_pair_warned_about_on_entry_is_also_listed_as_duplicate_pair(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    katharina = make_contact(ctx, location, "Katharina", "Berger")
    assert _warnings(ctx, customer, location, "Catharina", "Berger") == {katharina: ("ähnlicher Name",)}
    catharina = make_contact(ctx, location, "Catharina", "Berger")
    assert _pairs(customer) == {(katharina, catharina): ("ähnlicher Name",)}


def test_merge_candidates_put_likely_duplicates_first_with_their_reasons(db, ctx):
    customer = make_customer(ctx)
    vienna, graz = make_location(ctx, customer, "Wien"), make_location(ctx, customer, "Graz", "Graz")
    anna = make_contact(ctx, vienna, "Anna", "Berger", emails=("anna@firma.at",))
    make_contact(ctx, vienna, "Zoe", "Adler")
    same_mail = make_contact(ctx, graz, "A.", "Zeller", emails=("Anna@Firma.at",))
    sounds_alike = make_contact(ctx, graz, "Anna", "Perger")
    make_contact(ctx, make_location(ctx, make_customer(ctx, "Andere AG", "K-9")), "Anna", "Berger")

    candidates = duplicates.merge_candidates(anna)

    assert [(c.id, reasons) for c, reasons in candidates[:2]] == [
        (same_mail, ("gleiche E-Mail-Adresse",)),
        (sounds_alike, ("gleich klingender Name",)),
    ]
    assert [(c.last_name, reasons) for c, reasons in candidates[2:]] == [("Adler", ())]  # the rest, by name


def test_the_database_wide_list_finds_the_pairs_of_every_customer_never_across_customers(ctx):
    first = make_location(ctx, make_customer(ctx, "Alpenbau GmbH"))
    second = make_location(ctx, make_customer(ctx, "Talbau AG"))
    meier = make_contact(ctx, first, "Karl", "Meier", emails=("karl@firma.at",))
    mayer = make_contact(ctx, first, "Karl", "Mayer")
    katharina = make_contact(ctx, second, "Katharina", "Berger", phones=("0664 1234567",))
    catharina = make_contact(ctx, second, "Catharina", "Berger", phones=("+43 664 1234567",))
    make_contact(ctx, second, "Karl", "Meier", emails=("karl@firma.at",))  # same person? other customer: no pair
    pairs = duplicates.duplicate_pairs()
    assert {(p.a.id, p.b.id): duplicates.reason_keys(p.reasons) for p in pairs} == {
        (katharina, catharina): ["phone", "name_similar"],
        (meier, mayer): ["name_sound"],
    }
    assert (pairs[0].a.id, pairs[0].b.id) == (katharina, catharina)  # strongest first

    duplicates.mark_not_duplicate(ctx, catharina, katharina)
    assert [(p.a.id, p.b.id) for p in duplicates.duplicate_pairs()] == [(meier, mayer)]


def test_a_value_shared_by_very_many_contacts_does_not_make_them_all_pairs(ctx):
    location = make_location(ctx, make_customer(ctx))
    for number in range(duplicates.BLOCK_LIMIT + 1):  # the switchboard number on every card
        make_contact(
            ctx, location, f"Person{number:02d}", f"Zuname{chr(65 + number % 26)}{number}", phones=("01 5321234",)
        )
    pairs = duplicates.duplicate_pairs()
    # Not all 1,830 pairs for "same phone": only those whose names also sound alike.
    assert len(pairs) < 61 * 60 // 2
    assert all(set(duplicates.reason_keys(p.reasons)) - {"phone"} for p in pairs)
