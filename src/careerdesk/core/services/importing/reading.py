"""Reading a nominee file: its kind, its sheet, its header row and its rows, cleaned."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import University, UniversityAlias
from careerdesk.core.domain.faculties import faculty_key
from careerdesk.core.domain.universities import (
    alias_key,
    alias_key_parts,
    builtin_aliases,
    email_domains,
)
from careerdesk.core.services.bulk_work import bulk_work
from careerdesk.core.services.departments import faculties_from_departments
from careerdesk.core.services.importing.errors import ImportFailedError
from careerdesk.core.services.importing.mappings import saved_mapping
from careerdesk.core.services.importing.options import ImportOptions
from careerdesk.io.fields import Field
from careerdesk.io.inference import (
    departments_named,
    faculties_named,
    infer_university,
    one_unit,
    title_texts,
    universities_of_emails,
    university_sections,
)
from careerdesk.io.layout import Column, SheetLayout, find_header_row, layout_for
from careerdesk.io.nominee_rows import parse_sheet
from careerdesk.io.open_file import ReadAhead, SpreadsheetFile
from careerdesk.io.parsed_sheet import ParsedSheet, Problem
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.sniff import FileKind
from careerdesk.io.table import RawSheet
from careerdesk.io.team_rows import team_rows
from careerdesk.messages import Message, msg


@dataclass
class ParsedFile:
    path: Path
    sha256: str
    sheets: list[str]
    parsed: ParsedSheet
    #: The texts that may name what the list is for: above its headings, the sheet's name
    #: and the file's.
    titles: list[str] = field(default_factory=list)

    @property
    def sheet(self) -> str:
        return self.parsed.sheet


class UniversityNames:
    """Every name and alias of the universities in the database, for quick lookup."""

    def __init__(self, session: Session) -> None:
        self.codes = {alias_key(code): code for code in session.scalars(select(University.code))}
        self._by_key = dict(self.codes)
        for key, alias, code in session.execute(
            select(UniversityAlias.key, UniversityAlias.alias, University.code)
            .join(UniversityAlias.university)
        ):
            self._by_key[key] = code
            self._by_key.setdefault(alias_key(alias), code)  # (its words written out)
        stored = set(self.codes.values())
        for key, code in builtin_aliases().items():  # names added since the database was made
            if code in stored:
                self._by_key.setdefault(key, code)
        self._cache: dict[str, str | None] = {}

    def resolve(self, text: str) -> str | None:
        if text not in self._cache:
            self._cache[text] = self._resolve(text)
        return self._cache[text]

    def _resolve(self, text: str) -> str | None:
        whole = self._by_key.get(alias_key(text))
        if whole is not None:
            return whole
        # Every part must name the same one: "CUHK (Shenzhen)" is another university.
        named = {self._by_key.get(key) for key in alias_key_parts(text)}
        return named.pop() if len(named) == 1 else None


@bulk_work()
def read_nominee_file(session: Session, path: Path, options: ImportOptions,
                      spreadsheet: SpreadsheetFile | ReadAhead | None = None) -> ParsedFile:
    """Read and clean every row; a file that cannot be read raises ImportFailedError.

    ``spreadsheet`` is the file already opened (the import window keeps it open between
    its steps, so a large file is read once), or being read (``start_reading``)."""
    path = Path(path)
    universities = UniversityNames(session)
    default_university = None
    if options.university:
        default_university = universities.resolve(options.university)
        if default_university is None:
            raise ImportFailedError(
                msg("'{university}' is not a university CareerDesk knows; use one of {codes}.",
                    university=options.university,
                    codes=", ".join(sorted(universities.codes.values()))),
                code="unknown_university")
    try:
        if isinstance(spreadsheet, ReadAhead):
            spreadsheet = spreadsheet.take()
        spreadsheet = spreadsheet or SpreadsheetFile(path)
        sheet = _choose_sheet(spreadsheet, options)
        header_row = options.header_row - 1 if options.header_row else None
        mapping = options.mapping
        detected = header_row if header_row is not None else find_header_row(sheet)
        teams = team_rows(sheet, detected) if detected is not None else None
        if teams is not None:  # a team per row: one row per member from here on
            sheet = teams
        if mapping is None and detected is not None:
            mapping = saved_mapping(session, sheet.rows[detected])
        layout = layout_for(sheet, path.name, mapping, header_row)
        inferred, sections, by_email = None, {}, None
        if default_university is None and layout.column_for(Field.UNIVERSITY) is None:
            sections = university_sections(sheet, layout, universities.resolve)
            if not sections:
                domains = email_domains()
                inferred = infer_university(sheet, layout, path.name, universities.resolve,
                                            domains)
                default_university = inferred[0] if inferred else None
                named = universities_of_emails(sheet, layout, domains)
                # a list of several universities', or an event's (its staff are no one's)
                if inferred is None and (len(named) > 1 or
                                         (named and layout.is_event_registration)):
                    by_email = domains
        chosen_elsewhere = _chosen_but_emails_say_otherwise(
            sheet, layout, default_university) if options.university else None
        given = _units_from_title(sheet, layout, path.name)
        layout, identity_cards = _without_identity_cards(session, layout)
        parsed = parse_sheet(sheet, layout, path.name, universities.codes,
                             universities.resolve, default_university, sections,
                             given={field: name for field, (name, _) in given.items()},
                             by_email=by_email)
        if teams is not None:  # each problem named by the team's row, as Excel shows it
            _rows_as_in_the_file(parsed, teams)
        if not len(parsed):
            raise ImportFailedError(
                msg("{file} has headings in row {row} of '{sheet}' but no student rows under "
                    "them; nothing was imported.", file=path.name, row=layout.excel_header_row,
                    sheet=sheet.name),
                code="no_student_rows")
        if identity_cards is not None:
            _identity_cards_not_collected(parsed, layout, identity_cards)
        from_departments = faculties_from_departments(session, parsed)
        if from_departments is not None:
            parsed.problems.insert(0, from_departments)
        for field in (Field.DEPARTMENT, Field.FACULTY):
            if field in given:
                parsed.problems.insert(0, _unit_taken_from(field, *given[field]))
        if sections:
            parsed.problems.insert(0, Problem(
                0, "", "university_from_sections",
                msg("The file has no University column; each student's university was taken "
                    "from the heading of their section ({headings}).", headings=", ".join(
                        f"'{_only_text(sheet.rows[index])}' in row {index + 1}"
                        for index in sorted(sections)))))
        if by_email:
            parsed.problems.insert(0, Problem(
                0, "", "university_from_emails",
                msg("The file has no University column; each student's university was taken "
                    "from their email address ({universities}); a row whose address does not "
                    "say was not imported.", universities=", ".join(sorted(named)))))
        if inferred:
            parsed.problems.insert(0, Problem(
                0, "", "university_inferred",
                msg("The file has no University column; the university was taken as "
                    "{university} from {source}.", university=inferred[0], source=inferred[1])))
        if chosen_elsewhere is not None:
            parsed.problems.insert(0, chosen_elsewhere)
        others = _other_lists(spreadsheet, sheet.name)
        if others:
            parsed.problems.insert(0, Problem(
                0, "", "other_sheets",
                _other_sheets(path.name, others, sheet.name)))
    except UnreadableFileError as problem:
        raise ImportFailedError(problem.message, code=problem.code) from problem
    return ParsedFile(path, file_sha256(path), [s.name for s in spreadsheet.sheets()], parsed,
                      [*title_texts(sheet, layout), sheet.name, path.stem])


def _rows_as_in_the_file(parsed: ParsedSheet, sheet: RawSheet) -> None:
    """Problems said of rows made one per member: named by the file's own row."""
    def said(problem: Problem) -> Problem:
        return problem._replace(row=sheet.excel_row(problem.row - 1)) if problem.row else problem

    parsed.problems[:] = [said(p) for p in parsed.problems]
    for number, problems in parsed.row_problems.items():
        parsed.row_problems[number] = [said(p) for p in problems]


