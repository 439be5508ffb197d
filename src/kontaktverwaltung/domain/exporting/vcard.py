"""vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) of a contact (R13, B4).

UTF-8 text with CRLF line ends, folded at 75 octets. Every TEL, EMAIL and ADR carries a TYPE; the
primary e-mail and phone are marked preferred (3.0: ``TYPE=pref``, 4.0: ``PREF=1``). ORG is the
customer (and the department as its unit); the location goes into ADR and its name into
X-KV-STANDORT; X-KV-KONTAKT-ID carries the contact's id so that an edited file re-imports as
updates; X-KV-KUNDENNUMMER and X-KV-ANREDE keep the customer number and the salutation.
"""

from __future__ import annotations

from kontaktverwaltung.domain.exporting.records import ExportChannel, ExportContact, international_phone
from kontaktverwaltung.domain.names import formal_name, split_title

VERSIONS = ("3.0", "4.0")
DEFAULT_VERSION = "3.0"
CRLF = "\r\n"

# E-mail labels of the contact form (stored in German) and common English ones → vCard TYPE.
_HOME_LABELS = {"privat", "private", "home", "zuhause"}
_OTHER_LABELS = {"sonstige", "sonstiges", "other", "andere"}
# RFC 6350 GENDER: "divers" is O(ther); the 3.0 file keeps the salutation in X-KV-ANREDE only.
_GENDER = {"Herr": "M", "Frau": "F", "divers": "O"}


def escape(text: str) -> str:
    """A text value: backslash, comma, semicolon and line breaks escaped (RFC 6350 3.4)."""
    if not text:
        return ""
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if "," in text:
        text = text.replace(",", "\\,")
    if ";" in text:
        text = text.replace(";", "\\;")
    if "\n" in text or "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return text


def _structured(*parts: str) -> str:
    return ";".join(map(escape, parts))


def fold(line: str) -> str:
    """One content line, folded so that no physical line exceeds 75 octets of UTF-8.

    Never splits a character: continuation lines start with a space (RFC 6350 3.2)."""
    if len(line) <= 75 and line.isascii():
        return line + CRLF
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + CRLF
    pieces: list[str] = []
    start, limit = 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # inside a multi-byte character
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # the leading space of a continuation line counts
    return (CRLF + " ").join(pieces) + CRLF


def _label_type(label: str) -> str:
    folded = label.strip().lower()
    if folded in _HOME_LABELS:
        return "home"
    if folded in _OTHER_LABELS:
        return "other"
    return "work"


def _email_types(channel: ExportChannel, v4: bool) -> str:
    kind = _label_type(channel.label)
    if v4:
        return f";TYPE={kind}" + (";PREF=1" if channel.primary else "")
    return f";TYPE=INTERNET,{kind.upper()}" + (",pref" if channel.primary else "")


def _phone_types(channel: ExportChannel, v4: bool) -> str:
    place = "home" if _label_type(channel.label) == "home" else "work"
    kinds = {"mobile": ["cell"], "fax": [place, "fax"]}.get(channel.kind, [place, "voice"])
    if v4:
        return ";TYPE=" + ",".join(kinds) + (";PREF=1" if channel.primary else "")
    return ";TYPE=" + ",".join(k.upper() for k in kinds) + (",pref" if channel.primary else "")


def vcard(contact: ExportContact, version: str = DEFAULT_VERSION) -> str:
    """The contact as one vCard (BEGIN…END, CRLF line ends)."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version!r}")
    v4 = version == "4.0"
    c = contact
    full_name = formal_name(c.title, c.first_name, c.last_name)
    titles = split_title(c.title)
    lines = [
        "BEGIN:VCARD",
        f"VERSION:{version}",
        "N:" + _structured(c.last_name, c.first_name, "", titles.before, titles.after),
        "FN:" + escape(full_name or c.customer_name),
    ]
    if v4 and c.salutation in _GENDER:
        lines.append("GENDER:" + _GENDER[c.salutation])
    if c.customer_name:
        lines.append("ORG:" + (_structured(c.customer_name, c.department) if c.department else escape(c.customer_name)))
    if c.position:
        lines.append("TITLE:" + escape(c.position))
    if c.role_name:
        # Our own property: ROLE is read by other programs (and our import) as the job function.
        lines.append("X-KV-KUNDENROLLE:" + escape(c.role_name))
    for channel in c.channels:
        if channel.kind == "email":
            lines.append("EMAIL" + _email_types(channel, v4) + ":" + escape(channel.display))
        else:
            lines.append(
                "TEL" + _phone_types(channel, v4) + ":" + international_phone(channel.display, channel.normalized)
            )
    if c.street or c.postal_code or c.city or c.country:
        adr_type = ";TYPE=work" if v4 else ";TYPE=WORK"
        lines.append("ADR" + adr_type + ":" + _structured("", "", c.street, c.city, "", c.postal_code, c.country))
    if c.notes:
        lines.append("NOTE:" + escape(c.notes))
    if c.location_name:
        lines.append("X-KV-STANDORT:" + escape(c.location_name))
    if c.customer_number:
        lines.append("X-KV-KUNDENNUMMER:" + escape(c.customer_number))
    if c.salutation:
        lines.append("X-KV-ANREDE:" + escape(c.salutation))
    lines.append(f"X-KV-KONTAKT-ID:{c.id}")
    lines.append("END:VCARD")
    # Most lines are short ASCII: written as they are, without a call each (200,000 cards, 3 million lines).
    return "".join([line + CRLF if len(line) <= 75 and line.isascii() else fold(line) for line in lines])
