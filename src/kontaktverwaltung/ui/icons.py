"""Icons by meaning (registry: icon_names.py), painted from outlines generated from qtawesome.

tools/icons.py draws each registry glyph into generated/icon_paths.py at build time; here the
outline is filled as a vector path. No icon font and no qtawesome at run time: they cost ~0.2 s
of start-up.
"""

from __future__ import annotations

import math
from functools import cache

import shiboken6
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPainterPath, QPalette, QPixmap

from kontaktverwaltung.ui.generated.icon_paths import ICON_PATHS

GLYPH_SCALE = 0.875  # qtawesome's glyph size: font pixels per pixel of icon height

DISABLED_OPACITY = 0.35  # without an application palette


@cache
def _outline(meaning: str) -> QPainterPath:
    """The generated path data ("M x y L x y C x1 y1 x2 y2 x y …") of a meaning, in em."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    tokens = iter(ICON_PATHS[meaning][2].split())
    for command in tokens:
        values = [float(next(tokens)) for _ in range(6 if command == "C" else 2)]
        if command == "M":
            path.moveTo(*values)
        elif command == "L":
            path.lineTo(*values)
        elif command == "C":
            path.cubicTo(*values)
        else:
            raise ValueError(f"icon {meaning!r}: unknown path command {command!r}")
    return path


def _disabled_color(color: QColor) -> QColor:
    """Disabled icons are grey like disabled text (as qtawesome painted them)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    faded = QColor(color)
    faded.setAlphaF(color.alphaF() * DISABLED_OPACITY)
    return faded


def _round(value: float) -> int:
    return math.floor(value + 0.5)  # as Qt's qRound (Python's round() rounds halves to even)


class OutlineIconEngine(QIconEngine):
    """Fills one outline in one colour, at any size, where qtawesome drew the glyph as text."""

    def __init__(self, meaning: str, color: QColor) -> None:
        super().__init__()
        self._meaning = meaning
        self._color = color
        self._pixmaps: dict[tuple[int, int, QIcon.Mode, float], QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Each size is filled once, then drawn as a pixmap: a screen of cards paints ~50 icons."""
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        key = (rect.width(), rect.height(), mode, ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._pixmaps[key] = self.scaledPixmap(rect.size(), mode, state, ratio)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _fill(self, painter: QPainter, rect: QRect, mode: QIcon.Mode) -> None:
        ascent, descent, _ = ICON_PATHS[self._meaning]
        # qtawesome: a font of round(0.875 × height) pixels, the glyph's advance centred in the
        # rectangle, the baseline where Qt's layout puts a line of that font (its ascent and
        # descent rounded to whole pixels) centred vertically: on a whole pixel row.
        size = round(GLYPH_SCALE * rect.height())
        line_ascent, line_descent = _round(ascent * size), _round(descent * size)
        baseline = _round(rect.top() + (rect.height() - line_ascent - line_descent) / 2 + line_ascent)
        color = _disabled_color(self._color) if mode == QIcon.Mode.Disabled else self._color
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(rect.left() + rect.width() / 2, baseline)
        painter.scale(size, size)
        painter.fillPath(_outline(self._meaning), color)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        # Painted in device pixels (sharp on high-DPI screens), then marked with the ratio.
        pixels = QSize(round(size.width() * scale), round(size.height() * scale))
        if pixels.isEmpty():
            return QPixmap()
        pixmap = QPixmap(pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self._fill(painter, QRect(QPoint(0, 0), pixels), mode)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        # Qt owns the copy (a detached QIcon deletes it), but PySide leaves an engine made in
        # Python owned by Python: unreferenced, it would be deleted on return, under Qt's feet.
        # So the copies are kept here until Qt has deleted them.
        copy = OutlineIconEngine(self._meaning, self._color)
        _CLONES[:] = [engine for engine in _CLONES if shiboken6.isValid(engine)]
        _CLONES.append(copy)
        return copy


_CLONES: list[OutlineIconEngine] = []


@cache
def icon(meaning: str, color: str = "#4a5560") -> QIcon:
    if meaning not in ICON_PATHS:
        raise KeyError(f"no icon for {meaning!r} (registry: ui/icon_names.py)")
    return QIcon(OutlineIconEngine(meaning, QColor(color)))
