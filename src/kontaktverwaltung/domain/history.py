"""What the history (B2) records. Direct contact by e-mail or phone (S5) is deliberately absent."""

from __future__ import annotations

import enum
import getpass


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
    def label_de(self) -> str:
        return _LABELS[self]

    def label(self, language: str = "de") -> str:
        return _LABELS[self] if language == "de" else _LABELS_EN[self]


_LABELS = {
    HistoryKind.CUSTOMER_CREATED: "Kunde angelegt",
    HistoryKind.CUSTOMER_EDITED: "Kunde bearbeitet",
    HistoryKind.DOCUMENT_ADDED: "Dokument hinzugefügt",
    HistoryKind.LOCATION_CREATED: "Standort angelegt",
    HistoryKind.LOCATION_EDITED: "Standort bearbeitet",
    HistoryKind.LOCATION_DELETED: "Standort gelöscht",
    HistoryKind.CREATED: "Angelegt",
    HistoryKind.EDITED: "Bearbeitet",
    HistoryKind.MOVED: "Verschoben",
    HistoryKind.MERGED: "Zusammengeführt",
    HistoryKind.ACTIVATED: "Aktiviert",
    HistoryKind.DEACTIVATED: "Deaktiviert",
    HistoryKind.PASSWORD_SET: "Passwort gesetzt",
    HistoryKind.USERNAME_CHANGED: "Benutzername geändert",
    HistoryKind.DELETED: "Gelöscht",
    HistoryKind.HANDED_OVER: "An Nachfolger übergeben",
    HistoryKind.JOB_CREATED: "Job angelegt",
    HistoryKind.JOB_RELEASED: "Job für Portale freigegeben",
    HistoryKind.JOB_WITHDRAWN: "Job-Freigabe zurückgenommen",
    HistoryKind.JOB_EDITED: "Job bearbeitet",
    HistoryKind.NOT_DUPLICATE: "Als „kein Duplikat“ markiert",
    HistoryKind.ROLE_REPLACED: "Kundenrolle ersetzt",
    HistoryKind.IMPORTED: "Importiert",
}

_LABELS_EN = {
    HistoryKind.CUSTOMER_CREATED: "Client created",
    HistoryKind.CUSTOMER_EDITED: "Client edited",
    HistoryKind.DOCUMENT_ADDED: "Document added",
    HistoryKind.LOCATION_CREATED: "Location created",
    HistoryKind.LOCATION_EDITED: "Location edited",
    HistoryKind.LOCATION_DELETED: "Location deleted",
    HistoryKind.CREATED: "Created",
    HistoryKind.EDITED: "Edited",
    HistoryKind.MOVED: "Moved",
    HistoryKind.MERGED: "Merged",
    HistoryKind.ACTIVATED: "Activated",
    HistoryKind.DEACTIVATED: "Deactivated",
    HistoryKind.PASSWORD_SET: "Password set",
    HistoryKind.USERNAME_CHANGED: "Username changed",
    HistoryKind.DELETED: "Deleted",
    HistoryKind.HANDED_OVER: "Handed over to successor",
    HistoryKind.JOB_CREATED: "Job created",
    HistoryKind.JOB_RELEASED: "Job released to portals",
    HistoryKind.JOB_WITHDRAWN: "Job release withdrawn",
    HistoryKind.JOB_EDITED: "Job edited",
    HistoryKind.NOT_DUPLICATE: "Marked “not a duplicate”",
    HistoryKind.ROLE_REPLACED: "Client role replaced",
    HistoryKind.IMPORTED: "Imported",
}
