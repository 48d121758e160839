"""Whatever a list holds, the import reads it or says in one sentence why not: never an
unexplained failure (which a coordinator meets as "CareerDesk met an unexpected problem").

Random tables of headings CareerDesk knows and cells of every kind, as workbooks and CSV
files. Found this way: a number in a registration-time column (a student number one column
off) overflowed the date arithmetic; a date cell holding only a zero-width space failed an
assertion.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from careerdesk.core.db.database import Database
from careerdesk.core.services.importing import ImportOptions, import_file
from careerdesk.core.services.importing.errors import ImportFailedError
from careerdesk.io.fields import SYNONYMS
from tests.files import csv_text, xlsx

HEADINGS = sorted({word for words in SYNONYMS.values() for word in words}) + [
    "", "Notes", "學號 Student No.", "Name (Eng)", "STUDENT_ID", "Endorsed (Y/N)"]
CELLS = ["", None, "N/A", "1155000001", 1155000001, 1155000001.0, 3.5, -1, 0, True, False,
         dt.date(2026, 6, 30), dt.datetime(2026, 6, 30, 9, 0), "30/06/2026", "12/31/2026",
         "2026", "CUHK", "香港中文大學", "陳大文", "CHAN Tai Man", "a@b.hk", "not an email",
         "+852 9123 4567", "Y", "否", "Local", "Year 3", "1st", "TF-2026", "Talent Foundry",
         "Total", "e.g. CUHK", "1155xxxxxx", "\u200b", " ", "=1+1", "#N/A", "a" * 300, "😀",
         "line\nbreak", "1,234", "1e10", 1e300, 99999999999]

tables = st.lists(st.sampled_from(HEADINGS), min_size=1, max_size=8).flatmap(
    lambda headings: st.tuples(
        st.lists(st.lists(st.sampled_from(CELLS), min_size=1, max_size=2), max_size=2),
        st.just(headings),
        st.lists(st.lists(st.sampled_from(CELLS), min_size=len(headings),
                          max_size=len(headings)), max_size=8)))


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@example(table=([], ["Student No.", "University", "Registration Time"],
                [["1155000001", "CUHK", 1155000001]]), as_workbook=True, university=None,
         cohort=None)
@example(table=([], ["Student No.", "University", "Graduation Date"],
                [["1155000001", "CUHK", "\u200b"]]), as_workbook=False, university=None,
         cohort=None)
@given(table=tables, as_workbook=st.booleans(), university=st.sampled_from([None, "CUHK"]),
       cohort=st.sampled_from([None, "TF-2026"]))
def test_any_table_imports_or_is_refused_in_one_sentence(
        demo_database: Database, tmp_path_factory, table, as_workbook: bool,  # noqa: ANN001
        university: str | None, cohort: str | None) -> None:
    above, headings, rows = table
    folder = tmp_path_factory.mktemp("any")
    if as_workbook:
        path = xlsx(folder / "list.xlsx", [*above, headings, *rows])
    else:
        path = folder / "list.csv"
        path.write_text(csv_text([["" if cell is None else str(cell) for cell in row]
                                  for row in [*above, headings, *rows]]), encoding="utf-8")
    try:
        import_file(demo_database, path, ImportOptions(university=university, cohort=cohort,
                                                     dry_run=True))
    except ImportFailedError as refused:
        assert refused.message and "\n" not in refused.message
