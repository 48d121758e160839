"""GUI tests run offscreen; dialogs are answered through their Qt entry points."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from careerdesk.gui.singleton_guard import guard_singletons  # noqa: E402

# pytest-qt's waits call processEvents in a loop; under PySide6 6.12.0 each call costs None
# a reference (and each emit() costs True one), and a long run ended in "deallocating
# None" (see careerdesk.gui.singleton_guard).
guard_singletons()


import pytest  # noqa: E402
from PySide6.QtWidgets import QDialog, QWidget  # noqa: E402

from careerdesk.core.db.database import Database  # noqa: E402
from careerdesk.gui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def window(qtbot, demo_database: Database) -> MainWindow:  # noqa: ANN001
    """The window on a copy of the demo database, shown, its first reads answered."""
    main = MainWindow(demo_database)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    settle(qtbot, main)
    return main


def settle(qtbot, window: MainWindow, timeout: int = 30_000) -> None:  # noqa: ANN001
    """Wait until the database thread has answered everything asked of it (and what the
    answers asked in turn)."""
    assert window.ops is not None
    qtbot.waitUntil(lambda: window.ops.idle, timeout=timeout)


def page_of(qtbot, window: MainWindow, number: int) -> QWidget:  # noqa: ANN001
    """A page, shown and read."""
    window.show_page(number)
    settle(qtbot, window)
    return window.page(number)


def dialog_of(qtbot, window: MainWindow, owner: QWidget) -> QDialog:  # noqa: ANN001
    """The dialog ``owner`` opened (once what it needed was read)."""
    settle(qtbot, window)
    qtbot.waitUntil(lambda: getattr(owner, "dialog", None) is not None
                    and owner.dialog.isVisible())
    return owner.dialog


def save(qtbot, window: MainWindow, dialog: QDialog) -> bool:  # noqa: ANN001
    """Press Save and wait for the change: True when it was made (the dialog closed)."""
    dialog.save()
    settle(qtbot, window)
    return dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box a test's window shows, as (kind, text), answered No or OK at once:
    a box nobody answers would stop the test run (a test that expects one patches its own)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def box(kind: str, answer: QMessageBox.StandardButton):  # noqa: ANN202
        def show(*args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
            shown.append((kind, str(args[2]) if len(args) > 2 else ""))
            return answer
        return show

    for kind, answer in (("warning", QMessageBox.StandardButton.No),
                         ("critical", QMessageBox.StandardButton.Ok),
                         ("information", QMessageBox.StandardButton.Ok),
                         ("question", QMessageBox.StandardButton.No)):
        monkeypatch.setattr(QMessageBox, kind, box(kind, answer))
    monkeypatch.setattr(QMessageBox, "about", box("about", QMessageBox.StandardButton.Ok))

    def answered(message_box: QMessageBox) -> int:  # a box made and shown: its default
        shown.append(("asked", message_box.text()))
        default = message_box.defaultButton()
        if default is not None:
            default.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answered)
    return shown
