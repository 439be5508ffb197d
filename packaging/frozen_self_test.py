"""Checks run inside the frozen app (KONTAKTVERWALTUNG_FROZEN_SELF_TEST=1, see launcher.py).

What a PyInstaller build loses first is what is imported by name at run time or read as data:
our lazily loaded modules (ui/lazy.py), phonenumbers' metadata, keyring's
backends (entry points), the database drivers and C extensions, the icon PNGs, the compiled
translations. Each check prints "ok" or "FEHLER" with the reason; the exit code counts failures.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable

CHECKS: list[tuple[str, Callable[[], str]]] = []


def check(name: str) -> Callable[[Callable[[], str]], Callable[[], str]]:
    def register(function: Callable[[], str]) -> Callable[[], str]:
        CHECKS.append((name, function))
        return function

    return register


@check("alle Module von kontaktverwaltung")
def _our_modules() -> str:
    import importlib
    import pkgutil

    import kontaktverwaltung

    names = [info.name for info in pkgutil.walk_packages(kontaktverwaltung.__path__, "kontaktverwaltung.")]
    for name in names:
        if name.endswith("__main__"):
            continue  # runs the CLI when imported
        importlib.import_module(name)
    assert len(names) > 40, f"nur {len(names)} Module gefunden"
    return f"{len(names)} Module"


@check("Telefonnummern (phonenumbers-Metadaten)")
def _phones() -> str:
    from kontaktverwaltung.domain.channels import normalize_phone

    results = [normalize_phone(text, "phone") for text in ("0664 1234567", "+49 30 1234567", "+41 44 668 18 00")]
    assert all(isinstance(result, tuple) for result in results), results
    return ", ".join(f"{result[0]} ({result[1]})" for result in results if isinstance(result, tuple))


@check("E-Mail-Prüfung")
def _email() -> str:
    from email_validator import validate_email

    return validate_email("anna.mueller@beispiel.at", check_deliverability=False).normalized


@check("Argon2id (cffi)")
def _argon2() -> str:
    from argon2 import PasswordHasher

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    assert hasher.verify(hasher.hash("Demo-Passwort-2026"), "Demo-Passwort-2026")
    return "Hash geprüft"


@check("Ähnlichkeit und Kölner Phonetik")
def _similarity() -> str:
    import cologne_phonetics
    from rapidfuzz import fuzz

    return f"{fuzz.ratio('Müller', 'Mueller'):.0f}, {cologne_phonetics.encode('Meier')}"


@check("Datenbanktreiber")
def _drivers() -> str:
    import psycopg2
    import pymysql
    from playhouse import db_url

    for scheme in ("postgresql", "mysql", "sqlite"):
        assert scheme in db_url.schemes, scheme
    return f"psycopg2 {psycopg2.__version__.split()[0]}, PyMySQL {pymysql.__version__}"


@check("Passwort-Tresor (keyring-Backends)")
def _keyring() -> str:
    from importlib.metadata import entry_points

    found = entry_points(group="keyring.backends")
    for entry in found:
        entry.load()
    wanted = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")
    assert wanted in {entry.name for entry in found}, f"{wanted} fehlt unter {sorted(e.name for e in found)}"
    # what that backend needs besides keyring (the backends import it quietly, or go without)
    if sys.platform == "win32":
        import win32ctypes.pywin32.win32cred  # noqa: F401
    elif sys.platform != "darwin":
        import secretstorage  # noqa: F401
    return ", ".join(sorted(entry.name for entry in found))


@check("App-Icon und Übersetzungen")
def _resources() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from importlib import resources

    from PySide6.QtWidgets import QApplication

    from kontaktverwaltung.ui.identity import ICON_SIZES, app_icon

    _app = QApplication.instance() or QApplication([])
    sizes = sorted(size.width() for size in app_icon().availableSizes())
    assert sizes == sorted(ICON_SIZES), sizes
    from kontaktverwaltung.domain.package_data import package_file  # how the app finds its files

    for size in ICON_SIZES:
        assert package_file("resources", "icon", f"kontaktverwaltung-{size}.png").is_file(), size
    assert package_file("resources", "translations", "kontaktverwaltung_en.qm").is_file()
    assert package_file("resources", "help", "hilfe.de.html").is_file()
    folder = resources.files("kontaktverwaltung") / "resources" / "translations"
    translations = sorted(item.name for item in folder.iterdir()) if folder.is_dir() else []
    return f"Icon {sizes[0]}–{sizes[-1]} px, Übersetzungen: {', '.join(translations) or 'keine'}"


def run() -> int:
    failures = 0
    for name, function in CHECKS:
        try:
            print(f"ok      {name}: {function()}", flush=True)
        except Exception:
            failures += 1
            print(f"FEHLER  {name}:\n{traceback.format_exc()}", flush=True)
    print(f"{len(CHECKS) - failures} passed, {failures} failed", flush=True)
    return 1 if failures else 0
