"""Customers (S14): create, edit, delete (with everything that belongs to them), documents."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kontaktverwaltung.domain.errors import Problem, RuleViolation, ValidationError
from kontaktverwaltung.domain.history import HistoryKind
from kontaktverwaltung.domain.messages import Message, Summarised, T, counted, msg
from kontaktverwaltung.domain.records import CustomerPanel, CustomerView
from kontaktverwaltung.domain.results import DocumentView
from kontaktverwaltung.domain.storable import text_problem, text_problems
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


def first_customers(count: int) -> list[CustomerView]:
    """The first ``count`` customers of ``list_customers``, read much faster than all of them."""
    return repo.first_customers(count)


HEAD_CARDS = 40  # a screenful of cards and more, on a 4K screen too (a card is 86 pixels high)
PENDING_GROUP = 2_000  # cards read at once after the first screenful


def load_panel(customer_id: int) -> CustomerPanel:
    """Everything "Standorte und Ansprechpartner" shows for one customer (S1), in a fixed number of queries."""
    return repo.load_panel(customer_id)


def load_panel_head(customer_id: int) -> CustomerPanel:
    """``load_panel`` of a big customer with its first screenful of cards (and more), in a fixed
    number of small queries; the rest follows through ``load_pending`` (issue 15)."""
    return repo.load_panel_head(customer_id, HEAD_CARDS, PENDING_GROUP)


def load_pending(panel: CustomerPanel) -> CustomerPanel:
    """``panel`` with the cards of its next pending group of locations in: one query."""
    if not panel.pending:
        return panel
    group = panel.pending[0]
    cards = repo.cards_at_locations(panel.customer.id, group, panel.has_released_job)
    return panel.with_cards(group, cards)


def customer_id_by_number(number: str) -> int:
    return repo.customer_id_by_number(number)


def _validate(data: CustomerInput, except_id: int | None) -> CustomerInput:
    number, name = data.number.strip(), data.name.strip()
    problems = text_problems({"number": number, "name": name, "notes": data.notes.strip()})
    unstorable = {p.field for p in problems}
    number = "" if "number" in unstorable else number
    name = "" if "name" in unstorable else name
    if not name and "name" not in unstorable:
        problems.append(Problem.of(T("Bitte einen Kundennamen eingeben."), "name"))
    elif len(name) > 200:
        problems.append(Problem.of(T("Höchstens 200 Zeichen erlaubt."), "name"))
    if not number and "number" not in unstorable:
        problems.append(Problem.of(T("Bitte eine Kundennummer eingeben."), "number"))
    elif len(number) > 32:
        problems.append(Problem.of(T("Höchstens 32 Zeichen erlaubt."), "number"))
    elif repo.customer_number_taken(number, except_id):
        problems.append(_number_taken(number).problems[0])
    if problems:
        raise ValidationError(problems)
    return CustomerInput(number, name, data.notes.strip())


def _number_taken(number: str) -> ValidationError:
    return ValidationError(Problem.of(T("Die Kundennummer „{number}“ ist schon vergeben."), "number", number=number))


def create_customer(ctx: Context, data: CustomerInput) -> Done[int]:
    rec = Recorder(msg(T("Kunde „{name}“ anlegen"), name=data.name.strip()))
    try:
        with transaction():
            valid = _validate(data, None)
            customer_id = rec.insert(Customer, number=valid.number, name=valid.name, notes=valid.notes)
            record_history(
                rec, ctx, customer_id, HistoryKind.CUSTOMER_CREATED, msg(T("Kunde „{name}“ angelegt"), name=valid.name)
            )
    except IntegrityError as error:  # the unique index saw a number the check did not (or one just taken)
        raise _number_taken(data.number.strip()) from error
    return Done(customer_id, rec.change)


def edit_customer(ctx: Context, customer_id: int, version: int | None, data: CustomerInput) -> Done[int]:
    rec = Recorder(Message(T("Kunde bearbeiten")))
    try:
        with transaction():
            valid = _validate(data, customer_id)
            new_version = rec.update_versioned(
                Customer, customer_id, version, number=valid.number, name=valid.name, notes=valid.notes
            )
            record_history(
                rec, ctx, customer_id, HistoryKind.CUSTOMER_EDITED, msg(T("Kunde „{name}“ bearbeitet"), name=valid.name)
            )
    except IntegrityError as error:
        raise _number_taken(data.number.strip()) from error
    return Done(new_version, rec.change)


@dataclass(frozen=True, slots=True)
class CustomerDeleteImpact(Summarised):
    locations: int
    contacts: int
    jobs: int
    history_entries: int
    documents: int = 0

    @property
    def text(self) -> Message:
        gone = [
            counted(n, one, many)
            for n, one, many in (
                (self.locations, T("{count:n} Standort"), T("{count:n} Standorte")),
                (self.contacts, T("{count:n} Ansprechpartner", "einer"), T("{count:n} Ansprechpartner", "mehrere")),
                (self.jobs, T("{count:n} Job"), T("{count:n} Jobs")),
                (self.history_entries, T("{count:n} History-Eintrag"), T("{count:n} History-Einträge")),
                (self.documents, T("{count:n} Dokument"), T("{count:n} Dokumente")),
            )
            if n
        ]
        if not gone:
            return Message(T("Sonst wird nichts gelöscht."))
        return msg(T("Mitgelöscht werden: {gone}."), gone=gone)


def delete_customer_impact(customer_id: int) -> CustomerDeleteImpact:
    repo.customer(customer_id)
    return CustomerDeleteImpact(*repo.customer_counts(customer_id))


def delete_customer(ctx: Context, customer_id: int) -> Done[None]:
    """Delete a customer with its locations, contacts, jobs, documents and history; undoable (B1)."""
    name = repo.customer(customer_id).name
    rec = Recorder(msg(T("Kunde „{name}“ löschen"), name=name))
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
            raise repo.gone(T("Der Kunde existiert nicht mehr."))
    return Done(None, rec.change)


MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
PACKET_LIMIT = T(
    "Das Dokument ist zu groß für diesen Datenbankserver: er nimmt höchstens etwa {mb} MB auf einmal an "
    "(Einstellung max_allowed_packet). Die Verwaltung des Servers kann den Wert erhöhen, z. B. mit "
    "„SET GLOBAL max_allowed_packet = 67108864;“ (64 MB) und dem gleichen Wert in der Server-Konfiguration."
)


def list_documents(customer_id: int) -> list[DocumentView]:
    """The customer's documents, newest first, without their content (S14)."""
    return repo.documents_of(customer_id)


