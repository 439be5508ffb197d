"""The language of the user interface (B10): German or English.

Chosen at start (``install_translators``) from the settings' "Sprache" – automatic (the
operating system's language: German for any German locale or none, else English), German or English –
or, overriding both, the environment variable ``KV_LANGUAGE`` (``de``/``en``; screenshots, tests).
A change in the settings applies at the next start: widgets take their texts when they are built.

Two translators are installed: ours (resources/translations/kontaktverwaltung_<lang>.qm, built
by tools/translations.py) and Qt's own (qtbase_<lang>.qm: message box buttons, context menus).
The core's texts (problems, undo texts, history: domain/messages.py) are rendered through ours
too, context "Meldungen" (docs/translations.md).
"""

from __future__ import annotations

import os
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kontaktverwaltung.domain import messages
from kontaktverwaltung.domain.package_data import package_file

Language = Literal["de", "en"]
LANGUAGES: tuple[Language, ...] = ("de", "en")
AUTOMATIC = "auto"

_current: Language = "de"
_installed: list[QTranslator] = []


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate finds in a plain function."""
    return QCoreApplication.translate(context, text)


def capitalised(text: str) -> str:
    """``text`` starting with a capital: a button or a list entry that starts with a word made
    for the middle of a sentence ("{0} anyway", a role's "sees no jobs")."""
    return text[:1].upper() + text[1:]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a text for the catalogue (context given) where it is defined; it is translated where
    it is shown. PySide6's own returns ``object`` to type checkers."""
    return text


def system_language(locale: QLocale | None = None) -> Language:
    """German for any German locale of the operating system, and where it names no language (the
    "C" locale): German is the product's first language (B10). English for every other."""
    locale = locale or QLocale.system()
    german = (QLocale.Language.German, QLocale.Language.C, QLocale.Language.AnyLanguage)
    return "de" if locale.language() in german else "en"


def chosen_language(setting: str, environment: str | None = None) -> Language:
    """The language to show for the setting ("auto", "de", "en"); KV_LANGUAGE overrides it."""
    for wish in (environment, setting):
        if wish in LANGUAGES:
            return wish
    return system_language()


def current_language() -> Language:
    """The language the UI was started in."""
    return _current


def _translate_message(source: str, disambiguation: str | None) -> str:
    return QCoreApplication.translate(messages.CONTEXT, source, disambiguation)


def install_messages() -> None:
    """Render the core's texts through the installed catalogue (context "Meldungen")."""
    messages.install(_translate_message)


def error_text(error: Exception) -> str:
    """What the UI says about a failure: a DomainError's message in the UI's language; any other
    error is unexpected and logged (ui/failures.py)."""
    from kontaktverwaltung.domain.errors import DomainError

    if isinstance(error, DomainError):
        return error.message()
    from kontaktverwaltung.ui.failures import unexpected_text

    return unexpected_text(error)  # logged first


def translations_file(language: Language) -> str:
    return str(package_file("resources", "translations", f"kontaktverwaltung_{language}.qm"))


def install_translators(app: QCoreApplication, language: Language) -> list[QTranslator]:
    """Install our catalogue and Qt's standard texts for ``language``; returns what was loaded."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language
    ours = QTranslator(app)
    if ours.load(translations_file(language)):
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    install_messages()
    return list(_installed)


def install_for_settings(app: QCoreApplication) -> Language:
    """At start: the language the settings (or KV_LANGUAGE) ask for, installed."""
    from kontaktverwaltung.ui.settings import Settings

    language = chosen_language(Settings().language, os.environ.get("KV_LANGUAGE"))
    install_translators(app, language)
    return language
