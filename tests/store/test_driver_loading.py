"""Start (issue 15): the store loads the MySQL driver (PyMySQL and the cryptography package it
brings, ~50 ms) only when a MySQL or MariaDB database is used, psycopg2 only when a PostgreSQL
one is, and playhouse's URL module (~15 ms) only for a server, not on a start on SQLite; also with
PySide loaded, whose import hook looks at every module."""

from __future__ import annotations

import subprocess
import sys

import pytest

CODE = """
import sys
if sys.argv[2] == "qt":
    import PySide6.QtWidgets
from kontaktverwaltung.store.opening import open_database
from kontaktverwaltung.services import customers
open_database(sys.argv[1])
customers.customer_count()
print(sorted({"pymysql.connections", "cryptography", "psycopg2", "playhouse.db_url"} & set(sys.modules)))
"""


@pytest.mark.parametrize("with_qt", ["qt", "plain"])
def test_a_sqlite_database_opens_without_the_server_drivers(tmp_path, with_qt):
    url = f"sqlite:///{tmp_path / 'daten.sqlite3'}"
    args = [sys.executable, "-c", CODE, url, with_qt]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_mysql_url_is_read_without_the_postgresql_driver():
    """playhouse's URL module (for a server's URL; a SQLite file does without it) imports its
    PostgreSQL extensions, which import psycopg2: not on a MySQL or MariaDB database."""
    code = (
        "import sys\n"
        "from kontaktverwaltung.store.db import connect_url\n"
        "database = connect_url('mysql://root@127.0.0.1:3306/kv?mariadb=true')\n"
        "print(type(database).__name__, database.connect_params['charset'], 'psycopg2' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["CountingMySQLDatabase", "utf8mb4", "False"]


def test_the_mysql_driver_stand_in_passes_on_to_the_driver():
    import pymysql  # the stand-in while nothing used it, else the driver itself

    from kontaktverwaltung import store  # noqa: F401  (the store put the stand-in in place)

    assert pymysql.connect is sys.modules["pymysql"].connect
    assert issubclass(pymysql.err.OperationalError, Exception)


def test_the_driver_s_version_is_read_from_the_driver_in_a_fresh_process():
    """The installed app's self-test reads ``pymysql.__version__`` through the stand-in (made when
    peewee is first imported, by any store module)."""
    code = "import kontaktverwaltung.store.db, pymysql, sys; print(type(pymysql).__name__, pymysql.__version__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    stand_in, version = out.split()
    assert stand_in == "_Deferred" and version[0].isdigit()
