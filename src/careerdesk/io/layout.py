"""Finding the header row under titles and logos, and what each column holds."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from careerdesk.io.application_words import says_applied
from careerdesk.io.event_words import is_meeting_role
from careerdesk.io.fields import (
    FIELD_LABELS,
    Field,
    field_for_header,
    header_variants,
    names_plainly,
)
from careerdesk.io.nomination_words import names_a_nomination_stage
from careerdesk.io.normalisers import NORMALISERS
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.table import RawSheet, column_letter, is_blank
from careerdesk.io.values import HAN, BadValueError
from careerdesk.messages import msg

HEADER_SEARCH_ROWS = 50
#: A header row names at least one of these, so a title row never passes for one.
_IDENTIFYING = {Field.STUDENT_NO, Field.NAME_EN, Field.NAME_ZH, Field.SURNAME, Field.EMAIL}


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    field: Field | None
    #: For a column set aside because another one means the same (``read_columns``): that
    #: other column's heading, and what both mean.
    set_aside_for: tuple[str, Field] | None = None
    #: A column holding values under no heading; ``header`` is then "Column C".
    unnamed: bool = False
    #: Hidden in the file.
    hidden: bool = False
    #: Hidden under a heading a visible column also has: what is chosen for the heading (in
    #: the import window, or remembered) is for the visible one (``_visible_headings``).
    shadowed: bool = False

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass(frozen=True)
class SheetLayout:
    header_row: int  # 0-based index into the sheet's rows
    columns: tuple[Column, ...]

    @property
    def excel_header_row(self) -> int:
        return self.header_row + 1

    def column_for(self, field: Field) -> Column | None:
        return next((c for c in self.columns if c.field is field), None)

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    @property
    def unknown(self) -> list[Column]:
        return [c for c in self.columns if c.field is None]

    @property
    def is_applications(self) -> bool:
        """Whether the list is a career day's applications (a status of each application,
        where or when it was made, beside a company)."""
        fields = {c.field for c in self.columns}
        return Field.ORGANISATION in fields and bool(fields & _APPLICATION_FIELDS)

    @property
    def is_event_registration(self) -> bool:
        """Whether the list is an event's registrations or attendance: it has a column
        saying who came, or a registration number."""
        return any(c.field in _EVENT_FIELDS for c in self.columns)


_APPLICATION_FIELDS = {Field.APPLICATION_STATUS, Field.CHANNEL, Field.APPLIED_ON}
_EVENT_FIELDS = {Field.ATTENDANCE, Field.CHECKED_IN, Field.CHECKED_IN_AT, Field.JOINED_AT,
                 Field.TICKET_TYPE, Field.REGISTRATION_REF}


def header_score(row: list) -> int:
    fields = {field_for_header(cell) for cell in row if isinstance(cell, str) and cell.strip()}
    fields.discard(None)
    return len(fields) if fields & _IDENTIFYING else 0


def find_header_row(sheet: RawSheet) -> int | None:
    best, best_score = None, 1
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        score = header_score(row)
        if score > best_score:
            best, best_score = index, score
    if best is not None and _sub_headings_under(sheet, best):
        return best + 1
    return best if best is not None else _headings_told_by_values(sheet)


def _headings_told_by_values(sheet: RawSheet) -> int | None:
    """Where no heading is one CareerDesk knows (a student system's own column names): the
    first row of text alone over a column whose values are students' numbers or email
    addresses (``_TOLD_BY_VALUES``)."""
    telling = dict(_TOLD_BY_VALUES)
    identifying = (telling[Field.STUDENT_NO], telling[Field.EMAIL])
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        named = [cell for cell in row if not is_blank(cell)]
        if len(named) < 2 or holds_data(row):
            continue
        under = sheet.rows[index + 1:index + 1 + _ROWS_TRIED]
        for column in range(len(row)):
            values = [str(cells[column]).strip() for cells in under
                      if column < len(cells) and not is_blank(cells[column])]
            if len(values) >= 2 and any(says(values) for says in identifying):
                return index
        return None  # (the first row of headings-like text is the one, or there is none)
    return None


def _sub_headings_under(sheet: RawSheet, row: int) -> bool:
    """Whether the headings go on in the row below, under group headings ("Student Name"
    merged over "English" and "Chinese", "Contact" over "Email" and "Mobile"): that row
    then names the columns, each read with its group (``read_columns``). It is told by
    headings standing where the row above is blank (the rest of a merge across), which
    a student's row never has."""
    if row + 1 >= len(sheet.rows):
        return False
    above, below = sheet.rows[row], sheet.rows[row + 1]
    under_a_group = [cell for index, cell in enumerate(below)
                     if isinstance(cell, str) and cell.strip()
                     and (index >= len(above) or is_blank(above[index]))]
    return bool(under_a_group) and header_score(below) >= 2 and not holds_data(below)


def holds_data(cells: list) -> bool:
    """A row with a number, a date or an address in it is a student's, not headings."""
    return any(not isinstance(cell, str) or "@" in cell or cell.strip().isdigit()
               for cell in cells if not is_blank(cell))


def layout_for(sheet: RawSheet, file_name: str,
               mapping: Mapping[str, str | None] | None = None,
               header_row: int | None = None) -> SheetLayout:
    """The sheet's layout. ``mapping`` (header text → field name, or None to ignore) wins
    over the automatic guess, so a coordinator's correction is always obeyed."""
    if header_row is None:
        header_row = find_header_row(sheet)
    if header_row is None:
        raise UnreadableFileError(
            "no_header_row",
            msg("No row of column headings was found in the first {count} rows of '{sheet}' "
                "in {file}; CareerDesk looks for headings such as 'Student No.', 'English "
                "Name' or 'Email'.", count=HEADER_SEARCH_ROWS, sheet=sheet.name, file=file_name))
    columns = read_columns(sheet, header_row, mapping)
    _refuse_duplicates(columns, header_row, sheet.name, file_name)
    return SheetLayout(header_row, tuple(columns))


def read_columns(sheet: RawSheet, header_row: int,
                 mapping: Mapping[str, str | None] | None = None) -> list[Column]:
    """The columns under the heading row (0-based): as ``mapping`` says, else guessed from
    their headings (read with a group heading above, where one means nothing alone). The
    import window shows these guesses; ``layout_for`` also refuses two meaning one thing."""
    cells = _headings_in(sheet, header_row)
    under = sheet.rows[header_row + 1:][:_ROWS_TRIED]
    columns: list[Column] = []
    guessed: list[int] = []  # positions in ``columns`` whose field was guessed
    unnamed: list[int] = []  # …and of those holding values under no heading
    shown = _visible_headings(cells, sheet.hidden_columns)
    for index in range(max([len(cells), *map(len, under)])):
        cell = cells[index] if index < len(cells) else None
        named = not is_blank(cell)
        if not named and not any(index < len(row) and not is_blank(row[index])
                                 for row in under):
            continue
        header = " ".join(str(cell).split()) if named else f"Column {column_letter(index)}"
        hidden = index in sheet.hidden_columns
        shadowed = hidden and header in shown
        if mapping is not None and header in mapping and not shadowed:
            chosen = mapping[header]
            field = Field(chosen) if chosen else None
        else:
            field = field_for_header(header) if named else None
            guessed.append(len(columns))
            if not named:
                unnamed.append(len(columns))
        columns.append(Column(index, header, field, unnamed=not named, hidden=hidden,
                              shadowed=shadowed))
    if header_row > 0:
        _read_under_group_headings(columns, guessed, sheet.rows[header_row - 1])
    _row_numbers_or_other_name(columns, unnamed, under)
    _student_numbers_under_a_bare_id(columns, guessed, under)
    _a_personal_email_as_the_only_one(columns, guessed, under)
    _placement_details_only_with_a_company(columns, guessed)
    _status_of_the_applications(columns, guessed, under)
    _status_of_the_nominations(columns, guessed, under)
    _roles_in_a_meeting(columns, guessed, under)
    _role_and_field_beside_a_company(columns, guessed)
    _columns_known_by_their_values(columns, guessed, under)
    _one_column_per_meaning(columns, guessed, under)
    return columns


#: Headings that say only "status" or "result": of what, the values tell (a student's
#: "Full-time" or "First Class Honours", or a nomination's "Nominated", "Withdrawn",
#: "Shortlisted").
_BARE_STATUS = {"status", "current status", "latest status", "result", "results",
                "final result", "latest result", "狀態", "現況", "最新狀態", "狀況", "結果",
                "最新結果"}


def _read_as(column: Column, field: Field | None) -> Column:
    """``column`` read as ``field`` (None: not read), hidden or not as it is."""
    return Column(column.index, column.header, field, hidden=column.hidden,
                  shadowed=column.shadowed)


def _bare_heading_read_as(columns: list[Column], guessed: list[int], rows: list[list],
                          headings: set[str], field: Field,
                          values_say: Callable[[list], bool],
                          unread: tuple[Field | None, ...] = (None,)) -> None:
    """The first column whose heading is only one of ``headings`` ("Status", "Role", "ID")
    and whose values (the first rows') ``values_say`` are ``field``'s: read as ``field``.
    Only a guess is changed (a choice made in the import window stands), and only one not
    read as anything else (``unread``)."""
    for position in guessed:
        column = columns[position]
        if column.field not in unread or column.unnamed or \
                not set(header_variants(column.header)) & headings:
            continue
        values = [row[column.index] for row in rows
                  if column.index < len(row) and not is_blank(row[column.index])]
        if values_say(values):
            columns[position] = _read_as(column, field)
            return


def _status_of_the_applications(columns: list[Column], guessed: list[int],
                                rows: list[list]) -> None:
    """Beside a company, a status column (a bare "Status", or "Application Status") whose
    values are all an application's stages and say "Applied" somewhere (the first stage,
    which no nomination list says) is a career day's applications list's: read as that."""
    if not any(c.field is Field.ORGANISATION for c in columns) or \
            any(c.field is Field.APPLICATION_STATUS for c in columns):
        return
    for position in guessed:
        column = columns[position]
        if column.unnamed or column.field not in (None, Field.ENDORSED) or (
                column.field is None and not set(header_variants(column.header)) & _BARE_STATUS):
            continue
        values = [row[column.index] for row in rows
                  if column.index < len(row) and not is_blank(row[column.index])]
        if says_applied(values):
            columns[position] = _read_as(column, Field.APPLICATION_STATUS)
            return


def _status_of_the_nominations(columns: list[Column], guessed: list[int],
                               rows: list[list]) -> None:
    """A column headed only "Status" (or "Result") whose every value is a word of the
    nomination path ("Nominated", "Reserve", "Withdrawn", "Shortlisted") says where each
    nomination stands, as a "Nomination Status" column does: read as that, unless another
    column already is. Any other value ("Year 3", "Full-time", "Y") leaves it unread, and
    reported; so does a word of a placement's course ("Completed": an application form's,
    as a rule) in a list naming no company."""
    if any(c.field is Field.ENDORSED for c in columns):
        return
    placing = any(c.field is Field.ORGANISATION for c in columns)
    _bare_heading_read_as(columns, guessed, rows, _BARE_STATUS, Field.ENDORSED, lambda values: (
        bool(values) and all(names_a_nomination_stage(value, placements=placing)
                             for value in values)))


def _roles_in_a_meeting(columns: list[Column], guessed: list[int], rows: list[list]) -> None:
    """A column headed only "Role" whose every value is a role in an online meeting
    ("Organizer", "Presenter", "Attendee": Teams' attendance report) says who ran the
    meeting: read so. Any other value (a job: "Software Engineer") leaves it unread."""
    _bare_heading_read_as(columns, guessed, rows, _BARE_ROLE, Field.MEETING_ROLE,
                          lambda values: bool(values) and all(map(is_meeting_role, values)))


_BARE_ROLE = {"role", "roles", "角色", "身分", "身份"}
#: "Field" alone, beside a company's role: its field of work.
_BARE_FIELD = {"field", "fields", "category", "範疇", "類別"}


def _role_and_field_beside_a_company(columns: list[Column], guessed: list[int]) -> None:
    """Beside a company, a "Role" column that is not a meeting's is the role applied for or
    held (a career day's applications list), and a bare "Field" or "Category" the role's
    field of work: read so, unless another column already is."""
    if not any(c.field is Field.ORGANISATION for c in columns):
        return
    for field, headings in ((Field.POSITION, _BARE_ROLE), (Field.JOB_FIELD, _BARE_FIELD)):
        if any(c.field is field for c in columns):
            continue
        for position in guessed:
            column = columns[position]
            if column.field is None and not column.unnamed and \
                    set(header_variants(column.header)) & headings:
                columns[position] = _read_as(column, field)
                break


#: Headings of an email address of the student's own choosing, not the university's.
_PERSONAL_EMAIL = {"personal email", "personal e mail", "personal email address",
                   "private email", "alternative email", "alternate email", "preferred email",
                   "other email", "個人電郵", "私人電郵", "個人電郵地址", "私人電郵地址"}


def _a_personal_email_as_the_only_one(columns: list[Column], guessed: list[int],
                                      rows: list[list]) -> None:
    """A "Personal Email" column is the students' email address when the list gives no
    other: a coordinator writes to it. Beside a university address it is not read (and
    reported), as a student has one address in CareerDesk."""
    if not any(c.field is Field.EMAIL for c in columns):
        _bare_heading_read_as(columns, guessed, rows, _PERSONAL_EMAIL, Field.EMAIL,
                              lambda values: True)


#: Headings too bare to name the student number alone ("ID", "No.", "編號"): a form's
#: response number, the rows' count, or the students' numbers, as their values say.
_BARE_ID = {"id", "no", "number", "編號", "號碼"}


#: A placement's details, read as such only beside the company it is at.
_PLACEMENT_DETAILS = {Field.POSITION, Field.PLACEMENT_START, Field.MONTHLY_SALARY}


def _placement_details_only_with_a_company(columns: list[Column], guessed: list[int]) -> None:
    """"Start Date", "Position" or "Salary" in a list with no Company column is not a
    placement's (a survey's "Start Date" is when the form was opened): left unread, and
    reported as a column not imported, unless chosen so in the import window."""
    if any(c.field is Field.ORGANISATION for c in columns):
        return
    for position in guessed:
        if columns[position].field in _PLACEMENT_DETAILS:
            columns[position] = _read_as(columns[position], None)


def _student_numbers_under_a_bare_id(columns: list[Column], guessed: list[int],
                                     rows: list[list]) -> None:
    """A list with no student-number column but one headed only "ID" or "No." whose every
    value is a student number by its shape (six characters or more, digits among them:
    "1155123456", "21012345D"; not 1, 2, 3…, as a form numbers its responses): read as
    the student numbers. ("ID No." is an identity card's, and is never read.)"""
    if not any(c.field is Field.STUDENT_NO for c in columns):
        _bare_heading_read_as(
            columns, guessed, rows, _BARE_ID, Field.STUDENT_NO, lambda values: (
                len(values) >= 2 and len(set(map(str, values))) == len(values)
                and all(map(_shaped_like_a_student_number, values))),
            unread=(None, Field.ROW_NUMBER))


def _shaped_like_a_student_number(value: object) -> bool:
    try:
        number = NORMALISERS[Field.STUDENT_NO](value)
    except BadValueError:
        return False
    return number is not None and len(number) >= 6 and sum(map(str.isdigit, number)) >= 5


def _visible_headings(cells: list, hidden_columns: set[int]) -> set[str]:
    """The headings of the columns not hidden. A choice made for a heading (in the import
    window, or remembered) is for the visible column under it, not for a hidden one under
    the same heading, which is then guessed, and set aside for the visible one."""
    return {" ".join(str(cell).split()) for index, cell in enumerate(cells)
            if index not in hidden_columns and not is_blank(cell)}


def _row_numbers_or_other_name(columns: list[Column], unnamed: list[int],
                               rows: list[list]) -> None:
    """What a column with no heading holds, where its values say it plainly: 1, 2, 3… are
    the rows' numbers; Chinese names beside the English names (a "Name" heading merged
    across both) are the Chinese names, and English names beside Chinese ones the English."""
    taken = {c.field for c in columns}
    for position in unnamed:
        column, left = columns[position], columns[position - 1] if position else None
        if _counts_rows(column.index, rows):
            columns[position] = Column(column.index, column.header, Field.ROW_NUMBER,
                                       unnamed=True)
            continue
        if left is None or left.index != column.index - 1:
            continue
        other = {Field.NAME_EN: Field.NAME_ZH, Field.NAME_ZH: Field.NAME_EN}.get(
            left.field) if left.field else None
        texts = [row[column.index] for row in rows if column.index < len(row)
                 and isinstance(row[column.index], str) and row[column.index].strip()]
        if other is None or other in taken or not texts:
            continue
        chinese = sum(bool(HAN.search(text)) for text in texts)
        if (other is Field.NAME_ZH and chinese == len(texts)) or (
                other is Field.NAME_EN and chinese == 0):
            columns[position] = Column(column.index, column.header, other, unnamed=True)
            taken.add(other)


def _counts_rows(index: int, rows: list[list]) -> bool:
    """Whether a column's values are 1, 2, 3… down the rows (blank rows aside)."""
    numbers = [row[index] for row in rows if index < len(row) and not is_blank(row[index])]
    return len(numbers) >= 2 and all(
        isinstance(n, int | float) and not isinstance(n, bool) and n == count
        or isinstance(n, str) and n.strip() == str(count)
        for count, n in enumerate(numbers, start=1))


def _readable_values(field: Field, index: int, rows: list[list]) -> int:
    """How many of the column's cells in ``rows`` hold a value that reads as ``field``."""
    normalise = NORMALISERS[field]
    readable = 0
    for row in rows:
        if index < len(row) and not is_blank(row[index]):
            with contextlib.suppress(BadValueError):
                readable += normalise(row[index]) is not None
    return readable


def _headings_in(sheet: RawSheet, header_row: int) -> list:
    """The heading row's cells; a blank one under a heading of its own in the row above
    takes that heading ("Student No." over two rows of headings, merged down in Excel, or
    written once in a CSV file)."""
    cells = list(sheet.rows[header_row])
    above = sheet.rows[header_row - 1] if header_row > 0 else []
    for index, cell in enumerate(cells):
        if is_blank(cell) and index < len(above) and isinstance(above[index], str) \
                and field_for_header(above[index]) is not None:
            cells[index] = above[index]
    return cells


#: How many rows under the headings are tried to tell which of two columns holds a field.
_ROWS_TRIED = 200


def _columns_known_by_their_values(columns: list[Column], guessed: list[int],
                                   rows: list[list]) -> None:
    """A column whose heading says nothing CareerDesk knows ("Login", "Learner Ref", "聯絡
    人"), read by what its values are, where the list has no column for that already: email
    addresses are the email; a student-number shape (ten digits, eight and a letter, eight
    sharing their first digit), each value once, is the student number; Chinese personal
    names are the Chinese name; romanised personal names, nearly all different, the English
    name. A guess only (the import window shows it, and a choice there stands)."""
    present = {c.field for c in columns}
    for position in guessed:
        column = columns[position]
        if column.field is not None or column.hidden:
            continue
        values = [str(row[column.index]).strip() for row in rows
                  if column.index < len(row) and not is_blank(row[column.index])]
        if len(values) < 2:
            continue
        for field, says in _TOLD_BY_VALUES:
            if field not in present and says(values):
                columns[position] = _read_as(column, field)
                present.add(field)
                break


def _mostly(values: list[str], test: Callable[[str], bool], share: float = 0.9) -> bool:
    return sum(map(test, values)) >= share * len(values)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
_STUDENT_NUMBER = re.compile(r"^(?:\d{10}|\d{8}[A-Za-z]|\d{8})$")
_CHINESE_NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$")
_ROMANISED_NAME = re.compile(r"^[A-Za-z][A-Za-z'.-]*(?:,? [A-Za-z][A-Za-z'.-]*){1,4}$")


def _student_numbers(values: list[str]) -> bool:
    """Each value once, each a student number's shape; eight digits alone only when they
    share their first digit (a university's numbers do; telephone numbers do not)."""
    if len(set(values)) < len(values) or not _mostly(
            values, lambda v: bool(_STUDENT_NUMBER.match(v)), 1.0):
        return False
    eight = [v for v in values if len(v) == 8 and v.isdigit()]
    return len({v[0] for v in eight}) <= 1


def _a_mobile(value: str) -> bool:
    """A Hong Kong mobile ("9123 4567", "+852-6123-4567") or a mainland one ("138 1234
    5678", "+86 13812345678"), however written: read as the importer reads a phone, then
    told by its number (a landline or a foreign number is no sign of the mobile column)."""
    try:
        number = NORMALISERS[Field.PHONE](value)
    except BadValueError:
        return False
    return number is not None and bool(_MOBILE.fullmatch(number))


_MOBILE = re.compile(r"\+852[4-9]\d{7}|\+861[3-9]\d{9}")


def _romanised_names(values: list[str]) -> bool:
    """Personal names in Latin letters ("CHAN Tai Man", "Wong, Siu Ming"): two to five
    words of letters, each capitalised, nearly every name different (a company or a hall
    repeats)."""
    def a_name(value: str) -> bool:
        words = value.replace(",", " ").split()
        return bool(_ROMANISED_NAME.match(value)) and all(
            word[0].isupper() and len(word) <= 15 for word in words)

    return len(set(values)) >= 0.9 * len(values) and _mostly(values, a_name)


def _identity_card_numbers(values: list[str]) -> bool:
    """Every value a Hong Kong identity card number, its check digit right."""
    def one(value: str) -> bool:
        try:
            return NORMALISERS[Field.HKID](value) is not None
        except BadValueError:
            return False

    return _mostly(values, one, 1.0)


_TOLD_BY_VALUES: tuple[tuple[Field, Callable[[list[str]], bool]], ...] = (
    (Field.EMAIL, lambda values: _mostly(values, lambda v: bool(_EMAIL.match(v)))),
    (Field.HKID, _identity_card_numbers),
    (Field.STUDENT_NO, _student_numbers),
    (Field.PHONE, lambda values: _mostly(values, _a_mobile)),
    (Field.NAME_ZH, lambda values: _mostly(values, lambda v: bool(_CHINESE_NAME.match(
        v.replace(" ", ""))))),
    (Field.NAME_EN, _romanised_names),
)


def _one_column_per_meaning(columns: list[Column], guessed: list[int], rows: list[list]) -> None:
    """Columns under different headings that seem to mean one thing ("Email" and "Email
    (Personal)", "Programme" and "Major", "Mobile" and "Contact No."): as a coordinator
    would, one is read and the others are set aside, and the import says so. The one read
    is the one chosen in the import window, else the one holding more values that read as
    that field (a Microsoft Forms export's own "Email" column says "anonymous" beside the
    question "Email address", its "Name" is empty beside "Full name (English)"), else the
    one whose heading says it plainly, else the first; a column hidden in the file is read
    only where no visible one holding values means the same (an old "Email" column hidden
    beside the new one). Two visible columns under the same heading, or two chosen for one
    thing, are refused (``layout_for``): nothing tells which is meant."""
    by_field: dict[Field, list[int]] = {}
    for position, column in enumerate(columns):
        if column.field is not None and column.field is not Field.ROW_NUMBER:
            by_field.setdefault(column.field, []).append(position)
    for field, positions in by_field.items():
        chosen = [p for p in positions if p not in guessed]
        visible = [p for p in positions if not columns[p].hidden] or positions
        headers = [columns[p].header for p in visible]
        if len(positions) < 2 or len(set(headers)) < len(headers) or len(chosen) > 1:
            continue
        readable = {p: _readable_values(field, columns[p].index, rows) for p in positions}
        keep = chosen[0] if chosen else max(positions, key=lambda p: (
            readable[p] > 0, not columns[p].hidden, readable[p],
            names_plainly(columns[p].header, field), -p))
        for position in positions:
            if position != keep:
                column = columns[position]
                columns[position] = Column(column.index, column.header, None,
                                           (columns[keep].header, field),
                                           hidden=column.hidden, shadowed=column.shadowed)


def _field_in_group(group: str, heading: str) -> Field | None:
    """What a heading means under its group: "Student" + "No." is the student number;
    "Student Name" + "Chinese" the Chinese name (read as "Name Chinese" when the whole
    group means nothing with it)."""
    words = group.split()
    for start in range(len(words)):
        tail = " ".join(words[start:])
        field = field_for_header(f"{tail} {heading}") or field_for_header(f"{heading} {tail}")
        if field is not None:
            return field
    return None


def _read_under_group_headings(columns: list[Column], guessed: list[int],
                               above: list) -> None:
    """Headings grouped under a heading of their own, usually merged across them
    ("Student" over "No.", "Name (Eng)", "Name (Chi)"): a heading that means nothing by
    itself, or only a row number, is read with its group's ("Student No."), when no other
    column already means that. The group's text sits in the first cell of the merge."""
    groups: list[str | None] = []
    current: str | None = None
    for index in range(max((c.index for c in columns), default=-1) + 1):
        cell = above[index] if index < len(above) else None
        if not is_blank(cell):
            current = " ".join(str(cell).split())
        groups.append(current)
    taken = {c.field for c in columns}
    for position in guessed:
        column = columns[position]
        group = groups[column.index]
        if group is None or column.field not in (None, Field.ROW_NUMBER):
            continue
        field = _field_in_group(group, column.header)
        if field is not None and field is not Field.ROW_NUMBER and field not in taken:
            columns[position] = Column(column.index, column.header, field)
            taken.add(field)


def _refuse_duplicates(columns: list[Column], header_row: int, sheet: str,
                       file_name: str) -> None:
    seen: dict[Field, Column] = {}
    for column in columns:
        if column.field is None or column.field is Field.ROW_NUMBER:
            continue
        if column.field in seen:
            first = seen[column.field]
            same = first.header == column.header
            what = (msg("two columns with the same heading '{heading}'", heading=column.header)
                    if same else
                    msg("two columns that both mean '{field}' ('{first}' and '{heading}')",
                        field=FIELD_LABELS[column.field], first=first.header,
                        heading=column.header))
            raise UnreadableFileError("duplicate_column", msg(
                "'{sheet}' in {file} has {what}, in columns {first} and {second} of row {row}; "
                "delete or rename one and import again.", sheet=sheet, file=file_name,
                what=what, first=first.letter, second=column.letter, row=header_row + 1))
        seen[column.field] = column
