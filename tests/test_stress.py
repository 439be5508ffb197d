"""The stress run of issue 5 in CI: two processes × 1,000 conflicting saves of one record on each
backend, and not one update lost (B5). benchmarks/stress.py prints the table."""

from __future__ import annotations

import pytest

from tests.benchmark_runs import run_benchmark
from tests.conftest import BACKENDS


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_clients_times_a_thousand_conflicting_saves_lose_nothing(backend):
    row = run_benchmark("stress", backend, "--edits", "1000")[0]
    saves, lost, twice, refused = (int(v) for v in row[1:5])
    assert (saves, lost, twice) == (2000, 0, 0)
    assert refused > 0  # the two really got in each other's way, and each refusal was saved again
