"""One stray byte in a UTF-8 list (a remark typed in a Western program) costs its row, not
the file: every Chinese name is read as written, never as mojibake; the row with the byte
is named by its cell. A file in a legacy code page as a whole is still read as one."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Student
from careerdesk.core.services.importing import ImportOptions, import_file

NAMES = ["陳大文", "李嘉欣", "黃小明", "張家輝", "劉德華", "梁朝偉", "周潤發", "吳彥祖"]


def _list(path: Path, remark: bytes) -> Path:
    lines = [b"Student No.,English Name,Chinese Name,Remarks"]
    for number, name in enumerate(NAMES):
        remark_here = remark if number == 3 else b"ok"
        lines.append(f"115500000{number},Student {number},{name},".encode() + remark_here)
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    return path


def test_a_stray_byte_costs_one_row_not_the_file(database: Database, tmp_path: Path) -> None:
    listing = _list(tmp_path / "list.csv", "Caf\xe9".encode("cp1252"))  # one byte: 0xE9
    result, _plan = import_file(database, listing, ImportOptions(university="CUHK"))
    with database.session() as session:
        stored = {s.student_no: s.name_zh for s in session.scalars(select(Student))}
    assert result.created == 7 and result.rejected == 1
    assert [p.row for p in result.issues if p.code == "undecodable"] == [5]
    assert "D5" in next(p.message for p in result.issues if p.code == "undecodable")
    assert sorted(stored.values()) == sorted(n for i, n in enumerate(NAMES) if i != 3)


def test_a_legacy_file_as_a_whole_is_still_read_in_its_code_page(database: Database,
                                                                  tmp_path: Path) -> None:
    lines = ["Student No.,English Name,Chinese Name".encode("big5")]
    lines += [f"115500001{n},Student {n},{name}".encode("big5") for n, name in enumerate(NAMES)]
    listing = tmp_path / "big5.csv"
    listing.write_bytes(b"\r\n".join(lines) + b"\r\n")
    result, _plan = import_file(database, listing, ImportOptions(university="CUHK"))
    with database.session() as session:
        stored = sorted(s.name_zh for s in session.scalars(select(Student)))
    assert result.created == len(NAMES) and stored == sorted(NAMES)


def test_a_cell_longer_than_pythons_csv_limit_is_read(database: Database,
                                                      tmp_path: Path) -> None:
    listing = tmp_path / "long.csv"
    listing.write_text("Student No.,English Name,Remarks\n1155000001,CHAN Tai Man,"
                       + "x" * 200_000 + "\n", encoding="utf-8")
    result, _plan = import_file(database, listing, ImportOptions(university="CUHK"))
    assert result.created == 1
