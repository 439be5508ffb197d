"""Reading address books (R12): every reader on files in the shapes real exporters write
(tests/fixtures/import/), encodings, delimiters, header aliases, and bad files."""

from __future__ import annotations

import codecs
import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kontaktverwaltung.domain.channels import ChannelKind
from kontaktverwaltung.domain.importing import UnreadableFile, read_bytes, read_path, records
from kontaktverwaltung.domain.importing.aliases import default_mapping, recognise

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def read(name: str) -> list:
    return records(read_path(FIXTURES / name))


def channels(record, kind: ChannelKind) -> list[str]:
    return [c.value for c in record.channels if c.kind is kind]


def test_german_outlook_csv_in_windows_1252():
    source = read_path(FIXTURES / "outlook_de.csv")
    assert source.encoding == "cp1252" and source.table is not None and source.table.delimiter == ","
    first, _, company_only, exchange, _ = records(source)
    assert (first.first_name, first.last_name, first.company) == ("Jürgen", "Größinger", "Bäckerei Öllinger GmbH")
    assert (first.salutation, first.title) == ("Frau", "Mag.")  # Outlook's "Anrede" holds both
    assert (first.street, first.postal_code, first.city, first.country) == (
        "Hauptstraße 12, Stiege 2",
        "4020",
        "Linz",
        "AT",
    )
    assert first.notes == "Kennt uns von der Messe.\r\nRückruf erwünscht – „dringend“."  # a cell over two lines
    assert channels(first, ChannelKind.MOBILE) == ["0664 1234567"]
    assert channels(first, ChannelKind.EMAIL) == ["j.groessinger@oellinger.at"]
    assert not company_only.has_name
    # The Exchange ("EX") address is reported, the SMTP one kept.
    assert channels(exchange, ChannelKind.EMAIL) == ["s.kraemer@mueller-soehne.de"]
    assert [p.field for p in exchange.problems] == ["E-Mail-Adresse"]
    assert "Exchange" in exchange.problems[0].message()


def test_outlook_columns_the_app_does_not_keep_are_recognised_not_asked_for():
    source = read_path(FIXTURES / "outlook_de.csv")
    unknown = [h for h, m in zip(source.table.headers, default_mapping(source.table.headers), strict=True) if m is None]
    assert unknown == ["Abrechnungsinformation"]  # only that one goes to the mapping step


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("E-mail Address", "email"),
        ("Business Phone", "phone"),
        ("Mobile Phone", "mobile"),
        ("Business Country/Region", "country"),
        ("Business Country", "country"),
        ("Land geschäftlich", "country"),
        ("Job Title", "position"),
        ("Primäre E-Mail-Adresse", "email"),
        ("Mobil-Tel.-Nr.", "mobile"),
        ("Organisation", "company"),
        ("Dienstlich: PLZ", "postal_code"),
        ("E-mail 7 - Value", "email_other"),
        ("Telefon 3", "phone"),
        ("Kontakt-ID", "contact_id"),
        ("  e-mail ", "email"),
        ("Lieblingsfarbe", None),
    ],
)
def test_header_aliases(header, field):
    assert recognise(header) == field


def test_google_csv_with_bom_multi_values_and_primary_marker():
    source = read_path(FIXTURES / "google.csv")
    assert source.encoding == "utf-8-sig"
    zoe, lukas = records(source)
    assert (zoe.first_name, zoe.last_name, zoe.position) == ("Zoë", "Ñúñez-Berger", "Head of HR")
    emails = [(c.value, c.label, c.primary) for c in zoe.channels if c.kind is ChannelKind.EMAIL]
    assert emails == [
        ("zoe.nunez@sacher.at", "Arbeit", True),  # "* Work": the primary
        ("z.berger@sacher.at", "Arbeit", False),  # " ::: " second value
        ("zoe@gmx.at", "Privat", False),
    ]
    assert channels(zoe, ChannelKind.MOBILE) == ["+43 664 9876543"]
    assert [c.primary for c in zoe.channels if c.kind is ChannelKind.PHONE] == [True]
    assert channels(lukas, ChannelKind.FAX) == ["+43 1 51456 810"]  # "Work Fax"


def test_old_google_csv():
    (katharina,) = read("google_old.csv")
    assert (katharina.first_name, katharina.company, katharina.department) == ("Katharina", "voestalpine AG", "HR")
    assert channels(katharina, ChannelKind.MOBILE) == ["0676 5554433"]


