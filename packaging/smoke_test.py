"""Smoke test of the frozen app: build it, then use it as a user's machine would (issue 6).

python packaging/smoke_test.py [--no-build]

1. builds the package for this OS (packaging/build.py; --no-build: use the build in dist/)
2. the frozen app's checks from inside (packaging/frozen_self_test.py): every module of ours,
   phone metadata, keyring's backends, drivers, C extensions, icon, translations
3. `--version` says "Kontaktverwaltung <version>"
4. `demo --customers 30` fills a fresh SQLite database, `search` finds someone in it
5. `screenshot` renders the main window offscreen with a customer open: the PNG must be
   1280×800, not blank, and the same picture the source checkout renders of that database

Every run of the frozen app gets a temporary home, data and settings folder: nothing of the
user's is read or written. The pictures stay in dist/smoke/ to be looked at.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
DIST = ROOT / "dist"
OUT = DIST / "smoke"
sys.path.insert(0, str(PACKAGING))

import build  # noqa: E402

MIN_COLOURS = 200  # a blank or half-drawn window has a handful


def frozen_executable() -> Path:
    if sys.platform == "win32":
        return DIST / build.APP_NAME / "kontaktverwaltung-cli.exe"  # the console twin prints
    if sys.platform == "darwin":
        return DIST / f"{build.APP_NAME}.app" / "Contents" / "MacOS" / build.APP_NAME
    return DIST / "kontaktverwaltung" / "kontaktverwaltung"


class Failed(Exception):
    pass


def run_frozen(home: Path, *args: str, extra_env: dict[str, str] | None = None) -> str:
    """Run the frozen app with a private home and the offscreen platform; its output, or Failed."""
    env = {
        **os.environ,
        "HOME": str(home),
        "USERPROFILE": str(home),
        "APPDATA": str(home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",  # never the real vault
        **(extra_env or {}),
    }
    started = time.perf_counter()
    result = subprocess.run(
        [str(frozen_executable()), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=300,
    )
    seconds = time.perf_counter() - started
    shown = " ".join(args) or "(self-test)"
    print(f"  $ kontaktverwaltung {shown}   [{seconds:.1f} s, exit {result.returncode}]", flush=True)
    if result.returncode != 0:
        raise Failed(f"„{shown}“ endete mit {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def check_picture(picture: Path, reference: Path | None) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(str(picture))
    if image.isNull():
        raise Failed(f"{picture} ist kein lesbares PNG")
    if (image.width(), image.height()) != (1280, 800):
        raise Failed(f"{picture} ist {image.width()}×{image.height()}, nicht 1280×800")
    colours = {image.pixel(x, y) for y in range(0, 800, 2) for x in range(0, 1280, 2)}
    if len(colours) < MIN_COLOURS:
        raise Failed(f"{picture} hat nur {len(colours)} Farben: leer oder nicht fertig gezeichnet")
    summary = f"1280×800, {len(colours)} Farben"
    if reference is not None:
        same = image.convertToFormat(QImage.Format.Format_ARGB32) == QImage(str(reference)).convertToFormat(
            QImage.Format.Format_ARGB32
        )
        if not same:
            raise Failed(f"{picture} unterscheidet sich vom Bild aus dem Quellcode ({reference})")
        summary += ", gleich dem Bild aus dem Quellcode"
    return summary


def source_screenshot(database_url: str, home: Path, target: Path) -> Path | None:
    """The same screenshot from the source checkout (the running Python), for comparison; None
    when this Python cannot run the app."""
    try:
        import kontaktverwaltung  # noqa: F401
    except ImportError:
        return None
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "QT_QPA_PLATFORM": "offscreen"}
    env["XDG_DATA_HOME"] = str(home / ".local" / "share")
    command = [sys.executable, "-m", "kontaktverwaltung", "--db", database_url, "screenshot", str(target)]
    subprocess.run([*command, "--customer", "K-10003"], env=env, check=True, capture_output=True, timeout=300)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-build", action="store_true", help="use the build already in dist/")
    args = parser.parse_args(argv)
    version = build.version()
    if not args.no_build:
        started = time.perf_counter()
        build.main([])
        print(f"Build: {time.perf_counter() - started:.0f} s", flush=True)
    executable = frozen_executable()
    if not executable.exists():
        print(f"Kein Build gefunden: {executable} (ohne --no-build aufrufen)", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    picture = OUT / "screenshot.png"
    picture.unlink(missing_ok=True)
    print(f"Smoke-Test von {executable.relative_to(ROOT)}:", flush=True)
    try:
        with tempfile.TemporaryDirectory(prefix="kv-smoke-") as temp:
            home = Path(temp) / "home"
            home.mkdir()
            database_url = "sqlite:///" + (Path(temp) / "smoke.sqlite3").as_posix()
            print(run_frozen(home, extra_env={"KONTAKTVERWALTUNG_FROZEN_SELF_TEST": "1"}), end="")

            shown = run_frozen(home, "--version").strip()
            if shown != f"Kontaktverwaltung {version}":
                raise Failed(f"--version sagt „{shown}“, erwartet „Kontaktverwaltung {version}“")

            demo = run_frozen(home, "--db", database_url, "demo", "--customers", "30", "--seed", "4")
            if "30 Kunden" not in demo:
                raise Failed(f"demo hat nicht 30 Kunden angelegt:\n{demo}")
            found = run_frozen(home, "--db", database_url, "search", "personal")  # position or department
            if len(found.splitlines()) < 3:
                raise Failed(f"search „personal“ findet fast nichts:\n{found}")

            run_frozen(home, "--db", database_url, "screenshot", str(picture), "--customer", "K-10003")
            reference = source_screenshot(database_url, home, OUT / "screenshot-source.png")
            print(f"  Bild {picture.relative_to(ROOT)}: {check_picture(picture, reference)}")
    except (Failed, subprocess.TimeoutExpired) as error:
        print(f"FEHLGESCHLAGEN: {error}", file=sys.stderr)
        return 1
    print("Smoke-Test bestanden.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
