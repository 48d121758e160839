"""Two coordinators at once on one database (two real sessions; the real PostgreSQL server
in CI): a move or an edit made while another transaction holds the same record waits for
it and builds on what it saved; nothing is overwritten unseen."""

from __future__ import annotations

import threading
import time

from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Cohort, Nomination, Programme, StatusChange, Student
from careerdesk.core.services.nominations import move_nomination_ids
from careerdesk.core.services.student_editing import (
    create_student,
    student_form,
    update_student,
)


def _a_nomination(database: Database) -> int:
    saved = create_student(database, {"university": "CUHK", "student_no": "1155000001"})
    with database.transaction() as session:
        programme = Programme(code="TF", name_en="Talent Foundry", kind="talent_programme")
        session.add(programme)
        session.flush()
        cohort = Cohort(programme_id=programme.id, code="TF-2026", name="TF 2026", year=2026)
        session.add(cohort)
        session.flush()
        nomination = Nomination(student_id=saved.id, cohort_id=cohort.id, status="nominated")
        session.add(nomination)
        session.flush()
        return nomination.id


def test_a_move_made_during_another_waits_and_builds_on_it(database: Database) -> None:
    nomination_id = _a_nomination(database)
    holding = threading.Event()
    moved: list[object] = []

    def coordinator_b() -> None:
        holding.wait(10)
        moved.append(move_nomination_ids(database, [nomination_id], "withdrawn",
                                         note="the student withdrew"))

    other = threading.Thread(target=coordinator_b)
    other.start()
    with database.transaction() as session:  # coordinator A submitting a long list
        nomination = session.scalar(select(Nomination).where(Nomination.id == nomination_id)
                                    .with_for_update())
        nomination.status = "submitted"
        session.add(StatusChange(nomination_id=nomination_id, from_status="nominated",
                                 to_status="submitted", changed_by="A"))
        holding.set()
        time.sleep(1.0)  # B asks now, and must wait for this commit
        assert not moved
    other.join(30)
    assert moved == [1]
    with database.session() as session:
        assert session.get(Nomination, nomination_id).status == "withdrawn"
        history = [(c.from_status, c.to_status) for c in session.scalars(
            select(StatusChange).where(StatusChange.nomination_id == nomination_id)
            .order_by(StatusChange.id))]
    assert history == [("nominated", "submitted"), ("submitted", "withdrawn")]


def test_an_edit_made_during_another_waits_and_keeps_both(database: Database) -> None:
    saved = create_student(database, {"university": "CUHK", "student_no": "1155000002",
                                      "email": "old@link.cuhk.edu.hk"})
    holding = threading.Event()

    def coordinator_b() -> None:
        holding.wait(10)
        update_student(database, saved.id, {"phone": "9123 4567"})

    other = threading.Thread(target=coordinator_b)
    other.start()
    with database.transaction() as session:
        student = session.get(Student, saved.id, with_for_update=True)
        student.email = "new@link.cuhk.edu.hk"
        holding.set()
        time.sleep(1.0)
    other.join(30)
    with database.session() as session:
        form = student_form(session, saved.id)
    assert (form.email, form.phone) == ("new@link.cuhk.edu.hk", "+85291234567")
