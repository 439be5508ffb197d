"""What the history (B2) records. Direct contact by e-mail or phone (S5) is deliberately absent."""

from __future__ import annotations

import enum
import getpass

from kontaktverwaltung.domain.messages import Message, T, german, render


def default_author() -> str:
    """Who is named in the history when the workstation sets no name (issue 5): the OS login."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unbekannt"


class HistoryKind(enum.StrEnum):
    CUSTOMER_CREATED = "customer_created"
    CUSTOMER_EDITED = "customer_edited"
    DOCUMENT_ADDED = "document_added"
    DOCUMENT_REMOVED = "document_removed"
    LOCATION_CREATED = "location_created"
    LOCATION_EDITED = "location_edited"
    LOCATION_DELETED = "location_deleted"
    CREATED = "created"
    EDITED = "edited"
    MOVED = "moved"
    MERGED = "merged"
    ACTIVATED = "activated"
    DEACTIVATED = "deactivated"
    PASSWORD_SET = "password_set"
    USERNAME_CHANGED = "username_changed"
    DELETED = "deleted"
    HANDED_OVER = "handed_over"
    JOB_CREATED = "job_created"
    JOB_RELEASED = "job_released"
    JOB_WITHDRAWN = "job_withdrawn"
    JOB_EDITED = "job_edited"
    NOT_DUPLICATE = "not_duplicate"
    ROLE_REPLACED = "role_replaced"
    IMPORTED = "imported"

    @property
    def text(self) -> Message:
        return Message(_LABELS[self])

    @property
    def label_de(self) -> str:
        return german(self.text)

    def label(self) -> str:
        """The kind as the history names it, in the installed language."""
        return render(self.text)


_LABELS: dict[HistoryKind, str] = {
    HistoryKind.CUSTOMER_CREATED: T("Kunde angelegt"),
    HistoryKind.CUSTOMER_EDITED: T("Kunde bearbeitet"),
    HistoryKind.DOCUMENT_ADDED: T("Dokument hinzugefügt"),
    HistoryKind.DOCUMENT_REMOVED: T("Dokument entfernt"),
    HistoryKind.LOCATION_CREATED: T("Standort angelegt"),
    HistoryKind.LOCATION_EDITED: T("Standort bearbeitet"),
    HistoryKind.LOCATION_DELETED: T("Standort gelöscht"),
    HistoryKind.CREATED: T("Ansprechpartner angelegt"),  # one vocabulary: "what" "done", as "Kunde angelegt"
    HistoryKind.EDITED: T("Ansprechpartner bearbeitet"),  # one vocabulary: "what" "done", as "Kunde angelegt"
    HistoryKind.MOVED: T("Ansprechpartner verschoben"),  # one vocabulary: "what" "done", as "Kunde angelegt"
    HistoryKind.MERGED: T("Ansprechpartner zusammengeführt"),  # one vocabulary: "what" "done", as "Kunde angelegt"
    HistoryKind.ACTIVATED: T("Ansprechpartner aktiviert"),  # one vocabulary: "what" "done", as "Kunde angelegt"
    HistoryKind.DEACTIVATED: T("Ansprechpartner deaktiviert"),  # one vocabulary: "what" "done", as "Kunde angelegt"
    HistoryKind.PASSWORD_SET: T("Passwort gesetzt"),
    HistoryKind.USERNAME_CHANGED: T("Benutzername geändert"),
    HistoryKind.DELETED: T("Ansprechpartner gelöscht"),  # one vocabulary: "what" "done", as "Kunde angelegt"
    HistoryKind.HANDED_OVER: T("An Nachfolger übergeben"),
    HistoryKind.JOB_CREATED: T("Job angelegt"),
    HistoryKind.JOB_RELEASED: T("Job für Portale freigegeben"),
    HistoryKind.JOB_WITHDRAWN: T("Job-Freigabe zurückgenommen"),
    HistoryKind.JOB_EDITED: T("Job bearbeitet"),
    HistoryKind.NOT_DUPLICATE: T("Als „kein Duplikat“ markiert"),
    HistoryKind.ROLE_REPLACED: T("Kundenrolle ersetzt"),
    HistoryKind.IMPORTED: T("Importiert"),
}
