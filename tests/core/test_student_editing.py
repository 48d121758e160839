"""A student's record kept by hand: values read by the importer's rules, one student per
(university, number), deletion with records only when asked, and the audit log."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Attendance,
    AuditEntry,
    Faculty,
    Nomination,
    Placement,
    Student,
)
from careerdesk.core.errors import CareerDeskError, ConflictError
from careerdesk.core.services.student_editing import (
    create_student,
    delete_student,
    student_form,
    update_student,
)
from careerdesk.core.services.student_fields import read_student_value


def _add(database: Database, **values: object):  # noqa: ANN202
    return create_student(database, {"university": "CUHK", "student_no": "1155012345",
                                      **values})


def test_values_are_read_as_the_importer_reads_them(database: Database) -> None:
    saved = _add(database, name_en="CHAN Tai Man", name_zh="陳 大文",
                 email=" Chan.TaiMan@Link.CUHK.edu.hk ", phone="+852 9123-4567",
                 faculty="Faculty of Engineering", award_level="Bachelor of Engineering",
                 year_of_study="Year 3", graduation="30/6/2026", hk_resident="Y",
                 employment="Unemployed", full_time_months="2 months", consent="yes",
                 consent_date="2026-01-15", tags="AI, fintech,AI", notes="Line one\n  Line two ")
    with database.session() as session:
        form = student_form(session, saved.id)
    assert form.values() == {
        "university": "CUHK", "student_no": "1155012345", "name_en": "CHAN Tai Man",
        "name_zh": "陳大文", "email": "chan.taiman@link.cuhk.edu.hk", "phone": "+85291234567",
        "faculty": "Faculty of Engineering", "department": None, "programme": None,
        "award_level": "bachelor", "year_of_study": 3, "graduation": dt.date(2026, 6, 30),
        "hk_resident": True, "employment": "unemployed", "full_time_months": 2,
        "consent": True, "consent_date": dt.date(2026, 1, 15), "tags": "AI, fintech",
        "notes": "Line one\nLine two", "hkid": None, "outcome": None, "outcome_on": None,
        "outcome_source": None}
    assert saved.label == "CHAN Tai Man"


def test_a_mainland_mobile_is_kept_in_e164() -> None:
    assert read_student_value("phone", "138 1234 5678") == "+8613812345678"
    assert read_student_value("phone", "+86 138-1234-5678") == "+8613812345678"


@pytest.mark.parametrize(("key", "value", "sentence"), [
    ("email", "chan@", "Email: 'chan@' is not a complete email address."),
    ("phone", "12345", "Mobile: '12345' is not a Hong Kong phone number (8 digits)."),
    ("graduation", "31/02/2026", "Graduation date: "),
    ("award_level", "Kindergarten", "Award level: 'Kindergarten' is not an award level"),
    ("colour", "red", "'colour' is not a student's field"),
])
def test_a_bad_value_is_one_sentence_naming_the_field(database: Database, key: str,
                                                      value: str, sentence: str) -> None:
    with pytest.raises(CareerDeskError) as refused:
        _add(database, **{key: value})
    assert str(refused.value).startswith(sentence)
    with database.session() as session:
        assert session.scalar(select(func.count(Student.id))) == 0


def test_one_student_per_university_and_number(database: Database) -> None:
    _add(database)
    with pytest.raises(ConflictError, match="There is already a student 1155012345 at CUHK"):
        _add(database, name_en="Someone else")
    other = create_student(database, {"university": "HKU", "student_no": "3035111111"})
    with pytest.raises(ConflictError, match="already a student 1155012345 at CUHK"):
        update_student(database, other.id, {"university": "CUHK", "student_no": "1155012345"})
    with pytest.raises(CareerDeskError, match="There is no university 'Harvard'"):
        update_student(database, other.id, {"university": "Harvard"})
    with pytest.raises(ConflictError, match="Student no. cannot be left empty"):
        update_student(database, other.id, {"student_no": ""})


def test_an_edit_changes_only_the_fields_given_and_finds_the_faculty(
        database: Database) -> None:
    saved = _add(database, name_en="CHAN Tai Man", email="tm@link.cuhk.edu.hk",
                 faculty="Faculty of Engineering")
    update_student(database, saved.id, {"faculty": "Engineering", "email": ""})
    with database.session() as session:
        form = student_form(session, saved.id)
        assert session.scalar(select(func.count(Faculty.id))) == 1  # the same faculty
    assert (form.name_en, form.email, form.faculty) == ("CHAN Tai Man", None,
                                                        "Faculty of Engineering")


def test_a_field_changed_by_someone_else_since_it_was_opened_is_not_overwritten(
        database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    saved = _add(database, name_en="CHAN Tai Man", email="tm@link.cuhk.edu.hk")
    with database.session() as session:
        opened = student_form(session, saved.id)
    monkeypatch.setenv("CAREERDESK_USER", "mandy")
    update_student(database, saved.id, {"email": "taiman@link.cuhk.edu.hk"})
    monkeypatch.setenv("CAREERDESK_USER", "tester")
    with pytest.raises(ConflictError, match=r"Email of CHAN Tai Man was changed by mandy at "
                                            r"\d\d:\d\d since you opened it; nothing was saved"):
        update_student(database, saved.id, {"email": "chan@link.cuhk.edu.hk"}, opened=opened)
    update_student(database, saved.id, {"name_zh": "陳大文"}, opened=opened)  # another field
    with database.session() as session:
        assert student_form(session, saved.id).email == "taiman@link.cuhk.edu.hk"


def test_a_student_with_records_is_deleted_only_with_them(demo_database: Database) -> None:
    with demo_database.session() as session:
        student_id = session.scalar(
            select(Nomination.student_id).join(Placement, Placement.nomination_id
                                               == Nomination.id).limit(1))
        nominations = session.scalar(select(func.count(Nomination.id)).where(
            Nomination.student_id == student_id))
    with pytest.raises(ConflictError, match=r"has \d+ nomination\(s\), \d+ placement\(s\)"):
        delete_student(demo_database, student_id)
    with demo_database.session() as session:
        assert session.get(Student, student_id) is not None
    delete_student(demo_database, student_id, with_records=True)
    with demo_database.session() as session:
        assert session.get(Student, student_id) is None
        assert session.scalar(select(func.count(Nomination.id)).where(
            Nomination.student_id == student_id)) == 0
        assert session.scalar(select(func.count(Attendance.id)).where(
            Attendance.student_id == student_id)) == 0
        deletion = session.scalars(select(AuditEntry).where(
            AuditEntry.table_name == "student", AuditEntry.row_id == student_id,
            AuditEntry.action == "delete")).one()
    assert deletion.changed_by == "tester" and nominations
    assert set(deletion.changes) == {"university_id", "student_no"}  # who, not their data


def test_a_student_made_by_an_import_is_deleted_like_any_other(database: Database) -> None:
    from careerdesk.core.db.models import ImportBatch

    with database.transaction() as session:
        batch = ImportBatch(file_name="list.xlsx", file_sha256="0" * 64, imported_by="x")
        session.add(batch)
        session.flush()
        batch_id = batch.id
    saved = _add(database)
    with database.transaction() as session:
        session.get(Student, saved.id).import_batch_id = batch_id
    delete_student(database, saved.id)
    with database.session() as session:
        assert session.get(Student, saved.id) is None


def test_the_form_offers_each_universitys_recorded_departments(database: Database) -> None:
    from careerdesk.core.services.student_detail import student_choices

    _add(database, department="Computer Science and Engineering")
    _add(database, student_no="1155000002", department="Computer Science and Engineering")
    _add(database, student_no="1155000003", department="Physics")
    _add(database, student_no="1155000004")
    create_student(database, {"university": "HKU", "student_no": "3035000001",
                              "department": "Law"})
    with database.session() as session:
        choices = student_choices(session)
    assert choices.departments["CUHK"] == ["Computer Science and Engineering", "Physics"]
    assert choices.departments["HKU"] == ["Law"]


def test_each_change_names_the_person_and_the_machine(database: Database) -> None:
    import socket

    from careerdesk.core.services.student_detail import student_detail

    saved = _add(database, name_en="CHAN Tai Man")
    update_student(database, saved.id, {"email": "chan@link.cuhk.edu.hk"})
    with database.session() as session:
        machines = set(session.scalars(select(AuditEntry.machine).where(
            AuditEntry.table_name == "student", AuditEntry.row_id == saved.id)))
        detail = student_detail(session, saved.id)
    assert machines == {socket.gethostname()}
    assert all(f"({socket.gethostname()})" in line.by for line in detail.history)
