"""Reading what the views show, in a fixed, small number of queries."""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import peewee as pw

from kontaktverwaltung.domain.contact import name_text
from kontaktverwaltung.domain.errors import NotFound, Problem
from kontaktverwaltung.domain.merge import ChannelRow
from kontaktverwaltung.domain.messages import T, german
from kontaktverwaltung.domain.portal import ApplicantData, JobVisibility
from kontaktverwaltung.domain.records import (
    ChannelView,
    ContactCard,
    CustomerPanel,
    CustomerView,
    LocationView,
    card_order,
)
from kontaktverwaltung.domain.results import ContactRow, DocumentView, HistoryItem, JobView, RoleView, SearchHit
from kontaktverwaltung.domain.text import sort_key
from kontaktverwaltung.store import first_look
from kontaktverwaltung.store.db import among, current, lock_rows
from kontaktverwaltung.store.models import (
    Contact,
    ContactChannel,
    Customer,
    CustomerDocument,
    CustomerRole,
    HistoryEntry,
    Job,
    Location,
    LoginAddress,
    NotDuplicate,
)
from kontaktverwaltung.store.rows import as_contact_row


def largest_storable_blob() -> int | None:
    """The largest binary value one statement can carry to the server, or None for no limit of
    its own: MariaDB/MySQL refuse a statement over ``max_allowed_packet`` (and drop the link)."""
    database = current()
    if not isinstance(database, pw.MySQLDatabase):
        return None
    packet = int(database.execute_sql("SELECT @@max_allowed_packet").fetchone()[0])
    return packet - 64 * 1024  # the statement around the value, the file name, the row's other columns


def blob_statement_size(content: bytes) -> int:
    """How many bytes ``content`` takes in a statement: the driver escapes 7 byte values as two."""
    return len(content) + sum(content.count(bytes((b,))) for b in (0, 10, 13, 26, 34, 39, 92))


def gone(key: str) -> NotFound:
    """``gone(T("Der Kunde existiert nicht mehr."))``."""
    return NotFound(Problem.of(key))


# --- customers -------------------------------------------------------------------------------


def list_customers(ids: Iterable[int] | None = None) -> list[CustomerView]:
    """All customers (or those with these ids), sorted by name, with the first location's city
    and the contact count (``first_look.customer_views``).

    Three plain scans instead of correlated subqueries: ~4× faster on 20,000 customers.
    """
    chosen = sorted(set(ids)) if ids is not None else None

    def only(query: Any, column: pw.Field) -> Any:
        return query.where(column.in_(chosen)) if chosen is not None else query

    if chosen is not None and not chosen:
        return []
    contacts_per_customer = only(Contact.select(Contact.customer, pw.fn.COUNT(Contact.id)), Contact.customer)
    counts: dict[int, int] = dict(_raw_rows(contacts_per_customer.group_by(Contact.customer)))
    locations = _raw_rows(
        only(Location.select(Location.customer, Location.position, Location.id, Location.city), Location.customer)
    )
    rows = _raw_rows(
        only(
            Customer.select(Customer.id, Customer.version, Customer.number, Customer.name, Customer.notes), Customer.id
        )
    )
    return first_look.customer_views(rows, locations, counts)


def first_customers(count: int) -> list[CustomerView]:
    """The first ``count`` customers of ``list_customers``'s order, reading only those names that
    can be among them: the start shows a screenful while the whole list loads (issue 15). The
    database counts the names per first two letters (``first_look.first_groups``)."""
    start = pw.fn.SUBSTR(Customer.name, 1, 2)
    chosen = first_look.first_groups(_raw_rows(Customer.select(start, pw.fn.COUNT(Customer.id)).group_by(start)), count)
    if chosen is None:
        rows = _raw_rows(Customer.select(Customer.id, Customer.name))
    else:  # MariaDB's collation groups "Ab", "ab" and "Äb" as one: IN finds them all again
        rows = _raw_rows(Customer.select(Customer.id, Customer.name).where(start.in_(chosen)))
    return list_customers(first_look.first_ids(rows, count))


def customer(customer_id: int) -> CustomerView:
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        raise gone(T("Der Kunde existiert nicht mehr."))
    city = (
        Location.select(Location.city)
        .where(Location.customer == customer_id)
        .order_by(Location.position, Location.id)
        .limit(1)
        .scalar()
    )
    count = Contact.select().where(Contact.customer == customer_id).count()
    return CustomerView(row.id, row.version, row.number, row.name, row.notes, city or "", count)


def customer_id_by_number(number: str) -> int:
    found = Customer.select(Customer.id).where(Customer.number == number).scalar()
    if found is None:
        raise NotFound(Problem.of(T("Kein Kunde mit der Nummer „{number}“."), "customer", number=number))
    return int(found)


def customer_number_taken(number: str, except_id: int | None = None) -> bool:
    """Case-insensitive on every backend ("k-1" is "K-1"), as MariaDB's collation would have it anyway."""
    # SQLite's LOWER folds ASCII only: the number as typed is compared too ("Ó-1" is taken by "Ó-1").
    query = Customer.select().where((pw.fn.LOWER(Customer.number) == number.lower()) | (Customer.number == number))
    if except_id is not None:
        query = query.where(Customer.id != except_id)
    return query.exists()


def customer_counts(customer_id: int) -> tuple[int, int, int, int, int]:
    """Locations, contacts, jobs, history entries and documents of a customer."""
    return (
        Location.select().where(Location.customer == customer_id).count(),
        Contact.select().where(Contact.customer == customer_id).count(),
        Job.select().where(Job.customer == customer_id).count(),
        HistoryEntry.select().where(HistoryEntry.customer == customer_id).count(),
        CustomerDocument.select().where(CustomerDocument.customer == customer_id).count(),
    )


def documents_of(customer_id: int) -> list[DocumentView]:
    """The customer's documents without their content, newest first (S14)."""
    query = (
        CustomerDocument.select(
            CustomerDocument.id,
            CustomerDocument.customer,
            CustomerDocument.file_name,
            pw.fn.LENGTH(CustomerDocument.content),  # bytes on every backend (a blob, not text)
            CustomerDocument.added_at,
            CustomerDocument.added_by,
        )
        .where(CustomerDocument.customer == customer_id)
        .order_by(CustomerDocument.added_at.desc(), CustomerDocument.id.desc())
        .tuples()
    )
    return [
        DocumentView(doc_id, customer, name, int(size or 0), added_at, author)
        for doc_id, customer, name, size, added_at, author in query
    ]


