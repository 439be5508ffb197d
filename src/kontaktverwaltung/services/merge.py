"""Merging two records of the same person (S4, R7), in one transaction, exactly undoable."""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

from kontaktverwaltung.domain.channels import ChannelKind
from kontaktverwaltung.domain.contact import derived_columns, field_label, name_text, reason_text
from kontaktverwaltung.domain.errors import Problem, RuleViolation
from kontaktverwaltung.domain.history import HistoryKind
from kontaktverwaltung.domain.merge import (
    ChannelRow,
    MergeSide,
    Side,
    choice_rows,
    default_choice,
    differing_fields,
    merged_values,
    stays_primary,
    suggest_survivor,
    survivor_note,
    unite_channels,
)
from kontaktverwaltung.domain.messages import Message, T, german, msg, render
from kontaktverwaltung.domain.records import ChannelView, LocationView
from kontaktverwaltung.domain.results import MergePreview
from kontaktverwaltung.services.common import Context, Done, record_history
from kontaktverwaltung.services.contacts import check_login_emails, sync_login_addresses
from kontaktverwaltung.store import repo
from kontaktverwaltung.store.changes import Recorder, stale_record
from kontaktverwaltung.store.db import IntegrityError, now, retrying, transaction
from kontaktverwaltung.store.links import CONTACT_LINKS, OnMerge, count_links_of
from kontaktverwaltung.store.models import Contact, ContactMerge, HistoryEntry, Job, NotDuplicate
from kontaktverwaltung.store.rows import as_contact_row

LoginChoice = Literal["survivor", "other"]


@dataclass(frozen=True, slots=True)
class MergeParty:
    """One of the two contacts, as the merge dialog names it."""

    id: int
    version: int
    name: str
    created_on: datetime.date
    active: bool
    username: str | None
    has_login: bool


@dataclass(frozen=True, slots=True)
class FieldChoice:
    """One row of the side-by-side comparison: a field (or the active state with its reason and
    end date) where the two differ, both values as shown ("" when empty), and whose value the
    merge keeps unless the user chooses otherwise (R7)."""

    key: str
    fields: tuple[str, ...]
    label: str
    survivor_text: str
    other_text: str
    default: Side


@dataclass(frozen=True, slots=True)
class UnitedChannel:
    """An e-mail address or phone number the survivor has after the merge."""

    kind: str
    kind_label: str
    display: str
    is_primary: bool
    from_other: bool


@dataclass(frozen=True, slots=True)
class MergeComparison:
    """Everything the merge dialog shows for one pair before anything happens (R7)."""

    survivor: MergeParty
    other: MergeParty
    survivor_note: str
    rows: tuple[FieldChoice, ...]
    channels: tuple[UnitedChannel, ...]
    preview: MergePreview

    def choices(self, picks: Mapping[str, Side] | None = None) -> dict[str, str]:
        """``merge_contacts``' choices for every differing field: the row's pick (by row key),
        else its default."""
        picks = picks or {}
        return {name: picks.get(row.key, row.default) for row in self.rows for name in row.fields}


@dataclass(frozen=True, slots=True)
class MergePair:
    """The two contacts as read once for the merge dialog (R7): rows, e-mails and phones, how many
    links point at each, and the customer's locations and the roles by name. The comparison for
    either survivor is computed from it without reading again."""

    rows: Mapping[int, dict[str, Any]]
    channels: Mapping[int, tuple[ChannelView, ...]]
    links: Mapping[int, Mapping[Any, int]]
    locations: Mapping[int, LocationView]
    roles: Mapping[int, str]

    @property
    def suggested_survivor_id(self) -> int:
        """The older active one (R7)."""
        first, second = self.rows.values()
        return suggest_survivor(_side(first), _side(second))

    def other_than(self, contact_id: int) -> int:
        return next(i for i in self.rows if i != contact_id)


def _checked_pair(survivor_id: int, other_id: int, rows: Mapping[int, dict[str, Any]]) -> None:
    if survivor_id == other_id:
        raise RuleViolation(Problem.of(T("Bitte zwei verschiedene Ansprechpartner wählen."), "other"))
    if rows[survivor_id]["customer"] != rows[other_id]["customer"]:
        raise RuleViolation(Problem.of(T("Zusammenführen geht nur bei Ansprechpartnern desselben Kunden."), "other"))


