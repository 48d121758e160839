"""An organiser's list of a career day's exhibitors and the roles each offers (company,
role, field of work, openings, on site or online): no students, one role a row. Pure: the
sheet's cells in, plain lines and problems out."""

from __future__ import annotations

from dataclasses import dataclass, field

from careerdesk.io.application_words import channel
from careerdesk.io.fields import Field, field_for_header, header_variants
from careerdesk.io.table import RawSheet, is_blank
from careerdesk.io.values import BadValueError, clean_text, whole_number
from careerdesk.messages import msg

#: Headings an exhibitors' list uses, beyond those the importer knows for a company and a
#: role ("Company", "Position", "Job Title").
_COMPANY = {"exhibitor", "exhibitor name", "exhibitors", "organisation", "organization",
            "organisation name", "organization name", "參展商", "參展機構", "機構", "機構名稱"}
_ROLE = {"role", "roles", "job", "opening", "vacancy", "vacancies title", "職位", "崗位"}
_FIELD = {"field", "category", "job field", "job category", "job function", "field of work",
          "範疇", "類別", "職位類別", "職能", "工作範疇"}
_OPENINGS = {"openings", "no of openings", "number of openings", "vacancies",
             "no of vacancies", "number of vacancies", "headcount", "places", "quota",
             "positions available", "空缺", "空缺數目", "名額", "人數"}
_MODE = {"mode", "work mode", "working mode", "mode of work", "offered", "offered at",
         "channel", "on site or online", "on site online", "format", "形式", "工作模式",
         "招聘形式"}
HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class RoleLine:
    excel_row: int
    company: str
    title: str
    field: str | None
    openings: int | None
    mode: str | None  # "onsite", "online"


@dataclass
class RolesTable:
    header_row: int  # as Excel numbers it
    lines: list[RoleLine] = field(default_factory=list)
    #: (Excel row, heading, sentence): a value not read (the role is kept without it), or a
    #: row with no company or role (not imported)
    problems: list[tuple[int, str, str]] = field(default_factory=list)
    skipped: int = 0  # rows with no company or no role


def _kind(heading: object) -> str | None:
    if not isinstance(heading, str) or not heading.strip():
        return None
    known = field_for_header(heading)
    if known is Field.ORGANISATION:
        return "company"
    if known is Field.POSITION:
        return "title"
    if known is Field.JOB_FIELD:
        return "field"
    variants = set(header_variants(heading))
    for kind, words in (("company", _COMPANY), ("title", _ROLE), ("field", _FIELD),
                        ("openings", _OPENINGS), ("mode", _MODE)):
        if variants & words:
            return kind
    return None


def read_roles(sheet: RawSheet) -> RolesTable | None:
    """The sheet's roles, if it is a list of them: a row of headings naming a company and a
    role, and no student. None when it is not."""
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        kinds: dict[str, int] = {}
        for column, heading in enumerate(row):
            kind = _kind(heading)
            if kind is not None and kind not in kinds:
                kinds[kind] = column
        if {"company", "title"} <= set(kinds):
            return _read(sheet, index, kinds)
    return None


def _read(sheet: RawSheet, header: int, kinds: dict[str, int]) -> RolesTable:
    table = RolesTable(header + 1)
    headings = {kind: str(sheet.rows[header][column]).strip()
                for kind, column in kinds.items()}
    for index in range(header + 1, len(sheet.rows)):
        cells = sheet.rows[index]

        def cell(kind: str, cells: list = cells) -> object:
            column = kinds.get(kind)
            return cells[column] if column is not None and column < len(cells) else None

        if all(is_blank(value) for value in cells):
            continue
        company, title = clean_text(cell("company")), clean_text(cell("title"))
        if company is None or title is None:
            table.problems.append((index + 1, headings["company" if company is None
                                                       else "title"],
                                   msg("The row names no company or no role, so it was not "
                                       "imported.")))
            table.skipped += 1
            continue
        openings = _read_value(table, index, headings.get("openings", ""),
                               lambda: whole_number(cell("openings")))
        mode = _read_value(table, index, headings.get("mode", ""), lambda: _mode(cell("mode")))
        table.lines.append(RoleLine(index + 1, company, title, clean_text(cell("field")),
                                    openings, mode))
    return table


def _read_value(table: RolesTable, index: int, heading: str, read):  # noqa: ANN001, ANN202
    try:
        return read()
    except BadValueError as problem:
        table.problems.append((index + 1, heading, msg(
            "{problem} The role was imported without it.", problem=problem.message)))
        return None


def _mode(value: object) -> str | None:
    """Where a role is offered: "On-site", "Online", "Remote" (online)."""
    text = clean_text(value)
    if text is None:
        return None
    if text.casefold() in ("remote", "virtual", "遙距"):
        return "online"
    return channel(text)

