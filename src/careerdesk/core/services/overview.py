"""The figures the dashboard shows at a glance."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import Cohort, Event, Nomination, Organisation, Placement, Student
from careerdesk.core.domain.statuses import NominationStatus


@dataclass(frozen=True)
class Overview:
    students: int
    organisations: int
    cohorts: int
    events: int
    nominations: int
    placements: int
    nominations_by_status: dict[str, int]

    @property
    def is_empty(self) -> bool:
        return self.students == 0


def overview(session: Session) -> Overview:
    def count(column) -> int:
        return session.scalar(select(func.count(column))) or 0

    by_status = dict.fromkeys((status.value for status in NominationStatus), 0)
    for status, number in session.execute(
        select(Nomination.status, func.count(Nomination.id)).group_by(Nomination.status)
    ):
        by_status[status] = number
    return Overview(
        students=count(Student.id), organisations=count(Organisation.id),
        cohorts=count(Cohort.id), events=count(Event.id), nominations=sum(by_status.values()),
        placements=count(Placement.id), nominations_by_status=by_status,
    )
