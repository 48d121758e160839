"""Coloured cells stay readable in a dark palette: the tint follows the palette, and the
palette's text contrasts with it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from careerdesk.gui.common.colours import Tint, tint


def _contrast(one: QColor, other: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_text_on_every_tint_is_readable(qapp, dark: bool) -> None:  # noqa: ANN001
    before = QGuiApplication.palette()
    palette = QPalette(before)
    if dark:
        palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    else:
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    QGuiApplication.setPalette(palette)
    try:
        for kind in Tint:
            ratio = _contrast(tint(kind).color(), palette.color(QPalette.ColorRole.Text))
            assert ratio >= 4.5, (kind, dark, ratio)  # WCAG AA for text
    finally:
        QGuiApplication.setPalette(before)
