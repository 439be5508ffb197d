"""Every message box and file picker goes through here, so tests patch exactly one place.

All texts go through ``translate("prompts", …)`` (B10); the buttons are our own, so their texts and
object names are the same whatever Qt's translations say.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, Literal, TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from kontaktverwaltung.domain.text import number
from kontaktverwaltung.ui.language import capitalised, translate

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from kontaktverwaltung.domain.results import DeleteImpact

DeleteChoice = Literal["deactivate", "delete", "cancel"]
UnsavedChoice = Literal["save", "discard", "cancel"]


Choice = TypeVar("Choice")


def _ask(
    box: QMessageBox,
    buttons: Sequence[tuple[Choice, str, QMessageBox.ButtonRole, str]],
    default: Choice,
    escape: Choice,
) -> Choice:
    """Show a message box with our own buttons – (answer, translated text, role, objectName) each –
    and return the answer of the one clicked (Escape or closing: ``escape``)."""
    made = {}
    for answer, text, role, name in buttons:
        button = box.addButton(text, role)
        button.setObjectName(name)
        made[answer] = button
    box.setDefaultButton(made[default])
    box.setEscapeButton(made[escape])
    box.exec()
    clicked = box.clickedButton()
    return next((answer for answer, button in made.items() if button is clicked), escape)


def _message_box(
    parent: QWidget | None,
    name: str,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
    plain: bool = False,
) -> QMessageBox:
    """A message box to ask with (see ``_ask``/``_go_on``); ``plain``: ``text`` quotes what the user
    typed, never render it as HTML."""
    box = QMessageBox(parent)
    if name:
        box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    if plain:
        box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def _go_on(
    box: QMessageBox,
    go: tuple[str, QMessageBox.ButtonRole, str],
    stop: tuple[str, QMessageBox.ButtonRole, str],
    default: bool,
) -> bool:
    """Two buttons, (text, role, objectName) each: True when the user clicks ``go``; Escape or
    closing the box is ``stop``."""
    return _ask(box, [(True, *go), (False, *stop)], default=default, escape=False)


def pick_file(parent: QWidget | None, title: str) -> str | None:
    """A file to open, or None when the user cancels."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", translate("prompts", "Alle Dateien (*)"))
    return path or None


def pick_files(parent: QWidget | None, title: str) -> list[str]:
    """Files to open (several at once); empty when the user cancels."""
    paths, _filter = QFileDialog.getOpenFileNames(parent, title, "", translate("prompts", "Alle Dateien (*)"))
    return list(paths)


def pick_import_file(parent: QWidget | None, title: str, file_filter: str) -> str | None:
    """An address book to import (vCard, CSV, .xlsx), or None when the user cancels."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return path or None


def pick_database_file(parent: QWidget | None, title: str, start: str = "") -> str | None:
    """A SQLite file to work on: an existing one, or the name of a new one (made when first opened)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        start,
        translate("prompts", "Datenbank (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,  # choosing an existing database is the point
    )
    return path or None


def _question(box: QInputDialog, width: int) -> None:
    """The input dialog's question as plain text (it may quote what a user typed), wrapped, and
    the dialog about ``width`` wide: its own layout sizes it to its contents, overriding a minimum
    width set on it (a wrapped question made it ~250 px narrow, its title cut), so the question's
    label gets the room."""
    label = box.findChild(QLabel)
    if label is not None:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setMinimumWidth(width - 24)  # (the dialog's margins)


def ask_password(parent: QWidget | None, title: str, text: str) -> str | None:
    """A password, typed hidden; None when the user cancels."""
    box = QInputDialog(parent)
    box.setObjectName("passwordBox")
    box.setWindowTitle(title)
    box.setLabelText(text)
    box.setTextEchoMode(QLineEdit.EchoMode.Password)
    _question(box, 420)
    box.setOkButtonText(translate("prompts", "OK"))
    box.setCancelButtonText(translate("prompts", "Abbrechen"))
    if box.exec() != QDialog.DialogCode.Accepted:
        return None
    return box.textValue()


