"""Which column of an exported address book means what: the header aliases of Outlook (German and
English, old and new spellings), Google (old and new), Thunderbird, German Excel lists and our own
export (R12, R13). Headers compare folded: case, umlauts, spaces and punctuation do not count."""

from __future__ import annotations

import functools
import re

from kontaktverwaltung.domain.messages import Message, T, render
from kontaktverwaltung.domain.text import ascii_fold

# The fields a column can be mapped to. "" = ignore the column.
IGNORE = ""
CONTACT_ID = "contact_id"
CUSTOMER_NUMBER = "customer_number"
COMPANY = "company"
LOCATION = "location"
STREET = "street"
STREET_MORE = "street_more"  # Outlook's "Straße geschäftlich 2/3": appended to the street
POSTAL_CODE = "postal_code"
CITY = "city"
COUNTRY = "country"
SALUTATION = "salutation"
TITLE = "title"
FIRST_NAME = "first_name"
MIDDLE_NAME = "middle_name"
LAST_NAME = "last_name"
FULL_NAME = "full_name"  # used only when first and last name are missing
POSITION = "position"
DEPARTMENT = "department"
NOTES = "notes"
EMAIL = "email"
EMAIL_HOME = "email_home"
EMAIL_OTHER = "email_other"
EMAIL_TYPE = "email_type"  # Outlook "E-Mail-Typ" (SMTP/EX), Google "E-mail 1 - Type/Label"
PHONE = "phone"
PHONE_HOME = "phone_home"
PHONE_OTHER = "phone_other"
MOBILE = "mobile"
FAX = "fax"
FAX_HOME = "fax_home"
PHONE_TYPE = "phone_type"  # Google "Phone 1 - Type/Label": decides phone, mobile or fax

# (field, label): the choices of the mapping step, in this order (labels rendered when shown).
FIELDS: tuple[tuple[str, str], ...] = (
    (IGNORE, T("– nicht übernehmen –")),
    (CONTACT_ID, T("Kontakt-ID")),
    (CUSTOMER_NUMBER, T("Kundennummer")),
    (COMPANY, T("Firma (Kunde)")),
    (LOCATION, T("Standort")),
    (STREET, T("Straße")),
    (STREET_MORE, T("Straße (Zusatz)")),
    (POSTAL_CODE, T("PLZ")),
    (CITY, T("Ort")),
    (COUNTRY, T("Land")),
    (SALUTATION, T("Anrede")),
    (TITLE, T("Titel")),
    (FIRST_NAME, T("Vorname")),
    (MIDDLE_NAME, T("Weitere Vornamen")),
    (LAST_NAME, T("Nachname")),
    (FULL_NAME, T("Name (ganz)")),
    (POSITION, T("Position")),
    (DEPARTMENT, T("Abteilung")),
    (NOTES, T("Notizen")),
    (EMAIL, T("E-Mail (Arbeit)")),
    (EMAIL_HOME, T("E-Mail (privat)")),
    (EMAIL_OTHER, T("E-Mail (sonstige)")),
    (EMAIL_TYPE, T("E-Mail-Typ")),
    (PHONE, T("Telefon")),
    (PHONE_HOME, T("Telefon (privat)")),
    (PHONE_OTHER, T("Telefon (sonstige)")),
    (MOBILE, T("Mobil")),
    (FAX, T("Fax")),
    (FAX_HOME, T("Fax (privat)")),
    (PHONE_TYPE, T("Telefon-Typ")),
)
FIELD_KEYS = frozenset(key for key, _ in FIELDS)


def field_label(key: str) -> str:
    """The field's label in the installed language (its key if unknown)."""
    for field, label in FIELDS:
        if field == key:
            return render(Message(label))
    return key


