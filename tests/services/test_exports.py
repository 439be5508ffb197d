"""Export (R13): vCard 3.0/4.0, CSV for Excel, .xlsx, the contact sheet's data; scopes; files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
import vobject

from kontaktverwaltung.domain.channels import ChannelInput, ChannelKind
from kontaktverwaltung.domain.contact import ContactInput, Salutation
from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.services import contacts, exports, locations
from kontaktverwaltung.services.exports import ExportFormat, ExportScope
from tests.english import in_english, in_english_name
from tests.factories import make_contact, make_customer, make_location

pytestmark = pytest.mark.usefixtures("db")

CONTRACT_HEADER = (
    "Kontakt-ID;Kundennummer;Firma;Standort;Straße;PLZ;Ort;Land;Anrede;Titel;Vorname;Nachname;Position;"
    "Abteilung;E-Mail;E-Mail 2;Telefon;Mobil;Fax;Notizen"
)


@pytest.fixture
def agency(ctx):
    """One customer with a person who has everything (two e-mails, the second primary; phone, mobile,
    fax; umlauts, a comma and a semicolon; a two-line note; a position that looks like a formula),
    a colleague at a second location, and a contact of another customer."""
    customer = make_customer(ctx, "Müller & Söhne; Bau, GmbH", "K-77")
    vienna = locations.create_location(
        ctx, customer, locations.LocationInput("Zentrale Wien", "Ringstraße 1", "1010", "Wien", "AT", "01 5321234")
    ).value
    graz = make_location(ctx, customer, "Werk Graz", "Graz")
    jurgen = contacts.create_contact(
        ctx,
        ContactInput(
            vienna,
            "Jürgen",
            "Groß-Öller",
            Salutation.HERR,
            title="Dipl.-Ing.",
            position="=Leitung Einkauf",
            department="Einkauf",
            notes="Erste Zeile; mit Komma, usw.\nZweite Zeile",
            channels=[
                ChannelInput(ChannelKind.EMAIL, "j.groß@example.at", "Privat"),
                ChannelInput(ChannelKind.EMAIL, "Juergen.Oeller@mueller-bau.at", "Arbeit", primary=True),
                ChannelInput(ChannelKind.PHONE, "01 5321234 15", primary=True),
                ChannelInput(ChannelKind.MOBILE, "0664 1234567"),
                ChannelInput(ChannelKind.FAX, "+49 30 1234567"),
            ],
        ),
    ).value
    eva = make_contact(ctx, graz, "Eva", "Adler", emails=("eva@mueller-bau.at",))
    other = make_contact(ctx, make_location(ctx, make_customer(ctx, "Andere AG", "K-78")), "Otto", "Fremd")
    return {"customer": customer, "jurgen": jurgen, "eva": eva, "other": other}


@pytest.fixture
def out(tmp_path) -> Path:
    """A folder for the exported files (tmp_path also holds the SQLite database)."""
    folder = tmp_path / "export"
    folder.mkdir()
    return folder


def _cards(path: Path) -> list[vobject.base.Component]:
    return list(vobject.readComponents(path.read_text(encoding="utf-8")))


def _params(line) -> set[str]:
    return {value.lower() for value in line.params.get("TYPE", [])}


def test_vcard_30_keeps_names_types_preference_address_and_the_contact_id(agency, out):
    target = out / "kontakte.vcf"
    result = exports.export_vcard(target, ExportScope.customer(agency["customer"]))
    assert (result.contacts, result.files) == (2, 1)
    raw = target.read_bytes()
    assert raw.count(b"BEGIN:VCARD") == 2 and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75  # folded, in octets
    cards = {card.x_kv_kontakt_id.value: card for card in _cards(target)}
    assert set(cards) == {str(agency["jurgen"]), str(agency["eva"])}
    card = cards[str(agency["jurgen"])]
    assert card.version.value == "3.0"
    assert (card.n.value.family, card.n.value.given, card.n.value.prefix) == ("Groß-Öller", "Jürgen", "Dipl.-Ing.")
    assert card.fn.value == "Dipl.-Ing. Jürgen Groß-Öller"
    assert card.org.value == ["Müller & Söhne; Bau, GmbH", "Einkauf"]
    assert card.title.value == "=Leitung Einkauf"  # no spreadsheet: no guard
    assert card.note.value == "Erste Zeile; mit Komma, usw.\nZweite Zeile"
    emails = [(e.value, _params(e)) for e in card.email_list]
    assert emails == [
        ("Juergen.Oeller@mueller-bau.at", {"internet", "work", "pref"}),  # the primary comes first
        ("j.groß@example.at", {"internet", "home"}),
    ]
    phones = [(t.value, _params(t)) for t in card.tel_list]
    assert phones == [
        ("+43 1 532123415", {"work", "voice", "pref"}),
        ("+43 664 1234567", {"cell"}),
        ("+49 30 1234567", {"work", "fax"}),
    ]
    address = card.adr.value
    assert (address.street, address.code, address.city, address.country) == ("Ringstraße 1", "1010", "Wien", "AT")
    assert _params(card.adr) == {"work"}
    assert card.x_kv_standort.value == "Zentrale Wien"
    assert card.x_kv_kundennummer.value == "K-77"
    assert card.x_kv_anrede.value == "Herr"


def test_vcard_40_marks_the_preferred_values_with_pref_1(agency, out):
    target = out / "kontakte.vcf"
    exports.export_vcard(target, ExportScope.contacts([agency["jurgen"]]), version="4.0")
    text = target.read_bytes().decode("utf-8")
    assert "VERSION:4.0\r\n" in text and "GENDER:M\r\n" in text
    assert "EMAIL;TYPE=work;PREF=1:Juergen.Oeller@mueller-bau.at\r\n" in text
    assert "TEL;TYPE=work,voice;PREF=1:+43 1 532123415\r\n" in text
    assert "EMAIL;TYPE=home:j.groß@example.at\r\n" in text
    (card,) = _cards(target)
    assert card.fn.value == "Dipl.-Ing. Jürgen Groß-Öller"


def test_unknown_vcard_version_is_refused(agency, out):
    with pytest.raises(DomainError, match=r"vCard-Version „2\.1“"):
        exports.export_vcard(out / "x.vcf", ExportScope(), version="2.1")
    assert not list(out.iterdir())


def test_one_file_per_contact_for_outlook(agency, ctx, out):
    location = contacts.contact_card(agency["eva"]).location_id
    second_eva = make_contact(ctx, location, "Eva", "Adler", emails=("eva.adler@mueller-bau.at",))
    folder = out / "Karten"
    result = exports.export_vcard(folder, ExportScope.customer(agency["customer"]), per_contact=True)
    assert (result.contacts, result.files) == (3, 3)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(["Jürgen Groß-Öller.vcf", "Eva Adler.vcf", f"Eva Adler ({second_eva}).vcf"])
    for path in folder.iterdir():
        (card,) = _cards(path)  # exactly one card per file
        assert card.x_kv_kontakt_id.value


def test_csv_for_excel_has_bom_semicolons_crlf_the_shared_columns_and_guards_formulas(agency, out):
    target = out / "kontakte.csv"
    exports.export_csv(target, ExportScope.customer(agency["customer"]))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + CONTRACT_HEADER.encode() + b"\r\n")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    by_id = {row["Kontakt-ID"]: row for row in rows}
    jurgen = by_id[str(agency["jurgen"])]
    assert jurgen["Kundennummer"] == "K-77" and jurgen["Firma"] == "Müller & Söhne; Bau, GmbH"
    assert (jurgen["Standort"], jurgen["Straße"], jurgen["PLZ"], jurgen["Ort"], jurgen["Land"]) == (
        "Zentrale Wien",
        "Ringstraße 1",
        "1010",
        "Wien",
        "AT",
    )
    assert (jurgen["Anrede"], jurgen["Titel"], jurgen["Vorname"], jurgen["Nachname"]) == (
        "Herr",
        "Dipl.-Ing.",
        "Jürgen",
        "Groß-Öller",
    )
    assert jurgen["Position"] == "'=Leitung Einkauf"  # would run as a formula in Excel
    assert (jurgen["E-Mail"], jurgen["E-Mail 2"]) == ("Juergen.Oeller@mueller-bau.at", "j.groß@example.at")
    assert (jurgen["Telefon"], jurgen["Mobil"], jurgen["Fax"]) == (
        "'+43 1 532123415",
        "'+43 664 1234567",
        "'+49 30 1234567",
    )
    assert jurgen["Notizen"] == "Erste Zeile; mit Komma, usw.\nZweite Zeile"
    assert by_id[str(agency["eva"])]["E-Mail 2"] == "" and by_id[str(agency["eva"])]["Telefon"] == ""


def test_csv_has_as_many_channel_columns_as_the_widest_contact_needs(agency, ctx, out):
    location = contacts.contact_card(agency["eva"]).location_id
    make_contact(ctx, location, "Viel", "Erreichbar", phones=("0664 1111111", "0664 2222222", "0664 3333333"))
    target = out / "kontakte.csv"
    exports.export_csv(target, ExportScope.whole_database())
    header = target.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert header[14:] == ["E-Mail", "E-Mail 2", "Telefon", "Telefon 2", "Telefon 3", "Mobil", "Fax", "Notizen"]


def test_xlsx_cells_are_text(agency, out):
    target = out / "kontakte.xlsx"
    result = exports.export_xlsx(target, ExportScope.customer(agency["customer"]))
    assert result.contacts == 2
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert ";".join(rows[0]) == CONTRACT_HEADER
    jurgen = next(row for row in rows[1:] if row[0] == str(agency["jurgen"]))  # the id is text too
    assert jurgen[12] == "=Leitung Einkauf"  # a text cell, not a formula: no guard needed
    assert jurgen[16:19] == ("+43 1 532123415", "+43 664 1234567", "+49 30 1234567")
    assert jurgen[5] == "1010"  # a postal code stays text
    for row in sheet.iter_rows(min_row=2):
        assert all(cell.data_type == "s" for cell in row if cell.value is not None)


@pytest.mark.parametrize("file_format", [ExportFormat.VCARD, ExportFormat.CSV, ExportFormat.XLSX])
def test_scopes_whole_database_one_customer_or_the_cards_a_search_shows(agency, out, file_format):
    def exported(scope: ExportScope) -> int:
        return exports.export_contacts(file_format, out / f"k.{file_format}", scope).contacts

    assert exported(ExportScope.whole_database()) == 3
    assert exported(ExportScope.customer(agency["customer"])) == 2
    assert exported(ExportScope.contacts([agency["other"], agency["eva"]])) == 2
    assert exported(ExportScope.contacts([])) == 0


def test_an_unwritable_target_says_why_in_german_and_english(agency, out):
    with pytest.raises(DomainError, match="den Ordner gibt es nicht"):
        exports.export_csv(out / "gibt-es-nicht" / "k.csv", ExportScope())
    with pytest.raises(DomainError, match="dort liegt ein Ordner"):
        exports.export_csv(out, ExportScope())
    plain_file = out / "notiz.txt"
    plain_file.write_text("x", encoding="utf-8")
    with pytest.raises(DomainError, match="ein Teil des Pfads ist kein Ordner") as refused:
        exports.export_vcard(plain_file / "k.vcf", ExportScope())
    assert in_english(refused.value).startswith("Cannot write") and "Nothing was exported" in in_english(refused.value)
    assert "part of the path is not a folder" in in_english(refused.value)
    with pytest.raises(DomainError, match="ist eine Datei; für eine Datei je Ansprechpartner bitte einen Ordner"):
        exports.export_vcard(plain_file, ExportScope(), per_contact=True)
    assert sorted(p.name for p in out.iterdir()) == ["notiz.txt"]


def test_a_cancelled_export_leaves_the_previous_file_and_no_leftovers(agency, out):
    target = out / "k.vcf"
    target.write_text("vorher", encoding="utf-8")
    with pytest.raises(exports.ExportCancelled):
        exports.export_vcard(target, ExportScope(), progress=lambda done, total: False)
    assert target.read_text(encoding="utf-8") == "vorher"
    assert [p.name for p in out.iterdir()] == ["k.vcf"]
    seen = []
    exports.export_vcard(target, ExportScope(), progress=lambda done, total: seen.append((done, total)) or True)
    assert seen == [(3, 3)]


def test_formats_by_name_and_file_ending():
    assert ExportFormat.parse("vCard") is ExportFormat.VCARD
    assert ExportFormat.parse(".XLSX") is ExportFormat.XLSX
    assert ExportFormat.of_file(Path("k.PDF")) is ExportFormat.PDF
    assert ExportFormat.of_file(Path("k.txt")) is None
    with pytest.raises(DomainError, match="Unbekanntes Exportformat „doc“"):
        ExportFormat.parse("doc")


def test_the_contact_sheet_lists_locations_and_their_people_with_all_their_channels(agency):
    sheet = exports.contact_sheet(agency["customer"])
    assert (sheet.customer_number, sheet.customer_name) == ("K-77", "Müller & Söhne; Bau, GmbH")
    assert [location.name for location in sheet.locations] == ["Zentrale Wien", "Werk Graz"]
    vienna = sheet.locations[0]
    assert vienna.address == "Ringstraße 1, 1010 Wien"
    (jurgen,) = vienna.people
    assert jurgen.name() == "Herr Dipl.-Ing. Jürgen Groß-Öller" and in_english_name(jurgen).startswith("Mr ")
    assert jurgen.position == "=Leitung Einkauf" and jurgen.role
    assert jurgen.emails == ("Juergen.Oeller@mueller-bau.at", "j.groß@example.at")
    assert [kind for kind, _ in jurgen.phones] == ["phone", "mobile", "fax"]
    assert [person.last_name for person in sheet.locations[1].people] == ["Adler"]
    assert sheet.people == 2
