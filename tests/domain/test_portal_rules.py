"""Whether a contact can use the customer portal (B12, R3–R5) and which jobs a role sees there (S11, B7)."""

from __future__ import annotations

import pytest

from kontaktverwaltung.domain.portal import (
    DEFAULT_ROLES,
    ApplicantData,
    JobVisibility,
    job_is_visible,
    portal_readiness,
    role_summary,
)

# --- portal readiness on the card (B12) ---------------------------------------------------------------------


def test_active_contact_with_password_can_log_in() -> None:
    readiness = portal_readiness(active=True, has_password=True, customer_has_released_job=True)
    assert readiness.can_login
    assert readiness.reasons_de == ()
    assert readiness.summary_de == "Kann sich im Kundenportal anmelden"


def test_inactive_contact_cannot_log_in_even_with_a_password() -> None:
    readiness = portal_readiness(active=False, has_password=True, customer_has_released_job=True)
    assert not readiness.can_login
    assert readiness.reasons_de == ("Inaktiv – Portalzugang gesperrt",)
    assert readiness.summary_de == "Inaktiv – Portalzugang gesperrt"


def test_contact_without_password_cannot_log_in() -> None:
    readiness = portal_readiness(active=True, has_password=False, customer_has_released_job=True)
    assert not readiness.can_login
    assert readiness.reasons_de == ("Kein Passwort gesetzt",)


def test_without_a_released_job_the_card_says_a_password_is_not_yet_possible() -> None:
    readiness = portal_readiness(active=True, has_password=False, customer_has_released_job=False)
    assert not readiness.can_login
    assert len(readiness.reasons_de) == 1
    assert "Kein Passwort" in readiness.reasons_de[0]
    assert "Job für Portale freigegeben" in readiness.reasons_de[0]


def test_every_reason_is_listed_inactive_first() -> None:
    readiness = portal_readiness(active=False, has_password=False, customer_has_released_job=False)
    assert not readiness.can_login
    assert len(readiness.reasons_de) == 2
    assert readiness.reasons_de[0].startswith("Inaktiv")
    assert readiness.summary_de == "; ".join(readiness.reasons_de)


@pytest.mark.parametrize("active", [True, False])
@pytest.mark.parametrize("has_password", [True, False])
@pytest.mark.parametrize("released", [True, False])
def test_login_is_possible_exactly_when_active_with_password_and_a_released_job(
    active: bool, has_password: bool, released: bool
) -> None:
    """A withdrawn last job lets a login rest (docs/portal-rules.md, R4)."""
    readiness = portal_readiness(active, has_password, released)
    assert readiness.can_login == (active and has_password and released)
    assert readiness.can_login == (not readiness.reasons_de)


# --- which released jobs a contact sees (S11, B7) -----------------------------------------------------------

ME, COLLEAGUE = 10, 11
MY_LOCATION, OTHER_LOCATION = 100, 200


@pytest.mark.parametrize(
    ("visibility", "responsible", "job_location", "visible"),
    [
        # none: nothing at all, not even the own jobs
        (JobVisibility.NONE, ME, MY_LOCATION, False),
        (JobVisibility.NONE, COLLEAGUE, OTHER_LOCATION, False),
        # own: only jobs the contact is responsible for
        (JobVisibility.OWN, ME, OTHER_LOCATION, True),
        (JobVisibility.OWN, COLLEAGUE, MY_LOCATION, False),
        (JobVisibility.OWN, None, MY_LOCATION, False),
        # location: jobs of the own location, plus the own jobs elsewhere
        (JobVisibility.LOCATION, COLLEAGUE, MY_LOCATION, True),
        (JobVisibility.LOCATION, None, MY_LOCATION, True),
        (JobVisibility.LOCATION, ME, OTHER_LOCATION, True),
        (JobVisibility.LOCATION, COLLEAGUE, OTHER_LOCATION, False),
        (JobVisibility.LOCATION, None, None, False),
        # customer: every job of the customer
        (JobVisibility.CUSTOMER, COLLEAGUE, OTHER_LOCATION, True),
        (JobVisibility.CUSTOMER, None, None, True),
    ],
)
def test_job_visibility_per_role(
    visibility: JobVisibility, responsible: int | None, job_location: int | None, visible: bool
) -> None:
    assert job_is_visible(visibility, ME, MY_LOCATION, responsible, job_location) is visible


def test_role_summary_says_in_german_what_the_role_sees() -> None:
    assert (
        role_summary(JobVisibility.CUSTOMER, ApplicantData.ANONYMISED)
        == "Sieht alle Jobs des Kunden und anonymisierte Bewerberdaten."
    )


def test_default_roles_cover_every_job_visibility_with_unique_names() -> None:
    names = [name for name, _, _ in DEFAULT_ROLES]
    assert len(names) == len(set(names))
    assert {jobs for _, jobs, _ in DEFAULT_ROLES} == set(JobVisibility)
