"""A name full of <&> and markup, 300 characters long, prints as typed in every report."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Attendance, Event, Nomination, Placement, Student
from careerdesk.core.services import reports

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"),
                                reason="poppler-utils (pdftotext) is not installed")
AWKWARD = '<b>CHAN</b> & <font size=40>Tai</font> <img src="x.png"/> ' + "Man" * 80


def flat_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return "".join(text.split())


def test_awkward_names_in_every_report(demo_database: Database, tmp_path: Path) -> None:
    with demo_database.transaction() as session:
        placed = session.scalars(select(Student).join(Nomination).join(
            Placement, Placement.nomination_id == Nomination.id)).first()
        placed.name_en = AWKWARD
        nomination = session.scalar(select(Nomination).where(
            Nomination.student_id == placed.id))
        cohort = nomination.cohort_id
        from careerdesk.core.db.models import Cohort, University

        cohort_code = session.get(Cohort, cohort).code
        university = session.get(University, placed.university_id).code
        event = session.scalar(select(Event))
        if not session.scalar(select(Attendance.id).where(
                Attendance.student_id == placed.id, Attendance.event_id == event.id)):
            session.add(Attendance(event_id=event.id, student_id=placed.id, status="on_site"))
        event_code, number = event.code, placed.student_no
        status = nomination.status
    made = [
        reports.print_placement_report(demo_database, tmp_path / "p.pdf", cohort=cohort_code),
        reports.print_endorsement(demo_database, cohort_code, university, None,
                                  tmp_path / "n.pdf", statuses=[status]),
        reports.print_letters(demo_database, cohort_code, tmp_path / "l.pdf", number),
        reports.print_attendance(demo_database, event_code, tmp_path / "a.pdf"),
        reports.print_student_record(demo_database, university, number, tmp_path / "s.pdf"),
    ]
    for printed in made:  # wrapped cells may interleave in the text layer: check the pieces
        text = flat_text(printed.path)
        for piece in ("<b>CHAN</b>", "&", "<font", "size=40>Tai</font>", "<img",
                      'src="x.png"/>', "Man" * 5):
            assert piece in text, (printed.path.name, piece)
