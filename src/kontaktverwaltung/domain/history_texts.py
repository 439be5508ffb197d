"""What a history entry says (B2): a text id and its parameters, stored as JSON (schema 11) and
rendered in the reader's language when shown (docs/translations.md) – never a German sentence.

A service records a Message made from one of HISTORY_TEXTS (``msg(T("Kunde „{name}“ angelegt"),
name=…)``); ``encode`` stores its stable id and parameters, ``decode`` makes the Message again.
Parameters keep what they are: a person's salutation as stored ("Frau"), an inactive reason as
stored ("Karenz"), changed fields as field keys ("first_name"), counts as numbers.

``parse_sentence`` reads the German sentences earlier versions stored (every shape they wrote),
for the migration to schema 11; a sentence it does not know stays as literal text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from kontaktverwaltung.domain.contact import FIELD_LABELS, field_text, reason_text, salutation_text
from kontaktverwaltung.domain.history import HistoryKind
from kontaktverwaltung.domain.messages import Message, T, counted, counts, joined, msg, plain

# id (stored, stable) -> the German source text (the catalogue's key)
HISTORY_TEXTS: dict[str, str] = {
    "customer_created": T("Kunde „{name}“ angelegt"),
    "customer_edited": T("Kunde „{name}“ bearbeitet"),
    "document_added": T("Dokument „{file_name}“ hinzugefügt"),
    "document_removed": T("Dokument „{file_name}“ entfernt"),
    "location_created": T("Standort „{name}“ angelegt"),
    "location_edited": T("Standort „{name}“ bearbeitet"),
    "location_deleted": T("Standort „{name}“ gelöscht"),
    "moved_with_location": T("Von „{source}“ nach „{target}“ verschoben (Standort gelöscht)"),
    "contact_created": T("„{name}“ am Standort „{location}“ angelegt"),
    "contact_created_plain": T("„{name}“ angelegt"),
    "contact_edited": T("„{name}“ bearbeitet: {fields}"),
    "contact_edited_plain": T("„{name}“ bearbeitet"),
    "activated": T("„{name}“ aktiviert – Portalzugang wieder möglich"),
    "deactivated": T("„{name}“ deaktiviert ({reason}) – Portalzugang gesperrt"),
    "deactivated_until": T("„{name}“ deaktiviert ({reason} bis {until}) – Portalzugang gesperrt"),
    "handed_over": T("{handed} von „{name}“ an „{successor}“ übergeben"),
    "moved": T("„{name}“ von „{source}“ nach „{target}“ verschoben"),
    "deleted": T("„{name}“ gelöscht"),
    "merged": T("„{other}“ wurde mit „{survivor}“ zusammengeführt"),
    "not_duplicate": T("„{a}“ und „{b}“ sind verschiedene Personen"),
    "role_replaced_one": T("Kundenrolle „{name}“ gelöscht: {count:n} Ansprechpartner hat jetzt „{replacement}“"),
    "role_replaced": T("Kundenrolle „{name}“ gelöscht: {count:n} Ansprechpartner haben jetzt „{replacement}“"),
    "job_created": T("Job „{title}“ angelegt"),
    "job_released": T("Job „{title}“ für Portale freigegeben"),
    "job_withdrawn": T("Job „{title}“ nicht mehr freigegeben"),
    "job_reopened": T("Job „{title}“ wieder geöffnet"),
    "job_closed": T("Job „{title}“ geschlossen"),
    "password_set": T("Portal-Passwort für „{name}“ gesetzt"),
    "imported": T("Import „{file}“: {done}"),
    "imported_plain": T("Import: {done}"),
    "imported_new_customer": T("Import „{file}“: {done} (Kunde „{client}“ angelegt)"),
    "imported_plain_new_customer": T("Import: {done} (Kunde „{client}“ angelegt)"),
}
_IDS = {key: text_id for text_id, key in HISTORY_TEXTS.items()}
_FIELD_KEYS = {label: field for field, label in FIELD_LABELS.items()}

# Parts of a text that are texts themselves (what a hand-over passes on, what an import did).
OPEN_JOB = T("{count:n} offener Job")
OPEN_JOBS = T("{count:n} offene Jobs")
CLIENT_ROLE = T("die Kundenrolle")
CREATED_ONE = T("{count:n} Ansprechpartner angelegt", "einer")
CREATED_MANY = T("{count:n} Ansprechpartner angelegt", "mehrere")
UPDATED_ONE = T("{count:n} Ansprechpartner aktualisiert", "einer")
UPDATED_MANY = T("{count:n} Ansprechpartner aktualisiert", "mehrere")


def handed_over(jobs: int, role: bool) -> list[Message]:
    """What a leaving contact's successor takes over (B11): "2 offene Jobs und die Kundenrolle"."""
    handed = [counted(jobs, OPEN_JOB, OPEN_JOBS)]
    if role:
        handed.append(Message(CLIENT_ROLE))
    return handed


