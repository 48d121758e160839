"""Dates and times as people write them, day first as Hong Kong does: real date cells,
Excel serial numbers, and text (30/06/2026, 6/7/2026 = 6 July, 30-Jun-2026, 2026年6月30日,
ISO, "Jun-26"). Normalisers as in ``values``: the clean value, or ``BadValueError``."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from careerdesk.io.office_time import to_stored
from careerdesk.io.table import is_blank
from careerdesk.io.values import BadValueError, clean_text, not_given
from careerdesk.messages import Message, msg

_MONTHS = {name.casefold(): number for number, name in enumerate(calendar.month_abbr) if name}
_MONTHS |= {name.casefold(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS["sept"] = 9
EXCEL_EPOCH = dt.date(1899, 12, 30)


def date(value: Any, *, month_first: bool = False) -> dt.date | None:
    """Real date cells, Excel serial numbers, and text read day-first as Hong Kong writes.

    30/06/2026, 6/7/2026 (6 July), 30-Jun-2026, 30 June 2026, 2026年6月30日, 2026-06-30.
    ``month_first``: for a column written the American way (``written_order``).
    A month without a day (07/2026, Jul 2026, 2026年7月) means the month's last day. A year
    alone (2026, as a number or as text) is a problem, never a day in 1905 (which 2026 is as
    an Excel serial number). A serial number written as text (a CSV saved from a column
    formatted "General": 46203) is read as one.
    """
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise BadValueError("bad_date", msg("TRUE or FALSE is not a date."))
    if isinstance(value, int | float):
        return _date_from_number(value)
    text = clean_text(value)
    if text is None or not_given(text):  # (a cell of zero-width spaces cleans to nothing)
        return None
    if _NUMBER.fullmatch(text):
        return _date_from_number(float(text), text)
    parsed = _date_from_text(text, month_first=month_first)
    if parsed is None:
        raise BadValueError("bad_date", msg(
            "'{text}' is not a date CareerDesk can read (write it as 30/06/2026).", text=text))
    return parsed


_NUMBER = re.compile(r"\d{4,5}(?:\.\d+)?")
#: Excel serial numbers of 1950-01-01 and 2100-12-31: a number outside them is no date
#: CareerDesk keeps (1950 to 2100 as a number is a year, a day in 1905 as a serial).
_SERIALS = (18_264, 73_415)


def _date_from_number(value: float, written: str | None = None) -> dt.date:
    """``written``: the text the number was read from, when it was text (said in quotes)."""
    if _SERIALS[0] <= value <= _SERIALS[1]:
        return EXCEL_EPOCH + dt.timedelta(days=int(value))
    if float(value).is_integer() and 19_500_101 <= value <= 21_001_231:  # 20260630
        compact = _date_from_text(str(int(value)))
        if compact is not None:
            return compact
    if float(value).is_integer() and 1950 <= value <= 2100:
        if written is not None:
            raise BadValueError("bad_date", msg(
                "'{text}' is a year, not a date; write the month too (06/{year}).",
                text=written, year=int(value)))
        raise BadValueError("bad_date", msg(
            "{value} is a year, not a date; write the month too (06/{year}).", value=int(value),
            year=int(value)))
    if written is not None:
        raise BadValueError("bad_date", msg("'{text}' is not a date.", text=written))
    shown = str(int(value)) if float(value).is_integer() else str(value)
    raise BadValueError("bad_date", msg("{value} is not a date.", value=shown))


#: A date written as three numbers: day (or month) first, then the other, then the year.
_THREE_NUMBERS = re.compile(r"\s*(\d{1,2})[-/.](\d{1,2})[-/.](?:\d{4}|\d{2})(?!\d)")


def written_order(cells: list[Any]) -> str | None:
    """How a column's dates are written: "month first", as an American-set computer or form
    writes them (one of them can be read only so, 12/31/2026, and none only day first:
    then 6/7/2026 in that column is 7 June, not 6 July); "day first" (one of them can be
    read only so: 30/06/2026); or None when each could be either (03/08/2025), or none is
    written with numbers only."""
    month_first = day_first = False
    for cell in set(cells):
        found = _THREE_NUMBERS.match(cell) if cell.__class__ is str else None
        if found is None:
            continue
        first, second = int(found.group(1)), int(found.group(2))
        day_first = day_first or (first > 12 >= second)
        month_first = month_first or (second > 12 >= first)
    return "day first" if day_first else "month first" if month_first else None


def written_with_numbers(cells: list[Any]) -> bool:
    """Whether any of a column's dates is written with numbers only (3/8/25)."""
    return any(_THREE_NUMBERS.match(cell) for cell in set(cells) if cell.__class__ is str)


