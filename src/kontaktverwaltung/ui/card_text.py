"""A contact card as plain text, for the clipboard (Ctrl+C on a card, "Visitenkarte kopieren"):
what a recruiter pastes into a mail or a note, in the UI's language, with every e-mail and phone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kontaktverwaltung.domain.channels import ChannelKind
from kontaktverwaltung.domain.contact import display_name
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from kontaktverwaltung.domain.exporting.records import ExportChannel, ExportContact

EMAIL_LABELS = {  # the e-mail labels the form stores (German), shown translated
    "Arbeit": QT_TRANSLATE_NOOP("ChannelRow", "Arbeit"),
    "Privat": QT_TRANSLATE_NOOP("ChannelRow", "Privat"),
    "Sonstige": QT_TRANSLATE_NOOP("ChannelRow", "Sonstige"),
}


def channel_kind_label(channel: ExportChannel) -> str:
    """ "Mobil", "Telefon (Zentrale)", "E-Mail (Privat)": the kind, and the label where there is one."""
    kind = ChannelKind(channel.kind).label() if channel.kind in ChannelKind._value2member_map_ else channel.kind
    label = channel.label
    if label in EMAIL_LABELS:
        label = QCoreApplication.translate("ChannelRow", EMAIL_LABELS[label])
    return f"{kind} ({label})" if label else kind


def by_kind(contact: ExportContact) -> list[ExportChannel]:
    """E-mails first, then phones; the primary first within each, else in the form's order."""
    return sorted(contact.channels, key=lambda c: c.kind != "email")


def card_as_text(contact: ExportContact) -> str:
    """Name; position and department; customer and location; address; one line per e-mail and phone."""
    lines = [display_name(contact.salutation, contact.title, contact.first_name, contact.last_name)]
    job = " · ".join(p for p in (contact.position, contact.department) if p)
    if job:
        lines.append(job)
    lines.append(" – ".join(p for p in (contact.customer_name, contact.location_name) if p))
    place = " ".join(p for p in (contact.postal_code, contact.city) if p)
    address = ", ".join(p for p in (contact.street, place) if p)
    if address:
        lines.append(address)
    lines.extend(f"{channel_kind_label(c)}: {c.display}" for c in by_kind(contact))
    return "\n".join(lines)