def import_done(created: int, updated: int) -> Message:
    """ "3 Ansprechpartner angelegt und 1 Ansprechpartner aktualisiert"."""
    return counts((created, CREATED_ONE, CREATED_MANY), (updated, UPDATED_ONE, UPDATED_MANY))


def is_history_text(message: Message) -> bool:
    return message.key in _IDS


# --- storing ------------------------------------------------------------------------------------


def encode(message: Message) -> str:
    """The entry's JSON: {"text": id, "params": {...}}, ``message`` made from one of HISTORY_TEXTS.
    A text not (yet) registered there is kept by its catalogue key instead – still translated
    when shown, never lost; tests/domain/test_history_texts.py checks that
    every history text the services record is registered."""
    params = {name: _encoded(value) for name, value in message.params.items()}
    text_id = _IDS.get(message.key)
    said = {"text": text_id, "params": params} if text_id else {"key": message.key, "params": params}
    return json.dumps(said, ensure_ascii=False, sort_keys=True)


def _encoded(value: Any) -> Any:
    if isinstance(value, Message):
        if value.joiner is not None:
            return {"join": value.joiner, "parts": [_encoded(part) for part in value.params["parts"]]}
        if not value.params and value.key in _SALUTATION_KEYS:
            return {"salutation": value.key}
        if not value.params and value.key in _REASON_KEYS:
            return {"reason": value.key}
        if not value.params and value.key in _FIELD_KEYS:
            return {"field": _FIELD_KEYS[value.key]}
        return {"key": value.key, "params": {n: _encoded(v) for n, v in value.params.items()}}
    if isinstance(value, (list, tuple)):
        return {"list": [_encoded(item) for item in value]}
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def decode(stored: str) -> Message:
    """The Message an entry's JSON stands for; an id this version does not know shows its values."""
    data = json.loads(stored)
    params = {name: _decoded(value) for name, value in dict(data.get("params") or {}).items()}
    key = data["key"] if "key" in data else HISTORY_TEXTS.get(str(data.get("text")))
    if key is None:
        return plain(" · ".join(str(v) for v in params.values()) or str(data.get("text")))
    return msg(key, **params)


def _decoded(value: Any) -> Any:
    if isinstance(value, Mapping):
        if "join" in value:
            return joined([_decoded(part) for part in value.get("parts", ())], str(value["join"]))
        if "salutation" in value:
            return salutation_text(str(value["salutation"]))
        if "reason" in value:
            return reason_text(str(value["reason"]))
        if "field" in value:
            field = str(value["field"])
            return field_text(field) if field in FIELD_LABELS else plain(field)
        if "list" in value:
            return [_decoded(item) for item in value["list"]]
        if "key" in value:
            return msg(str(value["key"]), **{n: _decoded(v) for n, v in dict(value.get("params") or {}).items()})
    return value


_SALUTATION_KEYS = frozenset({"Herr", "Frau", "divers"})
_REASON_KEYS = frozenset({"Karenz", "Bildungskarenz", "Krankheit", "Ausgeschieden", "Sonstiges"})


# --- reading what earlier versions stored (migration to schema 11) ------------------------------

_Q = "„(?P<{0}>.*)“"  # a quoted value; names may contain anything but the closing quote at the end


def _q(name: str) -> str:
    return _Q.format(name)


def person(shown: str) -> Message:
    """A name as earlier versions wrote it ("Frau Mag. Anna Müller"): the salutation becomes a text."""
    for salutation in ("Herr", "Frau"):
        if shown.startswith(salutation + " "):
            return joined([salutation_text(salutation), shown[len(salutation) + 1 :]], " ")
    return joined([shown], " ")


