"""B10: the UI in German and English – the catalogues are complete, they load, and a language
40 % longer than German (a pseudo-translation) still fits the main window and the dialogs."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLabel, QPushButton, QRadioButton, QWidget

from kontaktverwaltung.app import build_main_window
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.store.db import sqlite_url
from kontaktverwaltung.store.opening import close_database, open_database
from kontaktverwaltung.ui import language, prompts
from kontaktverwaltung.ui.contact_dialog import ContactDialog
from kontaktverwaltung.ui.customer_dialogs import CustomerDialog, LocationDialog
from kontaktverwaltung.ui.database_dialog import DatabaseDialog
from kontaktverwaltung.ui.global_search import GlobalSearchDialog
from kontaktverwaltung.ui.identity import AboutDialog
from kontaktverwaltung.ui.roles_dialog import RolesDialog
from kontaktverwaltung.ui.settings import Settings
from kontaktverwaltung.ui.settings_dialog import SettingsDialog
from tests.factories import make_contact, make_customer, make_location
from tests.ui.driving import drawn_texts

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[\w:.]*\}|%\d+|%n")  # {0}, {name}, {count:n}, %1, %n


def _messages(language_code: str) -> list[ET.Element]:
    tree = ET.parse(TS / f"kontaktverwaltung_{language_code}.ts")
    return list(tree.getroot().iter("message"))


def _describe(message: ET.Element) -> str:
    return repr(message.findtext("source"))


@pytest.mark.parametrize("language_code", ["de", "en"])
def test_every_text_is_translated(language_code):
    """Each text of the UI has a finished, non-empty translation; none is left over (vanished)."""
    messages = _messages(language_code)
    assert len(messages) > 100
    gaps = []
    for message in messages:
        translation = message.find("translation")
        if translation is None:
            gaps.append(f"{_describe(message)}: keine Übersetzung")
        elif translation.get("type") in ("unfinished", "vanished", "obsolete"):
            gaps.append(f"{_describe(message)}: {translation.get('type')}")
        elif not (translation.text or "").strip() and not list(translation):
            gaps.append(f"{_describe(message)}: leer")
    assert gaps == [], f"{len(gaps)} Lücken in kontaktverwaltung_{language_code}.ts:\n" + "\n".join(gaps)


def test_english_keeps_placeholders_and_mnemonics():
    wrong = []
    for message in _messages("en"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            wrong.append(f"{source!r} → {translation!r}: Platzhalter")
        if ("&" in source.replace("&&", "")) != ("&" in translation.replace("&&", "")) and "<" not in source:
            wrong.append(f"{source!r} → {translation!r}: Tastenkürzel (&)")
    assert wrong == []


def test_english_says_client_for_kunde_everywhere():
    """The English UI calls a Kunde a "client": the core's texts too, not "customer" here and
    there. The command line's option ``--customer`` is a name of the automation contract and stays,
    and so do placeholders ("{customer}")."""
    wrong = []
    for message in _messages("en"):
        translation = re.sub(r"\{[^}]*\}", "", message.findtext("translation") or "").replace("--customer", "")
        if re.search(r"\bcustomers?\b", translation, re.IGNORECASE):
            wrong.append(f"{message.findtext('source')!r} → {translation!r}")
    assert wrong == []


@pytest.mark.parametrize("language_code", ["de", "en"])
def test_the_compiled_catalogues_and_qts_own_load(language_code):
    assert QTranslator().load(language.translations_file(language_code))
    assert QTranslator().load(f"qtbase_{language_code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def test_english_turns_the_german_texts_into_english(qapp):
    try:
        language.install_translators(qapp, "en")
        assert language.current_language() == "en"
        assert QCoreApplication.translate("WindowActions", "&Datei") == "&File"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        language.install_translators(qapp, "de")
        assert QCoreApplication.translate("WindowActions", "&Datei") == "&Datei"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own texts
    finally:
        language.install_translators(qapp, "de")
        for translator in language._installed:
            qapp.removeTranslator(translator)
        language._installed.clear()


def test_the_language_follows_the_setting_then_the_system(monkeypatch):
    from PySide6.QtCore import QLocale

    assert language.chosen_language("en") == "en"
    assert language.chosen_language("auto", "de") == "de"
    assert language.system_language(QLocale("de_AT")) == "de"
    assert language.system_language(QLocale("fr_FR")) == "en"
    assert language.system_language(QLocale.c()) == "de"  # no language named: German first (B10)


# --- the pseudo-language: every text 40 % longer -------------------------------------------------


def _padding(length: int) -> str:
    """40 % of ``length`` more, as words (" ~~~~"), so a longer text can still wrap."""
    extra = math.ceil(length * 0.4)
    return (" ~~~~" * extra)[:extra]


class LongerTranslator(QTranslator):
    """Vorta's pseudo-translator: each line of every text 40 % longer, so clipping shows."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source or context.startswith("Q"):  # Qt's own texts stay as they are
            return None
        return "\n".join(line + _padding(len(line)) if line else line for line in source.split("\n"))

    def isEmpty(self) -> bool:
        return False


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text needs more width than they have."""
    found = []
    for kind in (QLabel, QPushButton, QCheckBox, QRadioButton):
        for widget in root.findChildren(kind):
            if not widget.isVisibleTo(root) or not widget.text():
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 2:
                    found.append(f"{kind.__name__} {widget.objectName()!r} {widget.text()!r}: Höhe")
                continue
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(
                    f"{kind.__name__} {widget.objectName()!r} {widget.text()!r}: "
                    f"{widget.sizeHint().width()} > {widget.width()}"
                )
    return found


@pytest.fixture
def longer_texts(qapp):
    translator = LongerTranslator(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def small_database(tmp_path):
    url = sqlite_url(tmp_path / "daten.sqlite3")
    open_database(url)
    ctx = Context("Test")
    location = make_location(ctx, make_customer(ctx, "Müller & Söhne GmbH", "K-1"), "Zentrale Wien")
    make_contact(ctx, location, "Jürgen", "Weiß", emails=("j.weiss@mueller.at",), phones=("0664 1234567",))
    close_database()
    return url, location


def show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def test_a_language_40_percent_longer_fits_the_main_window(qtbot, longer_texts, small_database, tmp_path):
    url, _location = small_database
    window = build_main_window(url)
    window.resize(1280, 800)
    show(qtbot, window)
    window.open_customer_number("K-1")
    window.wait_until_loaded()
    QApplication.processEvents()
    assert window.menuBar().actions()[0].text().endswith("~")  # the pseudo-language is in use
    window.grab().save(str(tmp_path / "longer.png"))
    assert clipped(window) == []
    close_database()


def test_a_language_40_percent_longer_fits_the_dialogs(qtbot, longer_texts, small_database):
    url, location = small_database
    window = build_main_window(url)
    qtbot.addWidget(window)
    dialogs: list[QDialog] = [
        DatabaseDialog(None),
        SettingsDialog(None),
        CustomerDialog(None, None),
        LocationDialog(None, None),
        ContactDialog(None, location),
        AboutDialog(None, "SQLite: daten.sqlite3", "/home/nutzer/.local/share/Kontaktverwaltung"),
        RolesDialog(None, lambda done: done.value, window.ctx),
        GlobalSearchDialog(None),
    ]
    problems = []
    for dialog in dialogs:
        show(qtbot, dialog)
        problems += [f"{type(dialog).__name__}: {problem}" for problem in clipped(dialog)]
        dialog.close()
    assert problems == []
    close_database()


def test_the_language_is_chosen_in_the_settings_and_applies_at_the_next_start(qtbot, monkeypatch):
    told = []
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text: told.append(text))
    dialog = SettingsDialog(None)
    qtbot.addWidget(dialog)
    combo = dialog.ui.languageCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Automatisch", "Deutsch", "English"]
    assert combo.currentData() == "auto"
    combo.setCurrentIndex(combo.findData("en"))
    dialog.accept()
    assert Settings().language == "en"
    assert language.chosen_language(Settings().language) == "en"
    assert len(told) == 1 and "nächsten Start" in told[0]


@pytest.fixture
def english(qapp):
    language.install_translators(qapp, "en")
    yield
    language.install_translators(qapp, "de")
    for translator in language._installed:
        qapp.removeTranslator(translator)
    language._installed.clear()


def test_in_english_the_customer_title_and_the_cards_speak_english(qtbot, english, small_database, monkeypatch):
    """The counts in the title and the card's portal line are built by the domain, not by tr()."""
    url, _location = small_database
    window = build_main_window(url)
    window.resize(1280, 800)
    show(qtbot, window)
    window.open_customer_number("K-1")
    window.wait_until_loaded()
    title = window.customer_title.text()
    assert "Client number K-1 · 1 location · 1 contact<" in title
    drawn = drawn_texts(window, monkeypatch)
    assert "Portal: no password" in drawn  # the person's own state; no released job: the header (issue 14)
    assert not any("Portal: kein" in text or "Ansprechpartner" in text for text in drawn)
    assert "no job of this client is released yet" in window.findChild(QLabel, "portalNoticeText").text()
    close_database()


