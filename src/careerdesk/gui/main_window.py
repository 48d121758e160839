"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from careerdesk import __version__
from careerdesk.core.services.student_rows import StudentSource
from careerdesk.gui.pages.students_page import StudentsPage
from careerdesk.gui.signals import DataSignals

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent

    from careerdesk.core.db.database import Database
    from careerdesk.gui.tasks import BackgroundTask, Work  # loaded after the first paint

ALL_TABLES = ("student", "nomination", "placement", "organisation", "cohort", "event",
              "import_batch")


class MainWindow(QMainWindow):
    """The window. It can be shown before the full database layer has loaded.

    ``students`` lets the Students page fill from a light reader at start-up; the
    other pages are built once ``database`` is set (at once, or by ``load_database``).
    """

    DASHBOARD, STUDENTS, NOMINATIONS, PROGRAMMES, ORGANISATIONS, EVENTS, IMPORTS, REPORTS = range(8)

    def __init__(self, database: Database | None = None, *,
                 students: StudentSource | None = None, start_page: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._students_source = students
        self.signals = DataSignals(self)
        self._task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("CareerDesk"))
        self.resize(1280, 800)

        self._factories: list[tuple[str, Callable[[], QWidget]]] = [
            (self.tr("Dashboard"), self._make_dashboard),
            (self.tr("Students"), self._make_students),
            (self.tr("Nominations"), self._make_nominations),
            (self.tr("Programmes"), lambda: self._catalogue_page("ProgrammesPage")),
            (self.tr("Organisations"), lambda: self._catalogue_page("OrganisationsPage")),
            (self.tr("Events"), lambda: self._catalogue_page("EventsPage")),
            (self.tr("Imports"), self._make_imports),
            (self.tr("Reports"), self._make_reports),
        ]
        self._pages: dict[int, QWidget] = {}
        self._started = False  # finish_start has run

        self.navigation = QListWidget(self)
        self.navigation.addItems([label for label, _ in self._factories])
        self.navigation.setFixedWidth(170)
        self.navigation.setIconSize(QSize(16, 16))
        self.navigation.setSpacing(4)  # (in the window's own font: a QFont costs ~3 ms here)
        self.stack = QStackedWidget(self)
        for _ in self._factories:
            self.stack.addWidget(self._waiting_page())

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()  # the status bar (~10 ms to make) waits for the first paint

        self.navigation.currentRowChanged.connect(self.show_page)
        self.signals.changed.connect(self._refresh_pages)
        if database is not None:
            self.set_database(database)
        first = start_page if start_page is not None else (
            self.STUDENTS if students is not None else self.DASHBOARD)
        self.navigation.setCurrentRow(first)

    # -- the database ------------------------------------------------------------------------
    def set_database(self, database: Database) -> None:
        """The full database is ready: build the pages that were waiting for it."""
        self.database = database
        if self._students_source is None:
            from careerdesk.core.services.students import StudentQueries

            self._students_source = StudentQueries(database)
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", database.display_name))
        self._fill_menus()
        assert self.backup_action is not None
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(database.is_sqlite)
        self.show_page(self.navigation.currentRow())

    def load_database(self, path_or_url: str | None, on_failure: Callable[[str], None],
                      *, upgrading: bool = False) -> None:
        """Open the full database off the UI thread (``upgrading`` it to this version's
        schema, if it is older), then ``set_database``."""
        self.say_opening(upgrading=upgrading)

        def open_database(_progress: object) -> Database:
            from careerdesk.core.db.database import Database  # its imports load here too

            return Database.open(path_or_url)

        from careerdesk.gui.tasks import BackgroundTask

        task = BackgroundTask(open_database, self)
        task.succeeded.connect(self.set_database)
        task.failed.connect(lambda _code, message: on_failure(message))
        self._start(task)

    def say_opening(self, *, upgrading: bool = False) -> None:
        self.statusBar().showMessage(
            self.tr("Bringing the database up to date for this version of CareerDesk (a copy "
                    "is kept in the backups folder first)…") if upgrading
            else self.tr("Opening the database…"))

    # -- pages -------------------------------------------------------------------------------
    def page(self, number: int) -> QWidget:
        """The page at ``number``, built the first time it is asked for (once it can be)."""
        if number not in self._pages:
            needs_database = number != self.STUDENTS or self._students_source is None
            if needs_database and self.database is None:
                return self.stack.widget(number)  # "Opening the database…" until ready
            page = self._factories[number][1]()
            placeholder = self.stack.widget(number)
            self.stack.insertWidget(number, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[number] = page
        return self._pages[number]

    def show_page(self, number: int) -> None:
        if number < 0:
            return
        self.stack.setCurrentWidget(self.page(number))
        if self.navigation.currentRow() != number:
            self.navigation.setCurrentRow(number)

    def _waiting_page(self) -> QWidget:
        return QLabel(self.tr("Opening the database…"), self.stack)  # centred: finish_start

    def finish_start(self) -> None:
        """What waits until the window has painted once (``app.start_window`` calls it
        then): whatever names a member of PySide6's ``Qt`` enum namespace, which PySide6
        builds in full the first time (~20 ms), and the menus' commands. The Students
        table's sorting and search box, the waiting pages' centred text."""
        from PySide6.QtCore import Qt

        self._started = True
        self._fill_menus()
        self.setAcceptDrops(True)  # a nominee list dropped on the window is imported
        for number in range(self.stack.count()):
            waiting = self.stack.widget(number)
            if isinstance(waiting, QLabel):
                waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        students = self._pages.get(self.STUDENTS)
        if isinstance(students, StudentsPage):
            students.finish_setup()

    def _make_students(self) -> StudentsPage:
        assert self._students_source is not None
        page = StudentsPage(self._students_source, self)
        if self._started:
            page.finish_setup()
        page.report_requested.connect(lambda kind, values: self.show_report(kind, **values))
        return page

    def _make_dashboard(self) -> QWidget:
        from careerdesk.gui.pages.dashboard_page import DashboardPage

        page = DashboardPage(self.database, self)
        page.load_demo_requested.connect(self.load_demo_data)
        page.import_requested.connect(self.import_nominee_list)
        return page

    def _make_nominations(self) -> QWidget:
        from careerdesk.gui.pages.nominations_page import NominationsPage

        page = NominationsPage(self.database, self)
        page.report_requested.connect(lambda kind, values: self.show_report(kind, **values))
        return page

    def _catalogue_page(self, name: str) -> QWidget:
        from careerdesk.gui.pages import catalogue_pages

        return getattr(catalogue_pages, name)(self.database, self)

    def _make_imports(self) -> QWidget:
        page = self._catalogue_page("ImportsPage")
        page.import_button.clicked.connect(self.import_nominee_list)
        return page

    def _make_reports(self) -> QWidget:
        from careerdesk.gui.pages.reports_page import ReportsPage

        return ReportsPage(self.database, self)

    def show_report(self, kind: str, **values: str) -> None:
        """Open the Reports page on a report, preset, and generate it."""
        if self.database is None:
            return  # still opening: the menus work a moment later
        self.show_page(self.REPORTS)
        page = self.page(self.REPORTS)
        page.choose(kind, **values)
        page.generate()

    def _refresh_pages(self, _tables: frozenset) -> None:
        for page in self._pages.values():
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        """The menu bar's menus; their commands are added by ``_fill_menus``, once the
        window has painted or has its database (a first QAction costs ~2 ms)."""
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.backup_action: QAction | None = None

    def _fill_menus(self) -> None:
        if self.backup_action is not None:
            return
        from PySide6.QtGui import QAction, QKeySequence

        self.backup_action = QAction(self.tr("&Back up the database…"), self)
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.triggered.connect(self.restore)
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(self.database is not None and self.database.is_sqlite)
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addActions([self.backup_action, self.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        about = QAction(self.tr("&About CareerDesk"), self)
        about.triggered.connect(self._about)
        self.help_menu.addAction(about)

    def open_settings(self) -> None:
        from careerdesk.gui.settings_dialog import SettingsDialog

        SettingsDialog(self, self.database).exec()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs load when first used

        QMessageBox.about(self, self.tr("About CareerDesk"), self.tr(
            "CareerDesk %1\n\nStudents, nominations, placements and reports for university "
            "career offices.\n\nDatabase: %2").replace("%1", __version__)
            .replace("%2", self.database.display_name if self.database else "…"))

    # -- actions -----------------------------------------------------------------------------
    def load_demo_data(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("Load demo data"), self.tr(
            "Fill this empty database with 2,000 made-up students, programmes, organisations, "
            "nominations and placements, so you can look around?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from careerdesk.core.services.demo import fill_demo_data

        self.run_task(self.tr("Loading demo data…"),
                      lambda progress: fill_demo_data(self.database, progress=progress),
                      lambda _summary: self.signals.announce(*ALL_TABLES))

    def import_nominee_list(self, path: Path | None = None) -> None:
        """The import window; ``path``: the file to import, when one was dropped."""
        if self.database is None:
            return
        from careerdesk.gui.importing.import_wizard import ImportWizard

        wizard = ImportWizard(self.database, self, path)
        wizard.exec()
        if wizard.result is not None:
            self.signals.announce(*ALL_TABLES)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        from careerdesk.gui.importing.dropped_file import dropped_file  # (off the start path)

        if self.database is not None and dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        from careerdesk.gui.importing.dropped_file import dropped_file

        path = dropped_file(event.mimeData())
        if self.database is not None and path is not None:
            event.acceptProposedAction()
            self.import_nominee_list(path)

    def back_up(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database"), str(Path.home() / "careerdesk-backup.sqlite3"),
            self.tr("CareerDesk backups (*.sqlite3)"))
        if not path:
            return
        from careerdesk.core.services.backups import backup_database

        self.run_task(self.tr("Backing up…"),
                      lambda _progress: backup_database(self.database, Path(path)),
                      lambda target: QMessageBox.information(
                          self, self.tr("Backup made"),
                          self.tr("The database was backed up to %1.").replace("%1", str(target))))

    def restore(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), str(Path.home()),
            self.tr("CareerDesk backups (*.sqlite3);;All files (*)"))
        if not path:
            return
        answer = QMessageBox.warning(
            self, self.tr("Restore from a backup"),
            self.tr("Replace everything in this database with the backup %1? A copy of the "
                    "database as it is now is kept first.").replace("%1", path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        from careerdesk.core.services.backups import restore_database

        self.run_task(self.tr("Restoring…"),
                      lambda _progress: restore_database(self.database, Path(path)),
                      lambda _safety: self.signals.announce(*ALL_TABLES))

    def run_task(self, title: str, work: Work, on_success: Callable[[object], None]) -> None:
        """Run ``work`` off the UI thread behind a progress dialog with Cancel."""
        if self._task is not None and self._task.is_running():
            return
        from careerdesk.gui.tasks import BackgroundTask, show_progress

        task = BackgroundTask(work, self)
        show_progress(self, title, task)
        task.succeeded.connect(on_success)
        self._start(task)

    def _start(self, task: BackgroundTask) -> None:
        """One background task at a time; forgotten (and freed) once it has finished."""
        self._task = task

        def forget() -> None:
            if self._task is task:
                self._task = None
            task.deleteLater()

        task.finished.connect(forget)
        task.start()

    def closeEvent(self, event) -> None:
        if self._task is not None and self._task.is_running():
            self._task.cancel()
            self._task.wait()
        super().closeEvent(event)
