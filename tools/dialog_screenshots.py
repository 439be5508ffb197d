"""Screenshots of the import, export and duplicates dialogs: the README's pictures, and every
screen of them for looking at (German, English, a small laptop screen with 125 % scaling).

    .venv/bin/python tools/dialog_screenshots.py --docs
        docs/importdialog.png and docs/dubletten.png, as the README shows them (German)
    .venv/bin/python tools/dialog_screenshots.py --out /tmp/shots [--language en] [--screen 1366x768 --scale 1.25]
        every screen: import (file, mapping and preview, progress, result), export, duplicates

The data is the demo database (``demo --customers 50 --seed 4``) in a temporary folder, and an
Outlook CSV written from it: some rows update or match people of "K-10003", some are new, one
is only a company. Nothing of the user's (database, settings) is touched.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_setup import (
    DOCS_SIZE,
    ROOT,
    grab,
    offscreen,
    parse_screenshot_arguments,
    screenshot_parser,
    settle,
)

if TYPE_CHECKING:
    from kontaktverwaltung.domain.records import ContactCard

OUTLOOK_HEADER = (
    "Anrede;Vorname;Nachname;Firma;Abteilung;Position;Straße geschäftlich;Postleitzahl geschäftlich;"
    "Ort geschäftlich;Land/Region geschäftlich;Telefon geschäftlich;Mobiltelefon;E-Mail-Adresse;Notizen\r\n"
)


def _arguments() -> argparse.Namespace:
    parser = screenshot_parser(
        __doc__,
        docs_help="write docs/importdialog.png and docs/dubletten.png",
        out_help="folder for every screen (import_*.png, export.png, …)",
    )
    return parse_screenshot_arguments(parser)


def _outlook_csv(path: Path) -> None:
    """A German Outlook export (Windows-1252) that meets the demo data: updates, matches, new people."""
    from kontaktverwaltung.services import customers

    panel = customers.load_panel(customers.customer_id_by_number("K-10003"))
    company = panel.customer.name
    columns = OUTLOOK_HEADER.strip().split(";")
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    people: list[ContactCard] = []
    for card in panel.contacts:  # three people, not a demo twin that shares an e-mail
        if card.primary_email and card.primary_email not in seen and len(people) < 3:
            people.append(card)
        seen.add(card.primary_email)
    for number, card in enumerate(people):
        rows.append(
            {
                "Anrede": card.salutation,
                "Vorname": card.first_name,
                "Nachname": card.last_name,
                "Firma": company,
                "Abteilung": card.department,
                "Position": "Leitung Personal" if number == 0 else card.position,  # the first one is updated
                "Telefon geschäftlich": card.primary_phone,
                "E-Mail-Adresse": card.primary_email,
            }
        )
    rows += [
        {
            **{"Anrede": "Herr", "Vorname": "Jürgen", "Nachname": "Größinger", "Firma": company},
            **{"Abteilung": "Personal", "Position": "Recruiter", "Straße geschäftlich": "Hauptstraße 12"},
            **{
                "Postleitzahl geschäftlich": "8010",
                "Ort geschäftlich": "Graz",
                "Land/Region geschäftlich": "Österreich",
            },
            **{"Telefon geschäftlich": "0316 123456", "Mobiltelefon": "0664 1234567"},
            **{"E-Mail-Adresse": "j.groessinger@example.at", "Notizen": "kennt uns von der Messe"},
        },
        {
            **{"Anrede": "Herr", "Vorname": "René", "Nachname": "Doppler", "Firma": "Bäckerei Öllinger GmbH"},
            **{"Position": "Einkauf", "Ort geschäftlich": "Linz", "Telefon geschäftlich": "0732 55 66 77"},
            "E-Mail-Adresse": "rene.doppler@oellinger",  # no domain ending: reported, the person imported
        },
        {"Firma": "Nur Firma KG", "Telefon geschäftlich": "01 234 56 78", "E-Mail-Adresse": "office@nurfirma.at"},
        {
            **{"Anrede": "Frau", "Vorname": "Sabine", "Nachname": "Krämer", "Firma": "Müller & Söhne AG"},
            **{"Position": "Assistenz", "Land/Region geschäftlich": "Deutschland"},
            **{"Telefon geschäftlich": "030 1234567", "E-Mail-Adresse": "sabine.kraemer@mueller-soehne.de"},
        },
    ]
    lines = [";".join(row.get(column, "") for column in columns) + "\r\n" for row in rows]
    path.write_bytes((OUTLOOK_HEADER + "".join(lines)).encode("cp1252"))


def _big_csv(path: Path, count: int = 4000) -> None:
    """Enough rows that the progress bar is seen."""
    lines = [
        f"Herr;Vorname{i};Nachname{i};Firma {i % 40} GmbH;;;;;;;;;p{i}@firma{i % 40}.at;\r\n" for i in range(count)
    ]
    path.write_bytes((OUTLOOK_HEADER + "".join(lines)).encode("cp1252"))


def main() -> int:
    args = _arguments()
    work = offscreen(args, "kv-screenshots-")
    from PySide6.QtWidgets import QDialog

    from kontaktverwaltung.app import application
    from kontaktverwaltung.services import customers
    from kontaktverwaltung.services.common import Context
    from kontaktverwaltung.services.demo import generate
    from kontaktverwaltung.store.opening import open_database

    application()
    open_database(f"sqlite:///{work / 'demo.sqlite3'}")
    generate(50, 4)
    ctx = Context("Sabine Recruiterin")
    sample = work / "Outlook-Kontakte.csv"
    _outlook_csv(sample)
    shots: list[Path] = []

    from kontaktverwaltung.ui.duplicates_dialog import DuplicatesDialog
    from kontaktverwaltung.ui.export_dialog import ExportDialog
    from kontaktverwaltung.ui.import_dialog import ImportDialog

    customer_id = customers.customer_id_by_number("K-10003")
    if args.docs:
        dialog = ImportDialog(ctx, None, sample)
        dialog.resize(*DOCS_SIZE)
        dialog.show()
        settle(dialog.ui.importButton.isEnabled)
        dialog.ui.previewTable.selectRow(4)  # René Doppler: imported, his e-mail reported
        shots.append(grab(dialog, ROOT / "docs" / "importdialog.png"))
        duplicates = DuplicatesDialog(None, ctx, None)
        duplicates.resize(*DOCS_SIZE)
        duplicates.show()
        settle(lambda: duplicates.ui.pairTable.isEnabled())
        shots.append(grab(duplicates, ROOT / "docs" / "dubletten.png"))
    else:
        out: Path = args.out
        out.mkdir(parents=True, exist_ok=True)
        empty = ImportDialog(ctx, None)
        empty.show()
        shots.append(grab(empty, out / "import_1_file.png"))
        empty.reject()
        dialog = ImportDialog(ctx, None, sample)
        dialog.show()
        settle(dialog.ui.importButton.isEnabled)
        dialog.ui.previewTable.selectRow(4)
        shots.append(grab(dialog, out / "import_2_mapping_preview.png"))
        dialog.ui.importButton.click()
        settle(lambda: not dialog.ui.importButton.isVisible() or not dialog.isVisible())
        shots.append(grab(dialog, out / "import_4_result.png"))
        dialog.done(QDialog.DialogCode.Accepted)
        big = work / "gross.csv"
        _big_csv(big)
        progress = ImportDialog(ctx, None, big)
        progress.show()
        settle(progress.ui.importButton.isEnabled, 120_000)
        progress.ui.importButton.click()
        settle(lambda: progress.ui.progressBar.isVisible() and progress.ui.progressBar.value() > 0, 120_000)
        shots.append(grab(progress, out / "import_3_progress.png"))
        progress.reject()  # cancels: nothing is written
        settle(lambda: not progress.isVisible(), 120_000)
        panel = customers.load_panel(customer_id)
        shown = [c.id for c in panel.contacts[:7]]
        export = ExportDialog(None, (customer_id, panel.customer.name), shown)
        export.show()
        shots.append(grab(export, out / "export.png"))
        export.reject()
        duplicates = DuplicatesDialog(None, ctx, None)
        duplicates.show()
        settle(lambda: duplicates.ui.pairTable.isEnabled())
        shots.append(grab(duplicates, out / "duplicates.png"))
        duplicates.reject()
    from kontaktverwaltung.store.opening import close_database

    close_database()
    shutil.rmtree(work, ignore_errors=True)
    for path in shots:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
