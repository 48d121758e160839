"""The personal-data duties of Hong Kong's Personal Data (Privacy) Ordinance that CareerDesk
keeps for an office: who saw which student's data (a record viewed or printed, a report or
an export with the student in it), and data access requests answered within 40 days with
everything held on the student, as a PDF and a workbook."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import String, cast, insert, literal, select, tuple_
from sqlalchemy.orm import Session

from careerdesk.core.db.bulk import in_chunks
from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    DisclosedStudent,
    Disclosure,
    PrivacyRequest,
    Student,
    University,
)
from careerdesk.core.db.models.base import table_of, utcnow
from careerdesk.core.domain.choices import DisclosureAction, PrivacyRequestKind
from careerdesk.core.errors import ConflictError
from careerdesk.core.identity import current_machine, current_user
from careerdesk.io.office_time import shown
from careerdesk.messages import Message, msg

#: The Ordinance's deadline for answering a data access request.
ANSWER_WITHIN = dt.timedelta(days=40)


# -- who saw what ------------------------------------------------------------------------------
#: What was seen, by kind, with the file it went to. Stored as the English sentence, and
#: read back into the sentence it was made from (``what_was_seen``), so the window and the
#: student's record say it in the reader's language.
SEEN_AS: dict[str, Callable[[str], Message]] = {
    "student_form": lambda file: msg("Student form"),
    "student_record": lambda file: msg("Student record: {file}", file=file),
    "attendance": lambda file: msg("Attendance report: {file}", file=file),
    "endorsement": lambda file: msg("Nominations for endorsement: {file}", file=file),
    "placement": lambda file: msg("Placement report: {file}", file=file),
    "career_day": lambda file: msg("Career day report: {file}", file=file),
    "letters": lambda file: msg("Placement letters: {file}", file=file),
    "export": lambda file: msg("Export to {file}", file=file),
    "access": lambda file: msg("Data access request answered: {file}", file=file),
}


def seen_as(kind: str, file: str = "") -> Message:
    """What a disclosure of ``kind`` is called (a key of ``SEEN_AS``)."""
    return SEEN_AS[kind](file)


def what_was_seen(stored: str) -> str:
    """The stored description as the sentence it was made from; as stored when it is none
    of them."""
    for make in SEEN_AS.values():
        template = make("").template
        pattern = re.escape(template).replace(re.escape("{file}"), "(?P<file>.+)")
        found = re.fullmatch(pattern, stored, re.DOTALL)
        if found is not None:
            return make(found.groupdict().get("file") or "")
    return stored


def record_disclosure(database: Database, action: DisclosureAction, what: str,
                      student_ids: Iterable[int]) -> int | None:
    """Note that these students' data was seen (``action``: viewed, printed, exported, or
    given to the student), by whom and on which computer; returns the entry's id (None on
    a database that can only be read). Its own transaction, after the work it records."""
    ids = sorted(set(student_ids))
    if database.read_only:
        return None  # (nothing can be written to a database that can only be read)
    with database.transaction() as session:
        return disclosure(session, action, what, ids)


def disclosure(session: Session, action: DisclosureAction, what: str,
               student_ids: Sequence[int]) -> int:
    """``record_disclosure`` in the caller's transaction."""
    entry = Disclosure(at=utcnow(), by=current_user(), machine=current_machine(),
                       action=action.value, what=what[:400], students=len(student_ids))
    session.add(entry)
    session.flush()
    for chunk in in_chunks(list(student_ids), 5_000):
        session.execute(insert(table_of(DisclosedStudent)),
                        [{"disclosure_id": entry.id, "student_id": sid} for sid in chunk])
    return entry.id


def student_ids_of(session: Session, keys: Iterable[tuple[str, str]]) -> list[int]:
    """The ids of students named by (university code, student number)."""
    wanted = sorted(set(keys))
    ids: list[int] = []
    for chunk in in_chunks(wanted, 400):
        ids += session.scalars(
            select(Student.id).join(University, Student.university_id == University.id)
            .where(tuple_(University.code, Student.student_no).in_(chunk)))
    return ids


