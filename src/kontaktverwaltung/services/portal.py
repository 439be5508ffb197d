"""The customer portal: roles (S11), jobs and their release (S13), passwords (R4, R2),
login (R3), the portal preview (B7)."""

from __future__ import annotations

import secrets
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kontaktverwaltung.domain.errors import Problem, RuleViolation, ValidationError
from kontaktverwaltung.domain.history import HistoryKind
from kontaktverwaltung.domain.messages import Message, T, msg
from kontaktverwaltung.domain.portal import ApplicantData, JobVisibility, job_is_visible
from kontaktverwaltung.domain.results import ContactRow, JobView, PortalPreview, RoleView
from kontaktverwaltung.domain.storable import text_problem
from kontaktverwaltung.services.common import Context, Done, record_history
from kontaktverwaltung.services.contacts import (
    check_login_emails,
    free_username,
    locked_contact,
    sync_login_addresses,
)
from kontaktverwaltung.store import repo
from kontaktverwaltung.store.changes import Recorder
from kontaktverwaltung.store.db import IntegrityError, now, transaction
from kontaktverwaltung.store.models import Contact, CustomerRole, Job

MIN_PASSWORD_LENGTH = 10
_hasher = PasswordHasher()  # Argon2id with the library's current recommended parameters (R3)


# --- roles (S11) ------------------------------------------------------------------------------


def roles() -> list[RoleView]:
    return repo.roles()


def _role_values(name: str, jobs: JobVisibility, applicants: ApplicantData) -> dict[str, str]:
    name = name.strip()
    unstorable = text_problem("name", name)
    if unstorable is not None:
        raise ValidationError(unstorable)
    if not name or len(name) > 100:
        raise ValidationError(Problem.of(T("Bitte einen Namen mit höchstens 100 Zeichen eingeben."), "name"))
    return {
        "name": name,
        "job_visibility": JobVisibility(jobs).value,
        "applicant_data": ApplicantData(applicants).value,
    }


def _role_name_taken(name: str) -> ValidationError:
    return ValidationError(Problem.of(T("Eine Rolle „{name}“ gibt es schon."), "name", name=name))


def create_role(ctx: Context, name: str, jobs: JobVisibility, applicants: ApplicantData) -> Done[int]:
    values = _role_values(name, jobs, applicants)
    rec = Recorder(msg(T("Kundenrolle „{name}“ anlegen"), name=values["name"]))
    try:
        with transaction():
            if repo.role_name_taken(values["name"]):  # case-insensitive on every backend
                raise _role_name_taken(values["name"])
            role_id = rec.insert(CustomerRole, position=len(repo.roles()), **values)
    except IntegrityError as error:
        raise _role_name_taken(values["name"]) from error
    return Done(role_id, rec.change)


def edit_role(
    ctx: Context, role_id: int, version: int | None, name: str, jobs: JobVisibility, applicants: ApplicantData
) -> Done[int]:
    values = _role_values(name, jobs, applicants)
    rec = Recorder(msg(T("Kundenrolle „{name}“ bearbeiten"), name=values["name"]))
    try:
        with transaction():
            if repo.role_name_taken(values["name"], role_id):
                raise _role_name_taken(values["name"])
            new_version = rec.update_versioned(CustomerRole, role_id, version, **values)
    except IntegrityError as error:
        raise _role_name_taken(values["name"]) from error
    return Done(new_version, rec.change)


def delete_role(ctx: Context, role_id: int, replacement_id: int | None = None) -> Done[None]:
    """Delete a role; contacts holding it need a replacement role (S11)."""
    role = repo.role(role_id)
    rec = Recorder(msg(T("Kundenrolle „{name}“ löschen"), name=role.name))
    with transaction():
        if role.contact_count:
            if replacement_id is None or replacement_id == role_id:
                raise RuleViolation(
                    Problem.of(
                        T("{count:n} Ansprechpartner haben die Rolle „{name}“. Bitte eine Ersatzrolle wählen."),
                        "replacement",
                        count=role.contact_count,
                        name=role.name,
                    )
                )
            replacement = repo.role(replacement_id)
            holders = repo.role_holders_by_customer(role_id)
            rec.update_by(Contact, {"role": role_id}, role=replacement_id)
            for customer_id, count in holders.items():  # B2: each customer's history says so
                if count == 1:
                    text = T("Kundenrolle „{name}“ gelöscht: {count:n} Ansprechpartner hat jetzt „{replacement}“")
                else:
                    text = T("Kundenrolle „{name}“ gelöscht: {count:n} Ansprechpartner haben jetzt „{replacement}“")
                record_history(
                    rec,
                    ctx,
                    customer_id,
                    HistoryKind.ROLE_REPLACED,
                    msg(text, name=role.name, count=count, replacement=replacement.name),
                )
        rec.delete_by(CustomerRole, {"id": role_id})
    return Done(None, rec.change)


