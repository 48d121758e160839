"""Tints for table cells that read in light and dark palettes alike.

A fixed light tint (a pale red behind a failing rule) leaves white text unreadable in a
dark palette. Each tint here has a light and a dark form, chosen by the palette's base
colour, and the text on it takes the palette's own text colour, which contrasts with
either form.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette


class Tint(Enum):
    """What a coloured cell says: (its light form, its dark form)."""

    PROBLEM = ("#f8d0d0", "#6b2b2b")  # fails a rule; a row the import rejects
    WARNING = ("#fcebc2", "#5e4a17")  # cannot tell yet; a value left out
    MUTED = ("#dddddd", "#3c3c3c")  # below the quota line
    HEADING = ("#d9e8fb", "#23405f")  # the heading row found in a file


def is_dark() -> bool:
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return base.lightness() < 128


def tint(kind: Tint) -> QBrush:
    light, dark = kind.value
    return QBrush(QColor(dark if is_dark() else light))


def faint_text() -> QBrush:
    """Text for what will be left out (a hidden row): the palette's own placeholder grey."""
    return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
