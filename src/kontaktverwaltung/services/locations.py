"""Locations of a customer (S3, S6, R9)."""

from __future__ import annotations

from dataclasses import dataclass

from kontaktverwaltung.domain.contact import location_search_text
from kontaktverwaltung.domain.errors import Problem, RuleViolation, ValidationError
from kontaktverwaltung.domain.history import HistoryKind
from kontaktverwaltung.domain.messages import T, msg
from kontaktverwaltung.domain.records import LocationView
from kontaktverwaltung.domain.storable import text_problems
from kontaktverwaltung.services.common import Context, Done, record_history
from kontaktverwaltung.store import repo
from kontaktverwaltung.store.changes import Recorder
from kontaktverwaltung.store.db import transaction
from kontaktverwaltung.store.models import Contact, HistoryEntry, Job, Location

_LIMITS = {"name": 200, "street": 200, "postal_code": 20, "city": 100, "phone": 50}


@dataclass(frozen=True, slots=True)
class LocationInput:
    name: str
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "AT"
    phone: str = ""


def _validate(data: LocationInput) -> dict[str, str]:
    values = {name: str(getattr(data, name)).strip() for name in _LIMITS}
    problems = text_problems({**values, "country": data.country.strip()})
    if problems:
        raise ValidationError(problems)
    if not values["name"]:
        problems.append(Problem.of(T("Bitte einen Namen für den Standort eingeben."), "name"))
    for name, limit in _LIMITS.items():
        if len(values[name]) > limit:
            problems.append(Problem.of(T("Höchstens {limit} Zeichen erlaubt."), name, limit=limit))
    country = data.country.strip().upper() or "AT"
    if len(country) != 2 or not country.isalpha():
        problems.append(Problem.of(T("Bitte den Ländercode mit zwei Buchstaben angeben (AT, DE, CH)."), "country"))
    if problems:
        raise ValidationError(problems)
    values["country"] = country
    values["search_text"] = location_search_text(values["name"], values["city"], values["postal_code"])
    return values


def location(location_id: int) -> LocationView:
    return repo.location(location_id)


def locations_of(customer_id: int) -> list[LocationView]:
    return repo.locations_of(customer_id)


def create_location(ctx: Context, customer_id: int, data: LocationInput) -> Done[int]:
    """A new location of an existing customer (S6)."""
    values = _validate(data)
    rec = Recorder(msg(T("Standort „{name}“ anlegen"), name=values["name"]))
    with transaction():
        repo.customer(customer_id)
        location_id = rec.insert(
            Location, customer=customer_id, position=repo.next_location_position(customer_id), **values
        )
        record_history(
            rec,
            ctx,
            customer_id,
            HistoryKind.LOCATION_CREATED,
            msg(T("Standort „{name}“ angelegt"), name=values["name"]),
            location_id=location_id,
        )
    return Done(location_id, rec.change)


def edit_location(ctx: Context, location_id: int, version: int | None, data: LocationInput) -> Done[int]:
    values = _validate(data)
    rec = Recorder(msg(T("Standort „{name}“ bearbeiten"), name=values["name"]))
    with transaction():
        current = repo.location(location_id)
        new_version = rec.update_versioned(Location, location_id, version, **values)
        record_history(
            rec,
            ctx,
            current.customer_id,
            HistoryKind.LOCATION_EDITED,
            msg(T("Standort „{name}“ bearbeitet"), name=values["name"]),
            location_id=location_id,
        )
    return Done(new_version, rec.change)


def delete_location(ctx: Context, location_id: int, move_contacts_to: int | None = None) -> Done[None]:
    """Delete a location (S3). Its contacts are never deleted with it (R9).

    A location that still has contacts needs ``move_contacts_to``, another location of the same
    customer; otherwise a RuleViolation says how many contacts would have to move first.
    """
    current = repo.location(location_id)
    rec = Recorder(msg(T("Standort „{name}“ löschen"), name=current.name))
    with transaction():
        contact_ids = repo.contact_ids_at(location_id)
        if contact_ids:
            if move_contacts_to is None:
                raise RuleViolation(
                    Problem.of(
                        T(
                            "Am Standort „{name}“ sind noch {count:n} Ansprechpartner. Bitte "
                            "zuerst einen Standort wählen, zu dem sie verschoben werden."
                        ),
                        "move_contacts_to",
                        name=current.name,
                        count=len(contact_ids),
                    )
                )
            target = _sibling(current, move_contacts_to)
            for contact_id in contact_ids:  # each a versioned change: others' stale edits are refused
                rec.update_versioned(Contact, contact_id, None, location=target.id)
            for contact_id in contact_ids:
                record_history(
                    rec,
                    ctx,
                    current.customer_id,
                    HistoryKind.MOVED,
                    msg(
                        T("Von „{source}“ nach „{target}“ verschoben (Standort gelöscht)"),
                        source=current.name,
                        target=target.name,
                    ),
                    contact_id=contact_id,
                    location_id=target.id,
                )
        # The past keeps its texts; only the link to the vanished location is dropped.
        rec.update_by(HistoryEntry, {"location": location_id}, location=None)
        rec.update_by(Job, {"location": location_id}, location=None)
        rec.delete_by(Location, {"id": location_id})
        record_history(
            rec,
            ctx,
            current.customer_id,
            HistoryKind.LOCATION_DELETED,
            msg(T("Standort „{name}“ gelöscht"), name=current.name),
        )
    return Done(None, rec.change)


def _sibling(current: LocationView, other_id: int) -> LocationView:
    target = repo.location(other_id)
    if target.customer_id != current.customer_id or target.id == current.id:
        raise RuleViolation(Problem.of(T("Bitte einen anderen Standort desselben Kunden wählen."), "move_contacts_to"))
    return target
