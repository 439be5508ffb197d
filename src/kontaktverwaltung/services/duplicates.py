"""Duplicates (B3): contacts that look like the one being entered, likely duplicate pairs, merge
candidates, and "not a duplicate" decisions."""

from __future__ import annotations

from collections.abc import Sequence

from kontaktverwaltung.domain.channels import validate_channels
from kontaktverwaltung.domain.contact import ContactInput
from kontaktverwaltung.domain.duplicates import PersonKey, duplicate_reasons, duplicate_score, phonetic_key
from kontaktverwaltung.domain.history import HistoryKind
from kontaktverwaltung.domain.messages import Message, T, msg
from kontaktverwaltung.domain.records import ContactCard
from kontaktverwaltung.domain.results import DuplicatePair
from kontaktverwaltung.domain.text import search_key, sort_key
from kontaktverwaltung.services.common import Context, Done, record_history
from kontaktverwaltung.services.contacts import _other_customer
from kontaktverwaltung.store import duplicates as duplicate_store
from kontaktverwaltung.store import repo
from kontaktverwaltung.store.changes import Recorder
from kontaktverwaltung.store.db import now, transaction
from kontaktverwaltung.store.models import NotDuplicate


def _key(contact_id: int, first: str, last: str, name_key: str, emails: list[str], phones: list[str]) -> PersonKey:
    return PersonKey(contact_id, search_key(f"{first} {last}"), name_key, frozenset(emails), frozenset(phones))


def people_of(customer_id: int) -> tuple[PersonKey, ...]:
    """Every contact of the customer as duplicates are compared (names, e-mails, phones): read
    once (two queries; 0.2 s for 10,000 contacts), compared at every pause in typing."""
    return tuple(_key(*row) for row in repo.contacts_for_duplicates(customer_id))


def similar_contacts(
    ctx: Context,
    customer_id: int,
    data: ContactInput,
    except_id: int | None = None,
    people: Sequence[PersonKey] | None = None,
) -> list[tuple[ContactCard, tuple[str, ...]]]:
    """Existing contacts of the customer that look like the one being entered (B3), best first.

    Works on half-typed input (called as the user types): channels that do not parse yet are
    simply not compared. ``people``: the customer's contacts as :func:`people_of` read them
    (else they are read now)."""
    valid_channels, _problems = validate_channels(data.channels, ctx.region)
    probe = PersonKey(
        0,
        search_key(f"{data.first_name} {data.last_name}"),
        phonetic_key(data.first_name, data.last_name),
        frozenset(c.normalized for c in valid_channels if not c.kind.is_phone),
        frozenset(c.normalized for c in valid_channels if c.kind.is_phone),
    )
    found: list[tuple[int, tuple[str, ...], int]] = []
    for person in people if people is not None else people_of(customer_id):
        if person.id == except_id:
            continue
        reasons = duplicate_reasons(probe, person)
        if reasons:
            found.append((person.id, tuple(reasons), duplicate_score(reasons)))
    found.sort(key=lambda f: -f[2])
    cards = repo.cards_by_ids([f[0] for f in found[:20]])
    return [(cards[cid], reasons) for cid, reasons, _ in found[:20] if cid in cards]


def merge_candidates(contact_id: int) -> list[tuple[ContactCard, tuple[str, ...]]]:
    """The other contacts of the contact's customer to merge it with (S4): likely duplicates
    first, strongest first, with their reasons; then all others by name, without reasons."""
    card = repo.contact_card(contact_id)
    rows = repo.contacts_for_duplicates(card.customer_id)
    probe = next(_key(*row) for row in rows if row[0] == contact_id)
    scored = {}
    for row in rows:
        if row[0] != contact_id and (reasons := duplicate_reasons(probe, _key(*row))):
            scored[row[0]] = tuple(reasons)
    cards = repo.cards_by_ids([row[0] for row in rows if row[0] != contact_id])
    return sorted(
        ((c, scored.get(c.id, ())) for c in cards.values()),
        key=lambda item: (
            -duplicate_score(list(item[1])),
            sort_key(item[0].last_name),
            sort_key(item[0].first_name),
            item[0].id,
        ),
    )


BLOCK_LIMIT = 60

# Stable keys of the reasons (``duplicates --json``, README): the domain names them in German.
REASON_KEYS = {
    "gleiche E-Mail-Adresse": "email",
    "gleiche Telefonnummer": "phone",
    "gleicher Name": "name",
    "gleich klingender Name": "name_sound",
    "ähnlicher Name": "name_similar",
}


def reason_keys(reasons: tuple[str, ...]) -> list[str]:
    """The reasons of a pair as stable short keys: email, phone, name, name_sound, name_similar."""
    return [REASON_KEYS.get(reason, reason) for reason in reasons]


def duplicate_pairs(customer_id: int | None = None) -> list[DuplicatePair]:
    """Likely duplicate pairs of one customer, or (None) of every customer, strongest first;
    pairs marked "kein Duplikat" never (B3). Pairs never cross customers: a merge could not.

    The database blocks the candidates (same e-mail, phone, name key or last name within a
    customer); only those contacts are read and compared, so the whole reference set (200,000
    contacts) takes seconds, not the hours of comparing every pair."""
    groups = duplicate_store.candidate_groups(customer_id, BLOCK_LIMIT)
    keys = {row[0]: _key(*row) for row in duplicate_store.person_keys(i for group in groups for i in group)}
    rejected = duplicate_store.not_duplicate_pairs(customer_id)
    scored: dict[tuple[int, int], tuple[tuple[str, ...], int]] = {}
    for members in groups:
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pair = (a, b)  # members are sorted: a < b
                if pair in scored or pair in rejected or a not in keys or b not in keys:
                    continue
                reasons = duplicate_reasons(keys[a], keys[b])
                if reasons:
                    scored[pair] = (tuple(reasons), duplicate_score(reasons))
    ordered = sorted(scored.items(), key=lambda item: (-item[1][1], item[0]))
    wanted = sorted({i for pair, _ in ordered for i in pair})
    cards: dict[int, ContactCard] = {}
    for start in range(0, len(wanted), duplicate_store.CHUNK):
        cards.update(repo.cards_by_ids(wanted[start : start + duplicate_store.CHUNK]))
    return [
        DuplicatePair(cards[a], cards[b], reasons, score)
        for (a, b), (reasons, score) in ordered
        if a in cards and b in cards
    ]


def mark_not_duplicate(ctx: Context, first_id: int, second_id: int) -> Done[None]:
    """Never suggest this pair again (B3)."""
    a, b = sorted((first_id, second_id))
    first, second = repo.contact(a), repo.contact(b)
    if first.customer_id != second.customer_id or a == b:
        raise _other_customer("contact")
    rec = Recorder(Message(T("Als „kein Duplikat“ markieren")))
    with transaction():
        if (a, b) not in repo.not_duplicate_pairs(first.customer_id):
            rec.insert(NotDuplicate, contact_a=a, contact_b=b, decided_by=ctx.author[:100], decided_at=now())
            record_history(
                rec,
                ctx,
                first.customer_id,
                HistoryKind.NOT_DUPLICATE,
                msg(T("„{a}“ und „{b}“ sind verschiedene Personen"), a=first.name_text, b=second.name_text),
                contact_id=a,
            )
    return Done(None, rec.change)