# --- jobs (S13) -------------------------------------------------------------------------------


def jobs_of(customer_id: int) -> list[JobView]:
    return repo.jobs_of(customer_id)


def create_job(
    ctx: Context,
    customer_id: int,
    title: str,
    responsible_id: int | None = None,
    location_id: int | None = None,
    released: bool = False,
) -> Done[int]:
    """A new open job; with ``released`` it is released to the portals at once ("Freigabe für
    Portale", S13), in the same transaction and the same undo step."""
    title = title.strip()
    unstorable = text_problem("title", title)
    if unstorable is not None:
        raise ValidationError(unstorable)
    if not title or len(title) > 200:
        raise ValidationError(Problem.of(T("Bitte einen Jobtitel (höchstens 200 Zeichen) eingeben."), "title"))
    repo.customer(customer_id)
    if responsible_id is not None:
        responsible = repo.contact_row(responsible_id)
        if responsible["customer"] != customer_id:
            raise RuleViolation(Problem.of(T("Der Ansprechpartner gehört zu einem anderen Kunden."), "responsible"))
        location_id = location_id or responsible["location"]
    rec = Recorder(
        msg(T("Job „{title}“ anlegen und freigeben") if released else T("Job „{title}“ anlegen"), title=title)
    )
    with transaction():
        job_id = rec.insert(
            Job,
            customer=customer_id,
            title=title,
            responsible=responsible_id,
            location=location_id,
            is_open=True,
            released=released,
            released_at=now() if released else None,
        )
        record_history(
            rec,
            ctx,
            customer_id,
            HistoryKind.JOB_CREATED,
            msg(T("Job „{title}“ angelegt"), title=title),
            contact_id=responsible_id,
            location_id=location_id,
        )
        if released:
            record_history(
                rec,
                ctx,
                customer_id,
                HistoryKind.JOB_RELEASED,
                msg(T("Job „{title}“ für Portale freigegeben"), title=title),
            )
    return Done(job_id, rec.change)


def set_job_released(ctx: Context, job_id: int, released: bool, version: int | None = None) -> Done[int]:
    """ "Freigabe für Portale" on or off. The first released job unlocks portal passwords (S13)."""
    job = repo.job_row(job_id)
    key = T("Job „{title}“ freigeben") if released else T("Job „{title}“: Freigabe zurücknehmen")
    rec = Recorder(msg(key, title=job["title"]))
    with transaction():
        new_version = rec.update_versioned(
            Job, job_id, version, released=released, released_at=now() if released else None
        )
        record_history(
            rec,
            ctx,
            job["customer"],
            HistoryKind.JOB_RELEASED if released else HistoryKind.JOB_WITHDRAWN,
            msg(
                T("Job „{title}“ für Portale freigegeben") if released else T("Job „{title}“ nicht mehr freigegeben"),
                title=job["title"],
            ),
        )
    return Done(new_version, rec.change)


def set_job_open(ctx: Context, job_id: int, is_open: bool, version: int | None = None) -> Done[int]:
    job = repo.job_row(job_id)
    rec = Recorder(msg(T("Job „{title}“ öffnen") if is_open else T("Job „{title}“ schließen"), title=job["title"]))
    with transaction():
        new_version = rec.update_versioned(Job, job_id, version, is_open=is_open)
        record_history(
            rec,
            ctx,
            job["customer"],
            HistoryKind.JOB_EDITED,
            msg(T("Job „{title}“ wieder geöffnet") if is_open else T("Job „{title}“ geschlossen"), title=job["title"]),
        )
    return Done(new_version, rec.change)


# --- passwords and login (S13, R2, R3, R4) -----------------------------------------------------


def password_blocker(contact_id: int) -> Problem | None:
    """Why a password cannot be set right now (R4), or None. The UI disables the control with it."""
    return customer_password_blocker(repo.contact(contact_id).customer_id)


