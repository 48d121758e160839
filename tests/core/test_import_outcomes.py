"""A graduate survey's list imports as each graduate's outcome (what they are doing, since
when, told by whom), however the survey words it; a value it cannot read names its cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Student
from careerdesk.core.services.importing import ImportOptions, import_file, undo_import
from careerdesk.core.services.outcomes import graduate_outcomes
from careerdesk.core.services.student_editing import create_student
from tests.files import xlsx

SURVEY = [
    ["Student ID", "Name", "畢業去向", "Survey date", "Information source"],
    ["1155000001", "CHAN Tai Man", "Full-time employment", "30/11/2026", "graduate survey"],
    ["1155000002", "LEE Ka Yan", "升學", "30/11/2026", "graduate survey"],
    ["1155000003", "HO Wing Sze", "Seeking work", "1/12/2026", "telephone follow-up"],
    ["1155000004", "WONG Siu Ming", "retired early", "1/12/2026", "graduate survey"],
]


def test_a_survey_list_sets_each_graduates_outcome(database: Database, tmp_path: Path) -> None:
    for number in range(1, 5):
        create_student(database, {"university": "CUHK", "student_no": f"115500000{number}",
                                  "graduation": "30/6/2026"})
    result, _plan = import_file(database, xlsx(tmp_path / "survey.xlsx", SURVEY),
                                ImportOptions(university="CUHK"))
    assert result.updated == 4  # (row 5 without the value it cannot read)
    [problem] = [p for p in result.issues if p.code == "bad_outcome"]
    assert problem.row == 5 and "retired early" in problem.message
    with database.session() as session:
        stored = {s.student_no: (s.outcome, s.outcome_on, s.outcome_source)
                  for s in session.scalars(select(Student))}
        assert stored["1155000001"] == ("employed_full_time", dt.date(2026, 11, 30),
                                        "graduate survey")
        assert stored["1155000002"][0] == "further_study"
        assert stored["1155000003"] == ("seeking", dt.date(2026, 12, 1),
                                        "telephone follow-up")
        assert stored["1155000004"][0] is None
        data = graduate_outcomes(session, 2026)
    assert data.total.employment == (1, 2) and data.total.knowledge == (3, 4)
    undo_import(database, result.batch)
    with database.session() as session:
        assert {s.outcome for s in session.scalars(select(Student))} == {None}
