"""Import (R12) on every backend: placement, matching, idempotent re-import, dry run, undo of a
whole import (also from a later process), bad files."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kontaktverwaltung.domain.errors import ConflictError, NotFound
from kontaktverwaltung.domain.importing import UnreadableFile, read_bytes, read_path, records
from kontaktverwaltung.services import contacts, customers, imports
from kontaktverwaltung.services.common import undo
from kontaktverwaltung.services.history import history_of_customer
from kontaktverwaltung.services.imports import RowChoice, RowStatus
from kontaktverwaltung.store import repo
from tests.conftest import dump_database
from tests.factories import make_contact, make_customer, make_location

pytestmark = pytest.mark.usefixtures("db")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def import_fixture(ctx, name: str, **options):
    return imports.import_records(ctx, records(read_path(FIXTURES / name)), name, **options)


def cards_of(number_or_name: str):
    for view in customers.list_customers():
        if number_or_name in (view.number, view.name):
            return customers.load_panel(view.id)
    raise AssertionError(f"no customer {number_or_name}")


def without_batches(dump: dict) -> dict:
    return {table: rows for table, rows in dump.items() if not table.startswith("import_batch")}


def card(panel, last_name: str):
    (found,) = [c for c in panel.contacts if c.last_name == last_name]
    return found


def test_outlook_file_places_rows_into_customers_and_locations(ctx):
    done = import_fixture(ctx, "outlook_de.csv")
    report = done.value
    assert (report.created, report.updated, report.unchanged, report.skipped) == (4, 0, 0, 1)
    oellinger = cards_of("Bäckerei Öllinger GmbH")
    assert [loc.name for loc in oellinger.locations] == ["Linz"]  # both rows: same street and city
    assert oellinger.locations[0].street == "Hauptstraße 12, Stiege 2"
    juergen = card(oellinger, "Größinger")
    assert (juergen.salutation, juergen.title, juergen.position) == ("Frau", "Mag.", "Personalleiterin")
    assert juergen.primary_email == "j.groessinger@oellinger.at"
    assert juergen.username == "jgroessinger"
    # Phones read with the row's country: a German number in a German row.
    mueller = cards_of("Müller & Söhne AG")
    assert mueller.locations[0].country == "DE"
    assert card(mueller, "Krämer").phone_e164 == "+49891234567"
    # A company-only row is reported, never a nameless contact; the bad values are reported per row.
    problems = {(p.row, p.field, p.value) for p in report.problems}
    assert (4, "Nachname", "") in problems
    assert (3, "E-Mail 2: Adresse", "keine-adresse") in problems  # René is imported without it
    assert (6, "Telefon geschäftlich", "12") in problems
    assert any(p.row == 5 and "Exchange" in p.message() for p in report.problems)
    assert customers.list_customers() and not [c for c in customers.list_customers() if c.name == "Nur Firma KG"]
    assert card(oellinger, "Doppler").primary_email == "rene.doppler@oellinger.at"


def test_reimporting_the_same_file_changes_nothing(ctx):
    import_fixture(ctx, "outlook_de.csv")
    before = dump_database()
    again = import_fixture(ctx, "outlook_de.csv").value
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert again.import_id is None  # nothing to undo
    assert dump_database() == before


READERS = [
    "google.csv",
    "google_old.csv",
    "apple.vcf",
    "outlook_21.vcf",
    "thunderbird.vcf",
    "excel_de.csv",
    "kontakte.xlsx",
]


@pytest.mark.parametrize("name", READERS)
def test_every_reader_imports_and_reimports_idempotently(ctx, name):
    first = import_fixture(ctx, name).value
    assert first.created >= 1
    before = dump_database()
    again = import_fixture(ctx, name).value
    assert again.created == again.updated == 0 and again.unchanged == first.created + first.updated
    assert dump_database() == before


def test_matching_by_email_then_phone_then_name_within_the_customer(ctx):
    customer = make_customer(ctx, "Hofer KG", "K-500")
    location = make_location(ctx, customer, "Zentrale Sattledt", "Sattledt")
    by_email = make_contact(ctx, location, "Eva", "Lindner-Alt", emails=("eva.lindner@hofer.at",))
    by_phone = make_contact(ctx, location, "M.", "Aigner", phones=("07244 8000-112",))
    by_name = make_contact(ctx, location, "Thomas", "Brunner", position="")
    elsewhere = make_location(ctx, make_customer(ctx, "Andere AG"))
    other = make_contact(ctx, elsewhere, "Thomas", "Brunner")  # another customer: never matched
    report = import_fixture(ctx, "excel_de.csv").value
    assert (report.created, report.updated) == (0, 3)
    assert {o.matched_by for o in report.rows} == {"email", "phone", "name"}
    assert contacts.contact_card(by_email).last_name == "Lindner"  # a non-empty cell overwrites
    assert contacts.contact_card(by_phone).primary_email == "markus.aigner@hofer.at"  # added
    assert contacts.contact_card(by_name).position == "Lagerleiter"
    assert contacts.contact_card(other).position == ""
    panel = customers.load_panel(customer)
    assert [loc.name for loc in panel.locations] == ["Zentrale Sattledt"]  # a matched person is not moved


def test_phones_without_a_country_are_read_where_the_customer_is(ctx):
    """An Outlook row without Land/Region, a customer in Germany (first) and Austria: the Austrian
    mobile the contact has is recognised (unchanged), an Austrian landline is no "bad number"."""
    from kontaktverwaltung.services import locations

    customer = make_customer(ctx, "Simic GmbH")
    locations.create_location(ctx, customer, locations.LocationInput("Zentrale Coburg", city="Coburg", country="DE"))
    austria = locations.create_location(ctx, customer, locations.LocationInput("Lager Lilienfeld", country="AT")).value
    make_contact(ctx, austria, "Sylvester", "Brandstetter", emails=("s.b@simic.at",), phones=("+43 650 3599162",))
    data = (
        "Vorname;Nachname;Firma;Telefon geschäftlich;E-Mail-Adresse\r\n"
        "Sylvester;Brandstetter;Simic GmbH;0650 3599162;s.b@simic.at\r\n"
        "Stefan;Biggen;Simic GmbH;0316 370242;\r\n"
        "Greta;Brandt;Simic GmbH;09561 12345;\r\n"
    )
    report = imports.import_records(ctx, records(read_bytes(data.encode(), "a.csv")), "a.csv").value
    assert [o.status for o in report.rows] == [RowStatus.UNCHANGED, RowStatus.CREATED, RowStatus.CREATED]
    assert report.problems == ()
    phones = {c.last_name: c.phone_e164 for c in cards_of("Simic GmbH").contacts}
    assert phones == {"Brandstetter": "+436503599162", "Biggen": "+43316370242", "Brandt": "+49956112345"}


def test_empty_cells_never_erase(ctx):
    location = make_location(ctx, make_customer(ctx, "Hofer KG"), "Zentrale Sattledt")
    eva = make_contact(ctx, location, "Eva", "Lindner", emails=("eva.lindner@hofer.at",), department="Personal")
    data = "Firma;Vorname;Nachname;E-Mail;Abteilung;Position\nHofer KG;Eva;Lindner;eva.lindner@hofer.at;;Leitung\n"
    report = imports.import_records(ctx, records(read_bytes(data.encode(), "a.csv")), "a.csv").value
    assert report.updated == 1
    after = contacts.contact_card(eva)
    assert (after.department, after.position) == ("Personal", "Leitung")


def test_edited_export_reimports_as_updates_by_contact_id(ctx):
    customer = make_customer(ctx, "Hofer KG", "K-77")
    location = make_location(ctx, customer, "Zentrale Sattledt", "Sattledt")
    eva = make_contact(ctx, location, "Eva", "Lindner", emails=("alt@hofer.at",))
    text = (FIXTURES / "export_edited.csv.in").read_text("utf-8").format(id=eva, number="K-77")
    data = codecs.BOM_UTF8 + text.encode()
    report = imports.import_records(ctx, records(read_bytes(data, "export.csv")), "export.csv").value
    assert (report.created, report.updated) == (0, 1) and report.rows[0].matched_by == "id"
    after = contacts.contact_card(eva)
    assert after.position == "Leiterin Personal"
    assert after.notes == "=1+1 ist keine Formel"  # the export's guard removed
    phones = {c.normalized for c in contacts.channels_of(eva)}
    assert {"+4372448000", "+436643332221"} <= phones  # "+43…", not "'+43…"


def test_a_contact_id_of_another_database_does_not_overwrite_someone_else(ctx):
    location = make_location(ctx, make_customer(ctx, "Alpenbau GmbH", "K-1"))
    stranger = make_contact(ctx, location, "Karl", "Fremd", position="Polier")
    data = f"Kontakt-ID;Firma;Vorname;Nachname;Position\n{stranger};Hofer KG;Eva;Lindner;Leiterin\n"
    report = imports.import_records(ctx, records(read_bytes(data.encode(), "a.csv")), "a.csv").value
    assert (report.created, report.updated) == (1, 0)
    assert "Kontakt-ID" in [p.field for p in report.problems]
    assert contacts.contact_card(stranger).position == "Polier"


def test_customer_option_puts_every_row_into_one_customer(ctx):
    make_customer(ctx, "Zielkunde GmbH", "K-900")
    report = import_fixture(ctx, "outlook_de.csv", customer_number="K-900").value
    assert report.created == 4
    assert [c.name for c in customers.list_customers()] == ["Zielkunde GmbH"]
    with pytest.raises(NotFound, match="K-404"):
        import_fixture(ctx, "outlook_de.csv", customer_number="K-404")


def test_dry_run_reports_everything_and_writes_nothing(ctx):
    before = dump_database()
    report = import_fixture(ctx, "outlook_de.csv", dry_run=True).value
    assert (report.created, report.skipped, report.import_id) == (4, 1, None)
    assert len(report.problems) >= 4
    assert dump_database() == before


def test_preview_and_row_choices(ctx):
    location = make_location(ctx, make_customer(ctx, "Hofer KG"), "Zentrale Sattledt")
    make_contact(ctx, location, "Eva", "Lindner", emails=("eva.lindner@hofer.at",))
    recs = records(read_path(FIXTURES / "excel_de.csv"))
    rows = imports.preview(ctx, recs)
    assert [r.status for r in rows] == [RowStatus.UPDATED, RowStatus.CREATED, RowStatus.CREATED]
    assert rows[0].matched == "Eva Lindner"
    choices = {2: RowChoice.NEW, 4: RowChoice.SKIP}
    rows = imports.preview(ctx, recs, choices=choices)
    assert [r.status for r in rows] == [RowStatus.CREATED, RowStatus.SKIPPED, RowStatus.CREATED]
    report = imports.import_records(ctx, recs, "excel_de.csv", choices=choices).value
    assert (report.created, report.skipped) == (2, 1)
    panel = customers.load_panel(repo.location(location).customer_id)
    assert len([c for c in panel.contacts if c.last_name == "Lindner"]) == 2


def test_cancel_writes_nothing(ctx):
    before = dump_database()
    with pytest.raises(imports.ImportCancelled):
        import_fixture(ctx, "outlook_de.csv", progress=lambda done, total: False)
    assert dump_database() == before


def test_one_history_entry_per_customer_touched(ctx):
    import_fixture(ctx, "outlook_de.csv")
    panel = cards_of("Bäckerei Öllinger GmbH")
    entries = history_of_customer(panel.customer.id)
    assert [e.kind for e in entries] == ["imported"]
    assert "outlook_de.csv" in entries[0].message() and "2 Ansprechpartner angelegt" in entries[0].message()


def test_undo_in_the_session_removes_the_whole_import(ctx):
    location = make_location(ctx, make_customer(ctx, "Hofer KG"), "Zentrale Sattledt")
    make_contact(ctx, location, "Eva", "Lindner-Alt", emails=("eva.lindner@hofer.at",))
    before = dump_database()
    done = import_fixture(ctx, "excel_de.csv")
    undo(done.change)
    assert dump_database() == before


def test_undo_last_restores_updated_and_removes_created_rows(ctx):
    location = make_location(ctx, make_customer(ctx, "Hofer KG"), "Zentrale Sattledt")
    make_contact(ctx, location, "Eva", "Lindner-Alt", emails=("eva.lindner@hofer.at",))
    import_fixture(ctx, "outlook_de.csv")
    before = dump_database()
    import_fixture(ctx, "excel_de.csv")
    undone = imports.undo_last_import(ctx)
    assert str(undone.description) == "Import „excel_de.csv“"
    after = dump_database()
    assert without_batches(after) == without_batches(before)
    assert after["import_batch"][-1]["undone_at"] is not None  # kept, marked as undone
    imports.undo_last_import(ctx)  # then the one before
    assert not [c for c in customers.list_customers() if c.name == "Bäckerei Öllinger GmbH"]
    with pytest.raises(NotFound, match="keinen Import"):
        imports.undo_last_import(ctx)


def test_undo_last_is_refused_when_a_touched_contact_changed_since(ctx):
    import_fixture(ctx, "excel_de.csv")
    panel = cards_of("Hofer KG")
    eva = card(panel, "Lindner")
    contacts.set_active(ctx, eva.id, eva.version, False, contacts.InactiveReason.KARENZ)
    before = dump_database()
    with pytest.raises(ConflictError, match="inzwischen"):
        imports.undo_last_import(ctx)
    assert dump_database() == before


def _import_entry(customer: str, file_name: str):
    (entry,) = [e for e in history_of_customer(cards_of(customer).customer.id) if file_name in e.message()]
    return entry


def test_an_import_is_undone_from_its_history_entry_and_that_is_one_undo_step(ctx):
    location = make_location(ctx, make_customer(ctx, "Hofer KG"), "Zentrale Sattledt")
    make_contact(ctx, location, "Eva", "Lindner-Alt", emails=("eva.lindner@hofer.at",))
    import_fixture(ctx, "outlook_de.csv")
    before = dump_database()
    import_fixture(ctx, "excel_de.csv")
    imported = dump_database()
    kept = imports.import_of_history_entry(_import_entry("Hofer KG", "excel_de.csv").id)
    assert kept is not None and (kept.file_name, kept.created, kept.updated) == ("excel_de.csv", 2, 1)
    done = imports.undo_import(ctx, kept.import_id)  # not the latest one: "undo last" would not do
    assert without_batches(dump_database()) == without_batches(before)
    assert card(cards_of("Hofer KG"), "Lindner-Alt").first_name == "Eva"  # updated row restored
    assert imports.import_of_history_entry(_import_entry("Bäckerei Öllinger GmbH", "outlook_de.csv").id)
    with pytest.raises(NotFound, match="schon rückgängig"):
        imports.undo_import(ctx, kept.import_id)
    undo(done.change)  # Strg+Z after "Import rückgängig machen": the import is back, undoable again
    assert dump_database() == imported
    assert imports.import_of_history_entry(_import_entry("Hofer KG", "excel_de.csv").id) == kept


def test_imports_kept_before_their_time_was_their_entries_are_found_too(ctx):
    """Until now an import kept the time it finished, a little after its History entries'; two
    imports within one second are told apart by the rows each wrote."""
    import datetime

    from kontaktverwaltung.store.models import ImportBatch

    first = import_fixture(ctx, "excel_de.csv").value
    second = import_fixture(ctx, "outlook_de.csv").value
    kept = ImportBatch.get_by_id(first.import_id)
    ImportBatch.update(at=kept.at + datetime.timedelta(seconds=7)).where(ImportBatch.id == kept.id).execute()
    entry = _import_entry("Hofer KG", "excel_de.csv")
    assert imports.import_of_history_entry(entry.id).import_id == first.import_id
    other = _import_entry("Bäckerei Öllinger GmbH", "outlook_de.csv")
    assert imports.import_of_history_entry(other.id).import_id == second.import_id


def test_only_import_entries_offer_an_undo(ctx):
    location = make_location(ctx, make_customer(ctx, "Hofer KG"), "Zentrale Sattledt")
    make_contact(ctx, location, "Eva", "Lindner", emails=("eva.lindner@hofer.at",))
    entries = history_of_customer(cards_of("Hofer KG").customer.id)
    assert entries and all(imports.import_of_history_entry(e.id) is None for e in entries)
    done = import_fixture(ctx, "excel_de.csv")
    entry = _import_entry("Hofer KG", "excel_de.csv")
    assert imports.import_of_history_entry(entry.id) is not None
    undo(done.change)  # Strg+Z in the window: the import and its entry are gone
    assert imports.import_of_history_entry(entry.id) is None


def test_an_older_import_whose_rows_a_later_one_changed_is_not_undone(ctx):
    import_fixture(ctx, "excel_de.csv")
    entry = _import_entry("Hofer KG", "excel_de.csv")
    path = FIXTURES / "excel_de.csv"
    edited = path.read_bytes().replace(b"Personalreferentin", b"Personalleiterin")
    imports.import_records(ctx, records(read_bytes(edited, "neu.csv")), "neu.csv")
    kept = imports.import_of_history_entry(entry.id)
    assert kept is not None
    before = dump_database()
    with pytest.raises(ConflictError, match="inzwischen"):
        imports.undo_import(ctx, kept.import_id)
    assert dump_database() == before


def test_unreadable_file_changes_nothing(ctx, tmp_path):
    before = dump_database()
    for name, data in (("leer.csv", b""), ("kaputt.xlsx", b"nope"), ("kopf.csv", b"Vorname;Nachname\r\n")):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(UnreadableFile):
            imports.import_file(ctx, path)
    assert dump_database() == before


def _cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "kontaktverwaltung", "--db", url, "import", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_cli_import_json_and_undo_last_from_another_process(ctx, empty_db_url, tmp_path):
    location = make_location(ctx, make_customer(ctx, "Hofer KG"), "Zentrale Sattledt")
    eva = make_contact(ctx, location, "Eva", "Lindner-Alt", emails=("eva.lindner@hofer.at",))
    before = dump_database()
    result = _cli(empty_db_url, str(FIXTURES / "excel_de.csv"), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"import_id", "created", "updated", "unchanged", "skipped", "problems"}
    assert (report["created"], report["updated"]) == (2, 1)
    assert contacts.contact_card(eva).last_name == "Lindner"
    result = _cli(empty_db_url, "--undo-last")
    assert result.returncode == 0, result.stderr
    assert without_batches(dump_database()) == without_batches(before)


def test_cli_dry_run_and_unreadable_file(empty_db_url, tmp_path):
    before = dump_database()
    result = _cli(empty_db_url, str(FIXTURES / "outlook_de.csv"), "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["created"] == 4
    (tmp_path / "bild.csv").write_bytes(bytes(range(256)) * 8)
    result = _cli(empty_db_url, str(tmp_path / "bild.csv"))
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "keine Textdatei" in result.stderr
    assert dump_database() == before


def _found(query: str) -> set[str]:
    from kontaktverwaltung.services.search import search_contacts

    return {hit.display_name.split()[-1] for hit in search_contacts(query).hits}  # the last names


def test_global_search_finds_what_an_import_wrote_and_not_once_it_is_undone(ctx):
    """The words of the imported people (new and updated ones, and their new locations) are
    written with the import, taken away by its undo and written again by its redo."""
    from kontaktverwaltung.services.common import redo

    location = make_location(ctx, make_customer(ctx, "Hofer KG"), "Zentrale Sattledt")
    make_contact(ctx, location, "Eva", "Lindner-Alt", emails=("eva.lindner@hofer.at",))
    assert _found("lindner alt") == {"Lindner-Alt"}
    done = import_fixture(ctx, "excel_de.csv")
    assert _found("brunner") == {"Brunner"}  # created
    assert _found("weißkirchen") == {"Brunner"}  # at a location the import created
    assert _found("personalreferentin") == {"Lindner"}  # updated: her new words …
    assert _found("lindner alt") == set()  # … and not her old ones
    undo(done.change)
    assert _found("brunner") == _found("weißkirchen") == _found("personalreferentin") == set()
    assert _found("lindner alt") == {"Lindner-Alt"}
    redo(done.change)
    assert _found("brunner") == {"Brunner"}
    assert _found("personalreferentin") == {"Lindner"}
    assert _found("lindner alt") == set()
    imports.undo_last_import(ctx)  # from a later process
    assert _found("brunner") == _found("personalreferentin") == set()
    assert _found("lindner alt") == {"Lindner-Alt"}


def test_a_contact_another_client_saves_during_an_import_is_found(ctx, backend):
    """The import defers its own search words only (MariaDB: a session variable, not a pause of
    the triggers for everyone): a contact saved meanwhile by another connection keeps its words."""
    import threading

    from kontaktverwaltung.store.db import close_thread_connection

    location = make_location(ctx, make_customer(ctx, "Nachbar GmbH"), "Zentrale Graz", "Graz")
    threads: list[threading.Thread] = []

    def save_elsewhere() -> None:
        try:
            make_contact(ctx, location, "Zora", "Quellenhof")
        finally:
            close_thread_connection()

    def progress(done: int, total: int) -> bool:
        if done == total and not threads:  # writing: the import's words are deferred now
            threads.append(threading.Thread(target=save_elsewhere))
            threads[0].start()
            if backend != "sqlite":  # SQLite's writers take turns: that one waits for the import
                threads[0].join(20)
                assert not threads[0].is_alive()  # it saved while the import was writing
        return True

    import_fixture(ctx, "excel_de.csv", progress=progress)
    threads[0].join(60)
    assert not threads[0].is_alive()
    assert _found("quellenhof") == {"Quellenhof"}
    assert _found("brunner") == {"Brunner"}


def test_after_an_import_cancelled_while_writing_the_next_save_is_found(ctx):
    """The deferred words end with the import however it ends: a cancelled one leaves this
    connection writing search words as before."""
    location = make_location(ctx, make_customer(ctx, "Nachbar GmbH"), "Zentrale Graz", "Graz")
    before = dump_database()
    with pytest.raises(imports.ImportCancelled):
        import_fixture(ctx, "excel_de.csv", progress=lambda done, total: done < total)
    assert dump_database() == before
    make_contact(ctx, location, "Zora", "Quellenhof")
    assert _found("quellenhof") == {"Quellenhof"}


def test_an_import_after_its_preview_reads_no_phone_again_and_stores_the_same(ctx, monkeypatch):
    """The dialog hands the preview's phone readings to the import (phonenumbers is the import's
    most costly step); what is stored does not change."""
    recs = records(read_path(FIXTURES / "outlook_de.csv"))
    phones: imports.PhoneReadings = {}
    imports.preview(ctx, recs, phones=phones)
    assert phones
    monkeypatch.setattr(imports, "_phone", lambda *_: pytest.fail("a phone read again"))
    with_readings = imports.import_records(ctx, recs, "outlook_de.csv", phones=phones).value
    stored = without_batches(dump_database())
    undo_all = imports.undo_last_import(ctx)
    assert undo_all
    monkeypatch.undo()
    again = imports.import_records(ctx, recs, "outlook_de.csv").value

    def comparable(dump: dict) -> dict:
        moving = {"id", "created_at", "updated_at", "at", "customer", "location", "contact", "number", "version"}
        return {
            table: sorted(repr({k: v for k, v in row.items() if k not in moving}) for row in rows)
            for table, rows in dump.items()
            if table not in ("history_entry", "change_log")
        }

    assert comparable(without_batches(dump_database())) == comparable(stored)
    assert (with_readings.created, with_readings.problems) == (again.created, again.problems)


def test_an_import_whose_matched_contact_changes_before_it_writes_writes_nothing(ctx):
    """Each update is written only at the version the import read (all rows of a step at once on
    SQLite): a contact saved meanwhile fails the whole import, nothing written."""
    from kontaktverwaltung.store.models import Contact

    location = make_location(ctx, make_customer(ctx, "Hofer KG"), "Zentrale Sattledt")
    eva = make_contact(ctx, location, "Eva", "Lindner-Alt", emails=("eva.lindner@hofer.at",))
    before = dump_database()

    def progress(done: int, total: int) -> bool:
        if done == 0:  # read, not written yet: someone saves Eva (here within the transaction)
            Contact.update(version=Contact.version + 1).where(Contact.id == eva).execute()
        return True

    with pytest.raises(ConflictError, match="inzwischen"):
        import_fixture(ctx, "excel_de.csv", progress=progress)
    assert dump_database() == before
