"""vCard files, 2.1 (quoted-printable, Windows-1252), 3.0 (Apple item groups, escaped commas) and
4.0 (RFC 6350), through vobject (R12)."""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Iterable

from kontaktverwaltung.domain.channels import ChannelKind
from kontaktverwaltung.domain.errors import Problem
from kontaktverwaltung.domain.importing import aliases as a
from kontaktverwaltung.domain.importing.records import ImportRecord, RawChannel, RowProblem, unreadable
from kontaktverwaltung.domain.importing.tabular import MAX_BYTES, MSG_BAD_ID, MSG_TOO_BIG, decode
from kontaktverwaltung.domain.messages import T

MSG_NOT_VCARD = T("Die Datei ist keine vCard-Datei (BEGIN:VCARD fehlt).")
MSG_BROKEN = T("Die vCard-Datei ist beschädigt: {detail}")
MSG_NO_CARDS = T("Die vCard-Datei enthält keine Kontakte.")

_QP_LINE = re.compile(r"^[^:]*quoted-printable[^:]*:", re.IGNORECASE)


def looks_like_vcard(data: bytes) -> bool:
    head = data[:4096].lstrip(codecs.BOM_UTF8).lstrip().upper()
    return head.startswith(b"BEGIN:VCARD") or b"\x00B\x00E\x00G\x00I\x00N" in data[:64]


def _charset_for_qp(text: str) -> str:
    """vobject decodes quoted-printable values without CHARSET as UTF-8 and raises where the bytes
    are not (Outlook 2.1 writes Windows-1252): such lines get CHARSET=windows-1252 added."""
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        match = _QP_LINE.match(line)
        if not match or "charset" in match.group().lower():
            out.append(line)
            i += 1
            continue
        block = [line]
        while block[-1].endswith("=") and i + 1 < len(lines):
            i += 1
            block.append(lines[i])
        i += 1
        value = "\n".join(block)[match.end() :]
        try:
            quopri.decodestring(value.encode("utf-8", "replace")).decode("utf-8")
        except (UnicodeDecodeError, ValueError):
            block[0] = match.group()[:-1] + ";CHARSET=windows-1252:" + block[0][match.end() :]
        out.extend(block)
    return "\r\n".join(out) + "\r\n"


