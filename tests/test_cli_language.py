"""The command line speaks KV_LANGUAGE (issue 11 item 2): its lines, its errors and the "message"
fields of its JSON – the JSON keys and reason keys stay those of the automation contract."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kontaktverwaltung import cli
from kontaktverwaltung.domain import messages
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.opening import close_database
from kontaktverwaltung.store.schema import LATEST

IMPORTS = Path(__file__).resolve().parent / "fixtures" / "import"


@pytest.fixture
def url(tmp_path) -> Iterator[str]:
    yield dbmod.sqlite_url(tmp_path / "kunden.sqlite3")
    close_database()
    messages.install(None)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_in_english_the_command_line_says_everything_in_english(capsys, url, monkeypatch):
    monkeypatch.setenv("KV_LANGUAGE", "en")
    code, out, _ = run(capsys, "--db", url, "demo", "--customers", "3", "--seed", "2")
    assert code == 0 and "Done in" in out and "3 clients" in out and "Fertig" not in out
    code, out, _ = run(capsys, "--db", url, "migrate")
    assert code == 0 and out.strip().endswith(f"is at schema version {LATEST}.")
    code, _, err = run(capsys, "--db", url, "search", "--customer", "K-10000")
    assert code == 2 and err.strip() == "Error: Please give a search term, e.g.: kontaktverwaltung search Miller"
    code, _, err = run(capsys, "--db", url, "search", "a", "--customer", "K-999")
    assert code == 2 and err.startswith("Error: ") and "K-999" in err and "Kunde" not in err
    code, out, err = run(capsys, "--db", url, "search", "a")
    assert code == 0 and err.strip().endswith(("hits", "please narrow the search"))
    assert "Frau " not in out and "Herr " not in out  # salutations in English: Ms, Mr


def test_json_keeps_its_keys_and_says_its_messages_in_the_chosen_language(capsys, url, monkeypatch):
    csv = IMPORTS / "outlook_de.csv"
    monkeypatch.setenv("KV_LANGUAGE", "de")
    code, out, _ = run(capsys, "--db", url, "import", str(csv), "--dry-run", "--json")
    german = json.loads(out)
    monkeypatch.setenv("KV_LANGUAGE", "en")
    code, out, _ = run(capsys, "--db", url, "import", str(csv), "--dry-run", "--json")
    english = json.loads(out)
    assert code == 0 and set(english) == set(german) == {
        "import_id",
        "created",
        "updated",
        "unchanged",
        "skipped",
        "problems",
    }
    assert [set(p) for p in english["problems"]] == [set(p) for p in german["problems"]]
    assert english["problems"], "the fixture has rows with notes"
    pairs = [(e["message"], g["message"]) for e, g in zip(english["problems"], german["problems"], strict=True)]
    assert all(e != g for e, g in pairs)  # the same notes, said in English


def test_without_kv_language_the_command_line_stays_german(capsys, url, monkeypatch):
    monkeypatch.delenv("KV_LANGUAGE", raising=False)
    assert run(capsys, "--db", url, "migrate")[0] == 0
    code, _, err = run(capsys, "--db", url, "search", "")
    assert code == 2 and err.startswith("Fehler: Bitte einen Suchbegriff angeben")


def test_a_language_without_a_catalogue_falls_back_to_german(capsys, url, monkeypatch):
    monkeypatch.setenv("KV_LANGUAGE", "fr")
    code, _, err = run(capsys, "--db", url, "search", "")
    assert code == 2 and err.startswith("Fehler: ")


@pytest.mark.parametrize(
    ("language", "said", "not_said"),
    [
        (
            "en",
            ["[FILE]", "--customer NUMBER", "only check and report, write nothing", "undo the last import"],
            "Datei",
        ),
        ("", ["[DATEI]", "--customer NUMMER", "nur prüfen und berichten, nichts schreiben"], "write nothing"),
    ],
    ids=["english", "german"],
)
def test_the_import_help_speaks_the_language_and_keeps_the_options(capsys, url, monkeypatch, language, said, not_said):
    monkeypatch.setenv("KV_LANGUAGE", language)
    with pytest.raises(SystemExit) as exit_code:
        cli.main(["import", "--help"])
    out = capsys.readouterr().out
    assert exit_code.value.code == 0
    assert all(text in out for text in said), out
    assert not_said not in out
    assert all(option in out for option in ("--customer", "--dry-run", "--json", "--undo-last"))  # the contract's


GERMAN_ONLY = ("Aufruf", "Optionen", "Kunde", "Datenbank", "Ansprechpartner", "BEFEHL", "DATEI", "NUMMER", "zeigen")
ENGLISH_ONLY = ("usage", "options:", "positional", "show this help", "client", "COMMAND", "FILE", "NUMBER")


@pytest.mark.parametrize("command", [[], ["demo"], ["search"], ["screenshot"], ["export"], ["duplicates"], ["sync"]])
@pytest.mark.parametrize(("language", "foreign"), [("en", GERMAN_ONLY), ("", ENGLISH_ONLY)], ids=["english", "german"])
def test_every_help_page_speaks_one_language(capsys, url, monkeypatch, command, language, foreign):
    """argparse's own words too (usage line, section titles, -h): no mixed-language help."""
    monkeypatch.setenv("KV_LANGUAGE", language)
    with pytest.raises(SystemExit) as exit_code:
        cli.main([*command, "--help"])
    out = capsys.readouterr().out
    assert exit_code.value.code == 0 and out
    assert not [word for word in foreign if word in out], out


