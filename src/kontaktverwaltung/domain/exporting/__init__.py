"""Contacts as they leave the app (R13): the rows an export reads, and the file formats built
from them (vCard, tables for CSV and Excel). Plain Python: no database, no Qt, no files."""
