"""The same list, however it comes, imports as the same students.

A faculty's list is re-saved, converted and rearranged before it reaches the office: saved
as CSV (UTF-8, Big5 as Excel on a Hong Kong PC saves it, "Unicode Text"), as an older or
another program's workbook, under a title with blank rows and a total, its columns moved,
its headings written in Chinese, its numbers typed as text. Each of those, made from a real
sample here, must read exactly as the sample itself does, field by field.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from careerdesk.core.db.database import Database
from careerdesk.core.services.importing import ImportOptions, import_file
from careerdesk.io.fields import Field
from tests import files
from tests.files import SAMPLES

pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"no samples at {SAMPLES}")

SAMPLE = SAMPLES / "cuhk-engineering-talent-foundry-2026.xlsx"
#: The sample's headings as a Chinese-language form writes them.
CHINESE = {"Student ID": "學號", "Name (English)": "英文姓名", "Name (Chinese)": "中文姓名",
           "Email": "電郵", "Mobile": "手提電話", "Department": "學系", "Programme": "課程",
           "Year of Study": "年級", "Expected Graduation": "預計畢業日期",
           "HK Permanent Resident (Y/N)": "香港永久居民", "Faculty Rank": "學院排名"}

Table = list[list[Any]]


def _sample_table() -> Table:
    sheet = openpyxl.load_workbook(SAMPLE).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _shown(value: Any) -> str:
    """A cell as Excel writes it into a CSV file: dates day first, whole numbers bare."""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _students(database: Database, path: Path) -> dict[str, dict[Field, Any]]:
    """What the import would make of ``path``: each student's fields (nothing written)."""
    _result, plan = import_file(database, path, ImportOptions(dry_run=True))
    parsed = plan.parsed.parsed
    assert not parsed.rejected()
    return {values[Field.STUDENT_NO]: values
            for values in map(parsed.values, range(len(parsed)))}


def _csv(encoding: str, separator: str = ",") -> Callable[[Path, Table], Path]:
    def save(folder: Path, table: Table) -> Path:
        text = io.StringIO()
        csv.writer(text, delimiter=separator, lineterminator="\r\n").writerows(
            [[_shown(cell) for cell in row] for row in table])
        path = folder / f"{SAMPLE.stem}.csv"
        path.write_bytes(text.getvalue().encode(encoding))
        return path
    return save


def _workbook(maker: Callable[..., Path], suffix: str) -> Callable[[Path, Table], Path]:
    def save(folder: Path, table: Table) -> Path:
        return maker(folder / f"{SAMPLE.stem}{suffix}", table)
    return save


def _as_shown(table: Table) -> Table:
    """Every cell as the text Excel shows (for writers that take text and numbers only)."""
    return [table[0], *[[_shown(cell) for cell in row] for row in table[1:]]]


def _titled(table: Table) -> Table:
    """Under a title and a blank row, blank rows between students, a total under them."""
    body = [row for student in table[1:] for row in (student, [None] * len(student))]
    return [["CUHK Faculty of Engineering — Talent Foundry 2026 nominations"],
            ["Prepared by the Faculty Office"], [], table[0], *body,
            ["Total", len(table) - 1]]


def _columns_moved(table: Table) -> Table:
    return [list(reversed(row)) for row in table]


def _in_chinese(table: Table) -> Table:
    return [[CHINESE[heading] for heading in table[0]], *table[1:]]


def _typed_as_text(table: Table) -> Table:
    """Numbers typed as text: an apostrophe before the student number, the mobile spaced."""
    heading = table[0]
    number, mobile = heading.index("Student ID"), heading.index("Mobile")
    rows = []
    for row in table[1:]:
        row = list(row)
        row[number] = f"'{row[number]}"
        digits = str(row[mobile])
        row[mobile] = f"{digits[:4]} {digits[4:]}"
        rows.append(row)
    return [heading, *rows]


VARIANTS: dict[str, tuple[Callable[[Table], Table], Callable[[Path, Table], Path]]] = {
    "csv utf-8 with bom": (lambda t: t, _csv("utf-8-sig")),
    "csv big5": (lambda t: t, _csv("big5hkscs")),
    "unicode text": (lambda t: t, _csv("utf-16", "\t")),
    "semicolons": (lambda t: t, _csv("utf-8", ";")),
    "xls": (lambda t: t, _workbook(files.xls, ".xls")),
    "ods": (_as_shown, _workbook(files.ods, ".ods")),
    "xlsb": (_as_shown, _workbook(files.xlsb, ".xlsb")),
    "titled": (_titled, _workbook(files.xlsx, ".xlsx")),
    "columns moved": (_columns_moved, _workbook(files.xlsx, ".xlsx")),
    "chinese headings": (_in_chinese, _csv("utf-8")),
    "typed as text": (_typed_as_text, _workbook(files.xlsx, ".xlsx")),
}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[Field, Any]]:
    database = Database.open(tmp_path_factory.mktemp("baseline") / "empty.sqlite3")
    try:
        return _students(database, SAMPLE)
    finally:
        database.close()


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_the_same_list_reads_the_same_however_it_comes(
        variant: str, baseline: dict[str, dict[Field, Any]], tmp_path: Path) -> None:
    change, save = VARIANTS[variant]
    path = save(tmp_path, change(_sample_table()))
    database = Database.open(tmp_path / "empty.sqlite3")
    try:
        read = _students(database, path)
    finally:
        database.close()
    assert len(baseline) == 150
    assert read == baseline