def ask_change_database(parent: QWidget | None, title: str, text: str) -> bool:
    """The database cannot be opened at start: True when the user wants to change the database
    settings (and try again), False to quit."""
    box = _message_box(parent, "cannotOpenBox", QMessageBox.Icon.Warning, title, text, plain=True)
    Role = QMessageBox.ButtonRole
    return _go_on(
        box,
        (translate("prompts", "Datenbank-Einstellungen …"), Role.AcceptRole, "databaseSettingsButton"),
        (translate("prompts", "Beenden"), Role.RejectRole, "quitButton"),
        default=True,
    )


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_changed_meanwhile(
    parent: QWidget | None, action: str, name: str, changes: Sequence[tuple[str, str, str]]
) -> bool:
    """Someone changed the record between the user's look and the action (B5): show what, field by
    field, and ask whether to go on with the record as it is now. ``action``: "löschen" …"""
    box = _message_box(
        parent,
        "changedMeanwhile",
        QMessageBox.Icon.Warning,
        translate("prompts", "Inzwischen geändert"),
        translate("prompts", "„{0}“ wurde an einem anderen Arbeitsplatz geändert, seit Sie ihn geöffnet haben.").format(
            name
        ),
    )
    rows = "".join(
        f"<tr><td><b>{escape(label)}</b></td><td>{escape(before)}</td><td>→</td><td>{escape(after)}</td></tr>"
        for label, before, after in changes
    )
    seen, now = translate("prompts", "Sie sahen"), translate("prompts", "jetzt")
    head = f"<tr><td></td><td><i>{seen}</i></td><td></td><td><i>{now}</i></td></tr>"
    table = f"<table cellspacing='6'>{head}{rows}</table>" if rows else ""
    box.setInformativeText(table + translate("prompts", "<p>Mit dem jetzigen Stand trotzdem {0}?</p>").format(action))
    Role = QMessageBox.ButtonRole
    return _go_on(
        box,
        (capitalised(translate("prompts", "Trotzdem {0}").format(action)), Role.AcceptRole, "goOnButton"),
        (translate("prompts", "Abbrechen"), Role.RejectRole, "cancelButton"),
        default=False,
    )


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = _message_box(parent, "", QMessageBox.Icon.Question, title, text)
    Role = QMessageBox.ButtonRole
    return _go_on(
        box,
        (translate("prompts", "Ja"), Role.YesRole, "yesButton"),
        (translate("prompts", "Nein"), Role.NoRole, "noButton"),
        default=False,
    )


def ask_delete_contact(parent: QWidget | None, impact: DeleteImpact) -> DeleteChoice:
    """Deleting a contact loses its links (S4, R6): say how many, and recommend deactivating,
    which keeps every link (R5). "Stattdessen deaktivieren" is the default button."""
    lost = (
        translate("prompts", "Beim Löschen gehen diese Verknüpfungen verloren: {0}.").format(impact.summary())
        if impact.summary()
        else translate("prompts", "Es hängen keine Jobs, History-Einträge oder Portalzugänge an dieser Person.")
    )
    advice = translate(
        "prompts",
        "Empfehlung: stattdessen deaktivieren. Alle Verknüpfungen bleiben erhalten, "
        "der Portalzugang wird gesperrt, und Sie können die Person jederzeit wieder aktivieren.",
    )
    box = _message_box(
        parent,
        "deleteContactBox",
        QMessageBox.Icon.Warning,
        translate("prompts", "Ansprechpartner löschen"),
        translate("prompts", "„{0}“ wirklich löschen?").format(impact.display_name),
        lost + "\n\n" + advice,
    )
    Role = QMessageBox.ButtonRole
    choices: list[tuple[DeleteChoice, str, QMessageBox.ButtonRole, str]] = [
        ("deactivate", translate("prompts", "Stattdessen deaktivieren"), Role.AcceptRole, "deactivateButton"),
        ("delete", translate("prompts", "Löschen"), Role.DestructiveRole, "deleteButton"),
        ("cancel", translate("prompts", "Abbrechen"), Role.RejectRole, "cancelButton"),
    ]
    return _ask(box, choices, default="deactivate", escape="cancel")


