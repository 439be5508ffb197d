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

    def label(self, language: str = "de") -> str:
        if language == "de":
            return self.label_de
        return {
            "none": "no jobs",
            "own": "their own jobs",
            "location": "the jobs of their location",
            "customer": "all jobs of the client",
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

    def label(self, language: str = "de") -> str:
        if language == "de":
            return self.label_de
        return {
            "none": "no candidate data",
            "anonymised": "anonymised candidate data",
            "full": "full candidate data",
        }[self.value]


def role_summary(jobs: JobVisibility, applicants: ApplicantData, language: str = "de") -> str:
    """One line that says what a role sees: "Sieht alle Jobs des Kunden und anonymisierte Bewerberdaten"."""
    if language == "de":
        return f"Sieht {jobs.label_de} und {applicants.label_de}."
    return f"Sees {jobs.label(language)} and {applicants.label(language)}."


# Roles a new database starts with; an administrator changes them in the app (S11).
DEFAULT_ROLES: tuple[tuple[str, JobVisibility, ApplicantData], ...] = (
    ("Standard", JobVisibility.OWN, ApplicantData.ANONYMISED),
    ("Standortleitung", JobVisibility.LOCATION, ApplicantData.ANONYMISED),
    ("Personalabteilung", JobVisibility.CUSTOMER, ApplicantData.FULL),
    ("Nur Kontakt", JobVisibility.NONE, ApplicantData.NONE),
)


# Why a contact cannot log in (B12), in German and English; Readiness keeps them in this order.
_INACTIVE = ("Inaktiv – Portalzugang gesperrt", "Inactive – portal access blocked")
_NO_PASSWORD = ("Kein Passwort gesetzt", "No password set")
_NO_RELEASED_JOB = (
    "Kein Passwort – erst möglich, wenn ein Job für Portale freigegeben ist",
    "No password – possible once a job is released to portals",
)
# R4 after the password was set: withdrawing the customer's last released job suspends its logins
# (the password stays); releasing a job again restores them (docs/portal-rules.md).
_SUSPENDED = (
    "Kein Job mehr für Portale freigegeben – Portalzugang ruht",
    "No job released to portals any more – portal access suspended",
)
_SHORT = {
    _SUSPENDED: ("Portal: ruht (kein Job freigegeben)", "Portal: suspended (no released job)"),
    _INACTIVE: ("Portal: gesperrt (inaktiv)", "Portal: blocked (inactive)"),
    _NO_PASSWORD: ("Portal: kein Passwort", "Portal: no password"),
    _NO_RELEASED_JOB: ("Portal: noch kein Job freigegeben", "Portal: no job released yet"),
}


@dataclass(frozen=True, slots=True)
class Readiness:
    """Whether a contact can log into the portal, and if not, every reason why (B12)."""

    can_login: bool
    reasons_de: tuple[str, ...]
    reasons_en: tuple[str, ...] = ()

    def reasons(self, language: str = "de") -> tuple[str, ...]:
        return self.reasons_de if language == "de" else self.reasons_en

    @property
    def summary_de(self) -> str:
        return self.summary("de")

    def summary(self, language: str = "de") -> str:
        if self.can_login:
            return "Kann sich im Kundenportal anmelden" if language == "de" else "Can sign in to the client portal"
        return "; ".join(self.reasons(language))

    @property
    def short_de(self) -> str:
        return self.short("de")

    def short(self, language: str = "de") -> str:
        """For the card, where space is short: "Portal: gesperrt (inaktiv)", "Portal: kein Passwort" …"""
        german = language == "de"
        if self.can_login:
            return "Portal: Anmeldung möglich" if german else "Portal: can sign in"
        first = (self.reasons_de[0], self.reasons_en[0] if self.reasons_en else "")
        short = _SHORT.get(first, _SHORT[_NO_PASSWORD])
        return short[0] if german else short[1]


@functools.cache
def portal_readiness(active: bool, has_password: bool, customer_has_released_job: bool) -> Readiness:
    reasons = []
    if not active:
        reasons.append(_INACTIVE)
    if not has_password:
        reasons.append(_NO_PASSWORD if customer_has_released_job else _NO_RELEASED_JOB)
    elif not customer_has_released_job:
        reasons.append(_SUSPENDED)
    return Readiness(not reasons, tuple(de for de, _en in reasons), tuple(en for _de, en in reasons))


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