def test_apple_vcard_3_with_item_groups_and_a_folded_photo():
    person, company = read("apple.vcf")
    assert (person.first_name, person.last_name, person.title) == ("Ulrike", "Weiß", "Dr.")
    assert person.company == "Rauch, Fruchtsäfte GmbH & Co KG"  # escaped comma
    assert person.department == "Vertrieb"
    assert person.notes == "Treffen am 3.4., danach Angebot\nzweite Zeile"
    emails = [(c.value, c.label, c.primary) for c in person.channels if c.kind is ChannelKind.EMAIL]
    assert emails == [("ulrike.weiss@rauch.cc", "Sonstige", True), ("uli.weiss@aon.at", "Privat", False)]
    assert channels(person, ChannelKind.MOBILE) == ["+43 664 2223344"]
    assert (person.street, person.city, person.postal_code, person.country) == ("Langgasse 1", "Rankweil", "6830", "AT")
    assert not company.has_name  # X-ABShowAs:COMPANY


def test_outlook_vcard_2_1_quoted_printable_windows_1252_with_soft_line_breaks():
    bjoern, anna = read("outlook_21.vcf")
    assert (bjoern.first_name, bjoern.last_name) == ("Björn", "Günther")  # not "G=C3=BCnther", not "GÃ¼nther"
    assert bjoern.company == "Straßenbau Ges.m.b.H." and bjoern.department == "Bauleitung"
    assert bjoern.notes.endswith("Grüße an das Team\r\nund eine zweite Zeile mit äöü.")
    assert bjoern.street == "Innstraße 5" and bjoern.country == "AT"
    assert channels(bjoern, ChannelKind.FAX) == ["0512 585899"]
    assert [c.primary for c in bjoern.channels if c.kind is ChannelKind.EMAIL] == [True]
    assert anna.last_name == "Müller"  # CHARSET=utf-8 given


def test_thunderbird_vcard_4():
    (ivana,) = read("thunderbird.vcf")
    assert (ivana.first_name, ivana.last_name) == ("Ivana", "Kovačević")
    assert [(c.value, c.primary) for c in ivana.channels if c.kind is ChannelKind.EMAIL] == [
        ("ivana.kovacevic@spar.at", True),
        ("ivana.k@gmx.at", False),
    ]
    assert channels(ivana, ChannelKind.MOBILE) == ["+43-676-1234567"]  # VALUE=uri "tel:" dropped
    assert ivana.notes == "Über LinkedIn, 2024"


def test_german_excel_csv_with_semicolons_a_blank_row_and_trailing_spaces():
    source = read_path(FIXTURES / "excel_de.csv")
    assert source.table.delimiter == ";" and source.encoding == "cp1252"
    eva, markus, thomas = records(source)
    assert (eva.company, eva.first_name, eva.last_name) == ("Hofer KG", "Eva", "Lindner")
    assert eva.location == "Zentrale Sattledt" and thomas.location == "Lager Weißkirchen"
    assert channels(eva, ChannelKind.EMAIL) == ["eva.lindner@hofer.at"]
    assert [r.row for r in (eva, markus, thomas)] == [2, 4, 5]  # row numbers as Excel shows them
    assert markus.notes == "mehrzeilige\r\nBemerkung; mit Semikolon"


def test_xlsx_sheets_and_numbers_as_text():
    source = read_path(FIXTURES / "kontakte.xlsx")
    assert source.kind == "xlsx" and source.table.sheets == ("Ansprechpartner", "Notizen")
    guenter, maria, josef = records(source)
    assert guenter.last_name == "Pötscher" and guenter.postal_code == "9500" and guenter.country == "AT"
    assert channels(maria, ChannelKind.PHONE) == ["4242279712"]  # a number cell without ".0"
    assert josef.row == 5  # the empty row 4 is skipped, not renumbered


def test_encoding_can_be_overridden():
    data = "Vorname;Nachname;Firma\nRené;Müller;Café AG\n".encode("cp1252")
    assert records(read_bytes(data, "a.csv"))[0].first_name == "René"
    wrong = records(read_bytes(data, "a.csv", encoding="latin-1"))[0]
    assert wrong.first_name == "René"  # Latin-1 agrees with 1252 on these letters
    assert records(read_bytes(data, "a.csv", encoding="cp850"))[0].first_name != "René"


def test_utf8_is_never_taken_for_windows_1252():
    data = "Vorname;Nachname\nJosé;Dvořák\n".encode()
    record = records(read_bytes(data, "a.csv"))[0]
    assert (record.first_name, record.last_name) == ("José", "Dvořák")


def test_delimiter_with_constant_column_count_wins():
    # Commas inside the names would make "," look plausible; only ";" gives every row 3 columns.
    data = b"Vorname;Nachname;Firma\r\nAnna;Berger;Huber, Maier & Partner\r\nBen;Ott;Alpha, Beta, Gamma\r\n"
    source = read_bytes(data, "a.csv")
    assert source.table.delimiter == ";"
    assert records(source)[1].company == "Alpha, Beta, Gamma"