def record_disclosure_of(database: Database, action: DisclosureAction, what: str,
                         keys: Iterable[tuple[str, str]]) -> int | None:
    """``record_disclosure`` for students named by (university code, student number), found
    in the same transaction; none when no student is named."""
    wanted = list(keys)
    if not wanted or database.read_only:
        return None
    with database.transaction() as session:
        ids = sorted(set(student_ids_of(session, wanted)))
        return disclosure(session, action, what, ids) if ids else None


@dataclass(frozen=True)
class DisclosureRow:
    at: dt.datetime  # Hong Kong time
    by: str
    machine: str | None
    action: str
    what: str
    students: int

    def as_json(self) -> dict[str, object]:
        return {"at": self.at.isoformat(timespec="seconds"), "by": self.by,
                "machine": self.machine, "action": self.action, "what": self.what,
                "students": self.students}


def disclosures(session: Session, student_id: int | None = None,
                limit: int = 1_000) -> list[DisclosureRow]:
    """Who saw what, newest first: of one student, or of everyone."""
    statement = select(Disclosure).order_by(Disclosure.id.desc()).limit(limit)
    if student_id is not None:
        statement = statement.join(DisclosedStudent).where(
            DisclosedStudent.student_id == student_id)
    return [DisclosureRow(shown(d.at).replace(tzinfo=None), d.by, d.machine, d.action, d.what,
                          d.students) for d in session.scalars(statement)]


# -- use by consent --------------------------------------------------------------------------------
def without_consent(session: Session, ids: Sequence[int] = (),
                    keys: Sequence[tuple[str, str]] = ()) -> set[int | tuple[str, str]]:
    """Of the students named (by id, or by university code and number), those who have not
    consented to their data being shared (not recorded as consenting): an export leaves
    them out unless the user chooses to include them."""
    missing: set[int | tuple[str, str]] = set()
    for chunk in in_chunks(sorted(set(ids)), 900):
        missing |= set(session.scalars(select(Student.id).where(
            Student.id.in_(chunk), Student.consent_to_share.is_not(True))))
    for chunk in in_chunks(sorted(set(keys)), 400):
        missing |= {(code, number) for code, number in session.execute(
            select(University.code, Student.student_no)
            .join(University, Student.university_id == University.id)
            .where(tuple_(University.code, Student.student_no).in_(chunk),
                   Student.consent_to_share.is_not(True)))}
    return missing


def named(missing: Iterable[int | tuple[str, str]], session: Session) -> list[str]:
    """Students as people read them ("CUHK 1155012345"), for saying who was left out."""
    keys = [m for m in missing if isinstance(m, tuple)]
    ids = [m for m in missing if isinstance(m, int)]
    said = [f"{code} {number}" for code, number in keys]
    for chunk in in_chunks(sorted(ids), 900):
        said += [f"{code} {number}" for code, number in session.execute(
            select(University.code, Student.student_no)
            .join(University, Student.university_id == University.id)
            .where(Student.id.in_(chunk)))]
    return sorted(said)


# -- data access and correction requests --------------------------------------------------------
@dataclass(frozen=True)
class RequestRow:
    id: int
    kind: str
    university: str
    student_no: str
    received_on: dt.date
    due_on: dt.date
    answered_on: dt.date | None

    def days_left(self, today: dt.date) -> int:
        return (self.due_on - today).days

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "university": self.university,
                "student_no": self.student_no, "received_on": self.received_on.isoformat(),
                "due_on": self.due_on.isoformat(),
                "answered_on": self.answered_on.isoformat() if self.answered_on else None}


def record_request(database: Database, university: str, student_no: str,
                   kind: str = PrivacyRequestKind.ACCESS.value,
                   received_on: dt.date | None = None, note: str | None = None) -> RequestRow:
    """A student's request received (today unless said): due 40 days later."""
    from careerdesk.core.services.student_editing import find_student_id

    try:
        wanted = PrivacyRequestKind(kind)
    except ValueError:
        raise ConflictError(msg("'{kind}' is not a kind of request; use access or correction.",
                                kind=kind), code="bad_request_kind") from None
    received = received_on or dt.date.today()
    with database.transaction() as session:
        student_id = find_student_id(session, university, student_no)
        student = session.get(Student, student_id)
        code = session.scalar(select(University.code).where(
            University.id == student.university_id)) if student else university
        request = PrivacyRequest(kind=wanted.value, student_id=student_id,
                                 university=code or university,
                                 student_no=student.student_no if student else student_no,
                                 received_on=received, due_on=received + ANSWER_WITHIN,
                                 recorded_by=current_user(), note=note)
        session.add(request)
        session.flush()
        return _row(request)