def ask_delete_customer(parent: QWidget | None, name: str, impact: str) -> bool:
    """Deleting a customer takes its locations, contacts, jobs, documents and history with it
    (S14): say how many (``impact``), and make "Abbrechen" the default. True: delete."""
    undo = translate("prompts", "Sie können das mit „Rückgängig“ (Strg+Z) zurücknehmen, solange die App offen ist.")
    box = _message_box(
        parent,
        "deleteCustomerBox",
        QMessageBox.Icon.Warning,
        translate("prompts", "Kunde löschen"),
        translate("prompts", "Den Kunden „{0}“ mit allem, was dazugehört, löschen?").format(name),
        impact + "\n\n" + undo,
        plain=True,
    )
    Role = QMessageBox.ButtonRole
    return _go_on(
        box,
        (translate("prompts", "Kunde löschen"), Role.DestructiveRole, "deleteButton"),
        (translate("prompts", "Abbrechen"), Role.RejectRole, "cancelButton"),
        default=False,
    )


def ask_location_with_contacts(parent: QWidget | None, location_name: str, count: int) -> bool:
    """A location with contacts is never deleted with them (R9): True when the user wants to move
    them to another location first (and then delete the location), False to keep everything."""
    box = _message_box(
        parent,
        "locationWithContactsBox",
        QMessageBox.Icon.Question,
        translate("prompts", "Standort löschen"),
        translate("prompts", "Der Standort „{0}“ hat noch {1} Ansprechpartner. Zuerst verschieben?").format(
            location_name, count
        ),
        translate(
            "prompts",
            "Ansprechpartner werden nie mit dem Standort gelöscht. Wählen Sie als Nächstes den Standort, "
            "zu dem sie verschoben werden; danach wird „{0}“ gelöscht.",
        ).format(location_name),
    )
    Role = QMessageBox.ButtonRole
    return _go_on(
        box,
        (translate("prompts", "Verschieben …"), Role.AcceptRole, "moveButton"),
        (translate("prompts", "Abbrechen"), Role.RejectRole, "cancelButton"),
        default=True,
    )


def ask_unsaved_changes(parent: QWidget | None) -> UnsavedChoice:
    """Closing a form with changes asks first (S12): save, discard, or go on editing (default)."""
    box = _message_box(
        parent,
        "unsavedChangesBox",
        QMessageBox.Icon.Question,
        translate("prompts", "Ungespeicherte Änderungen"),
        translate("prompts", "Ihre Änderungen sind noch nicht gespeichert."),
        translate("prompts", "Speichern, verwerfen oder weiter bearbeiten?"),
    )
    Role = QMessageBox.ButtonRole
    choices: list[tuple[UnsavedChoice, str, QMessageBox.ButtonRole, str]] = [
        ("save", translate("prompts", "Speichern"), Role.AcceptRole, "saveButton"),
        ("discard", translate("prompts", "Verwerfen"), Role.DestructiveRole, "discardButton"),
        ("cancel", translate("prompts", "Weiter bearbeiten"), Role.RejectRole, "cancelButton"),
    ]
    return _ask(box, choices, default="save", escape="cancel")


def ask_role_access_change(parent: QWidget | None, role_name: str, contact_count: int, sight: str) -> bool:
    """Changing what a role sees in the portal changes it for everyone holding the role (S11):
    say for how many, and what they will see; "Abbrechen" is the default. True: change it."""
    if contact_count == 1:
        text = translate("prompts", "Ein Ansprechpartner hat die Rolle „{0}“. Was er im Portal sieht, ändert sich.")
    else:
        text = translate(
            "prompts", "{1} Ansprechpartner haben die Rolle „{0}“. Was sie im Portal sehen, ändert sich für alle."
        )
    box = _message_box(
        parent,
        "roleAccessBox",
        QMessageBox.Icon.Question,
        translate("prompts", "Kundenrolle ändern"),
        text.format(role_name, number(contact_count)),
        translate("prompts", "Künftig: {0}").format(sight),
        plain=True,
    )
    Role = QMessageBox.ButtonRole
    return _go_on(
        box,
        (translate("prompts", "Ändern"), Role.AcceptRole, "changeButton"),
        (translate("prompts", "Abbrechen"), Role.RejectRole, "cancelButton"),
        default=False,
    )


