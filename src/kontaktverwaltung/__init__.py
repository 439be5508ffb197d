"""Kontaktverwaltung: customers, their locations and contact persons, with portal access."""

__version__ = "0.1.0"
