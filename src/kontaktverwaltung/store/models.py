"""The product's domain as tables (PRODUCT.md "Domain").

Every record a user edits carries a ``version`` that each update increments: a save that
expects an older version is refused instead of overwriting someone else's change (B5).
"""

from __future__ import annotations

from typing import Any

import peewee as pw

from kontaktverwaltung.store.db import database


class IdField(pw.AutoField):
    """Ids are never reused, on SQLite too (AUTOINCREMENT): undo puts rows back with their old ids,
    and the id of a merged-away contact must never come to name somebody else."""

    def ddl(self, ctx: pw.Context) -> pw.NodeList:
        node = super().ddl(ctx)
        if isinstance(database.obj, pw.SqliteDatabase):
            return pw.NodeList((node, pw.SQL("AUTOINCREMENT")))
        return node


def _on_mysql() -> bool:
    return isinstance(database.obj, pw.MySQLDatabase)


class ExactCharField(pw.CharField):
    """Text compared character for character: MariaDB's default collation takes "rene" for
    "rené" and "alogin" for "alögin", which must never log someone in as someone else (R3).
    PostgreSQL and SQLite compare exactly anyway. Case is folded by the app before storing."""

    BINARY = "CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"

    def ddl_datatype(self, ctx: pw.Context) -> pw.SQL:
        node = super().ddl_datatype(ctx)
        return pw.SQL(f"{node.sql} {self.BINARY}") if _on_mysql() else node


class DocumentField(pw.BlobField):
    """Document content up to the app's 50 MB: MariaDB's plain BLOB holds 64 KiB only."""

    def ddl_datatype(self, ctx: pw.Context) -> pw.SQL:
        return pw.SQL("LONGBLOB") if _on_mysql() else super().ddl_datatype(ctx)


class BaseModel(pw.Model):
    id = IdField()

    @classmethod
    def select(cls, *fields: Any) -> Any:
        # peewee's bundled stubs type every row as a model instance, also rows of .tuples() and
        # .dicts(): typed loosely here, once, instead of a cast on every query in store/.
        return super().select(*fields)

    class Meta:
        database = database
        legacy_table_names = False


class Versioned(BaseModel):
    version = pw.IntegerField(default=1)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()


class SchemaVersion(BaseModel):
    version = pw.IntegerField()
    applied_at = pw.DateTimeField()
    app_version = pw.CharField(max_length=32)


class Customer(Versioned):
    number = pw.CharField(max_length=32, unique=True)
    name = pw.CharField(max_length=200, index=True)
    notes = pw.TextField(default="")


class CustomerDocument(BaseModel):
    customer = pw.ForeignKeyField(Customer, backref="documents")
    file_name = pw.CharField(max_length=255)
    content = DocumentField()
    added_at = pw.DateTimeField()
    added_by = pw.CharField(max_length=100)


class Location(Versioned):
    customer = pw.ForeignKeyField(Customer, backref="locations", index=True)
    name = pw.CharField(max_length=200)
    street = pw.CharField(max_length=200, default="")
    postal_code = pw.CharField(max_length=20, default="")
    city = pw.CharField(max_length=100, default="")
    country = pw.CharField(max_length=2, default="AT")
    phone = pw.CharField(max_length=50, default="")
    position = pw.IntegerField(default=0)
    search_text = pw.CharField(max_length=255, default="")


class CustomerRole(Versioned):
    name = pw.CharField(max_length=100, unique=True)
    job_visibility = pw.CharField(max_length=16)
    applicant_data = pw.CharField(max_length=16)
    position = pw.IntegerField(default=0)


class Contact(Versioned):
    # ``customer`` repeats the location's customer: it keeps "all contacts of a customer" and
    # merge/move checks a single indexed lookup; services keep both in step.
    customer = pw.ForeignKeyField(Customer, backref="contacts", index=True)
    location = pw.ForeignKeyField(Location, backref="contacts", index=True)
    salutation = pw.CharField(max_length=10, default="")
    title = pw.CharField(max_length=40, default="")
    first_name = pw.CharField(max_length=100, default="")
    last_name = pw.CharField(max_length=100, default="")
    position = pw.CharField(max_length=150, default="")
    department = pw.CharField(max_length=150, default="")
    notes = pw.TextField(default="")
    username = ExactCharField(max_length=64, null=True, unique=True)
    password_hash = pw.CharField(max_length=255, null=True)
    password_set_at = pw.DateTimeField(null=True)
    active = pw.BooleanField(default=True)
    inactive_reason = pw.CharField(max_length=30, default="")
    inactive_until = pw.DateField(null=True)
    role = pw.ForeignKeyField(CustomerRole, null=True, backref="contacts")
    search_text = pw.TextField(default="")
    search_name = pw.TextField(default="")  # folded first and last name, for ranking (R10)
    name_key = pw.CharField(max_length=120, default="", index=True)