def ask_replacement_role(
    parent: QWidget | None, role_name: str, contact_count: int, others: Sequence[tuple[int, str]]
) -> int | None:
    """A role that contacts hold is never deleted from under them (S11): the id of the role (from
    ``others``: id and name, in list order) they get instead, or None when the user cancels."""
    box = QInputDialog(parent)
    box.setObjectName("replacementRoleBox")
    box.setWindowTitle(translate("prompts", "Kundenrolle löschen"))
    if contact_count == 1:
        question = translate(
            "prompts", "Ein Ansprechpartner hat die Rolle „{0}“. Welche Rolle soll er stattdessen bekommen?"
        )
    else:
        question = translate(
            "prompts", "{1} Ansprechpartner haben die Rolle „{0}“. Welche Rolle sollen sie stattdessen bekommen?"
        )
    after = translate("prompts", "Danach wird „{0}“ gelöscht.")
    box.setLabelText(question.format(role_name, number(contact_count)) + "\n\n" + after.format(role_name))
    _question(box, 440)  # (it quotes a role name the user typed: never rendered as HTML)
    box.setComboBoxItems([name for _id, name in others])
    box.setComboBoxEditable(False)
    box.setOkButtonText(translate("prompts", "Ersetzen und löschen"))
    box.setCancelButtonText(translate("prompts", "Abbrechen"))
    buttons = box.findChild(QDialogButtonBox)
    if buttons is not None:  # names for tests; the buttons exist once the texts are set
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("replaceButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
    if box.exec() != QDialog.DialogCode.Accepted:
        return None
    names = [name for _id, name in others]
    chosen = box.textValue()
    return others[names.index(chosen)][0] if chosen in names else None


def pick_printer(parent: QWidget | None, printer: QPrinter, title: str) -> bool:
    """The system's print dialog on ``printer`` (which printer, pages, copies – or a PDF file, which
    every platform's dialog offers); True when the user prints."""
    from PySide6.QtPrintSupport import QPrintDialog  # only when printing: not at start

    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(title)
    return dialog.exec() == QDialog.DialogCode.Accepted


def pick_export_target(parent: QWidget | None, title: str, start: str, file_filter: str, folder: bool) -> str | None:
    """Where an export goes: a file name (a new one, or one to overwrite), or a folder for one file
    per contact; None when the user cancels."""
    if folder:
        path = QFileDialog.getExistingDirectory(parent, title, start)
    else:
        path, _filter = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    return path or None


def popup(menu: QMenu, global_pos: QPoint) -> None:
    """Show a popup menu (a card's "+N" list, a context menu) until the user picks or leaves it."""
    menu.exec(global_pos)


def ask_inactive_reason(parent: QWidget | None, count: int, reasons: Sequence[tuple[str, str]]) -> str | None:
    """Deactivating several contacts at once (S9): why (``reasons``: value and label, in order); the
    chosen value, or None when the user cancels."""
    box = QInputDialog(parent)
    box.setObjectName("inactiveReasonBox")
    box.setWindowTitle(translate("prompts", "{0} Ansprechpartner deaktivieren").format(number(count)))
    box.setLabelText(
        translate("prompts", "Warum? Alle Verknüpfungen bleiben, der Portalzugang wird gesperrt; rückgängig jederzeit.")
    )
    _question(box, 420)
    box.setComboBoxItems([text for _value, text in reasons])
    box.setComboBoxEditable(False)
    box.setOkButtonText(translate("prompts", "Deaktivieren"))
    box.setCancelButtonText(translate("prompts", "Abbrechen"))
    if box.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = box.textValue()
    return next((value for value, text in reasons if text == chosen), None)
