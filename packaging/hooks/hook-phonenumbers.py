"""phonenumbers loads each region's metadata by name when first needed (``__import__("region_AT")``),
so every module of ``phonenumbers.data`` and ``phonenumbers.shortdata`` is collected.

Replaces the contributed hook, which collects all of phonenumbers: its geocoder, carrier and
time-zone data (~43 MB) are never used by the app, which only parses, checks and formats numbers.
"""

from PyInstaller.utils.hooks import collect_submodules

UNUSED = ("phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata")

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(UNUSED))
excludedimports = list(UNUSED)