class ContactChannel(BaseModel):
    """An e-mail address or phone number; edited only as part of its contact (whose version counts)."""

    contact = pw.ForeignKeyField(Contact, backref="channels", index=True)
    kind = pw.CharField(max_length=10)
    value = pw.CharField(max_length=255)
    normalized = ExactCharField(max_length=255, index=True)
    display = pw.CharField(max_length=255)
    label = pw.CharField(max_length=50, default="")
    is_primary = pw.BooleanField(default=False)
    position = pw.IntegerField(default=0)


class Job(Versioned):
    customer = pw.ForeignKeyField(Customer, backref="jobs", index=True)
    title = pw.CharField(max_length=200)
    location = pw.ForeignKeyField(Location, null=True, backref="jobs")
    responsible = pw.ForeignKeyField(Contact, null=True, backref="jobs")
    is_open = pw.BooleanField(default=True)
    released = pw.BooleanField(default=False)
    released_at = pw.DateTimeField(null=True)


class HistoryEntry(BaseModel):
    customer = pw.ForeignKeyField(Customer, backref="history", index=True)
    contact = pw.ForeignKeyField(Contact, null=True, backref="history", index=True)
    # Where it happened: a later move of the contact does not rewrite the past (R8).
    location = pw.ForeignKeyField(Location, null=True, backref="history")
    kind = pw.CharField(max_length=30)
    # What the entry says: {"text": id, "params": {...}} (domain/history_texts.py, schema 11),
    # rendered in the reader's language. ``text`` keeps, as written, only a sentence of an earlier
    # version that the migration could not read ("" otherwise).
    text = pw.TextField()
    author = pw.CharField(max_length=100)
    at = pw.DateTimeField(index=True)
    params = pw.TextField(null=True)


class NotDuplicate(BaseModel):
    """ "These two are different people": never suggested as duplicates again (B3)."""

    contact_a = pw.ForeignKeyField(Contact, backref="+")
    contact_b = pw.ForeignKeyField(Contact, backref="+")
    decided_by = pw.CharField(max_length=100)
    decided_at = pw.DateTimeField()

    class Meta:
        indexes = ((("contact_a", "contact_b"), True),)


class ContactMerge(BaseModel):
    """A contact that was merged into another: who, into whom, and what it looked like (R7)."""

    survivor = pw.ForeignKeyField(Contact, backref="merged_from")
    merged_contact_id = pw.IntegerField()
    merged_name = pw.CharField(max_length=250)
    snapshot = pw.TextField()
    author = pw.CharField(max_length=100)
    at = pw.DateTimeField()


class LongTextField(pw.TextField):
    """Text without MariaDB's 64 KB limit of TEXT (LONGTEXT there; TEXT elsewhere has no limit)."""

    def ddl_datatype(self, ctx: pw.Context) -> Any:
        if isinstance(database.obj, pw.MySQLDatabase):
            return pw.SQL("LONGTEXT")
        return super().ddl_datatype(ctx)


class ImportBatch(BaseModel):
    """One import (R12), kept so that it can be undone as one step from any later process."""

    description = pw.CharField(max_length=255)
    file_name = pw.CharField(max_length=255)
    author = pw.CharField(max_length=100)
    at = pw.DateTimeField(index=True)
    created = pw.IntegerField(default=0)
    updated = pw.IntegerField(default=0)
    undone_at = pw.DateTimeField(null=True)


class ImportBatchPart(BaseModel):
    """The rows an import wrote, in order: inserted rows whole, updated rows before and after
    (JSON, a few hundred rows per part)."""

    batch = pw.ForeignKeyField(ImportBatch, backref="parts", index=True, on_delete="CASCADE")
    position = pw.IntegerField()
    steps = LongTextField()


class LoginAddress(BaseModel):
    """An e-mail address a contact with a portal login can log in with (R2). The address is
    unique, so the database itself refuses a second login on one address, also when two
    workstations save at the same moment. Kept in step by the services that set a password,
    edit a contact's e-mails, merge or delete."""

    address = ExactCharField(max_length=255, unique=True)
    contact = pw.ForeignKeyField(Contact, backref="+", index=True)


class SyncApplied(BaseModel):
    """A change of a workstation's offline copy that the server applied (R14): a sync cut off
    halfway and resumed skips it (no doubles), and finds here what the server made of it (the
    conflicts, JSON). Not data of the agency: not in ALL_MODELS, never in a copy or a dump."""

    change_id = pw.CharField(max_length=80, unique=True)
    applied_at = pw.DateTimeField()
    result = LongTextField(null=True)


# In dependency order: parents before children (create order; delete in reverse).
ALL_MODELS: tuple[type[BaseModel], ...] = (
    SchemaVersion,
    Customer,
    CustomerDocument,
    Location,
    CustomerRole,
    Contact,
    ContactChannel,
    Job,
    HistoryEntry,
    NotDuplicate,
    ContactMerge,
    ImportBatch,
    ImportBatchPart,
    LoginAddress,
)

# Tables of the app's own bookkeeping, not the agency's data: created with the schema, never in an
# offline copy's data, a dump or a merge.
BOOKKEEPING_MODELS: tuple[type[BaseModel], ...] = (SyncApplied,)
