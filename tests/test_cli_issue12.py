"""The command line never makes an empty database by mistake and says why it refuses (issue 12)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kontaktverwaltung import cli
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.opening import close_database, open_database
from tests.factories import make_contact, make_customer, make_location


@pytest.fixture
def url(tmp_path) -> Iterator[str]:
    yield dbmod.sqlite_url(tmp_path / "kunden.sqlite3")
    close_database()


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture
def filled(url) -> str:
    open_database(url)
    ctx = Context("Test")
    location = make_location(ctx, make_customer(ctx))
    make_contact(ctx, location, "Anna", "Berger-abc", emails=("anna@alpenbau.at",))
    close_database()
    return url


def test_a_mistyped_sqlite_path_is_not_created_by_search(capsys, tmp_path):
    missing = tmp_path / "kundne.sqlite3"
    code, _, err = run(capsys, "--db", dbmod.sqlite_url(missing), "search", "Berger")
    assert code == 2 and "gibt es nicht" in err and str(missing) in err
    assert not missing.exists()


def test_a_search_term_starting_with_a_dash_needs_no_double_dash(capsys, filled):
    code, out, _ = run(capsys, "--db", filled, "search", "-abc")
    assert code == 0 and "Anna Berger-abc" in out
    code, out, _ = run(capsys, "--db", filled, "search", "-abc", "--customer", "K-999")
    assert code == 2


@pytest.mark.parametrize("query", ["", "   ", "\x00"])
def test_an_empty_search_exits_non_zero_with_a_message(capsys, filled, query):
    code, out, err = run(capsys, "--db", filled, "search", query)
    assert code != 0 and "Suchbegriff" in err and out == ""


def test_a_screenshot_that_cannot_be_written_says_why(capsys, filled, tmp_path):
    blocker = tmp_path / "eine-datei"
    blocker.write_text("kein Ordner")
    code, _, err = run(capsys, "--db", filled, "screenshot", str(blocker / "bild.png"))
    assert code == 2 and "Unerwarteter Fehler" not in err
    assert "bild.png" in err and ("Not a directory" in err or "Ordner" in err)
    code, _, err = run(capsys, "--db", filled, "screenshot", str(tmp_path / "bild.xyz"))
    assert code == 2 and ".png" in err