def _row(request: PrivacyRequest) -> RequestRow:
    return RequestRow(request.id, request.kind, request.university, request.student_no,
                      request.received_on, request.due_on, request.answered_on)


def requests(session: Session, open_only: bool = False) -> list[RequestRow]:
    """Requests, the soonest due first; ``open_only``: those not answered yet."""
    statement = select(PrivacyRequest).order_by(PrivacyRequest.due_on, PrivacyRequest.id)
    if open_only:
        statement = statement.where(PrivacyRequest.answered_on.is_(None))
    return [_row(r) for r in session.scalars(statement)]


@dataclass(frozen=True)
class AccessAnswer:
    pdf: Path
    workbook: Path
    request: RequestRow


def answer_access_request(database: Database, university: str, student_no: str,
                          folder: Path, *, language: str = "en",
                          received_on: dt.date | None = None) -> AccessAnswer:
    """Everything held on the student, as a PDF and a workbook in ``folder`` (named by the
    student number), with the request it answers recorded (the open one, else a new one
    received today) and the handing-over noted in who saw what."""
    from careerdesk.core.services.reports import print_student_record
    from careerdesk.core.services.student_editing import find_student_id
    from careerdesk.core.services.student_record import student_record

    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise ConflictError(msg("The folder {folder} does not exist.", folder=folder),
                            code="report_no_folder")
    with database.session() as session:
        student_id = find_student_id(session, university, student_no)
        record = student_record(session, university, student_no)
    stem = f"{record.student_no} personal data"
    pdf = print_student_record(database, university, student_no, folder / f"{stem}.pdf",
                               language=language, disclose=False).path
    workbook = write_record_workbook(record, folder / f"{stem}.xlsx")
    with database.transaction() as session:
        request = session.scalar(select(PrivacyRequest).where(
            PrivacyRequest.student_id == student_id, PrivacyRequest.kind == "access",
            PrivacyRequest.answered_on.is_(None)).order_by(PrivacyRequest.id))
        if request is None:
            received = received_on or dt.date.today()
            request = PrivacyRequest(kind="access", student_id=student_id,
                                     university=record.university,
                                     student_no=record.student_no, received_on=received,
                                     due_on=received + ANSWER_WITHIN,
                                     recorded_by=current_user())
            session.add(request)
        request.answered_on = dt.date.today()
        disclosure(session, DisclosureAction.ACCESS_REQUEST,
                   seen_as("access", f"{pdf.name}, {workbook.name}"), [student_id])
        session.flush()
        return AccessAnswer(pdf, workbook, _row(request))


def write_record_workbook(record, target: Path) -> Path:  # noqa: ANN001 (a StudentRecord)
    """The student record as a workbook: a sheet for each part of it."""
    from careerdesk.core.services.exports import write_sheets
    from careerdesk.io.xlsx_writer import Table

    history = [(n.cohort, shown(at).replace(tzinfo=None) if at.tzinfo else at, by,
                str(before or ""), str(after), note)
               for n in record.nominations for at, by, before, after, note in n.history]
    write_sheets(target, [
        Table("Details", ["Field", "Value"],
              [("University", record.university_name), ("Student no.", record.student_no),
               *((str(k), v) for k, v in record.details)], [30, 50]),
        Table("Nominations", ["Cohort", "Programme", "Track", "Status", "Rank"],
              [(n.cohort, n.cohort_name, n.track, str(n.status), n.rank)
               for n in record.nominations]),
        Table("Nomination history", ["Cohort", "When", "By", "From", "To", "Note"], history),
        Table("Placements", ["Cohort or event", "Organisation", "Position", "Start", "End",
                             "Status", "Monthly salary", "After"],
              [tuple(map(_cell, row)) for row in record.placements]),
        Table("Career-day applications", ["Event", "Company", "Role", "Channel",
                                          "Applied on", "Status"],
              [tuple(map(_cell, row)) for row in record.applications]),
        Table("Events", ["Event", "Name", "Date", "Attendance", "Registered"],
              [tuple(map(_cell, row)) for row in record.attendance]),
        Table("Changes", ["When", "By", "What", "Fields"],
              [(at.replace(tzinfo=None) if at.tzinfo else at, by, str(what), str(fields))
               for at, by, what, fields in record.changes]),
    ])
    return target


