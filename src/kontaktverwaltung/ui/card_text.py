"""A contact card as plain text, for the clipboard (Ctrl+C on a card, "Visitenkarte kopieren"):
what a recruiter pastes into a mail or a note, in the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kontaktverwaltung.domain.records import ContactCard, LocationView


def card_as_text(card: ContactCard, customer_name: str, location: LocationView | None) -> str:
    """Name; position and department; customer and location; address; e-mail and phone lines."""
    lines = [card.name()]
    job = " · ".join(p for p in (card.position, card.department) if p)
    if job:
        lines.append(job)
    lines.append(f"{customer_name} – {location.name}" if location is not None and location.name else customer_name)
    if location is not None and location.address:
        lines.append(location.address)
    if card.primary_email:
        lines.append(QCoreApplication.translate("CardText", "E-Mail: {0}").format(card.primary_email))
    if card.primary_phone:
        lines.append(QCoreApplication.translate("CardText", "Telefon: {0}").format(card.primary_phone))
    return "\n".join(lines)
