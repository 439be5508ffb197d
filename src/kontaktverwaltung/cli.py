"""The command line: ``kontaktverwaltung [--db URL] [COMMAND]``. Without a command the window opens."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import re
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from kontaktverwaltung import __version__
from kontaktverwaltung.domain import messages
from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.domain.messages import T, msg, render

if TYPE_CHECKING:
    from kontaktverwaltung.domain.urls import DatabaseChoice

log = logging.getLogger("kontaktverwaltung")


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, messages.translate(T("Aufruf: ")) if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse speaking the command line's language in its own words too: the usage line, the
    section titles and -h (install_language runs before the parser is built)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        tr = messages.translate
        self._positionals.title = tr(T("Argumente"))
        self._optionals.title = tr(T("Optionen"))
        self.add_argument("-h", "--help", action="help", help=tr(T("diese Hilfe zeigen und beenden")))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        problem = in_our_words(message)
        self.exit(2, render(msg(T("{program}: Fehler: {problem}"), program=self.prog, problem=problem)) + "\n")


# What argparse says of a wrong argument, in English only (it has no catalogue of ours): its texts
# as patterns (Python 3.11-3.13), each with ours. A text not among them is passed on as it is.
_ARGPARSE_TEXTS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(pattern, re.DOTALL), key)
    for pattern, key in (
        (r"argument (?P<argument>\S+): (?P<detail>.+)", T("Argument {argument}: {detail}")),
        (
            r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)",
            T("{value} gibt es nicht (möglich: {choices})"),
        ),
        (r"invalid \S+ value: (?P<value>.+)", T("{value} ist kein gültiger Wert")),
        (r"expected one argument", T("hier fehlt der Wert")),
        (r"expected at most one argument", T("höchstens ein Wert")),
        (r"expected at least one argument", T("mindestens ein Wert")),
        (r"expected (?P<count>\d+) arguments?", T("{count} Werte erwartet")),
        (r"the following arguments are required: (?P<names>.+)", T("diese Angaben fehlen: {names}")),
        (r"unrecognized arguments: (?P<arguments>.+)", T("unbekannte Argumente: {arguments}")),
        (r"ambiguous option: (?P<option>.+?) could match (?P<matches>.+)", T("{option} ist mehrdeutig: {matches}")),
        (r"ignored explicit argument (?P<value>.+)", T("nimmt keinen Wert an, auch nicht {value}")),
        (r"not allowed with argument (?P<other>.+)", T("nicht zusammen mit {other}")),
        (r"one of the arguments (?P<names>.+) is required", T("eine dieser Angaben fehlt: {names}")),
    )
]


def in_our_words(message: str) -> str:
    """argparse's text of a wrong argument in the command line's language (KV_LANGUAGE)."""
    for pattern, key in _ARGPARSE_TEXTS:
        found = pattern.fullmatch(message)
        if found is not None:
            params = {
                name: in_our_words(value) if name == "detail" else value for name, value in found.groupdict().items()
            }
            return render(msg(key, **params))
    return message


def build_parser() -> argparse.ArgumentParser:
    tr = messages.translate
    parser = _Parser(
        prog="kontaktverwaltung",
        description=tr(
            T("Kunden, Standorte und Ansprechpartner verwalten. Ohne Befehl öffnet sich das Programmfenster.")
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Kontaktverwaltung {__version__}",
        help=tr(T("die Versionsnummer zeigen und beenden")),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=tr(
            T(
                "Datenbank, z. B. sqlite:////absoluter/pfad/daten.sqlite3 (vier Schrägstriche; drei für einen Pfad "
                "relativ zum aktuellen Ordner), postgresql://benutzer@host/db oder "
                "mysql://benutzer@host/db?mariadb=true. Gilt nur für diesen Aufruf; Standard: die unter Datei → "
                "Datenbank… gewählte, sonst die lokale Datenbank im Benutzerordner"
            )
        ),
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        help=tr(
            T(
                "auf der Offline-Kopie des Servers aus --db arbeiten, ohne ihn zu kontaktieren; Änderungen "
                "warten auf das nächste „sync“"
            )
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar=tr(T("BEFEHL", "Platzhalter")))
    number = tr(T("NUMMER", "Platzhalter"))
    demo = commands.add_parser("demo", help=tr(T("Datenbank mit realistischen Demodaten füllen")))
    demo.add_argument("--customers", type=int, default=200, metavar="N", help=tr(T("Anzahl der Kunden (Standard 200)")))
    demo.add_argument(
        "--seed", type=int, default=1, metavar="S", help=tr(T("Zufallsstartwert: gleicher Wert, gleiche Daten"))
    )
    commands.add_parser("migrate", help=tr(T("Datenbankschema anlegen oder auf den neuesten Stand bringen")))
    search = commands.add_parser("search", help=tr(T("Ansprechpartner in allen Kunden suchen")))
    search.add_argument(
        "query", nargs="?", default=None, help=tr(T("Name, E-Mail, Telefonnummer, Position, Abteilung oder Standort"))
    )
    search.add_argument("--customer", metavar=number, help=tr(T("nur bei diesem Kunden suchen")))
    shot = commands.add_parser("screenshot", help=tr(T("Hauptfenster (1280×800) als PNG speichern und beenden")))
    shot.add_argument("file", type=Path, metavar=tr(T("DATEI.png", "Platzhalter")))
    shot.add_argument("--customer", metavar=number, help=tr(T("diesen Kunden geöffnet zeigen")))
    _add_export_parser(commands)
    _add_duplicates_parser(commands)
    _add_import_parser(commands)
    syncing = commands.add_parser(
        "sync",
        help=tr(
            T("Offline-Kopie und Server abgleichen: erst die eigenen Änderungen senden, dann die des Servers holen")
        ),
    )
    syncing.add_argument(
        "--json", action="store_true", help=tr(T('Ergebnis als ein JSON-Objekt {"sent", "received", "conflicts"}'))
    )
    return parser


def _add_import_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    tr = messages.translate
    importing = commands.add_parser(
        "import",
        help=tr(T("Kontakte aus vCard, CSV oder Excel (.xlsx) importieren, oder den letzten Import rückgängig machen")),
    )
    importing.add_argument(
        "file", nargs="?", type=Path, metavar=tr(T("DATEI", "Platzhalter")), help=tr(T("vCard-, CSV- oder .xlsx-Datei"))
    )
    importing.add_argument(
        "--customer", metavar=tr(T("NUMMER", "Platzhalter")), help=tr(T("alle Zeilen diesem Kunden zuordnen"))
    )
    importing.add_argument("--dry-run", action="store_true", help=tr(T("nur prüfen und berichten, nichts schreiben")))
    importing.add_argument("--json", action="store_true", help=tr(T("Ergebnis als ein JSON-Objekt ausgeben")))
    importing.add_argument(
        "--undo-last", action="store_true", help=tr(T("den letzten Import als einen Schritt rückgängig machen"))
    )


def _add_duplicates_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    tr = messages.translate
    duplicates = commands.add_parser("duplicates", help=tr(T("wahrscheinliche Dubletten mit ihren Gründen auflisten")))
    duplicates.add_argument(
        "--customer",
        metavar=tr(T("NUMMER", "Platzhalter")),
        help=tr(T("nur bei diesem Kunden (Standard: alle Kunden)")),
    )
    duplicates.add_argument(
        "--json", action="store_true", help=tr(T('als JSON-Liste von {"a", "b", "reasons"} (a, b: Kontakt-IDs)'))
    )


def _add_export_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    tr = messages.translate
    file = tr(T("DATEI", "Platzhalter"))
    export = commands.add_parser(
        "export",
        help=tr(T("Ansprechpartner exportieren: vCard, CSV, Excel (.xlsx) oder PDF-Kontaktblatt eines Kunden")),
    )
    export.add_argument("file", type=Path, metavar=file, help=tr(T("Zieldatei (mit --per-contact: ein Ordner)")))
    export.add_argument(
        "--format", metavar="FORMAT", help=tr(T("vcf, csv, xlsx oder pdf (Standard: nach der Endung der DATEI)"))
    )
    export.add_argument(
        "--customer",
        metavar=tr(T("NUMMER", "Platzhalter")),
        help=tr(T("nur die Ansprechpartner dieses Kunden (für pdf nötig)")),
    )
    export.add_argument(
        "--vcard-version", default="3.0", metavar="VERSION", help=tr(T("vCard 3.0 (Standard) oder 4.0"))
    )
    export.add_argument(
        "--per-contact",
        action="store_true",
        help=tr(
            T(
                "vCard: eine Datei je Ansprechpartner in den Ordner DATEI (Outlook liest nur die erste Karte einer Datei)"  # noqa: E501
            )
        ),
    )


# Messages of the command line (German source texts; the catalogue translates them).
NO_QUERY = T("Bitte einen Suchbegriff angeben, z. B.: kontaktverwaltung search Müller")
NO_SUCH_FILE = T(
    "Die Datenbankdatei „{path}“ gibt es nicht. Bitte den Pfad prüfen; eine neue Datenbank legen "
    "„migrate“, „demo“ und „import“ an."
)
SCREENSHOT_FOLDER = T("Der Ordner für das Bild „{file}“ kann nicht angelegt werden: {reason}")
SCREENSHOT_FILE = T("Das Bild „{file}“ kann nicht geschrieben werden: {reason}")
SCREENSHOT_FORMAT = T("„{file}“: Bilder werden als .png (oder .jpg, .bmp) gespeichert.")
CANCELLED = T("Abgebrochen.")
# Only these may create a database that does not exist yet (and the window, at its first start).
CREATING_COMMANDS = frozenset({"migrate", "demo", "import"})
# Not on an offline copy: fake data or a schema step would be sent to the server as the user's
# changes, and a sync needs the server.
NOT_OFFLINE = frozenset({"demo", "migrate", "sync"})
NOT_WITH_OFFLINE = T("„{command}“ geht nicht mit --offline.")


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Arguments as typed; a search term that starts with a dash ("-abc") needs no "--" before it."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.command == "search":
        words = ([args.query] if args.query is not None else []) + extra
        if len(words) > 1:
            parser.error(render(msg(T("unbekannte Argumente: {arguments}"), arguments=" ".join(words[1:]))))
        args.query = words[0] if words else ""
    elif extra:
        parser.error(render(msg(T("unbekannte Argumente: {arguments}"), arguments=" ".join(extra))))
    return args


def say(key: str, stream: TextIO | None = None, **params: Any) -> None:
    """Print a text of the command line (``T("…")``) in the language it speaks (KV_LANGUAGE)."""
    print(render(msg(key, **params)), file=stream)


def install_language(environment: Mapping[str, str] = os.environ) -> None:
    """The command line speaks KV_LANGUAGE ("en"; German without it, or for a language it has no
    catalogue for): its lines, its errors and the "message" fields of its JSON. The JSON keys and
    the reason keys stay as the automation contract has them. No Qt: the JSON catalogue
    (docs/translations.md)."""
    wish = environment.get("KV_LANGUAGE", "").strip().lower()
    messages.install_catalogue(wish) if wish else messages.install(None)


def main(argv: Sequence[str] | None = None) -> int:
    install_language()
    args = _parse(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    try:
        url = args.db or _url_from_settings(args.command is None)
        if url is None:
            say(CANCELLED, stream=sys.stderr)
            return 1
        if args.offline:
            url = _offline_url(url, args.command)
        if args.command is None:
            from kontaktverwaltung.app import run_gui

            return run_gui(url, from_settings=args.db is None and not args.offline)
        if args.command == "sync":
            return _sync(url, args.json)
        if args.command == "screenshot":
            from kontaktverwaltung.app import screenshot

            _refuse_missing_sqlite_file(url)
            _check_writable(args.file)
            screenshot(url, args.file, args.customer)
            say(T("Bildschirmfoto gespeichert: {file}"), file=args.file)
            return 0
        return _run_command(url, args)
    except DomainError as error:
        say(T("Fehler: {problem}"), stream=sys.stderr, problem=error.message())
        return 2
    except KeyboardInterrupt:
        say(CANCELLED, stream=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader stopped early (`… | head`): what it wanted has arrived, nothing went wrong.
        # Point stdout at devnull so the interpreter's final flush does not fail once more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # never a traceback for the user; the log keeps it
        log.debug("unexpected error", exc_info=True)
        say(T("Unerwarteter Fehler: {error}"), stream=sys.stderr, error=error)
        return 1


def _offline_url(server_url: str, command: str | None) -> str:
    """``--offline``: the offline copy of the server (R14), never the server itself."""
    from kontaktverwaltung.services import sync

    if command in NOT_OFFLINE:
        raise DomainError.of(NOT_WITH_OFFLINE, command=command)
    if not sync.is_syncable(server_url):
        raise DomainError.of(sync.NO_COPY_NEEDED, "db")
    if not sync.has_offline_copy(server_url):
        from kontaktverwaltung.domain.urls import describe_url

        raise DomainError.of(sync.NO_COPY_YET, "db", where=describe_url(server_url))
    return sync.offline_copy_url(server_url)


def _sync(url: str, as_json: bool) -> int:
    """``sync [--json]`` (R14): the workstation's changes to the server, then the server's to the copy."""
    import json

    from kontaktverwaltung.services import sync

    result = sync.sync(url)
    if as_json:
        print(json.dumps(result.as_json(), ensure_ascii=False, default=str))
        return 0
    say(
        T("Abgeglichen: {sent:n} Änderungen gesendet, {received:n} vom Server übernommen, {conflicts:n} Konflikte."),
        sent=result.sent,
        received=result.received,
        conflicts=len(result.conflicts),
    )
    for conflict in result.conflicts:
        print(f"{conflict.id}\t{render(conflict.what)}")
    return 0


def _refuse_missing_sqlite_file(url: str) -> None:
    """A mistyped path in --db must not become a new, empty database that then answers "0 Treffer"."""
    from kontaktverwaltung.domain.urls import backend_of, sqlite_path

    if backend_of(url) != "sqlite":
        return
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise DomainError.of(NO_SUCH_FILE, "db", path=path)


def _check_writable(file: Path) -> None:
    """Before the window is built: the image can be written where asked, or why not."""
    if file.suffix.lower() not in (".png", ".jpg", ".jpeg", ".bmp"):
        raise DomainError.of(SCREENSHOT_FORMAT, file=file)
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or str(error)
        raise DomainError.of(SCREENSHOT_FOLDER, file=file, reason=reason) from error
    existed = file.exists()
    try:
        with file.open("ab"):
            pass
    except OSError as error:
        reason = error.strerror or str(error)
        raise DomainError.of(SCREENSHOT_FILE, file=file, reason=reason) from error
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
        say(T("Schema wird aktualisiert: Version {version} von {latest} …"), version=version, latest=latest)

    if args.command not in CREATING_COMMANDS:
        _refuse_missing_sqlite_file(url)
    if args.command == "search":
        from kontaktverwaltung.domain.search import query_tokens

        if not query_tokens(args.query):
            raise DomainError.of(NO_QUERY)
    open_database(url, migration_step)
    if args.command == "migrate":
        from kontaktverwaltung.store.schema import LATEST

        say(T("Datenbank {database} ist auf Schema-Version {version}."), database=describe_url(url), version=LATEST)
        return 0
    if args.command == "demo":
        from kontaktverwaltung.services.demo import DEMO_PASSWORD, generate

        started = time.perf_counter()
        summary = generate(args.customers, args.seed, progress=print)
        seconds = time.perf_counter() - started
        say(
            T(
                "Fertig in {seconds} s: {clients:n} Kunden, {locations:n} Standorte, {contacts:n} "
                "Ansprechpartner, {channels:n} E-Mail-Adressen und Telefonnummern, {jobs:n} Jobs, "
                "{history:n} History-Einträge."
            ),
            seconds=f"{seconds:.1f}",
            clients=summary.customers,
            locations=summary.locations,
            contacts=summary.contacts,
            channels=summary.channels,
            jobs=summary.jobs,
            history=summary.history_entries,
        )
        if summary.big_customer_number:
            say(T("Großkunde mit 10.000 Ansprechpartnern: {number}"), number=summary.big_customer_number)
        say(T("Portal-Passwort der Demo-Ansprechpartner mit Zugang: {password}"), password=DEMO_PASSWORD)
        return 0
    if args.command == "search":
        from kontaktverwaltung.services.customers import customer_id_by_number
        from kontaktverwaltung.services.search import search_contacts

        customer_id = customer_id_by_number(args.customer) if args.customer else None
        result = search_contacts(args.query, customer_id)
        for hit in result.hits:
            name = hit.name() if hit.active else render(msg(T("{name} (inaktiv)"), name=hit.name()))
            print(
                f"{name}\t{hit.position}\t{hit.primary_email}\t{hit.primary_phone}\t"
                f"{hit.customer_number} {hit.customer_name} / {hit.location_name}"
            )
        if result.more:
            say(
                T("{count:n} Treffer – es gibt mehr, bitte die Suche eingrenzen"),
                stream=sys.stderr,
                count=len(result.hits),
            )
        else:
            count = len(result.hits)
            hits = T("{count:n} Treffer", "einer") if count == 1 else T("{count:n} Treffer", "mehrere")
            say(hits, stream=sys.stderr, count=count)
        return 0
    if args.command == "import":
        return _import_command(args)
    if args.command == "export":
        return _export(args)
    if args.command == "duplicates":
        return _duplicates(args)
    raise AssertionError(args.command)


def _export(args: argparse.Namespace) -> int:
    """``export --format vcf|csv|xlsx|pdf [--customer NUMBER] FILE`` (R13)."""
    from kontaktverwaltung.domain.errors import Problem, ValidationError
    from kontaktverwaltung.services import exports
    from kontaktverwaltung.services.customers import customer_id_by_number

    file_format = exports.format_for(args.format, args.file, args.per_contact)
    customer_id = customer_id_by_number(args.customer) if args.customer else None
    scope = exports.ExportScope(customer_id=customer_id)
    if file_format is exports.ExportFormat.PDF:
        if customer_id is None:
            raise ValidationError(Problem.of(exports.PDF_NEEDS_CUSTOMER, "customer"))
        sheet = exports.contact_sheet(customer_id)
        from kontaktverwaltung.app import offscreen_application
        from kontaktverwaltung.ui.contact_sheet import write_pdf

        offscreen_application()
        with exports.target_file(args.file) as temporary:
            write_pdf(sheet, temporary)
        say(
            T("Kontaktblatt von {client} gespeichert: {file} ({count:n} Ansprechpartner)"),
            client=sheet.customer_name,
            file=args.file,
            count=sheet.people,
        )
        return 0
    result = exports.export_contacts(file_format, args.file, scope, args.vcard_version, args.per_contact)
    if args.per_contact:
        say(
            T("{count:n} Ansprechpartner exportiert in {files:n} Dateien: {path}"),
            count=result.contacts,
            files=result.files,
            path=result.path,
        )
    else:
        say(T("{count:n} Ansprechpartner exportiert: {path}"), count=result.contacts, path=result.path)
    return 0


def _duplicates(args: argparse.Namespace) -> int:
    """``duplicates [--customer NUMBER] [--json]`` (B3): pairs marked "not a duplicate" never appear."""
    import json

    from kontaktverwaltung.domain.duplicates import reason_label
    from kontaktverwaltung.services import duplicates
    from kontaktverwaltung.services.customers import customer_id_by_number, list_customers

    customer_id = customer_id_by_number(args.customer) if args.customer else None
    pairs = duplicates.duplicate_pairs(customer_id)
    if args.json:
        found = [{"a": p.a.id, "b": p.b.id, "reasons": duplicates.reason_keys(p.reasons)} for p in pairs]
        print(json.dumps(found, ensure_ascii=False))
        return 0
    names = {c.id: f"{c.number} {c.name}" for c in list_customers({p.a.customer_id for p in pairs})}
    for p in pairs:
        reasons = ", ".join(reason_label(reason) for reason in p.reasons)
        print(f"{p.a.name()} ({p.a.id})\t{p.b.name()} ({p.b.id})\t{reasons}\t{names.get(p.a.customer_id, '')}")
    say(T("{count:n} wahrscheinliche Dubletten"), stream=sys.stderr, count=len(pairs))
    return 0


def _import_command(args: argparse.Namespace) -> int:
    """`import FILE [--customer NUMBER] [--dry-run] [--json]` and `import --undo-last` (R12).
    Exit 0: the file was read (rows with problems are reported); 2: it could not be read."""
    import json

    from kontaktverwaltung.services.common import Context
    from kontaktverwaltung.services.imports import import_file, undo_last_import

    ctx = Context.default()
    if args.undo_last:
        if args.file is not None:
            say(T("Fehler: --undo-last nimmt keine Datei."), stream=sys.stderr)
            return 2
        undone = undo_last_import(ctx)
        if args.json:
            print(json.dumps({"import_id": undone.import_id, "undone": True}, ensure_ascii=False))
        else:
            say(T("Rückgängig gemacht: {what} (Import {id})."), what=undone.description, id=undone.import_id)
        return 0
    if args.file is None:
        say(T("Fehler: Bitte eine Datei angeben (oder --undo-last)."), stream=sys.stderr)
        return 2
    report = import_file(ctx, args.file, args.customer, args.dry_run).value
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
        return 0
    for problem in report.problems:
        where = {"row": problem.row, "field": problem.field, "problem": problem.message()}
        if problem.value:
            say(T("Zeile {row}, {field} „{value}“: {problem}"), stream=sys.stderr, value=problem.value, **where)
        else:
            say(T("Zeile {row}, {field}: {problem}"), stream=sys.stderr, **where)
    counts: dict[str, Any] = {
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "skipped": report.skipped,
    }
    if args.dry_run:
        say(
            T(
                "Probelauf, nichts geschrieben: {created:n} neu, {updated:n} aktualisiert, "
                "{unchanged:n} unverändert, {skipped:n} nicht übernommen."
            ),
            **counts,
        )
    else:
        say(
            T("{created:n} neu, {updated:n} aktualisiert, {unchanged:n} unverändert, {skipped:n} nicht übernommen."),
            **counts,
        )
    if report.import_id is not None:
        say(T("Import {id}; rückgängig mit: kontaktverwaltung import --undo-last"), id=report.import_id)
    return 0