def _units_from_title(sheet: RawSheet, layout: SheetLayout, file_name: str
                      ) -> dict[Field, tuple[str, Message]]:
    """The faculty and the department a title above the headings (or the sheet's name)
    names, for a file with no column for them, and where each was found: every student's,
    as a coordinator files a faculty's or a department's list."""
    given = {}
    if layout.column_for(Field.FACULTY) is None:
        named = faculties_named(sheet, layout, file_name)
        # one faculty, however many ways it is written ("工程學院 Faculty of Engineering")
        if named is not None and len({faculty_key(name) for name in named[0]}) == 1:
            given[Field.FACULTY] = named[0][0], named[1]
    if layout.column_for(Field.DEPARTMENT) is None:
        named = departments_named(sheet, layout, file_name)
        if named is not None:
            name = one_unit(named[0])
            if name is not None:
                given[Field.DEPARTMENT] = name, named[1]
    return given


def _chosen_but_emails_say_otherwise(sheet: RawSheet, layout: SheetLayout,
                                     chosen: str | None) -> Problem | None:
    """A list with no University column filed under the university the coordinator chose,
    whose students' email addresses name another: said (the choice stands; a wrong one,
    a CityU list filed under CUHK, would be silent)."""
    if chosen is None or layout.column_for(Field.UNIVERSITY) is not None:
        return None
    named = universities_of_emails(sheet, layout, email_domains())
    others = {code: count for code, count in named.items() if code != chosen}
    if not others:
        return None
    return Problem(0, "", "university_not_the_emails", msg(
        "Every student was filed under {chosen}, as chosen, but {count} of their email "
        "addresses are another university's ({universities}). If the list is not "
        "{chosen}'s, import it choosing its university instead, or none (each student's is "
        "then taken from their address); undo an import already done first.", chosen=chosen,
        count=sum(others.values()), universities=", ".join(
            f"{code}: {count}" for code, count in sorted(others.items()))))


