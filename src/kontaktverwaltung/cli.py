"""The command line: ``kontaktverwaltung [--db URL] [COMMAND]``. Without a command the window opens."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kontaktverwaltung import __version__
from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.domain.text import german_number as _n

if TYPE_CHECKING:
    from kontaktverwaltung.store.urls import DatabaseChoice

log = logging.getLogger("kontaktverwaltung")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kontaktverwaltung",
        description="Kunden, Standorte und Ansprechpartner verwalten. Ohne Befehl öffnet sich das Programmfenster.",
    )
    parser.add_argument("--version", action="version", version=f"Kontaktverwaltung {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="Datenbank, z. B. sqlite:////absoluter/pfad/daten.sqlite3 (vier Schrägstriche; drei für einen Pfad "
        "relativ zum aktuellen Ordner), postgresql://benutzer@host/db oder "
        "mysql://benutzer@host/db?mariadb=true. Gilt nur für diesen Aufruf; Standard: die unter Datei → "
        "Datenbank… gewählte, sonst die lokale Datenbank im Benutzerordner",
    )
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL")
    demo = commands.add_parser("demo", help="Datenbank mit realistischen Demodaten füllen")
    demo.add_argument("--customers", type=int, default=200, metavar="N", help="Anzahl der Kunden (Standard 200)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="Zufallsstartwert: gleicher Wert, gleiche Daten")
    commands.add_parser("migrate", help="Datenbankschema anlegen oder auf den neuesten Stand bringen")
    search = commands.add_parser("search", help="Ansprechpartner in allen Kunden suchen")
    search.add_argument(
        "query", nargs="?", default=None, help="Name, E-Mail, Telefonnummer, Position, Abteilung oder Standort"
    )
    search.add_argument("--customer", metavar="NUMMER", help="nur bei diesem Kunden suchen")
    shot = commands.add_parser("screenshot", help="Hauptfenster (1280×800) als PNG speichern und beenden")
    shot.add_argument("file", type=Path, metavar="DATEI.png")
    shot.add_argument("--customer", metavar="NUMMER", help="diesen Kunden geöffnet zeigen")
    return parser


# Messages of the command line (German, English: English goes with the catalogue at merge).
NO_QUERY_DE = "Bitte einen Suchbegriff angeben, z. B.: kontaktverwaltung search Müller"
NO_SUCH_FILE_DE = (
    "Die Datenbankdatei „{path}“ gibt es nicht. Bitte den Pfad prüfen; eine neue Datenbank legen "
    "„migrate“, „demo“ und „import“ an."
)
SCREENSHOT_FOLDER_DE = "Der Ordner für das Bild „{file}“ kann nicht angelegt werden: {reason}"
SCREENSHOT_FILE_DE = "Das Bild „{file}“ kann nicht geschrieben werden: {reason}"
SCREENSHOT_FORMAT_DE = "„{file}“: Bilder werden als .png (oder .jpg, .bmp) gespeichert."
# Only these may create a database that does not exist yet (and the window, at its first start).
CREATING_COMMANDS = frozenset({"migrate", "demo", "import"})


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Arguments as typed; a search term that starts with a dash ("-abc") needs no "--" before it."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.command == "search":
        words = ([args.query] if args.query is not None else []) + extra
        if len(words) > 1:
            parser.error(f"unbekannte Argumente: {' '.join(words[1:])}")
        args.query = words[0] if words else ""
    elif extra:
        parser.error(f"unbekannte Argumente: {' '.join(extra)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    try:
        url = args.db or _url_from_settings(args.command is None)
        if url is None:
            print("Abgebrochen.", file=sys.stderr)
            return 1
        if args.command is None:
            from kontaktverwaltung.app import run_gui

            return run_gui(url, from_settings=args.db is None)
        if args.command == "screenshot":
            from kontaktverwaltung.app import screenshot

            _refuse_missing_sqlite_file(url)
            _check_writable(args.file)
            screenshot(url, args.file, args.customer)
            print(f"Bildschirmfoto gespeichert: {args.file}")
            return 0
        return _run_command(url, args)
    except DomainError as error:
        print(f"Fehler: {error.message()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 130
    except Exception as error:  # never a traceback for the user; the log keeps it
        log.debug("unexpected error", exc_info=True)
        print(f"Unerwarteter Fehler: {error}", file=sys.stderr)
        return 1


def _refuse_missing_sqlite_file(url: str) -> None:
    """A mistyped path in --db must not become a new, empty database that then answers "0 Treffer"."""
    from kontaktverwaltung.store.urls import backend_of, sqlite_path

    if backend_of(url) != "sqlite":
        return
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise DomainError.of(NO_SUCH_FILE_DE.format(path=path), f"The database file “{path}” does not exist.", "db")


def _check_writable(file: Path) -> None:
    """Before the window is built: the image can be written where asked, or why not."""
    if file.suffix.lower() not in (".png", ".jpg", ".jpeg", ".bmp"):
        raise DomainError.of(SCREENSHOT_FORMAT_DE.format(file=file), f"“{file}”: images are saved as .png.")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or str(error)
        raise DomainError.of(
            SCREENSHOT_FOLDER_DE.format(file=file, reason=reason),
            f"The folder for the image “{file}” cannot be created: {reason}",
        ) from error
    existed = file.exists()
    try:
        with file.open("ab"):
            pass
    except OSError as error:
        reason = error.strerror or str(error)
        raise DomainError.of(
            SCREENSHOT_FILE_DE.format(file=file, reason=reason), f"The image “{file}” cannot be written: {reason}"
        ) from error
    if not existed:
        file.unlink()


def _url_from_settings(window: bool) -> str | None:
    """The database the workstation's settings name (Datei → Datenbank…; by default the local
    file), with its password from the OS vault. Where there is no vault the password is asked
    for: in a dialog for the window, at the terminal for a command. None: the user cancelled."""
    from kontaktverwaltung.ui.settings import configured_url

    if window:
        from kontaktverwaltung.app import ask_database_password

        return configured_url(ask_database_password)
    return configured_url(_ask_password_in_terminal)


def _ask_password_in_terminal(choice: DatabaseChoice) -> str | None:
    if not sys.stdin.isatty():
        return ""  # nobody to ask: try without; a refused login says so
    try:
        return getpass.getpass(f"Passwort für {choice.password_key}: ")
    except (EOFError, KeyboardInterrupt):
        return None


def main_gui() -> int:
    """Entry point of the windowed launcher (no console window on Windows)."""
    return main(sys.argv[1:])


def _run_command(url: str, args: argparse.Namespace) -> int:
    from kontaktverwaltung.store.db import describe_url
    from kontaktverwaltung.store.opening import open_database

    def migration_step(version: int, latest: int) -> None:
        print(f"Schema wird aktualisiert: Version {version} von {latest} …")

    if args.command not in CREATING_COMMANDS:
        _refuse_missing_sqlite_file(url)
    if args.command == "search":
        from kontaktverwaltung.domain.search import query_tokens

        if not query_tokens(args.query):
            raise DomainError.of(NO_QUERY_DE, "Please give a search term, e.g.: kontaktverwaltung search Miller")
    open_database(url, migration_step)
    if args.command == "migrate":
        from kontaktverwaltung.store.schema import LATEST

        print(f"Datenbank {describe_url(url)} ist auf Schema-Version {LATEST}.")
        return 0
    if args.command == "demo":
        from kontaktverwaltung.services.demo import DEMO_PASSWORD, generate

        started = time.perf_counter()
        summary = generate(args.customers, args.seed, progress=print)
        seconds = time.perf_counter() - started
        print(
            f"Fertig in {seconds:.1f} s: {_n(summary.customers)} Kunden, {_n(summary.locations)} Standorte, "
            f"{_n(summary.contacts)} Ansprechpartner, {_n(summary.channels)} E-Mail-Adressen und "
            f"Telefonnummern, {_n(summary.jobs)} Jobs, {_n(summary.history_entries)} History-Einträge."
        )
        if summary.big_customer_number:
            print(f"Großkunde mit 10.000 Ansprechpartnern: {summary.big_customer_number}")
        print(f"Portal-Passwort der Demo-Ansprechpartner mit Zugang: {DEMO_PASSWORD}")
        return 0
    if args.command == "search":
        from kontaktverwaltung.services.customers import customer_id_by_number
        from kontaktverwaltung.services.search import search_contacts

        customer_id = customer_id_by_number(args.customer) if args.customer else None
        result = search_contacts(args.query, customer_id)
        for hit in result.hits:
            status = "" if hit.active else " (inaktiv)"
            print(
                f"{hit.display_name}{status}\t{hit.position}\t{hit.primary_email}\t{hit.primary_phone}\t"
                f"{hit.customer_number} {hit.customer_name} / {hit.location_name}"
            )
        more = " – es gibt mehr, bitte die Suche eingrenzen" if result.more else ""
        print(f"{len(result.hits)} Treffer{more}", file=sys.stderr)
        return 0
    raise AssertionError(args.command)