def _pair(survivor_id: int, other_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
    first, second = repo.contact_rows(survivor_id, other_id)
    rows = {survivor_id: first, other_id: second}
    _checked_pair(survivor_id, other_id, rows)
    return rows[survivor_id], rows[other_id]


def load_pair(first_id: int, second_id: int) -> MergePair:
    """Read both contacts for the merge dialog, once (R7); refused for one contact or two customers."""
    if first_id == second_id:
        _checked_pair(first_id, second_id, {})
    first, second = repo.contact_rows(first_id, second_id)
    rows = {first_id: first, second_id: second}
    _checked_pair(first_id, second_id, rows)
    return MergePair(
        rows=rows,
        channels=repo.channels_of_contacts(first_id, second_id),
        links=count_links_of(first_id, second_id),
        locations={loc.id: loc for loc in repo.locations_of(first["customer"])},
        roles={role.id: role.name for role in repo.roles(with_counts=False)},
    )


def _side(row: dict[str, Any]) -> MergeSide:
    return MergeSide(row["id"], bool(row["active"]), row["created_at"])


def suggested_survivor(first_id: int, second_id: int) -> int:
    """The older active one (R7)."""
    first, second = _pair(first_id, second_id)
    return suggest_survivor(_side(first), _side(second))


def _channel_rows(channels: tuple[ChannelView, ...]) -> list[ChannelRow]:
    return [ChannelRow(c.id, c.kind, c.normalized, c.is_primary) for c in channels]


def merge_preview(survivor_id: int, other_id: int) -> MergePreview:
    """The exact counts the merge dialog shows before anything happens (R7)."""
    return _preview(load_pair(survivor_id, other_id), survivor_id)


def _preview(pair: MergePair, survivor_id: int) -> MergePreview:
    other_id = pair.other_than(survivor_id)
    survivor, other = pair.rows[survivor_id], pair.rows[other_id]
    counts = pair.links[other_id]
    move, drop = unite_channels(_channel_rows(pair.channels[survivor_id]), _channel_rows(pair.channels[other_id]))
    return MergePreview(
        survivor_id=survivor_id,
        other_id=other_id,
        suggested_survivor_id=pair.suggested_survivor_id,
        differing_fields=tuple(differing_fields(survivor, other)),
        jobs=counts[Job.responsible],
        history_entries=counts[HistoryEntry.contact],
        portal_login=bool(other["password_hash"]),
        both_have_login=bool(survivor["password_hash"]) and bool(other["password_hash"]),
        channels_moving=len(move),
        channels_duplicate=len(drop),
        not_duplicate_marks=counts[NotDuplicate.contact_a] + counts[NotDuplicate.contact_b],
    )


def merge_comparison(survivor_id: int, other_id: int) -> MergeComparison:
    """The two contacts side by side for the merge dialog (R7), read from the database."""
    return compare(load_pair(survivor_id, other_id), survivor_id)


def compare(pair: MergePair, survivor_id: int) -> MergeComparison:
    """The loaded pair side by side with ``survivor_id`` surviving (R7): each differing field with
    both values and the default choice (the survivor's non-empty value, else the other's), the
    united e-mails and phones as the survivor will have them, and the exact counts of what moves.
    Labels and notes are in the installed language; the contacts' own values are shown as stored.
    No query."""
    other_id = pair.other_than(survivor_id)
    survivor, other = pair.rows[survivor_id], pair.rows[other_id]
    preview = _preview(pair, survivor_id)
    locations, roles = pair.locations, pair.roles

    def shown(row: dict[str, Any], field: str) -> str:
        value = row[field]
        if field == "location":
            place = locations[value]
            return f"{place.name} ({place.city})" if place.city and place.city not in place.name else place.name
        if field == "role":
            return roles.get(value, "") if value is not None else ""
        if field == "active":
            if row["active"]:
                return render(Message(T("aktiv")))
            until = _as_date(row["inactive_until"])
            reason = row["inactive_reason"] or ""
            if until:
                return render(
                    msg(
                        T("inaktiv ({reason} bis {until})") if reason else T("inaktiv (bis {until})"),
                        reason=reason_text(reason),
                        until=f"{until:%d.%m.%Y}",
                    )
                )
            return render(msg(T("inaktiv ({reason})"), reason=reason_text(reason)) if reason else Message(T("inaktiv")))
        return "" if value is None else str(value)

    rows = []
    for fields in choice_rows(differing_fields(survivor, other)):
        key = fields[0]
        if key == "active" and survivor["active"] and other["active"]:
            continue  # an active contact keeps no reason or end date: nothing to choose
        rows.append(
            FieldChoice(
                key=key,
                fields=fields,
                label=field_label(key),
                survivor_text=shown(survivor, key),
                other_text=shown(other, key),
                default=default_choice(survivor[key], other[key]),
            )
        )
    return MergeComparison(
        survivor=_party(survivor),
        other=_party(other),
        survivor_note=render(survivor_note(_side(survivor), _side(other))),
        rows=tuple(rows),
        channels=_united_channels(pair.channels[survivor_id], pair.channels[other_id]),
        preview=preview,
    )


def _as_date(value: Any) -> datetime.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def _party(columns: dict[str, Any]) -> MergeParty:
    row = as_contact_row(columns)
    created = _as_date(row.created_at)
    assert created is not None
    return MergeParty(
        id=row.id,
        version=row.version,
        name=row.name(),
        created_on=created,
        active=row.active,
        username=row.username,
        has_login=row.has_login,
    )


def _united_channels(mine: tuple[ChannelView, ...], theirs: tuple[ChannelView, ...]) -> tuple[UnitedChannel, ...]:
    """The survivor's channels, then the other's that are not duplicates, as the merge orders them."""
    survivor_rows = [ChannelRow(c.id, c.kind, c.normalized, c.is_primary) for c in mine]
    other_rows = {c.id: ChannelRow(c.id, c.kind, c.normalized, c.is_primary) for c in theirs}
    move, _drop = unite_channels(survivor_rows, list(other_rows.values()))
    shown = {c.id: c for c in theirs}
    united = [UnitedChannel(c.kind, ChannelKind(c.kind).label(), c.display, c.is_primary, False) for c in mine]
    for channel_id in move:
        channel = shown[channel_id]
        primary = stays_primary(other_rows[channel_id], survivor_rows)
        united.append(UnitedChannel(channel.kind, ChannelKind(channel.kind).label(), channel.display, primary, True))
    return tuple(united)


def _snapshot(row: dict[str, Any]) -> str:
    def plain(value: Any) -> Any:
        return value.isoformat() if isinstance(value, (datetime.date, datetime.datetime)) else value

    return json.dumps({k: plain(v) for k, v in row.items() if k != "password_hash"}, ensure_ascii=False)


def merge_contacts(
    ctx: Context,
    survivor_id: int,
    other_id: int,
    choices: dict[str, str] | None = None,
    login_from: LoginChoice | None = None,
    expected_versions: tuple[int, int] | None = None,
) -> Done[int]:
    """Merge ``other`` into ``survivor`` (R7).

    ``choices`` picks "survivor" or "other" per differing field; by default the survivor's
    non-empty values win and its empty fields are filled from the other. E-mails and phones are
    united (compared normalised, survivor's primary kept). Every link from the one registry
    (store/links.py) is re-pointed to the survivor. If both have a portal login, ``login_from``
    says which survives. A conflict stops the merge; nothing is deleted to get through.
    """
    return retrying(lambda: _merge(ctx, survivor_id, other_id, choices, login_from, expected_versions))


def _merge(
    ctx: Context,
    survivor_id: int,
    other_id: int,
    choices: dict[str, str] | None,
    login_from: LoginChoice | None,
    expected_versions: tuple[int, int] | None,
) -> Done[int]:
    """One read: both contacts are read and locked inside the transaction, their versions checked
    against what the user saw, and every write checks them again (B5)."""
    _pair(survivor_id, other_id)  # the quick refusals, before anything is locked
    try:
        with transaction():
            survivor, other = repo.locked_contact_rows(survivor_id, other_id)
            if expected_versions and (survivor["version"], other["version"]) != expected_versions:
                raise stale_record()
            rec = _merge_locked(ctx, survivor, other, choices, login_from)
    except IntegrityError as error:
        raise RuleViolation(
            Problem.of(
                T(
                    "Zusammenführen nicht möglich: eine Verknüpfung lässt sich nicht übertragen "
                    "({error}). Es wurde nichts geändert."
                ),
                error=error,
            )
        ) from error
    return Done(survivor_id, rec.change)


def _merge_locked(
    ctx: Context,
    survivor: dict[str, Any],
    other: dict[str, Any],
    choices: dict[str, str] | None,
    login_from: LoginChoice | None,
) -> Recorder:
    survivor_id, other_id = survivor["id"], other["id"]
    if survivor["customer"] != other["customer"]:  # moved to another customer meanwhile
        raise stale_record()
    both_logins = bool(survivor["password_hash"]) and bool(other["password_hash"])
    if both_logins and login_from is None:
        raise RuleViolation(
            Problem.of(T("Beide haben einen Portalzugang: bitte wählen, welcher erhalten bleibt."), "login_from")
        )
    take_login = login_from == "other" or (
        login_from is None and not survivor["password_hash"] and bool(other["password_hash"])
    )
    channels = repo.channels_of_contacts(survivor_id, other_id)  # read once: checked, united, indexed
    if survivor["password_hash"] or take_login:  # the merged contact keeps a login: R2 for all its e-mails
        united = {c.normalized: c.display for c in [*channels[other_id], *channels[survivor_id]] if c.kind == "email"}
        check_login_emails([(shown, normalized) for normalized, shown in united.items()], [survivor_id, other_id])
    values = merged_values(survivor, other, choices)
    location = repo.location(values["location"])
    if location.customer_id != survivor["customer"]:
        raise RuleViolation(Problem.of(T("Der Standort gehört zu einem anderen Kunden."), "location"))
    survivor_name = name_text(values["salutation"], values["title"], values["first_name"], values["last_name"])
    other_name = name_text(other["salutation"], other["title"], other["first_name"], other["last_name"])
    rec = Recorder(msg(T("„{other}“ mit „{survivor}“ zusammenführen"), other=other_name, survivor=survivor_name))
    kept = _repoint_links(rec, survivor_id, other_id, channels)
    rec.insert(
        ContactMerge,
        survivor=survivor_id,
        merged_contact_id=other_id,
        merged_name=german(other_name)[:250],
        snapshot=_snapshot(other),
        author=ctx.author[:100],
        at=now(),
    )
    rec.delete_loaded(Contact, other)  # as read and locked above
    if take_login:
        values.update(
            username=other["username"],
            password_hash=other["password_hash"],
            password_set_at=other["password_set_at"],
        )
    values.update(
        derived_columns(
            values["first_name"],
            values["last_name"],
            values["position"],
            values["department"],
            [(c.kind, c.normalized) for c in kept],
        )
    )
    rec.update_loaded(Contact, survivor, survivor["version"], **values)  # as read and locked above
    emails = [(c.display, c.normalized) for c in kept if c.kind == "email"]
    sync_login_addresses(rec, survivor_id, bool(values.get("password_hash", survivor["password_hash"])), emails)
    record_history(
        rec,
        ctx,
        survivor["customer"],
        HistoryKind.MERGED,
        msg(T("„{other}“ wurde mit „{survivor}“ zusammengeführt"), other=other_name, survivor=survivor_name),
        contact_id=survivor_id,
        location_id=location.id,
    )
    return rec


def _repoint_links(
    rec: Recorder, survivor_id: int, other_id: int, channels: Mapping[int, tuple[ChannelView, ...]]
) -> list[ChannelView]:
    """Walk THE registry of tables that point at contacts; each link by its merge policy. Every
    link table costs the same few statements however many rows point at the other contact (one
    set-based UPDATE re-points its history, its jobs). Returns the survivor's e-mails and phones
    after the merge, in their order (from ``channels``, both contacts' as read before)."""
    pairs_done = False
    kept = list(channels[survivor_id])
    for link in CONTACT_LINKS:
        name = link.field.name
        if link.on_merge is OnMerge.REPOINT:
            rec.update_by(link.model, {name: other_id}, **{name: survivor_id})
        elif link.on_merge is OnMerge.UNITE_CHANNELS:
            survivor_rows = _channel_rows(channels[survivor_id])
            other_rows = {row.id: row for row in _channel_rows(channels[other_id])}
            move, drop = unite_channels(survivor_rows, list(other_rows.values()))
            rec.delete_by(link.model, {"id": drop})
            # The survivor's primary stays primary; where it has no e-mail (or no phone) at all,
            # the other's primary of that group becomes its primary.
            offset = len(survivor_rows)
            moved: dict[int, dict[str, Any]] = {
                channel_id: {
                    name: survivor_id,
                    "is_primary": stays_primary(other_rows[channel_id], survivor_rows),
                    "position": position,
                }
                for position, channel_id in enumerate(move, start=offset)
            }
            rec.update_each(link.model, moved)
            theirs = {c.id: c for c in channels[other_id]}
            kept += [
                replace(theirs[i], is_primary=change["is_primary"], position=change["position"])
                for i, change in moved.items()
            ]
            kept.sort(key=lambda c: (c.position, c.id))  # as the store orders them
        elif link.on_merge is OnMerge.RECOMPUTE:
            rec.delete_by(link.model, {name: [survivor_id, other_id]})
        elif link.on_merge is OnMerge.PAIR and not pairs_done:
            pairs_done = True  # both columns of a pair table are handled together
            _repoint_pairs(rec, survivor_id, other_id)
    return kept


def _repoint_pairs(rec: Recorder, survivor_id: int, other_id: int) -> None:
    """ "Not a duplicate" marks: a mark between the two is answered by the merge itself and goes;
    a mark of the other with a third contact becomes the survivor's, unless the survivor already
    has the same mark (then the two rows say the same thing and one goes)."""
    rows = repo.not_duplicate_rows([survivor_id, other_id])
    existing = {(a, b) for _, a, b in rows if other_id not in (a, b)}
    gone: list[int] = []
    moved: dict[int, dict[str, Any]] = {}
    for row_id, a, b in sorted(rows):
        if other_id not in (a, b):
            continue
        third = b if a == other_id else a
        if third == survivor_id:
            gone.append(row_id)
            continue
        pair = (min(survivor_id, third), max(survivor_id, third))
        if pair in existing:
            gone.append(row_id)
        else:
            existing.add(pair)
            moved[row_id] = {"contact_a": pair[0], "contact_b": pair[1]}
    rec.delete_by(NotDuplicate, {"id": gone})
    rec.update_each(NotDuplicate, moved)
