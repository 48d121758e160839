"""Placement letters that can be sent: which placements, each letter's fields in English or
Chinese, and the files an office sends them as (one PDF to print, one PDF per student, an
email draft per student with the letter attached).

The layout is ``reports.letters`` (the office's letterhead, no report header or page
count); the words are the office's own template for the language (Settings → Reports), or
CareerDesk's default.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import (
    Cohort,
    Nomination,
    Organisation,
    Placement,
    PlacementPhase,
    Position,
    Programme,
    Setting,
    Student,
    University,
)
from careerdesk.core.domain.statuses import NominationStatus
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.nominations import cohort_id, nomination_status
from careerdesk.messages import msg
from careerdesk.reports.document import written_day

LANGUAGES = ("en", "zh_HK")
LETTER_KEYS = {"en": "letter_template", "zh_HK": "letter_template_zh"}
ADDRESS_KEY = "office_address"  # (the same keys as Settings → Reports writes)
EMAIL_KEY = "office_email"
#: The statuses a placement letter is for unless others are chosen: the offer accepted and
#: the placement recorded, under way or done.
LETTER_STATUSES = (NominationStatus.ACCEPTED, NominationStatus.PLACED,
                   NominationStatus.COMPLETED)

FIELDS = ("date", "name_en", "name_zh", "student_no", "university", "university_name",
          "organisation", "position", "cohort", "cohort_name", "start", "end", "phases",
          "office")

#: A blank line separates paragraphs; a single line break is kept as written.
DEFAULT_LETTERS = {
    "en": (
        "{date}\n\n"
        "{name_en} {name_zh}\nStudent number {student_no}, {university_name}\n\n"
        "Dear {name_en},\n\n"
        "Placement with {organisation}\n\n"
        "We are pleased to confirm your placement with {organisation} as {position} under "
        "{cohort_name}, from {start} to {end}.\n\n"
        "{phases}\n\n"
        "Please keep this letter for your records. If any detail above is not right, contact "
        "the {office} before your start date.\n\n"
        "Yours sincerely,\n\n\n\n{office}\n"),
    "zh_HK": (
        "{date}\n\n"
        "{name_zh} {name_en}\n{university_name} 學號 {student_no}\n\n"
        "{name_zh}同學：\n\n"
        "實習安排確認：{organisation}\n\n"
        "我們欣然確認，你已獲安排於{cohort_name}計劃下，以{position}身分到{organisation}實習，"
        "由{start}至{end}。\n\n"
        "{phases}\n\n"
        "請保存此信以作記錄。如上述資料有誤，請於開始日期前聯絡{office}。\n\n"
        "{office}\n謹啟\n"),
}
_DEFAULT_POSITION = {"en": "a trainee", "zh_HK": "實習生"}
_SUBJECT = {"en": "Your placement with {organisation}",
            "zh_HK": "實習安排確認：{organisation}"}
_EMAIL_BODY = {
    "en": "Dear {name},\n\nPlease find attached the letter confirming your placement with "
          "{organisation}.\n\n{office}\n",
    "zh_HK": "{name}同學：\n\n附件為你於{organisation}的實習安排確認信，請查閱。\n\n{office}\n",
}


@dataclass(frozen=True)
class Letter:
    """One student's letter: its fields, and what its files and email need."""

    fields: dict[str, str]
    email: str | None
    name: str  # the student's name as the file is named (English, else Chinese, else no.)

    @property
    def owner(self) -> str:
        return f"{self.fields['university']} {self.fields['student_no']}"

    def text(self, template: str) -> str:
        """The template with each {field} filled in; unknown braces are left as written."""
        text = template
        for key in FIELDS:
            text = text.replace("{" + key + "}", self.fields.get(key, ""))
        return text

    def file_stem(self) -> str:
        """The student number and name, safe as a file name on Windows, macOS and Linux."""
        stem = f"{self.fields['student_no']} {self.name}".strip()
        return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", stem).strip(" .")[:120] or "letter"


def letters(session: Session, language: str = "en", *, cohort: str | None = None,
            statuses: Sequence[str] | None = None, nomination_ids: Sequence[int] | None = None,
            student_no: str | None = None, office: str = "Career Centre",
            today: dt.date | None = None, event: str | None = None,
            application_ids: Sequence[int] | None = None) -> list[Letter]:
    """The letters for a cohort's placements at ``statuses`` (by default accepted, placed
    and completed), or for the nominations chosen; or for a career day's accepted offers
    (``event``), or the applications chosen; by university and name."""
    if language not in LANGUAGES:
        raise CareerDeskError(msg("The language is en or zh_HK, not '{language}'.",
                                  language=language), code="unknown_language")
    if event is not None or application_ids is not None:
        return _offer_letters(session, language, event, application_ids, office,
                              today or dt.date.today())
    wanted = [nomination_status(s).value for s in statuses] if statuses else [
        s.value for s in LETTER_STATUSES]
    statement = (
        select(Placement, Organisation.name_en, Organisation.name_zh, Position.title,
               Student.student_no, Student.name_en, Student.name_zh, Student.email,
               University.code, University.name_en, University.name_zh, Cohort.code,
               Cohort.name, Programme.name_zh)
        .join(Nomination, Placement.nomination_id == Nomination.id)
        .join(Cohort, Nomination.cohort_id == Cohort.id)
        .join(Programme, Cohort.programme_id == Programme.id)
        .join(Student, Nomination.student_id == Student.id)
        .join(University, Student.university_id == University.id)
        .join(Organisation, Placement.organisation_id == Organisation.id)
        .outerjoin(Position, Placement.position_id == Position.id)
        .order_by(University.code, Student.name_en, Student.student_no))
    if nomination_ids is not None:
        statement = statement.where(Nomination.id.in_(list(nomination_ids)))
    else:
        statement = statement.where(Nomination.status.in_(wanted))
    if cohort:
        statement = statement.where(Nomination.cohort_id == cohort_id(session, cohort))
    if student_no:
        statement = statement.where(Student.student_no == student_no)
    rows = session.execute(statement).all()
    phases = _phases(session, [row[0].id for row in rows], language)
    day = today or dt.date.today()
    chinese = language == "zh_HK"
    made = []
    for (placement, organisation, organisation_zh, position, number, name_en, name_zh, email,
         code, university, university_zh, cohort_code, cohort_name, programme_zh) in rows:
        made.append(Letter({
            "date": _day(day, language), "name_en": name_en or "", "name_zh": name_zh or "",
            "student_no": number, "university": code,
            "university_name": (university_zh if chinese and university_zh else university),
            "organisation": (organisation_zh if chinese and organisation_zh
                             else organisation),
            "position": position or _DEFAULT_POSITION[language],
            "cohort": cohort_code,
            "cohort_name": (f"{programme_zh}（{cohort_name}）" if chinese and programme_zh
                            else cohort_name),
            "start": _day(placement.start_date, language),
            "end": _day(placement.end_date, language),
            "phases": "\n".join(phases.get(placement.id, [])), "office": office,
        }, email, name_en or name_zh or ""))
    return made