def document_content(document_id: int) -> tuple[int, str, bytes]:
    """A document's customer, file name and content."""
    row = (
        CustomerDocument.select(CustomerDocument.customer, CustomerDocument.file_name, CustomerDocument.content)
        .where(CustomerDocument.id == document_id)
        .tuples()
        .first()
    )
    if row is None:
        raise gone(T("Das Dokument existiert nicht mehr."))
    customer_id, file_name, content = row
    return int(customer_id), file_name, bytes(content)


def contact_ids_of(customer_id: int) -> list[int]:
    return [c for (c,) in Contact.select(Contact.id).where(Contact.customer == customer_id).tuples()]


def has_released_job(customer_id: int) -> bool:
    return Job.select().where((Job.customer == customer_id) & (Job.released == True)).exists()  # noqa: E712


# --- locations -------------------------------------------------------------------------------

_LOCATION_COLUMNS = (
    Location.id,
    Location.version,
    Location.customer,
    Location.name,
    Location.street,
    Location.postal_code,
    Location.city,
    Location.country,
    Location.phone,
    Location.position,
    Location.search_text,
)


def locations_of(customer_id: int) -> list[LocationView]:
    query = (
        Location.select(*_LOCATION_COLUMNS)
        .where(Location.customer == customer_id)
        .order_by(Location.position, Location.id)
        .tuples()
    )
    return [LocationView(*row) for row in query]


def location(location_id: int) -> LocationView:
    row = Location.select(*_LOCATION_COLUMNS).where(Location.id == location_id).tuples().first()
    if row is None:
        raise gone(T("Der Standort existiert nicht mehr."))
    return LocationView(*row)


def next_location_position(customer_id: int) -> int:
    current = Location.select(pw.fn.MAX(Location.position)).where(Location.customer == customer_id).scalar()
    return 0 if current is None else int(current) + 1


def contact_ids_at(location_id: int) -> list[int]:
    return [i for (i,) in Contact.select(Contact.id).where(Contact.location == location_id).tuples()]


# --- contacts ---------------------------------------------------------------------------------

_PrimaryEmail = ContactChannel.alias("primary_email")
_PrimaryPhone = ContactChannel.alias("primary_phone")


def _contact_columns(released: pw.Node) -> tuple[pw.Node, ...]:
    """Columns in ContactCard's field order."""
    return (
        Contact.id,
        Contact.version,
        Contact.customer,
        Contact.location,
        Contact.salutation,
        Contact.title,
        Contact.first_name,
        Contact.last_name,
        Contact.position,
        Contact.department,
        Contact.notes,
        Contact.username,
        Contact.password_hash.is_null(False),
        Contact.active,
        Contact.inactive_reason,
        Contact.inactive_until,
        Contact.role,
        pw.fn.COALESCE(CustomerRole.name, ""),
        pw.fn.COALESCE(_PrimaryEmail.display, ""),
        pw.fn.COALESCE(_PrimaryEmail.normalized, ""),
        pw.fn.COALESCE(_PrimaryPhone.display, ""),
        pw.fn.COALESCE(_PrimaryPhone.normalized, ""),
        Contact.search_text,
        released,
        pw.fn.COALESCE(_PrimaryPhone.kind, ""),
        # How many e-mails and phones in all: the card shows "+N" for those beyond the primary
        # two. Counted in the contact_id index alone, in the same statement (issue 14).
        ContactChannel.select(pw.fn.COUNT(ContactChannel.id)).where(ContactChannel.contact == Contact.id),
    )


_CHANNEL_COLUMNS = (
    ContactChannel.contact,
    ContactChannel.id,
    ContactChannel.kind,
    ContactChannel.value,
    ContactChannel.normalized,
    ContactChannel.display,
    ContactChannel.label,
    ContactChannel.is_primary,
    ContactChannel.position,
)


def _contacts_query(released: pw.Node | None = None) -> pw.ModelSelect:
    """Contact cards with role name, primary e-mail and phone joined in: one statement for any
    number of cards. ``released``: the customer's "has a released job" flag when it is known."""
    if released is None:
        released = pw.fn.EXISTS(
            Job.select(Job.id).where((Job.customer == Contact.customer) & (Job.released == True))  # noqa: E712
        )
    return (
        Contact.select(*_contact_columns(released))
        .join(CustomerRole, pw.JOIN.LEFT_OUTER, on=(Contact.role == CustomerRole.id))
        .switch(Contact)
        .join(
            _PrimaryEmail,
            pw.JOIN.LEFT_OUTER,
            on=(
                (_PrimaryEmail.contact == Contact.id)
                & (_PrimaryEmail.kind == "email")
                & (_PrimaryEmail.is_primary == True)  # noqa: E712
            ),
        )
        .switch(Contact)
        .join(
            _PrimaryPhone,
            pw.JOIN.LEFT_OUTER,
            on=(
                (_PrimaryPhone.contact == Contact.id)
                & (_PrimaryPhone.kind != "email")
                & (_PrimaryPhone.is_primary == True)  # noqa: E712
            ),
        )
        .switch(Contact)
    )


def _raw_rows(query: pw.Query) -> list[tuple[Any, ...]]:
    """Rows as the driver returns them: for thousands of cards, peewee's per-value conversion
    costs more than the query itself. Dates and booleans are converted where they are used."""
    return list(current().execute(query).fetchall())


def roles(with_counts: bool = True) -> list[RoleView]:
    """All customer roles; ``with_counts`` adds how many contacts hold each (one grouped query)."""
    counts = (
        dict(Contact.select(Contact.role, pw.fn.COUNT(Contact.id)).group_by(Contact.role).tuples())
        if with_counts
        else {}
    )
    query = (
        CustomerRole.select(
            CustomerRole.id,
            CustomerRole.version,
            CustomerRole.name,
            CustomerRole.job_visibility,
            CustomerRole.applicant_data,
            CustomerRole.position,
        )
        .order_by(CustomerRole.position, CustomerRole.name)
        .tuples()
    )
    return [
        RoleView(rid, version, name, JobVisibility(jobs), ApplicantData(applicants), position, counts.get(rid, 0))
        for rid, version, name, jobs, applicants, position in query
    ]


