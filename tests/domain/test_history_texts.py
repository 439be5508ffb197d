"""History entries say what happened as a text id and its values (schema 11), rendered in the
reader's language – and every German sentence an earlier version stored is read back (issue 11)."""

from __future__ import annotations

import json

import pytest

from kontaktverwaltung.domain.history_texts import HISTORY_TEXTS, decode, encode, parse_sentence
from kontaktverwaltung.domain.messages import T, german, msg, render

# (kind, sentence): every shape the code ever wrote into history_entry.text (git log -p of the
# services and the demo), with numbers, salutations, titles and reasons as they occur.
OLD_SENTENCES = [
    ("customer_created", "Kunde „Lindgruber GmbH“ angelegt"),
    ("customer_edited", "Kunde „Müller & Söhne KG“ bearbeitet"),
    ("document_added", "Dokument „Rahmenvertrag.pdf“ hinzugefügt"),
    ("document_removed", "Dokument „Rahmenvertrag.pdf“ entfernt"),
    ("location_created", "Standort „Werk Süd“ angelegt"),
    ("location_edited", "Standort „Werk Süd“ bearbeitet"),
    ("location_deleted", "Standort „Werk Süd“ gelöscht"),
    ("moved", "Von „Werk Süd“ nach „Zentrale Wien“ verschoben (Standort gelöscht)"),
    ("created", "„Frau Mag. Anna Müller“ am Standort „Zentrale Wien“ angelegt"),
    ("created", "„Herr Lorenz Schubert“ angelegt"),
    ("created", "„Kim Ober“ angelegt"),
    ("created", "„Frau Teresa Kral, BA“ angelegt"),
    ("edited", "„Frau Anna Müller“ bearbeitet: Vorname, Kontaktdaten, Kundenrolle"),
    ("edited", "„Frau Anna Müller“ bearbeitet"),
    ("activated", "„Frau Anna Müller“ aktiviert – Portalzugang wieder möglich"),
    ("deactivated", "„Herr Lorenz Schubert“ deaktiviert (Sonstiges) – Portalzugang gesperrt"),
    ("deactivated", "„Herr Lorenz Schubert“ deaktiviert (Karenz bis 31.12.2030) – Portalzugang gesperrt"),
    ("handed_over", "2 offene Jobs und die Kundenrolle von „Frau Anna Müller“ an „Herr Paul Gruber“ übergeben"),
    ("handed_over", "1 offener Job von „Frau Anna Müller“ an „Herr Paul Gruber“ übergeben"),
    ("handed_over", "0 offene Jobs von „Frau Anna Müller“ an „Paul Gruber“ übergeben"),
    ("moved", "„Frau Anna Müller“ von „Werk Süd“ nach „Zentrale Wien“ verschoben"),
    ("deleted", "„Frau Anna Müller“ gelöscht"),
    ("merged", "„Herr Leon Rosenhofer“ wurde mit „Frau Anita Oberbrunner“ zusammengeführt"),
    ("not_duplicate", "„Frau Anna Müller“ und „Frau Anna Mueller“ sind verschiedene Personen"),
    ("role_replaced", "Kundenrolle „Standard“ gelöscht: 1 Ansprechpartner hat jetzt „Nur Kontakt“"),
    ("role_replaced", "Kundenrolle „Standard“ gelöscht: 1.200 Ansprechpartner haben jetzt „Nur Kontakt“"),
    ("job_created", "Job „Projektleiter/in“ angelegt"),
    ("job_released", "Job „Projektleiter/in“ für Portale freigegeben"),
    ("job_withdrawn", "Job „Projektleiter/in“ nicht mehr freigegeben"),
    ("job_edited", "Job „Projektleiter/in“ wieder geöffnet"),
    ("job_edited", "Job „Projektleiter/in“ geschlossen"),
    ("password_set", "Portal-Passwort für „Frau Anna Müller“ gesetzt"),
    ("imported", "Import „adressen.csv“: 3 Ansprechpartner angelegt und 1 Ansprechpartner aktualisiert"),
    ("imported", "Import „adressen.csv“: 1 Ansprechpartner angelegt (Kunde „Neu GmbH“ angelegt)"),
    ("imported", "Import: 2 Ansprechpartner aktualisiert"),
    ("imported", "Import: 1 Ansprechpartner angelegt (Kunde „Neu GmbH“ angelegt)"),
]
UNKNOWN = ("edited", "Von Hand in der Datenbank eingetragen")


