"""Asking before something that cannot be taken back lightly."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_then(parent: QWidget, title: str, question: str, then: Callable[[], object]) -> bool:
    """Ask ``question`` (No is the default); on Yes, ``then()``. Returns whether it was asked
    and answered Yes."""
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    then()
    return True