def role_name_taken(name: str, except_id: int | None = None) -> bool:
    query = CustomerRole.select().where(pw.fn.LOWER(CustomerRole.name) == name.lower())
    if except_id is not None:
        query = query.where(CustomerRole.id != except_id)
    return bool(query.exists())


def role(role_id: int) -> RoleView:
    for found in roles():
        if found.id == role_id:
            return found
    raise gone(T("Die Kundenrolle existiert nicht mehr."))


def load_panel(customer_id: int) -> CustomerPanel:
    """Customer with its documents' names, locations, contacts with channels, roles: four queries,
    however many contacts (S1; issue 5: at most four round trips to open a customer)."""
    view, documents, released = _customer_header(customer_id)
    locations = locations_of(customer_id)
    role_list = roles(with_counts=False)
    cards = sorted(
        map(ContactCard._make, _raw_rows(_contacts_query(pw.Value(released)).where(Contact.customer == customer_id))),
        key=card_order,
    )
    city = locations[0].city if locations else ""
    view = view._replace(city=city, contact_count=len(cards))
    return CustomerPanel(view, tuple(locations), tuple(cards), tuple(role_list), released, documents)


def load_panel_head(customer_id: int, first: int, group: int) -> CustomerPanel:
    """``load_panel`` of a big customer, its first ``first`` cards only (a screenful and more):
    the leading locations with all their cards, and of a location that holds more than fit, its
    first cards by name. At most six queries, each bounded by about ``first`` rows or by the
    customer's locations, however many contacts (issue 15: the first cards painted within 100 ms).

    The panel's ``pending`` are the other locations in groups of about ``group`` cards, for
    ``cards_at_locations``; the partly read location is among them and comes again whole."""
    view, documents, released = _customer_header(customer_id)
    counted = _locations_counted(customer_id)
    role_list = roles(with_counts=False)
    whole: list[int] = []
    partial: tuple[int, int] | None = None  # (location, how many of its cards)
    seen = 0
    for location, count in counted:
        if seen >= first:
            break
        if seen + count <= 2 * first:
            whole.append(location.id)
            seen += count
        else:
            partial = (location.id, first - seen)
            break
    # The cards by id (one condition the database looks up in the primary key; "these locations
    # or these ids" had SQLite read the whole table).
    ids = [i for (i,) in Contact.select(Contact.id).where(Contact.location.in_(whole)).tuples()] if whole else []
    if partial is not None:
        # Its first cards by name (the database's order; the cards are sorted as everywhere once read).
        query = (
            Contact.select(Contact.id)
            .where(Contact.location == partial[0])
            .order_by(pw.fn.LOWER(Contact.last_name), pw.fn.LOWER(Contact.first_name), Contact.id)
            .limit(partial[1])
        )
        ids += [i for (i,) in query.tuples()]
    found = _raw_rows(_contacts_query(pw.Value(released)).where(Contact.id.in_(ids))) if ids else []
    cards = sorted(map(ContactCard._make, found), key=card_order)
    done = set(whole)
    pending: list[tuple[int, ...]] = []
    size = 0
    for location, count in counted:
        if location.id in done:
            continue
        if not pending or (size and size + count > group):
            pending.append(())
            size = 0
        pending[-1] += (location.id,)
        size += count
    locations = tuple(location for location, _count in counted)
    view = view._replace(city=locations[0].city if locations else "", contact_count=sum(c for _l, c in counted))
    return CustomerPanel(view, locations, tuple(cards), tuple(role_list), released, documents, tuple(pending))


def cards_at_locations(customer_id: int, location_ids: Iterable[int], released: bool) -> list[ContactCard]:
    """Every card at these locations of the customer (a pending group of ``load_panel_head``): one
    query, through the location index (the locations are the customer's; a condition on the
    customer would lead SQLite to read all its contacts for every group)."""
    query = _contacts_query(pw.Value(released)).where(Contact.location.in_(list(location_ids)))
    return [card for card in map(ContactCard._make, _raw_rows(query)) if card.customer_id == customer_id]


def _customer_header(customer_id: int) -> tuple[CustomerView, tuple[str, ...], bool]:
    """The customer (without city and contact count), its documents' names newest first, and
    whether it has a released job: one query."""
    rows = _raw_rows(
        Customer.select(
            Customer.id,
            Customer.version,
            Customer.number,
            Customer.name,
            Customer.notes,
            Job.select(pw.fn.COUNT(Job.id))
            .where((Job.customer == Customer.id) & (Job.released == True))  # noqa: E712
            .alias("released"),
            CustomerDocument.file_name,
            CustomerDocument.added_at,
            CustomerDocument.id,
        )
        .join(CustomerDocument, pw.JOIN.LEFT_OUTER, on=CustomerDocument.customer == Customer.id)
        .where(Customer.id == customer_id)
    )  # one row per document (or one without): the names come with the customer
    if not rows:
        raise gone(T("Der Kunde existiert nicht mehr."))
    cid, version, number, name, notes, released_count = rows[0][:6]
    documents = tuple(
        row[6] for row in sorted((r for r in rows if r[8] is not None), key=lambda r: (str(r[7]), r[8]), reverse=True)
    )
    return CustomerView(cid, version, number, name, notes, "", 0), documents, bool(released_count)


def _locations_counted(customer_id: int) -> list[tuple[LocationView, int]]:
    """``locations_of`` with how many contacts each has (counted in the location index alone)."""
    count = Contact.select(pw.fn.COUNT(Contact.id)).where(Contact.location == Location.id)
    query = Location.select(*_LOCATION_COLUMNS, count).where(Location.customer == customer_id)
    return [
        (LocationView(*row[:-1]), int(row[-1])) for row in _raw_rows(query.order_by(Location.position, Location.id))
    ]


def contact_card(contact_id: int) -> ContactCard:
    cards = cards_by_ids([contact_id])
    if contact_id not in cards:
        raise gone(T("Der Ansprechpartner existiert nicht mehr."))
    return cards[contact_id]


