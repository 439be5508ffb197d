"""Runs a script of benchmarks/ as its own process against one backend, for the CI doses of the
reliability suite (races, stress): the script gets a server database of its own beside the test
database, and a missing server fails (CI) or skips (a developer's machine) like every database test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REQUIRED, SERVER_URLS, _prepare_server

ROOT = Path(__file__).resolve().parent.parent


def run_benchmark(script: str, backend: str, *args: str) -> list[list[str]]:
    """Run ``benchmarks/<script>.py --backends BACKEND ARGS``; return the table rows of that backend."""
    env = dict(os.environ)
    if backend != "sqlite":
        reason = _prepare_server(backend)
        if reason:
            if REQUIRED:
                pytest.fail(f"required backend missing: {reason}")
            pytest.skip(reason)
        base, _, query = SERVER_URLS[backend].partition("?")
        url = f"{base}_{script}" + (f"?{query}" if query else "")
        env["KV_STRESS_POSTGRES_URL" if backend == "postgresql" else "KV_STRESS_MYSQL_URL"] = url
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / f"{script}.py"), "--backends", backend, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return [line.split() for line in result.stdout.splitlines() if line.startswith(backend)]