def _without_identity_cards(session: Session, layout: SheetLayout
                            ) -> tuple[SheetLayout, Column | None]:
    """The layout with its HKID column not read, where the office does not collect them
    (the default), and that column; the layout as it is otherwise."""
    from careerdesk.core.services.privacy import collects_hkid

    column = layout.column_for(Field.HKID)
    if column is None or collects_hkid(session):
        return layout, None
    return replace(layout, columns=tuple(replace(c, field=None) if c is column else c
                                         for c in layout.columns)), column


def _identity_cards_not_collected(parsed: ParsedSheet, layout: SheetLayout,
                                  column: Column) -> None:
    """The column of identity card numbers, said as what it is, not as unknown."""
    parsed.problems[:] = [
        Problem(p.row, p.column, "hkid_not_collected", msg(
            "The column '{heading}' holds HKID numbers, which this office does not collect; "
            "it was not imported.", heading=column.header))
        if p.code == "column_ignored" and p.column == column.header else p
        for p in parsed.problems]


def _unit_taken_from(field: Field, name: str, source: Message) -> Problem:
    """The import's word that every student's faculty or department was taken from a title."""
    said = msg("The file has no Faculty column; every student's faculty was taken as "
               "'{faculty}' from {source}.", faculty=name, source=source) \
        if field is Field.FACULTY else msg(
        "The file has no Department column; every student's department was taken as "
        "'{department}' from {source}.", department=name, source=source)
    return Problem(0, "", f"{field.value}_inferred", said)


def _only_text(cells: list) -> str:
    """The text of a row holding one cell (a section's heading)."""
    return " ".join(str(next(cell for cell in cells if cell)).split())


def _choose_sheet(spreadsheet: SpreadsheetFile, options: ImportOptions) -> RawSheet:
    if options.sheet:
        return spreadsheet.read(options.sheet)
    candidates = spreadsheet.candidate_sheets()
    first = None
    for name in candidates:
        sheet = spreadsheet.read(name)
        first = first or sheet
        if find_header_row(sheet) is not None:
            return sheet
    assert first is not None
    return first  # layout_for will say plainly that no header row was found


def _other_lists(spreadsheet: SpreadsheetFile, chosen: str) -> list[str]:
    """The file's other visible sheets that hold a list of students too (a workbook with a
    sheet per university): one import takes one sheet, and the others must not go unseen."""
    if spreadsheet.kind is FileKind.TEXT:
        return []
    return [name for name in spreadsheet.candidate_sheets()
            if name != chosen and find_header_row(spreadsheet.read(name)) is not None]


def _other_sheets(file: str, others: list[str], chosen: str) -> Message:
    quoted = [f"'{name}'" for name in others]
    if len(quoted) == 1:
        return msg("{file} also has the sheet {other}, which looks like another list of "
                   "students; only '{sheet}' was imported. Import it too (--sheet NAME, or "
                   "choose the sheet in the import window).", file=file, other=quoted[0],
                   sheet=chosen)
    return msg("{file} also has the sheets {others} and {last}, which look like other lists "
               "of students; only '{sheet}' was imported. Import each too (--sheet NAME, or "
               "choose the sheet in the import window).", file=file,
               others=", ".join(quoted[:-1]), last=quoted[-1], sheet=chosen)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