def _cell(value: object) -> object:
    return value if isinstance(value, dt.date) or value is None else str(value)



# -- retention: a purge of students kept longer than they need be --------------------------------
@dataclass(frozen=True)
class Purged:
    """What a purge removed (or anonymised), or would in a dry run."""

    students: int
    nominations: int
    placements: int
    attendances: int
    applications: int
    anonymised: bool
    dry_run: bool

    def summary(self) -> str:
        done = (msg("would be anonymised") if self.anonymised else msg("would be deleted")) \
            if self.dry_run else (msg("anonymised") if self.anonymised else msg("deleted"))
        return msg("{students:,} students {done}, with {nominations:,} nominations, "
                   "{placements:,} placements, {attendances:,} event registrations and "
                   "{applications:,} career-day applications.", students=self.students,
                   done=done, nominations=self.nominations, placements=self.placements,
                   attendances=self.attendances, applications=self.applications)

    def as_json(self) -> dict[str, object]:
        return {"students": self.students, "nominations": self.nominations,
                "placements": self.placements, "attendances": self.attendances,
                "applications": self.applications, "anonymised": self.anonymised,
                "dry_run": self.dry_run}


def purge(database: Database, graduated_before: dt.date | None = None, *,
          past_retention: bool = False, anonymise: bool = False,
          dry_run: bool = False, today: dt.date | None = None) -> Purged:
    """The students who graduated before ``graduated_before``, or (``past_retention``) those
    kept longer than the office's retention periods allow (``students_past_retention``):
    deleted with everything held on them, or (``anonymise``) kept without anything that
    names them (name, number, email, mobile, notes), their records kept for the figures.
    Either way the old values kept for undo and in the audit log go too. One transaction;
    logged without a name."""
    from sqlalchemy import delete, update

    from careerdesk.core.db.audit import log_bulk
    from careerdesk.core.db.models import (
        Application,
        Attendance,
        AuditEntry,
        ImportChange,
        Nomination,
        Placement,
        PlacementPhase,
        StatusChange,
    )

    def chosen(session: Session) -> list[int]:
        if past_retention:
            return students_past_retention(session, today or dt.date.today())
        if graduated_before is None:
            raise ValueError("purge needs graduated_before or past_retention")
        return list(session.scalars(select(Student.id).where(
            Student.graduation_date < graduated_before)))

    def found(session: Session) -> tuple[list[int], list[int], list[int], list[int], Purged]:
        ids = chosen(session)
        nominations = _ids_of(session, Nomination, Nomination.student_id, ids)
        applications = _ids_of(session, Application, Application.student_id, ids)
        placements = [pid for chunk in in_chunks(nominations, 900)
                      for pid in session.scalars(select(Placement.id).where(
                          Placement.nomination_id.in_(chunk)))]
        placements += [pid for chunk in in_chunks(applications, 900)
                       for pid in session.scalars(select(Placement.id).where(
                           Placement.application_id.in_(chunk)))]
        attendances = _ids_of(session, Attendance, Attendance.student_id, ids)
        return ids, nominations, applications, placements, Purged(
            len(ids), len(nominations), len(placements), len(attendances),
            len(applications), anonymise, dry_run)

    if dry_run:
        with database.session() as session:
            return found(session)[-1]
    with database.transaction() as session:
        ids, nominations, applications, placements, result = found(session)
        for chunk in in_chunks(ids, 900):  # old values kept for undo and in the audit log
            session.execute(delete(ImportChange).where(ImportChange.table_name == "student",
                                                       ImportChange.row_id.in_(chunk)))
            session.execute(delete(AuditEntry).where(AuditEntry.table_name == "student",
                                                     AuditEntry.row_id.in_(chunk)))
            if anonymise:
                session.execute(update(Student).where(Student.id.in_(chunk)).values(
                    name_en=None, name_zh=None, email=None, phone=None, notes=None, tags=None,
                    student_no=literal("ANON-").concat(cast(Student.id, String)),
                    updated_at=utcnow()))
        if not anonymise:
            for chunk in in_chunks(placements, 900):
                session.execute(delete(PlacementPhase).where(
                    PlacementPhase.placement_id.in_(chunk)))
                session.execute(delete(Placement).where(Placement.id.in_(chunk)))
            for chunk in in_chunks(nominations, 900):
                session.execute(delete(StatusChange).where(
                    StatusChange.nomination_id.in_(chunk)))
                session.execute(delete(Nomination).where(Nomination.id.in_(chunk)))
            for chunk in in_chunks(applications, 900):
                session.execute(delete(StatusChange).where(
                    StatusChange.application_id.in_(chunk)))
                session.execute(delete(Application).where(Application.id.in_(chunk)))
            for chunk in in_chunks(ids, 900):
                session.execute(delete(Attendance).where(Attendance.student_id.in_(chunk)))
                session.execute(delete(DisclosedStudent).where(
                    DisclosedStudent.student_id.in_(chunk)))
                session.execute(update(PrivacyRequest).where(
                    PrivacyRequest.student_id.in_(chunk)).values(student_id=None))
                session.execute(delete(Student).where(Student.id.in_(chunk)))
        log_bulk(session, "student", msg(
            "Retention: students kept past the office's retention periods: {summary}",
            summary=result.summary()) if past_retention else msg(
            "Retention: students who graduated before {day}: {summary}",
            day=graduated_before.isoformat() if graduated_before else "", summary=result.summary()))
        return result


