"""The change log behind live refresh (issue 5 item 4), on every backend, and the lost server (B6)."""

from __future__ import annotations

import threading
import time

import pytest

from kontaktverwaltung.domain.errors import ConnectionLost
from kontaktverwaltung.domain.live import GAP_PATIENCE, ChangeCursor, Changes
from kontaktverwaltung.services import contacts, customers
from kontaktverwaltung.services.live import Watcher
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.live import ChangeFeed, open_feed
from kontaktverwaltung.store.opening import close_database, open_database
from tests.factories import make_contact, make_customer, make_location
from tests.proxy import Proxy


def _other_client(url: str):
    """Another workstation's connection to the same database."""
    other = dbmod.connect_url(url)
    other.connect()
    return other


def test_every_change_is_logged_with_its_customer_also_plain_sql(db, ctx, empty_db_url):
    feed = open_feed()
    start = feed.open()
    try:
        alpen = make_customer(ctx, "Alpenbau GmbH")
        contact = make_contact(ctx, make_location(ctx, alpen), "Anna", "Berger", emails=("anna@alpenbau.at",))
        other = make_customer(ctx, "Bergbahn AG")
        lines, lost = feed.read(start)
        assert not lost
        seen = Changes.of(lines)
        assert seen.customers == {alpen, other} and not seen.everything
        assert {"customer", "location", "contact", "contact_channel", "history_entry"} <= seen.tables

        position = lines[-1][0]
        plain = _other_client(empty_db_url)  # psql or mariadb at another desk
        try:
            plain.execute_sql(f"UPDATE contact SET position = 'Leitung', version = version + 1 WHERE id = {contact}")
            plain.execute_sql(f"UPDATE contact_channel SET label = 'Büro' WHERE contact_id = {contact}")
            plain.execute_sql("UPDATE customer_role SET name = 'Alles sehen' WHERE id = 1")
        finally:
            plain.close()
        lines, _ = feed.read(position)
        seen = Changes.of(lines)
        assert alpen in seen.customers and other not in seen.customers
        assert seen.everything  # a role is shared by all customers
        assert {"contact", "contact_channel", "customer_role"} <= seen.tables
    finally:
        feed.close()


def test_deleting_a_contact_is_logged_for_its_customer(db, ctx):
    alpen = make_customer(ctx)
    contact = make_contact(ctx, make_location(ctx, alpen))
    feed = open_feed()
    start = feed.open()
    try:
        contacts.delete_contact(ctx, contact)
        seen = Changes.of(feed.read(start)[0])
        assert seen.customers == {alpen} and "contact" in seen.tables and seen.customer_list
    finally:
        feed.close()


def test_a_window_away_longer_than_the_log_reloads_everything(db, ctx, monkeypatch):
    from kontaktverwaltung.store import live

    feed = open_feed()
    start = feed.open()
    try:
        for n in range(6):
            make_customer(ctx, f"Kunde {n}")
        monkeypatch.setattr(live, "KEEP", 2)
        feed.prune()
        _lines, lost = feed.read(start)
        assert lost
    finally:
        feed.close()


def test_postgresql_wakes_the_listener_at_commit(ctx, backend, empty_db_url):
    if backend != "postgresql":
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's; the others are polled")
    open_database(empty_db_url)
    feed = open_feed()
    feed.open()
    try:
        timer = threading.Timer(0.3, lambda: make_customer(ctx))
        started = time.monotonic()
        timer.start()
        feed.wait(10.0, threading.Event())
        waited = time.monotonic() - started
        timer.join()
        assert waited < 5.0  # woken by the NOTIFY, not by the end of the wait
    finally:
        feed.close()
        close_database()


# --- the cursor: lines become visible out of order -------------------------------------------------


def test_cursor_takes_each_line_once_even_out_of_order():
    cursor = ChangeCursor(10)
    assert cursor.take([(12, "contact", 5)], now=0.0).customers == {5}
    assert cursor.position == 10 and cursor.waiting  # 11 is still being written
    assert cursor.take([(11, "contact", 7), (12, "contact", 5)], now=1.0).customers == {7}
    assert cursor.position == 12 and not cursor.waiting


def test_cursor_gives_up_a_line_that_never_comes():
    cursor = ChangeCursor(0)
    cursor.take([(2, "customer", 1)], now=0.0)
    cursor.take([(2, "customer", 1)], now=GAP_PATIENCE - 1)
    assert cursor.position == 0
    cursor.take([(2, "customer", 1), (3, "customer", 4)], now=GAP_PATIENCE + 1)
    assert cursor.position == 3 and not cursor.waiting


# --- the watcher: others' changes, a lost server -----------------------------------------------


class Collected:
    def __init__(self) -> None:
        self.changes: list[Changes] = []
        self.links: list[bool] = []
        self.event = threading.Event()

    def on_changes(self, changes: Changes) -> None:
        self.changes.append(changes)
        self.event.set()

    def on_link(self, up: bool) -> None:
        self.links.append(up)
        self.event.set()

    def wait_for(self, condition, seconds: float = 10.0) -> float:
        started = time.monotonic()
        while not condition():
            assert time.monotonic() - started < seconds, (self.changes, self.links)
            self.event.wait(0.05)
            self.event.clear()
        return time.monotonic() - started


