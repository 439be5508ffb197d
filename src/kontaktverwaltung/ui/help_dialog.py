"""Hilfe (issue 14 item 8): the app's own help pages (F1) in the UI's language – written for this
app from the topics of the help page it grew from – and the list of keyboard shortcuts, read
from the window's actions themselves so it never falls behind them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kontaktverwaltung.domain.package_data import package_file
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP, current_language


def help_html(language: str) -> str:
    """The help page in ``language`` ("de" or "en")."""
    page = package_file("resources", "help", f"hilfe.{'de' if language == 'de' else 'en'}.html")
    return page.read_text(encoding="utf-8")


class _Viewer(QDialog):
    """A page of text with a close button (and room for more buttons)."""

    def __init__(self, parent: QWidget | None, name: str, title: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.resize(720, 520)  # fits a 1366×768 screen at 125 % (1093×614 logical pixels)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(QCoreApplication.translate("HelpDialog", "Schließen"))
        close.setObjectName("closeButton")
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


class HelpDialog(_Viewer):
    def __init__(self, parent: QWidget | None, show_shortcuts: QAction | None = None) -> None:
        super().__init__(parent, "HelpDialog", self.tr("Hilfe – Kontaktverwaltung"))
        self.browser.setHtml(help_html(current_language()))
        if show_shortcuts is not None:
            button = QPushButton(self.tr("Tastenkürzel…"), self)
            button.setObjectName("shortcutsButton")
            button.clicked.connect(show_shortcuts.trigger)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)


def _t(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


KEYS = (  # keys of lists and search fields, beside the menus' shortcuts (marked for the catalogue)
    QT_TRANSLATE_NOOP("ShortcutsDialog", "Eingabetaste"),
    QT_TRANSLATE_NOOP("ShortcutsDialog", "Visitenkarte oder Dokument öffnen"),
    QT_TRANSLATE_NOOP("ShortcutsDialog", "Pfeil nach unten oder Eingabetaste in der Kundensuche"),
    QT_TRANSLATE_NOOP("ShortcutsDialog", "Den ersten Treffer öffnen"),
    QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab"),
    QT_TRANSLATE_NOOP("ShortcutsDialog", "Kundensuche → Kundenliste → Ansprechpartnersuche → Visitenkarten"),
    QT_TRANSLATE_NOOP("ShortcutsDialog", "In Listen und Suchfeldern"),
)


def shortcuts_html(window: QMainWindow) -> str:
    """Every shortcut of the window's menus, menu by menu, as the user's system writes keys."""

    def plain(text: str) -> str:
        return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").replace("…", "")

    def row(keys: str, what: str) -> str:
        return (
            f"<tr><td width='200' style='padding:2px 12px 2px 0'><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>"
        )

    def head(title: str) -> str:
        return f"<tr><td colspan='2' style='padding-top:10px'><h3>{escape(title)}</h3></td></tr>"

    rows: list[str] = []
    listed: set[int] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        section = []
        for action in menu.actions():
            keys = dict.fromkeys(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()
            )
            if keys and id(action) not in listed:  # an action in two menus is listed once
                listed.add(id(action))
                section.append(row(", ".join(keys), plain(action.text())))
        if section:
            rows += [head(plain(menu_action.text())), *section]
    cards = [
        (_t("Eingabetaste"), _t("Visitenkarte oder Dokument öffnen")),
        (_t("Pfeil nach unten oder Eingabetaste in der Kundensuche"), _t("Den ersten Treffer öffnen")),
        (_t("Tab"), _t("Kundensuche → Kundenliste → Ansprechpartnersuche → Visitenkarten")),
    ]
    rows += [head(_t("In Listen und Suchfeldern")), *(row(key, what) for key, what in cards)]
    return f"<html><body><table width='100%' cellspacing='0'>{''.join(rows)}</table></body></html>"


class ShortcutsDialog(_Viewer):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window, "ShortcutsDialog", self.tr("Tastenkürzel"))
        self.browser.setHtml(shortcuts_html(window))
        self.browser.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
