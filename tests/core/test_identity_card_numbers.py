"""HKID numbers stay uncollected by default: an "HKID No." column is said as what it is and
never stored, and the form refuses one. An office that turns them on gets them validated by
their check digit, shown only on the student form (masked in the audit log and the student
record), never exported, and erased when it turns collection off."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import AuditEntry, Student
from careerdesk.core.errors import ConflictError
from careerdesk.core.services.exports import export_students
from careerdesk.core.services.importing import ImportOptions, import_file
from careerdesk.core.services.privacy import set_collect_hkid
from careerdesk.core.services.student_editing import create_student, student_form, update_student
from careerdesk.core.services.student_record import student_record
from careerdesk.io.values import BadValueError, hkid, masked_hkid
from tests.files import xlsx

ROWS = [["Student No.", "English Name", "University", "HKID No."],
        ["1155000001", "CHAN Tai Man", "CUHK", "A123456(3)"],
        ["1155000002", "WONG Siu Ming", "CUHK", "a1234567"]]  # (its check digit is wrong)


def test_an_identity_card_number_is_read_with_its_check_digit() -> None:
    assert hkid("A123456(3)") == hkid("a 123456 3") == hkid("A1234563") == "A123456(3)"
    for wrong in ("A123456(4)", "A12345(3)", "1234567", "Z"):
        with pytest.raises(BadValueError):
            hkid(wrong)
    assert hkid("") is None and hkid("N/A") is None
    assert masked_hkid("A123456(3)") == "A123***(*)"


def _hkids(database: Database) -> dict[str, str | None]:
    with database.session() as session:
        return dict(session.execute(select(Student.student_no, Student.hkid)).all())


def test_by_default_an_hkid_column_is_said_and_never_stored(database: Database,
                                                            tmp_path: Path) -> None:
    result, _ = import_file(database, xlsx(tmp_path / "ids.xlsx", ROWS), ImportOptions())
    assert result.created == 2 and result.rejected == 0
    assert set(_hkids(database).values()) == {None}
    said = [i.message for i in result.issues if i.code == "hkid_not_collected"]
    assert said == ["The column 'HKID No.' holds HKID numbers, which this office does not "
                    "collect; it was not imported."]
    student = create_student(database, {"university": "CUHK", "student_no": "1155000009"})
    with pytest.raises(ConflictError, match="does not collect HKID numbers"):
        update_student(database, student.id, {"hkid": "A123456(3)"})


def test_an_office_that_collects_them_keeps_them_checked_masked_and_unexported(
        database: Database, tmp_path: Path) -> None:
    set_collect_hkid(database, True)
    result, _ = import_file(database, xlsx(tmp_path / "ids.xlsx", ROWS), ImportOptions())
    assert _hkids(database) == {"1155000001": "A123456(3)", "1155000002": None}
    bad = [i for i in result.issues if i.code == "bad_hkid"]
    assert [i.row for i in bad] == [3] and "check digit does not match" in bad[0].message

    second = _student_id(database, "1155000002")
    update_student(database, second, {"hkid": "AB 987654 (?)".replace("?", _check("AB",
                                                                                  "987654"))})
    with database.session() as session:
        assert student_form(session, second).hkid == f"AB987654({_check('AB', '987654')})"
        logged = [e.changes for e in session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "student",
                                     AuditEntry.row_id == second))]
        record = student_record(session, "CUHK", "1155000002")
    assert any(c.get("hkid") == [None, "AB987***(*)"] for c in logged)
    assert "AB987***(*)" in [str(value) for _, value in record.details]
    assert not any("987654" in str(value) for _, value in record.details)

    target = tmp_path / "students.xlsx"
    export_students(database, target, include_without_consent=True)
    cells = [str(c) for row in openpyxl.load_workbook(target).active.iter_rows(values_only=True)
             for c in row if c is not None]
    assert not any("123456" in c or "HKID" in c for c in cells)

    assert set_collect_hkid(database, False) == 2
    assert set(_hkids(database).values()) == {None}


def _student_id(database: Database, number: str) -> int:
    with database.session() as session:
        return int(session.scalar(select(Student.id).where(Student.student_no == number)))


def _check(letters: str, digits: str) -> str:
    from careerdesk.io.values import hkid_check_digit

    return hkid_check_digit(letters, digits)


def test_a_column_of_identity_card_numbers_is_known_by_its_values(database: Database,
                                                                  tmp_path: Path) -> None:
    """Whatever its heading ("Ref."), a column of valid HKID numbers is one: never taken for
    anything else, and not stored where the office does not collect them."""
    from careerdesk.io.values import hkid_check_digit

    rows = [["Student No.", "English Name", "University", "Ref."]] + [
        [f"115500000{n}", f"CHAN Tai Man {n}", "CUHK",
         f"A12345{n}({hkid_check_digit('A', f'12345{n}')})"] for n in range(4)]
    result, _ = import_file(database, xlsx(tmp_path / "ref.xlsx", rows), ImportOptions())
    assert [i.column for i in result.issues if i.code == "hkid_not_collected"] == ["Ref."]
    assert set(_hkids(database).values()) == {None}


def test_an_imports_change_of_the_number_is_masked_in_the_record(database: Database,
                                                                  tmp_path: Path) -> None:
    """An import keeps a changed row's old and new values whole (for its undo); the
    student's record, printed or given to the student, shows the number masked."""
    create_student(database, {"university": "CUHK", "student_no": "1155000001",
                              "name_en": "CHAN Tai Man"})
    set_collect_hkid(database, True)
    import_file(database, xlsx(tmp_path / "ids.xlsx", ROWS[:2]), ImportOptions())
    assert _hkids(database)["1155000001"] == "A123456(3)"
    with database.session() as session:
        record = student_record(session, "CUHK", "1155000001")
    said = [str(change[-1]) for change in record.changes]
    assert any("A123***(*)" in line for line in said), said
    assert not any("123456" in line for line in said)