def test_watcher_reports_another_clients_change_within_two_seconds(db, ctx, empty_db_url):
    alpen = make_customer(ctx)
    seen = Collected()
    watcher = Watcher(seen.on_changes, seen.on_link)
    watcher.start()
    try:
        time.sleep(0.3)  # the watcher has opened its feed
        plain = _other_client(empty_db_url)
        try:
            plain.execute_sql(f"UPDATE customer SET name = 'Alpenbau AG', version = version + 1 WHERE id = {alpen}")
        finally:
            plain.close()
        waited = seen.wait_for(lambda: any(alpen in c.customers for c in seen.changes))
        assert waited < 2.0
    finally:
        watcher.stop()


@pytest.fixture
def through_proxy(backend, empty_db_url):
    """The database reached through a proxy that the test can cut (a server going away)."""
    if backend == "sqlite":
        pytest.skip("a SQLite file has no server to lose")
    proxy, url = Proxy.for_url(empty_db_url)
    yield proxy, url
    proxy.close()
    close_database()


def test_a_lost_server_is_reported_and_survived(through_proxy, ctx):
    proxy, url = through_proxy
    open_database(url)
    alpen = make_customer(ctx, "Alpenbau GmbH")
    seen = Collected()
    watcher = Watcher(seen.on_changes, seen.on_link)
    watcher.start()
    try:
        time.sleep(0.3)
        proxy.cut()
        seen.wait_for(lambda: seen.links == [False])
        with pytest.raises(ConnectionLost) as lost:
            customers.edit_customer(ctx, alpen, 1, customers.CustomerInput("K-1", "Alpenbau AG"))
        assert "Eingaben bleiben erhalten" in lost.value.message()
        proxy.resume()
        seen.wait_for(lambda: seen.links == [False, True] and any(c.everything for c in seen.changes))
        # the window's own connection comes back by itself, too
        customers.edit_customer(ctx, alpen, 1, customers.CustomerInput("K-1", "Alpenbau AG"))
        assert customers.customer(alpen).name == "Alpenbau AG"
    finally:
        watcher.stop()


def test_a_read_after_the_server_came_back_just_works(through_proxy, ctx):
    proxy, url = through_proxy
    open_database(url)
    make_customer(ctx, "Alpenbau GmbH")
    assert customers.customer_count() == 1
    proxy.cut()
    proxy.resume()
    assert customers.customer_count() == 1  # sent again on a new connection, no error


def test_a_feed_on_a_missing_server_says_connection_lost(through_proxy):
    proxy, url = through_proxy
    open_database(url)
    proxy.cut()
    with pytest.raises(ConnectionLost):
        ChangeFeed(dbmod.current()).open()


def test_the_first_save_after_the_server_came_back_just_works(through_proxy, ctx):
    """A connection that died while idle (a server restarted overnight) fails at BEGIN, before
    anything was sent: the save begins again on a new connection instead of failing."""
    proxy, url = through_proxy
    open_database(url)
    alpen = make_customer(ctx, "Alpenbau GmbH")
    proxy.cut()
    proxy.resume()
    customers.edit_customer(ctx, alpen, 1, customers.CustomerInput("K-1", "Alpenbau AG"))
    assert customers.customer(alpen).name == "Alpenbau AG"


def test_cursor_still_takes_a_line_that_comes_after_it_moved_on():
    cursor = ChangeCursor(0)
    cursor.take([(2, "customer", 1)], now=0.0)
    cursor.take([], now=GAP_PATIENCE + 1)  # moved on without line 1 …
    assert cursor.position == 2 and cursor.late == [1]
    assert cursor.take([(1, "customer", 9)], now=GAP_PATIENCE + 30).customers == {9}  # … which still counts
    assert cursor.late == []


def test_a_long_transaction_committed_after_others_is_still_shown(backend, empty_db_url, ctx):
    if backend == "sqlite":
        pytest.skip("SQLite writers take turns: no transaction commits after a later one")
    open_database(empty_db_url)
    slow, quick = make_customer(ctx, "Langsam GmbH"), make_customer(ctx, "Schnell AG")
    seen = Collected()
    watcher = Watcher(seen.on_changes, seen.on_link)
    watcher.start()
    psql = _other_client(empty_db_url)
    try:
        time.sleep(0.3)
        with psql.atomic():  # someone at psql: BEGIN; UPDATE …; (coffee) COMMIT;
            psql.execute_sql(f"UPDATE customer SET notes = 'x', version = version + 1 WHERE id = {slow}")
            plain = _other_client(empty_db_url)
            plain.execute_sql(f"UPDATE customer SET notes = 'y', version = version + 1 WHERE id = {quick}")
            plain.close()
            seen.wait_for(lambda: any(quick in c.customers for c in seen.changes))
            time.sleep(GAP_PATIENCE + 1.0)  # the watcher has moved on meanwhile
        waited = seen.wait_for(lambda: any(slow in c.customers for c in seen.changes))
        assert waited < 2.0
    finally:
        psql.close()
        watcher.stop()
        close_database()
