"""Entry point of the frozen app (PyInstaller): the same as the `kontaktverwaltung-gui` launcher.

With KONTAKTVERWALTUNG_FROZEN_SELF_TEST=1 it runs packaging/frozen_self_test.py instead: the
checks of the things a frozen build loses first (packaging/smoke_test.py uses it).
"""

from __future__ import annotations

import os
import sys


def _main() -> int:
    if os.environ.get("KONTAKTVERWALTUNG_FROZEN_SELF_TEST") == "1":
        import frozen_self_test

        return frozen_self_test.run()
    # A windowed Windows executable has no console: print() and argparse (--help, --version)
    # would fail on a missing stream, so they write into nothing instead.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process

    from kontaktverwaltung.cli import main_gui

    return main_gui()


if __name__ == "__main__":
    sys.exit(_main())