_ALIASES: dict[str, tuple[str, ...]] = {
    CONTACT_ID: ("Kontakt-ID", "Contact ID", "KontaktID", "X-KV-KONTAKT-ID"),
    CUSTOMER_NUMBER: ("Kundennummer", "Kunden-Nr.", "Kundennr", "Kd.-Nr.", "Kd-Nr", "Customer number", "Client number"),
    COMPANY: (
        "Firma", "Unternehmen", "Firmenname", "Kunde", "Company", "Organization", "Organisation",
        "Organization 1 - Name", "Organization Name",
    ),
    LOCATION: ("Standort", "Niederlassung", "Filiale", "Location", "Site"),
    STREET: (
        "Straße", "Strasse", "Str.", "Adresse", "Anschrift", "Street",
        "Straße geschäftlich", "Business Street", "Dienstlich: Adresse", "Work Address",
        "Address 1 - Street",
    ),
    STREET_MORE: (
        "Straße geschäftlich 2", "Straße geschäftlich 3", "Business Street 2", "Business Street 3",
        "Dienstlich: Adresse 2", "Work Address 2", "Address 1 - Extended Address",
    ),
    POSTAL_CODE: (
        "PLZ", "Postleitzahl", "Postal Code", "Zip", "ZIP Code",
        "Postleitzahl geschäftlich", "Business Postal Code", "Dienstlich: PLZ", "Work ZipCode",
        "Address 1 - Postal Code",
    ),
    CITY: (
        "Ort", "Stadt", "City", "Ort geschäftlich", "Business City", "Dienstlich: Ort", "Work City",
        "Address 1 - City",
    ),
    COUNTRY: (
        "Land", "Country", "Land/Region", "Land geschäftlich", "Land/Region geschäftlich",
        "Business Country", "Business Country/Region", "Dienstlich: Land", "Work Country",
        "Address 1 - Country",
    ),
    SALUTATION: ("Anrede", "Salutation", "Title", "Name Prefix", "Prefix"),
    # Outlook's and Google's "Suffix" holds the degrees after the name ("MBA"): part of the title,
    # which domain/names.py writes after the name again.
    TITLE: ("Titel", "Akad. Titel", "Akademischer Titel", "Academic Title", "Suffix", "Name Suffix", "Namenszusatz"),
    FIRST_NAME: ("Vorname", "First Name", "Given Name", "Vornamen"),
    MIDDLE_NAME: ("Weitere Vornamen", "Zweiter Vorname", "Middle Name", "Additional Name"),
    LAST_NAME: ("Nachname", "Familienname", "Zuname", "Last Name", "Family Name", "Surname"),
    FULL_NAME: ("Name", "Anzeigename", "Display Name", "Vollständiger Name", "Full Name"),
    POSITION: (
        "Position", "Funktion", "Berufsbezeichnung", "Job Title", "Arbeitstitel", "Jobtitel",
        "Organization 1 - Title", "Organization Title",
    ),
    DEPARTMENT: ("Abteilung", "Department", "Organization 1 - Department", "Organization Department"),
    NOTES: ("Notizen", "Notiz", "Bemerkung", "Bemerkungen", "Kommentar", "Anmerkungen", "Notes"),
    EMAIL: (
        "E-Mail", "Email", "Mail", "E-Mail-Adresse", "E-Mail Adresse", "Emailadresse", "E-mail Address",
        "Primäre E-Mail-Adresse", "Primary Email", "E-mail 1 - Value", "E-Mail 1",
    ),
    EMAIL_OTHER: (
        "E-Mail 2", "E-Mail 3", "E-Mail 4", "E-Mail 5", "E-Mail 2: Adresse", "E-Mail 3: Adresse",
        "E-mail 2 Address", "E-mail 3 Address", "Sekundäre E-Mail-Adresse", "Secondary Email",
        "E-mail 2 - Value", "E-mail 3 - Value", "E-mail 4 - Value",
    ),
    EMAIL_TYPE: (
        "E-Mail-Typ", "E-Mail 2: Typ", "E-Mail 3: Typ", "E-mail Type", "E-mail 2 Type", "E-mail 3 Type",
        "E-mail 1 - Type", "E-mail 2 - Type", "E-mail 3 - Type", "E-mail 4 - Type",
        "E-mail 1 - Label", "E-mail 2 - Label", "E-mail 3 - Label", "E-mail 4 - Label",
    ),
    PHONE: (
        "Telefon", "Tel.", "Tel", "Telefonnummer", "Phone", "Telephone", "Telefon 1",
        "Telefon geschäftlich", "Telefon geschäftlich 2", "Telefon 2", "Telefon 3", "Telefon 4",
        "Business Phone", "Business Phone 2", "Haupttelefon", "Primary Phone", "Telefon Firma",
        "Company Main Phone", "Tel. dienstlich", "Work Phone", "Durchwahl",
        "Phone 1 - Value", "Phone 2 - Value", "Phone 3 - Value", "Phone 4 - Value", "Phone 5 - Value",
    ),
    PHONE_HOME: ("Telefon privat", "Telefon privat 2", "Home Phone", "Home Phone 2", "Tel. privat"),
    PHONE_OTHER: (
        "Weiteres Telefon", "Other Phone", "Telefon Assistent", "Assistant's Phone", "Autotelefon",
        "Car Phone", "Rückmeldung", "Callback", "ISDN", "Funkruf", "Radio Phone",
    ),
    MOBILE: (
        "Mobil", "Mobiltelefon", "Handy", "Mobilnummer", "Mobile", "Mobile Phone", "Mobil 2", "Mobil 3",
        "Mobiltelefon 2", "Mobil-Tel.-Nr.", "Mobile Number", "Cell Phone",
    ),
    FAX: (
        "Fax", "Telefax", "Fax geschäftlich", "Business Fax", "Fax-Nummer", "Fax Number", "Weiteres Fax", "Other Fax",
    ),
    FAX_HOME: ("Fax privat", "Home Fax"),
    PHONE_TYPE: (
        "Phone 1 - Type", "Phone 2 - Type", "Phone 3 - Type", "Phone 4 - Type", "Phone 5 - Type",
        "Phone 1 - Label", "Phone 2 - Label", "Phone 3 - Label", "Phone 4 - Label", "Phone 5 - Label",
    ),
}  # fmt: skip

