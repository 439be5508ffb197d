"""The PDF contact sheet of a customer (R13): what it says, in German and English, and the PDF."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtGui import QTextDocument

from kontaktverwaltung.domain.exporting.sheet import ContactSheet, SheetLocation, SheetPerson
from kontaktverwaltung.ui import contact_sheet, language

ANNA = SheetPerson(
    "Frau", "Mag.", "Anna", "Müller <&>", "Leiterin Einkauf", "Einkauf", "Standard", True,
    ("anna@firma.at", "a.mueller@gmx.at"), (("phone", "01 5321234"), ("mobile", "0664 1234567")),
)  # fmt: skip
KARL = SheetPerson("Herr", "", "Karl", "Zauner", "", "", "", False, (), ())
SHEET = ContactSheet(
    "K-77",
    "Müller & Söhne",
    (
        SheetLocation("Zentrale", "Ringstraße 1", "1010", "Wien", "AT", "01 5321234", (ANNA, KARL)),
        SheetLocation("Lager Graz", "", "", "Graz", "AT", "", ()),
    ),
    datetime.date(2026, 12, 5),
)


def _text(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_the_sheet_lists_every_location_and_person_with_their_channels(qapp):
    text = _text(contact_sheet.sheet_html(SHEET))
    assert "Kontaktblatt Müller & Söhne" in text
    assert "Kundennummer K-77 · 2 Standorte · 2 Ansprechpartner · Stand 05.12.2026" in text
    assert "Ringstraße 1, 1010 Wien · Telefon 01 5321234" in text
    assert "Frau Mag. Anna Müller <&>" in text  # escaped in the HTML, shown as typed
    for value in ("Leiterin Einkauf · Einkauf", "anna@firma.at", "a.mueller@gmx.at", "0664 1234567 (Mobil)"):
        assert value in text
    assert "Herr Karl Zauner (inaktiv)" in text
    assert "Keine Ansprechpartner an diesem Standort." in text


def test_the_sheet_speaks_english(qapp):
    try:
        language.install_translators(qapp, "en")
        text = _text(contact_sheet.sheet_html(SHEET))
        assert "Contact sheet Müller & Söhne" in text
        assert "Client number K-77 · 2 locations · 2 contacts · as of 2026-12-05" in text
        assert "Ms Mag. Anna Müller <&>" in text and "0664 1234567 (Mobile)" in text
        assert "No contacts at this location." in text
    finally:
        language.install_translators(qapp, "de")
        for translator in language._installed:
            qapp.removeTranslator(translator)
        language._installed.clear()


@pytest.mark.parametrize("locations", [SHEET.locations, ()])
def test_the_sheet_is_written_as_an_a4_pdf(qapp, tmp_path, locations):
    target = tmp_path / "blatt.pdf"
    contact_sheet.write_pdf(ContactSheet("K-1", "Leer GmbH", locations, SHEET.made_on), target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
    assert b"/MediaBox [0 0 595" in data  # A4 in points