def _count(text: str) -> int:
    return int(text.replace(".", "").replace(",", ""))


def _fields(text: str) -> list[Message]:
    return [field_text(_FIELD_KEYS[label]) if label in _FIELD_KEYS else plain(label) for label in text.split(", ")]


def _handed(text: str) -> list[Message] | None:
    found = re.fullmatch(r"(?P<jobs>[\d.]+) offene[r]? Jobs?(?P<role> und die Kundenrolle)?", text)
    if found:
        return handed_over(_count(found["jobs"]), bool(found["role"]))
    if text == "die Kundenrolle":
        return [Message(CLIENT_ROLE)]
    return None


def _done(text: str) -> Message | None:
    created = updated = 0
    for part in re.split(r", | und ", text):
        found = re.fullmatch(r"(?P<n>[\d.]+) Ansprechpartner (?P<what>angelegt|aktualisiert)", part)
        if not found:
            return None
        if found["what"] == "angelegt":
            created = _count(found["n"])
        else:
            updated = _count(found["n"])
    return import_done(created, updated)


_Parse = Callable[[re.Match[str]], dict[str, Any] | None]


def _names(*names: str) -> _Parse:
    """The groups as parameters: people's names with their salutation as a text."""
    return lambda found: {n: person(found[n]) if n in _PERSONS else found[n] for n in names}


def _texts(*names: str) -> _Parse:
    """The groups as parameters, as written (a customer's, location's or role's name)."""
    return lambda found: {n: found[n] for n in names}


_PERSONS = frozenset({"name", "other", "survivor", "a", "b", "successor"})


def _with(extra: Callable[[re.Match[str]], dict[str, Any] | None], *names: str, texts: bool = False) -> _Parse:
    def parse(found: re.Match[str]) -> dict[str, Any] | None:
        more = extra(found)
        base = (_texts if texts else _names)(*names)(found)
        return None if more is None or base is None else {**base, **more}

    return parse


