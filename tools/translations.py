"""Extract the UI's texts into the Qt Linguist files and compile them (B10).

python tools/translations.py          update resources/translations/*.ts and build the .qm files
python tools/translations.py --check  fail when a .ts file misses texts of the sources, or a .qm
                                      file is missing or older than its .ts file

German is the source language: kontaktverwaltung_de.ts repeats every source text as its
translation, so the German catalogue is complete by construction. kontaktverwaltung_en.ts is
translated by hand (pyside6-linguist, or any editor); lupdate keeps what is translated and marks
new texts "unfinished" – tests/ui/test_translations.py fails on those.

Sources are the Python modules of the UI and app.py (``self.tr``, ``QCoreApplication.translate``,
``QT_TRANSLATE_NOOP``) and the Designer forms ui/*.ui; the generated forms are skipped, they
repeat the forms' texts. No line numbers are kept in the .ts files, so moving code does not make
them stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_CODE = ROOT / "src" / "kontaktverwaltung" / "ui"
FORMS = ROOT / "ui"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "src" / "kontaktverwaltung" / "resources" / "translations"
LANGUAGES = ("de", "en")
SOURCE_LANGUAGE = "de"


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def sources() -> list[Path]:
    code = [path for path in sorted(UI_CODE.rglob("*.py")) if "generated" not in path.relative_to(UI_CODE).parts]
    return [UI_CODE.parent / "app.py", *code, *sorted(FORMS.glob("*.ui"))]


def ts_file(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"kontaktverwaltung_{language}.ts"


def qm_file(language: str, folder: Path = QM_DIR) -> Path:
    return folder / f"kontaktverwaltung_{language}.qm"


def _source_as_translation(ts: Path) -> None:
    """The German catalogue translates every text into itself (finished)."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        translation.attrib.pop("type", None)
        translation.text = source
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update(ts_folder: Path) -> None:
    """Merge the sources' texts into the .ts files in ``ts_folder`` (made when missing)."""
    files = [str(path.relative_to(ROOT)) for path in sources()]
    for language in LANGUAGES:
        ts = ts_file(language, ts_folder)
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                *files,
                "-ts",
                str(ts),
            ],
            check=True,
            cwd=ROOT,
        )
        if language == SOURCE_LANGUAGE:
            _source_as_translation(ts)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def main(check: bool) -> int:
    if not check:
        TS_DIR.mkdir(parents=True, exist_ok=True)
        QM_DIR.mkdir(parents=True, exist_ok=True)
        update(TS_DIR)
        for language in LANGUAGES:
            release(ts_file(language), qm_file(language))
        return 0
    stale = []
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for language in LANGUAGES:
            if ts_file(language).exists():
                shutil.copy(ts_file(language), ts_file(language, folder))
        update(folder)
        for language in LANGUAGES:
            committed, fresh = ts_file(language), ts_file(language, folder)
            if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                stale.append(committed)
            release(committed if committed.exists() else fresh, qm_file(language, folder))
            built = qm_file(language)
            if not built.exists() or built.read_bytes() != qm_file(language, folder).read_bytes():
                stale.append(built)
    if stale:
        print("Veraltete oder fehlende Übersetzungsdateien (python tools/translations.py ausführen):")
        for path in stale:
            print(f"  {path.relative_to(ROOT)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv[1:]))