def test_export_formula_guard_is_removed_exactly():
    data = b"Vorname;Nachname;Firma;Telefon;Notizen;Position\nA;B;C;'+43 1 234567;'=1+1;''@x\n"
    record = records(read_bytes(data, "a.csv"))[0]
    assert record.channels[0].value == "+43 1 234567"
    assert record.notes == "=1+1"
    assert record.position == "''@x"  # not the guard: the export never writes two apostrophes


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("leer.csv", b"", "leer"),
        ("leer.csv", b"  \r\n \r\n", "leer"),
        ("bild.csv", bytes(range(256)) * 4, "keine Textdatei"),
        ("kaputt.xlsx", b"das ist kein zip", "keine Excel-Arbeitsmappe"),
        ("kaputt.xlsx", b"PK\x03\x04" + b"\x00" * 100, "keine Excel-Arbeitsmappe"),
        ("kopf.csv", b"Vorname;Nachname;Firma\r\n", "nur die Kopfzeile"),
        ("karte.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\n", "keine Kontakte"),
        ("text.vcf", b"hallo", "keine vCard"),
    ],
)
def test_bad_files_say_why_in_one_line(name, data, reason):
    with pytest.raises(UnreadableFile) as error:
        read_bytes(data, name)
    message = error.value.message()
    assert reason in message and "\n" not in message


def test_a_missing_file_says_why(tmp_path):
    with pytest.raises(UnreadableFile, match="lässt sich nicht öffnen"):
        read_path(tmp_path / "fehlt.csv")


_fuzz = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_fuzz
@given(st.binary(max_size=600))
def test_no_bytes_make_the_csv_reader_raise_anything_but_its_own_error(data):
    with contextlib.suppress(UnreadableFile):
        records(read_bytes(data, "x.csv"))


@_fuzz
@given(
    st.lists(
        st.sampled_from(
            ["Vorname", "Nachname", "Firma", "E-Mail", "Telefon", '"', ";", ",", "\t", "\n", "\r\n", "ä", "'"]
        )
        | st.text(max_size=8),
        max_size=40,
    ),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_no_text_makes_the_csv_reader_raise_anything_but_its_own_error(parts, encoding):
    with contextlib.suppress(UnreadableFile):
        records(read_bytes("".join(parts).encode(encoding, "replace"), "x.csv"))


_VCARD_PARTS = [
    "BEGIN:VCARD\r\n", "END:VCARD\r\n", "VERSION:2.1\r\n", "VERSION:3.0\r\n", "VERSION:4.0\r\n",
    "N:Müller;Anna\r\n", "N;ENCODING=QUOTED-PRINTABLE:G=FCn=\r\n", "=\r\n", "ther\r\n", "FN:", "ORG:A\\, B;C\r\n",
    "TEL;TYPE=CELL:0664 1\r\n", "EMAIL;PREF=1:a@b.at\r\n", "ADR;TYPE=work:;;S;O;;1;AT\r\n", " folded\r\n",
    "item1.EMAIL:x\r\n", "X-ABShowAs:COMPANY\r\n", ";", ":", "\\", "=C3", "\r\n", "BEGIN:VCALENDAR\r\n",
    "X-KV-KONTAKT-ID:abc\r\n", "PHOTO;ENCODING=b:AAAA\r\n",
]  # fmt: skip


@_fuzz
@given(st.lists(st.sampled_from(_VCARD_PARTS) | st.text(max_size=6), max_size=40), st.booleans())
def test_no_input_makes_the_vcard_reader_raise_anything_but_its_own_error(parts, windows):
    text = "".join(parts)
    data = text.encode("cp1252", "replace") if windows else text.encode()
    with contextlib.suppress(UnreadableFile):
        records(read_bytes(data, "x.vcf"))


@_fuzz
@given(st.binary(max_size=400))
def test_no_bytes_make_the_vcard_reader_raise_anything_but_its_own_error(data):
    with contextlib.suppress(UnreadableFile):
        records(read_bytes(codecs.BOM_UTF8 + b"BEGIN:VCARD\r\n" + data, "x.vcf"))


def test_an_outlook_suffix_is_the_degree_after_the_name():
    data = "Anrede;Titel;Vorname;Nachname;Suffix\r\nHerr;Dr.;Paul;Strauß;MBA\r\n".encode()
    (record,) = records(read_bytes(data, "outlook.csv"))
    assert (record.salutation, record.title) == ("Herr", "Dr. MBA")
