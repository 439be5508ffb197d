"""Build Kontaktverwaltung for the operating system this runs on (B9).

python packaging/build.py [--require-installer]     (or: python3 tasks.py package)

  Linux    dist/kontaktverwaltung/ (the frozen app, a .desktop file, the icons) packed as
           dist/kontaktverwaltung-<version>-linux-<machine>.tar.gz
  Windows  dist/Kontaktverwaltung/ and, with Inno Setup's iscc (on PATH or in its usual place),
           the per-user installer dist/Kontaktverwaltung-<version>-setup.exe
  macOS    dist/Kontaktverwaltung.app and dist/Kontaktverwaltung-<version>-macos-<machine>.dmg

PyInstaller comes from the `packaging` extra (`pip install -e .[packaging]`); it is installed
into the running environment when missing. --require-installer (CI) fails when the installer
tool (iscc, hdiutil) is missing instead of stopping at the frozen folder.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_NAME = "Kontaktverwaltung"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # hicolor theme folders for Linux desktops


def version() -> str:
    text = (ROOT / "src" / "kontaktverwaltung" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if match is None:
        raise SystemExit("Keine Versionsnummer in src/kontaktverwaltung/__init__.py gefunden.")
    return match.group(1)


def machine() -> str:
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(platform.machine().lower(), platform.machine())


def run(*args: str | Path, cwd: Path = ROOT) -> None:
    print("$", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], cwd=cwd, check=True)


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller fehlt: installiere das Extra „packaging“ …", flush=True)
        run(sys.executable, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[packaging]")


def freeze() -> None:
    """The one-folder build (packaging/kontaktverwaltung.spec) into dist/."""
    run(sys.executable, str(ROOT / "tools" / "app_icon.py"), "--check")  # the icons match their SVG
    run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        WORK,
        PACKAGING / "kontaktverwaltung.spec",
    )


# --- Linux ------------------------------------------------------------------------------------

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Version=1.0
Name=Kontaktverwaltung
GenericName=Contact management
GenericName[de]=Kontaktverwaltung
Comment=Customers, their locations and contact persons
Comment[de]=Kunden, Standorte und Ansprechpartner verwalten
Exec=kontaktverwaltung
Icon=kontaktverwaltung
Terminal=false
Categories=Office;ContactManagement;
Keywords=Kunden;Kontakte;Ansprechpartner;Standorte;Customers;Contacts;
"""

INSTALL_SCRIPT = """\
#!/bin/sh
# Adds Kontaktverwaltung to this user's application menu (icon and menu entry pointing here).
# ./install-desktop-entry.sh           add or update (again after moving this folder)
# ./install-desktop-entry.sh --remove  take it out of the menu; the data stays where it is
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$share/applications/kontaktverwaltung.desktop"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry"
  find "$share/icons/hicolor" -path '*/apps/kontaktverwaltung.png' -delete 2>/dev/null || true
  echo "Kontaktverwaltung ist nicht mehr im Anwendungsmenü."
  exit 0
fi
mkdir -p "$share/applications"
cp -R "$here/share/icons" "$share/"
sed "s|^Exec=.*|Exec=\\"$here/kontaktverwaltung\\"|" "$here/share/applications/kontaktverwaltung.desktop" > "$entry"
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Kontaktverwaltung ist im Anwendungsmenü: $entry"
"""


def package_linux(folder: Path) -> Path:
    """The .desktop file and the icons in the freedesktop layout, then the .tar.gz."""
    icons = ROOT / "src" / "kontaktverwaltung" / "resources" / "icon"
    for size in ICON_SIZES:
        target = folder / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icons / f"kontaktverwaltung-{size}.png", target / "kontaktverwaltung.png")
    shutil.copyfile(icons / "kontaktverwaltung-256.png", folder / "kontaktverwaltung.png")
    applications = folder / "share" / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    (applications / "kontaktverwaltung.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    script = folder / "install-desktop-entry.sh"
    script.write_text(INSTALL_SCRIPT, encoding="utf-8")
    script.chmod(0o755)
    archive = DIST / f"kontaktverwaltung-{version()}-linux-{machine()}.tar.gz"
    print(f"Packe {archive.relative_to(ROOT)} …", flush=True)
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname="kontaktverwaltung")
    return archive


# --- Windows ----------------------------------------------------------------------------------


def find_iscc() -> Path | None:
    found = shutil.which("iscc")
    if found:
        return Path(found)
    # Where its installer puts it: for all users, or for one user (under LOCALAPPDATA\Programs).
    places = [
        Path(os.environ[name]) / sub / "Inno Setup 6" / "ISCC.exe"
        for name, sub in (("PROGRAMFILES(X86)", ""), ("PROGRAMFILES", ""), ("LOCALAPPDATA", "Programs"))
        if os.environ.get(name)
    ]
    return next((place for place in places if place.exists()), None)


def package_windows(require_installer: bool) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        message = "Inno Setup (iscc) nicht gefunden: https://jrsoftware.org/isinfo.php"
        if require_installer:
            raise SystemExit(message)
        print(f"{message} – nur der Ordner dist/{APP_NAME} wurde gebaut.", flush=True)
        return None
    run(iscc, f"/DAppVersion={version()}", f"/DDistDir={DIST}", PACKAGING / "windows" / "kontaktverwaltung.iss")
    return DIST / f"{APP_NAME}-{version()}-setup.exe"


# --- macOS ------------------------------------------------------------------------------------


def package_macos(require_installer: bool) -> Path | None:
    if shutil.which("hdiutil") is None:
        if require_installer:
            raise SystemExit("hdiutil fehlt (nur unter macOS vorhanden).")
        return None
    staging = WORK / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    # ditto keeps the bundle's symlinks and signatures intact (shutil would not)
    run("ditto", DIST / f"{APP_NAME}.app", staging / f"{APP_NAME}.app")
    (staging / "Programme").symlink_to("/Applications")  # drag the app onto it to install
    image = DIST / f"{APP_NAME}-{version()}-macos-{machine()}.dmg"
    image.unlink(missing_ok=True)
    run(
        "hdiutil",
        "create",
        "-volname",
        f"{APP_NAME} {version()}",
        "-srcfolder",
        staging,
        "-fs",
        "HFS+",
        "-format",
        "UDZO",
        "-ov",
        image,
    )
    return image


def folder_size(path: Path) -> int:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--require-installer", action="store_true", help="fail without iscc/hdiutil (CI)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    ensure_pyinstaller()
    freeze()
    if sys.platform == "win32":
        folder = DIST / APP_NAME
        result = package_windows(args.require_installer)
    elif sys.platform == "darwin":
        folder = DIST / f"{APP_NAME}.app"
        result = package_macos(args.require_installer)
    else:
        folder = DIST / "kontaktverwaltung"
        result = package_linux(folder)
    print(f"Fertig in {time.perf_counter() - started:.0f} s.")
    print(f"  {folder.relative_to(ROOT)}: {folder_size(folder) / 1e6:.0f} MB")
    if result is not None:
        print(f"  {result.relative_to(ROOT)}: {result.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
