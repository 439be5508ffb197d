"""Persistence with peewee: models, database URLs, migrations, queries. No Qt here."""
