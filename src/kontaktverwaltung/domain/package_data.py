"""Files that ship in the package (``kontaktverwaltung/resources/``: translations, help, icon)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def package_file(*parts: str) -> Path:
    """``package_file("resources", "help", "hilfe.de.html")``: beside the modules in a checkout, in
    an installed wheel and in the frozen build (PyInstaller collects them as files there). Not
    through importlib.resources, which imports zipfile and tempfile for packages inside zip files
    (this one never is): 7-10 ms of every start, for the translations and the app icon."""
    return _PACKAGE.joinpath(*parts)