def customer_password_blocker(customer_id: int) -> Problem | None:
    """R4 for any contact of this customer, also one still being created."""
    if not repo.has_released_job(customer_id):
        return Problem.of(
            T("Ein Passwort kann erst gesetzt werden, wenn ein Job dieses Kunden für Portale freigegeben ist."),
            "password",
        )
    return None


def generate_password() -> str:
    """A strong password that is easy to read out: four groups of letters and digits."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(4))


def set_password(ctx: Context, contact_id: int, password: str, version: int | None = None) -> Done[int]:
    """Set the portal password (S13): refused until the customer has a released job (R4) and when an
    e-mail of the contact would make e-mail login ambiguous (R2). Stored only as Argon2id hash (R3)."""
    blocker = password_blocker(contact_id)
    if blocker:
        raise RuleViolation(blocker)
    password_hash = hash_password(password)  # ~0.3 s: before the transaction, which holds locks
    rec = Recorder(Message(""))
    with transaction():
        current = locked_contact(contact_id, version)
        emails = [(c.display, c.normalized) for c in repo.channels_of(contact_id) if c.kind == "email"]
        check_login_emails(emails, [contact_id])
        name = current.name_text
        rec.change.description = msg(T("Passwort für „{name}“ setzen"), name=name)
        values = password_part(ctx, rec, current, name, password_hash, current.username)
        new_version = rec.update_loaded(Contact, current, version, **values)
        sync_login_addresses(rec, contact_id, True, emails)
    return Done(new_version, rec.change)


def hash_password(password: str) -> str:
    """The stored form of a new portal password (R3), once it is long enough."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            Problem.of(
                T("Das Passwort braucht mindestens {min_password_length} Zeichen."),
                "password",
                min_password_length=MIN_PASSWORD_LENGTH,
            )
        )
    return _hasher.hash(password)


def password_part(
    ctx: Context, rec: Recorder, current: ContactRow, name: Message, password_hash: str, username: str | None
) -> dict[str, Any]:
    """The password part of a contact's save (S13), on its row as read: the history entry; returns
    the columns to write (a username is assigned if the contact has none, R1). The caller checks
    R4 and R2 and brings the login addresses in line."""
    values: dict[str, Any] = {"password_hash": password_hash, "password_set_at": now()}
    if not username:
        values["username"] = free_username(current.first_name, current.last_name)
    record_history(
        rec,
        ctx,
        current.customer_id,
        HistoryKind.PASSWORD_SET,
        msg(T("Portal-Passwort für „{name}“ gesetzt"), name=name),
        contact_id=current.id,
        location_id=current.location_id,
    )
    return values


def authenticate(login: str, password: str) -> int | None:
    """Portal login (R3): username or any e-mail, case-insensitive (never accent-insensitive);
    only an active contact with a password, whose customer has a job released to the portals (R4,
    docs/portal-rules.md). Returns the contact id, or None (never says which part was wrong)."""
    key = login.strip().lower()
    if not key or not password or text_problem("login", key) is not None:
        return None
    candidates = [c for c in repo.login_candidates(key) if c[1]]
    if len(candidates) != 1:
        return None
    contact_id, password_hash, active = candidates[0]
    try:
        _hasher.verify(str(password_hash), password)
    except (VerificationError, InvalidHashError):
        return None
    if not active:
        return None
    # R4 holds at login too: with no job of the customer released any more, the login rests.
    return contact_id if repo.has_released_job(repo.contact(contact_id).customer_id) else None


def portal_preview(contact_id: int) -> PortalPreview:
    """ "Als dieser Ansprechpartner ansehen" (B7): whether login works, which released jobs and
    which level of applicant data the contact would see."""
    card = repo.contact_card(contact_id)
    role = repo.role(card.role_id) if card.role_id else None
    visibility = role.job_visibility if role else JobVisibility.NONE
    applicants = role.applicant_data if role else ApplicantData.NONE
    jobs = tuple(
        job
        for job in repo.jobs_of(card.customer_id)
        if job.released
        and job.is_open
        and job_is_visible(visibility, card.id, card.location_id, job.responsible_id, job.location_id)
    )
    return PortalPreview(
        card.id,
        card.readiness,
        role.name if role else "",
        visibility,
        applicants,
        jobs,
    )