def test_in_english_the_undo_text_and_a_field_error_are_english(qtbot, english, small_database):
    """The core's texts (problems, undo texts) come from the same catalogue as the UI's (issue 11)."""
    from tests.ui.driving import button, click, modal_script, shown_error, type_text

    url, _location = small_database
    window = build_main_window(url)
    window.resize(1280, 800)
    show(qtbot, window)
    window.open_customer_number("K-1")
    window.wait_until_loaded()
    errors: list[str] = []

    def without_a_name(dialog: QWidget) -> None:
        type_text(dialog.ui.cityEdit, "Linz")
        click(button(dialog, "saveButton"))

    def refused_then_named(dialog: QWidget) -> None:
        errors.append(shown_error(dialog, "nameError"))
        type_text(dialog.ui.nameEdit, "Lager Linz")
        click(button(dialog, "saveButton"))

    with modal_script(without_a_name, refused_then_named):
        qtbot.mouseClick(window.findChild(QPushButton, "newLocationButton"), Qt.MouseButton.LeftButton)
    assert errors == ["Please name the location."]
    assert window.actionUndo.text().replace("&", "") == "Undo: Create location “Lager Linz”"
    window.actionUndo.trigger()
    assert window.actionRedo.text().replace("&", "") == "Redo: Create location “Lager Linz”"
    close_database()


