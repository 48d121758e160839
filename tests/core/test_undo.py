"""Undo and redo of changes made by hand: every row back as it was, or nothing at all when
someone has changed it since."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Attendance,
    Nomination,
    Placement,
    PlacementPhase,
    StatusChange,
    Student,
)
from careerdesk.core.errors import ConflictError
from careerdesk.core.services.changes import Changed, Changes
from careerdesk.core.services.student_editing import (
    create_student,
    delete_student,
    student_form,
    update_student,
)
from careerdesk.core.services.undo import recorded, undo


def _count(database: Database, model: type) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_undo_and_redo_of_a_new_student(database: Database) -> None:
    done = recorded("new student", lambda: create_student(
        database, {"university": "CUHK", "student_no": "1155012345", "name_en": "CHAN"}))
    assert done.changes == Changes.of(Changed.STUDENTS)
    assert done.undo is not None
    redo = undo(database, done.undo).undo
    assert _count(database, Student) == 0
    assert redo is not None
    undo(database, redo)
    with database.session() as session:
        back = session.get(Student, done.value.id)
        assert back is not None and back.name_en == "CHAN"  # the same row, the same id


def test_undo_of_an_edit_puts_back_the_old_values(database: Database) -> None:
    saved = create_student(database, {"university": "CUHK", "student_no": "1155012345",
                                      "email": "a@link.cuhk.edu.hk", "faculty": "Engineering"})
    done = recorded("edit", lambda: update_student(database, saved.id, {
        "email": "b@link.cuhk.edu.hk", "faculty": "Science", "name_zh": "陳大文"}))
    assert done.undo is not None
    redo = undo(database, done.undo).undo
    with database.session() as session:
        form = student_form(session, saved.id)
    assert (form.email, form.faculty, form.name_zh) == ("a@link.cuhk.edu.hk", "Engineering",
                                                        None)
    assert redo is not None
    undo(database, redo)
    with database.session() as session:
        form = student_form(session, saved.id)
    assert (form.email, form.faculty, form.name_zh) == ("b@link.cuhk.edu.hk", "Science",
                                                        "陳大文")


def test_undo_of_a_deletion_brings_back_every_record(demo_database: Database) -> None:
    with demo_database.session() as session:
        student_id = session.scalar(
            select(Nomination.student_id).join(Placement, Placement.nomination_id
                                               == Nomination.id).limit(1))
    counts = {model: _count(demo_database, model) for model in (
        Student, Nomination, StatusChange, Placement, PlacementPhase, Attendance)}
    done = recorded("deletion", lambda: delete_student(demo_database, student_id,
                                                       with_records=True))
    assert done.changes.touches(Changed.STUDENTS, Changed.NOMINATIONS, Changed.PLACEMENTS)
    assert _count(demo_database, Student) == counts[Student] - 1
    assert done.undo is not None
    undo(demo_database, done.undo)
    assert {model: _count(demo_database, model) for model in counts} == counts
    with demo_database.session() as session:
        assert session.get(Student, student_id) is not None


def test_undo_of_a_record_changed_since_changes_nothing_and_says_who(
        database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    saved = create_student(database, {"university": "CUHK", "student_no": "1155012345",
                                      "email": "a@link.cuhk.edu.hk"})
    done = recorded("edit of CHAN", lambda: update_student(
        database, saved.id, {"email": "b@link.cuhk.edu.hk", "name_en": "CHAN"}))
    monkeypatch.setenv("CAREERDESK_USER", "mandy")
    update_student(database, saved.id, {"email": "c@link.cuhk.edu.hk"})
    assert done.undo is not None
    with pytest.raises(ConflictError, match=r"The edit of CHAN cannot be undone: mandy changed "
                                            r"the same record at \d\d:\d\d, after it"):
        undo(database, done.undo)
    with database.session() as session:
        form = student_form(session, saved.id)
    assert (form.email, form.name_en) == ("c@link.cuhk.edu.hk", "CHAN")  # nothing undone


def test_undo_of_a_deletion_refuses_when_the_student_was_added_again(
        database: Database) -> None:
    saved = create_student(database, {"university": "CUHK", "student_no": "1155012345"})
    done = recorded("deletion", lambda: delete_student(database, saved.id))
    create_student(database, {"university": "CUHK", "student_no": "1155012345",
                              "name_en": "Added again"})
    assert done.undo is not None
    with pytest.raises(ConflictError, match="cannot be undone"):
        undo(database, done.undo)
    assert _count(database, Student) == 1


def test_work_that_fails_leaves_nothing_to_undo(database: Database) -> None:
    def fails() -> None:
        with database.transaction() as session:
            session.add(Student(university_id=1, student_no="X1"))
            session.flush()
            raise ConflictError("no")

    with pytest.raises(ConflictError):
        recorded("nothing", fails)
    done = recorded("read only", lambda: _count(database, Student))
    assert done.undo is None and not done.changes


def test_undo_of_a_move_a_re_ranking_and_a_placement(demo_database: Database) -> None:
    import datetime as dt

    from careerdesk.core.services.nominations import move_nomination_ids, rerank
    from careerdesk.core.services.placements import place_nomination

    with demo_database.session() as session:
        nominated = list(session.scalars(select(Nomination.id).where(
            Nomination.status == "nominated").order_by(Nomination.id).limit(3)))
        ranked = session.scalar(select(Nomination).where(Nomination.rank == 2))
        accepted = session.scalar(select(Nomination.id).where(Nomination.status == "accepted"))
        history = _count(demo_database, StatusChange)
    with demo_database.transaction() as session:  # an accepted offer with no placement yet
        for placement in session.scalars(select(Placement).where(
                Placement.nomination_id == accepted)):
            session.delete(placement)

    moved = recorded("move", lambda: move_nomination_ids(
        demo_database, nominated, "withdrawn", note="Moved abroad"))
    assert moved.changes.touches(Changed.NOMINATIONS)
    assert moved.undo is not None
    undo(demo_database, moved.undo)
    with demo_database.session() as session:
        assert set(session.scalars(select(Nomination.status).where(
            Nomination.id.in_(nominated)))) == {"nominated"}
    assert _count(demo_database, StatusChange) == history  # the moves' history went too

    before = _ranks(demo_database, ranked.cohort_id)
    reranked = recorded("rank", lambda: rerank(demo_database, ranked.id, 1))
    assert _ranks(demo_database, ranked.cohort_id) != before
    assert reranked.undo is not None
    undo(demo_database, reranked.undo)
    assert _ranks(demo_database, ranked.cohort_id) == before

    phases = _count(demo_database, PlacementPhase)
    placed = recorded("placement", lambda: place_nomination(
        demo_database, accepted, "SenseTime", dt.date(2026, 7, 1), monthly_salary="18k"))
    assert placed.changes.touches(Changed.PLACEMENTS)
    assert _count(demo_database, PlacementPhase) > phases
    assert placed.undo is not None
    undo(demo_database, placed.undo)
    with demo_database.session() as session:
        assert session.scalar(select(Placement.id).where(
            Placement.nomination_id == accepted)) is None
    assert _count(demo_database, PlacementPhase) == phases


def _ranks(database: Database, cohort_id: int) -> dict[int, int | None]:
    with database.session() as session:
        return dict(session.execute(select(Nomination.id, Nomination.rank).where(
            Nomination.cohort_id == cohort_id)).all())
