"""Graduate outcomes: recorded per graduate, counted for a graduating class, and the NACE
and Hong Kong rates checked against the definitions on a hand-built class of 20."""

from __future__ import annotations

import datetime as dt

import pytest

from careerdesk.core.db.database import Database
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.outcomes import graduate_outcomes, record_outcome
from careerdesk.core.services.student_editing import create_student

#: (faculty, outcome): 20 graduates of 2026, and two of other years that must not count.
CLASS = (
    [("Faculty of Engineering", "employed-full-time")] * 6
    + [("Faculty of Engineering", "employed part time")] * 2
    + [("Faculty of Engineering", "seeking")] * 2
    + [("Faculty of Science", "further study")] * 3
    + [("Faculty of Science", "service/military")] * 1
    + [("Faculty of Science", "not-seeking")] * 2
    + [("Faculty of Science", "unknown")] * 1
    + [("Faculty of Science", None)] * 3  # nothing recorded: unknown too
)


@pytest.fixture()
def class_of_2026(database: Database) -> Database:
    for number, (faculty, outcome) in enumerate(CLASS):
        create_student(database, {"university": "CUHK", "student_no": f"115500{number:04d}",
                                  "faculty": faculty, "graduation": "30/6/2026"})
        if outcome:
            record_outcome(database, "CUHK", f"115500{number:04d}", outcome,
                           dt.date(2026, 11, 30), "survey")
    for number, year in ((90, "2025"), (91, "2027")):
        create_student(database, {"university": "CUHK", "student_no": f"115500{number:04d}",
                                  "graduation": f"30/6/{year}"})
        record_outcome(database, "CUHK", f"115500{number:04d}", "seeking")
    return database


def test_the_rates_are_the_definitions(class_of_2026: Database) -> None:
    with class_of_2026.session() as session:
        data = graduate_outcomes(session, 2026)
    total = data.total
    assert total.graduates == 20
    # knowledge: known outcomes (20 less 1 unknown and 3 unrecorded) ÷ all graduates
    assert total.knowledge == (16, 20)
    # career outcomes: employed 8 + service 1 + further study 3 = 12 ÷ (12 + seeking 2)
    assert total.career == (12, 14)
    # Hong Kong employment rate: employed 8 ÷ (8 + seeking 2)
    assert total.employment == (8, 10)
    assert total.counts["unknown"] == 4 and total.counts["not_seeking"] == 2
    engineering = next(line for line in data.by_faculty if "Engineering" in line.name)
    assert (engineering.graduates, engineering.employment) == (10, (8, 10))
    science = next(line for line in data.by_faculty if "Science" in line.name)
    assert science.knowledge == (6, 10) and science.career == (4, 4)


def test_a_faculty_a_university_and_refusals(class_of_2026: Database) -> None:
    with class_of_2026.session() as session:
        science = graduate_outcomes(session, 2026, "cuhk", "science")
        assert science.total.graduates == 10 and "Faculty of Science" in science.scope
        with pytest.raises(CareerDeskError, match="the closest are"):
            graduate_outcomes(session, 2026, "CUHK", "Faculty of Sciense")
    with pytest.raises(CareerDeskError, match="is not a graduate outcome"):
        record_outcome(class_of_2026, "CUHK", "1155000000", "retired")
    with pytest.raises(CareerDeskError, match="no student"):
        record_outcome(class_of_2026, "CUHK", "999", "seeking")