# -- identity card numbers --------------------------------------------------------------------
#: Whether the office collects HKID numbers ("yes"); by default it does not.
HKID_KEY = "collect_hkid"


def collects_hkid(session: Session) -> bool:
    from careerdesk.core.db.models import Setting

    stored = session.get(Setting, HKID_KEY)
    return stored is not None and stored.value == "yes"


def set_collect_hkid(database: Database, collect: bool) -> int:
    """Turn the collection of HKID numbers on or off; off erases every number kept (the
    office no longer needs them), returning how many."""
    from sqlalchemy import func, update

    from careerdesk.core.db.audit import log_bulk
    from careerdesk.core.db.models import Setting

    with database.transaction() as session:
        stored = session.get(Setting, HKID_KEY)
        if stored is None:
            session.add(Setting(key=HKID_KEY, value="yes" if collect else "no"))
        else:
            stored.value = "yes" if collect else "no"
        if collect:
            return 0
        erased = int(session.scalar(select(func.count()).select_from(Student).where(
            Student.hkid.is_not(None))) or 0)
        if erased:
            session.execute(update(Student).where(Student.hkid.is_not(None)).values(hkid=None))
            log_bulk(session, "student", msg(
                "HKID numbers are no longer collected: {count:,} erased.", count=erased))
        return erased


def hkid_not_collected() -> Message:
    return msg("This office does not collect HKID numbers; an office that needs them turns "
               "them on in Settings → Personal data.")


# -- retention periods ------------------------------------------------------------------------
#: The office's retention period, in whole years after graduation; a programme's own under
#: ``RETENTION_KEY + ":" + its code``.
RETENTION_KEY = "retention_years"


@dataclass(frozen=True)
class RetentionPolicy:
    """How long the office keeps a student's records after they graduate: ``years`` (None:
    no period set, nothing is purged for it), and a programme's own period where it has one
    (a talent programme's funder may ask for longer)."""

    years: int | None = None
    programmes: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        return {"years": self.years, "programmes": dict(sorted(self.programmes.items()))}


