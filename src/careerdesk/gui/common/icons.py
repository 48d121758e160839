"""The window's icons: Lucide's (ISC licence, in ``gui/assets/icons`` with its LICENSE),
drawn in the palette's text colour so they read in light and dark palettes alike.

Lucide draws in ``currentColor``; Qt's SVG renderer does not know that word, so the
colour is written into the SVG before it is drawn.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parent.parent / "assets" / "icons"
LICENCE = FOLDER / "LICENSE"
SIZES = (16, 24)


def icon(name: str) -> QIcon:
    """The icon ``name`` (a file in the folder, e.g. "users"), in the palette's colour."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _drawn(name, colour)


@cache
def _drawn(name: str, colour: str) -> QIcon:
    text = (FOLDER / f"{name}.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(text.replace("currentColor", colour).encode()))
    drawn = QIcon()
    for size in SIZES:
        for ratio in (1, 2):
            pixmap = QPixmap(QSize(size, size) * ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            drawn.addPixmap(pixmap)
    return drawn


def licence_text() -> str:
    """Lucide's licence, for the About box."""
    return LICENCE.read_text(encoding="utf-8").split("\n---", 1)[0].strip()