def _unescape(text: str) -> str:
    return re.sub(r"\\([\\,;nN:])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _components(value: str) -> list[str]:
    """A structured value (N, ADR, ORG) split at unescaped semicolons, each part unescaped."""
    parts, current, escaped = [], [], False
    for ch in value:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ";":
            parts.append(_unescape("".join(current)).strip())
            current = []
        else:
            current.append(ch)
    parts.append(_unescape("".join(current)).strip())
    return parts


def _types(line: object) -> set[str]:
    """TYPE=work,pref / TYPE=WORK;TYPE=PREF / 2.1's bare ;WORK;PREF / 4.0's PREF=1, all upper case."""
    params: dict[str, list[str]] = getattr(line, "params", {})
    found = {t.upper() for t in getattr(line, "singletonparams", [])}
    for value in params.get("TYPE", []):
        found.update(v.strip().upper() for v in value.split(","))
    if params.get("PREF"):
        found.add("PREF")
    return found


def _value(line: object) -> str:
    value = getattr(line, "value", "")
    return value if isinstance(value, str) else str(value)


def read_vcards(data: bytes, encoding: str | None = None) -> tuple[list[ImportRecord], str]:
    """Every card of the file as a record (row = card number), and the encoding used."""
    if len(data) > MAX_BYTES:
        raise unreadable(MSG_TOO_BIG)
    text, used = decode(data, encoding)
    if "BEGIN:VCARD" not in text.upper():
        raise unreadable(MSG_NOT_VCARD)
    try:
        cards = _cards(_charset_for_qp(text))
    except Exception as error:  # vobject raises ParseError, ValueError, UnicodeError … on damage
        detail = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
        raise unreadable(MSG_BROKEN, detail=detail) from error
    records = []
    for number, lines in enumerate(cards, start=1):
        try:
            records.append(_record(number, lines))
        except Exception as error:  # one damaged card: the file is damaged
            detail = f"Karte {number}"
            raise unreadable(MSG_BROKEN, detail=detail) from error
    if not records:
        raise unreadable(MSG_NO_CARDS)
    return records, used


def _cards(text: str) -> list[list[object]]:
    """The content lines of every card. vobject unfolds the lines and decodes quoted-printable;
    its value decoding is not used: it keeps only the text before the first unescaped comma, and
    Outlook and many others do not escape commas in NOTE or ORG."""
    import io

    from vobject.base import ParseError, getLogicalLines, textLineToContentLine

    cards: list[list[object]] = []
    current: list[object] | None = None
    for line, number in getLogicalLines(io.StringIO(text), allowQP=True):
        try:
            content = textLineToContentLine(line, number)
        except ParseError:
            continue  # an unreadable line (vobject's ignoreUnreadable): the rest of the card counts
        name = content.name.upper()
        value = str(content.value).strip().upper()
        if name == "BEGIN" and value == "VCARD":
            current = []
        elif name == "END" and value == "VCARD":
            if current is not None:
                cards.append(current)
            current = None
        elif current is not None:
            current.append(content)
    return cards


def _record(number: int, lines: Iterable[object]) -> ImportRecord:
    children = list(lines)
    labels: dict[str, str] = {}  # Apple: item1.X-ABLabel names item1.EMAIL / item1.TEL
    for line in children:
        if getattr(line, "name", "") == "X-ABLABEL" and getattr(line, "group", None):
            labels[str(line.group).lower()] = _value(line).strip("_$!<>")  # type: ignore[attr-defined]
    fields: dict[str, str] = {}
    channels: list[RawChannel] = []
    problems: list[RowProblem] = []
    address: list[str] | None = None
    for line in children:
        name = str(getattr(line, "name", "")).upper()
        value = _value(line)
        types = _types(line)
        group = str(getattr(line, "group", "") or "").lower()
        if name == "N":
            parts = _components(value) + [""] * 5
            fields.setdefault("last_name", parts[0])
            fields.setdefault("first_name", " ".join(p for p in (parts[1], parts[2]) if p))
            fields.setdefault("prefix", parts[3])
            fields.setdefault("suffix", parts[4])
        elif name == "FN":
            fields.setdefault("full_name", _unescape(value).strip())
        elif name == "ORG":
            parts = _components(value)
            fields.setdefault("company", parts[0])
            if len(parts) > 1 and parts[1]:
                fields.setdefault("department", parts[1])
        elif name in ("TITLE", "ROLE"):
            fields.setdefault("position", _unescape(value).strip())
        elif name == "NOTE":
            fields.setdefault("notes", _unescape(value).strip())
        elif name == "X-ABSHOWAS" and value.strip().upper() == "COMPANY":
            fields["company_card"] = "1"  # Apple's card of a company: no person on it
        elif name == "X-KV-STANDORT":
            fields.setdefault("location", _unescape(value).strip())
        elif name == "X-KV-KONTAKT-ID":
            fields.setdefault("contact_id", value.strip())
        elif name == "X-KV-KUNDENNUMMER":  # this app's own export: the customer by its number
            fields.setdefault("customer_number", _unescape(value).strip())
        elif name == "X-KV-ANREDE":  # this app's own export: the salutation (N's prefix holds the title)
            fields.setdefault("salutation", _unescape(value).strip())
        elif name == "ADR" and (address is None or "WORK" in types or "PREF" in types):
            parts = _components(value) + [""] * 7
            if address is None or "WORK" in types:
                address = parts
        elif name == "EMAIL" and value.strip():
            label = labels.get(group, "")
            label = "Privat" if "HOME" in types else "Arbeit" if "WORK" in types else _label(label)
            channels.append(RawChannel(ChannelKind.EMAIL, _unescape(value).strip(), label, "PREF" in types, "EMAIL"))
        elif name == "TEL" and value.strip():
            kind = ChannelKind.FAX if "FAX" in types else ChannelKind.MOBILE if "CELL" in types else ChannelKind.PHONE
            label = "Privat" if "HOME" in types and kind is not ChannelKind.MOBILE else ""
            tel = _unescape(value).strip()
            tel = tel[4:] if tel.lower().startswith("tel:") else tel  # 4.0: VALUE=uri
            channels.append(RawChannel(kind, tel, label, "PREF" in types, "TEL"))
    first, last = fields.get("first_name", ""), fields.get("last_name", "")
    full = fields.get("full_name", "")
    company_card = "company_card" in fields or a.fold_header(full) == a.fold_header(fields.get("company", ""))
    if not first and not last and full and not company_card:
        first, _, last = full.rpartition(" ")
    salutation, title = a.split_salutation(fields.get("prefix", ""))
    title = " ".join(t for t in (title, fields.get("suffix", "").replace(",", " ").strip()) if t)  # "Dr." + "MBA"
    salutation = salutation or a.split_salutation(fields.get("salutation", ""))[0]
    contact_id: int | None = None
    raw_id = fields.get("contact_id", "")
    if raw_id.isdigit():
        contact_id = int(raw_id)
    elif raw_id:
        problems.append(
            RowProblem(
                number,
                "X-KV-KONTAKT-ID",
                raw_id,
                Problem.of(MSG_BAD_ID, a.CONTACT_ID, value=raw_id),
            )
        )
    street = city = postal = country = ""
    if address:
        # ADR: post office box; extended address; street; locality; region; postal code; country
        street = ", ".join(p for p in (address[2], address[1]) if p)
        city, postal, country = address[3], address[5], address[6]
    return ImportRecord(
        row=number,
        contact_id=contact_id,
        company=fields.get("company", ""),
        customer_number=fields.get("customer_number", ""),
        location=fields.get("location", ""),
        street=street,
        postal_code=postal,
        city=city,
        country=a.country_code(country) or country,
        salutation=salutation,
        title=title,
        first_name=first.strip(),
        last_name=last.strip(),
        position=fields.get("position", ""),
        department=fields.get("department", ""),
        notes=fields.get("notes", ""),
        channels=tuple(channels),
        problems=tuple(problems),
    )


def _label(apple: str) -> str:
    folded = a.fold_header(apple)
    if folded in ("home", "privat"):
        return "Privat"
    if folded in ("work", "arbeit"):
        return "Arbeit"
    return "Sonstige" if folded else ""
