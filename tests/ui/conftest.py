"""Fixtures shared by the window tests: the main window on a small customer (see test_main_window),
and unexpected errors failing the test (ui/failures.py logs them before any message box)."""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator

import pytest

from tests.ui.driving import settle_background
from tests.ui.test_main_window import window  # noqa: F401  (a fixture, used by name)


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []
        self.expected = False

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _no_automatic_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window on a server syncs its offline copy by itself a minute after opening and then every
    few minutes (issue 16); in tests only when a test asks for it."""
    from kontaktverwaltung.ui import sync_controller

    monkeypatch.setattr(sync_controller, "FIRST_SYNC_MS", None)
    monkeypatch.setattr(sync_controller, "SYNC_EVERY_MS", None)


@pytest.fixture(autouse=True)
def _background_settled() -> Iterator[None]:
    """Nothing a test started in the background runs on into the next test (pytest-qt has closed
    the test's windows by the time this ends); what its results left is the cycle collector's
    again (ui/collector.py keeps it out of its walks while the window shows it)."""
    yield
    settle_background()
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _unexpected_errors_fail(request: pytest.FixtureRequest) -> Iterator[_Errors]:
    """An ERROR of our 'kontaktverwaltung' logger (an unexpected failure, shown to the user as a
    message box) fails the test, unless the test asks for ``logged_errors``."""
    errors = _Errors()
    logger = logging.getLogger("kontaktverwaltung")
    logger.addHandler(errors)
    try:
        yield errors
    finally:
        logger.removeHandler(errors)
    if errors.records and not errors.expected:
        pytest.fail("Unexpected error logged: " + "; ".join(r.getMessage() for r in errors.records), pytrace=False)


@pytest.fixture
def logged_errors(_unexpected_errors_fail: _Errors) -> list[logging.LogRecord]:
    """The unexpected errors this test provokes on purpose (they do not fail it)."""
    _unexpected_errors_fail.expected = True
    return _unexpected_errors_fail.records
