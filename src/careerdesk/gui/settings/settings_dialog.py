"""This computer's settings for CareerDesk (kept in settings.ini in the data folder)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careerdesk.core.identity import current_user
from careerdesk.gui.common.messages import filled, localised
from careerdesk.gui.common.tasks import BackgroundTask
from careerdesk.gui.settings.local_settings import (
    BACKUP_EVERY_KEY,
    BACKUP_KEEP_KEY,
    LANGUAGE_KEY,
    USER_KEY,
    backup_schedule,
    saved_language,
    settings,
)

if TYPE_CHECKING:  # the start-up path reads the user's name without loading SQLAlchemy
    from careerdesk.core.services.privacy import PersonalDataChoices
    from careerdesk.core.services.reports import OfficeReportSettings
    from careerdesk.gui.common.operations import Operations
    from careerdesk.gui.settings.personal_data_tab import PersonalDataTab

class SettingsDialog(QDialog):
    """This computer's name for the history, the window's language and, with a database,
    the office's reports."""

    #: the language chosen has changed ("en", "zh_HK", or "": the computer's)
    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, ops: Operations | None = None,
                 office: tuple[OfficeReportSettings, dict[str, str]] | None = None,
                 personal: PersonalDataChoices | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Settings"))
        self.user_name = QLineEdit(self)
        self.user_name.setText(str(settings().value(USER_KEY, "") or ""))
        self.user_name.setPlaceholderText(current_user())
        note = QLabel(self.tr("Every status change and import records this name. Leave it "
                              "empty to use your Windows login."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.language = QComboBox(self)
        # Each language is named in its own words, so whoever reads it finds theirs.
        for text, code in ((self.tr("As this computer's"), ""), ("English", "en"),
                           ("繁體中文（香港）", "zh_HK")):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        mine = QWidget(self)
        form = QFormLayout(mine)
        form.addRow(self.tr("Your &name:"), self.user_name)
        form.addRow(note)
        form.addRow(self.tr("&Language:"), self.language)
        tabs = QTabWidget(self)
        tabs.addTab(mine, self.tr("You"))
        tabs.addTab(self._backups_tab(), self.tr("Backups"))
        tabs.addTab(self._database_tab(), self.tr("Database"))
        if ops is not None and office is not None:
            tabs.addTab(self._reports_tab(office[0]), self.tr("Reports"))
            tabs.addTab(self._letters_tab(*office), self.tr("Letters"))
        self.personal: PersonalDataTab | None = None
        if ops is not None and personal is not None:
            from careerdesk.gui.settings.personal_data_tab import PersonalDataTab

            self.personal = PersonalDataTab(ops, personal, parent=self)
            tabs.addTab(self.personal, self.tr("Personal data"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def _database_tab(self) -> QWidget:
        """This computer's own database file, or the office's shared server: joined here
        (the password kept in the keyring), used from the next start."""
        from careerdesk.core.services.server import current_server

        tab = QWidget(self)
        self.server = QLineEdit(tab)
        self.server.setPlaceholderText("postgresql+psycopg://careerdesk@db-server/careerdesk")
        self.server_password = QLineEdit(tab)
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.connect_button = QPushButton(self.tr("&Connect"), tab)
        self.connect_button.clicked.connect(self.join_server)
        self.own_file_button = QPushButton(self.tr("Use this computer's own &file"), tab)
        self.own_file_button.clicked.connect(self.leave_server)
        self.server_said = QLabel(tab)
        self.server_said.setWordWrap(True)
        joined = current_server()
        self.server_said.setText(
            filled(self.tr("This computer uses the office's server %1."), joined) if joined
            else self.tr("This computer uses its own database file."))
        self.own_file_button.setEnabled(joined is not None)
        note = QLabel(self.tr("To share one database in an office, join its PostgreSQL server: "
                              "the connection is tested, the tables made or upgraded, and the "
                              "password kept in this computer's keyring, never in a file. "
                              "CareerDesk uses the server from its next start."), tab)
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.own_file_button)
        buttons.addStretch(1)
        form = QFormLayout(tab)
        form.addRow(note)
        form.addRow(self.tr("Server &address:"), self.server)
        form.addRow(self.tr("&Password:"), self.server_password)
        form.addRow(buttons)
        form.addRow(self.server_said)
        self.server_task: BackgroundTask | None = None
        return tab

    def join_server(self) -> None:
        """Test, make or upgrade, and remember the server, off the UI thread."""
        from careerdesk.core.errors import CareerDeskError
        from careerdesk.core.services.server import join_server, server_address

        try:
            url = server_address(self.server.text())
        except CareerDeskError as problem:
            self.server_said.setText(localised(problem.message))
            return
        password = self.server_password.text()
        self.connect_button.setEnabled(False)
        self.server_said.setText(self.tr("Connecting…"))
        self.server_task = BackgroundTask(lambda _progress: join_server(url, password), self)
        self.server_task.succeeded.connect(self._joined)
        self.server_task.failed.connect(self._not_joined)
        self.server_task.start()

    def _joined(self, joined: object) -> None:
        self.connect_button.setEnabled(True)
        self.own_file_button.setEnabled(True)
        said = filled(self.tr("Connected to %1 (schema %2); CareerDesk uses it from its next "
                              "start."), joined.address, joined.revision)  # type: ignore[attr-defined]
        if not joined.encrypted:  # type: ignore[attr-defined]
            said += " " + self.tr("The connection is not encrypted: ask IT to turn on SSL on "
                                  "the server.")
        self.server_said.setText(said)

    def _not_joined(self, _code: str, message: str) -> None:
        self.connect_button.setEnabled(True)
        self.server_said.setText(message)

    def leave_server(self) -> None:
        from careerdesk.core.db.credentials import forget_server

        forget_server()
        self.own_file_button.setEnabled(False)
        self.server_said.setText(self.tr("This computer uses its own database file again, from "
                                         "CareerDesk's next start."))

    def _backups_tab(self) -> QWidget:
        """How often this computer keeps a copy of its database, and how many."""
        tab = QWidget(self)
        every, keep = backup_schedule()
        self.backup_every = QSpinBox(tab)
        self.backup_every.setRange(0, 90)
        self.backup_every.setValue(every)
        self.backup_every.setSpecialValueText(self.tr("Never"))

        self.backup_keep = QSpinBox(tab)
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setValue(keep)
        note = QLabel(self.tr("When CareerDesk opens, it copies the database into the backups "
                              "folder if the newest copy is this old; it also keeps a copy "
                              "before every import, upgrade and restore. A database on a "
                              "server is backed up by IT."), tab)
        note.setWordWrap(True)
        form = QFormLayout(tab)
        form.addRow(self.tr("Back up &every (days):"), self.backup_every)
        form.addRow(self.tr("&Keep the newest (copies):"), self.backup_keep)
        form.addRow(note)
        return tab

    def _reports_tab(self, chosen: OfficeReportSettings) -> QWidget:
        tab = QWidget(self)
        self.office = QLineEdit(chosen.office, tab)
        self.logo = QLineEdit(chosen.logo, tab)
        self.font_file = QLineEdit(chosen.font, tab)
        self.font_file.setPlaceholderText(self.tr("Found on this computer"))
        self.paper = QComboBox(tab)
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("US Letter"), "Letter")
        self.paper.setCurrentIndex(self.paper.findData(chosen.paper))
        form = QFormLayout(tab)
        form.addRow(self.tr("Office &name:"), self.office)
        form.addRow(self.tr("&Logo (PNG or JPEG):"), self._with_browse(self.logo, self.tr(
            "Pictures (*.png *.jpg *.jpeg)")))
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("Chinese &font (TrueType):"), self._with_browse(
            self.font_file, self.tr("Fonts (*.ttf *.ttc)")))
        return tab

    def _letters_tab(self, chosen: OfficeReportSettings, templates: dict[str, str]) -> QWidget:
        """The letterhead's address, the drafts' sender, and one template per language."""
        tab = QWidget(self)
        self.address = QPlainTextEdit(chosen.address, tab)
        self.address.setPlaceholderText(self.tr("Room, building, street\nDistrict, Hong Kong\n"
                                                "Telephone · email"))
        self.address.setMaximumHeight(70)
        self.office_email = QLineEdit(chosen.email, tab)
        self.office_email.setPlaceholderText(self.tr("careers@university.edu.hk"))
        self.letter = QPlainTextEdit(templates["en"], tab)
        self.letter_zh = QPlainTextEdit(templates["zh_HK"], tab)
        form = QFormLayout(tab)
        form.addRow(self.tr("&Address on the letterhead:"), self.address)
        form.addRow(self.tr("Office e&mail (the drafts' sender):"), self.office_email)
        form.addRow(self.tr("Letter in &English:"), self.letter)
        form.addRow(self.tr("Letter in &Chinese:"), self.letter_zh)
        fields = QLabel(self.tr("Fields: {date} {name_en} {name_zh} {student_no} "
                                "{university_name} {organisation} {position} {cohort_name} "
                                "{start} {end} {phases} {office}"), tab)
        fields.setWordWrap(True)
        form.addRow("", fields)
        return tab

    def _with_browse(self, edit: QLineEdit, kinds: str) -> QWidget:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton(self.tr("&Browse…"), holder)
        button.clicked.connect(lambda: edit.setText(
            QFileDialog.getOpenFileName(self, self.windowTitle(), "", kinds)[0] or edit.text()))
        row.addWidget(button)
        return holder

    def save(self) -> bool:
        """This computer's name at once; the office's report settings on the database
        thread (the dialog closes once they are saved, or says why not)."""
        name = self.user_name.text().strip()
        stored = settings()
        stored.setValue(USER_KEY, name)
        stored.sync()
        if name:
            os.environ["CAREERDESK_USER"] = name
        else:
            os.environ.pop("CAREERDESK_USER", None)
        stored.setValue(BACKUP_EVERY_KEY, self.backup_every.value())
        stored.setValue(BACKUP_KEEP_KEY, self.backup_keep.value())
        stored.sync()
        language = str(self.language.currentData())
        if language != saved_language():
            stored.setValue(LANGUAGE_KEY, language)
            stored.sync()
            self.language_changed.emit(language)
        if self.ops is None or not hasattr(self, "office"):
            self.accept()
            return True
        from careerdesk.core.services.changes import Changed, Changes
        from careerdesk.core.services.reports import (
            OfficeReportSettings,
            save_office_report_settings,
        )

        chosen = OfficeReportSettings(
            self.office.text().strip() or "Career Centre", self.logo.text().strip(),
            self.paper.currentData(), self.font_file.text().strip(), self.letter.toPlainText(),
            self.letter_zh.toPlainText(), self.address.toPlainText(),
            self.office_email.text())
        kept = self.personal.chosen() if self.personal is not None else None
        hkid = self.personal.hkid_chosen() if self.personal is not None else None
        if hkid is False and self.personal is not None and not self.personal.may_erase_hkids():
            return False

        def write(database):  # noqa: ANN001, ANN202 - on the database thread
            from careerdesk.core.services.privacy import set_collect_hkid, set_retention

            save_office_report_settings(database, chosen)
            if kept is not None:
                set_retention(database, *kept)
            if hkid is not None:
                set_collect_hkid(database, hkid)

        self.ops.change(None, write, lambda _done: self.accept(), owner=self,
                        on_failed=lambda problem: QMessageBox.warning(
                            self, self.windowTitle(), localised(problem.message)),
                        also=Changes.of(Changed.SETTINGS))
        return True
