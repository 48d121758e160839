"""A placement's phases laid end to end from its start date, by each phase's length."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from careerdesk.core.domain.dates import period_end


@dataclass(frozen=True)
class PhaseLength:
    name: str
    months: int | None = None
    weeks: int | None = None
    phase_id: int | None = None


@dataclass(frozen=True)
class PhaseDates:
    name: str
    start: dt.date
    end: dt.date
    phase_id: int | None = None


def lay_out_phases(start: dt.date, phases: Iterable[PhaseLength]) -> list[PhaseDates]:
    """Each phase starts the day after the one before ends: a 2-month internship from
    1 July ends 31 August, and the 24-month role after it runs 1 September to 31 August."""
    laid: list[PhaseDates] = []
    cursor = start
    for phase in phases:
        end = period_end(cursor, phase.months, phase.weeks)
        laid.append(PhaseDates(phase.name, cursor, end, phase.phase_id))
        cursor = end + dt.timedelta(days=1)
    return laid
