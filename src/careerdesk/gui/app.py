"""Starting the window: the Qt application, translations, the database, error handling."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from careerdesk import APP_NAME, __version__
from careerdesk.core.db.database import Database
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.paths import log_path

TRANSLATIONS_DIR = Path(__file__).with_name("i18n")
log = logging.getLogger("careerdesk")


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    return app  # type: ignore[return-value]


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """CareerDesk's and Qt's own translations for ``locale`` (the system's by default)."""
    locale = locale or QLocale.system()
    installed = []
    for name, folder in (("careerdesk", TRANSLATIONS_DIR),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _log_unexpected(kind: type[BaseException], value: BaseException,
                    tb: TracebackType | None) -> None:
    """Unexpected errors are logged and explained, never shown as a traceback."""
    log.error("Unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
    app = QApplication.instance()
    if app is not None:
        QMessageBox.warning(None, APP_NAME, QApplication.translate(
            "App", "CareerDesk met an unexpected problem. Your saved work is safe; the details "
                   "were written to %1.").replace("%1", str(log_path())))


def run_gui(database_arg: str | None = None) -> int:
    logging.basicConfig(filename=log_path(), level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")
    app = application()
    install_translators(app)
    sys.excepthook = _log_unexpected
    try:
        database = Database.open(database_arg)
    except CareerDeskError as exc:
        QMessageBox.critical(None, QApplication.translate("App", "CareerDesk cannot start"),
                             exc.message)
        return 2
    from careerdesk.gui.main_window import MainWindow

    window = MainWindow(database)
    window.show()
    try:
        return app.exec()
    finally:
        database.close()


def main() -> int:
    """Entry point of the `careerdesk-gui` launcher (no console window on Windows)."""
    return run_gui(sys.argv[1] if len(sys.argv) > 1 else None)