def document_content(document_id: int) -> tuple[str, bytes]:
    """A document's file name and content, to open or save it (S14)."""
    _customer, file_name, content = repo.document_content(document_id)
    return file_name, content


def _check_document(file_name: str, content: bytes, limit: int | None) -> None:
    if len(content) > MAX_DOCUMENT_BYTES:
        raise RuleViolation(Problem.of(T("„{file_name}“ ist größer als 50 MB."), "document", file_name=file_name))
    unstorable = text_problem("document", file_name)
    if unstorable is not None:
        raise ValidationError(unstorable)
    if limit is not None and repo.blob_statement_size(content) > limit:
        mb = f"{limit / 1024 / 1024:.0f}"
        raise RuleViolation(Problem.of(PACKET_LIMIT, "document", mb=mb))


def add_document(ctx: Context, customer_id: int, file_name: str, content: bytes) -> Done[int]:
    """Attach a document to a customer (S14)."""
    done = add_documents(ctx, customer_id, [(file_name, content)])
    return Done(done.value[0], done.change)


def add_documents(ctx: Context, customer_id: int, files: Sequence[tuple[str, bytes]]) -> Done[list[int]]:
    """Attach documents (file name, content) to a customer in one step (S14): files dropped
    together are undone together. Nothing is stored when one of them cannot be."""
    limit = repo.largest_storable_blob()
    for file_name, content in files:
        _check_document(file_name, content, limit)
    rec = Recorder(
        msg(T("Dokument „{file_name}“ hinzufügen"), file_name=files[0][0])
        if len(files) == 1
        else msg(T("{count:n} Dokumente hinzufügen"), count=len(files))
    )
    ids: list[int] = []
    with transaction():
        repo.customer(customer_id)
        for file_name, content in files:
            ids.append(
                rec.insert(
                    CustomerDocument,
                    customer=customer_id,
                    file_name=file_name[:255],
                    content=content,
                    added_at=now(),
                    added_by=ctx.author[:100],
                )
            )
            record_history(
                rec,
                ctx,
                customer_id,
                HistoryKind.DOCUMENT_ADDED,
                msg(T("Dokument „{file_name}“ hinzugefügt"), file_name=file_name),
            )
    return Done(ids, rec.change)


def remove_document(ctx: Context, document_id: int) -> Done[None]:
    """Remove a document from its customer (S14); recorded in the history, undoable (B1, B2)."""
    customer_id, file_name, _content = repo.document_content(document_id)
    rec = Recorder(msg(T("Dokument „{file_name}“ entfernen"), file_name=file_name))
    with transaction():
        if not rec.delete_by(CustomerDocument, {"id": document_id}):
            raise repo.gone(T("Das Dokument existiert nicht mehr."))
        record_history(
            rec,
            ctx,
            customer_id,
            HistoryKind.DOCUMENT_REMOVED,
            msg(T("Dokument „{file_name}“ entfernt"), file_name=file_name),
        )
    return Done(None, rec.change)
