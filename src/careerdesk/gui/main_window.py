"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
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
from careerdesk.gui.common.messages import filled
from careerdesk.gui.students.students_page import StudentsPage

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent

    from careerdesk.core.db.database import Database
    from careerdesk.core.errors import CareerDeskError
    from careerdesk.gui.common.operations import Operations  # loaded with the database
    from careerdesk.gui.common.tasks import BackgroundTask  # loaded after the first paint


#: How long after the database opens what the window holds is set aside from the cycle
#: collector (``GarbageCollector``): the first pages have been read by then.
SET_ASIDE_AFTER_MS = 3_000


class MainWindow(QMainWindow):
    """The window. It can be shown before the full database layer has loaded.

    ``students`` lets the Students page fill from a light reader at start-up; the
    other pages are built once ``database`` is set (at once, or by ``load_database``).
    From then on every read and write goes through ``ops``, the window's database thread.
    """

    DASHBOARD, STUDENTS, NOMINATIONS, PLACEMENTS, PROGRAMMES, ORGANISATIONS, EVENTS, IMPORTS, \
        REPORTS = range(9)
    #: The pages by name (the Dashboard's figures open them so).
    PAGE_NAMES = ("dashboard", "students", "nominations", "placements", "programmes",
                  "organisations", "events", "imports", "reports")

    def __init__(self, database: Database | None = None, *,
                 students: StudentSource | None = None, start_page: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.ops: Operations | None = None
        self.dialog: QWidget | None = None  # the dialog opened last (tests drive it)
        self._students_source = students
        self._task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("CareerDesk"))
        self.resize(1280, 800)

        self._factories: list[Callable[[], QWidget]] = [
            self._make_dashboard, self._make_students, self._make_nominations,
            self._make_placements, self._make_programmes, self._make_organisations,
            self._make_events, self._make_imports, self._make_reports]
        self._pages: dict[int, QWidget] = {}
        self._started = False  # finish_start has run

        self.navigation = QListWidget(self)
        self.navigation.addItems(self._page_names())
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
        if database is not None:
            self.set_database(database)
        first = start_page if start_page is not None else (
            self.STUDENTS if students is not None else self.DASHBOARD)
        self.navigation.setCurrentRow(first)

    def _page_names(self) -> list[str]:
        return [self.tr("Dashboard"), self.tr("Students"), self.tr("Nominations"),
                self.tr("Placements"), self.tr("Programmes"), self.tr("Organisations"),
                self.tr("Events"), self.tr("Imports"), self.tr("Reports")]

    # -- the language ------------------------------------------------------------------------
    def change_language(self, code: str) -> None:
        """Say everything in the language chosen in Settings, at once: the menus and the
        navigation anew, and each page built again on the page shown (their records are
        in the database; a form cannot be open while Settings is)."""
        from PySide6.QtCore import QLocale
        from PySide6.QtWidgets import QApplication

        from careerdesk.gui.app import switch_language, window_locale

        switch_language(QApplication.instance(), QLocale(code) if code else window_locale())
        self.setWindowTitle(self.tr("CareerDesk"))
        for number, name in enumerate(self._page_names()):
            self.navigation.item(number).setText(name)
        self.menuBar().clear()
        filled_before = self.backup_action is not None
        self._build_menus()
        if filled_before:
            self._fill_menus()
        shown = self.navigation.currentRow()
        for number, page in list(self._pages.items()):
            waiting = self._waiting_page()
            self.stack.insertWidget(number, waiting)
            self.stack.removeWidget(page)
            page.deleteLater()
            del self._pages[number]
        if self._started:
            self.finish_start_of_waiting_pages()
            self._add_icons_and_toolbar()
        if self.database is not None:
            self.statusBar().showMessage(filled(self.tr("Database: %1"),
                                                self.database.display_name))
        self.show_page(shown)

    # -- the database ------------------------------------------------------------------------
    def set_database(self, database: Database) -> None:
        """The full database is ready: start its thread, and build the pages that were
        waiting for it (the Students page reads through the thread from now on)."""
        from careerdesk.gui.common.garbage import GarbageCollector
        from careerdesk.gui.common.operations import Operations

        self.database = database
        self.ops = Operations(database, self)
        self.garbage = GarbageCollector(self)
        QTimer.singleShot(SET_ASIDE_AFTER_MS, self.garbage.set_aside_what_is_alive)
        self.ops.undo_changed.connect(self._name_undo_steps)
        if self.departments_action is not None:
            self.departments_action.setEnabled(True)
        students = self._pages.get(self.STUDENTS)
        if isinstance(students, StudentsPage):
            students.use(self.ops)
        self.ops.query(_prepare_finding, lambda _none: None, owner=self)
        self.statusBar().showMessage(filled(self.tr("Database: %1"), database.display_name))
        self._fill_menus()
        assert self.backup_action is not None
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(database.is_sqlite)
        self.show_page(self.navigation.currentRow())
        self._scheduled_backup()

    def load_database(self, path_or_url: str | None, on_failure: Callable[[str], None],
                      *, upgrading: bool = False) -> None:
        """Open the full database off the UI thread (``upgrading`` it to this version's
        schema, if it is older), then ``set_database``."""
        self.say_opening(upgrading=upgrading)

        def open_database(_progress: object) -> Database:
            from careerdesk.core.db.database import Database  # its imports load here too

            return Database.open(path_or_url)

        from careerdesk.gui.common.tasks import BackgroundTask

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
            if needs_database and self.ops is None:
                return self.stack.widget(number)  # "Opening the database…" until ready
            page = self._factories[number]()
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
        self._update_toolbar()

    def _waiting_page(self) -> QWidget:
        return QLabel(self.tr("Opening the database…"), self.stack)  # centred: finish_start

    def finish_start(self) -> None:
        """What waits until the window has painted once (``app.start_window`` calls it
        then): whatever names a member of PySide6's ``Qt`` enum namespace, which PySide6
        builds in full the first time (~20 ms), and the menus' commands. The Students
        table's sorting and search box, the waiting pages' centred text."""

        self._started = True
        self._fill_menus()
        self._add_icons_and_toolbar()
        self.setAcceptDrops(True)  # a nominee list dropped on the window is imported
        self.finish_start_of_waiting_pages()
        students = self._pages.get(self.STUDENTS)
        if isinstance(students, StudentsPage):
            students.finish_setup()

    def _scheduled_backup(self) -> None:
        """A copy of the database in the backups folder, when one is due (Settings →
        Backups), made on the database thread; the status bar says where."""
        if self.ops is None:
            return
        from careerdesk.core.services.backups import scheduled_backup
        from careerdesk.gui.common.operations import sentence as sentence_of
        from careerdesk.gui.settings.local_settings import backup_schedule

        every, keep = backup_schedule()
        self.ops.change(None, lambda db: scheduled_backup(db, every, keep),
                        lambda made: made and self.statusBar().showMessage(filled(
                            self.tr("A copy of the database was kept in %1."), str(made)),
                            10_000),
                        on_failed=lambda problem: self.statusBar().showMessage(
                            sentence_of(problem), 20_000))

    #: Each page's icon in the navigation (Lucide's names, gui/assets/icons).
    PAGE_ICONS = ("layout-dashboard", "users", "list-checks", "briefcase", "graduation-cap",
                  "building-2", "calendar-days", "file-input", "file-text")

    def _add_icons_and_toolbar(self) -> None:
        """Icons in the navigation, and a toolbar for the page's main actions: New, Import,
        Export, Print (after the first paint: drawing the icons takes a few milliseconds)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence
        from PySide6.QtWidgets import QToolBar

        from careerdesk.gui.common.icons import icon

        for number, name in enumerate(self.PAGE_ICONS):
            self.navigation.item(number).setIcon(icon(name))
        if getattr(self, "toolbar", None) is not None:
            self.removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
        self.toolbar = QToolBar(self.tr("Actions"), self)
        self.toolbar.setObjectName("actions")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.tool_actions: dict[str, QAction] = {}
        for key, name, text, act in (
                ("new", "plus", self.tr("New"), self.new_on_page),
                ("import", "upload", self.tr("Import…"), lambda: self.import_nominee_list()),
                ("export", "file-spreadsheet", self.tr("Export"), self.export_current_table),
                ("print", "printer", self.tr("Print…"), self.print_from_page)):
            action = QAction(icon(name), text, self)
            action.triggered.connect(act)
            if key == "print":
                action.setShortcut(QKeySequence.StandardKey.Print)
            if key == "new":
                action.setShortcut(QKeySequence.StandardKey.New)
            self.toolbar.addAction(action)
            self.tool_actions[key] = action
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.show()  # (added to a window already shown: it would stay hidden)
        self._update_toolbar()

    def _update_toolbar(self) -> None:
        actions = getattr(self, "tool_actions", None)
        if not actions:
            return
        page = self.stack.currentWidget()
        ready = self.ops is not None
        actions["new"].setEnabled(ready and self._new_button(page) is not None)
        actions["import"].setEnabled(ready)
        actions["export"].setEnabled(ready and hasattr(page, "table_export"))
        actions["print"].setEnabled(ready)

    @staticmethod
    def _new_button(page: QWidget) -> QWidget | None:
        """The page's own New button (the Events page: its list's)."""
        holder = getattr(page, "list", page)
        return (getattr(holder, "new_button", None) or getattr(holder, "nominate_button", None))

    def new_on_page(self) -> None:
        button = self._new_button(self.stack.currentWidget())
        if button is not None and button.isEnabled():
            button.click()

    def print_from_page(self) -> None:
        """Print the report shown on the Reports page; elsewhere, open that page."""
        page = self.stack.currentWidget()
        button = getattr(page, "print_button", None)
        if button is not None and button.isEnabled():
            button.click()
        else:
            self.show_page(self.REPORTS)

    def finish_start_of_waiting_pages(self) -> None:
        from PySide6.QtCore import Qt

        for number in range(self.stack.count()):
            waiting = self.stack.widget(number)
            if isinstance(waiting, QLabel):
                waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _make_students(self) -> StudentsPage:
        # (the start-up reader only until the database thread reads)
        page = StudentsPage(self._students_source if self.ops is None else None, self)
        if self._started:
            page.finish_setup()
        if self.ops is not None:
            page.use(self.ops)
        page.report_requested.connect(lambda kind, values: self.show_report(kind, **values))
        return page

    def _make_dashboard(self) -> QWidget:
        from careerdesk.gui.dashboard.dashboard_page import DashboardPage

        page = DashboardPage(self.ops, self)
        page.load_demo_requested.connect(self.load_demo_data)
        page.import_requested.connect(self.import_nominee_list)
        page.open_page.connect(lambda name: self.show_page(self.PAGE_NAMES.index(name)))
        page.open_nominations.connect(self.show_nominations)
        return page

    def _make_nominations(self) -> QWidget:
        from careerdesk.gui.nominations.nominations_page import NominationsPage

        page = NominationsPage(self.ops, self)
        page.report_requested.connect(lambda kind, values: self.show_report(kind, **values))
        return page

    def _make_programmes(self) -> QWidget:
        from careerdesk.gui.programmes.programmes_page import ProgrammesPage

        return ProgrammesPage(self.ops, self)

    def _make_placements(self) -> QWidget:
        from careerdesk.gui.placements.placements_page import PlacementsPage

        page = PlacementsPage(self.ops, self)
        page.open_nominations.connect(self.show_nominations)
        page.open_event.connect(self.show_event)
        return page

    def _make_organisations(self) -> QWidget:
        from careerdesk.gui.organisations.organisations_page import OrganisationsPage

        return OrganisationsPage(self.ops, self)

    def _make_events(self) -> QWidget:
        from careerdesk.gui.events.events_page import EventsPage

        return EventsPage(self.ops, self)

    def _make_imports(self) -> QWidget:
        from careerdesk.gui.imports.imports_page import ImportsPage

        page = ImportsPage(self.ops, self)
        page.import_button.clicked.connect(lambda: self.import_nominee_list())
        return page

    def _make_reports(self) -> QWidget:
        from careerdesk.gui.reports.reports_page import ReportsPage

        return ReportsPage(self.ops, self)

    def show_nominations(self, filters: dict) -> None:
        """The Nominations page, filtered so (a figure clicked on the Dashboard)."""
        self.show_page(self.NOMINATIONS)
        page = self.page(self.NOMINATIONS)
        if hasattr(page, "show_filters"):
            page.show_filters(filters)

    def show_event(self, code: str) -> None:
        """The Events page, open on that event (a career-day placement's, say)."""
        self.show_page(self.EVENTS)
        page = self.page(self.EVENTS)
        if hasattr(page, "open_code"):
            page.open_code(code)

    def show_report(self, kind: str, **values: str) -> None:
        """Open the Reports page on a report, preset, and generate it."""
        if self.ops is None:
            return  # still opening: the menus work a moment later
        self.show_page(self.REPORTS)
        page = self.page(self.REPORTS)
        page.choose(kind, **values)
        page.generate()

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        """The menu bar's menus; their commands are added by ``_fill_menus``, once the
        window has painted or has its database (a first QAction costs ~2 ms)."""
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.backup_action: QAction | None = None
        self.departments_action: QAction | None = None

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
        self.export_action = QAction(self.tr("&Export to Excel…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_current_table)
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.triggered.connect(self.open_settings)
        self.departments_action = QAction(self.tr("&Departments and faculties…"), self)
        self.departments_action.triggered.connect(self.open_departments)
        self.departments_action.setEnabled(self.ops is not None)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_action, self.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([settings_action, self.departments_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        about = QAction(self.tr("&About CareerDesk"), self)
        about.triggered.connect(self._about)
        self.help_menu.addAction(about)
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        find = QAction(self.tr("&Find…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.find_on_page)
        self.edit_menu.addAction(find)
        self._name_undo_steps()
        self.go_menu.clear()
        for number, name in enumerate(self._page_names()):
            go = QAction(name, self)
            go.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            go.triggered.connect(lambda _checked=False, n=number: self.show_page(n))
            self.go_menu.addAction(go)
        self.go_menu.addSeparator()
        reread = QAction(self.tr("&Refresh"), self)
        reread.setShortcut(QKeySequence.StandardKey.Refresh)
        reread.triggered.connect(self.refresh_page)
        self.go_menu.addAction(reread)

    # -- keys --------------------------------------------------------------------------------
    def find_on_page(self) -> None:
        """Ctrl+F: to the page's search or filter box."""
        page = self.stack.currentWidget()
        box = getattr(page, "search", None) or getattr(page, "filter", None)
        inner = getattr(page, "stack", None)  # the Events page: its list or an event's page
        if box is None and inner is not None:
            box = getattr(inner.currentWidget(), "filter", None)
        if box is not None:
            box.setFocus()
            box.selectAll()

    def refresh_page(self) -> None:
        """F5: read the page shown again from the database."""
        page = self.stack.currentWidget()
        if self.ops is not None and hasattr(page, "refresh"):
            page.refresh()

    # -- export ------------------------------------------------------------------------------
    def export_current_table(self) -> None:
        """Export to Excel what the page shown lists (its rows shown or selected)."""
        page = self.stack.currentWidget()
        if self.ops is None or not hasattr(page, "table_export"):
            self.statusBar().showMessage(self.tr("This page has no table to export."), 8_000)
            return
        from careerdesk.gui.common.exporting import Exporter

        Exporter(self.ops, page).export(page.table_export())

    # -- undo and redo -----------------------------------------------------------------------
    def undo(self) -> None:
        if self.ops is not None:
            self.ops.undo(on_failed=self._undo_refused)

    def redo(self) -> None:
        if self.ops is not None:
            self.ops.redo(on_failed=self._undo_refused)

    def _undo_refused(self, problem: CareerDeskError) -> None:
        from PySide6.QtWidgets import QMessageBox

        from careerdesk.gui.common.operations import sentence

        QMessageBox.warning(self, self.tr("Undo"), sentence(problem))

    def _name_undo_steps(self) -> None:
        """The Edit menu names what Undo and Redo would do ("Undo edit of CHAN Tai Man")."""
        if getattr(self, "undo_action", None) is None:
            return
        from careerdesk.gui.common.messages import localised

        undo_steps = self.ops.undo_steps if self.ops else []
        redo_steps = self.ops.redo_steps if self.ops else []
        self.undo_action.setEnabled(bool(undo_steps))
        self.redo_action.setEnabled(bool(redo_steps))
        self.undo_action.setText(filled(self.tr("&Undo %1"), localised(
            undo_steps[-1].label)) if undo_steps else self.tr("&Undo"))
        self.redo_action.setText(filled(self.tr("&Redo %1"), localised(
            redo_steps[-1].label)) if redo_steps else self.tr("&Redo"))

    def open_settings(self) -> None:
        from careerdesk.gui.settings.settings_dialog import SettingsDialog

        if self.ops is None:
            self.dialog = SettingsDialog(self)
            self.dialog.language_changed.connect(self.change_language)
            self.dialog.open()
            return
        from careerdesk.core.services.reports import letter_template, office_report_settings

        def read(session):  # noqa: ANN001, ANN202 - a Session, on the database thread
            from careerdesk.core.services.privacy import personal_data_choices

            return (office_report_settings(session), {
                language: letter_template(session, language) for language in ("en", "zh_HK")},
                personal_data_choices(session))

        def show(read) -> None:  # noqa: ANN001
            office, templates, personal = read
            self.dialog = SettingsDialog(self, self.ops, (office, templates), personal)
            self.dialog.language_changed.connect(self.change_language)
            self.dialog.open()

        self.ops.query(read, show, owner=self)

    def open_departments(self) -> None:
        if self.ops is None:
            return
        from careerdesk.gui.settings.departments_dialog import DepartmentsDialog

        self.dialog = DepartmentsDialog(self.ops, self)
        self.dialog.open()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs load when first used

        from careerdesk.gui.common.icons import licence_text

        QMessageBox.about(self, self.tr("About CareerDesk"), filled(self.tr(
            "CareerDesk %1\n\nStudents, nominations, placements and reports for university "
            "career offices.\n\nDatabase: %2\n\nIcons: Lucide (lucide.dev), under this "
            "licence:\n\n%3"), __version__,
                self.database.display_name if self.database else "…", licence_text()))

    # -- actions -----------------------------------------------------------------------------
    def load_demo_data(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("Load demo data"), self.tr(
            "Fill this empty database with 4,000 made-up students, programmes, organisations, "
            "nominations, placements and two career days with their applications, so you can "
            "look around?"))
        if answer != QMessageBox.StandardButton.Yes or self.ops is None:
            return
        from careerdesk.core.services.changes import Changes
        from careerdesk.core.services.demo import fill_demo_data

        self.ops.long(self.tr("Loading demo data…"),
                      lambda database, progress: fill_demo_data(database, progress=progress),
                      parent=self, changes=Changes.everything())

    def import_nominee_list(self, path: Path | None = None) -> None:
        """The import window; ``path``: the file to import, when one was dropped."""
        if self.ops is None:
            return
        from careerdesk.core.services.importing.draft import import_choices

        self.ops.query(import_choices, lambda choices: self._import_window(choices, path),
                       owner=self)

    def _import_window(self, choices, path: Path | None) -> None:  # noqa: ANN001
        from careerdesk.gui.imports.import_wizard import ImportWizard

        assert self.ops is not None
        self.import_wizard = ImportWizard(self.ops, choices, self, path)
        self.import_wizard.exec()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        from careerdesk.gui.imports.dropped_file import dropped_file  # (off the start path)

        if self.ops is not None and dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        from careerdesk.gui.imports.dropped_file import dropped_file

        path = dropped_file(event.mimeData())
        if self.ops is not None and path is not None:
            event.acceptProposedAction()
            self.import_nominee_list(path)

    def back_up(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database"), str(Path.home() / "careerdesk-backup.sqlite3"),
            self.tr("CareerDesk backups (*.sqlite3)"))
        if not path or self.ops is None:
            return
        from careerdesk.core.services.backups import backup_database

        self.ops.long(self.tr("Backing up…"),
                      lambda database, _progress: backup_database(database, Path(path)),
                      lambda target: QMessageBox.information(
                          self, self.tr("Backup made"),
                          filled(self.tr("The database was backed up to %1."), str(target))),
                      parent=self)

    def restore(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), str(Path.home()),
            self.tr("CareerDesk backups (*.sqlite3);;All files (*)"))
        if not path or self.ops is None:
            return
        answer = QMessageBox.warning(
            self, self.tr("Restore from a backup"),
            filled(self.tr("Replace everything in this database with the backup %1? A copy of the "
                    "database as it is now is kept first."), path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        from careerdesk.core.services.backups import restore_database
        from careerdesk.core.services.changes import Changes

        ops = self.ops
        ops.undo_steps.clear()  # what they undo is no longer there
        ops.redo_steps.clear()
        self._name_undo_steps()
        ops.long(self.tr("Restoring…"),
                 lambda database, _progress: restore_database(database, Path(path)),
                 parent=self, changes=Changes.everything())

    def _start(self, task: BackgroundTask) -> None:
        """Opening the database: the one piece of work before the database thread exists."""
        self._task = task

        def forget() -> None:
            if self._task is task:
                self._task = None
            task.deleteLater()

        task.finished.connect(forget)
        task.start()

    def closeEvent(self, event) -> None:  # noqa: ANN001 (a QCloseEvent)
        """Cancel the work under way and wait for it (it stops between steps, changing
        nothing), so that no thread is left running when the window goes."""
        if self._task is not None and self._task.is_running():
            self._task.cancel()
            self._task.wait()
        if self.ops is not None:
            self.ops.shutdown()
            self.garbage.stop()
        super().closeEvent(event)


def _prepare_finding(_session: object) -> None:
    """Chinese typed in a search box is looked for in both scripts: load the converter's
    dictionaries on the database thread now, not at the first Chinese keystroke."""
    from careerdesk.core.domain.finding import prepare

    prepare()