def month_first_example(cells: list[Any]) -> str:
    """A date of the column that can be read only month first, to show."""
    return min(cell.strip() for cell in set(cells) if cell.__class__ is str and (
        found := _THREE_NUMBERS.match(cell)) and int(found.group(2)) > 12)


#: What people write around a date: a remark in brackets ("(expected)", "(星期二)"), the
#: day of the week ("Tue,", "Tuesday", "星期二", "週二"), a label before it ("Expected:",
#: "預計", "End of June 2026": a month means its last day anyway).
_REMARK = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
_WEEKDAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rs|rsday|urday)?"
                      r"\b\.?|(?:星期|禮拜|週|周)[一二三四五六日天]")
_LABEL = re.compile(r"^(?:(?:expected|exp|est|estimated|tentative|tentatively|approx"
                    r"|approximately|around|about|by|end of)\b\.?|預計|預期|大約|約)\s*[:：]?\s*")


#: A time after a date, left out of a date ("30/06/2026 00:00", as a CSV file writes a date
#: cell holding a time too).
_TRAILING_TIME = re.compile(r"[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?$",
                            re.IGNORECASE)


def _date_from_text(text: str, *, month_first: bool = False) -> dt.date | None:
    text = _TRAILING_TIME.sub("", text)
    folded = _LABEL.sub("", _WEEKDAY.sub(" ", _REMARK.sub(" ", text.casefold())).strip())
    folded = folded.replace(",", " ").strip()
    folded = " ".join(re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", folded).split())
    patterns: list[tuple[str, tuple[str, str, str | None]]] = [
        (r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?", ("y", "m", "d")),
        (r"(\d{4})\s*年\s*(\d{1,2})\s*月", ("y", "m", None)),
        (r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t].*)?", ("y", "m", "d")),
        (r"((?:19|20|21)\d{2})(\d{2})(\d{2})", ("y", "m", "d")),
        (r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4}|\d{2})",
         ("m", "d", "y") if month_first else ("d", "m", "y")),
        (r"(\d{1,2})[-/. ]([a-z]{3,9})\.?[-/. ](\d{4}|\d{2})", ("d", "mon", "y")),
        (r"([a-z]{3,9})\.?[-/. ](\d{1,2})[-/. ](\d{4})", ("mon", "d", "y")),
        (r"(\d{1,2})[-/.](\d{4})", ("m", "y", None)),
        (r"([a-z]{3,9})\.?[-/. ](\d{4})", ("mon", "y", None)),
        (r"(\d{4})[-/.](\d{1,2})", ("y", "m", None)),
        # Excel's "mmm-yy" as a CSV writes it: "Jun-26" is June 2026 (a day is written
        # first in Hong Kong: "26-Jun"); "Jun 26" stays a question.
        (r"([a-z]{3,9})\.?['-](\d{2})", ("mon", "y", None)),
    ]
    for pattern, roles in patterns:
        match = re.fullmatch(pattern, folded)
        if not match:
            continue
        parts: dict[str, int] = {}
        for role, group in zip(roles, match.groups(), strict=False):
            if role is None:
                continue
            if role == "mon":
                if group not in _MONTHS:
                    return None
                parts["m"] = _MONTHS[group]
            else:
                parts[role] = int(group)
        year = parts["y"] + (2000 if parts["y"] < 100 else 0)
        month = parts["m"]
        if not 1 <= month <= 12:
            return None
        day = parts.get("d") or calendar.monthrange(year, month)[1]
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return None


