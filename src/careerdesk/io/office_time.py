"""The office's clock: Hong Kong time (UTC+8; Hong Kong has kept no daylight saving since
1979).

CareerDesk stores times as naive UTC, the same on SQLite and PostgreSQL
(``core.db.models.base.utcnow``). People read and write Hong Kong time: a time in an
imported file that names no zone is Hong Kong time, and every stored time is shown as
Hong Kong time — in the window, on the command line and in the reports.
"""

from __future__ import annotations

import datetime as dt

HONG_KONG = dt.timezone(dt.timedelta(hours=8), "HKT")


def now() -> dt.datetime:
    """The office's clock now: Hong Kong time, naive (whatever the computer's zone)."""
    return dt.datetime.now(HONG_KONG).replace(tzinfo=None)


def to_stored(moment: dt.datetime) -> dt.datetime:
    """A time as read (Hong Kong time when it names no zone) as stored: naive UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=HONG_KONG)
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def shown(moment: dt.datetime) -> dt.datetime:
    """A stored time (naive UTC) as the office reads it: Hong Kong time, naive."""
    return _in_hong_kong(moment).replace(tzinfo=None)


def shown_with_zone(moment: dt.datetime) -> str:
    """A stored time for a script: ISO 8601 in Hong Kong time, its offset written
    (2026-11-24T12:00:00+08:00)."""
    return _in_hong_kong(moment).isoformat()


def _in_hong_kong(stored: dt.datetime) -> dt.datetime:
    return stored.replace(tzinfo=dt.UTC).astimezone(HONG_KONG)
