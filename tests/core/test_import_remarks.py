"""A list's Remarks are kept with the student's notes, every list's, and nothing typed is
lost."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Student
from careerdesk.core.services.importing import ImportOptions, import_file, undo_import
from careerdesk.core.services.importing.student_plan import notes_with_remark
from tests.files import xlsx

HEADINGS = ["Student No.", "English Name", "University", "Remarks"]


def _notes(database: Database) -> dict[str, str | None]:
    with database.session() as session:
        return dict(session.execute(select(Student.student_no, Student.notes)).all())


def test_a_second_lists_remark_is_added_to_the_first(database: Database,
                                                      tmp_path: Path) -> None:
    """The faculty's list says who nominated the student; the programme's list sent later
    says what they prefer: both are kept, in the order they came. The same list again
    changes nothing, and undoing the second import leaves the first remark alone."""
    first = xlsx(tmp_path / "faculty.xlsx", [
        HEADINGS, ["1155000001", "CHAN Tai Man", "CUHK", "Nominated by Prof. LEE"],
        ["1155000002", "LEE Ka Yan", "CUHK", None]])
    import_file(database, first, ImportOptions())
    second = xlsx(tmp_path / "programme.xlsx", [
        HEADINGS, ["1155000001", "CHAN Tai Man", "CUHK", "Prefers AI roles"],
        ["1155000002", "LEE Ka Yan", "CUHK", "Interview on 3 March"]])
    result, _ = import_file(database, second, ImportOptions())
    assert (result.updated, result.unchanged) == (2, 0)
    assert _notes(database) == {"1155000001": "Nominated by Prof. LEE\nPrefers AI roles",
                                "1155000002": "Interview on 3 March"}
    again, _ = import_file(database, second, ImportOptions())
    assert (again.updated, again.unchanged) == (0, 2)
    first_again, _ = import_file(database, first, ImportOptions())  # its remark is there
    assert (first_again.updated, first_again.unchanged) == (0, 2)
    undo_import(database, result.batch)
    assert _notes(database) == {"1155000001": "Nominated by Prof. LEE", "1155000002": None}


def test_a_remark_is_added_only_when_the_notes_do_not_hold_it_as_a_line() -> None:
    assert notes_with_remark(None, "Prefers AI") == "Prefers AI"
    assert notes_with_remark("", "Prefers AI") == "Prefers AI"
    assert notes_with_remark("Called\nPrefers AI", "Prefers AI") == "Called\nPrefers AI"
    assert notes_with_remark("Looks OK", "OK") == "Looks OK\nOK"  # a word of a line is not it
    assert notes_with_remark("A\nB\nC", "B\nC") == "A\nB\nC"  # a remark of two lines
