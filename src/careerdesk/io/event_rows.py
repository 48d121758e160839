"""Who came to an event, as a list's columns say it: a check-in, its time, an online
meeting's join time, an "Attended" yes or no and the kind of ticket, read together into one
attendance per row; and the rows of those who ran an online meeting, no students. Column at
a time, as ``nominee_rows`` works (its parse calls these)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from careerdesk.io.event_words import ATTENDED, ATTENDEE, CANCELLED
from careerdesk.io.fields import Field
from careerdesk.io.office_time import shown
from careerdesk.io.parsed_sheet import Columns
from careerdesk.messages import Message, msg


def attendance_from_check_in(columns: Columns) -> frozenset[dt.date]:
    """A ticketing site's export says who checked in rather than how they attended: a
    check-in is attending as the Attendance column says, else as the ticket's name says
    ("Virtual Pass"), else on site; no check-in is a no-show, and "Attending" is still only
    registered. (A ticket alone says how someone meant to come, not that they came.) A
    check-in time is a check-in (``_checked_in_by_time``). An online meeting's report
    (Zoom, Teams) says who joined and when: a join time is a check-in, virtually. An
    "Attended" column's yes (``ATTENDED``) is a check-in too. Returns the days (in Hong
    Kong) of the check-ins and joins."""
    checks = columns.pop(Field.CHECKED_IN, None)
    times = columns.pop(Field.CHECKED_IN_AT, None)
    joins = columns.pop(Field.JOINED_AT, None)
    tickets = columns.pop(Field.TICKET_TYPE, None)
    days = frozenset(shown(moment).date() for moment in set((times or []) + (joins or []))
                     if isinstance(moment, dt.datetime))  # (not a time of day alone)
    came = "virtual" if joins is not None and times is None else "on_site"
    if checks is None and (times is not None or joins is not None):
        checks = _checked_in_by_time(times if times is not None else joins or [])
    modes = columns.get(Field.ATTENDANCE)
    if checks is None and (modes is None or ATTENDED not in modes):
        return days
    count = len(checks if checks is not None else modes)  # type: ignore[arg-type]
    modes = modes or [None] * count
    checks = [True if mode == ATTENDED else checked  # (as the list says in so many words)
              for checked, mode in zip(checks or [None] * count, modes, strict=True)]
    modes = [None if mode == ATTENDED else mode for mode in modes]
    if tickets is not None:
        modes = [mode if mode in ("on_site", "virtual") else ticket or mode
                 for mode, ticket in zip(modes, tickets, strict=True)]
    columns[Field.ATTENDANCE] = [_attendance_with_check_in(checked, mode, came)
                                 for checked, mode in zip(checks, modes, strict=True)]
    return days


def running_the_meeting(columns: Columns) -> dict[int, Message]:
    """The rows of those who ran an online meeting (its organiser, a presenter), by their
    role in it: no students."""
    roles = columns.pop(Field.MEETING_ROLE, None)
    if roles is None:
        return {}
    names = columns.get(Field.NAME_EN) or columns.get(Field.EMAIL) or [None] * len(roles)
    return {number: msg("{name} is the meeting's {role}, not a student; the row was not "
                        "imported.", name=name or "?", role=role)
            for number, (role, name) in enumerate(zip(roles, names, strict=True))
            if role not in (None, ATTENDEE)}


def _checked_in_by_time(times: list[Any]) -> list[bool | None]:
    """A check-in time column: a time is a check-in; a blank, once anyone has checked in,
    is a no-show; a column blank throughout was exported before the event (registered)."""
    if all(time is None for time in times):
        return [None] * len(times)
    return [time is not None for time in times]


def _attendance_with_check_in(checked: bool | str | None, mode: str | None, came: str
                              ) -> str:
    """``came``: how someone who came came, when nothing says (on site; virtually in an
    online meeting's report). A cancelled registration stays cancelled."""
    if CANCELLED in (checked, mode):
        return CANCELLED
    if checked:
        return mode if mode in ("on_site", "virtual") else came
    if checked is False:
        return "no_show"
    return mode if mode in ("registered", "no_show") else "registered"