def timestamp(value: Any, *, month_first: bool = False) -> dt.datetime | None:
    """A date and time, as stored (naive UTC): one with a zone (2025-02-01T09:37:00+08:00)
    is turned to UTC, one without is Hong Kong time (``office_time``). ``month_first`` as
    for ``date``."""
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time())
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if not _SERIALS[0] <= value <= _SERIALS[1]:  # (a student number in the wrong column)
            shown = str(int(value)) if float(value).is_integer() else str(value)
            raise BadValueError("bad_date", msg("{value} is not a date and time.", value=shown))
        moment = dt.datetime.combine(EXCEL_EPOCH, dt.time()) + dt.timedelta(days=float(value))
    else:
        text = clean_text(value)
        if text is None or not_given(text):
            return None
        try:
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            moment = _date_and_time_from_text(text, month_first)
    return to_stored(moment)


#: A time of day alone: "10:02", "10:02:11", "10:02 AM".
_TIME_OF_DAY = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s*m\.?)?",
                          re.IGNORECASE)


def check_in_time(value: Any, *, month_first: bool = False) -> dt.datetime | dt.time | None:
    """When someone checked in or joined: a date and time (``timestamp``), or a time of day
    alone (Google Meet's "Time joined": 10:02 AM, on the event's day)."""
    if isinstance(value, dt.time):
        return value
    if isinstance(value, float) and 0 < value < 1:  # a time cell: a fraction of a day
        return (dt.datetime.min + dt.timedelta(days=value)).time().replace(microsecond=0)
    text = clean_text(value) if isinstance(value, str) else None
    alone = _TIME_OF_DAY.fullmatch(text) if text else None
    if alone is None:
        return timestamp(value, month_first=month_first)
    hour, minute, second = int(alone.group(1)), int(alone.group(2)), int(alone.group(3) or 0)
    half = (alone.group(4) or "").casefold()
    if (half and not 1 <= hour <= 12) or hour > 23 or minute > 59 or second > 59:
        raise BadValueError("bad_date", _not_date_and_time(alone.group(0)))
    return dt.time(hour % 12 + (12 if half == "p" else 0) if half else hour, minute, second)


#: A time after a date, as forms and spreadsheets write it: "09:40", "9:40:12", "9:40 pm".
_TIME_AFTER_DATE = re.compile(r"(.*?)[\sT,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?",
                              re.IGNORECASE)


def _date_and_time_from_text(text: str, month_first: bool) -> dt.datetime:
    """"01/02/2025 09:40" (day first, as Hong Kong writes it), "1 Feb 2025 9:40 pm", or a
    date alone (midnight)."""
    timed = _TIME_AFTER_DATE.fullmatch(text)
    day = _date_from_text(timed.group(1) if timed else text, month_first=month_first)
    if day is None:
        raise BadValueError("bad_date", _not_date_and_time(text))
    if timed is None:
        return dt.datetime.combine(day, dt.time())
    hour, minute, second = int(timed.group(2)), int(timed.group(3)), int(timed.group(4) or 0)
    half = (timed.group(5) or "").casefold().replace(".", "")
    if half and not 1 <= hour <= 12:
        raise BadValueError("bad_date", _not_date_and_time(text))
    hour = hour % 12 + (12 if half == "pm" else 0) if half else hour
    try:
        return dt.datetime.combine(day, dt.time(hour, minute, second))
    except ValueError:
        raise BadValueError("bad_date", _not_date_and_time(text)) from None


def _not_date_and_time(text: str) -> Message:
    return msg("'{text}' is not a date and time.", text=text)
