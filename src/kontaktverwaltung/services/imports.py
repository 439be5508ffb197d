"""Import of address books (R12, B4): placement, matching, one transaction, one undo step.

Every row's company is the customer (matched by folded name, or by Kundennummer), its Standort
or address the location (by name, or by street and city), and the person is matched within the
customer: Kontakt-ID, else e-mail, else phone, else folded name. A match is updated (empty cells
never erase), identical data counts as unchanged, anyone else is created. Existing data is read
once, in a few queries per 500 customers, and new rows are written in bulk.
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kontaktverwaltung.domain.channels import normalize_email, normalize_phone, phone_search_digits
from kontaktverwaltung.domain.contact import (
    TEXT_LIMITS,
    contact_search_name,
    contact_search_text,
    display_name,
    location_search_text,
)
from kontaktverwaltung.domain.duplicates import phonetic_key
from kontaktverwaltung.domain.errors import ConflictError, DomainError, NotFound, Problem
from kontaktverwaltung.domain.history import HistoryKind
from kontaktverwaltung.domain.history_texts import HISTORY_TEXTS, encode, import_done
from kontaktverwaltung.domain.importing import ImportRecord, ImportSource, RowProblem, read_path, records
from kontaktverwaltung.domain.messages import Message, T, counts, msg, render
from kontaktverwaltung.domain.text import digits, search_key
from kontaktverwaltung.domain.username import first_free_username, username_base
from kontaktverwaltung.services.common import Context, Done
from kontaktverwaltung.store import changes, repo
from kontaktverwaltung.store import imports as store
from kontaktverwaltung.store.changes import ChangeSet, Recorder
from kontaktverwaltung.store.db import IntegrityError, now, transaction
from kontaktverwaltung.store.models import Contact, ContactChannel, Customer, HistoryEntry, ImportBatch, Location

# --- messages (German source texts, translated by the catalogue: docs/translations.md) ----------
MSG_NO_NAME = T("Zeile ohne Vor- und Nachnamen (nur Firma?) – nicht übernommen.")
MSG_NO_CUSTOMER = T(
    "Keine Firma und keine bekannte Kundennummer – die Zeile gehört zu keinem Kunden und wurde nicht übernommen."
)
MSG_UNKNOWN_CUSTOMER = T("Es gibt keinen Kunden mit der Nummer „{number}“.")
MSG_TOO_LONG = T("Auf {limit} Zeichen gekürzt.")
MSG_CANCELLED = T("Import abgebrochen – es wurde nichts geändert.")
MSG_NOTHING_TO_UNDO = T("Es gibt keinen Import, der rückgängig gemacht werden kann.")
MSG_ALREADY_UNDONE = T("Dieser Import ist schon rückgängig gemacht.")
MSG_WRITTEN_MEANWHILE = T(
    "Während des Imports hat jemand anderes dieselben Daten gespeichert (z. B. einen "
    "Benutzernamen). Es wurde nichts importiert; bitte erneut importieren."
)
MSG_NO_CONTACT_ID = T(
    "Kontakt-ID {id} gibt es in dieser Datenbank nicht, oder sie gehört zu einer anderen Person "
    "– nach E-Mail, Telefon und Name zugeordnet."
)

DEFAULT_LOCATION = "Hauptstandort"
# (value, region) → E.164, display and search digits of a phone, or why it is not one. Reading a
# phone (phonenumbers) is the import's most costly step: a third of it. The import dialog hands
# the readings of its preview to the import of the same file, which then reads no phone again.
PhoneReadings = dict[tuple[str, str], tuple[str, str, str] | Problem]
PROGRESS_EVERY = 500


class ImportCancelled(DomainError):
    """The user cancelled; the transaction was rolled back, nothing was written."""


class RowStatus(enum.StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"

    def label(self) -> str:
        """As the preview shows it, in the installed language."""
        return render(Message(_STATUS_LABELS[self.value]))


_STATUS_LABELS = {
    "created": T("neu"),
    "updated": T("aktualisiert"),
    "unchanged": T("unverändert"),
    "skipped": T("Problem"),
}


class RowChoice(enum.StrEnum):
    """What the user chose for a row in the preview."""

    AUTO = "auto"  # match, else create
    SKIP = "skip"
    NEW = "new"  # "als neuer Kontakt": create even if it matches someone


@dataclass(frozen=True, slots=True)
class RowOutcome:
    row: int
    status: RowStatus
    name: str
    customer: str
    contact_id: int | None  # the matched (or, after writing, created) contact
    matched: str  # the existing contact it updates, as shown ("" for none)
    matched_by: str  # "id" | "email" | "phone" | "name" | ""
    problems: tuple[RowProblem, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportReport:
    import_id: int | None
    created: int
    updated: int
    unchanged: int
    skipped: int
    problems: tuple[RowProblem, ...]
    rows: tuple[RowOutcome, ...] = ()
    dry_run: bool = False

    def as_json(self) -> dict[str, Any]:
        """The object `import --json` prints (automation contract)."""
        return {
            "import_id": self.import_id,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "problems": [
                {"row": p.row, "field": p.field, "value": p.value, "message": p.message()} for p in self.problems
            ],
        }

    def summary(self) -> str:
        """ "3 neu und 1 aktualisiert; 0 unverändert, 1 nicht übernommen, 2 Hinweise" in the installed language."""
        done = counts(
            (self.created, T("{count:n} neu"), T("{count:n} neu")),
            (self.updated, T("{count:n} aktualisiert"), T("{count:n} aktualisiert")),
        )
        return render(
            msg(
                T("{done}; {unchanged:n} unverändert, {skipped:n} nicht übernommen, {notes:n} Hinweise"),
                done=done if self.created or self.updated else Message(T("nichts geändert")),
                unchanged=self.unchanged,
                skipped=self.skipped,
                notes=len(self.problems),
            )
        )


@dataclass(frozen=True, slots=True)
class UndoneImport:
    import_id: int
    description: Message


def read_file(path: str | Path, encoding: str | None = None, sheet: str | None = None) -> ImportSource:
    """Read an address book (vCard, CSV, .xlsx); raises UnreadableFile with one German line."""
    return read_path(path, encoding, sheet)


# --- the plan: what each row does, decided on data read once ------------------------------------


@dataclass(eq=False)
class _Location:
    id: int | None
    name: str
    street: str
    postal_code: str
    city: str
    country: str
    position: int
    row: dict[str, Any] | None = None  # a new location's row, once written


@dataclass(eq=False)
class _Person:
    id: int | None
    location: _Location | None  # None for an existing contact: it stays where it is
    values: dict[str, Any]  # salutation, title, first_name, last_name, position, department, notes
    channels: list[dict[str, Any]]  # kind, value, normalized, display, label, is_primary, position
    before: dict[str, Any] | None = None  # an existing contact's columns as loaded
    new_channels: list[dict[str, Any]] = field(default_factory=list)
    changed: bool = False
    row: dict[str, Any] | None = None

    @property
    def name(self) -> str:
        v = self.values
        return display_name("", v["title"], v["first_name"], v["last_name"])


@dataclass(eq=False)
class _Customer:
    id: int | None
    number: str
    name: str
    locations: list[_Location] = field(default_factory=list)
    persons: list[_Person] = field(default_factory=list)
    emails: dict[str, _Person] = field(default_factory=dict)
    phones: dict[str, _Person] = field(default_factory=dict)
    names: dict[str, _Person] = field(default_factory=dict)
    created: int = 0
    updated: int = 0

    def index(self, person: _Person) -> None:
        for channel in person.channels:
            table = self.emails if channel["kind"] == "email" else self.phones
            table.setdefault(channel["normalized"], person)
        key = search_key(f"{person.values['first_name']} {person.values['last_name']}")
        if key:
            self.names.setdefault(key, person)


_TEXT_FIELDS = ("title", "first_name", "last_name", "position", "department", "notes")
_LABELS = {
    "title": "Titel",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "position": "Position",
    "department": "Abteilung",
    "notes": "Notizen",
}


class _Planner:
    """Decides every row on data loaded once; ``write`` then puts the decisions into the database."""

    def __init__(self, ctx: Context, customer_number: str | None, phones: PhoneReadings | None = None) -> None:
        self.ctx = ctx
        self.by_number: dict[str, _Customer] = {}
        self.by_name: dict[str, _Customer] = {}
        self.by_id: dict[int, _Customer] = {}
        for cid, number, name in store.customers():
            customer = _Customer(cid, number, name)
            self.by_number.setdefault(number.casefold(), customer)
            self.by_name.setdefault(search_key(name), customer)
            self.by_id[cid] = customer
        self.fixed: _Customer | None = None
        if customer_number:
            self.fixed = self.by_number.get(customer_number.strip().casefold())
            if self.fixed is None:
                raise NotFound(
                    Problem.of(
                        MSG_UNKNOWN_CUSTOMER,
                        "customer",
                        number=customer_number,
                    )
                )
        self.new_customers: list[_Customer] = []
        self.persons_by_id: dict[int, _Person] = {}
        self.trusted_ids: set[int] = set()
        self._phone_cache: PhoneReadings = {} if phones is None else phones
        import phonenumbers

        # Keep the metadata's compiled patterns rather than asking re's cache 15 times a number:
        # the same patterns, an eighth less time per phone read.
        phonenumbers.enable_pattern_cache()
        self._email_cache: dict[str, tuple[str, str] | Problem] = {}
        self._numbers = {c.number for c in self.by_id.values()}
        self._highest = max(
            (int(m.group(1)) for n in self._numbers if (m := re.fullmatch(r"K-(\d+)", n))), default=9999
        )
        self._usernames: set[str] | None = None
        self.stamp = now()  # the time of the history entries written (and of the import kept)

    # placement ----------------------------------------------------------------------------------

    def _trusted_id(self, record: ImportRecord, known: dict[int, tuple[int, str, str]]) -> int | None:
        """The customer of the contact the row's Kontakt-ID names, if the row is that contact: same
        name, or the same customer by number or name. An export of another database names other
        people by the same ids: such a row is matched as if it had no id (and it says so)."""
        if record.contact_id is None or record.contact_id not in known:
            return None
        customer_id, first, last = known[record.contact_id]
        customer = self.by_id[customer_id]
        same_name = search_key(f"{first} {last}") == search_key(f"{record.first_name} {record.last_name}")
        same_customer = record.customer_number.casefold() == customer.number.casefold() or (
            bool(record.company) and search_key(record.company) == search_key(customer.name)
        )
        if same_name or same_customer:
            self.trusted_ids.add(record.contact_id)
            return customer_id
        return None

    def _customer_of(self, record: ImportRecord, known: dict[int, tuple[int, str, str]]) -> _Customer | Problem:
        trusted = self._trusted_id(record, known)
        if trusted is not None:
            return self.by_id[trusted]
        if self.fixed is not None:
            return self.fixed
        if record.customer_number:
            found = self.by_number.get(record.customer_number.casefold())
            if found is not None:
                return found
        key = search_key(record.company)
        if not key:
            return Problem.of(MSG_NO_CUSTOMER, "company")
        found = self.by_name.get(key)
        if found is None:
            number = record.customer_number[:32]
            if not number or number in self._numbers:
                number = self._next_number()
            found = _Customer(None, number, record.company[:200])
            self._numbers.add(number)
            self.by_name[key] = found
            self.by_number[number.casefold()] = found
            self.new_customers.append(found)
        return found

    def _next_number(self) -> str:
        self._highest += 1
        while f"K-{self._highest}" in self._numbers:
            self._highest += 1
        return f"K-{self._highest}"

    def load(self, recs: Sequence[ImportRecord]) -> list[_Customer | Problem]:
        """Place every row into its customer, then load those customers' locations, contacts and
        channels: a few queries per 500 customers, none per row."""
        ids = [r.contact_id for r in recs if r.contact_id is not None]
        contact_customers = store.customers_of_contacts(ids) if ids else {}
        placed = [self._customer_of(r, contact_customers) for r in recs]
        existing = {c.id for c in placed if isinstance(c, _Customer) and c.id is not None}
        by_customer = {cid: self.by_id[cid] for cid in existing}
        for lid, cid, name, street, postal, city, country, position in store.locations_of(existing):
            by_customer[cid].locations.append(_Location(lid, name, street, postal, city, country, position))
        contact_rows = store.contacts_of(existing)
        channels: dict[int, list[dict[str, Any]]] = {}
        for channel in store.channels_of(r["id"] for r in contact_rows):
            channels.setdefault(channel.pop("contact"), []).append(channel)
        for row in contact_rows:
            values = {k: row[k] for k in ("salutation", *_TEXT_FIELDS)}
            person = _Person(row["id"], None, values, channels.get(row["id"], []), before=row)
            customer = by_customer[row["customer"]]
            customer.persons.append(person)
            customer.index(person)
            self.persons_by_id[row["id"]] = person
        return placed

    def _location(self, customer: _Customer, record: ImportRecord, create: bool) -> _Location | None:
        """The row's Standort by name, else its address by street and city; else created (R12)."""
        if record.location:
            key = search_key(record.location)
            for location in customer.locations:
                if search_key(location.name) == key:
                    return location
        elif record.street and record.city:
            street, city = _street_key(record.street), search_key(record.city)
            for location in customer.locations:
                if _street_key(location.street) == street and search_key(location.city) == city:
                    return location
        elif not record.street and not record.city and customer.locations:
            return customer.locations[0]
        if not create:
            return None
        country = record.country if _is_region(record.country) else self.ctx.region
        name = record.location or record.city or record.street or DEFAULT_LOCATION
        location = _Location(
            None,
            name[:200],
            record.street[:200],
            record.postal_code[:20],
            record.city[:100],
            country,
            max((loc.position for loc in customer.locations), default=-1) + 1,
        )
        customer.locations.append(location)
        return location

    # channels -----------------------------------------------------------------------------------

    def _read_phone(self, value: str, source: str, region: str) -> tuple[str, str, str] | Problem:
        cache_key = (value, region)
        phone = self._phone_cache.get(cache_key)
        if phone is None:
            phone = self._phone_cache[cache_key] = _phone(value, source, region)
        return phone

    def _phone_in(self, value: str, source: str, regions: Sequence[str], known: dict[str, Any]) -> Any:
        """A phone read in the first of ``regions`` where it is a number the customer already has,
        else the first where it is valid; else the first region's problem. (A row without a
        country of a customer in Germany and Austria: "0650 3599162" is Austrian.)"""
        readings = [self._read_phone(value, source, region) for region in regions]
        valid = [r for r in readings if not isinstance(r, Problem)]
        return next((r for r in valid if r[0] in known), valid[0] if valid else readings[0])

    def _channels(
        self, record: ImportRecord, regions: Sequence[str], known: dict[str, Any]
    ) -> tuple[list[dict[str, Any]], list[RowProblem]]:
        found: list[dict[str, Any]] = []
        problems: list[RowProblem] = []
        seen: set[tuple[bool, str]] = set()
        for raw in record.channels:
            is_phone = raw.kind.is_phone
            if is_phone:
                phone = self._phone_in(raw.value, raw.source, regions, known)
                if isinstance(phone, Problem):
                    problems.append(RowProblem(record.row, raw.source, raw.value, phone))
                    continue
                normalized, shown, search_digits = phone
            else:
                email = self._email_cache.get(raw.value)
                if email is None:
                    email = self._email_cache[raw.value] = normalize_email(raw.value, raw.source)
                if isinstance(email, Problem):
                    problems.append(RowProblem(record.row, raw.source, raw.value, email))
                    continue
                (normalized, shown), search_digits = email, ""
            if (is_phone, normalized) in seen:
                continue
            seen.add((is_phone, normalized))
            found.append(
                dict(
                    kind=raw.kind.value,
                    value=raw.value[:255],
                    normalized=normalized,
                    display=shown,
                    label=raw.label[:50],
                    is_primary=raw.primary,
                    search_digits=search_digits,
                )
            )
        return found, problems

    # one row --------------------------------------------------------------------------------------

    def row(self, record: ImportRecord, placed: _Customer | Problem, choice: RowChoice) -> RowOutcome:
        problems = list(record.problems)
        # Shown in the preview in either language: without the (German) salutation.
        name = display_name("", record.title, record.first_name, record.last_name)
        if choice is RowChoice.SKIP:
            return RowOutcome(record.row, RowStatus.SKIPPED, name, record.company, None, "", "", tuple(problems))
        if isinstance(placed, Problem):
            problems.append(RowProblem(record.row, "Firma", record.company, placed))
            return RowOutcome(record.row, RowStatus.SKIPPED, name, "", None, "", "", tuple(problems))
        customer = placed
        known = self._location(customer, record, create=False)
        channels, channel_problems = self._channels(record, self._regions(customer, record, known), customer.phones)
        problems.extend(channel_problems)
        texts, text_problems = _texts(record)
        problems.extend(text_problems)
        if not record.has_name and record.contact_id is None:
            # A company's own line (its switchboard, an Exchange list): never a person, never matched.
            problems.append(RowProblem(record.row, "Nachname", "", Problem.of(MSG_NO_NAME, "last_name")))
            return RowOutcome(record.row, RowStatus.SKIPPED, name, customer.name, None, "", "", tuple(problems))
        person, matched_by = None, ""
        if choice is not RowChoice.NEW:
            person, matched_by = self._match(customer, record, channels, problems)
        if person is not None:
            matched = person.name if person.id is not None else ""
            changed = self._merge(person, texts, channels)
            if changed and person.id is not None:
                customer.updated += 1
            status = RowStatus.UPDATED if changed else RowStatus.UNCHANGED
            return RowOutcome(
                record.row, status, person.name, customer.name, person.id, matched, matched_by, tuple(problems)
            )
        if not record.has_name:
            problems.append(RowProblem(record.row, "Nachname", "", Problem.of(MSG_NO_NAME, "last_name")))
            return RowOutcome(record.row, RowStatus.SKIPPED, name, customer.name, None, "", "", tuple(problems))
        location = known or self._location(customer, record, create=True)
        person = _Person(None, location, texts, _with_primaries(channels), changed=True)
        customer.persons.append(person)
        customer.index(person)
        customer.created += 1
        if text_problems:  # a name cut to the column's length: shown as it will be stored
            name = person.name
        return RowOutcome(record.row, RowStatus.CREATED, name, customer.name, None, "", "", tuple(problems))

    def _regions(self, customer: _Customer, record: ImportRecord, known: _Location | None) -> list[str]:
        """Where the row's phones are read (R12): the row's country; else the country of the
        location the row names; else the customer's locations' countries (the first one first);
        else the app's region."""
        if _is_region(record.country):
            return [record.country]
        if known is not None and (record.location or record.street or record.city):
            return [known.country or self.ctx.region]
        countries = [loc.country for loc in customer.locations if _is_region(loc.country)]
        return list(dict.fromkeys(countries)) or [self.ctx.region]

    def _match(
        self, customer: _Customer, record: ImportRecord, channels: list[dict[str, Any]], problems: list[RowProblem]
    ) -> tuple[_Person | None, str]:
        if record.contact_id is not None:
            person = self.persons_by_id.get(record.contact_id) if record.contact_id in self.trusted_ids else None
            if person is not None:
                return person, "id"
            problems.append(
                RowProblem(
                    record.row,
                    "Kontakt-ID",
                    str(record.contact_id),
                    Problem.of(
                        MSG_NO_CONTACT_ID,
                        "contact_id",
                        id=record.contact_id,
                    ),
                )
            )
        for channel in channels:
            if channel["kind"] == "email" and channel["normalized"] in customer.emails:
                return customer.emails[channel["normalized"]], "email"
        for channel in channels:
            if channel["kind"] != "email" and channel["normalized"] in customer.phones:
                return customer.phones[channel["normalized"]], "phone"
        key = search_key(f"{record.first_name} {record.last_name}")
        if key and key in customer.names:
            return customer.names[key], "name"
        return None, ""

    def _merge(self, person: _Person, texts: dict[str, str], channels: list[dict[str, Any]]) -> bool:
        """Non-empty cells that differ overwrite; empty cells never erase; new channels are added."""
        changed = False
        for key, value in texts.items():
            if value and person.values.get(key) != value:
                person.values[key] = value
                changed = True
        present = {(c["kind"] == "email", c["normalized"]) for c in person.channels}
        for channel in channels:
            if (channel["kind"] == "email", channel["normalized"]) in present:
                continue
            is_email = channel["kind"] == "email"
            has_primary = any(c["is_primary"] for c in person.channels if (c["kind"] == "email") == is_email)
            added = {**channel, "is_primary": not has_primary, "position": len(person.channels)}
            person.channels.append(added)
            if person.id is not None:
                person.new_channels.append(added)
            present.add((is_email, channel["normalized"]))
            changed = True
        if changed and person.id is not None:
            person.changed = True
        return changed

    # writing ------------------------------------------------------------------------------------

    def write(self, rec: Recorder, customers: Iterable[_Customer], file_name: str, tick: Callable[[], None]) -> None:
        """Everything the plan decided, in bulk: customers, locations, contacts, updates, channels,
        one history entry per customer touched."""
        touched = [c for c in customers if c.created or c.updated]
        stamp = self.stamp = now()
        new_customers = [c for c in self.new_customers if c in touched]
        customer_rows = [
            store.full_row(Customer, dict(number=c.number, name=c.name, version=1, created_at=stamp, updated_at=stamp))
            for c in new_customers
        ]
        store.insert_new(rec, Customer, customer_rows)
        for customer, row in zip(new_customers, customer_rows, strict=True):
            customer.id = int(row["id"])
        tick()
        new_locations: list[tuple[_Customer, _Location]] = []
        for customer in touched:
            used = {id(p.location) for p in customer.persons if p.id is None and p.location is not None}
            new_locations += [(customer, loc) for loc in customer.locations if loc.id is None and id(loc) in used]
        location_rows = [
            store.full_row(
                Location,
                dict(
                    customer=customer.id,
                    name=loc.name,
                    street=loc.street,
                    postal_code=loc.postal_code,
                    city=loc.city,
                    country=loc.country,
                    position=loc.position,
                    search_text=location_search_text(loc.name, loc.city, loc.postal_code)[:255],
                    version=1,
                    created_at=stamp,
                    updated_at=stamp,
                ),
            )
            for customer, loc in new_locations
        ]
        store.insert_new(rec, Location, location_rows)
        for (_, loc), row in zip(new_locations, location_rows, strict=True):
            loc.id = int(row["id"])
        tick()
        role = self._default_role()
        created: list[_Person] = []
        contact_rows: list[dict[str, Any]] = []
        for customer in touched:
            for person in customer.persons:
                if person.id is not None or not person.changed:
                    continue
                assert person.location is not None and person.location.id is not None
                v = person.values
                contact_rows.append(
                    store.full_row(
                        Contact,
                        dict(
                            customer=customer.id,
                            location=person.location.id,
                            **v,
                            username=self._username(v["first_name"], v["last_name"]),
                            active=True,
                            role=role,
                            **_derived(person),
                            version=1,
                            created_at=stamp,
                            updated_at=stamp,
                        ),
                    )
                )
                created.append(person)
        store.insert_new(rec, Contact, contact_rows)
        for person, row in zip(created, contact_rows, strict=True):
            person.id = int(row["id"])
            person.row = row
        tick()
        befores, afters = [], []
        for customer in touched:
            for person in customer.persons:
                if person.before is None or not person.changed:
                    continue
                columns = (
                    "salutation",
                    *_TEXT_FIELDS,
                    "search_text",
                    "search_name",
                    "name_key",
                    "version",
                    "updated_at",
                )
                befores.append({"id": person.id, **{c: person.before[c] for c in columns}})
                afters.append(
                    {
                        "id": person.id,
                        **{k: person.values[k] for k in ("salutation", *_TEXT_FIELDS)},
                        **_derived(person),
                        "version": person.before["version"] + 1,
                        "updated_at": stamp,
                    }
                )
        store.update_versioned_rows(rec, Contact, befores, afters)
        tick()
        channel_rows = []
        for customer in touched:
            for person in customer.persons:
                if person.id is None:
                    continue
                fresh = person.channels if person.before is None and person.changed else person.new_channels
                for channel in fresh:
                    channel_rows.append(store.full_row(ContactChannel, dict(contact=person.id, **channel)))
        store.insert_new(rec, ContactChannel, channel_rows)
        tick()
        history_rows = []
        for customer in touched:
            done = import_done(customer.created, customer.updated)
            if customer in new_customers:
                if file_name:
                    key = HISTORY_TEXTS["imported_new_customer"]
                    text = msg(key, file=file_name, done=done, client=customer.name)
                else:
                    text = msg(HISTORY_TEXTS["imported_plain_new_customer"], done=done, client=customer.name)
            elif file_name:
                text = msg(HISTORY_TEXTS["imported"], file=file_name, done=done)
            else:
                text = msg(HISTORY_TEXTS["imported_plain"], done=done)
            history_rows.append(
                store.full_row(
                    HistoryEntry,
                    dict(
                        customer=customer.id,
                        kind=HistoryKind.IMPORTED.value,
                        text="",
                        params=encode(text),
                        author=self.ctx.author[:100],
                        at=stamp,
                    ),
                )
            )
        store.insert_new(rec, HistoryEntry, history_rows)

    def _default_role(self) -> int | None:
        roles = repo.roles(with_counts=False)
        return roles[0].id if roles else None

    def _username(self, first: str, last: str) -> str:
        if self._usernames is None:
            self._usernames = store.usernames()
        taken = self._usernames
        name = first_free_username(username_base(first, last), taken.__contains__)
        taken.add(name)
        return name


