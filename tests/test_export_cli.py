"""The command line's ``export`` (R13, automation contract): files, exit codes, German messages."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
import vobject

from kontaktverwaltung import cli
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.opening import close_database, open_database
from tests.factories import make_contact, make_customer, make_location


@pytest.fixture
def url(tmp_path) -> Iterator[str]:
    """A SQLite database with two customers: K-1 (Anna, Bernd) and K-2 (Clara)."""
    url = dbmod.sqlite_url(tmp_path / "cli" / "kunden.sqlite3")
    open_database(url)
    ctx = Context("Test")
    first = make_location(ctx, make_customer(ctx, "Alpenbau GmbH", "K-1"))
    make_contact(ctx, first, "Anna", "Berger", emails=("anna@alpenbau.at",), phones=("0664 1234567",))
    make_contact(ctx, first, "Bernd", "Öller", emails=("bernd@alpenbau.at",))
    make_contact(ctx, make_location(ctx, make_customer(ctx, "Talbau AG", "K-2")), "Clara", "Zauner")
    close_database()
    yield url
    close_database()


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    return folder


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_export_vcard_of_the_whole_database(capsys, url, out):
    code, stdout, _ = run(capsys, "--db", url, "export", "--format", "vcf", str(out / "alle.vcf"))
    assert code == 0 and "3 Ansprechpartner exportiert" in stdout
    cards = list(vobject.readComponents((out / "alle.vcf").read_text(encoding="utf-8")))
    assert sorted(card.fn.value for card in cards) == ["Anna Berger", "Bernd Öller", "Clara Zauner"]
    assert all(card.version.value == "3.0" for card in cards)


def test_export_csv_of_one_customer_by_the_file_ending(capsys, url, out):
    code, _, _ = run(capsys, "--db", url, "export", "--customer", "K-1", str(out / "k1.csv"))
    assert code == 0
    with open(out / "k1.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [(row["Kundennummer"], row["Nachname"], row["Telefon"]) for row in rows] == [
        ("K-1", "Berger", "'+43 664 1234567"),
        ("K-1", "Öller", ""),
    ]


def test_export_xlsx_and_vcard_40_one_file_per_contact(capsys, url, out):
    assert run(capsys, "--db", url, "export", "--format", "xlsx", str(out / "k.xlsx"))[0] == 0
    assert openpyxl.load_workbook(out / "k.xlsx").active.max_row == 4
    code, stdout, _ = run(
        capsys,
        "--db",
        url,
        "export",
        "--customer",
        "K-1",
        "--per-contact",
        "--vcard-version",
        "4.0",
        str(out / "karten"),
    )
    assert code == 0 and "2 Ansprechpartner exportiert in 2 Dateien" in stdout
    assert sorted(p.name for p in (out / "karten").iterdir()) == ["Anna Berger.vcf", "Bernd Öller.vcf"]
    assert "VERSION:4.0" in (out / "karten" / "Anna Berger.vcf").read_text(encoding="utf-8")


def test_export_pdf_contact_sheet_of_a_customer(capsys, url, out, qapp):
    code, stdout, _ = run(capsys, "--db", url, "export", "--format", "pdf", "--customer", "K-1", str(out / "k1.pdf"))
    assert code == 0 and "Kontaktblatt von Alpenbau GmbH gespeichert" in stdout
    assert (out / "k1.pdf").read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--customer", "K-9", "x.csv"], "Kein Kunde mit der Nummer „K-9“"),
        (["--format", "doc", "x.doc"], "Unbekanntes Exportformat „doc“. Möglich sind: vcf, csv, xlsx, pdf."),
        (["x.txt"], "Welches Format? Bitte --format vcf, csv, xlsx oder pdf angeben"),
        (["--format", "pdf", "x.pdf"], "Das PDF-Kontaktblatt gibt es für einen Kunden"),
        (["--format", "csv", "--per-contact", "x"], "Eine Datei je Ansprechpartner gibt es nur für vCard."),
        (["--vcard-version", "2.1", "x.vcf"], "Unbekannte vCard-Version „2.1“"),
        (["fehlt/x.vcf"], "kann nicht geschrieben werden: den Ordner gibt es nicht. Es wurde nichts exportiert."),
    ],
)
def test_export_problems_exit_non_zero_with_a_german_message(capsys, url, out, monkeypatch, args, message):
    monkeypatch.chdir(out)
    code, stdout, err = run(capsys, "--db", url, "export", *args)
    assert code == 2 and stdout == ""
    assert err.startswith("Fehler: ") and message in err
    assert list(out.iterdir()) == []  # nothing written


# --- duplicates ---------------------------------------------------------------------------------


def test_duplicates_lists_pairs_with_reason_keys_and_never_those_marked_not_duplicate(capsys, url):
    import json

    from kontaktverwaltung.services import duplicates
    from kontaktverwaltung.store.models import Contact

    open_database(url)
    ctx = Context("Test")
    anna = Contact.get(Contact.first_name == "Anna")
    twin = make_contact(ctx, anna.location_id, "Anna", "Berger", emails=("ANNA@alpenbau.at",))
    bernd = Contact.get(Contact.first_name == "Bernd")
    other = make_contact(ctx, bernd.location_id, "Bernd", "Oeller")
    close_database()

    code, stdout, err = run(capsys, "--db", url, "duplicates", "--json")
    assert code == 0
    assert json.loads(stdout) == [
        {"a": anna.id, "b": twin, "reasons": ["email", "name"]},
        {"a": bernd.id, "b": other, "reasons": ["name"]},
    ]
    code, stdout, err = run(capsys, "--db", url, "duplicates", "--customer", "K-1")
    assert code == 0 and "2 wahrscheinliche Dubletten" in err
    assert stdout.splitlines()[0].startswith(f"Frau Anna Berger ({anna.id})\tFrau Anna Berger ({twin})\t")
    assert "gleiche E-Mail-Adresse, gleicher Name\tK-1 Alpenbau GmbH" in stdout

    open_database(url)
    duplicates.mark_not_duplicate(ctx, twin, anna.id)
    close_database()
    code, stdout, _ = run(capsys, "--db", url, "duplicates", "--json")
    assert json.loads(stdout) == [{"a": bernd.id, "b": other, "reasons": ["name"]}]
    assert json.loads(run(capsys, "--db", url, "duplicates", "--customer", "K-2", "--json")[1]) == []
    code, _, err = run(capsys, "--db", url, "duplicates", "--customer", "K-9")
    assert code == 2 and "Fehler: Kein Kunde mit der Nummer „K-9“" in err