# kind -> (text id, pattern, how its groups become parameters), tried in order
_SHAPES: dict[HistoryKind, list[tuple[str, str, _Parse]]] = {
    HistoryKind.CUSTOMER_CREATED: [("customer_created", f"Kunde {_q('name')} angelegt", _texts("name"))],
    HistoryKind.CUSTOMER_EDITED: [("customer_edited", f"Kunde {_q('name')} bearbeitet", _texts("name"))],
    HistoryKind.DOCUMENT_ADDED: [("document_added", f"Dokument {_q('file_name')} hinzugefügt", _names("file_name"))],
    HistoryKind.DOCUMENT_REMOVED: [("document_removed", f"Dokument {_q('file_name')} entfernt", _names("file_name"))],
    HistoryKind.LOCATION_CREATED: [("location_created", f"Standort {_q('name')} angelegt", _texts("name"))],
    HistoryKind.LOCATION_EDITED: [("location_edited", f"Standort {_q('name')} bearbeitet", _texts("name"))],
    HistoryKind.LOCATION_DELETED: [("location_deleted", f"Standort {_q('name')} gelöscht", _texts("name"))],
    HistoryKind.CREATED: [
        ("contact_created", f"{_q('name')} am Standort {_q('location')} angelegt", _names("name", "location")),
        ("contact_created_plain", f"{_q('name')} angelegt", _names("name")),
    ],
    HistoryKind.EDITED: [
        (
            "contact_edited",
            f"{_q('name')} bearbeitet: (?P<fields>.+)",
            _with(lambda f: {"fields": joined(_fields(f["fields"]), ", ")}, "name"),
        ),
        ("contact_edited_plain", f"{_q('name')} bearbeitet", _names("name")),
    ],
    HistoryKind.ACTIVATED: [("activated", f"{_q('name')} aktiviert – Portalzugang wieder möglich", _names("name"))],
    HistoryKind.DEACTIVATED: [
        (
            "deactivated_until",
            rf"{_q('name')} deaktiviert \((?P<reason>.*) bis (?P<until>\d\d\.\d\d\.\d{{4}})\) – Portalzugang gesperrt",
            _with(lambda f: {"reason": reason_text(f["reason"]), "until": f["until"]}, "name"),
        ),
        (
            "deactivated",
            rf"{_q('name')} deaktiviert \((?P<reason>.*)\) – Portalzugang gesperrt",
            _with(lambda f: {"reason": reason_text(f["reason"])}, "name"),
        ),
    ],
    HistoryKind.HANDED_OVER: [
        (
            "handed_over",
            f"(?P<handed>.+) von {_q('name')} an {_q('successor')} übergeben",
            _with(
                lambda f: (lambda h: None if h is None else {"handed": h})(_handed(f["handed"])), "name", "successor"
            ),
        )
    ],
    HistoryKind.MOVED: [
        (
            "moved_with_location",
            rf"Von {_q('source')} nach {_q('target')} verschoben \(Standort gelöscht\)",
            _names("source", "target"),
        ),
        (
            "moved",
            f"{_q('name')} von {_q('source')} nach {_q('target')} verschoben",
            _names("name", "source", "target"),
        ),
    ],
    HistoryKind.DELETED: [("deleted", f"{_q('name')} gelöscht", _names("name"))],
    HistoryKind.MERGED: [
        ("merged", f"{_q('other')} wurde mit {_q('survivor')} zusammengeführt", _names("other", "survivor"))
    ],
    HistoryKind.NOT_DUPLICATE: [
        ("not_duplicate", f"{_q('a')} und {_q('b')} sind verschiedene Personen", _names("a", "b"))
    ],
    HistoryKind.ROLE_REPLACED: [
        (
            "role_replaced_one",
            rf"Kundenrolle {_q('name')} gelöscht: (?P<count>1) Ansprechpartner hat jetzt {_q('replacement')}",
            _with(lambda f: {"count": 1, "replacement": f["replacement"]}, "name", texts=True),
        ),
        (
            "role_replaced",
            rf"Kundenrolle {_q('name')} gelöscht: (?P<count>[\d.]+) Ansprechpartner (?:haben|hat) jetzt {_q('replacement')}",  # noqa: E501 - one shape per line reads best
            _with(lambda f: {"count": _count(f["count"]), "replacement": f["replacement"]}, "name", texts=True),
        ),
    ],
    HistoryKind.JOB_CREATED: [("job_created", f"Job {_q('title')} angelegt", _names("title"))],
    HistoryKind.JOB_RELEASED: [("job_released", f"Job {_q('title')} für Portale freigegeben", _names("title"))],
    HistoryKind.JOB_WITHDRAWN: [("job_withdrawn", f"Job {_q('title')} nicht mehr freigegeben", _names("title"))],
    HistoryKind.JOB_EDITED: [
        ("job_reopened", f"Job {_q('title')} wieder geöffnet", _names("title")),
        ("job_closed", f"Job {_q('title')} geschlossen", _names("title")),
    ],
    HistoryKind.PASSWORD_SET: [("password_set", f"Portal-Passwort für {_q('name')} gesetzt", _names("name"))],
    HistoryKind.IMPORTED: [
        (
            "imported_new_customer",
            rf"Import {_q('file')}: (?P<done>.*) \(Kunde {_q('client')} angelegt\)",
            _with(lambda f: (lambda d: None if d is None else {"done": d})(_done(f["done"])), "file", "client"),
        ),
        (
            "imported_plain_new_customer",
            rf"Import: (?P<done>.*) \(Kunde {_q('client')} angelegt\)",
            _with(lambda f: (lambda d: None if d is None else {"done": d})(_done(f["done"])), "client"),
        ),
        (
            "imported",
            f"Import {_q('file')}: (?P<done>.*)",
            _with(lambda f: (lambda d: None if d is None else {"done": d})(_done(f["done"])), "file"),
        ),
        (
            "imported_plain",
            "Import: (?P<done>.*)",
            lambda f: (lambda d: None if d is None else {"done": d})(_done(f["done"])),
        ),
    ],
}


def parse_sentence(kind: str, text: str) -> Message | None:
    """The Message an earlier version's German sentence of ``kind`` stands for, or None when the
    sentence has a shape this version does not know (it is then kept as literal text)."""
    try:
        shapes = _SHAPES.get(HistoryKind(kind), [])
    except ValueError:
        return None
    for text_id, pattern, parse in shapes:
        found = re.fullmatch(pattern, text, re.S)
        if found is None:
            continue
        params = parse(found)
        if params is None:
            continue
        return msg(HISTORY_TEXTS[text_id], **params)
    return None