def test_in_english_the_portal_preview_quotes_the_sign_in_names_in_english(qtbot, english, small_database):
    from kontaktverwaltung.services import contacts, portal
    from kontaktverwaltung.ui.portal_preview import PortalPreviewDialog

    url, location = small_database
    open_database(url)
    card = contacts.contact_card(make_contact(Context("Test"), location, "Anna", "Berger", emails=("a.b@mueller.at",)))
    dialog = PortalPreviewDialog(None, card, contacts.channels_of(card.id), portal.portal_preview(card.id))
    qtbot.addWidget(dialog)
    names = dialog.findChild(QLabel, "loginNames").text()
    assert "“a.b@mueller.at”" in names and "„" not in names
    close_database()


def test_in_english_one_hit_of_the_global_search_is_one_match(qtbot, english, small_database):
    url, location = small_database
    open_database(url)
    make_contact(Context("Test"), location, "Anna", "Weißenböck")
    dialog = show(qtbot, GlobalSearchDialog(None))
    counted = []
    for query in ("Jürgen", "Weiß"):
        dialog.query.setText(query)
        dialog.search()
        counted.append(dialog.info.text())
    assert counted == ["1 match", "2 matches"]
    close_database()


def test_in_english_the_merge_dialog_names_the_person_in_english(qtbot, english, small_database):
    from kontaktverwaltung.domain.contact import Salutation
    from kontaktverwaltung.services import contacts, duplicates, locations
    from kontaktverwaltung.ui.merge_dialog import MergeDialog

    url, location = small_database
    open_database(url)
    ctx = Context("Test")
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",), salutation=Salutation.FRAU)
    make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))
    customer = contacts.contact_card(anna).customer_id
    dialog = MergeDialog(
        None, contacts.contact_card(anna), duplicates.merge_candidates(anna), locations.locations_of(customer)
    )
    qtbot.addWidget(dialog)
    assert "“Ms Anna Berger”" in dialog.ui.introLabel.text() and "Frau" not in dialog.ui.introLabel.text()
    close_database()


def test_the_cards_plus_n_list_says_write_e_mail_as_the_menu_does():
    english = {m.findtext("source"): m.findtext("translation") for m in _messages("en")}
    assert english["E-Mail schreiben"] == english["E-&Mail schreiben"].replace("&", "") == "Write e-mail"
