"""Faker (the ``demo`` command) imports its providers by name and, when frozen by PyInstaller, finds
a provider's locales by looking for ``<locale>/__init__.py`` files on disk.

Replaces the contributed hook, which collects every locale of every provider, code and source
(~20 MB): here only the locales ``demo`` uses (de_AT, de_DE) and the ones Faker falls back to when
a provider lacks them (en_US, and a provider's ``default_locale``: en_GB for bank, la for lorem).
"""

from pathlib import PurePath

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, get_module_attribute

KEEP = {"de", "de_AT", "de_CH", "de_DE", "en", "en_GB", "en_US", "la"}
DROPPED = set(get_module_attribute("faker.config", "AVAILABLE_LOCALES")) - KEEP


def _wanted(parts: tuple[str, ...]) -> bool:
    return not DROPPED.intersection(parts)


hiddenimports = collect_submodules("faker.providers", filter=lambda name: _wanted(tuple(name.split("."))))
datas = [
    (source, target)
    for source, target in collect_data_files("faker.providers", include_py_files=True, includes=["**/__init__.py"])
    if _wanted(PurePath(target).parts)
]