# Columns every exporter writes that the app does not keep: recognised, so the user is not asked.
_IGNORED = (
    # Outlook (German, English): the private and other address, dates, categories …
    "Straße privat", "Straße privat 2", "Straße privat 3", "Ort privat", "Region privat",
    "Postleitzahl privat", "Land privat", "Land/Region privat", "Weitere Straße", "Weitere Straße 2",
    "Weitere Straße 3", "Weiterer Ort", "Weitere Region", "Weitere Postleitzahl", "Weiteres Land",
    "Weiteres Land/Region", "Region geschäftlich", "Bundesland/Kanton geschäftlich", "Postfach geschäftlich",
    "Home Street", "Home Street 2", "Home Street 3", "Home City", "Home State", "Home Postal Code",
    "Home Country", "Home Country/Region", "Other Street", "Other Street 2", "Other Street 3", "Other City",
    "Other State", "Other Postal Code", "Other Country", "Other Country/Region", "Business State",
    "Business PO Box", "Pager", "Telex", "Telefon für Hörbehinderte", "TTY/TDD Phone", "Telefon 2 geschäftlich",
    "E-Mail: angezeigter Name", "E-Mail 2: angezeigter Name", "E-Mail 3: angezeigter Name",
    "E-mail Display Name", "E-mail 2 Display Name", "E-mail 3 Display Name", "Geburtstag", "Jahrestag",
    "Birthday", "Anniversary", "Kategorien", "Categories", "Webseite", "Web Page", "Initialen", "Initials",
    "Priorität", "Priority", "Privat", "Private", "Vertraulichkeit", "Sensitivity", "Geschlecht", "Gender",
    "Sprache", "Language", "Stichwörter", "Keywords", "Hobby", "Hobbies", "Kinder", "Children",
    "Name des Assistenten", "Assistant's Name", "Name des/der Vorgesetzten", "Manager's Name",
    "Partner", "Spouse", "Reisekilometer", "Mileage", "Verrechnungsinformation", "Billing Information",
    "Konto", "Account", "Benutzer 1", "Benutzer 2", "Benutzer 3", "Benutzer 4", "User 1", "User 2",
    "User 3", "User 4", "Internet-Frei/Gebucht", "Internet Free Busy", "Regierungs-Nr.", "Government ID Number",
    "Organisations-Nr.", "Organizational ID Number", "Ort", "Location", "Verzeichnisserver", "Directory Server",
    "Büro", "Office Location", "Postfach privat", "Home PO Box", "Weiteres Postfach", "Other PO Box", "Kontakte",
    "Stichwort",
    # Google (old and new)
    "Yomi Name", "Given Name Yomi", "Additional Name Yomi", "Family Name Yomi", "Nickname",
    "Short Name", "Maiden Name", "Occupation", "Location", "Billing Information", "Directory Server",
    "Mileage", "Priority", "Sensitivity", "Subject", "Group Membership", "Labels", "Photo", "File As",
    "Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name", "Organization 1 - Type",
    "Organization 1 - Yomi Name", "Organization 1 - Symbol", "Organization 1 - Location",
    "Organization 1 - Job Description", "Organization Phonetic Name", "Website 1 - Type", "Website 1 - Value",
    "Website 1 - Label", "Address 1 - Type", "Address 1 - Label", "Address 1 - Formatted",
    "Address 1 - PO Box", "Address 1 - Region", "Address 2 - Type", "Address 2 - Label",
    "Address 2 - Formatted", "Address 2 - Street", "Address 2 - City", "Address 2 - PO Box", "Address 2 - Region",
    "Address 2 - Postal Code", "Address 2 - Country", "Address 2 - Extended Address", "Event 1 - Type",
    "Event 1 - Value", "Event 1 - Label", "Relation 1 - Type", "Relation 1 - Value", "Relation 1 - Label",
    "Custom Field 1 - Type", "Custom Field 1 - Value", "Custom Field 1 - Label", "IM 1 - Type", "IM 1 - Service",
    "IM 1 - Value",
    # Thunderbird (German, English)
    "Spitzname", "Messenger-Name", "Screen Name", "Pager-Nummer", "Pager Number", "Privat: Adresse",
    "Privat: Adresse 2", "Privat: Ort", "Privat: Bundesland", "Privat: PLZ", "Privat: Land", "Home Address",
    "Home Address 2", "Home ZipCode", "Dienstlich: Bundesland", "Work State", "Webseite 1", "Webseite 2",
    "Web Page 1", "Web Page 2", "Geburtsjahr", "Geburtsmonat", "Birth Year", "Birth Month", "Birth Day",
    "Benutzerdef. 1", "Benutzerdef. 2", "Benutzerdef. 3", "Benutzerdef. 4", "Custom 1", "Custom 2", "Custom 3",
    "Custom 4",
    # German Excel lists
    "Nr.", "Nr", "Lfd. Nr.", "Geburtsdatum", "Webseite", "Homepage", "Website", "Region", "Bundesland",
)  # fmt: skip


