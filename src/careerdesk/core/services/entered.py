"""Numbers and dates typed into the editors' grids (places, quotas, months, start dates).

A value that is not what its column holds is refused in one sentence naming the column;
nothing typed is quietly read as 0 or left out.
"""

from __future__ import annotations

import datetime as dt

from careerdesk.core.errors import ConflictError
from careerdesk.io import dates
from careerdesk.io.values import BadValueError
from careerdesk.messages import msg


def whole_number(text: str, what: str, *, low: int = 0) -> int | None:
    """``text`` as a whole number ("50", "1,000"), None when empty."""
    written = text.strip().replace(",", "")
    if not written:
        return None
    if not written.lstrip("-").isdigit():
        raise ConflictError(msg("{what}: '{text}' is not a whole number.", what=what,
                                text=text.strip()), code="bad_number")
    value = int(written)
    if value < low:
        raise ConflictError(msg("{what}: {value} is less than {low}.", what=what, value=value,
                                low=low), code="bad_number")
    return value


def day(text: str, what: str) -> dt.date | None:
    """``text`` as a date, day first as Hong Kong writes it ("30/6/2026", "2026-06-30")."""
    if not text.strip():
        return None
    try:
        found = dates.date(text.strip())
    except BadValueError as problem:
        raise ConflictError(msg("{what}: {problem}", what=what, problem=problem.message),
                            code="bad_date") from None
    if found is None:
        raise ConflictError(msg("{what}: '{text}' is not a date.", what=what, text=text),
                            code="bad_date")
    return found
