"""Compile the Designer forms ui/*.ui into src/kontaktverwaltung/ui/generated/ui_*.py.

python tools/uic.py          regenerate
python tools/uic.py --check  fail when a committed generated form is missing or stale
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
GENERATED = ROOT / "src" / "kontaktverwaltung" / "ui" / "generated"


def compile_form(form: Path) -> str:
    uic = Path(sys.executable).with_name("pyside6-uic")
    result = subprocess.run(
        [str(uic), str(form)],
        check=True,
        capture_output=True,
        text=True,
    )
    # The compiler writes its version into the header; drop it, so that every PySide6 release
    # the project allows produces the same file and the freshness check compares content only.
    return re.sub(r"(Qt User Interface Compiler) version [\d.]+", r"\1", result.stdout)


def main(check: bool) -> int:
    stale = []
    for form in sorted(FORMS.glob("*.ui")):
        target = GENERATED / f"ui_{form.stem}.py"
        code = compile_form(form)
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != code:
                stale.append(target.relative_to(ROOT))
        else:
            target.write_text(code, encoding="utf-8")
    if stale:
        print("Veraltete oder fehlende generierte Formulare (python tools/uic.py ausführen):")
        for path in stale:
            print(f"  {path}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv[1:]))
