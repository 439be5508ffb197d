"""What the screenshot tools share: their command line, Qt without a display on a chosen screen and
language, and waiting for the window before grabbing it."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent
DOCS_SIZE = (1100, 720)


def screenshot_parser(doc: str | None, docs_help: str, out_help: str) -> argparse.ArgumentParser:
    """The options both tools take: --docs, --out, --language, --screen, --scale."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", action="store_true", help=docs_help)
    parser.add_argument("--out", type=Path, help=out_help)
    parser.add_argument("--language", choices=("de", "en"), default="de")
    parser.add_argument("--screen", default="1920x1080", help="the screen, e.g. 1366x768 (default 1920x1080)")
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR, e.g. 1.25")
    return parser


def parse_screenshot_arguments(parser: argparse.ArgumentParser) -> argparse.Namespace:
    args = parser.parse_args()
    if not args.docs and args.out is None:
        parser.error("--docs or --out FOLDER")
    return args


def offscreen(args: argparse.Namespace, prefix: str) -> Path:
    """Qt without a display, on the screen and in the language asked for (the README's pictures: German
    at 1920x1080 unscaled), settings and data in a new temporary folder, which is returned; the
    project's ``src`` importable. Call before importing PySide6."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    screen, scale = ("1920x1080", 1.0) if args.docs else (args.screen, args.scale)
    width, height = (int(n) for n in screen.lower().split("x"))
    config = folder / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height, "dpr": 1}]})
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    os.environ["KV_LANGUAGE"] = args.language
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(folder / name.lower())
    sys.path.insert(0, str(ROOT / "src"))
    return folder


def settle(condition: Callable[[], bool] = lambda: True, timeout_ms: int = 30_000) -> None:
    """Run Qt's events until ``condition`` holds; exit with a message after ``timeout_ms``."""
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        for _ in range(5):
            QCoreApplication.processEvents()
        if condition():
            return
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the window")
        time.sleep(0.02)


def grab(widget: QWidget, path: Path) -> Path:
    """Save what ``widget`` shows, once its pending events have run, as the PNG ``path``."""
    settle()
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    return path
