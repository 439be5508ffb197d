"""The race suite in CI (issue 12): two real processes, one moment, on every backend.

Merge vs edit and delete vs edit never both succeed (B5); two claims of one login address give
exactly one login (R2). benchmarks/races.py prints the table; ``python3 tasks.py stress`` runs
many more rounds."""

from __future__ import annotations

import os

import pytest

from tests.benchmark_runs import run_benchmark
from tests.conftest import BACKENDS

ROUNDS = int(os.environ.get("KV_RACE_ROUNDS", "15"))


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_workstations_at_the_same_moment_never_lose_an_edit_or_share_a_login(backend):
    rows = run_benchmark("races", backend, "--rounds", str(ROUNDS))
    assert {row[1] for row in rows} == {"merge_edit", "delete_edit", "two_claims"}
    assert all(int(row[2]) == ROUNDS and int(row[3]) == 0 for row in rows), rows
