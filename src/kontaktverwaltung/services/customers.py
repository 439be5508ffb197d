"""Customers (S14): create, edit, delete (with everything that belongs to them), documents."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kontaktverwaltung.domain.errors import Problem, RuleViolation, ValidationError
from kontaktverwaltung.domain.history import HistoryKind
from kontaktverwaltung.domain.records import CustomerPanel, CustomerView
from kontaktverwaltung.domain.storable import text_problem, text_problems
from kontaktverwaltung.domain.text import counts
from kontaktverwaltung.services.common import Context, Done, record_history
from kontaktverwaltung.store import repo
from kontaktverwaltung.store.changes import Recorder
from kontaktverwaltung.store.db import IntegrityError, now, transaction
from kontaktverwaltung.store.links import CONTACT_LINKS
from kontaktverwaltung.store.models import (
    Contact,
    Customer,
    CustomerDocument,
    HistoryEntry,
    Job,
    Location,
)


@dataclass(frozen=True, slots=True)
class CustomerInput:
    number: str
    name: str
    notes: str = ""


def customer(customer_id: int) -> CustomerView:
    return repo.customer(customer_id)


def customer_count() -> int:
    return repo.count_rows(Customer)


def list_customers(ids: Iterable[int] | None = None) -> list[CustomerView]:
    """All customers, or only those with these ids (a customer deleted meanwhile is missing)."""
    return repo.list_customers(ids)


def load_panel(customer_id: int) -> CustomerPanel:
    """Everything "Standorte und Ansprechpartner" shows for one customer (S1), in a fixed number of queries."""
    return repo.load_panel(customer_id)


def customer_id_by_number(number: str) -> int:
    return repo.customer_id_by_number(number)


def _validate(data: CustomerInput, except_id: int | None) -> CustomerInput:
    number, name = data.number.strip(), data.name.strip()
    problems = text_problems({"number": number, "name": name, "notes": data.notes.strip()})
    unstorable = {p.field for p in problems}
    number = "" if "number" in unstorable else number
    name = "" if "name" in unstorable else name
    if not name and "name" not in unstorable:
        problems.append(Problem("name", "Bitte einen Kundennamen eingeben.", "Please enter a customer name."))
    elif len(name) > 200:
        problems.append(Problem("name", "Höchstens 200 Zeichen erlaubt.", "At most 200 characters allowed."))
    if not number and "number" not in unstorable:
        problems.append(Problem("number", "Bitte eine Kundennummer eingeben.", "Please enter a customer number."))
    elif len(number) > 32:
        problems.append(Problem("number", "Höchstens 32 Zeichen erlaubt.", "At most 32 characters allowed."))
    elif repo.customer_number_taken(number, except_id):
        problems.append(_number_taken(number).problems[0])
    if problems:
        raise ValidationError(problems)
    return CustomerInput(number, name, data.notes.strip())


def _number_taken(number: str) -> ValidationError:
    return ValidationError(
        Problem("number", NUMBER_TAKEN_DE.format(number=number), NUMBER_TAKEN_EN.format(number=number))
    )


def create_customer(ctx: Context, data: CustomerInput) -> Done[int]:
    rec = Recorder(f"Kunde „{data.name.strip()}“ anlegen")
    try:
        with transaction():
            valid = _validate(data, None)
            customer_id = rec.insert(Customer, number=valid.number, name=valid.name, notes=valid.notes)
            record_history(rec, ctx, customer_id, HistoryKind.CUSTOMER_CREATED, f"Kunde „{valid.name}“ angelegt")
    except IntegrityError as error:  # the unique index saw a number the check did not (or one just taken)
        raise _number_taken(data.number.strip()) from error
    return Done(customer_id, rec.change)


def edit_customer(ctx: Context, customer_id: int, version: int | None, data: CustomerInput) -> Done[int]:
    rec = Recorder("Kunde bearbeiten")
    try:
        with transaction():
            valid = _validate(data, customer_id)
            new_version = rec.update_versioned(
                Customer, customer_id, version, number=valid.number, name=valid.name, notes=valid.notes
            )
            record_history(rec, ctx, customer_id, HistoryKind.CUSTOMER_EDITED, f"Kunde „{valid.name}“ bearbeitet")
    except IntegrityError as error:
        raise _number_taken(data.number.strip()) from error
    return Done(new_version, rec.change)


@dataclass(frozen=True, slots=True)
class CustomerDeleteImpact:
    locations: int
    contacts: int
    jobs: int
    history_entries: int

    @property
    def summary_de(self) -> str:
        return self.summary("de")

    def summary(self, language: str = "de") -> str:
        if language == "de":
            gone = counts(
                (self.locations, "Standort", "Standorte"),
                (self.contacts, "Ansprechpartner", "Ansprechpartner"),
                (self.jobs, "Job", "Jobs"),
                (self.history_entries, "History-Eintrag", "History-Einträge"),
            )
            return f"Mitgelöscht werden: {gone}." if gone else "Sonst wird nichts gelöscht."
        gone = counts(
            (self.locations, "location", "locations"),
            (self.contacts, "contact", "contacts"),
            (self.jobs, "job", "jobs"),
            (self.history_entries, "history entry", "history entries"),
            language=language,
        )
        return f"Deleted along with it: {gone}." if gone else "Nothing else is deleted."


def delete_customer_impact(customer_id: int) -> CustomerDeleteImpact:
    repo.customer(customer_id)
    return CustomerDeleteImpact(*repo.customer_counts(customer_id))


def delete_customer(ctx: Context, customer_id: int) -> Done[None]:
    """Delete a customer with its locations, contacts, jobs, documents and history; undoable (B1)."""
    name = repo.customer(customer_id).name
    rec = Recorder(f"Kunde „{name}“ löschen")
    with transaction():
        contact_ids = repo.contact_ids_of(customer_id)
        rec.delete_by(HistoryEntry, {"customer": customer_id})
        rec.delete_by(Job, {"customer": customer_id})
        for link in CONTACT_LINKS:  # THE registry: a new table pointing at contacts is not forgotten
            rec.delete_by(link.model, {link.field.name: contact_ids})
        rec.delete_by(Contact, {"customer": customer_id})
        rec.delete_by(Location, {"customer": customer_id})
        rec.delete_by(CustomerDocument, {"customer": customer_id})
        if not rec.delete_by(Customer, {"id": customer_id}):
            raise repo.gone("Der Kunde", "The customer")
    return Done(None, rec.change)


MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
NUMBER_TAKEN_DE = "Die Kundennummer „{number}“ ist schon vergeben."
NUMBER_TAKEN_EN = "The customer number “{number}” is already taken."
PACKET_LIMIT_DE = (
    "Das Dokument ist zu groß für diesen Datenbankserver: er nimmt höchstens etwa {mb} MB auf einmal an "
    "(Einstellung max_allowed_packet). Die Verwaltung des Servers kann den Wert erhöhen, z. B. mit "
    "„SET GLOBAL max_allowed_packet = 67108864;“ (64 MB) und dem gleichen Wert in der Server-Konfiguration."
)
PACKET_LIMIT_EN = (
    "The document is too large for this database server: it accepts at most about {mb} MB at once "
    "(setting max_allowed_packet). The server's administrator can raise it, e.g. with "
    "“SET GLOBAL max_allowed_packet = 67108864;” (64 MB) and the same value in the server configuration."
)


def add_document(ctx: Context, customer_id: int, file_name: str, content: bytes) -> Done[int]:
    """Attach a document to a customer (S14)."""
    if len(content) > MAX_DOCUMENT_BYTES:
        raise RuleViolation(
            Problem("document", "Das Dokument ist größer als 50 MB.", "The document is larger than 50 MB.")
        )
    unstorable = text_problem("document", file_name)
    if unstorable is not None:
        raise ValidationError(unstorable)
    limit = repo.largest_storable_blob()
    if limit is not None and repo.blob_statement_size(content) > limit:
        mb = f"{limit / 1024 / 1024:.0f}"
        raise RuleViolation(Problem("document", PACKET_LIMIT_DE.format(mb=mb), PACKET_LIMIT_EN.format(mb=mb)))
    rec = Recorder(f"Dokument „{file_name}“ hinzufügen")
    with transaction():
        repo.customer(customer_id)
        doc_id = rec.insert(
            CustomerDocument,
            customer=customer_id,
            file_name=file_name[:255],
            content=content,
            added_at=now(),
            added_by=ctx.author[:100],
        )
        record_history(rec, ctx, customer_id, HistoryKind.DOCUMENT_ADDED, f"Dokument „{file_name}“ hinzugefügt")
    return Done(doc_id, rec.change)
