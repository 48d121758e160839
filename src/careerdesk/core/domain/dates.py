"""Calendar arithmetic the way contracts count it."""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def period_end(start: dt.date, months: int | None = None, weeks: int | None = None) -> dt.date:
    """The last day of a period that starts on ``start`` (inclusive): 1 Jul + 12 months → 30 Jun."""
    if months:
        return add_months(start, months) - dt.timedelta(days=1)
    if weeks:
        return start + dt.timedelta(weeks=weeks, days=-1)
    return start
