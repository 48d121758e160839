"""Which event a registration or attendance list is for: the one named (``--event``, the
window's choice), the cohort's own, the one its title names, or the one its check-in days,
registration numbers and dates point to. A list with only registration times (Zoom's
registration report) is an event's when its title names the event."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import Cohort, Event
from careerdesk.core.services.importing.errors import ImportFailedError
from careerdesk.core.services.importing.options import ImportOptions
from careerdesk.core.services.importing.reading import ParsedFile
from careerdesk.io import dates
from careerdesk.io.fields import Field
from careerdesk.io.office_time import shown
from careerdesk.io.parsed_sheet import ParsedSheet, Problem
from careerdesk.io.values import BadValueError, folded_words
from careerdesk.messages import msg


def event_for(session: Session, parsed: ParsedFile, options: ImportOptions,
              cohort: tuple[int, int | None] | None) -> int | None:
    """The event id the list's registrations are for; None for a list of no event."""
    if options.event:
        # The code as written, case aside: never a LIKE pattern ("%" is not every event).
        found = session.scalar(select(Event.id).where(
            func.upper(Event.code) == options.event.strip().upper()))
        if found is None:
            raise ImportFailedError(msg("There is no event '{event}'.", event=options.event),
                                    code="unknown_event")
        return found
    sheet = parsed.parsed
    registered = sheet.layout.column_for(Field.REGISTERED_AT) is not None
    if not (sheet.is_event_registration or registered or sheet.is_applications):
        return None
    if cohort is not None and sheet.is_event_registration:
        code = session.scalar(select(Cohort.code).where(Cohort.id == cohort[0]))
        found = session.scalar(select(Event.id).where(Event.code == code))
        if found is not None:
            return found
    events = session.execute(select(Event.id, Event.code, Event.name, Event.held_on)).all()
    named = _named_in(events, parsed.titles)
    if named is not None:
        return _named_event(sheet, named)
    if sheet.is_applications and not sheet.is_event_registration:
        raise ImportFailedError(msg(
            "{file} looks like a career day's applications list; say which event it is for "
            "(--event CODE, or choose it in the import window).", file=parsed.path.name),
            code="event_needed")
    if not sheet.is_event_registration:  # registration times alone, and no event named
        return None
    inferred = _infer_event(events, parsed)
    if inferred is not None:
        sheet.problems.insert(0, Problem(
            0, "", "event_inferred", msg(
                "The registrations were recorded for the event {event}, the one their "
                "registration numbers and dates point to.", event=inferred.code)))
        return inferred.id
    raise ImportFailedError(msg(
        "{file} looks like an event registration list; say which event it is for (--event "
        "CODE, or choose it in the import window).", file=parsed.path.name), code="event_needed")


def _read_the_other_way(sheet: ParsedSheet) -> set[dt.date]:
    """The days of the check-ins and joins written with numbers that could be read either
    way ("3/8/25"), read the other way round from how they were."""
    days: set[dt.date] = set()
    for field in (Field.CHECKED_IN_AT, Field.JOINED_AT):
        column = sheet.layout.column_for(field)
        if column is None:
            continue
        texts = {cells[column.index] for cells in sheet.raw if column.index < len(cells)}
        if dates.written_order(list(texts)) is not None:
            continue  # one of them can be read only one way: so were all
        for text in texts:
            for month_first in (False, True):
                with contextlib.suppress(BadValueError):
                    moment = dates.check_in_time(text, month_first=month_first)
                    if isinstance(moment, dt.datetime):
                        days.add(shown(moment).date())
    return days - sheet.attended_on


def _named_event(sheet: ParsedSheet, named: tuple[Row, str]) -> int:
    sheet.problems.insert(0, Problem(0, "", "event_named", msg(
        "The registrations were recorded for the event {event}, which the file's title "
        "names ('{title}').", event=named[0].code, title=named[1])))
    return named[0].id


def _named_in(events: Sequence[Row], titles: list[str]) -> tuple[Row, str] | None:
    """The one event whose whole name (its year too) or code the list's title, its sheet's
    name or its file's name holds ("AI in Action Career Day 2025 – Virtual Hall", an online
    meeting's title), and the text that names it."""
    found: dict[int, tuple[Row, str]] = {}
    for title in titles:
        words = f" {folded_words(title)} "
        for event in events:
            if any(f" {key} " in words for key in (folded_words(event.name or ""),
                                                     folded_words(event.code)) if key):
                found.setdefault(event.id, (event, title))
    return next(iter(found.values())) if len(found) == 1 else None


def _infer_event(events: Sequence[Row], parsed: ParsedFile) -> Row | None:
    """The event a registration list is for: one whose code starts like the registration
    numbers (AIA-00001 → AIA-…), held on a day its check-ins (or online joins) were made
    (read the other way round, if none is on the day as read: "3/8/25" from an American-set
    computer is 8 March), else held soon after the last registration."""
    sheet = parsed.parsed
    prefixes = {str(ref).split("-")[0].casefold()
                for ref in sheet.column(Field.REGISTRATION_REF) if ref}
    stored_last = max(filter(None, sheet.column(Field.REGISTERED_AT)), default=None)
    last = shown(stored_last) if stored_last else None  # the day in Hong Kong
    candidates = [e for e in events if e.code.split("-")[0].casefold() in prefixes] or (
        list(events) if not prefixes else [])
    on_the_day = [e for e in candidates if e.held_on in sheet.attended_on] or [
        e for e in candidates if e.held_on in _read_the_other_way(sheet)]
    if on_the_day:
        candidates = on_the_day
    elif last is not None:
        candidates = [e for e in candidates if e.held_on is not None and
                      last.date() <= e.held_on <= last.date() + dt.timedelta(days=180)]
        candidates.sort(key=lambda e: e.held_on)
        candidates = candidates[:1]
    return candidates[0] if len(candidates) == 1 else None
