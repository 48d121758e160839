"""Starting the window: the Qt application, translations, the database, error handling."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from careerdesk import APP_NAME, __version__
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.paths import log_path
from careerdesk.gui.common.messages import filled, localised
from careerdesk.gui.singleton_guard import guard_singletons

if TYPE_CHECKING:
    from careerdesk.gui.main_window import MainWindow

TRANSLATIONS_DIR = Path(__file__).with_name("i18n")
ICON = Path(__file__).with_name("assets") / "careerdesk.svg"
log = logging.getLogger("careerdesk")


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        guard_singletons()  # PySide6 6.12.0 loses references to None and True
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    return app  # type: ignore[return-value]


def window_locale() -> QLocale:
    """The window's language: ``CAREERDESK_LANGUAGE`` (e.g. ``zh_HK``, ``en``) if IT set
    it, else the one chosen in Settings, else the computer's."""
    from careerdesk.gui.settings.local_settings import saved_language

    chosen = os.environ.get("CAREERDESK_LANGUAGE", "").strip() or saved_language()
    return QLocale(chosen) if chosen else QLocale.system()


_in_use: list[QTranslator] = []  # the window's translators (``switch_language`` replaces them)


def switch_language(app: QApplication, locale: QLocale) -> None:
    """Say everything in ``locale`` from now on (the window then rebuilds its words)."""
    for translator in _in_use:
        app.removeTranslator(translator)
    _in_use[:] = install_translators(app, locale)
    if locale.language() == QLocale.Language.C:  # a bare system: Hong Kong's English
        locale = QLocale("en_HK")
    QLocale.setDefault(locale)  # counts as "2,000 students" (dates have their own format)


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """CareerDesk's and Qt's own translations for ``locale`` (by default ``window_locale``)."""
    if locale is None:
        locale = window_locale()
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder, chosen in (("careerdesk", TRANSLATIONS_DIR, locale),
                                 ("qtbase", qt_folder, _qt_locale(locale))):
        translator = QTranslator(app)
        if translator.load(chosen, name, "_", str(folder)) or (
                name == "careerdesk" and translator.load(QLocale(QLocale.Language.English),
                                                         name, "_", str(folder))):
            app.installTranslator(translator)  # (English: its plural forms)
            installed.append(translator)
    return installed


def _qt_locale(locale: QLocale) -> QLocale:
    """The locale for Qt's own words (the wizard's Back, Next, Cancel): Qt ships them in
    Traditional Chinese as Taiwan's only, so Hong Kong and Macau take those."""
    if locale.name() in ("zh_HK", "zh_MO"):
        return QLocale("zh_TW")
    return locale


def _log_unexpected(kind: type[BaseException], value: BaseException,
                    tb: TracebackType | None) -> None:
    """Unexpected errors are logged and explained, never shown as a traceback."""
    log.error("Unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
    app = QApplication.instance()
    if app is not None:
        from PySide6.QtWidgets import QMessageBox  # not on the start-up path

        QMessageBox.warning(None, APP_NAME, filled(QApplication.translate(
            "App", "CareerDesk met an unexpected problem. Your saved work is safe; the details "
                   "were written to %1."), str(log_path())))


def start_window(database_arg: str | None = None) -> tuple[QApplication, QWidget | None]:
    """Build and show the window: the first page fast, the rest as it loads.

    For a current SQLite database with students, the Students page is filled through
    the light standard-library reader and the full database layer loads after the first
    paint, off the UI thread. An older CareerDesk file is upgraded the same way, behind a
    window that says so. Anything else (a new, newer or server database) is opened in
    full first, with its checks. Returns ``(app, None)`` when the database cannot be
    opened; the user has been told why.
    """
    app = application()
    switch_language(app, window_locale())
    from careerdesk.gui.settings.local_settings import apply_saved_user

    apply_saved_user()
    from careerdesk.core.db.sqlite_student_reader import SqliteStudentReader, needs_upgrade
    from careerdesk.core.paths import sqlite_file_of
    from careerdesk.gui.main_window import MainWindow

    sqlite_file = sqlite_file_of(database_arg)
    reader = SqliteStudentReader.open(sqlite_file) if sqlite_file else None
    if reader is not None and reader.count() > 0:
        return app, _show_then_load(MainWindow(students=reader), database_arg)
    if reader is not None:
        reader.close()
    if sqlite_file is not None and needs_upgrade(sqlite_file):
        return app, _show_then_load(MainWindow(), database_arg, upgrading=True)
    from careerdesk.core.db.database import Database

    try:
        database = Database.open(database_arg)
    except CareerDeskError as exc:
        _cannot_start(localised(exc.message))
        return app, None
    window = MainWindow(database)
    window.show()
    QTimer.singleShot(0, window.finish_start)
    QTimer.singleShot(0, _set_icon)
    return app, window


def _show_then_load(window: MainWindow, database_arg: str | None, *,
                    upgrading: bool = False) -> MainWindow:
    """Show ``window`` at once and open the database behind it, off the UI thread."""
    if upgrading:  # it takes seconds on a large file: say so from the first paint
        window.say_opening(upgrading=True)
    window.show()
    app = QApplication.instance()
    assert app is not None
    app.processEvents()  # the first paint, before the background work competes with it

    def could_not_open(message: str) -> None:
        _cannot_start(message)
        window.close()

    # The rest loads once the event loop runs, after this first paint.
    QTimer.singleShot(0, window.finish_start)
    QTimer.singleShot(0, lambda: window.load_database(database_arg, could_not_open,
                                                      upgrading=upgrading))
    QTimer.singleShot(0, _set_icon)
    return window


def _set_icon() -> None:
    """The window's and taskbar's icon, after the first paint (reading an SVG takes time)."""
    from PySide6.QtGui import QIcon

    QApplication.setWindowIcon(QIcon(str(ICON)))


def _cannot_start(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, QApplication.translate("App", "CareerDesk cannot start"), message)


def run_gui(database_arg: str | None = None) -> int:
    from careerdesk.core.paths import keep_files_private

    keep_files_private()
    try:
        log_file = log_path()
    except CareerDeskError as exc:  # no data folder: say so in a window, not a traceback
        application()
        _cannot_start(localised(exc.message))
        return 2
    logging.basicConfig(filename=log_file, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")
    sys.excepthook = _log_unexpected
    app, window = start_window(database_arg)
    if window is None:
        return 2
    code = app.exec()
    database = getattr(window, "database", None)
    if database is not None:
        database.close()
    return code if window.database is not None or code else 2


def main() -> int:
    """Entry point of the `careerdesk-gui` launcher (no console window on Windows)."""
    return run_gui(sys.argv[1] if len(sys.argv) > 1 else None)