_NOT_LETTER_OR_DIGIT = re.compile(r"[^a-z0-9]")


@functools.lru_cache(maxsize=4096)  # a file repeats its few type, country and salutation words on every row
def fold_header(header: str) -> str:
    """ "E-Mail-Adresse", "e-mail adresse", "EMail Adresse " → "emailadresse"."""
    return _NOT_LETTER_OR_DIGIT.sub("", ascii_fold(header.strip().strip('"').strip("\ufeff")))


_TABLE: dict[str, str] = {}
for _key in _IGNORED:
    _TABLE[fold_header(_key)] = IGNORE
for _field, _names in _ALIASES.items():
    for _name in _names:
        _TABLE[fold_header(_name)] = _field
# "Ort" alone is a city in German lists; Outlook's "Ort" is its meeting place but rarely filled.
_TABLE[fold_header("Ort")] = CITY
_TABLE[fold_header("Location")] = LOCATION


def recognise(header: str) -> str | None:
    """The field a column header means, IGNORE for a known column the app does not keep, None
    when the header is unknown (the user maps it)."""
    folded = fold_header(header)
    if not folded:
        return None
    found = _TABLE.get(folded)
    if found is not None:
        return found
    # Our own export numbers repeated columns: "E-Mail 7", "Telefon 12", "Mobil 3".
    numbered = re.fullmatch(r"(email|telefon|mobil)(\d+)", folded)
    if numbered:
        return {"email": EMAIL_OTHER, "telefon": PHONE, "mobil": MOBILE}[numbered.group(1)]
    # Google numbers its channels without limit: "E-mail 9 - Value", "Phone 12 - Type".
    google = re.fullmatch(r"(email|phone)\d+(value|type|label)", folded)
    if google:
        kind, part = google.groups()
        if part == "value":
            return EMAIL_OTHER if kind == "email" else PHONE
        return EMAIL_TYPE if kind == "email" else PHONE_TYPE
    return None


