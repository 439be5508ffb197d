"""Realistic demo data of Austria and Germany: the same seed always gives the same data.

The words come from the project's own lists (demo_words.py), not from a library whose next
version would change them; a man is "Herr" with a man's first name and position, a woman "Frau".

``generate(20_000, seed=1)`` builds PRODUCT.md's reference set: 20,000 customers, about 60,000
locations, 200,000 contacts and 400,000 e-mails and phones, with the customer BIG_CUSTOMER_NUMBER
holding 10,000 contacts in 500 locations. Rows are written in bulk in one transaction; the demo
fills an empty database only and is not an undoable step.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from argon2 import PasswordHasher

from kontaktverwaltung.domain.contact import (
    contact_search_name,
    contact_search_text,
    location_search_text,
    name_text,
    reason_text,
)
from kontaktverwaltung.domain.duplicates import phonetic_key
from kontaktverwaltung.domain.errors import Problem, RuleViolation
from kontaktverwaltung.domain.history import HistoryKind
from kontaktverwaltung.domain.history_texts import HISTORY_TEXTS, encode
from kontaktverwaltung.domain.messages import Message, T, msg, render
from kontaktverwaltung.domain.text import ascii_fold
from kontaktverwaltung.domain.username import username_base
from kontaktverwaltung.services import demo_words as w
from kontaktverwaltung.store import bulk, repo
from kontaktverwaltung.store.db import transaction
from kontaktverwaltung.store.models import (
    BaseModel,
    Contact,
    ContactChannel,
    Customer,
    HistoryEntry,
    Job,
    Location,
)

BIG_CUSTOMER_NUMBER = "K-10000"
BIG_CUSTOMER_CONTACTS = 10_000
BIG_CUSTOMER_LOCATIONS = 500
DEMO_PASSWORD = "Demo-Passwort-2026"

TITLES = ["Mag.", "Dr.", "DI", "Ing.", "MSc", "BA", "Mag. Dr.", "Prof. Dr.", "Dr. MBA", "BSc", "MA", "Ing. MSc"]
DEPARTMENTS = [
    "Personal",
    "Geschäftsführung",
    "Einkauf",
    "Vertrieb",
    "Produktion",
    "IT",
    "Finanzen",
    "Logistik",
    "Marketing",
    "Qualitätsmanagement",
    "Buchhaltung",
    "Recht",
    "",
]
JOB_TITLES = [
    "Buchhalter/in",
    "Lagerarbeiter/in",
    "Staplerfahrer/in",
    "Elektriker/in",
    "Bürokauffrau/-mann",
    "Softwareentwickler/in",
    "Schweißer/in",
    "Pflegeassistenz",
    "Key Account Manager/in",
    "Controller/in",
    "Produktionsmitarbeiter/in",
    "Kundenberater/in",
    "CNC-Fräser/in",
    "Projektleiter/in",
    "Empfangskraft",
]
LOCATION_KINDS = ["Zentrale", "Werk", "Niederlassung", "Filiale", "Lager", "Büro", "Vertrieb"]
FREEMAIL = ["gmx.at", "gmail.com", "aon.at", "chello.at", "gmx.de", "web.de", "outlook.com"]
INACTIVE_REASONS = ["Karenz", "Bildungskarenz", "Krankheit", "Ausgeschieden", "Sonstiges"]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    customers: int
    locations: int
    contacts: int
    channels: int
    jobs: int
    history_entries: int
    big_customer_number: str | None


@cache
def _name_key(first: str, last: str) -> str:
    return phonetic_key(first, last)[:120]


@cache
def _mail_part(text: str) -> str:
    return "".join(ch for ch in ascii_fold(text) if ch.isalnum() or ch == "-")


class _Phones:
    """Phone numbers in the forms people type, with their E.164, display and search digits."""

    AT: ClassVar[list[tuple[str, int]]] = [
        ("664", 7),
        ("660", 7),
        ("676", 7),
        ("650", 7),
        ("1", 7),
        ("316", 6),
        ("732", 6),
        ("662", 6),
        ("512", 6),
    ]
    DE: ClassVar[list[tuple[str, int]]] = [("30", 7), ("89", 7), ("40", 7), ("221", 7)]

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def make(self) -> tuple[str, str, str, str, str]:
        """(kind, typed value, E.164, display, search digits)."""
        rng = self.rng
        german = rng.random() < 0.18
        area, length = rng.choice(self.DE if german else self.AT)
        subscriber = str(rng.randrange(10 ** (length - 1) * 2, 10**length))
        if german:
            e164 = f"+49{area}{subscriber}"
            display = f"+49 {area} {subscriber}"
            typed = rng.choice([display, f"0049 {area} {subscriber}", f"+49 ({area}) {subscriber}"])
            national = f"0{area}{subscriber}"
            kind = "phone"
        else:
            e164 = f"+43{area}{subscriber}"
            display = f"0{area} {subscriber}"
            typed = rng.choice(
                [display, f"+43 {area} {subscriber}", f"(0){area}/{subscriber}", f"0{area}/{subscriber}"]
            )
            national = f"0{area}{subscriber}"
            kind = "mobile" if area.startswith("6") and len(area) == 3 and area != "662" else "phone"
        return kind, typed, e164, display, f"{national} {e164[1:]}"


def generate(
    customers: int,
    seed: int = 1,
    progress: Callable[[str], None] | None = None,
    author: str = "Demodaten",
) -> DemoSummary:
    """Fill an empty database with ``customers`` realistic customers. Deterministic per seed."""
    if customers < 1:
        raise RuleViolation(Problem.of(T("Bitte mindestens einen Kunden erzeugen."), "customers"))
    if not bulk.is_empty(Customer):
        raise RuleViolation(
            Problem.of(T("Die Datenbank enthält schon Kunden; Demodaten gehen nur in eine leere Datenbank."), "db")
        )
    say = progress or (lambda _text: None)
    rng = random.Random(seed)
    say(render(Message(T("Namen und Adressen werden vorbereitet …"))))
    words = random.Random(seed + 1)  # the choice of words, apart from the data drawn from them
    male, female = list(w.MALE_FIRST_NAMES), list(w.FEMALE_FIRST_NAMES)
    common = list(dict.fromkeys(w.SURNAMES))
    compounds = w.compound_surnames()
    lasts = common + compounds
    places = [(postal, city, "AT") for postal, city in w.PLACES_AT] * 4 + [(p, c, "DE") for p, c in w.PLACES_DE]
    street_names = w.street_names()
    streets = [f"{words.choice(street_names)} {words.randrange(1, 120)}" for _ in range(3000)]
    companies = [_company(words, lasts) for _ in range(5000)]
    roles = [r.id for r in repo.roles()]
    phones = _Phones(rng)
    password_hash = PasswordHasher().hash(DEMO_PASSWORD)
    base_time = datetime.datetime(2024, 1, 8, 8, 0, 0)
    today = datetime.date.today()

    ids: dict[type[BaseModel], int] = {
        model: bulk.next_id(model) for model in (Customer, Location, Contact, ContactChannel, Job, HistoryEntry)
    }
    customer_rows: list[tuple[object, ...]] = []
    location_rows: list[tuple[object, ...]] = []
    contact_rows: list[tuple[object, ...]] = []
    channel_rows: list[tuple[object, ...]] = []
    job_rows: list[tuple[object, ...]] = []
    history_rows: list[tuple[object, ...]] = []
    usernames: set[str] = set(repo.usernames_starting_with(""))

    def new_id(model: type[BaseModel]) -> int:
        value = ids[model]
        ids[model] = value + 1
        return value

    def free_username(first: str, last: str) -> str:
        base = username_base(first, last)
        name, n = base, 2
        while name in usernames:
            name, n = f"{base}{n}", n + 1
        usernames.add(name)
        return name

    def history(
        customer_id: int,
        contact_id: int | None,
        location_id: int | None,
        kind: HistoryKind,
        text: Message,
        at: datetime.datetime,
    ) -> None:
        said = encode(text)  # a text id and its values (schema 11), rendered in the reader's language
        history_rows.append(
            (new_id(HistoryEntry), customer_id, contact_id, location_id, kind.value, "", author, at, said)
        )

    shared = _Shared(rng, phones, roles, today, contact_rows, channel_rows, new_id, history)
    say(render(Message(T("Kunden, Standorte und Ansprechpartner werden erzeugt …"))))
    for index in range(customers):
        big = index == 0 and customers >= 1000
        customer_id = new_id(Customer)
        company = "Alpenländische Industrie- und Handels AG" if big else rng.choice(companies)
        created = base_time + datetime.timedelta(minutes=7 * index)
        number = f"K-{10000 + index}"
        customer_rows.append((*_new_row(customer_id, created), number, company, ""))
        history(
            customer_id,
            None,
            None,
            HistoryKind.CUSTOMER_CREATED,
            msg(HISTORY_TEXTS["customer_created"], name=company),
            created,
        )
        domain = (_mail_part(company.split()[0]) or "firma") + rng.choice([".at", ".at", ".com", ".de"])
        n_locations = BIG_CUSTOMER_LOCATIONS if big else rng.choice([1, 1, 2, 2, 3, 3, 3, 4, 5, 6])
        n_contacts = BIG_CUSTOMER_CONTACTS if big else max(1, int(rng.gauss(9.5, 4)))
        location_ids: list[int] = []
        for position in range(n_locations):
            postal, city, country = rng.choice(places)
            kind = LOCATION_KINDS[0] if position == 0 else rng.choice(LOCATION_KINDS[1:])
            name = f"{kind} {city}" if position else f"Zentrale {city}"
            location_id = new_id(Location)
            location_ids.append(location_id)
            location_rows.append(
                (
                    *_new_row(location_id, created),
                    customer_id,
                    name,
                    rng.choice(streets),
                    postal,
                    city,
                    country,
                    phones.make()[3],
                    position,
                    location_search_text(name, city, postal),
                )
            )
        contact_ids: list[tuple[int, int, str, str, list[str], list[str], str]] = []
        customer_emails: set[str] = set()
        for _ in range(n_contacts):
            female_person = rng.random() < 0.5
            first = rng.choice(female if female_person else male)
            last = rng.choice(common if rng.random() < 0.55 else compounds)
            salutation = "Frau" if female_person else "Herr"
            if rng.random() < 0.01:
                salutation = rng.choice(["divers", ""])
            title = rng.choice(TITLES) if rng.random() < 0.22 else ""
            location_id = location_ids[min(int(rng.random() ** 1.5 * n_locations), n_locations - 1)]
            contact_ids.append(
                _contact(
                    shared,
                    customer_id,
                    location_id,
                    salutation,
                    title,
                    first,
                    last,
                    domain,
                    created,
                    free_username(first, last),
                    customer_emails,
                )
            )
        # A few deliberate near-duplicates: the same person entered twice, spelt differently (B3).
        for original in contact_ids[: max(1, n_contacts // 150)] if rng.random() < 0.3 or big else []:
            _, location_id, first, last, emails, _phones, salutation = original
            variant = last.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss")
            if variant == last:
                variant = last[:-1] + last[-1] * 2 if len(last) > 3 else last
            _contact(
                shared,
                customer_id,
                location_id,
                salutation,  # the same person: the same salutation
                "",
                first,
                variant,
                domain,
                created + datetime.timedelta(days=30),
                free_username(first, variant),
                customer_emails,
                reuse_email=emails[0] if emails else None,
            )
        n_jobs = 200 if big else rng.choice([0, 0, 1, 1, 2, 3])
        released_any = False
        for _ in range(n_jobs):
            responsible = rng.choice(contact_ids)
            released = rng.random() < 0.45
            released_any |= released
            job_id = new_id(Job)
            job_rows.append(
                (
                    *_new_row(job_id, created),
                    customer_id,
                    rng.choice(JOB_TITLES),
                    responsible[1],
                    responsible[0],
                    rng.random() < 0.85,
                    released,
                    created + datetime.timedelta(days=3) if released else None,
                )
            )
        if released_any:
            # Some contacts of customers with a released job got portal passwords (S13).
            for contact_id, *_ in contact_ids[:: max(3, n_contacts // 3)]:
                row_index = len(contact_rows) - (ids[Contact] - contact_id)
                row = contact_rows[row_index]
                at = _PASSWORD_HASH_AT
                contact_rows[row_index] = (*row[:at], password_hash, created, *row[at + 2 :])
        if index % 2000 == 1999:
            say(render(msg(T("{done:n} von {total:n} Kunden erzeugt …"), done=index + 1, total=customers)))

    say(render(Message(T("Daten werden geschrieben …"))))
    with transaction(), bulk.search_index_paused():
        for model, columns, rows in (
            (Customer, CUSTOMER_COLUMNS, customer_rows),
            (Location, LOCATION_COLUMNS, location_rows),
            (Contact, CONTACT_COLUMNS, contact_rows),
            (ContactChannel, CHANNEL_COLUMNS, channel_rows),
            (Job, JOB_COLUMNS, job_rows),
            (HistoryEntry, HISTORY_COLUMNS, history_rows),
        ):
            bulk.insert_rows(model, columns, rows)
        repo.fill_login_addresses()  # R2: the demo's portal logins, each address once
        bulk.reset_sequences()
    bulk.analyze()
    return DemoSummary(
        len(customer_rows),
        len(location_rows),
        len(contact_rows),
        len(channel_rows),
        len(job_rows),
        len(history_rows),
        BIG_CUSTOMER_NUMBER if customers >= 1000 else None,
    )


# The row tuples the generator builds have the models' columns in the models' order (also used
# by benchmarks/): a column added to a model fails here, not silently in a half-filled demo.
CUSTOMER_COLUMNS = bulk.columns(Customer)
LOCATION_COLUMNS = bulk.columns(Location)
CONTACT_COLUMNS = bulk.columns(Contact)
CHANNEL_COLUMNS = bulk.columns(ContactChannel)
JOB_COLUMNS = bulk.columns(Job)
HISTORY_COLUMNS = bulk.columns(HistoryEntry)
_PASSWORD_HASH_AT = CONTACT_COLUMNS.index("password_hash")
assert CONTACT_COLUMNS[_PASSWORD_HASH_AT + 1] == "password_set_at"


def _new_row(row_id: int, created: datetime.datetime) -> tuple[object, ...]:
    """What every versioned row starts with: id, version, created_at, updated_at."""
    return (row_id, 1, created, created)


@dataclass
class _Shared:
    """What every generated contact draws from and writes to."""

    rng: random.Random
    phones: _Phones
    roles: list[int]
    today: datetime.date
    contact_rows: list[tuple[object, ...]]
    channel_rows: list[tuple[object, ...]]
    new_id: Callable[[type[BaseModel]], int]
    history: Callable[..., None]


def _contact(
    gen: _Shared,
    customer_id: int,
    location_id: int,
    salutation: str,
    title: str,
    first: str,
    last: str,
    domain: str,
    created: datetime.datetime,
    username: str,
    taken_emails: set[str],
    reuse_email: str | None = None,
) -> tuple[int, int, str, str, list[str], list[str], str]:
    contact_id = gen.new_id(Contact)
    position = _position(gen.rng, salutation)
    department = gen.rng.choice(DEPARTMENTS)
    emails: list[str] = []
    phone_digits: list[str] = []
    phone_e164: list[str] = []
    n_email = 1 if gen.rng.random() < 0.85 else gen.rng.choice([0, 2])
    n_phone = gen.rng.choice([0, 1, 1, 1, 2])
    for i in range(n_email):
        if reuse_email and i == 0:
            address = reuse_email
        elif i == 0:
            address = f"{_mail_part(first)}.{_mail_part(last)}@{domain}"
        else:
            address = f"{_mail_part(first)[:1]}{_mail_part(last)}{gen.rng.randrange(10, 99)}@{gen.rng.choice(FREEMAIL)}"
        if address in emails:
            continue
        if address in taken_emails and address != reuse_email:
            local, _, host = address.partition("@")
            address = next(f"{local}{n}@{host}" for n in range(2, 10_000) if f"{local}{n}@{host}" not in taken_emails)
        taken_emails.add(address)
        emails.append(address)
        gen.channel_rows.append(
            (
                gen.new_id(ContactChannel),
                contact_id,
                "email",
                address,
                address,
                address,
                "Arbeit" if i == 0 else "Privat",
                i == 0,
                i,
            )
        )
    for i in range(n_phone):
        kind, typed, e164, display, digits_text = gen.phones.make()
        if e164 in phone_e164:
            continue
        phone_e164.append(e164)
        phone_digits.append(digits_text)
        gen.channel_rows.append(
            (
                gen.new_id(ContactChannel),
                contact_id,
                kind,
                typed,
                e164,
                display,
                "Arbeit" if i == 0 else "Mobil",
                i == 0,
                len(emails) + i,
            )
        )
    inactive = gen.rng.random() < 0.06
    reason = gen.rng.choice(INACTIVE_REASONS) if inactive else ""
    until = (
        gen.today + datetime.timedelta(days=gen.rng.randrange(30, 700))
        if reason in ("Karenz", "Bildungskarenz")
        else None
    )
    search_text = contact_search_text(first, last, position, department, emails, phone_digits)
    gen.contact_rows.append(
        (
            *_new_row(contact_id, created),
            customer_id,
            location_id,
            salutation,
            title,
            first,
            last,
            position,
            department,
            "",
            username,
            None,
            None,
            not inactive,
            reason,
            until,
            gen.rng.choice(gen.roles) if gen.roles else None,
            search_text,
            contact_search_name(first, last),
            _name_key(first, last),
        )
    )
    name = name_text(salutation, title, first, last)
    created_text = msg(HISTORY_TEXTS["contact_created_plain"], name=name)
    gen.history(customer_id, contact_id, location_id, HistoryKind.CREATED, created_text, created)
    if inactive:
        gen.history(
            customer_id,
            contact_id,
            location_id,
            HistoryKind.DEACTIVATED,
            msg(HISTORY_TEXTS["deactivated"], name=name, reason=reason_text(reason)),
            created + datetime.timedelta(days=90),
        )
    return contact_id, location_id, first, last, emails, phone_e164, salutation


_NEUTRAL_POSITIONS = [male for male, female in w.POSITIONS if male == female]


def _position(rng: random.Random, salutation: str) -> str:
    """A position in the form that goes with the salutation: "Vertriebsleiterin" only for a "Frau"."""
    male, female = rng.choice(w.POSITIONS)
    if male == female or salutation in ("Herr", "Frau"):
        return female if salutation == "Frau" else male
    return rng.choice(_NEUTRAL_POSITIONS)


def _company(rng: random.Random, surnames: list[str]) -> str:
    """ "Huber & Lechner GmbH", "Moosbauer Metallbau GmbH & Co KG", "Steiner Logistik AG" …"""
    form = rng.choice(w.LEGAL_FORMS)
    shape = rng.random()
    if shape < 0.3:
        return f"{rng.choice(surnames)} & {rng.choice(surnames)} {form}"
    if shape < 0.8:
        return f"{rng.choice(surnames)} {rng.choice(w.COMPANY_WORDS)} {form}"
    return f"{rng.choice(surnames)} {form}"
