"""Merging two records of the same person (S4, R7): links re-pointed, exactly undoable."""

from __future__ import annotations

import datetime

import pytest
from argon2 import PasswordHasher

from kontaktverwaltung.domain.contact import InactiveReason
from kontaktverwaltung.domain.errors import ConflictError, NotFound, RuleViolation
from kontaktverwaltung.services import common, contacts, duplicates, merge, portal
from kontaktverwaltung.services.history import history_of_contact
from kontaktverwaltung.services.search import search_contacts
from kontaktverwaltung.store.db import counting_queries, now
from kontaktverwaltung.store.models import Contact, HistoryEntry, Job
from tests.conftest import dump_database
from tests.factories import make_contact, make_customer, make_location

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Still Argon2id, but cheap: the production parameters cost ~0.3 s per hash."""
    monkeypatch.setattr(portal, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def _channels(contact_id):
    return [(c.kind, c.normalized, c.is_primary) for c in contacts.channels_of(contact_id)]


def _pairs(dump):
    return {(row["contact_a"], row["contact_b"]) for row in dump["not_duplicate"]}


def _release_a_job(ctx, customer):
    job = portal.create_job(ctx, customer, "Freigegebener Job").value
    portal.set_job_released(ctx, job, True)


def test_merge_moves_every_link_and_undo_restores_both_exactly(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    survivor = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",), phones=("0664 1234567",))
    other = make_contact(
        ctx,
        location,
        "Anna",
        "Berger",
        emails=("a.berger@gmx.at", "ANNA@Firma.at"),
        phones=("+43 664 1234567", "+43 1 5556666"),
    )
    earlier = make_contact(ctx, location, "Anna", "Berger")
    merge.merge_contacts(ctx, other, earlier)  # an earlier merge record now points at ``other``
    third, fourth = make_contact(ctx, location, "Bernd", "Berger"), make_contact(ctx, location, "Berta", "Berger")
    duplicates.mark_not_duplicate(ctx, other, third)
    duplicates.mark_not_duplicate(ctx, survivor, other)
    duplicates.mark_not_duplicate(ctx, survivor, fourth)
    duplicates.mark_not_duplicate(ctx, other, fourth)  # says the same as survivor–fourth after the merge
    portal.create_job(ctx, customer, "Buchhalter/in", other)
    others_history = {h.id for h in history_of_contact(other)}

    preview = merge.merge_preview(survivor, other)
    assert (preview.jobs, preview.history_entries, preview.portal_login) == (1, len(others_history), False)
    assert (preview.channels_moving, preview.channels_duplicate, preview.not_duplicate_marks) == (2, 2, 3)

    before = dump_database()
    done = merge.merge_contacts(ctx, survivor, other)

    assert done.value == survivor
    with pytest.raises(NotFound):
        contacts.contact_card(other)
    assert _channels(survivor) == [
        ("email", "anna@firma.at", True),
        ("phone", "+436641234567", True),
        ("email", "a.berger@gmx.at", False),
        ("phone", "+4315556666", False),
    ]
    card = contacts.contact_card(survivor)
    assert (card.primary_email, card.primary_phone, card.username) == ("anna@firma.at", "0664 1234567", "aberger")
    assert portal.jobs_of(customer)[0].responsible_id == survivor
    history = history_of_contact(survivor)
    assert others_history <= {h.id for h in history}
    assert history[0].kind == "merged" and "zusammengeführt" in history[0].message()
    after = dump_database()
    assert {(m["survivor"], m["merged_contact_id"]) for m in after["contact_merge"]} == {
        (survivor, earlier),
        (survivor, other),
    }
    assert _pairs(after) == {(survivor, third), (survivor, fourth)}
    references = [j["responsible"] for j in after["job"]] + [h["contact"] for h in after["history_entry"]]
    references += [c["contact"] for c in after["contact_channel"]]
    assert other not in references
    assert [h.contact_id for h in search_contacts("a.berger@gmx.at").hits] == [survivor]

    common.undo(done.change)
    assert dump_database() == before

    common.redo(done.change)
    with pytest.raises(NotFound):
        contacts.contact_card(other)
    assert len(_channels(survivor)) == 4
    assert portal.jobs_of(customer)[0].responsible_id == survivor


def test_preview_gives_exact_counts_before_anything_happens(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    survivor = make_contact(ctx, location, "Karl", "Huber", emails=("karl@firma.at",))
    other = make_contact(ctx, location, "Karl", "Huber", emails=("k.huber@firma.at",), position="Einkauf")
    _release_a_job(ctx, customer)
    portal.create_job(ctx, customer, "Lagerist/in", other)
    portal.create_job(ctx, customer, "Staplerfahrer/in", other)
    portal.set_password(ctx, other, "sehr-geheim-123")
    before = dump_database()
    preview = merge.merge_preview(survivor, other)
    assert dump_database() == before
    # history of the other: created, two jobs created, password set
    assert (preview.jobs, preview.history_entries, preview.portal_login, preview.both_have_login) == (2, 4, True, False)
    assert (preview.channels_moving, preview.channels_duplicate, preview.not_duplicate_marks) == (1, 0, 0)
    assert preview.differing_fields == ("position",)
    assert preview.summary_de == "Übernommen werden: 2 Jobs, 4 History-Einträge und 1 Portalzugang"


def test_chosen_values_win_and_empty_survivor_fields_are_filled(ctx):
    customer = make_customer(ctx)
    vienna, graz = make_location(ctx, customer, "Wien"), make_location(ctx, customer, "Graz", "Graz")
    survivor = make_contact(ctx, vienna, "Eva", "Gruber", position="Assistentin", notes="Bevorzugt Anrufe")
    other = make_contact(
        ctx, graz, "Eva", "Gruber", title="Mag.", position="Leiterin Einkauf", department="Einkauf", notes="Alt"
    )
    preview = merge.merge_preview(survivor, other)
    assert set(preview.differing_fields) == {"title", "position", "department", "notes", "location"}
    merge.merge_contacts(ctx, survivor, other, choices={"position": "other"})
    card = contacts.contact_card(survivor)
    assert card.position == "Leiterin Einkauf"  # chosen
    assert (card.title, card.department) == ("Mag.", "Einkauf")  # empty survivor fields filled
    assert (card.notes, card.location_id) == ("Bevorzugt Anrufe", vienna)  # survivor's non-empty values win
    assert search_contacts("Leiterin Einkauf").hits[0].contact_id == survivor


def test_merging_across_customers_is_refused_and_changes_nothing(ctx):
    mine = make_contact(ctx, make_location(ctx, make_customer(ctx)), "Eva", "Gruber")
    foreign = make_contact(ctx, make_location(ctx, make_customer(ctx, "Andere GmbH")), "Eva", "Gruber")
    before = dump_database()
    with pytest.raises(RuleViolation) as error:
        merge.merge_contacts(ctx, mine, foreign)
    assert "desselben Kunden" in error.value.message()
    with pytest.raises(RuleViolation):
        merge.merge_preview(mine, foreign)
    assert dump_database() == before


def test_merge_with_itself_is_refused(ctx):
    contact = make_contact(ctx, make_location(ctx, make_customer(ctx)))
    with pytest.raises(RuleViolation):
        merge.merge_contacts(ctx, contact, contact)


def test_both_logins_need_a_choice_and_the_chosen_login_survives(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    survivor = make_contact(ctx, location, "Max", "Mustermann", emails=("max@firma.at",))
    other = make_contact(ctx, location, "Max", "Mustermann", emails=("max@gmx.at",))
    _release_a_job(ctx, customer)
    portal.set_password(ctx, survivor, "passwort-des-ersten")
    portal.set_password(ctx, other, "passwort-des-zweiten")
    assert merge.merge_preview(survivor, other).both_have_login
    before = dump_database()
    with pytest.raises(RuleViolation) as error:
        merge.merge_contacts(ctx, survivor, other)
    assert error.value.field == "login_from"
    assert dump_database() == before

    merge.merge_contacts(ctx, survivor, other, login_from="other")
    assert contacts.contact_card(survivor).username == "mmustermann2"
    assert portal.authenticate("mmustermann2", "passwort-des-zweiten") == survivor
    assert portal.authenticate("MAX@firma.at", "passwort-des-zweiten") == survivor
    assert portal.authenticate("max@gmx.at", "passwort-des-zweiten") == survivor
    assert portal.authenticate("mmustermann", "passwort-des-ersten") is None
    assert portal.authenticate("max@firma.at", "passwort-des-ersten") is None


def test_login_of_the_other_moves_when_only_the_other_has_one(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    survivor = make_contact(ctx, location, "Max", "Mustermann")
    other = make_contact(ctx, location, "Max", "Mustermann", emails=("max@gmx.at",))
    _release_a_job(ctx, customer)
    portal.set_password(ctx, other, "passwort-des-zweiten")
    merge.merge_contacts(ctx, survivor, other)
    assert contacts.contact_card(survivor).readiness.can_login
    assert portal.authenticate("max@gmx.at", "passwort-des-zweiten") == survivor


def test_suggested_survivor_is_the_older_active_one(ctx):
    location = make_location(ctx, make_customer(ctx))
    older = make_contact(ctx, location, "Eva", "Gruber")
    newer = make_contact(ctx, location, "Eva", "Gruber")
    assert merge.suggested_survivor(newer, older) == older
    assert merge.merge_preview(newer, older).suggested_survivor_id == older
    # Age decides, not the order of the ids.
    Contact.update(created_at=datetime.datetime(2020, 1, 1)).where(Contact.id == newer).execute()
    assert merge.suggested_survivor(older, newer) == newer
    contacts.set_active(ctx, newer, None, False, InactiveReason.AUSGESCHIEDEN)
    assert merge.suggested_survivor(older, newer) == older


def test_stale_versions_stop_the_merge(ctx):
    location = make_location(ctx, make_customer(ctx))
    survivor, other = make_contact(ctx, location, "Eva", "Gruber"), make_contact(ctx, location, "Eva", "Gruber")
    contacts.move_contact(ctx, other, None, location)  # someone else saved it meanwhile: version 2
    before = dump_database()
    with pytest.raises(ConflictError):
        merge.merge_contacts(ctx, survivor, other, expected_versions=(1, 1))
    assert dump_database() == before
    merge.merge_contacts(ctx, survivor, other, expected_versions=(1, 2))
    with pytest.raises(NotFound):
        contacts.contact_card(other)


def test_survivor_without_phone_shows_the_others_phone_on_the_card(ctx):
    location = make_location(ctx, make_customer(ctx))
    survivor = make_contact(ctx, location, "Eva", "Gruber", emails=("eva@firma.at",))
    other = make_contact(ctx, location, "Eva", "Gruber", phones=("0664 7654321",))
    merge.merge_contacts(ctx, survivor, other)
    assert contacts.contact_card(survivor).primary_phone == "0664 7654321"


def test_merge_that_would_make_email_login_ambiguous_is_refused(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    _release_a_job(ctx, customer)
    clara = make_contact(ctx, location, "Clara", "Huber", emails=("office@firma.at",))
    portal.set_password(ctx, clara, "clara-geheim-123")
    survivor = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))
    portal.set_password(ctx, survivor, "anna-geheim-123")
    other = make_contact(ctx, location, "Anna", "Berger", emails=("office@firma.at",))  # no login: allowed
    before = dump_database()
    with pytest.raises(RuleViolation):
        merge.merge_contacts(ctx, survivor, other)
    assert dump_database() == before
    assert portal.authenticate("office@firma.at", "clara-geheim-123") == clara


# --- what the merge dialog shows (R7) ---------------------------------------------------------


def test_comparison_lists_each_differing_field_with_both_values_and_the_default(ctx):
    customer = make_customer(ctx)
    wien, graz = make_location(ctx, customer, "Zentrale", "Wien"), make_location(ctx, customer, "Filiale", "Graz")
    survivor = make_contact(
        ctx, wien, "Eva", "Gruber", emails=("eva@firma.at",), phones=("0664 1234567",),
        position="Assistentin", notes="Bevorzugt Anrufe",
    )  # fmt: skip
    other = make_contact(
        ctx, graz, "Eva", "Gruber", emails=("EVA@firma.at", "eva.gruber@gmx.at"), phones=("+43 1 5556666",),
        title="Mag.", position="Leiterin Einkauf", department="Einkauf",
    )  # fmt: skip
    before = dump_database()
    comparison = merge.merge_comparison(survivor, other)
    assert dump_database() == before  # only reads

    rows = [(r.key, r.label, r.survivor_text, r.other_text, r.default) for r in comparison.rows]
    assert rows == [
        ("title", "Titel", "", "Mag.", "other"),
        ("position", "Position", "Assistentin", "Leiterin Einkauf", "survivor"),
        ("department", "Abteilung", "", "Einkauf", "other"),
        ("notes", "Notizen", "Bevorzugt Anrufe", "", "survivor"),
        ("location", "Standort", "Zentrale (Wien)", "Filiale (Graz)", "survivor"),
    ]
    assert (comparison.survivor.id, comparison.other.id) == (survivor, other)
    assert comparison.survivor.name == "Frau Eva Gruber" and comparison.other.name == "Frau Mag. Eva Gruber"
    assert comparison.survivor_note.startswith("Vorschlag: Der ältere aktive Eintrag bleibt erhalten")
    assert [(c.kind_label, c.display, c.is_primary, c.from_other) for c in comparison.channels] == [
        ("E-Mail", "eva@firma.at", True, False),
        ("Telefon", "0664 1234567", True, False),
        ("E-Mail", "eva.gruber@gmx.at", False, True),
        ("Telefon", "01 5556666", False, True),
    ]
    assert comparison.preview == merge.merge_preview(survivor, other)

    # the defaults are R7's rule: merging with them is merging without choices
    assert comparison.choices() == {
        "title": "other",
        "position": "survivor",
        "department": "other",
        "notes": "survivor",
        "location": "survivor",
    }
    merge.merge_contacts(ctx, survivor, other, choices=comparison.choices({"position": "other"}))
    card = contacts.contact_card(survivor)
    assert (card.title, card.position, card.department, card.notes, card.location_id) == (
        "Mag.",
        "Leiterin Einkauf",
        "Einkauf",
        "Bevorzugt Anrufe",
        wien,
    )
    assert [c.display for c in contacts.channels_of(survivor)] == [c.display for c in comparison.channels]


def test_the_active_state_is_one_choice_with_its_reason_and_end_date(ctx):
    location = make_location(ctx, make_customer(ctx))
    active = make_contact(ctx, location, "Eva", "Gruber")
    away = make_contact(ctx, location, "Eva", "Gruber")
    contacts.set_active(ctx, away, None, False, InactiveReason.KARENZ, datetime.date(2030, 12, 31))
    comparison = merge.merge_comparison(active, away)
    [status] = comparison.rows
    assert (status.label, status.fields) == ("Status", ("active", "inactive_reason", "inactive_until"))
    assert (status.survivor_text, status.other_text, status.default) == (
        "aktiv",
        "inaktiv (Karenz bis 31.12.2030)",
        "survivor",
    )
    assert comparison.survivor_note == "Vorschlag: Der aktive Eintrag bleibt erhalten, der andere ist inaktiv."

    swapped = merge.merge_comparison(away, active)
    assert swapped.survivor_note == "Abweichend vom Vorschlag: Der gewählte Eintrag ist inaktiv, der andere aktiv."

    merge.merge_contacts(ctx, active, away, choices=comparison.choices({"active": "other"}))
    card = contacts.contact_card(active)
    assert (card.active, card.inactive_reason, card.inactive_until) == (False, "Karenz", datetime.date(2030, 12, 31))


def test_the_comparison_in_english_translates_labels_and_states_not_the_values(ctx, english):
    location = make_location(ctx, make_customer(ctx))
    active = make_contact(ctx, location, "Eva", "Gruber", emails=("eva@gruber.at",))
    away = make_contact(ctx, location, "Eva", "Gruber")
    contacts.set_active(ctx, away, None, False, InactiveReason.KARENZ, datetime.date(2030, 12, 31))
    comparison = merge.merge_comparison(active, away)
    [status] = comparison.rows
    assert (status.label, status.survivor_text, status.other_text) == (
        "Status",
        "active",
        "inactive (Parental leave until 31.12.2030)",
    )
    assert comparison.survivor_note == "Suggested: the active record is kept, the other one is inactive."
    assert [c.kind_label for c in comparison.channels] == ["E-mail"]
    assert comparison.survivor.name == "Ms Eva Gruber"  # the salutation in English, the name as typed


def test_comparison_of_an_older_inactive_pair_and_of_contacts_of_two_customers(ctx):
    location = make_location(ctx, make_customer(ctx))
    older, newer = make_contact(ctx, location, "Eva", "Gruber"), make_contact(ctx, location, "Eva", "Gruber")
    Contact.update(created_at=datetime.datetime(2020, 3, 1, 9, 0)).where(Contact.id == older).execute()
    assert merge.merge_comparison(older, newer).rows == ()
    assert merge.merge_comparison(older, newer).survivor_note.startswith(
        "Vorschlag: Der ältere aktive Eintrag bleibt erhalten (angelegt am 01.03.2020, der andere am "
    )
    assert merge.merge_comparison(newer, older).survivor_note.startswith(
        "Abweichend vom Vorschlag: Der andere Eintrag ist älter (angelegt am 01.03.2020, der gewählte am "
    )
    foreign = make_contact(ctx, make_location(ctx, make_customer(ctx, "Andere GmbH")), "Eva", "Gruber")
    with pytest.raises(RuleViolation):
        merge.merge_comparison(older, foreign)


def _links(customer: int, contact: int, count: int) -> None:
    """``count`` links to the contact: four fifths history entries, one fifth jobs."""
    stamp = now()
    history = {"customer": customer, "contact": contact, "kind": "edited", "text": "", "author": "Test", "at": stamp}
    HistoryEntry.insert_many([history] * (count * 4 // 5)).execute()
    job = {"customer": customer, "responsible": contact, "title": "Job", "created_at": stamp, "updated_at": stamp}
    Job.insert_many([job] * (count // 5)).execute()


def test_a_merge_and_its_undo_and_redo_send_as_many_statements_for_1200_links_as_for_10(ctx):
    """Issue 15 item 5: a merge is set-based, so 5,000 links cost no more statements than ten;
    and the merge stays exactly undoable with many links (and a "not a duplicate" mark and e-mails
    and phones to unite)."""
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    sent = []
    for links in (10, 1_200):  # beyond two lists of 500 ids (MariaDB before issue 15)
        survivor = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",), phones=("0664 1234567",))
        other = make_contact(
            ctx,
            location,
            "Anna",
            "Berger",
            emails=("a.berger@gmx.at", "anna@firma.at"),
            phones=("+43 1 5556666", "+43 664 1234567"),
        )
        duplicates.mark_not_duplicate(ctx, other, make_contact(ctx, location, "Bernd", "Berger"))
        _links(customer, survivor, links)
        _links(customer, other, links)
        before = dump_database()
        with counting_queries() as merged:
            done = merge.merge_contacts(ctx, survivor, other)
        after = dump_database()
        assert sum(h["contact"] == survivor for h in after["history_entry"]) >= 2 * links * 4 // 5
        assert sum(j["responsible"] == survivor for j in after["job"]) == 2 * (links // 5)
        with counting_queries() as undone:
            common.undo(done.change)
        assert dump_database() == before
        with counting_queries() as redone:
            common.redo(done.change)
        assert dump_database() == after
        sent.append((merged[0], undone[0], redone[0]))
    assert sent[0] == sent[1], f"statements (merge, undo, redo) for 10 links vs 1,200: {sent}"
