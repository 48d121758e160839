"""Writing a plan: one transaction, bulk statements, and a batch that can be undone."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from sqlalchemy import Table, bindparam, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from careerdesk.core.db.audit import log_bulk
from careerdesk.core.db.bulk import indexes_built_after, insert_columns, insert_rows
from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Application,
    Attendance,
    EventRole,
    Faculty,
    ImportBatch,
    ImportChange,
    Nomination,
    Organisation,
    Placement,
    StatusChange,
    Student,
)
from careerdesk.core.db.models.base import table_of, utcnow
from careerdesk.core.domain.faculties import faculty_key
from careerdesk.core.domain.statuses import PLACEMENT_FOLLOWS, NominationStatus
from careerdesk.core.identity import current_user
from careerdesk.core.services.bulk_work import bulk_work
from careerdesk.core.services.importing.applications_listed import ApplicationAction
from careerdesk.core.services.importing.errors import ImportFailedError
from careerdesk.core.services.importing.planning import ImportPlan, NominationAction
from careerdesk.core.services.importing.rejects import rejected_table
from careerdesk.core.services.importing.result import ImportResult
from careerdesk.core.services.importing.student_plan import NewStudents, StudentAction
from careerdesk.core.services.placements import confirmed_placement
from careerdesk.core.services.progress import Progress
from careerdesk.messages import msg

CHUNK = 5_000


@bulk_work()
def apply_plan(database: Database, plan: ImportPlan,
               progress: Progress | None = None) -> ImportResult:
    """Write everything the plan decided, all at once or (on any error or Cancel) not at all."""
    progress = progress or Progress()
    progress.step(0, 1, msg("Keeping a copy of the database"))
    database.safety_copy("import")  # (the import's own undo aside: a copy to go back to)
    try:
        with database.transaction() as session:
            _still_as_planned(session, plan)
            return _Writer(session, plan, progress).write()
    except IntegrityError as exc:  # (a server's other writer got there between the two)
        raise _planned_on_old_data() from exc


def _still_as_planned(session: Session, plan: ImportPlan) -> None:
    """What the plan found new is still new, checked in the write transaction (a colleague's
    import, or the window's own, may have recorded the same students since the file was
    read): else nothing is written, and the sentence says so."""
    keys = plan.new_students.keys
    for start in range(0, len(keys), 400):
        chunk = keys[start:start + 400]
        found = session.execute(
            select(Student.university_id, Student.student_no)
            .where(tuple_(Student.university_id, Student.student_no).in_(chunk))
            .limit(1)).first()
        if found is not None:
            raise _planned_on_old_data(plan.university_codes.get(found[0], ""), found[1])
    new = [(n.key, n.cohort_id) for n in plan.nominations if n.nomination_id is None]
    ids = plan.stored.ids
    stored = [(ids[key], cohort) for key, cohort in new if key in ids]
    for start in range(0, len(stored), 400):
        if session.execute(select(Nomination.id).where(tuple_(
                Nomination.student_id, Nomination.cohort_id).in_(stored[start:start + 400]))
                .limit(1)).first() is not None:
            raise _planned_on_old_data()


def _planned_on_old_data(university: str = "", number: str = "") -> ImportFailedError:
    said = msg("Since this file was read, another import (or a colleague) recorded some of "
               "the same students{who}; nothing was imported. Import the file again: "
               "CareerDesk then updates them instead.",
               who=f" ({university} {number})" if number else "")
    return ImportFailedError(said, code="import_outdated")


class _Writer:
    def __init__(self, session: Session, plan: ImportPlan, progress: Progress) -> None:
        self.session = session
        self.connection = session.connection()
        self.plan = plan
        self.progress = progress
        self.now = utcnow()
        self.user = current_user()
        self.steps = 6
        self.done = 0

    def write(self) -> ImportResult:
        plan = self.plan
        self._step(msg("Recording the import"))
        batch = ImportBatch(
            file_name=plan.parsed.path.name, file_sha256=plan.parsed.sha256,
            sheet=plan.parsed.sheet, imported_by=self.user, imported_at=self.now,
        )
        self.session.add(batch)
        self.session.flush()
        self.batch_id = batch.id
        self._create_faculties()
        self._step(msg("Adding new students"))
        self._insert_students(plan.new_students)
        self._step(msg("Updating students"))
        self._update_students(plan.stored.updates)
        ids = self._student_ids() if plan.nominations or plan.attendances or \
            plan.applications else {}
        self._step(msg("Nominations"))
        nominations = self._write_nominations(ids)
        self._placements_follow()
        self._write_placements()
        self._step(msg("Event registrations"))
        attendances = self._write_attendances(ids)
        applications = self._write_applications(ids)
        result = plan.result(batch=batch.id)
        batch.rows, batch.created, batch.updated = result.rows, result.created, result.updated
        batch.unchanged, batch.rejected = result.unchanged, result.rejected
        batch.nominations, batch.attendances = nominations, attendances
        batch.placements, batch.applications = result.placements, applications
        if plan.rejected_rows:
            batch.rejected_rows = rejected_table(plan)
        log_bulk(self.session, "student", result.summary(), import_batch_id=batch.id)
        self._step(msg("Done"))
        return result

    def _step(self, message: str) -> None:
        self.progress.step(self.done, self.steps, message)
        self.done += 1

    def _bulk(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        insert_rows(self.connection, table, rows,  # Cancel is heard between chunks
                    lambda: self.progress.step(self.done, self.steps, ""))

    # -- students ----------------------------------------------------------------------------
    def _create_faculties(self) -> None:
        """The faculties the file names that are not stored yet; their ids go to the
        students that name them. Of the ways a file writes one ("Engineering", "Faculty of
        Engineering"), the fullest is kept."""
        wanted = {(a.key[0], a.faculty) for a in self.plan.stored.updates if a.faculty}
        wanted |= self.plan.new_students.new_faculties()
        self.made_faculties: dict[tuple[int, str], int] = {}
        for university_id, name in sorted(wanted, key=lambda w: (w[0], -len(w[1]), w[1])):
            if (university_id, faculty_key(name)) in self.made_faculties:
                continue
            faculty = Faculty(university_id=university_id, name_en=name)
            self.session.add(faculty)
            self.session.flush()
            self.made_faculties[(university_id, faculty_key(name))] = faculty.id
        for action in self.plan.stored.updates:
            if action.faculty:
                action.values["faculty_id"] = self.made_faculties[
                    (action.key[0], faculty_key(action.faculty))]

    def _insert_students(self, new: NewStudents) -> None:
        if not new:
            return
        columns = new.columns(self.made_faculties)
        for name, value in (("import_batch_id", self.batch_id), ("created_at", self.now),
                            ("updated_at", self.now)):
            columns[name] = [value] * len(new)
        with indexes_built_after(self.connection, table_of(Student), len(new)):
            insert_columns(self.connection, table_of(Student), columns,  # Cancel: between chunks
                           lambda: self.progress.step(self.done, self.steps, ""))

    def _update_students(self, actions: list[StudentAction]) -> None:
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        changes = []
        for action in actions:
            columns = tuple(sorted(action.values))
            groups[columns].append({"_id": action.student_id, **action.values})
            changes.append({
                "import_batch_id": self.batch_id, "table_name": "student",
                "row_id": action.student_id, "before": _plain(action.before),
                "after": _plain({**action.values}),
            })
        table = table_of(Student)
        for columns, rows in groups.items():
            statement = (update(table).where(table.c.id == bindparam("_id"))
                         .values({**{c: bindparam(c) for c in columns}, "updated_at": self.now}))
            for start in range(0, len(rows), CHUNK):
                self.connection.execute(statement, rows[start:start + CHUNK])
        self._bulk(table_of(ImportChange), changes)

    def _student_ids(self) -> dict[tuple[int, str], int]:
        ids = dict(self.plan.stored.ids)
        for sid, uid, number in self.connection.execute(
            select(Student.id, Student.university_id, Student.student_no)
            .where(Student.import_batch_id == self.batch_id)
        ):
            ids[(uid, number)] = sid
        return ids

    # -- nominations and attendance --------------------------------------------------------------
    def _write_nominations(self, ids: dict[tuple[int, str], int]) -> int:
        new, changes, history_for, moves = [], [], [], []
        file_name = self.plan.parsed.path.name
        table = table_of(Nomination)
        for action in self.plan.nominations:
            if action.nomination_id is None:
                new.append({"student_id": ids[action.key], "cohort_id": action.cohort_id,
                            "track_id": action.track_id, "rank": action.rank,
                            "status": NominationStatus.NOMINATED.value, "note": None,
                            "import_batch_id": self.batch_id, "created_at": self.now,
                            "updated_at": self.now})
                history_for.append((ids[action.key], action.cohort_id))
            elif action.before:
                after = {c: getattr(action, c) for c in action.before}
                self.connection.execute(update(table).where(table.c.id == action.nomination_id)
                                        .values(**after, updated_at=self.now))
                changes.append({"import_batch_id": self.batch_id, "table_name": "nomination",
                                "row_id": action.nomination_id, "before": action.before,
                                "after": after})
                moves += self._moves(action, file_name)
        self._bulk(table, new)
        self._bulk(table_of(StatusChange), moves)
        if new:
            created = {(sid, cid): nid for nid, sid, cid in self.connection.execute(
                select(Nomination.id, Nomination.student_id, Nomination.cohort_id)
                .where(Nomination.import_batch_id == self.batch_id))}
            note = f"Imported from {file_name}"
            self._bulk(table_of(StatusChange), [
                {"nomination_id": created[key], "from_status": None,
                 "to_status": NominationStatus.NOMINATED.value, "changed_at": self.now,
                 "changed_by": self.user, "note": note} for key in history_for])
        self._bulk(table_of(ImportChange), changes)
        return len(new) + len(changes)

    def _moves(self, action: NominationAction, file_name: str) -> list[dict[str, Any]]:
        """Each stage the list moves a nomination through, for its history."""
        if not action.moves:
            return []
        note = f"The list {file_name} says {NominationStatus(action.moves[-1]).label}"
        return [{"nomination_id": action.nomination_id, "from_status": was, "to_status": then,
                 "changed_at": self.now, "changed_by": self.user, "note": note}
                for was, then in pairwise((action.before["status"], *action.moves))]

    def _placements_follow(self) -> None:
        """A placement recorded before whose nomination the list moves on ("Completed"):
        it follows, as on the Nominations page (completed), and an undo puts it back."""
        moved = {a.nomination_id: PLACEMENT_FOLLOWS[NominationStatus(a.status)]
                 for a in self.plan.nominations if a.nomination_id is not None
                 and a.status is not None and NominationStatus(a.status) in PLACEMENT_FOLLOWS}
        if not moved:
            return
        table = table_of(Placement)
        changes = []
        for placement_id, nomination_id, status in self.connection.execute(
                select(table.c.id, table.c.nomination_id, table.c.status)
                .where(table.c.nomination_id.in_(list(moved)))):
            if status != moved[nomination_id]:
                after = {"status": moved[nomination_id]}
                self.connection.execute(update(table).where(table.c.id == placement_id)
                                        .values(**after, updated_at=self.now))
                changes.append({"import_batch_id": self.batch_id, "table_name": "placement",
                                "row_id": placement_id, "before": {"status": status},
                                "after": after})
        self._bulk(table_of(ImportChange), changes)

    def _write_placements(self) -> None:
        """The placements a list sent back names, for the nominations it moved to accepted
        (or found accepted), as the placement form records them; started where the list
        says it has begun (the nomination moves on to placed with it)."""
        for action in self.plan.placements:
            confirmed_placement(self.session, action.nomination_id, action.cohort_id,
                                action.organisation_id, action.start, action.position_id,
                                action.monthly_salary, import_batch_id=self.batch_id,
                                status=action.status)

    def _write_attendances(self, ids: dict[tuple[int, str], int]) -> int:
        if self.plan.event_id is None:
            return 0
        new, changes = [], []
        table = table_of(Attendance)
        for action in self.plan.attendances:
            if action.attendance_id is None:
                new.append({"event_id": self.plan.event_id, "student_id": ids[action.key],
                            "registration_ref": None, "registered_at": None, "interests": None,
                            **action.values, "import_batch_id": self.batch_id})
            elif action.before:
                after = {c: action.values[c] for c in action.before}
                self.connection.execute(update(table).where(table.c.id == action.attendance_id)
                                        .values(**after))
                changes.append({"import_batch_id": self.batch_id, "table_name": "attendance",
                                "row_id": action.attendance_id, "before": action.before,
                                "after": after})
        self._bulk(table, new)
        self._bulk(table_of(ImportChange), changes)
        return len(new) + len(changes)


    # -- a career day's applications -----------------------------------------------------------
    def _write_applications(self, ids: dict[tuple[int, str], int]) -> int:
        """The applications the list records: its companies and roles made where new, each
        new application with its first status in its history, each moved one with its move
        (and what it was, for an undo)."""
        event_id = self.plan.event_id
        actions = self.plan.applications
        if event_id is None or not actions:
            return 0
        organisations = self._organisations_made(actions)
        roles = self._roles_made(actions, organisations, event_id)
        table, note = table_of(Application), f"Imported from {self.plan.parsed.path.name}"
        new, changes, moves = [], [], []
        for action in actions:
            if action.application_id is None:
                new.append({"event_id": event_id, "student_id": ids[action.key],
                            "organisation_id": organisations[action.company.casefold()],
                            "role_id": roles.get((action.company.casefold(),
                                                  (action.role or "").casefold())),
                            "channel": action.channel, "applied_on": action.applied_on,
                            "status": action.status, "note": None,
                            "import_batch_id": self.batch_id, "created_at": self.now,
                            "updated_at": self.now})
            elif action.before:
                after = {"status": action.status}
                self.connection.execute(update(table).where(table.c.id == action.application_id)
                                        .values(**after, updated_at=self.now))
                changes.append({"import_batch_id": self.batch_id, "table_name": "application",
                                "row_id": action.application_id, "before": action.before,
                                "after": after})
                moves.append({"application_id": action.application_id,
                              "from_status": action.before["status"],
                              "to_status": action.status, "changed_at": self.now,
                              "changed_by": self.user, "note": note})
        self._bulk(table, new)
        if new:
            moves += [{"application_id": aid, "from_status": None, "to_status": status,
                       "changed_at": self.now, "changed_by": self.user, "note": note}
                      for aid, status in self.connection.execute(
                          select(Application.id, Application.status)
                          .where(Application.import_batch_id == self.batch_id))]
        self._bulk(table_of(StatusChange), moves)
        self._bulk(table_of(ImportChange), changes)
        return len(new) + len(changes)

    def _organisations_made(self, actions: Sequence[ApplicationAction]) -> dict[str, int]:
        """Every company the list names, by its name folded: those the office has not met
        are made (a career day brings new ones)."""
        known = {a.company.casefold(): a.organisation_id for a in actions
                 if a.organisation_id is not None}
        for action in actions:
            name = action.company.casefold()
            if name not in known:
                organisation = Organisation(name_en=action.company)
                self.session.add(organisation)
                self.session.flush()
                known[name] = organisation.id
        return {name: oid for name, oid in known.items() if oid is not None}

    def _roles_made(self, actions: Sequence[ApplicationAction], organisations: dict[str, int],
                    event_id: int) -> dict[tuple[str, str], int]:
        """Every role the list names, by (company, title) folded: new ones are made for the
        event, with their field of work, and kept with the import (an undo removes them)."""
        known: dict[tuple[str, str], int] = {}
        new: dict[tuple[str, str], dict[str, Any]] = {}
        for action in actions:
            if not action.role:
                continue
            mark = (action.company.casefold(), action.role.casefold())
            if action.role_id is not None:
                known[mark] = action.role_id
            elif mark not in new:
                new[mark] = {"event_id": event_id,
                             "organisation_id": organisations[mark[0]],
                             "title": action.role, "field": action.job_field,
                             "openings": None, "mode": None,
                             "import_batch_id": self.batch_id, "created_at": self.now,
                             "updated_at": self.now}
            elif new[mark]["field"] is None and action.job_field:
                new[mark]["field"] = action.job_field
        new = {mark: row for mark, row in new.items() if mark not in known}
        self._bulk(table_of(EventRole), list(new.values()))
        if new:
            names = {oid: name for name, oid in organisations.items()}
            for rid, oid, title in self.connection.execute(
                    select(EventRole.id, EventRole.organisation_id, EventRole.title)
                    .where(EventRole.import_batch_id == self.batch_id)):
                known[(names[oid], title.casefold())] = rid
        return known


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    """JSON-safe values (dates as ISO text) for the undo record."""
    import datetime as dt

    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items()}
