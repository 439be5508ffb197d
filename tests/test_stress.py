"""The stress run of issue 5 in CI: two processes × 1,000 conflicting saves of one record on each
backend, and not one update lost (B5). benchmarks/stress.py prints the table."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BACKENDS, REQUIRED, SERVER_URLS, _prepare_server

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_clients_times_a_thousand_conflicting_saves_lose_nothing(backend):
    env = dict(os.environ)
    if backend != "sqlite":
        reason = _prepare_server(backend)
        if reason:
            if REQUIRED:
                pytest.fail(f"required backend missing: {reason}")
            pytest.skip(reason)
        base, _, query = SERVER_URLS[backend].partition("?")
        stress_url = f"{base}_stress" + (f"?{query}" if query else "")  # beside the test database
        env["KV_STRESS_POSTGRES_URL" if backend == "postgresql" else "KV_STRESS_MYSQL_URL"] = stress_url
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "stress.py"), "--backends", backend, "--edits", "1000"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    row = next(line.split() for line in result.stdout.splitlines() if line.startswith(backend))
    saves, lost, twice, refused = (int(v) for v in row[1:5])
    assert (saves, lost, twice) == (2000, 0, 0)
    assert refused > 0  # the two really got in each other's way, and each refusal was saved again
