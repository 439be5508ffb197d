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

The core's texts – every ``T("…")`` in domain/, services/, store/, cli.py, app.py and ui/
(domain/messages.py; the UI uses it where it builds a problem of its own) –
are found with ``ast`` and handed to lupdate as ``QT_TRANSLATE_NOOP("Meldungen", …)`` lines of a
temporary file, so they live in the same catalogues. For the command line, which runs without Qt,
each non-German catalogue's "Meldungen" texts are also written as a small JSON file
(src/kontaktverwaltung/resources/translations/meldungen_<lang>.json, package data).
See docs/translations.md.
"""

from __future__ import annotations

import ast
import json
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
PACKAGE = ROOT / "src" / "kontaktverwaltung"
CORE = ("domain", "services", "store", "cli.py", "app.py", "ui")
CONTEXT = "Meldungen"  # domain/messages.py CONTEXT


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def sources() -> list[Path]:
    code = [path for path in sorted(UI_CODE.rglob("*.py")) if "generated" not in path.relative_to(UI_CODE).parts]
    return [UI_CODE.parent / "app.py", *code, *sorted(FORMS.glob("*.ui"))]


def core_sources() -> list[Path]:
    paths: list[Path] = []
    for name in CORE:
        path = PACKAGE / name
        found = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        paths.extend(p for p in found if "generated" not in p.parts)
    return paths


def core_texts() -> list[tuple[str, str | None]]:
    """Every ``T("…")`` / ``T("…", "disambiguation")`` of the core, in order of appearance, once."""
    found: dict[tuple[str, str | None], None] = {}
    for path in core_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "T"):
                continue
            texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if len(texts) != len(node.args) or len(texts) not in (1, 2) or node.keywords:
                raise SystemExit(f"{path}:{node.lineno}: T() needs a string literal (and a disambiguation literal)")
            found.setdefault((texts[0], texts[1] if len(texts) == 2 else None), None)
    return list(found)


def write_core_marks(folder: Path) -> Path:
    """The core's texts as QCoreApplication.translate lines lupdate reads (a .py file of its own)."""
    lines = [
        f"QCoreApplication.translate({json.dumps(CONTEXT)}, {json.dumps(text, ensure_ascii=False)}"
        + (f", {json.dumps(comment, ensure_ascii=False)})" if comment else ")")
        for text, comment in core_texts()
    ]
    path = folder / "core_messages.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def json_file(language: str, folder: Path = QM_DIR) -> Path:
    return folder / f"meldungen_{language}.json"


def core_catalogue(ts: Path) -> dict[str, str]:
    """Key (domain/messages.py: the German source, with "disambiguation\\x04" before it where it has
    one) → translation, of the finished "Meldungen" texts of one .ts file."""
    catalogue: dict[str, str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue
            comment = message.findtext("comment")
            source = message.findtext("source", "")
            catalogue[f"{comment}\x04{source}" if comment else source] = translation.text
    return catalogue


def write_json(ts: Path, target: Path) -> None:
    body = json.dumps(core_catalogue(ts), ensure_ascii=False, indent=0, sort_keys=True)
    target.write_text(body + "\n", encoding="utf-8")


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
    with tempfile.TemporaryDirectory() as temp:
        files.append(str(write_core_marks(Path(temp))))
        _lupdate(ts_folder, files)


def _lupdate(ts_folder: Path, files: list[str]) -> None:
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
            if language != SOURCE_LANGUAGE:
                write_json(ts_file(language), json_file(language))
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
            if language != SOURCE_LANGUAGE:
                write_json(committed if committed.exists() else fresh, json_file(language, folder))
                shipped = json_file(language)
                if not shipped.exists() or shipped.read_bytes() != json_file(language, folder).read_bytes():
                    stale.append(shipped)
    if stale:
        print("Veraltete oder fehlende Übersetzungsdateien (python tools/translations.py ausführen):")
        for path in stale:
            print(f"  {path.relative_to(ROOT)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv[1:]))
