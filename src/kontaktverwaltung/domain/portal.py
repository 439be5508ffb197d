"""The customer portal: roles (S11), readiness to log in (B12, R3, R4) and what a contact sees (B7)."""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass

from kontaktverwaltung.domain.messages import Message, Summarised, T, german, joined, msg, render


class JobVisibility(enum.StrEnum):
    NONE = "none"
    OWN = "own"
    LOCATION = "location"
    CUSTOMER = "customer"

    @property
    def text(self) -> Message:
        return Message(
            {
                "none": T("keine Jobs"),
                "own": T("eigene Jobs"),
                "location": T("Jobs des eigenen Standorts"),
                "customer": T("alle Jobs des Kunden"),
            }[self.value]
        )

    @property
    def label_de(self) -> str:
        return german(self.text)

    def label(self) -> str:
        return render(self.text)


class ApplicantData(enum.StrEnum):
    NONE = "none"
    ANONYMISED = "anonymised"
    FULL = "full"

    @property
    def text(self) -> Message:
        return Message(
            {
                "none": T("keine Bewerberdaten"),
                "anonymised": T("anonymisierte Bewerberdaten"),
                "full": T("vollständige Bewerberdaten"),
            }[self.value]
        )

    @property
    def label_de(self) -> str:
        return german(self.text)

    def label(self) -> str:
        return render(self.text)


def role_summary(jobs: JobVisibility, applicants: ApplicantData) -> str:
    """One line that says what a role sees: "Sieht alle Jobs des Kunden und anonymisierte Bewerberdaten"."""
    return render(msg(T("Sieht {jobs} und {applicants}."), jobs=jobs.text, applicants=applicants.text))


# Roles a new database starts with, named in the language of whoever creates it (they are data
# from then on); an administrator changes them in the app (S11).
DEFAULT_ROLES: tuple[tuple[str, JobVisibility, ApplicantData], ...] = (
    (T("Standard", "Kundenrolle"), JobVisibility.OWN, ApplicantData.ANONYMISED),
    (T("Standortleitung", "Kundenrolle"), JobVisibility.LOCATION, ApplicantData.ANONYMISED),
    (T("Personalabteilung", "Kundenrolle"), JobVisibility.CUSTOMER, ApplicantData.FULL),
    (T("Nur Kontakt", "Kundenrolle"), JobVisibility.NONE, ApplicantData.NONE),
)


# Why a contact cannot log in (B12); Readiness keeps them in this order.
_INACTIVE = T("Inaktiv – Portalzugang gesperrt")
_NO_PASSWORD = T("Kein Passwort gesetzt")
_NO_RELEASED_JOB = T("Kein Passwort – erst möglich, wenn ein Job für Portale freigegeben ist")
# R4 after the password was set: withdrawing the customer's last released job suspends its logins
# (the password stays); releasing a job again restores them (docs/portal-rules.md).
_SUSPENDED = T("Kein Job mehr für Portale freigegeben – Portalzugang ruht")
_SHORT = {
    _SUSPENDED: T("Portal: ruht (kein Job freigegeben)"),
    _INACTIVE: T("Portal: gesperrt (inaktiv)"),
    _NO_PASSWORD: T("Portal: kein Passwort"),
    _NO_RELEASED_JOB: T("Portal: noch kein Job freigegeben"),
}

# On the card only what is about the person (issue 14): that the customer has no released job yet
# is said once, in the customer's header, not on every card.
_PERSONAL = {
    _SUSPENDED: T("Portal: Zugang ruht"),
    _INACTIVE: T("Portal: gesperrt (inaktiv)"),
    _NO_PASSWORD: T("Portal: kein Passwort"),
    _NO_RELEASED_JOB: T("Portal: kein Passwort"),
}


@dataclass(frozen=True, slots=True)
class Readiness(Summarised):
    """Whether a contact can log into the portal, and if not, every reason why (B12): keys of the
    catalogue (domain/messages.py), rendered when shown."""

    can_login: bool
    reason_keys: tuple[str, ...]

    def reasons(self) -> tuple[str, ...]:
        return tuple(render(Message(key)) for key in self.reason_keys)

    @property
    def reasons_de(self) -> tuple[str, ...]:
        return self.reason_keys

    @property
    def text(self) -> Message:
        if self.can_login:
            return Message(T("Kann sich im Kundenportal anmelden"))
        return joined([Message(key) for key in self.reason_keys], "; ")

    @property
    def short_text(self) -> Message:
        """For the card, where space is short: "Portal: gesperrt (inaktiv)", "Portal: kein Passwort" …"""
        if self.can_login:
            return Message(T("Portal: Anmeldung möglich"))
        return Message(_SHORT.get(self.reason_keys[0], _SHORT[_NO_PASSWORD]))

    @property
    def personal_text(self) -> Message:
        """For the card: the person's own portal state ("Portal: kein Passwort", "… gesperrt
        (inaktiv)", "… Zugang ruht"); why it rests (no released job) the customer's header says."""
        if self.can_login:
            return Message(T("Portal: Anmeldung möglich"))
        return Message(_PERSONAL.get(self.reason_keys[0], _PERSONAL[_NO_PASSWORD]))

    def personal(self) -> str:
        return render(self.personal_text)

    @property
    def short_de(self) -> str:
        return german(self.short_text)

    def short(self) -> str:
        return render(self.short_text)


@functools.cache
def portal_readiness(active: bool, has_password: bool, customer_has_released_job: bool) -> Readiness:
    reasons = []
    if not active:
        reasons.append(_INACTIVE)
    if not has_password:
        reasons.append(_NO_PASSWORD if customer_has_released_job else _NO_RELEASED_JOB)
    elif not customer_has_released_job:
        reasons.append(_SUSPENDED)
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
