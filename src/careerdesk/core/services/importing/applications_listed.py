"""A career day's applications list: each row one application by a student to a company's
role (HKSTP's Talent Pool export, an organiser's list). The same student on several rows is
several applications, not a duplicate: the application columns are taken aside before the
file's students are compared row with row, and read back a row at a time here.

Nothing is written here. An application already recorded moves on to where the list says
it stands (its history keeps the move); a list saying less (an older export) leaves it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import Application, EventRole, Organisation
from careerdesk.core.domain.statuses import ApplicationStatus, application_moves
from careerdesk.core.services.importing.duplicates import StudentKey
from careerdesk.io.application_words import application_status
from careerdesk.io.fields import Field
from careerdesk.io.parsed_sheet import ParsedSheet
from careerdesk.io.values import BadValueError
from careerdesk.messages import msg

#: The columns an application is made of, taken aside from the student's.
_APPLICATION_FIELDS = (Field.ORGANISATION, Field.POSITION, Field.APPLICATION_STATUS,
                       Field.CHANNEL, Field.APPLIED_ON, Field.JOB_FIELD)


@dataclass
class ApplicationColumns:
    """The application columns of the list, by field (each value a row's)."""

    columns: dict[Field, list[Any]]

    def value(self, field_: Field, number: int) -> Any:
        column = self.columns.get(field_)
        return None if column is None else column[number]


def take_application_columns(sheet: ParsedSheet) -> ApplicationColumns:
    """Take the application columns out of the sheet, so that a student's rows are compared
    only on who the student is (each row is an application of theirs). A list imported for
    an event whose status column was read as a nomination's ("Application Status" holding
    "Interviewed", "Offer accepted"): that column is the applications' status."""
    taken = ApplicationColumns({f: sheet.columns.pop(f) for f in _APPLICATION_FIELDS
                                if f in sheet.columns})
    if Field.APPLICATION_STATUS not in taken.columns and Field.ENDORSED in sheet.columns:
        sheet.columns.pop(Field.ENDORSED)
        taken.columns[Field.APPLICATION_STATUS] = _statuses_as_written(sheet)
    return taken


def _statuses_as_written(sheet: ParsedSheet) -> list[str | None]:
    """Each row's status column, read again as an application's status (a word it cannot
    read is a problem on its row: that application is not recorded)."""
    heading = sheet.headings.get(Field.ENDORSED, "")
    statuses: list[str | None] = []
    for number, problems in sheet.row_problems.items():  # (what it said as a nomination's)
        sheet.row_problems[number] = [p for p in problems if p.column != heading]
    for number in range(len(sheet)):
        try:
            statuses.append(application_status(sheet.as_written(number, Field.ENDORSED)))
        except BadValueError as problem:
            sheet.add(number, heading, problem.code, problem.message)
            statuses.append(None)
    return statuses


@dataclass(slots=True)
class ApplicationAction:
    key: StudentKey
    excel_row: int
    company: str
    organisation_id: int | None  # None: a company the office has not met, made on import
    role: str | None
    role_id: int | None
    job_field: str | None
    channel: str | None
    applied_on: dt.date | None
    status: str
    application_id: int | None = None
    before: dict[str, Any] = field(default_factory=dict)  # {"status": …} when moved on


def application_actions(session: Session, sheet: ParsedSheet, taken: ApplicationColumns,
                        rows: list[tuple[int, StudentKey]], stored_ids: dict[StudentKey, int],
                        event_id: int) -> list[ApplicationAction]:
    """What each application row records. ``rows``: (row number, its student) of every row
    imported, a student's later rows too; ``stored_ids``: the stored students' ids."""
    organisations = {name: oid for oid, name in session.execute(
        select(Organisation.id, func.lower(Organisation.name_en)))}
    roles = {(oid, title): rid for rid, oid, title in session.execute(
        select(EventRole.id, EventRole.organisation_id, func.lower(EventRole.title))
        .where(EventRole.event_id == event_id))}
    current = {(sid, oid, rid): (aid, status) for aid, sid, oid, rid, status in session.execute(
        select(Application.id, Application.student_id, Application.organisation_id,
               Application.role_id, Application.status)
        .where(Application.event_id == event_id))}
    heading = sheet.headings.get(Field.APPLICATION_STATUS, "")
    seen: dict[tuple[StudentKey, str, str], int] = {}
    actions = []
    for number, key in rows:
        company = taken.value(Field.ORGANISATION, number)
        if company is None:
            _say_no_company(sheet, number)
            continue
        role = taken.value(Field.POSITION, number)
        status = taken.value(Field.APPLICATION_STATUS, number)
        if status is None and (sheet.as_written(number, Field.APPLICATION_STATUS)
                               or sheet.as_written(number, Field.ENDORSED)):
            sheet.add(number, heading, "application_skipped", msg(
                "The application to {company} was not recorded, as its status could not be "
                "read.", company=company))
            continue
        mark = (key, company.casefold(), (role or "").casefold())
        if mark in seen:
            sheet.add(number, "", "application_repeated", msg(
                "This application ({company}{role}) is already in row {row} of this file; "
                "counted once.", company=company, role=f", {role}" if role else "",
                row=sheet.excel_rows[seen[mark]]))
            continue
        seen[mark] = number
        oid = organisations.get(company.casefold())
        rid = roles.get((oid, role.casefold())) if oid is not None and role else None
        action = ApplicationAction(
            key, sheet.excel_rows[number], company, oid, role, rid,
            taken.value(Field.JOB_FIELD, number), taken.value(Field.CHANNEL, number),
            taken.value(Field.APPLIED_ON, number), status or ApplicationStatus.APPLIED.value)
        student_id = stored_ids.get(key)
        found = current.get((student_id, oid, rid)) if student_id is not None and \
            oid is not None and (rid is not None or not role) else None
        if found is not None:
            action.application_id = found[0]
            _moved_or_kept(sheet, number, heading, action, found[1], status)
        actions.append(action)
    return actions


def _moved_or_kept(sheet: ParsedSheet, number: int, heading: str, action: ApplicationAction,
                   stored: str, said: str | None) -> None:
    """An application recorded before: moved on to where the list says, if the path goes
    there; a list saying less, or something the path does not allow, leaves it (said)."""
    action.status = stored
    if said is None or said == stored:
        return
    if ApplicationStatus(said) in application_moves(ApplicationStatus(stored)):
        action.before, action.status = {"status": stored}, said
        return
    sheet.add(number, heading, "application_kept", msg(
        "The list says the application to {company} is {said}, but CareerDesk has it {stored}, "
        "which was kept.", company=action.company, said=ApplicationStatus(said).label,
        stored=ApplicationStatus(stored).label))


def _say_no_company(sheet: ParsedSheet, number: int) -> None:
    sheet.add(number, sheet.headings.get(Field.ORGANISATION, ""), "application_no_company", msg(
        "The row names no company, so no application was recorded for it."))