@pytest.mark.parametrize(("kind", "sentence"), OLD_SENTENCES)
def test_every_sentence_an_earlier_version_wrote_is_read_back_exactly(kind, sentence):
    message = parse_sentence(kind, sentence)
    assert message is not None
    assert german(message) == sentence  # nothing lost: the German reads as before
    stored = encode(message)
    assert "„" not in stored and sentence not in stored  # a text id and values, not the sentence
    assert german(decode(stored)) == sentence


@pytest.mark.parametrize(("kind", "sentence"), OLD_SENTENCES)
def test_every_old_sentence_reads_in_english(english, kind, sentence):
    shown = render(decode(encode(parse_sentence(kind, sentence))))  # type: ignore[arg-type]
    assert shown and "„" not in shown and " angelegt" not in shown and "Frau " not in shown


def test_a_sentence_of_unknown_shape_is_kept_as_written():
    assert parse_sentence(*UNKNOWN) is None
    assert parse_sentence("no_such_kind", "Kunde „X“ angelegt") is None


def test_what_is_stored_is_the_id_and_the_values(english):
    from kontaktverwaltung.domain.contact import name_text, reason_text

    said = msg(
        HISTORY_TEXTS["deactivated_until"],
        name=name_text("Frau", "Mag.", "Anna", "Müller"),
        reason=reason_text("Karenz"),
        until="31.12.2030",
    )
    stored = json.loads(encode(said))
    assert stored["text"] == "deactivated_until"
    assert stored["params"]["reason"] == {"reason": "Karenz"}
    assert stored["params"]["name"]["parts"][0] == {"salutation": "Frau"}
    assert render(decode(encode(said))) == (
        "“Ms Mag. Anna Müller” deactivated (Parental leave until 31.12.2030) – portal access blocked"
    )


def test_an_id_this_version_does_not_know_still_shows_its_values():
    shown = render(decode('{"text": "from_the_future", "params": {"name": "Anna"}}'))
    assert shown == "Anna"


def test_a_text_not_registered_is_kept_by_its_key_and_still_shown():
    stored = encode(msg(T("Kunde „{name}“ anlegen"), name="X"))
    assert german(decode(stored)) == "Kunde „X“ anlegen"


def test_every_history_text_a_service_records_is_registered():
    """A new history text of a service must get a stable id in HISTORY_TEXTS (and a shape in the
    migration's list, if older versions wrote it): the services' T() texts next to record_history."""
    import ast
    from pathlib import Path

    services = Path(__file__).resolve().parents[2] / "src" / "kontaktverwaltung" / "services"
    missing = []
    for path in sorted(services.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "record_history":
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(inner.func, "id", "") == "T":
                        key = inner.args[0].value  # type: ignore[attr-defined]
                        if key not in HISTORY_TEXTS.values():
                            missing.append(f"{path.name}: {key}")
    assert missing == []


def test_the_history_names_what_was_done_to_what_in_one_vocabulary():
    """Issue 14 item 9: "Angelegt" beside "Kunde angelegt" – every kind says what it was done to."""
    from kontaktverwaltung.domain.history import HistoryKind

    subjects = ("Kunde ", "Standort ", "Ansprechpartner ", "Dokument ", "Job", "Passwort ", "Benutzername ",
                "Kundenrolle ", "An Nachfolger ", "Als ", "Importiert")  # fmt: skip
    for kind in HistoryKind:
        assert kind.label_de.startswith(subjects), kind
    assert HistoryKind.CREATED.label_de == "Ansprechpartner angelegt"
