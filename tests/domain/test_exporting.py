"""The export formats' small rules (R13): vCard escaping and folding, phones, the formula guard."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kontaktverwaltung.domain.exporting.records import ExportChannel, international_phone, ordered_channels
from kontaktverwaltung.domain.exporting.table import ChannelWidths, guard, header
from kontaktverwaltung.domain.exporting.vcard import escape, fold


@given(st.text())
def test_folded_lines_are_at_most_75_octets_and_unfold_to_the_line(text):
    line = "NOTE:" + escape(text)
    folded = fold(line)
    assert folded.endswith("\r\n")
    physical = folded[:-2].split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in physical)
    assert physical[0] + "".join(part[1:] for part in physical[1:]) == line
    assert all(part.startswith(" ") for part in physical[1:])


def test_escape_keeps_structure_characters_out_of_values():
    assert escape("Müller, Söhne; Co \\ KG\r\nWien") == "Müller\\, Söhne\\; Co \\\\ KG\\nWien"


def test_phones_are_written_internationally_with_their_grouping():
    assert international_phone("0664 1234567", "+436641234567") == "+43 664 1234567"
    assert international_phone("01 5321234", "+4315321234") == "+43 1 5321234"
    assert international_phone("+49 30 1234567", "+49301234567") == "+49 30 1234567"
    assert international_phone("(0)664/123", "+43664999") == "+43664999"  # does not fit: E.164


def test_the_guard_covers_exactly_the_formula_starts():
    assert [guard(cell) for cell in ("=1+2", "+43 1", "-5", "@SUM", "'x", "Wien", "")] == [
        "'=1+2",
        "'+43 1",
        "'-5",
        "'@SUM",
        "'x",
        "Wien",
        "",
    ]


def test_header_numbers_the_second_and_later_columns_of_a_kind():
    columns = header(ChannelWidths.of({"email": 3, "mobile": 0}))
    assert columns[14:] == ["E-Mail", "E-Mail 2", "E-Mail 3", "Telefon", "Mobil", "Fax", "Notizen"]


def test_the_primary_of_each_kind_comes_first_and_the_rest_keep_their_order():
    a, b, c = (ExportChannel("email", name, name, "", name == "c") for name in "abc")
    assert ordered_channels([a, b, c]) == (c, a, b)


def test_a_vcard_puts_titles_before_and_degrees_after_the_name_and_reads_them_back():
    from kontaktverwaltung.domain.exporting.records import ExportContact
    from kontaktverwaltung.domain.exporting.vcard import vcard
    from kontaktverwaltung.domain.importing.vcard import read_vcards

    contact = ExportContact(
        7, "K-1", "Firma", "Wien", "", "", "", "AT", "Herr", "Dr. MBA", "Paul", "Strauß", "", "", "", "", ()
    )
    text = vcard(contact)
    assert "N:Strauß;Paul;;Dr.;MBA\r\n" in text
    assert "FN:Dr. Paul Strauß\\, MBA\r\n" in text
    (record,), _ = read_vcards(text.encode())
    assert (record.salutation, record.title, record.first_name, record.last_name) == (
        "Herr",
        "Dr. MBA",
        "Paul",
        "Strauß",
    )
