"""Nominations: filter by cohort, status, university, faculty and eligibility; see why a
nomination passes or fails each rule and its whole history; move many at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from careerdesk.core.domain.eligibility import Verdict
from careerdesk.core.domain.statuses import SUBMITTED_ONWARDS, NominationStatus
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.changes import Changed, Changes
from careerdesk.core.services.nominations import (
    HistoryRow,
    NominationFilter,
    NominationIndex,
    NominationRow,
    indexed_nominations,
    move_nomination_ids,
    nomination_history,
    rerank,
)
from careerdesk.core.services.placements import (
    PlacementView,
    placement_choices,
    placement_view,
    record_outcome,
)
from careerdesk.gui.common.columns import TableColumns
from careerdesk.gui.common.exporting import (
    TableExport,
    chosen_rows,
    in_chunks,
    visible_columns,
)
from careerdesk.gui.common.labels import placement_status_label, status_label
from careerdesk.gui.common.messages import filled, localised
from careerdesk.gui.common.operations import Operations, sentence
from careerdesk.gui.common.views import SavedViews
from careerdesk.gui.nominations.nominations_model import NominationsModel
from careerdesk.io.office_time import shown

FILTER_DELAY_MS = 150
#: From this width the detail pane sits beside the table (its columns then still fit).
SIDE_BY_SIDE_FROM = 1_700


class NominationsPage(QWidget):
    #: (report kind, preset values) — the window opens the Reports page on it
    report_requested = Signal(str, dict)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.dialog: QWidget | None = None
        self.model = NominationsModel(self)
        self.cohort_box = QComboBox(self)
        self.status_box = QComboBox(self)
        self.university_box = QComboBox(self)
        self.faculty_box = QComboBox(self)
        self.eligibility_box = QComboBox(self)
        self.eligibility_box.addItem(self.tr("Any eligibility"), None)
        for value, text in (("pass", self.tr("Eligible")), ("fail", self.tr("Not eligible")),
                            ("unknown", self.tr("Cannot tell yet"))):
            self.eligibility_box.addItem(text, value)
        self.status_box.addItem(self.tr("Any status"), None)
        self.status_box.addItem(self.tr("Submitted or later"), SUBMITTED_ONWARDS)
        for status in NominationStatus:
            self.status_box.addItem(status_label(status), status.value)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Find: name (any order), 中文名, student no., email, phone, university"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find nominations"))
        filters = QHBoxLayout()
        for widget in (self.cohort_box, self.status_box, self.university_box,
                       self.faculty_box, self.eligibility_box):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(widget)
            widget.currentIndexChanged.connect(self.apply_filter)
        filters.addWidget(self.search, 1)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # The list's own order (cohort, university, faculty, rank) until a heading is clicked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.columns_kept = TableColumns(self.table, "nominations", self._empty_text)
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("The selected nomination"))
        self.table.setAccessibleName(self.tr("Nominations"))
        # The detail sits beside the table on a wide screen and below it otherwise, so that
        # every column shows at 1280×800 (``resizeEvent``).
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(True)

        self.target_box = QComboBox(self)
        for status in NominationStatus:
            self.target_box.addItem(status_label(status), status.value)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note for the history (optional)"))
        self.note.setAccessibleName(self.tr("Note for the history"))
        self.move_button = QPushButton(self.tr("&Move selected"), self)
        self.move_button.clicked.connect(self.move_selected)
        self.rank_up = QPushButton(self.tr("Rank &higher"), self)
        self.rank_down = QPushButton(self.tr("Rank &lower"), self)
        self.rank_up.clicked.connect(lambda: self.change_rank(-1))
        self.rank_down.clicked.connect(lambda: self.change_rank(+1))
        self.place_button = QPushButton(self.tr("Record &placement…"), self)
        self.place_button.clicked.connect(self.record_placement)
        self.outcome_button = QPushButton(self.tr("O&utcome…"), self)
        self.outcome_button.clicked.connect(self.ask_outcome)
        self.letters_button = QPushButton(self.tr("Le&tters…"), self)
        self.letters_button.clicked.connect(self.write_letters)
        self.nominate_button = QPushButton(self.tr("&Nominate…"), self)
        self.nominate_button.clicked.connect(self.nominate)
        actions = QHBoxLayout()
        actions.addWidget(self.nominate_button)
        actions.addWidget(self.rank_up)
        actions.addWidget(self.rank_down)
        actions.addWidget(self.place_button)
        actions.addWidget(self.outcome_button)
        actions.addWidget(self.letters_button)
        actions.addSpacing(24)
        actions.addWidget(QLabel(self.tr("Move the selected nominations to"), self))
        actions.addWidget(self.target_box)
        actions.addWidget(self.note, 1)
        actions.addWidget(self.move_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        self.views = SavedViews("nominations", self.view_state, self.apply_view, self)
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.counts, 1)
        counts_row.addWidget(self.views)
        layout.addLayout(counts_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        self.model.modelReset.connect(self._update_counts)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        self.loaded = False
        self._pending_filters: dict | None = None
        self._kept: tuple[set[int], int] = (set(), 0)
        self.model.modelAboutToBeReset.connect(self._remember_place)
        self.model.modelReset.connect(self._restore_place)
        ops.did_change.connect(self.on_change)
        self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE_FROM
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)

    def _empty_text(self) -> str | None:
        if not self.loaded:
            return None
        if self.model.total() == 0:
            return self.tr("No nominations yet: nominate students by hand (Nominate…) or "
                           "import a nominee list.")
        return self.tr("No nomination matches these filters.")

    # -- export ------------------------------------------------------------------------------
    def table_export(self) -> TableExport:
        """The nominations shown (or selected), the columns shown, for Export to Excel."""
        columns = visible_columns(self.table)
        view_rows, selected = chosen_rows(self.table)
        rows = [self.model.row_at(r) for r in view_rows]
        values = self.model.row_values
        return TableExport(
            self.tr("Nominations"), [self.model.header(c) for c in columns],
            lambda _session: ([[values(row)[c] for c in columns] for row in chunk]
                              for chunk in in_chunks(rows)),
            len(rows), selected,
            student_keys=[(row.university, row.student_no) for row in rows])

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read every nomination again, on the database thread."""
        if not self.loaded:
            self.counts.setText(self.tr("Loading nominations…"))
        self.ops.query(indexed_nominations, self._loaded, owner=self,
                       on_failed=lambda problem: self.counts.setText(sentence(problem)))

    def on_change(self, changes: Changes, _initiator: object = None) -> None:
        if changes.touches(Changed.NOMINATIONS, Changed.STUDENTS, Changed.PLACEMENTS,
                           Changed.PROGRAMMES):
            self.refresh()

    def _loaded(self, index: NominationIndex) -> None:
        self._fill_choices(index)
        self.model.set_index(index)
        if not self.loaded:
            for column, width in enumerate((110, 80, 100, 170, 100, 180, 70, 100, 50, 80)):
                self.table.setColumnWidth(column, width)
            self.columns_kept.restore()
        self.loaded = True
        pending, self._pending_filters = self._pending_filters, None
        if pending is not None:
            self.apply_view(pending)

    def _remember_place(self) -> None:
        self._kept = (set(self.selected_ids()), self.table.verticalScrollBar().value())

    def _restore_place(self) -> None:
        """The same nominations selected (a group moves on stage after stage), the same
        place in the list."""
        ids, scrolled = self._kept
        selection = self.table.selectionModel()
        for row in self.model.rows_of(ids) if ids else ():
            selection.select(self.model.index(row, 0), selection.SelectionFlag.Select
                             | selection.SelectionFlag.Rows)
        self.table.verticalScrollBar().setValue(scrolled)

    def _fill_choices(self, index: NominationIndex) -> None:
        for box, everything, values in (
            (self.cohort_box, self.tr("All cohorts"), index.cohorts),
            (self.university_box, self.tr("All universities"), index.universities),
            (self.faculty_box, self.tr("All faculties"), index.faculties),
        ):
            if [box.itemData(i) for i in range(1, box.count())] == values:
                continue  # the same choices: nothing to do
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    # -- filtering ---------------------------------------------------------------------------
    def current_filter(self) -> NominationFilter:
        return NominationFilter(
            cohort=self.cohort_box.currentData(), status=self.status_box.currentData(),
            university=self.university_box.currentData(),
            faculty=self.faculty_box.currentData(),
            eligibility=self.eligibility_box.currentData(), text=self.search.text().strip())

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())

    # -- saved views -------------------------------------------------------------------------
    _BOXES = ("cohort", "status", "university", "faculty", "eligibility")

    def view_state(self) -> dict:
        """The filters, sort and columns, as a saved view keeps them."""
        state = {name: getattr(self, f"{name}_box").currentData() for name in self._BOXES}
        return {**state, "text": self.search.text(), **self.columns_kept.view_state()}

    def show_filters(self, filters: dict) -> None:
        """Show the nominations ``filters`` keep (once the list has been read)."""
        if self.loaded:
            self.apply_view(filters)
        else:
            self._pending_filters = filters

    def apply_view(self, state: dict) -> None:
        for name in self._BOXES:
            box = getattr(self, f"{name}_box")
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(state.get(name))))
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(str(state.get("text") or ""))
        self.search.blockSignals(False)
        self.columns_kept.apply_view_state(state)
        self.apply_filter()

    def _update_counts(self) -> None:
        counts = self.model.status_counts()
        parts = [f"{status_label(s)} {counts[s.value]:,}" for s in NominationStatus
                 if counts[s.value]]
        shown = filled(self.tr("%1 nominations shown"), f"{self.model.rowCount():,}")
        self.counts.setText(shown + (": " + " · ".join(parts) if parts else ""))

    # -- detail ------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        return [self.model.row_at(index.row()).id
                for index in self.table.selectionModel().selectedRows()]

    def _show_detail(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            self.detail.clear()
            return
        row = self.model.row_at(rows[0].row())

        def read(session):  # noqa: ANN001, ANN202 - a Session, on the database thread
            return nomination_history(session, row.id), placement_view(session, row.id)

        self.ops.query(read, lambda found: self._detail(row, *found), owner=self)

    def _detail(self, row: NominationRow, history: list[HistoryRow],
                placement: PlacementView | None) -> None:
        self.detail.setPlainText("\n".join([
            f"{row.name_en or ''} {row.name_zh or ''}".strip(),
            f"{row.university} {row.student_no} · {row.cohort}" + (f" · {row.track}"
                                                                   if row.track else ""),
            "",
            self.tr("Eligibility"),
            *[f"  {self._verdict(r.result)}  {localised(r.reason)}" for r in row.rules],
            *([] if row.rules else ["  " + self.tr("This cohort has no rules.")]),
            *self._placement_lines(placement),
            "",
            self.tr("History"),
            *[f"  {shown(h.changed_at):%Y-%m-%d %H:%M} {h.changed_by}: "
              f"{self._status(h.from_status)} → {self._status(h.to_status)}"
              + (f" — {h.note}" if h.note else "") for h in history],
        ]))

    def _placement_lines(self, placement: PlacementView | None) -> list[str]:
        if placement is None:
            return []
        outcomes = {"full_time_offer": self.tr("Full-time offer"),
                    "further_study": self.tr("Further study"), "other": self.tr("Other")}
        lines = ["", self.tr("Placement"),
                 f"  {placement.organisation}" + (f" · {placement.position}"
                                                  if placement.position else ""),
                 f"  {_day(placement.start)} – {_day(placement.end)} · "
                 f"{placement_status_label(placement.status)}"]
        if placement.monthly_salary is not None:
            lines.append("  " + filled(self.tr("Monthly salary: HK$%1"),
                                       f"{placement.monthly_salary:,.0f}"))
        for phase in placement.phases:
            lines.append(f"  · {phase.name}: {_day(phase.start)} – {_day(phase.end)}, "
                         f"{phase.host}")
        if placement.outcome:
            lines.append("  " + filled(self.tr("Outcome: %1"), outcomes.get(placement.outcome,
                                       placement.outcome))
                + (f" — {placement.outcome_note}" if placement.outcome_note else ""))
        return lines

    def _verdict(self, verdict: Verdict) -> str:
        return {Verdict.PASS: self.tr("✓ Passes"), Verdict.FAIL: self.tr("✗ Fails"),
                Verdict.UNKNOWN: self.tr("? Cannot tell yet")}[verdict]

    @staticmethod
    def _status(status: str | None) -> str:
        return status_label(NominationStatus(status)) if status else "—"

    def _context_menu(self, position) -> None:  # noqa: ANN001 (a QPoint)
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        menu = QMenu(self)
        letter = menu.addAction(self.tr("Print letter…"),
                                lambda: self.report_requested.emit("letters", {
                                    "cohort": row.cohort, "student_no": row.student_no}))
        letter.setEnabled(row.status in ("accepted", "placed", "completed"))
        menu.addAction(self.tr("Student record…"),
                       lambda: self.report_requested.emit("student", {
                           "university": row.university, "student_no": row.student_no}))
        menu.exec(self.table.viewport().mapToGlobal(position))

    # -- ranking ---------------------------------------------------------------------------
    def change_rank(self, step: int) -> None:
        """Move the selected nomination up or down its faculty's ranking."""
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            QMessageBox.information(self, self.tr("Ranking"),
                                    self.tr("Select one nomination to rank."))
            return
        row = self.model.row_at(rows[0].row())
        if row.rank is None:
            QMessageBox.information(self, self.tr("Ranking"),
                                    self.tr("This nomination has no rank yet."))
            return
        who = row.name_en or row.name_zh or row.student_no
        nomination, rank = row.id, max(1, row.rank + step)
        self.ops.change(filled(self.tr("re-ranking of %1"), who),
                        lambda db: rerank(db, nomination, rank), owner=self)

    # -- nominating and placements ----------------------------------------------------------
    def nominate(self) -> None:
        from careerdesk.gui.nominations.nominate_dialog import open_nominate_dialog

        self.dialog = open_nominate_dialog(self, self.ops, [])

    def record_placement(self) -> None:
        """One host, start and salary for the selected accepted offers (one or several,
        of one cohort: its phases are laid out the same for each)."""
        rows = [self.model.row_at(index.row())
                for index in self.table.selectionModel().selectedRows()]
        if not rows or any(r.status != "accepted" for r in rows) \
                or len({r.cohort for r in rows}) > 1:
            QMessageBox.information(self, self.tr("Record placement"), self.tr(
                "Select nominations whose offers were accepted, of one cohort."))
            return
        if len(rows) == 1:
            who = f"{rows[0].name_en or ''} {rows[0].name_zh or ''}".strip() or \
                rows[0].student_no
        else:
            who = self.tr("%Ln student(s)", "", len(rows))
        ids = [r.id for r in rows]
        self.ops.query(lambda session: placement_choices(session, ids[0]),
                       lambda choices: self._placement_dialog(ids, who, choices),
                       owner=self)

    def _placement_dialog(self, nominations: list[int], who: str, choices) -> None:  # noqa: ANN001
        from careerdesk.gui.nominations.placement_dialog import PlacementDialog

        self.dialog = PlacementDialog(self.ops, nominations, who, choices, self)
        self.dialog.open()

    def write_letters(self) -> None:
        """Placement letters for the selected nominations (those with a placement)."""
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, self.tr("Placement letters"), self.tr(
                "Select the nominations to write to."))
            return
        from careerdesk.gui.nominations.letters_dialog import LettersDialog

        self.dialog = LettersDialog(self.ops, ids, self)
        self.dialog.open()

    def ask_outcome(self) -> None:
        """What came after the selected nomination's placement."""
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return
        row = self.model.row_at(rows[0].row())
        choices = {self.tr("Full-time offer"): "full_time_offer",
                   self.tr("Further study"): "further_study", self.tr("Other"): "other"}
        chosen, ok = QInputDialog.getItem(self, self.tr("Outcome"), self.tr(
            "What came after the placement?"), list(choices), 0, False)
        if not ok:
            return
        note, _ = QInputDialog.getText(self, self.tr("Outcome"), self.tr("Note (optional):"))
        self.save_outcome(row.id, choices[chosen], note.strip() or None)

    def save_outcome(self, nomination_id: int, outcome: str, note: str | None) -> None:
        self.ops.change(self.tr("outcome of a placement"),
                        lambda db: record_outcome(db, nomination_id, outcome, note),
                        lambda _done: self.counts.setText(self.tr("Outcome recorded.")),
                        owner=self)

    # -- moving ------------------------------------------------------------------------------
    def move_selected(self, override: str | None = None) -> bool:
        """Move the selected nominations; asks for a reason when an exception is needed.
        They stay selected, to be moved on to the next stage."""
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, self.tr("Move nominations"),
                                    self.tr("Select the nominations to move first."))
            return False
        target = self.target_box.currentData()
        note = self.note.text().strip() or None
        label = filled(self.tr("move of %Ln nomination(s) to %1", "", len(ids)),
                       status_label(NominationStatus(target)))

        def moved(count: int) -> None:
            self.note.clear()
            self.counts.setText(filled(self.tr("%1 nominations moved."), str(count)))

        self.ops.change(label, lambda db: move_nomination_ids(db, ids, target, note, override),
                        moved, on_failed=lambda problem: self._move_refused(problem, override),
                        owner=self)
        return True

    def _move_refused(self, problem: CareerDeskError, override: str | None) -> None:
        if problem.code != "override_needed" or override:
            QMessageBox.warning(self, self.tr("Move nominations"), sentence(problem))
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("An exception is needed"),
            "\n".join(localised(r) for r in problem.params.get("reasons", ())) + "\n\n"
            + self.tr("To go ahead anyway, give the reason for the exception:"))
        if ok and reason.strip():
            self.move_selected(reason.strip())


def _day(value: object) -> str:
    return f"{value:%d/%m/%Y}" if value else "—"