_STREET_WORD = re.compile(r"str(asse|\.)\s*")


def _street_key(street: str) -> str:
    """ "Hauptstraße 12, Stiege 2" and "Hauptstrasse 12" are one address: the part before the
    first comma, folded, "straße"/"str." written alike."""
    key = search_key(street.split(",")[0])
    return _STREET_WORD.sub("str ", key.replace("ß", "ss")).strip()


def _is_region(code: str) -> bool:
    return len(code) == 2 and code.isascii() and code.isalpha() and code.isupper()


def _texts(record: ImportRecord) -> tuple[dict[str, str], list[RowProblem]]:
    """The person's texts, each cut to what the database holds (reported when cut)."""
    values = {"salutation": record.salutation}
    problems = []
    for key in _TEXT_FIELDS:
        text = str(getattr(record, key))
        limit = TEXT_LIMITS[key]
        if len(text) > limit:
            problems.append(
                RowProblem(
                    record.row,
                    _LABELS[key],
                    text[:40] + "…",
                    Problem.of(MSG_TOO_LONG, key, limit=limit),
                )
            )
            text = text[:limit]
        values[key] = text
    return values, problems


def _with_primaries(channels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Exactly one primary e-mail and one primary phone: the marked one, else the first."""
    result = []
    for is_email in (True, False):
        group = [c for c in channels if (c["kind"] == "email") == is_email]
        primary = next((i for i, c in enumerate(group) if c["is_primary"]), 0)
        result += [{**c, "is_primary": i == primary} for i, c in enumerate(group)]
    return [{**c, "position": i} for i, c in enumerate(result)]


def _phone(value: str, source: str, region: str) -> tuple[str, str, str] | Problem:
    """E.164, display and search digits of a phone, parsed once (the import's hot path; the
    rules are domain.channels' normalize_phone and phone_search_digits, whose message a bad
    number gets)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value.strip(), region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        problem = normalize_phone(value, source, region)
        assert isinstance(problem, Problem)
        return problem
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    home = phonenumbers.region_code_for_number(number) == region
    shown = national if home else phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return e164, shown, f"{digits(national)} {digits(e164)}"


def _derived(person: _Person) -> dict[str, str]:
    """Search text and name (R10) and phonetic name key (B3), as domain.contact.derived_columns makes them."""
    v = person.values
    emails = [c["normalized"] for c in person.channels if c["kind"] == "email"]
    phones = [
        c.get("search_digits") or phone_search_digits(c["normalized"]) for c in person.channels if c["kind"] != "email"
    ]
    return {
        "search_text": contact_search_text(
            v["first_name"], v["last_name"], v["position"], v["department"], emails, phones
        ),
        "search_name": contact_search_name(v["first_name"], v["last_name"]),
        "name_key": phonetic_key(v["first_name"], v["last_name"])[:120],
    }


# --- use cases -----------------------------------------------------------------------------------


def _plan(
    ctx: Context,
    recs: Sequence[ImportRecord],
    customer_number: str | None,
    choices: dict[int, RowChoice] | None,
    progress: Callable[[int, int], bool] | None,
    phones: PhoneReadings | None = None,
) -> tuple[_Planner, list[RowOutcome], list[_Customer]]:
    planner = _Planner(ctx, customer_number, phones)
    placed = planner.load(recs)
    outcomes = []
    total = len(recs)
    for index, (record, customer) in enumerate(zip(recs, placed, strict=True)):
        if progress is not None and index % PROGRESS_EVERY == 0 and not progress(index, total):
            raise ImportCancelled(Problem.of(MSG_CANCELLED, None))
        outcomes.append(planner.row(record, customer, (choices or {}).get(record.row, RowChoice.AUTO)))
    customers = list({id(c): c for c in placed if isinstance(c, _Customer)}.values())
    return planner, outcomes, customers


def preview(
    ctx: Context,
    recs: Sequence[ImportRecord],
    customer_number: str | None = None,
    choices: dict[int, RowChoice] | None = None,
    phones: PhoneReadings | None = None,
) -> list[RowOutcome]:
    """What importing would do with each row (new / updated / unchanged / problem), writing nothing.
    Rows depend only on the rows before them, so the preview of the first rows is the final one.
    ``phones`` keeps the phones read, for the import of the same rows (``import_records``)."""
    return _plan(ctx, recs, customer_number, choices, None, phones)[1]


class _DryRun(Exception):
    pass


def import_records(
    ctx: Context,
    recs: Sequence[ImportRecord],
    file_name: str = "",
    customer_number: str | None = None,
    dry_run: bool = False,
    choices: dict[int, RowChoice] | None = None,
    progress: Callable[[int, int], bool] | None = None,
    phones: PhoneReadings | None = None,
) -> Done[ImportReport]:
    """R12: place, match and write every row in one transaction; one undo step, also from a later
    process (the import is kept with its before-images). ``dry_run`` does all of it and rolls back.
    ``progress(done, total)`` returning False cancels: nothing is written. ``phones``: the
    readings a preview of these rows kept (none is read again)."""
    description = import_description(file_name)
    rec = Recorder(description)
    total = len(recs)
    report: ImportReport | None = None
    try:
        with transaction():
            planner, outcomes, customers = _plan(ctx, recs, customer_number, choices, progress, phones)

            def tick() -> None:
                if progress is not None and not progress(total, total):
                    raise ImportCancelled(Problem.of(MSG_CANCELLED, None))

            with store.search_words_deferred(rec):
                planner.write(rec, customers, file_name, tick)
            created = sum(1 for o in outcomes if o.status is RowStatus.CREATED)
            updated = sum(1 for o in outcomes if o.status is RowStatus.UPDATED)
            import_id = None
            if rec.change and not dry_run:
                import_id = store.save_batch(
                    rec,
                    file_name or "Import",
                    file_name,
                    ctx.author,
                    created,
                    updated,
                    ChangeSet(description, list(rec.change.steps)),
                    planner.stamp,
                )
            report = _report(import_id, outcomes, dry_run)
            if dry_run:
                raise _DryRun
    except _DryRun:
        assert report is not None
        return Done(report, ChangeSet(description))
    except IntegrityError as error:  # a unique value taken by another client meanwhile
        raise ConflictError(Problem.of(MSG_WRITTEN_MEANWHILE, None)) from error
    assert report is not None
    return Done(report, rec.change)


def import_description(file_name: str) -> Message:
    """The import's undo text: "Import „adressen.vcf“"."""
    return msg(T("Import „{file}“"), file=file_name) if file_name else Message(T("Import"))


def _report(import_id: int | None, outcomes: list[RowOutcome], dry_run: bool) -> ImportReport:
    def count(status: RowStatus) -> int:
        return sum(1 for o in outcomes if o.status is status)

    return ImportReport(
        import_id,
        count(RowStatus.CREATED),
        count(RowStatus.UPDATED),
        count(RowStatus.UNCHANGED),
        count(RowStatus.SKIPPED),
        tuple(p for o in outcomes for p in o.problems),
        tuple(outcomes),
        dry_run,
    )


def import_file(
    ctx: Context,
    path: str | Path,
    customer_number: str | None = None,
    dry_run: bool = False,
    encoding: str | None = None,
    sheet: str | None = None,
    mapping: list[str | None] | None = None,
) -> Done[ImportReport]:
    """Read and import a file with its recognised columns (the `import` command)."""
    source = read_file(path, encoding, sheet)
    return import_records(ctx, records(source, mapping), Path(path).name, customer_number, dry_run)


@dataclass(frozen=True, slots=True)
class KeptImport:
    """An import that can still be undone as one step (R12)."""

    import_id: int
    description: Message
    file_name: str
    author: str
    at: datetime.datetime
    created: int
    updated: int


def _kept(row: dict[str, Any]) -> KeptImport:
    return KeptImport(
        int(row["id"]),
        import_description(row["file_name"]),
        row["file_name"],
        row["author"],
        row["at"],
        int(row["created"]),
        int(row["updated"]),
    )


def import_of_history_entry(entry_id: int) -> KeptImport | None:
    """The import a History entry tells of, if it can still be undone (it is offered there)."""
    batch_id = store.batch_of_history_entry(entry_id)
    row = store.open_batch(batch_id) if batch_id is not None else None
    return _kept(row) if row is not None else None


def undo_import(ctx: Context, import_id: int | None = None) -> Done[UndoneImport]:
    """R12: revert an import (``None``: the most recent one not undone yet) as one step, from any
    process: created rows removed, updated rows restored from their before-images. Refused, with
    nothing changed, if a row it wrote was changed since. The result is itself one undo step:
    undoing it writes the import again (B1)."""
    with transaction():
        row = store.latest_batch() if import_id is None else store.open_batch(import_id, lock=True)
        if row is None:
            raise NotFound(Problem.of(MSG_NOTHING_TO_UNDO if import_id is None else MSG_ALREADY_UNDONE))
        kept = _kept(row)
        change = store.batch_change(kept.import_id, kept.description)
        changes.revert(change)
        rec = Recorder(msg(T("{description} zurücknehmen"), description=kept.description))
        rec.change.steps.extend(changes.inverse(change, rec.change.description).steps)
        rec.update(ImportBatch, ImportBatch.id == kept.import_id, undone_at=now())
    return Done(UndoneImport(kept.import_id, kept.description), rec.change)


def undo_last_import(ctx: Context) -> UndoneImport:
    """`import --undo-last` (R12): the most recent import not undone yet, as one step."""
    return undo_import(ctx).value
