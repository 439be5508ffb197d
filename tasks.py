#!/usr/bin/env python3
"""Developer tasks with nothing but Python installed (Windows, macOS, Linux).

python3 tasks.py start [ARGS]   install into .venv and start the app (local database by default)
python3 tasks.py test [ARGS]    install with test tools and run the whole test suite
python3 tasks.py lint           ruff, mypy, import-linter and the form, icon and translation freshness checks
python3 tasks.py bench [ARGS]   the benchmarks (builds the reference data set once)
python3 tasks.py stress [--quick] the reliability suite's long runs: conflicting saves, races,
                                fuzzing and kill -9 trials on SQLite, PostgreSQL and MariaDB
python3 tasks.py package [ARGS] the installer for this OS into dist/ (packaging/build.py)
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def run(*args: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(a) for a in args], cwd=ROOT, env=env)


def ensure_installed(extras: str = "") -> None:
    """Create .venv and (re)install the project when pyproject.toml changed since the last install."""
    if not PYTHON.exists():
        print("Lege die virtuelle Umgebung .venv an …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".installed{extras or '-app'}"
    if stamp.exists() and stamp.read_text() == wanted:
        return
    print("Installiere Abhängigkeiten …", flush=True)
    target = f".[{extras}]" if extras else "."
    if run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", target) != 0:
        sys.exit("Installation fehlgeschlagen.")
    stamp.write_text(wanted)


def start(args: list[str]) -> int:
    ensure_installed()
    return run(PYTHON, "-m", "kontaktverwaltung", *args)


def test(args: list[str]) -> int:
    ensure_installed("dev")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # one process per core, at most four (pytest-xdist; ``-n 0`` after the task runs in one process)
    return run(PYTHON, "-m", "pytest", "-n", "auto", "--maxprocesses", "4", *args, env=env)


def lint(_args: list[str]) -> int:
    ensure_installed("dev")
    steps = [
        (PYTHON, "-m", "ruff", "check", "src", "tests", "benchmarks", "tools", "packaging", "tasks.py"),
        (PYTHON, "-m", "ruff", "format", "--check", "src", "tests", "benchmarks", "tools", "packaging", "tasks.py"),
        (PYTHON, "-m", "mypy"),
        (BIN / "lint-imports",),
        (PYTHON, "tools/uic.py", "--check"),
        (PYTHON, "tools/icons.py", "--check"),
        (PYTHON, "tools/app_icon.py", "--check"),
        (PYTHON, "tools/translations.py", "--check"),
    ]
    for step in steps:
        print("$", " ".join(str(s.name if isinstance(s, Path) else s) for s in step), flush=True)
        if run(*step) != 0:
            return 1
    return 0


def bench(args: list[str]) -> int:
    ensure_installed("dev")
    return run(PYTHON, "benchmarks/run.py", *args)


def stress(args: list[str]) -> int:
    """The reliability suite's long runs (README "Reliability"); CI runs a few rounds of each.
    --quick: a tenth of the rounds, to try the suite itself."""
    ensure_installed("dev")
    scale = 10 if "--quick" in args else 1
    backends = "sqlite,postgresql,mysql"
    env = {**os.environ, "KV_REQUIRE_BACKENDS": "1", "QT_QPA_PLATFORM": "offscreen"}
    steps: list[tuple[str | Path, ...]] = [
        (PYTHON, "benchmarks/stress.py", "--backends", backends, "--edits", str(1000 // scale)),
        (PYTHON, "benchmarks/races.py", "--backends", backends, "--rounds", str(200 // scale)),
        (PYTHON, "benchmarks/killtrials.py", "--backends", backends, "--trials", str(40 // scale)),
    ]
    failed = 0
    for step in steps:
        print("$", " ".join(str(s) for s in step[1:]), flush=True)
        failed |= run(*step, env=env) != 0
    fuzz_env = {**env, "KV_FUZZ_EXAMPLES": str(1000 // scale)}
    print(f"$ pytest tests/test_fuzz.py (KV_FUZZ_EXAMPLES={fuzz_env['KV_FUZZ_EXAMPLES']})", flush=True)
    failed |= run(PYTHON, "-m", "pytest", "-q", "tests/test_fuzz.py", env=fuzz_env) != 0
    return 1 if failed else 0


def package(args: list[str]) -> int:
    ensure_installed("packaging")
    return run(PYTHON, "packaging/build.py", *args)


TASKS = {"start": start, "test": test, "lint": lint, "bench": bench, "stress": stress, "package": package}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in TASKS:
        sys.exit(__doc__)
    sys.exit(TASKS[sys.argv[1]](sys.argv[2:]))
