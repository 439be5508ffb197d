"""B10: what the domain words itself is English when the English catalogue is installed, and
German (unchanged) otherwise – one mechanism, no language branches (docs/translations.md)."""

from __future__ import annotations

import datetime

from kontaktverwaltung.domain.channels import ChannelKind
from kontaktverwaltung.domain.conflicts import changed_fields
from kontaktverwaltung.domain.contact import InactiveReason, Salutation, display_name, field_label, reason_label
from kontaktverwaltung.domain.duplicates import reason_label as duplicate_reason
from kontaktverwaltung.domain.history import HistoryKind
from kontaktverwaltung.domain.merge import MergeSide, survivor_note
from kontaktverwaltung.domain.messages import T, german, msg, render
from kontaktverwaltung.domain.portal import ApplicantData, JobVisibility, portal_readiness, role_summary
from kontaktverwaltung.domain.results import DeleteImpact, MergePreview
from kontaktverwaltung.domain.text import counted, counts, enumeration, number


def test_numbers_counts_and_lists_read_as_english(english):
    assert number(1_200) == "1,200"
    assert counted(14, "contact", "contacts") == "14 contacts"
    assert counted(1, "location", "locations") == "1 location"
    assert enumeration(["a", "b", "c"]) == "a, b and c"
    assert counts((2, "job", "jobs"), (0, "x", "xs"), (1, "entry", "entries")) == "2 jobs and 1 entry"


def test_numbers_counts_and_lists_in_german_without_a_catalogue():
    assert number(1_200) == "1.200"
    assert counted(10_000, "Ansprechpartner", "Ansprechpartner") == "10.000 Ansprechpartner"
    assert enumeration(["a", "b", "c"]) == "a, b und c"


def test_a_message_is_rendered_when_shown_not_when_made(english):
    message = msg(T("Kunde „{name}“ anlegen"), name="Alpenbau")
    assert render(message) == "Create client “Alpenbau”"
    assert german(message) == "Kunde „Alpenbau“ anlegen"


def test_portal_readiness_in_english(english):
    no_job = portal_readiness(True, False, False)
    assert no_job.short() == "Portal: no job released yet"
    assert no_job.short_de == "Portal: noch kein Job freigegeben"
    blocked = portal_readiness(False, False, True)
    assert blocked.short() == "Portal: blocked (inactive)"
    assert blocked.summary() == "Inactive – portal access blocked; No password set"
    assert blocked.summary_de == "Inaktiv – Portalzugang gesperrt; Kein Passwort gesetzt"
    assert portal_readiness(True, False, True).short() == "Portal: no password"
    ready = portal_readiness(True, True, True)
    assert (ready.short(), ready.summary()) == ("Portal: can sign in", "Can sign in to the client portal")
    assert ready.short_de == "Portal: Anmeldung möglich"


def test_role_visibility_in_english(english):
    assert JobVisibility.LOCATION.label() == "the jobs of their location"
    assert ApplicantData.FULL.label_de == "vollständige Bewerberdaten"
    sentence = role_summary(JobVisibility.CUSTOMER, ApplicantData.ANONYMISED)
    assert sentence == "Sees all jobs of the client and anonymised candidate data."


def test_role_visibility_in_german():
    assert role_summary(JobVisibility.NONE, ApplicantData.NONE).startswith("Sieht keine Jobs")


def test_every_kind_and_reason_has_an_english_label(english):
    for kinds in (HistoryKind, ChannelKind, JobVisibility, ApplicantData, InactiveReason):
        for kind in kinds:
            assert (kind.label() and kind.label() != german(kind.text)) or kind.label() == "Fax", kind
    assert HistoryKind.JOB_RELEASED.label() == "Job released to portals"
    assert ChannelKind.MOBILE.label() == "Mobile"
    assert reason_label("Karenz") == "Parental leave"
    assert reason_label("früher einmal") == "früher einmal"  # unknown: as stored


def test_the_salutation_is_translated_the_name_is_not(english):
    assert display_name("Frau", "Mag.", "Anna", "Müller") == "Ms Mag. Anna Müller"
    assert display_name("Herr", "", "Jürgen", "Weiß") == "Mr Jürgen Weiß"
    assert display_name("divers", "", "Kim", "Ober") == "Kim Ober"
    assert Salutation.NONE.label() == ""


def test_the_salutation_in_german():
    assert display_name("Frau", "Mag.", "Anna", "Müller") == "Frau Mag. Anna Müller"


def test_what_a_deletion_loses_and_a_merge_takes_over_in_english(english):
    impact = DeleteImpact(1, "Anna Berger", jobs=2, history_entries=12, portal_login=True, channels=3)
    assert impact.summary() == "2 jobs, 12 history entries and 1 portal access"
    assert impact.summary_de == "2 Jobs, 12 History-Einträge und 1 Portalzugang"
    preview = MergePreview(1, 2, 1, (), 0, 0, False, False, 0, 0, 0)
    assert preview.summary() == "There are no jobs, history or portal access to take over"
    assert preview.summary_de == "Es gibt keine Jobs, History oder Portalzugang zu übernehmen"


def test_merge_labels_notes_and_duplicate_reasons_in_english(english):
    older = MergeSide(1, True, datetime.datetime(2025, 3, 1, 9))
    newer = MergeSide(2, True, datetime.datetime(2026, 5, 2, 9))
    assert render(survivor_note(older, newer)) == (
        "Suggested: the older active record is kept (created on 01.03.2025, the other on 02.05.2026)."
    )
    assert german(survivor_note(older, newer)).startswith("Vorschlag: Der ältere aktive Eintrag bleibt erhalten")
    assert field_label("role") == "Client role"
    assert duplicate_reason("gleich klingender Name") == "similar-sounding name"


def test_changed_meanwhile_fields_in_english(english):
    seen = {"first_name": "Anna", "active": True}
    now = {"first_name": "Anne", "active": False}
    assert changed_fields(seen, now) == [("First name", "Anna", "Anne"), ("Status", "active", "inactive")]


def test_changed_meanwhile_fields_in_german():
    seen = {"first_name": "Anna", "active": True}
    now = {"first_name": "Anne", "active": False}
    assert changed_fields(seen, now) == [("Vorname", "Anna", "Anne"), ("Status", "aktiv", "inaktiv")]


def test_a_search_hit_translates_only_its_salutation(english):
    from kontaktverwaltung.domain.results import SearchHit

    hit = SearchHit(1, 1, "K-1", "Alpenbau", 1, "Zentrale", "Frau Mag. Anna Berger", "", "", "", True, "Frau")
    assert hit.name() == "Ms Mag. Anna Berger"
    assert hit.display_name == "Frau Mag. Anna Berger"
    assert SearchHit(2, 1, "K-1", "A", 1, "Z", "Kim Ober", "", "", "", True, "divers").name() == "Kim Ober"