def test_a_wrong_argument_is_reported_in_the_language(capsys, url, monkeypatch):
    monkeypatch.setenv("KV_LANGUAGE", "")
    with pytest.raises(SystemExit) as exit_code:
        cli.main(["search", "Müller", "Maier"])
    err = capsys.readouterr().err
    assert exit_code.value.code == 2
    assert err.startswith("Aufruf: kontaktverwaltung") and "Fehler: unbekannte Argumente: Maier" in err


@pytest.mark.parametrize(
    ("arguments", "german", "english"),
    [
        (["frobnicate"], "Argument BEFEHL: 'frobnicate' gibt es nicht (möglich: ", "argument COMMAND: invalid choice"),
        (
            ["demo", "--customers", "viele"],
            "Argument --customers: 'viele' ist kein gültiger Wert",
            "invalid value: 'viele'",
        ),
        (["--db"], "Argument --db: hier fehlt der Wert", "argument --db: expected one argument"),
    ],
)
def test_argparse_s_own_words_on_a_wrong_argument_speak_the_language(
    capsys, url, monkeypatch, arguments, german, english
):
    for language, said in (("", german), ("en", english)):
        monkeypatch.setenv("KV_LANGUAGE", language)
        with pytest.raises(SystemExit) as exit_code:
            cli.main(arguments)
        err = capsys.readouterr().err
        assert exit_code.value.code == 2 and said in err, err
        if not language:
            assert not [word for word in ("invalid", "expected", "argument ", "choose") if word in err], err


def test_every_text_argparse_says_of_a_wrong_argument_has_ours():
    """The patterns follow argparse's texts in the Python running here: each error it can give a
    command line like ours is recognised (a changed text would come out in English only)."""

    class Said(Exception):
        pass

    class Parser(argparse.ArgumentParser):
        def error(self, message):
            raise Said(message)

    parser = Parser(prog="kv")
    parser.add_argument("command", choices=["demo", "sync"])
    parser.add_argument("--count", type=int)
    parser.add_argument("--one", nargs="?")
    parser.add_argument("--two", nargs=2)
    parser.add_argument("--some", nargs="+")
    either = parser.add_mutually_exclusive_group()
    either.add_argument("--json", action="store_true")
    either.add_argument("--csv", action="store_true")
    needed = Parser(prog="kv")
    needed.add_argument("file")
    one_of = Parser(prog="kv")
    one_of.add_mutually_exclusive_group(required=True).add_argument("--a")
    cases = [
        (parser, ["frobnicate"]),
        (parser, ["demo", "--count", "x"]),
        (parser, ["demo", "--two", "a"]),
        (parser, ["demo", "--some"]),
        (parser, ["demo", "--json", "--csv"]),
        (parser, ["demo", "--co", "1", "--c"]),
        (parser, ["demo", "extra"]),
        (parser, ["demo", "--json=1"]),
        (parser, ["demo", "--c=a b"]),
        (needed, []),
        (one_of, []),
    ]
    messages.install(None)  # German
    for which, arguments in cases:
        with pytest.raises(Said) as said:
            which.parse_args(arguments)
        assert cli.in_our_words(str(said.value)) != str(said.value), str(said.value)