def default_mapping(headers: tuple[str, ...] | list[str]) -> list[str | None]:
    """The recognised field of every column (None: unknown, to be mapped by the user)."""
    return [recognise(h) for h in headers]


def channel_group(header: str) -> int:
    """Which e-mail/phone a type column belongs to: the number in its header, else 1."""
    found = re.search(r"\d+", header)
    return int(found.group()) if found else 1


# Country as written → ISO code. German and English names of the countries an agency in DACH meets.
_COUNTRIES = {
    "AT": ("Österreich", "Oesterreich", "Austria", "Autriche"),
    "DE": ("Deutschland", "Germany", "Allemagne", "BRD"),
    "CH": ("Schweiz", "Switzerland", "Suisse", "Svizzera"),
    "LI": ("Liechtenstein",),
    "IT": ("Italien", "Italy", "Italia"),
    "FR": ("Frankreich", "France"),
    "NL": ("Niederlande", "Netherlands", "Holland"),
    "BE": ("Belgien", "Belgium"),
    "LU": ("Luxemburg", "Luxembourg"),
    "PL": ("Polen", "Poland"),
    "CZ": ("Tschechien", "Tschechische Republik", "Czech Republic", "Czechia"),
    "SK": ("Slowakei", "Slovakia"),
    "HU": ("Ungarn", "Hungary"),
    "SI": ("Slowenien", "Slovenia"),
    "HR": ("Kroatien", "Croatia"),
    "ES": ("Spanien", "Spain"),
    "GB": ("Großbritannien", "Vereinigtes Königreich", "United Kingdom", "UK", "England"),
    "US": ("USA", "Vereinigte Staaten", "United States", "United States of America"),
    "DK": ("Dänemark", "Denmark"),
    "SE": ("Schweden", "Sweden"),
}
_COUNTRY_NAMES = {fold_header(name): code for code, names in _COUNTRIES.items() for name in names}


def country_code(text: str) -> str:
    """ "Österreich", "Austria", "at", "A" → "AT"; "" when unknown."""
    stripped = text.strip()
    if not stripped:
        return ""
    if len(stripped) == 2 and stripped.isascii() and stripped.isalpha():
        return stripped.upper()
    if stripped.upper() in ("A", "D"):  # the old car plates on German address labels
        return {"A": "AT", "D": "DE"}[stripped.upper()]
    return _COUNTRY_NAMES.get(fold_header(stripped), "")


_SALUTATIONS = {
    "herr": "Herr", "hr": "Herr", "mr": "Herr", "monsieur": "Herr", "sir": "Herr",
    "frau": "Frau", "fr": "Frau", "ms": "Frau", "mrs": "Frau", "miss": "Frau", "madame": "Frau",
    "divers": "divers", "mx": "divers",
}  # fmt: skip


def split_salutation(text: str) -> tuple[str, str]:
    """Outlook's "Anrede" holds "Herr", "Frau Dr." or just "Dr.": (salutation, academic title)."""
    salutation, rest = "", []
    for word in text.split():
        key = fold_header(word)
        if not salutation and key in _SALUTATIONS:
            salutation = _SALUTATIONS[key]
        else:
            rest.append(word)
    return salutation, " ".join(rest)
