"""What a test reads back from the database it imported into."""

from __future__ import annotations

from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Nomination, Student


def nomination_statuses(database: Database, numbers_like: str) -> dict[str, str]:
    """The status of each nomination of the students whose numbers are ``LIKE`` the
    pattern, by student number."""
    with database.session() as session:
        return dict(session.execute(select(Student.student_no, Nomination.status).join(
            Nomination, Nomination.student_id == Student.id)
            .where(Student.student_no.like(numbers_like))).all())
