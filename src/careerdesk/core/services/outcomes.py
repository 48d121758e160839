"""Graduate outcomes: recorded on the student (by hand or from a survey), and the figures
for a graduating class by university, faculty and programme."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Faculty, Student, University
from careerdesk.core.domain.choices import GraduateOutcome, value_words
from careerdesk.core.domain.outcomes import OutcomeCounts
from careerdesk.core.errors import CareerDeskError, NotFoundError
from careerdesk.core.services.reference_data import (
    faculty_name,
    find_university_id,
    no_such_university,
)
from careerdesk.core.services.student_editing import find_student_id
from careerdesk.io.values import BadValueError, graduate_outcome
from careerdesk.messages import msg
from careerdesk.reports.content import GraduateOutcomes, OutcomeLine


def read_outcome(text: str) -> GraduateOutcome:
    """An outcome as people write it ("employed-full-time", "Full-time employment",
    "升學", "seeking"): the importer's own reading, so a survey list and a hand say alike."""
    try:
        read = graduate_outcome(text)
    except BadValueError:
        read = None
    if read is None:
        choices = ", ".join(o.value.replace("_", "-") for o in GraduateOutcome)
        raise CareerDeskError(msg("'{text}' is not a graduate outcome; use one of {choices}.",
                                  text=text, choices=choices), code="bad_outcome")
    return GraduateOutcome(read)


def record_outcome(database: Database, university: str, student_no: str, outcome: str,
                   on: dt.date | None = None, source: str | None = None) -> None:
    """What the graduate is doing after graduation, when it was known and who said so."""
    chosen = read_outcome(outcome)
    with database.transaction() as session:
        student = session.get(Student, find_student_id(session, university, student_no))
        assert student is not None  # (find_student_id refuses a student who is not there)
        student.outcome = chosen.value
        student.outcome_on = on or dt.date.today()
        student.outcome_source = (source or "").strip() or None


def graduate_outcomes(session: Session, year: int, university: str | None = None,
                      faculty: str | None = None) -> GraduateOutcomes:
    """The graduating class of ``year`` (graduation dates in that year): each outcome's
    count and the NACE and Hong Kong rates, in total and by university, faculty and
    programme."""
    statement = (select(University.code, Faculty.name_en, Student.programme_of_study,
                        Student.outcome)
                 .join(University, Student.university_id == University.id)
                 .outerjoin(Faculty, Student.faculty_id == Faculty.id)
                 .where(extract("year", Student.graduation_date) == year))
    scope = [str(year)]
    university_id = find_university_id(session, university) if university else None
    if university:
        if university_id is None:
            raise NotFoundError(no_such_university(session, university),
                                code="unknown_university")
        statement = statement.where(Student.university_id == university_id)
        scope.append(session.get(University, university_id).code)  # type: ignore[union-attr]
    if faculty:
        name = faculty_name(session, faculty, university_id)
        statement = statement.where(Faculty.name_en == name)
        scope.append(name)
    total = OutcomeCounts()
    groups: dict[str, dict[str, OutcomeCounts]] = {"university": {}, "faculty": {},
                                                   "programme": {}}
    for code, faculty_en, programme, outcome in session.execute(statement):
        total.add(outcome)
        for kind, key in (("university", code), ("faculty", f"{code} · {faculty_en or '—'}"),
                          ("programme", programme or "—")):
            groups[kind].setdefault(key, OutcomeCounts()).add(outcome)
    words = value_words()["outcome_after_graduation"]

    def line(name: str, counts: OutcomeCounts) -> OutcomeLine:
        knowledge, career = counts.knowledge_rate, counts.career_outcomes_rate
        employment = counts.employment_rate
        return OutcomeLine(name, counts.graduates, dict(counts.counts),
                           (knowledge.part, knowledge.whole), (career.part, career.whole),
                           (employment.part, employment.whole))

    def lines(kind: str) -> list[OutcomeLine]:
        return [line(name, counts) for name, counts in sorted(groups[kind].items())]

    return GraduateOutcomes(year, " · ".join(scope), line(msg("All graduates"), total),
                            lines("university"), lines("faculty"), lines("programme"),
                            [(o.value, words[o]) for o in GraduateOutcome])