def _offer_letters(session: Session, language: str, event: str | None,
                   application_ids: Sequence[int] | None, office: str, day: dt.date
                   ) -> list[Letter]:
    """A letter for each offer accepted at a career day that has become a placement (of
    ``event``, or of the applications chosen): its position (else the role applied for),
    the day as the programme, the placement's dates."""
    from careerdesk.core.db.models import Application, Event, EventRole
    from careerdesk.core.services.events import event_named

    chinese = language == "zh_HK"
    statement = (
        select(Placement.start_date, Placement.end_date, Position.title, EventRole.title,
               Organisation.name_en, Organisation.name_zh, Student.student_no,
               Student.name_en, Student.name_zh, Student.email, University.code,
               University.name_en, University.name_zh, Event.code, Event.name, Event.name_zh)
        .select_from(Application)
        .join(Event, Application.event_id == Event.id)
        .join(Student, Application.student_id == Student.id)
        .join(University, Student.university_id == University.id)
        .join(Organisation, Application.organisation_id == Organisation.id)
        .outerjoin(EventRole, Application.role_id == EventRole.id)
        .join(Placement, Placement.application_id == Application.id)
        .outerjoin(Position, Placement.position_id == Position.id)
        .order_by(University.code, Student.name_en, Student.student_no))
    if application_ids is not None:
        statement = statement.where(Application.id.in_(list(application_ids)))
    if event is not None:
        statement = statement.where(Application.event_id == event_named(session, event).id)
    return [Letter({
        "date": _day(day, language), "name_en": name_en or "", "name_zh": name_zh or "",
        "student_no": number, "university": code,
        "university_name": university_zh if chinese and university_zh else university,
        "organisation": organisation_zh if chinese and organisation_zh else organisation,
        "position": position or role or _DEFAULT_POSITION[language],
        "cohort": event_code, "cohort_name": event_zh if chinese and event_zh else event_name,
        "start": _day(start, language), "end": _day(end, language), "phases": "",
        "office": office,
    }, email, name_en or name_zh or "")
        for (start, end, position, role, organisation, organisation_zh, number, name_en,
             name_zh, email, code, university, university_zh, event_code, event_name,
             event_zh) in session.execute(statement)]


def _phases(session: Session, placement_ids: list[int], language: str) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    if not placement_ids:
        return found
    joiner = "{name}：{start}至{end}" if language == "zh_HK" else "{name}: {start} to {end}"
    for placement_id, name, start, end in session.execute(
            select(PlacementPhase.placement_id, PlacementPhase.name, PlacementPhase.start_date,
                   PlacementPhase.end_date)
            .where(PlacementPhase.placement_id.in_(placement_ids))
            .order_by(PlacementPhase.start_date)):
        found.setdefault(placement_id, []).append(joiner.format(
            name=name, start=_day(start, language), end=_day(end, language)))
    return found


def _day(value: dt.date | None, language: str) -> str:
    return "—" if value is None else written_day(value, language)


def letter_template(session: Session, language: str = "en") -> str:
    """The office's template for the language, or CareerDesk's default."""
    stored = session.get(Setting, LETTER_KEYS[language])
    if stored is not None and stored.value and stored.value.strip():
        return stored.value
    return DEFAULT_LETTERS[language]


def office_contact(session: Session) -> tuple[str, str]:
    """The office's address (the letterhead) and its email (the drafts' sender)."""
    address, email = (session.get(Setting, key) for key in (ADDRESS_KEY, EMAIL_KEY))
    return (address.value if address and address.value else "",
            email.value if email and email.value else "")


def email_draft(letter: Letter, pdf: Path, language: str, office: str,
                sender: str = "") -> EmailMessage:
    """A draft to the student with the letter attached, which Outlook and Thunderbird open
    ready to send (``X-Unsent``); CareerDesk never sends it itself."""
    draft = EmailMessage()
    draft["To"] = formataddr((letter.name, letter.email or ""))
    if sender:
        draft["From"] = formataddr((office, sender))
    draft["Subject"] = _SUBJECT[language].format(organisation=letter.fields["organisation"])
    draft["X-Unsent"] = "1"
    name = (letter.fields["name_zh"] or letter.name) if language == "zh_HK" else letter.name
    draft.set_content(_EMAIL_BODY[language].format(
        name=name, organisation=letter.fields["organisation"], office=office))
    draft.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf",
                         filename=pdf.name)
    return draft
