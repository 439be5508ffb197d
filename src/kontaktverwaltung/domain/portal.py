"""The customer portal: roles (S11), readiness to log in (B12, R3, R4) and what a contact sees (B7)."""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass


class JobVisibility(enum.StrEnum):
    NONE = "none"
    OWN = "own"
    LOCATION = "location"
    CUSTOMER = "customer"

    @property
    def label_de(self) -> str:
        return {
            "none": "keine Jobs",
            "own": "eigene Jobs",
            "location": "Jobs des eigenen Standorts",
            "customer": "alle Jobs des Kunden",
        }[self.value]


class ApplicantData(enum.StrEnum):
    NONE = "none"
    ANONYMISED = "anonymised"
    FULL = "full"

    @property
    def label_de(self) -> str:
        return {
            "none": "keine Bewerberdaten",
            "anonymised": "anonymisierte Bewerberdaten",
            "full": "vollständige Bewerberdaten",
        }[self.value]


def role_summary(jobs: JobVisibility, applicants: ApplicantData) -> str:
    """One line that says what a role sees: "Sieht alle Jobs des Kunden und anonymisierte Bewerberdaten"."""
    return f"Sieht {jobs.label_de} und {applicants.label_de}."


# Roles a new database starts with; an administrator changes them in the app (S11).
DEFAULT_ROLES: tuple[tuple[str, JobVisibility, ApplicantData], ...] = (
    ("Standard", JobVisibility.OWN, ApplicantData.ANONYMISED),
    ("Standortleitung", JobVisibility.LOCATION, ApplicantData.ANONYMISED),
    ("Personalabteilung", JobVisibility.CUSTOMER, ApplicantData.FULL),
    ("Nur Kontakt", JobVisibility.NONE, ApplicantData.NONE),
)


@dataclass(frozen=True, slots=True)
class Readiness:
    """Whether a contact can log into the portal, and if not, every reason why (B12)."""

    can_login: bool
    reasons_de: tuple[str, ...]

    @property
    def summary_de(self) -> str:
        return "Kann sich im Kundenportal anmelden" if self.can_login else "; ".join(self.reasons_de)

    @property
    def short_de(self) -> str:
        """For the card, where space is short: "Portal: gesperrt (inaktiv)", "Portal: kein Passwort" …"""
        if self.can_login:
            return "Portal: Anmeldung möglich"
        first = self.reasons_de[0]
        if first.startswith("Inaktiv"):
            return "Portal: gesperrt (inaktiv)"
        if "freigegeben" in first:
            return "Portal: noch kein Job freigegeben"
        return "Portal: kein Passwort"


@functools.cache
def portal_readiness(active: bool, has_password: bool, customer_has_released_job: bool) -> Readiness:
    reasons = []
    if not active:
        reasons.append("Inaktiv – Portalzugang gesperrt")
    if not has_password:
        if customer_has_released_job:
            reasons.append("Kein Passwort gesetzt")
        else:
            reasons.append("Kein Passwort – erst möglich, wenn ein Job für Portale freigegeben ist")
    return Readiness(not reasons, tuple(reasons))


def job_is_visible(
    visibility: JobVisibility,
    contact_id: int,
    contact_location_id: int,
    job_responsible_id: int | None,
    job_location_id: int | None,
) -> bool:
    """Which released jobs a contact sees in the portal (S11, B7)."""
    if visibility is JobVisibility.CUSTOMER:
        return True
    if visibility is JobVisibility.LOCATION:
        return job_location_id == contact_location_id or job_responsible_id == contact_id
    if visibility is JobVisibility.OWN:
        return job_responsible_id == contact_id
    return False
