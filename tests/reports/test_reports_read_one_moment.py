"""Every report reads the database through one snapshot, so an import or a nomination move
committed while it is being made shows in the next report, never half in this one
(``Database.snapshot``, tested on both backends in tests/core/test_database.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Student, University
from careerdesk.core.services import reports


def test_every_report_reads_through_one_snapshot(demo_database: Database, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with demo_database.session() as session:
        student_no = session.scalar(
            select(Student.student_no).join(University).where(University.code == "CUHK")
            .order_by(Student.id))
    snapshots = []
    real_snapshot = Database.snapshot

    def counted(database: Database):  # noqa: ANN202 - the context manager of the real one
        snapshots.append(database)
        return real_snapshot(database)

    def refused(_database: Database) -> None:
        raise AssertionError("a report read outside its snapshot")

    monkeypatch.setattr(Database, "snapshot", counted)
    monkeypatch.setattr(Database, "session", refused)
    printed = [
        reports.print_placement_report(demo_database, tmp_path / "p.pdf", cohort="TF-2026"),
        reports.print_endorsement(demo_database, "TF-2026", "CUHK", None, tmp_path / "e.pdf"),
        reports.print_attendance(demo_database, "AIA-2025", tmp_path / "a.pdf"),
        reports.print_letters(demo_database, "TF-2026", tmp_path / "l.pdf"),
        reports.print_student_record(demo_database, "CUHK", student_no, tmp_path / "s.pdf"),
    ]
    assert all(report.pages >= 1 for report in printed)
    assert len(snapshots) == 5  # one each