def retention_policy(session: Session) -> RetentionPolicy:
    from careerdesk.core.db.models import Setting

    stored = {key: value for key, value in session.execute(
        select(Setting.key, Setting.value).where(Setting.key.startswith(RETENTION_KEY)))}
    programmes = {key.split(":", 1)[1]: int(value) for key, value in stored.items()
                  if ":" in key and value and value.isdigit()}
    years = stored.get(RETENTION_KEY)
    return RetentionPolicy(int(years) if years and years.isdigit() else None, programmes)


@dataclass(frozen=True)
class PersonalDataChoices:
    """What Settings → Personal data shows: the retention periods, the programmes one may
    be set for, and whether HKID numbers are collected (and how many are kept)."""

    policy: RetentionPolicy
    programmes: list[str]
    collect_hkid: bool
    hkids_kept: int


def personal_data_choices(session: Session) -> PersonalDataChoices:
    from sqlalchemy import func

    from careerdesk.core.db.models import Programme

    return PersonalDataChoices(
        retention_policy(session),
        list(session.scalars(select(Programme.code).order_by(Programme.code))),
        collects_hkid(session),
        int(session.scalar(select(func.count()).select_from(Student).where(
            Student.hkid.is_not(None))) or 0))


def set_retention(database: Database, years: int | None,
                  programmes: dict[str, int | None] | None = None) -> RetentionPolicy:
    """The office's retention period (None: none), and programmes' own (None: the office's);
    a programme that does not exist, or a period outside 1-100 years, is refused."""
    from careerdesk.core.db.models import Programme, Setting
    from careerdesk.core.errors import NotFoundError

    for value in [years, *(programmes or {}).values()]:
        if value is not None and not 1 <= value <= 100:
            raise ConflictError(msg("A retention period is between 1 and 100 years, not "
                                    "{years}.", years=value), code="bad_retention")
    with database.transaction() as session:
        codes = {code.casefold(): code for code in session.scalars(select(Programme.code))}
        wanted = {RETENTION_KEY: years}
        for written, value in (programmes or {}).items():
            code = codes.get(written.casefold())
            if code is None:
                raise NotFoundError(msg("There is no programme '{programme}'; use one of "
                                        "{codes}.", programme=written,
                                        codes=", ".join(sorted(codes.values()))),
                                    code="unknown_programme")
            wanted[f"{RETENTION_KEY}:{code}"] = value
        for key, value in wanted.items():
            stored = session.get(Setting, key)
            if value is None:
                if stored is not None:
                    session.delete(stored)
            elif stored is None:
                session.add(Setting(key=key, value=str(value)))
            else:
                stored.value = str(value)
        session.flush()
        return retention_policy(session)


def students_past_retention(session: Session, today: dt.date) -> list[int]:
    """The students whose every record is past its retention period: graduated more than
    the period of each programme they were nominated to (the office's where a programme has
    none of its own; the office's alone for a student never nominated) before ``today``. A
    student with no graduation date, or under a programme with no period, is kept."""
    from careerdesk.core.db.models import Cohort, Nomination, Programme

    policy = retention_policy(session)
    longest: dict[int, int | None] = {}
    for student_id, code in session.execute(
            select(Nomination.student_id, Programme.code).distinct()
            .join(Cohort, Nomination.cohort_id == Cohort.id)
            .join(Programme, Cohort.programme_id == Programme.id)):
        years = policy.programmes.get(code, policy.years)
        kept = longest.get(student_id, 0)
        longest[student_id] = None if years is None or kept is None else max(kept, years)
    past = []
    for student_id, graduated in session.execute(
            select(Student.id, Student.graduation_date).where(
                Student.graduation_date.is_not(None))):
        years = longest.get(student_id, policy.years)
        if graduated is not None and years is not None and _years_after(graduated,
                                                                         years) < today:
            past.append(student_id)
    return past


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _ids_of(session: Session, model, column, student_ids: Sequence[int]) -> list[int]:  # noqa: ANN001
    return [row_id for chunk in in_chunks(list(student_ids), 900)
            for row_id in session.scalars(select(model.id).where(column.in_(chunk)))]
