"""The race suite in CI (issue 12): two real processes, one moment, on every backend.

Merge vs edit and delete vs edit never both succeed (B5); two claims of one login address give
exactly one login (R2). benchmarks/races.py prints the table; ``python3 tasks.py stress`` runs
many more rounds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BACKENDS, REQUIRED, SERVER_URLS, _prepare_server

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("KV_RACE_ROUNDS", "15"))


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_workstations_at_the_same_moment_never_lose_an_edit_or_share_a_login(backend):
    env = dict(os.environ)
    if backend != "sqlite":
        reason = _prepare_server(backend)
        if reason:
            if REQUIRED:
                pytest.fail(f"required backend missing: {reason}")
            pytest.skip(reason)
        base, _, query = SERVER_URLS[backend].partition("?")
        url = f"{base}_races" + (f"?{query}" if query else "")  # beside the test database
        env["KV_STRESS_POSTGRES_URL" if backend == "postgresql" else "KV_STRESS_MYSQL_URL"] = url
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "races.py"), "--backends", backend, "--rounds", str(ROUNDS)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    rows = [line.split() for line in result.stdout.splitlines() if line.startswith(backend)]
    assert {row[1] for row in rows} == {"merge_edit", "delete_edit", "two_claims"}
    assert all(int(row[2]) == ROUNDS and int(row[3]) == 0 for row in rows), result.stdout
