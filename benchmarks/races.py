"""Two workstations, one moment: merge vs edit, delete vs edit, two password claims on one address.

    python benchmarks/races.py [--backends sqlite,postgresql,mysql] [--rounds 50] [--scenarios ...]

Two processes, each with its own connection, meet at a barrier before every round and then do
their half of the round at the same moment. After each round the parent checks what a user would
notice: a merge or delete and an edit of the same contact must not both report success (one of
them would be lost, B5); of two contacts claiming one login address at once, exactly one may end
with a portal login (R2). The table reports rounds, failures (the goal: 0) and how the rounds
ended. Exit status 1 when any round failed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from stress import prepare  # noqa: E402  (a fresh database of the run's own)

SCENARIOS = ("merge_edit", "delete_edit", "two_claims")


def _fast_hashing() -> None:
    """Argon2id, cheap parameters: the race is about the database, not the hash's cost."""
    from argon2 import PasswordHasher

    from kontaktverwaltung.services import portal

    portal._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


# --- the two halves of each round ------------------------------------------------------------------


def _outcome(action: Callable[[], object]) -> str:
    from kontaktverwaltung.domain.errors import ConflictError, NotFound, RuleViolation

    try:
        action()
        return "ok"
    except (ConflictError, NotFound):
        return "conflict"
    except RuleViolation:
        return "refused"


def half(scenario: str, side: int, data: dict[str, int]) -> str:
    from kontaktverwaltung.services import contacts, merge, portal
    from kontaktverwaltung.services.common import Context
    from tests.factories import contact_input

    ctx = Context(f"Platz {side + 1}")
    if scenario == "merge_edit":
        if side == 0:
            return _outcome(
                lambda: merge.merge_contacts(
                    ctx, data["a"], data["b"], expected_versions=(data["version_a"], data["version_b"])
                )
            )
        target = data["a"] if data["round"] % 2 else data["b"]
        version = data["version_a"] if target == data["a"] else data["version_b"]
        return _outcome(
            lambda: contacts.edit_contact(
                ctx, target, version, contact_input(data["location"], "Anna", "Berger", department=f"R{data['round']}")
            )
        )
    if scenario == "delete_edit":
        if side == 0:
            return _outcome(lambda: contacts.delete_contact(ctx, data["a"], data["version_a"]))
        return _outcome(
            lambda: contacts.edit_contact(
                ctx, data["a"], data["version_a"], contact_input(data["location"], "Anna", "Berger", position="neu")
            )
        )
    if scenario == "two_claims":
        contact = data["a"] if side == 0 else data["b"]
        return _outcome(lambda: portal.set_password(ctx, contact, f"passwort-{side}-lang"))
    raise AssertionError(scenario)


def worker(url: str, side: int, rounds: list[tuple[str, dict[str, int]]], barrier: Any, results: Any) -> None:
    sys.path.insert(0, str(ROOT))
    from kontaktverwaltung.store.opening import open_database

    try:
        open_database(url)
        _fast_hashing()
        for scenario, data in rounds:
            barrier.wait(timeout=60)
            results.put((side, data["round"], scenario, half(scenario, side, data)))
    except BaseException as error:  # the run must end, and say why
        results.put((side, -1, "", repr(error)))


# --- setting up and judging ----------------------------------------------------------------------


def setup_rounds(scenarios: list[str], rounds: int) -> list[tuple[str, dict[str, int]]]:
    sys.path.insert(0, str(ROOT))
    from kontaktverwaltung.services import contacts, portal
    from kontaktverwaltung.services.common import Context
    from tests.factories import make_contact, make_customer, make_location

    ctx = Context("Vorbereitung")
    customer = make_customer(ctx, "Wettlauf GmbH", "W-1")
    location = make_location(ctx, customer)
    job = portal.create_job(ctx, customer, "Freigegeben").value
    portal.set_job_released(ctx, job, True)
    plan = []
    number = 0
    for scenario in scenarios:
        for _ in range(rounds):
            number += 1
            mail = f"r{number}@wettlauf.at"
            a = make_contact(ctx, location, "Anna", "Berger", emails=(mail,))
            b = make_contact(ctx, location, "Anna", "Berger", emails=(mail.upper(),))
            data = {
                "round": number,
                "a": a,
                "b": b,
                "location": location,
                "version_a": contacts.contact_card(a).version,
                "version_b": contacts.contact_card(b).version,
            }
            plan.append((scenario, data))
    return plan


def judge(scenario: str, data: dict[str, int], outcomes: tuple[str, str]) -> str | None:
    """What went wrong in this round as a user would notice it, or None."""
    from kontaktverwaltung.store.models import Contact

    if scenario in ("merge_edit", "delete_edit"):
        if outcomes == ("ok", "ok"):
            return "beide gespeichert: eine Änderung verloren"
        return None
    logins = Contact.select().where(Contact.id.in_([data["a"], data["b"]]) & Contact.password_hash.is_null(False))
    if logins.count() != 1:
        return f"{logins.count()} Portalzugänge auf einer Adresse"
    return None


def run(backend: str, scenarios: list[str], rounds: int) -> list[tuple[str, str, int, int, Counter[str], float]]:
    from kontaktverwaltung.store.opening import close_database, open_database

    folder = Path(tempfile.mkdtemp(prefix="kv-races-"))
    try:
        url = prepare(backend, folder)
        open_database(url)
        plan = setup_rounds(scenarios, rounds)
        close_database()
        spawn = multiprocessing.get_context("spawn")
        barrier = spawn.Barrier(2)
        results: multiprocessing.Queue = spawn.Queue()
        workers = [spawn.Process(target=worker, args=(url, side, plan, barrier, results)) for side in (0, 1)]
        started = time.perf_counter()
        for process in workers:
            process.start()
        by_round: dict[int, dict[int, str]] = {}
        for _ in range(2 * len(plan)):
            side, number, _scenario, outcome = results.get(timeout=300)
            if number == -1:
                for process in workers:
                    process.kill()
                raise SystemExit(f"{backend}: a client failed: {outcome}")
            by_round.setdefault(number, {})[side] = outcome
        for process in workers:
            process.join()
        seconds = time.perf_counter() - started
        open_database(url)
        rows = []
        for scenario in scenarios:
            failures = 0
            endings: Counter[str] = Counter()
            for name, data in plan:
                if name != scenario:
                    continue
                outcomes = (by_round[data["round"]][0], by_round[data["round"]][1])
                endings["/".join(outcomes)] += 1
                problem = judge(scenario, data, outcomes)
                if problem:
                    failures += 1
                    print(f"{backend} {scenario} Runde {data['round']}: {problem}", file=sys.stderr)
            rows.append((backend, scenario, rounds, failures, endings, seconds))
        close_database()
        return rows
    finally:
        close_database()
        prepare(backend, folder, create=False)
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", default="sqlite,postgresql,mysql")
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    args = parser.parse_args(argv)
    scenarios = args.scenarios.split(",")
    rows = [row for backend in args.backends.split(",") for row in run(backend, scenarios, args.rounds)]
    print(f"{'Datenbank':<12}{'Wettlauf':<14}{'Runden':>7}{'Fehler':>8}  Ausgänge (Platz 1/Platz 2)")
    for backend, scenario, rounds, failures, endings, _seconds in rows:
        shown = ", ".join(f"{k} {v}" for k, v in sorted(endings.items()))
        print(f"{backend:<12}{scenario:<14}{rounds:>7}{failures:>8}  {shown}")
    return 1 if any(row[3] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
