"""kill -9 during the demo, a merge and a migration leaves a whole database (issue 12): a few
trials in CI on SQLite; ``python3 tasks.py stress`` runs many on every backend."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_kill_minus_nine_during_work_leaves_a_database_that_opens_whole():
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "killtrials.py"), "--trials", "3", "--backends", "sqlite"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    rows = [line.split() for line in result.stdout.splitlines() if line.startswith("sqlite")]
    assert {row[1] for row in rows} == {"demo", "merge", "import", "migration"}
    assert all(row[3] == "0" for row in rows)