def channels_of(contact_id: int) -> tuple[ChannelView, ...]:
    """All e-mails and phones of one contact, in the order the form shows them."""
    query = (
        ContactChannel.select(*_CHANNEL_COLUMNS[1:])
        .where(ContactChannel.contact == contact_id)
        .order_by(ContactChannel.position, ContactChannel.id)
        .tuples()
    )
    return tuple(
        ChannelView(cid, kind, value, normalized, display, label, bool(primary), position)
        for cid, kind, value, normalized, display, label, primary, position in query
    )


def channels_of_contacts(*contact_ids: int) -> dict[int, tuple[ChannelView, ...]]:
    """``channels_of`` of several contacts in one query."""
    query = (
        ContactChannel.select(*_CHANNEL_COLUMNS)
        .where(ContactChannel.contact.in_(list(contact_ids)))
        .order_by(ContactChannel.position, ContactChannel.id)
        .tuples()
    )
    found: dict[int, list[ChannelView]] = {i: [] for i in contact_ids}
    for contact, cid, kind, value, normalized, display, label, primary, position in query:
        found[contact].append(ChannelView(cid, kind, value, normalized, display, label, bool(primary), position))
    return {i: tuple(views) for i, views in found.items()}


def contact_row(contact_id: int) -> dict[str, Any]:
    """All columns of one contact, FKs as ids."""
    row = Contact.select().where(Contact.id == contact_id).dicts().first()
    if row is None:
        raise gone(T("Der Ansprechpartner existiert nicht mehr."))
    return dict(row)


def contact(contact_id: int) -> ContactRow:
    """One contact as stored, typed."""
    return as_contact_row(contact_row(contact_id))


def locked_contacts(*contact_ids: int) -> list[ContactRow]:
    """``locked_contact_rows``, typed."""
    return [as_contact_row(row) for row in locked_contact_rows(*contact_ids)]


def contact_rows(*contact_ids: int) -> list[dict[str, Any]]:
    """``contact_row`` of each, in one query, in the order asked for."""
    rows = {row["id"]: dict(row) for row in Contact.select().where(Contact.id.in_(list(contact_ids))).dicts()}
    if len(rows) != len(set(contact_ids)):
        raise gone(T("Der Ansprechpartner existiert nicht mehr."))
    return [rows[i] for i in contact_ids]


def locked_contact_rows(*contact_ids: int) -> list[dict[str, Any]]:
    """``contact_row`` of each, read and locked for writing until the transaction ends
    (SELECT … FOR UPDATE on a server), in id order so that two use cases locking the same two
    contacts never wait for each other crosswise. In the order asked for."""
    query = lock_rows(Contact.select().where(Contact.id.in_(list(contact_ids))).order_by(Contact.id).dicts())
    rows = {row["id"]: dict(row) for row in query}
    if len(rows) != len(set(contact_ids)):
        raise gone(T("Der Ansprechpartner existiert nicht mehr."))
    return [rows[i] for i in contact_ids]


def channel_rows(contact_id: int) -> list[ChannelRow]:
    query = (
        ContactChannel.select(
            ContactChannel.id, ContactChannel.kind, ContactChannel.normalized, ContactChannel.is_primary
        )
        .where(ContactChannel.contact == contact_id)
        .order_by(ContactChannel.position, ContactChannel.id)
        .tuples()
    )
    return [ChannelRow(i, k, n, bool(p)) for i, k, n, p in query]


def usernames_starting_with(prefix: str) -> set[str]:
    return {u for (u,) in Contact.select(Contact.username).where(Contact.username.startswith(prefix)).tuples()}


def username_owner(username: str) -> int | None:
    found = Contact.select(Contact.id).where(Contact.username == username).scalar()
    return None if found is None else int(found)


def login_emails_elsewhere(emails: Iterable[str], except_contacts: Iterable[int] = ()) -> dict[str, int]:
    """Which of these (normalised) e-mails belong to another contact with a portal login (R2)."""
    wanted = list(emails)
    if not wanted:
        return {}
    query = (
        ContactChannel.select(ContactChannel.normalized, ContactChannel.contact)
        .join(Contact)
        .where(
            (ContactChannel.kind == "email")
            & ContactChannel.normalized.in_(wanted)
            & Contact.password_hash.is_null(False)
        )
    )
    excluded = list(except_contacts)
    if excluded:
        query = query.where(ContactChannel.contact.not_in(excluded))
    return {email: contact for email, contact in query.tuples()}


def login_addresses_of(contact_id: int) -> dict[str, int]:
    """The contact's rows in the table of login addresses (R2): address -> row id."""
    query = LoginAddress.select(LoginAddress.address, LoginAddress.id).where(LoginAddress.contact == contact_id)
    return dict(query.tuples())


def fill_login_addresses() -> int:
    """Fill the table of login addresses from the contacts with a portal login (their e-mails),
    for a database that had none (schema 4, a bulk load). An address two such contacts share
    (possible before schema 4) goes to the one created first: e-mail login with it stays refused
    as ambiguous, and the other contact can no longer claim it anew."""
    query = (
        ContactChannel.select(ContactChannel.normalized, ContactChannel.contact)
        .join(Contact)
        .where((ContactChannel.kind == "email") & Contact.password_hash.is_null(False))
        .order_by(ContactChannel.contact, ContactChannel.id)
        .tuples()
    )
    first: dict[str, int] = {}
    for address, contact_id in query:
        first.setdefault(address, contact_id)
    rows = [(address, contact_id) for address, contact_id in first.items()]
    for start in range(0, len(rows), 500):
        LoginAddress.insert_many(
            rows[start : start + 500], fields=[LoginAddress.address, LoginAddress.contact]
        ).execute()
    return len(rows)


def login_candidates(login: str) -> list[tuple[int, str | None, bool]]:
    """Contacts a login name could mean: (id, password hash, active), by username or any e-mail (R3)."""
    by_name = Contact.select(Contact.id, Contact.password_hash, Contact.active).where(Contact.username == login)
    by_mail = (
        Contact.select(Contact.id, Contact.password_hash, Contact.active)
        .join(ContactChannel)
        .where((ContactChannel.kind == "email") & (ContactChannel.normalized == login))
    )
    seen: dict[int, tuple[int, str | None, bool]] = {}
    for query in (by_name, by_mail):
        for cid, password_hash, active in query.tuples():
            seen[cid] = (cid, password_hash, bool(active))
    return list(seen.values())


