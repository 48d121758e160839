"""Pictures of every page and the main dialogs, to look at as a user would.

    python -m careerdesk.tools.screenshots OUT_DIR [--students 300]

Opens the window offscreen on a new demo database, in English and Traditional Chinese,
in a light and a dark palette, and saves a PNG of each page and dialog into OUT_DIR
(``en-light-students.png``, ``zh_HK-dark-student-form.png``, …).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LANGUAGES = ("en", "zh_HK")
PALETTES = ("light", "dark")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder to write the pictures to")
    parser.add_argument("--students", type=int, default=300)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="careerdesk-shots-") as home:
        os.environ["CAREERDESK_HOME"] = home
        os.environ.setdefault("CAREERDESK_USER", "Ms Chan")
        from careerdesk.core.db.database import Database
        from careerdesk.core.services.demo import fill_demo_data

        path = Path(home) / "demo.sqlite3"
        database = Database.open(path)
        fill_demo_data(database, args.students)
        database.close()
        for language in LANGUAGES:
            for palette in PALETTES:
                _shoot(path, args.out, language, palette)
    print(f"Pictures saved in {args.out}.")
    return 0


def _shoot(path: Path, out: Path, language: str, palette: str) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QWidget

    from careerdesk.core.db.database import Database
    from careerdesk.gui.app import application, install_translators
    from careerdesk.gui.main_window import MainWindow

    app = application()
    translators = install_translators(app, QLocale(language))
    QLocale.setDefault(QLocale(language))  # (as the app's language switch does)
    _set_palette(app, palette)
    window = MainWindow(Database.open(path))
    window.resize(1280, 800)
    window.show()
    window.finish_start()

    def settle() -> None:
        deadline = time.monotonic() + 10
        time.sleep(0.05)
        while time.monotonic() < deadline:
            app.processEvents()
            if window.ops is not None and window.ops.idle:
                app.processEvents()
                return
            time.sleep(0.01)

    def save(name: str, widget: QWidget | None = None) -> None:
        settle()
        (widget or window).grab().save(str(out / f"{language}-{palette}-{name}.png"))

    for number, name in enumerate(MainWindow.PAGE_NAMES):
        window.show_page(number)
        settle()
        if name == "nominations":
            page = window.page(number)
            page.table.selectRow(0)
        if name == "students":
            window.page(number).table.selectRow(0)
        save(name)
    events = window.page(window.EVENTS)
    window.show_page(window.EVENTS)
    settle()
    day = next(events.list.model.row_at(r) for r in range(events.list.model.rowCount())
               if events.list.model.row_at(r).code == "AIA-2025")
    events.open_event(day)
    for tab in ("registrations", "applications", "roles"):
        events.event_page.tabs.setCurrentWidget(getattr(events.event_page, tab))
        save(f"career-day-{tab}")
    for name, opening in _dialogs(window).items():
        dialog = opening()
        settle()
        if dialog is not None:
            save(name, dialog)
            dialog.close()
    window.close()
    window.database.close() if window.database else None
    for translator in translators:
        app.removeTranslator(translator)


def _dialogs(window) -> dict[str, Callable[[], object]]:  # noqa: ANN001 (a MainWindow)
    """Each dialog shown by the window's own way of opening it."""
    def opened(page_number: int, open_it: Callable[[object], None]) -> Callable[[], object]:
        def run() -> object:
            page = window.page(page_number)
            window.show_page(page_number)
            open_it(page)
            app_settle(window)
            return getattr(page, "dialog", None)
        return run

    return {
        "student-new": opened(window.STUDENTS, lambda page: page.new_student()),
        "student-form": opened(window.STUDENTS, lambda page: (page.table.selectRow(0),
                                                              page.open_selected())),
        "nominate": opened(window.STUDENTS, lambda page: (page.table.selectRow(0),
                                                          page.nominate_selected())),
        "event-new": opened(window.EVENTS, lambda page: (page.show_list(),
                                                          page.edit_event(None))),
        "application-new": lambda: _career_day_dialog(
            window, lambda view: view.applications.new_application(),
            lambda view: view.applications),
        "role-new": lambda: _career_day_dialog(window, lambda view: view.roles.new_role(),
                                               lambda view: view.roles),
        "cohort-editor": opened(window.PROGRAMMES, lambda page: page.open_editor("TLT-2026")),
        "organisation-editor": opened(window.ORGANISATIONS,
                                      lambda page: page.open_editor("SenseTime")),
        "letters": opened(window.NOMINATIONS, lambda page: (page.table.selectRow(0),
                                                            page.write_letters())),
        "settings": lambda: (window.open_settings(), app_settle(window), window.dialog)[-1],
        "settings-personal-data": lambda: _on_last_tab(
            (window.open_settings(), app_settle(window), window.dialog)[-1]),
        "student-form-who-saw-it": lambda: _on_last_tab(opened(
            window.STUDENTS, lambda page: (page.table.selectRow(0), page.open_selected()))()),
        "departments": lambda: _departments(window),
    }


def _on_last_tab(dialog: object) -> object:
    """The dialog showing its last tab (the student form's "Who saw it", Settings'
    "Personal data")."""
    from PySide6.QtWidgets import QTabWidget, QWidget

    tabs = dialog.findChild(QTabWidget) if isinstance(dialog, QWidget) else None
    if tabs is not None:
        tabs.setCurrentIndex(tabs.count() - 1)
    return dialog


def _departments(window) -> object:  # noqa: ANN001 (a MainWindow)
    window.open_departments()
    app_settle(window)
    dialog = window.dialog
    dialog.university.setCurrentText("PolyU")
    app_settle(window)
    return dialog


def _career_day_dialog(window, open_it: Callable[[object], None],  # noqa: ANN001
                       owner: Callable[[object], object]) -> object:
    """A dialog of the AI career day's page (open since the pages were taken)."""
    page = window.page(window.EVENTS)
    window.show_page(window.EVENTS)
    view = page.event_page
    if view is None:
        return None
    page.stack.setCurrentWidget(view)
    open_it(view)
    app_settle(window)
    return getattr(owner(view), "dialog", None)


def app_settle(window) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if window.ops is not None and window.ops.idle:
            QApplication.processEvents()
            return
        time.sleep(0.01)


def _set_palette(app, palette: str) -> None:  # noqa: ANN001 (a QApplication)
    from PySide6.QtGui import QColor, QPalette

    app.setStyle("Fusion")
    if palette == "light":
        app.setPalette(app.style().standardPalette())
        return
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
                         (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#e6e6e6"),
                         (QPalette.ColorRole.Highlight, "#2f65ca"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"),
                         (QPalette.ColorRole.ToolTipBase, "#353535"),
                         (QPalette.ColorRole.ToolTipText, "#e6e6e6"),
                         (QPalette.ColorRole.PlaceholderText, "#8a8a8a")):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)


if __name__ == "__main__":
    sys.exit(main())
