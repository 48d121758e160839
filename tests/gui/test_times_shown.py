"""Times in the window: stored in UTC, shown in Hong Kong time."""

from __future__ import annotations

import datetime as dt

from careerdesk.gui.common.rows_model import display


def test_a_stored_time_is_shown_as_the_office_clock_reads_it() -> None:
    assert display(dt.datetime(2026, 3, 4, 23, 30)) == "2026-03-05 07:30"
    assert display(dt.date(2026, 3, 4)) == "2026-03-04"  # a day is a day