def contacts_for_duplicates(customer_id: int) -> list[tuple[int, str, str, str, list[str], list[str]]]:
    """(id, first, last, name_key, e-mails, phones) of every contact of a customer: two queries."""
    channels: dict[int, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    query = (
        ContactChannel.select(ContactChannel.contact, ContactChannel.kind, ContactChannel.normalized)
        .join(Contact)
        .where(Contact.customer == customer_id)
        .tuples()
    )
    for contact_id, kind, normalized in query:
        channels[contact_id][0 if kind == "email" else 1].append(normalized)
    contacts = Contact.select(Contact.id, Contact.first_name, Contact.last_name, Contact.name_key).where(
        Contact.customer == customer_id
    )
    return [(cid, first, last, key, *channels[cid]) for cid, first, last, key in contacts.tuples()]


def not_duplicate_pairs(customer_id: int) -> set[tuple[int, int]]:
    query = (
        NotDuplicate.select(NotDuplicate.contact_a, NotDuplicate.contact_b)
        .join(Contact, on=(NotDuplicate.contact_a == Contact.id))
        .where(Contact.customer == customer_id)
        .tuples()
    )
    return {(a, b) for a, b in query}


def not_duplicate_rows(contact_ids: list[int]) -> list[tuple[int, int, int]]:
    query = NotDuplicate.select(NotDuplicate.id, NotDuplicate.contact_a, NotDuplicate.contact_b).where(
        NotDuplicate.contact_a.in_(contact_ids) | NotDuplicate.contact_b.in_(contact_ids)
    )
    return list(query.tuples())


def cards_by_ids(contact_ids: list[int]) -> dict[int, ContactCard]:
    if not contact_ids:
        return {}
    rows = _raw_rows(_contacts_query().where(Contact.id.in_(contact_ids)))
    return {row[0]: ContactCard._make(row) for row in rows}


# --- search -----------------------------------------------------------------------------------


# A query word matches a stored word that starts with it; words are runs of letters and digits,
# as FTS5's unicode61 tokenizer and PostgreSQL's parser (after schema.PG_WORDS) split them.
_WORD = re.compile(r"[^\W_]+")


def query_words(tokens: list[str]) -> list[str]:
    """The words of the query (and of the stored texts, for MariaDB's tables of words)."""
    return [word for token in tokens for word in _WORD.findall(token)]


# Sorting every hit of a broad query by customer costs about a microsecond a hit: a rank with
# more hits than this orders the first ones the index yields (the caller shows "more", the user
# narrows), so the time stays bounded whatever the query.
_RANKED_AT_MOST = 500
_SCAN_SEPARATORS = (" ", ".", "@", "-", "_", "+", "/", "'")


def _pg_words(field: pw.Field) -> pw.Node:
    """schema.PG_WORDS for ``field``, spelled as the index spells it so the planner uses it."""
    translated = pw.fn.translate(field, pw.SQL("'@.-_+/'"), pw.SQL("'      '"))
    return pw.fn.to_tsvector(pw.SQL("'simple'::regconfig"), translated)


def _spellings(word: str) -> list[str]:
    """A number typed without its trunk zero ("664 12") also starts the national form "0664…"."""
    return [word, f"0{word}"] if word.isdigit() and not word.startswith("0") else [word]


def _word_index() -> str:
    """How this database finds words: "fts5", "tables" (PostgreSQL and MariaDB/MySQL: tables of
    words), "tsvector" (a PostgreSQL database still migrating) or "scan" (SQLite without FTS5)."""
    database = current()
    cached: str | None = database.__dict__.get("_kv_word_index")
    if cached is None:
        if isinstance(database, pw.SqliteDatabase):
            cached = "fts5" if database.table_exists("contact_words") else "scan"
        elif isinstance(database, pw.PostgresqlDatabase):  # schema 10 has tables of words; a GIN index before
            cached = "tables" if database.table_exists("contact_word") else "tsvector"
        else:
            cached = "tables" if database.table_exists("contact_word") else "scan"
        database.__dict__["_kv_word_index"] = cached
    return cached


def _fts_terms(column: str, words: list[str], exact: bool) -> str:
    """FTS5: "col : word" is a whole word, "col : word*" a prefix; words hold no quotes."""
    star = "" if exact else "*"
    alternatives = [" OR ".join(f'"{a}"{star}' for a in _spellings(w)) for w in words]
    return " AND ".join(f"{column} : ({a})" for a in alternatives)


# MariaDB/MySQL's tables of words (schema._MYSQL_WORDS): the folded name's words are field "n",
# the folded text's "t"; a location's words have no field.
WORD_LENGTH = 100  # characters of a word kept in the tables of words
_TABLE_FIELDS = {"search_name": "n", "search_text": "t"}


def _word_condition(alias: str, field: str | None, word: str, exact: bool) -> tuple[str, list[str]]:
    """SQL and parameters: a row of a table of words holds ``word`` (or a word starting with it)."""
    spellings = [a[:WORD_LENGTH] for a in _spellings(word)]
    match = " OR ".join(f"{alias}.word {'=' if exact else 'LIKE'} %s" for _ in spellings)
    params = spellings if exact else [f"{a}%" for a in spellings]  # words hold no wildcards
    if field is None:
        return f"({match})", params
    return f"{alias}.field = %s AND ({match})", [field, *params]


def _table_ids(table: str, column: str, words: list[str], exact: bool, cap: int | None = None) -> pw.SQL:
    """The ids of contacts (or locations) having every word in ``column``, from the tables of
    words: one range of the B-tree per word, joined on the id."""
    key = "contact_id" if table == "contact" else "location_id"
    field = _TABLE_FIELDS[column] if table == "contact" else None
    joins, where, params = [], [], []
    for n, word in enumerate(words):
        sql, values = _word_condition(f"w{n}", field, word, exact)
        if n == 0:
            where.append(sql)
        else:
            joins.append(f"JOIN {table}_word AS w{n} ON w{n}.{key} = w0.{key} AND {sql}")
        params.extend(values)
    # No DISTINCT: PostgreSQL would walk the ids in order to make them unique instead of the range;
    # a contact with two words starting so comes twice (``_first_ids`` keeps it once).
    limit = f" LIMIT {2 * int(cap)}" if cap is not None else ""
    sql = f"SELECT w0.{key} FROM {table}_word AS w0 {' '.join(joins)} WHERE {' AND '.join(where)}{limit}"
    return pw.SQL(sql, params)


def _first_ids(query: pw.SQL, cap: int) -> list[int]:
    """The first ``cap`` different ids ``query`` yields."""
    found = dict.fromkeys(row[0] for row in current().execute_sql(query.sql, query.params))
    return list(found)[:cap]


def _words_match(model: type[Contact] | type[Location], column: str, words: list[str], exact: bool) -> pw.Expression:
    """Every word starts (``exact``: is) a word of ``column``, through the word index where there is one."""
    table = model._meta.table_name
    index = _word_index()
    if index == "fts5":
        terms = _fts_terms(column, words, exact)
        return model.id.in_(pw.SQL(f"(SELECT rowid FROM {table}_words WHERE {table}_words MATCH ?)", [terms]))
    if index == "tables":
        ids = _table_ids(table, column, words, exact)
        return model.id.in_(pw.SQL(f"({ids.sql})", ids.params))
    field = getattr(model, column)
    if index == "tsvector":
        terms = " & ".join("(" + " | ".join(a if exact else f"{a}:*" for a in _spellings(w)) + ")" for w in words)
        return pw.Expression(_pg_words(field), "@@", pw.fn.to_tsquery(pw.SQL("'simple'::regconfig"), terms))
    condition: pw.Expression | None = None
    for w in words:
        # A scan: the word alone, or after a space or separator; words hold no wildcards.
        clause: pw.Expression | None = None
        for a in _spellings(w):
            for start in (field.startswith(a), *(field.contains(f"{sep}{a}") for sep in _SCAN_SEPARATORS)):
                clause = start if clause is None else clause | start
        assert clause is not None
        if exact:
            clause = (field == w) | field.startswith(f"{w} ") | field.endswith(f" {w}") | field.contains(f" {w} ")
        condition = clause if condition is None else condition & clause
    assert condition is not None
    return condition


def _found_anywhere(words: list[str]) -> pw.Expression:
    """Each word starts a word of the contact's text or of its location's (R10)."""
    condition: pw.Expression | None = None
    for word in words:
        at_location = Location.select(Location.id).where(_words_match(Location, "search_text", [word], exact=False))
        clause = _words_match(Contact, "search_text", [word], exact=False) | Contact.location.in_(at_location)
        condition = clause if condition is None else condition & clause
    assert condition is not None
    return condition


def _matching_ids(
    condition: pw.Expression,
    name: tuple[list[str], bool] | None,
    anywhere: list[str] | None,
    customer_id: int | None,
) -> list[int]:
    """Up to ``_RANKED_AT_MOST`` + 1 contacts meeting ``condition``, in index order.

    On SQLite the word index is asked directly for the name ranks; for one word (most queries)
    anywhere, the contact's words and the location's words are asked
    apart, each stopping at the limit. SQLite would otherwise collect every match of an
    ``id IN (…) OR location IN (…)`` before the first row.
    """
    cap = _RANKED_AT_MOST + 1
    if name is not None and customer_id is None and _word_index() == "fts5":
        terms = _fts_terms("search_name", name[0], exact=name[1])
        sql = "SELECT rowid FROM contact_words WHERE contact_words MATCH ? LIMIT ?"
        return [row[0] for row in current().execute_sql(sql, (terms, cap))]
    if anywhere is not None and len(anywhere) == 1 and customer_id is None and _word_index() == "fts5":
        terms = _fts_terms("search_text", anywhere, exact=False)
        database = current()
        own = "SELECT rowid FROM contact_words WHERE contact_words MATCH ? LIMIT ?"
        found = dict.fromkeys(row[0] for row in database.execute_sql(own, (terms, cap)))
        if len(found) < cap:
            there = (
                "SELECT c.id FROM location_words AS w JOIN contact AS c ON c.location_id = w.rowid "
                "WHERE location_words MATCH ? LIMIT ?"
            )
            found.update(dict.fromkeys(row[0] for row in database.execute_sql(there, (terms, cap))))
        return list(found)[:cap]
    if name is not None and customer_id is None and _word_index() == "tables":
        return _first_ids(_table_ids("contact", "search_name", name[0], exact=name[1], cap=cap), cap)
    if anywhere is not None and _word_index() != "scan":
        return _found_apart(anywhere, customer_id, cap)
    matched = Contact.select(Contact.id).where(condition).limit(cap)
    if customer_id is not None:
        matched = matched.where(Contact.customer == customer_id)
    return [row[0] for row in _raw_rows(matched)]


def _found_apart(words: list[str], customer_id: int | None, cap: int) -> list[int]:
    """Contacts whose own words match every word, then contacts at locations matching a word
    whose other words match the contact or its location: each an indexed query stopping at
    ``cap``. One ``text matches OR location IN (…)`` per word would make the planners scan."""
    if _word_index() == "tables" and customer_id is None:  # the tables of words alone, stopping at cap
        found = dict.fromkeys(_first_ids(_table_ids("contact", "search_text", words, exact=False, cap=cap), cap))
    else:
        own = Contact.select(Contact.id).where(_words_match(Contact, "search_text", words, exact=False)).limit(cap)
        if customer_id is not None:
            own = own.where(Contact.customer == customer_id)
        found = dict.fromkeys(row[0] for row in _raw_rows(own))
    if len(found) >= cap:
        return list(found)[:cap]
    if len(words) == 1:  # one join, stopping at cap: a city has thousands of locations
        found.update(dict.fromkeys(_at_matching_locations(words[0], customer_id, cap)))
        return list(found)[:cap]
    at_word = {
        w: [
            row[0]
            for row in _raw_rows(
                Location.select(Location.id).where(_words_match(Location, "search_text", [w], exact=False))
            )
        ]
        for w in words
    }
    anywhere = sorted({i for ids in at_word.values() for i in ids})
    if not anywhere:
        return list(found)
    condition = _among(Contact.location, anywhere)
    if len(words) > 1:
        for w in words:
            clause = _words_match(Contact, "search_text", [w], exact=False)
            if at_word[w]:
                clause = clause | _among(Contact.location, at_word[w])
            condition = condition & clause
    there = Contact.select(Contact.id).where(condition).limit(cap)
    if customer_id is not None:
        there = there.where(Contact.customer == customer_id)
    found.update(dict.fromkeys(row[0] for row in _raw_rows(there)))
    return list(found)[:cap]


def _at_matching_locations(word: str, customer_id: int | None, cap: int) -> list[int]:
    """Up to ``cap`` contacts at locations with a word starting with ``word``."""
    if _word_index() == "tables":
        condition, words = _word_condition("w", None, word, exact=False)
        params: list[Any] = list(words)
        customer = ""
        if customer_id is not None:
            customer, params = " AND c.customer_id = %s", [*params, customer_id]
        sql = (
            "SELECT c.id FROM location_word AS w JOIN contact AS c ON c.location_id = w.location_id "
            f"WHERE {condition}{customer} LIMIT {int(cap)}"
        )
        return [row[0] for row in current().execute_sql(sql, params)]
    there = (
        Contact.select(Contact.id)
        .join(Location, on=(Contact.location == Location.id))
        .where(_words_match(Location, "search_text", [word], exact=False))
        .limit(cap)
    )
    if customer_id is not None:
        there = there.where(Contact.customer == customer_id)
    return [row[0] for row in _raw_rows(there)]


_BY_CUSTOMER = (
    "SELECT c.id FROM contact AS c JOIN customer AS cu ON cu.id = c.customer_id WHERE {ids} "
    "ORDER BY cu.name, cu.id, c.last_name, c.first_name, c.id LIMIT {limit}"
)


def _by_customer(contact_ids: list[int], limit: int) -> list[int]:
    """The first ``limit`` of the contacts by customer name, then name. The ids travel as one
    parameter where the backend allows (a peewee IN of 2,000 values costs more than the query)."""
    database = current()
    contact_ids = sorted(contact_ids)  # rows looked up in key order: neighbours share pages
    if isinstance(database, pw.SqliteDatabase):
        sql = _BY_CUSTOMER.format(ids="c.id IN (SELECT value FROM json_each(?))", limit="?")
        return [row[0] for row in database.execute_sql(sql, (json.dumps(contact_ids), limit))]
    if isinstance(database, pw.PostgresqlDatabase):
        # Each contact's customer by its key (OFFSET 0 keeps the planner from hashing all customers).
        sql = (
            "SELECT c.id FROM contact AS c JOIN LATERAL (SELECT cu.name FROM customer AS cu "
            "WHERE cu.id = c.customer_id OFFSET 0) AS cu ON true WHERE c.id = ANY(%s) "
            "ORDER BY cu.name, c.customer_id, c.last_name, c.first_name, c.id LIMIT %s"
        )
        return [row[0] for row in database.execute_sql(sql, (contact_ids, limit))]
    query = (
        Contact.select(Contact.id)
        .join(Customer, on=(Contact.customer == Customer.id))
        .where(Contact.id.in_(contact_ids))
        .order_by(Customer.name, Customer.id, Contact.last_name, Contact.first_name, Contact.id)
        .limit(limit)
    )
    return [row[0] for row in _raw_rows(query)]


def _among(field: pw.Field, ids: list[int]) -> pw.Expression:
    """``field IN ids`` in one expression: the ids as one parameter where the backend allows (a
    peewee IN of thousands of values costs more than the query), sorted (SQLite reads 200 cards
    in 2.7 ms in key order, in 6.5 ms in rank order)."""
    if isinstance(current(), pw.MySQLDatabase):
        return field.in_(sorted(ids))
    (expression,) = among(field, ids)
    return expression


def search_contacts(tokens: list[str], customer_id: int | None = None, limit: int = 200) -> list[SearchHit]:
    """Contacts where every query word starts a word of their folded text or their location's
    (R10, B8), ranked: all words in the name as whole words, then as beginnings of words, then
    the rest (e-mail, phone, position, department, location); ties by customer, then name.

    At most ``limit`` + 1 hits: one more than asked tells the caller there are more. Each rank is
    an indexed lookup of at most ``_RANKED_AT_MOST`` hits, ordered by customer, so the time does
    not grow with the data.
    """
    words = query_words(tokens)
    if not words:
        return []
    ranks: dict[int, int] = {}
    stages = (
        _words_match(Contact, "search_name", words, exact=True),
        _words_match(Contact, "search_name", words, exact=False),
        _found_anywhere(words),
    )
    for rank, condition in enumerate(stages):
        if rank < 2 and all(w.isdigit() for w in words):
            continue  # a phone number: names hold no numbers worth the two lookups (found below anyway)
        candidates = [
            i
            for i in _matching_ids(
                condition, (words, rank == 0) if rank < 2 else None, words if rank == 2 else None, customer_id
            )
            if i not in ranks
        ]
        if not candidates:
            continue
        ordered = _by_customer(candidates, limit + 1 - len(ranks))
        for contact_id in ordered:
            ranks[contact_id] = rank
        if len(ranks) > limit:
            break
    ids = sorted(ranks, key=lambda i: ranks[i])[: limit + 1]
    sql, params = _hits_statement(ids)
    keys: dict[str, str] = {}  # sort keys of the names, each worked out once

    def key(text: str) -> str:
        found = keys.get(text)
        if found is None:
            found = keys[text] = sort_key(text)
        return found

    rows = current().execute_sql(sql, params).fetchall()
    # The customers apart, by their keys: joined in, PostgreSQL hashes every customer (10 ms a
    # search with 100,000 customers).
    customer_ids = list({row[2] for row in rows})  # ContactCard.customer_id
    customers_by_id = {
        row[0]: row[1:]
        for row in _raw_rows(
            Customer.select(Customer.id, Customer.number, Customer.name).where(_among(Customer.id, customer_ids))
        )
    }
    found: list[tuple[tuple[int, str, str, str, int], SearchHit]] = []
    for row in rows:
        card = ContactCard._make(row[:-1])
        location_name = row[-1]
        number, customer_name = customers_by_id[card.customer_id]
        hit = SearchHit(
            card.id,
            card.customer_id,
            number,
            customer_name,
            card.location_id,
            location_name,
            _hit_name(card.salutation, card.title, card.first_name, card.last_name),
            card.position,
            card.primary_email,
            card.primary_phone,
            bool(card.active),
            card.salutation,
        )
        order = (ranks[card.id], key(customer_name), key(card.last_name), key(card.first_name), card.id)
        found.append((order, hit))
    found.sort(key=lambda pair: pair[0])
    hits = [hit for _, hit in found]
    return hits


@functools.lru_cache(maxsize=20_000)
def _hit_name(salutation: str, title: str, first_name: str, last_name: str) -> str:
    """``ContactCard.display_name``, kept: rendering 200 names as texts costs milliseconds, and the
    keystrokes of one search ("mül", "müll", "mülle") show mostly the same people."""
    return german(name_text(salutation, title, first_name, last_name))


def _hits_query(ids: list[int]) -> pw.ModelSelect:
    # A hit shows no portal state: the customer's "released job" flag is not asked (per contact it
    # walked all jobs of a big customer: 10 ms of a search for "graz").
    return (
        _contacts_query(pw.SQL("0"))
        .select_extend(Location.name)
        .join(Location, on=(Contact.location == Location.id))
        .where(_among(Contact.id, ids))
    )


def _hits_statement(ids: list[int]) -> tuple[str, list[Any]]:
    """The statement that reads the hits' cards with their location's name. Where the ids are
    one parameter it is built by peewee once per database (building it costs more than SQLite
    takes to run it) and only given these ids."""
    database = current()
    if isinstance(database, pw.MySQLDatabase):  # an IN list: one placeholder per id
        sql, params = _hits_query(ids).sql()
        return sql, list(params)
    cached: tuple[str, list[Any], int] | None = database.__dict__.get("_kv_hits_statement")
    if cached is None:
        sql, params = _hits_query([0]).sql()
        marker = next(i for i, p in enumerate(params) if p == "[0]" or p == [0])
        cached = database.__dict__["_kv_hits_statement"] = (sql, list(params), marker)
    sql, params, marker = cached
    params = list(params)
    ids = sorted(ids)  # as _among gives them
    params[marker] = json.dumps(ids) if isinstance(database, pw.SqliteDatabase) else ids
    return sql, params


# --- jobs, history ---------------------------------------------------------------------------


def jobs_of(customer_id: int) -> list[JobView]:
    query = (
        Job.select(
            Job.id,
            Job.version,
            Job.customer,
            Job.title,
            Job.location,
            Job.responsible,
            Contact.first_name,
            Contact.last_name,
            Job.is_open,
            Job.released,
            Job.released_at,
        )
        .join(Contact, pw.JOIN.LEFT_OUTER, on=(Job.responsible == Contact.id))
        .where(Job.customer == customer_id)
        .order_by(Job.title, Job.id)
        .tuples()
    )
    return [
        JobView(
            jid,
            version,
            cust,
            title,
            loc,
            resp,
            " ".join(p for p in (first, last) if p),
            bool(is_open),
            bool(released),
            released_at,
        )
        for jid, version, cust, title, loc, resp, first, last, is_open, released, released_at in query
    ]


def role_holders_by_customer(role_id: int) -> dict[int, int]:
    """How many contacts of each customer hold the role."""
    query = (
        Contact.select(Contact.customer, pw.fn.COUNT(Contact.id))
        .where(Contact.role == role_id)
        .group_by(Contact.customer)
        .tuples()
    )
    return dict(query)


def active_colleagues(contact_id: int) -> list[tuple[int, str, str, str, str]]:
    """(id, salutation, title, first, last) of the other active contacts of the contact's customer."""
    customer = Contact.select(Contact.customer).where(Contact.id == contact_id)
    query = (
        Contact.select(Contact.id, Contact.salutation, Contact.title, Contact.first_name, Contact.last_name)
        .where((Contact.customer == customer) & (Contact.id != contact_id) & (Contact.active == True))  # noqa: E712
        .tuples()
    )
    return list(query)


def open_job_ids_of(contact_id: int) -> list[int]:
    return [i for (i,) in Job.select(Job.id).where((Job.responsible == contact_id) & (Job.is_open == True)).tuples()]  # noqa: E712


def job_row(job_id: int) -> dict[str, Any]:
    row = Job.select().where(Job.id == job_id).dicts().first()
    if row is None:
        raise gone(T("Der Job existiert nicht mehr."))
    return dict(row)


def history(customer_id: int | None = None, contact_id: int | None = None, limit: int = 500) -> list[HistoryItem]:
    query = HistoryEntry.select(
        HistoryEntry.id,
        HistoryEntry.customer,
        HistoryEntry.contact,
        HistoryEntry.location,
        HistoryEntry.kind,
        HistoryEntry.text,
        HistoryEntry.author,
        HistoryEntry.at,
        HistoryEntry.params,
    )
    if customer_id is not None:
        query = query.where(HistoryEntry.customer == customer_id)
    if contact_id is not None:
        query = query.where(HistoryEntry.contact == contact_id)
    query = query.order_by(HistoryEntry.at.desc(), HistoryEntry.id.desc()).limit(limit)
    return [HistoryItem(*row) for row in query.tuples()]


def last_author(
    customer_id: int | None = None,
    contact_id: int | None = None,
    location_id: int | None = None,
    kinds: Iterable[str] | None = None,
    after: int = 0,
) -> str | None:
    """Who made the newest history entry about this record (of these kinds) since the entry
    ``after`` (an id from ``newest_history_id``), or None."""
    query = HistoryEntry.select(HistoryEntry.author).where(HistoryEntry.id > after)
    if customer_id is not None:
        query = query.where(HistoryEntry.customer == customer_id)
    if contact_id is not None:
        query = query.where(HistoryEntry.contact == contact_id)
    if location_id is not None:
        query = query.where(HistoryEntry.location == location_id)
    if kinds is not None:
        query = query.where(HistoryEntry.kind.in_(list(kinds)))
    found = query.order_by(HistoryEntry.at.desc(), HistoryEntry.id.desc()).limit(1).scalar()
    return str(found) if found else None


def newest_history_id() -> int:
    return int(HistoryEntry.select(pw.fn.MAX(HistoryEntry.id)).scalar() or 0)


def count_rows(model: type[pw.Model]) -> int:
    return int(model.select().count())
