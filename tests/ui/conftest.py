"""Fixtures shared by the window tests: the main window on a small customer (see test_main_window)."""

from tests.ui.test_main_window import window  # noqa: F401  (a fixture, used by name)
