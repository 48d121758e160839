"""Short lists for the window's pages: cohorts, organisations, import batches (events:
``services.events``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from careerdesk.core.db.models import (
    Cohort,
    ImportBatch,
    Nomination,
    Organisation,
    Placement,
    Position,
    Programme,
)


@dataclass(frozen=True, slots=True)
class CohortRow:
    """A cohort, or (``code`` None) a programme that has no cohort yet."""

    programme: str
    programme_code: str
    code: str | None
    name: str | None
    opens_on: dt.date | None
    closes_on: dt.date | None
    quota_total: int | None
    nominations: int
    placements: int


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    name_en: str
    name_zh: str | None
    theme: str
    science_park: bool
    partner: bool
    positions: int
    placements: int


@dataclass(frozen=True, slots=True)
class ImportBatchRow:
    id: int
    file_name: str
    imported_at: dt.datetime
    imported_by: str
    rows: int
    created: int
    updated: int
    unchanged: int
    rejected: int
    undone: bool
    nominations: int = 0
    attendances: int = 0
    placements: int = 0
    applications: int = 0  # a career day's, recorded or moved on
    #: Whether its rejected rows were kept (imports made since 0006), to be saved again.
    has_rejects: bool = False


def _counts(session: Session, key, counted) -> dict[int, int]:
    return dict(session.execute(select(key, func.count(counted)).group_by(key)).all())


def list_cohorts(session: Session) -> list[CohortRow]:
    """Every cohort by programme, and each programme without a cohort on a line of its own."""
    nominations = _counts(session, Nomination.cohort_id, Nomination.id)
    placements = dict(session.execute(
        select(Nomination.cohort_id, func.count(Placement.id))
        .join(Placement, Placement.nomination_id == Nomination.id)
        .group_by(Nomination.cohort_id)
    ).all())
    statement = (select(Programme.name_en, Programme.code, Cohort)
                 .outerjoin(Cohort, Cohort.programme_id == Programme.id)
                 .order_by(Programme.name_en, Cohort.year, Cohort.code))
    return [
        CohortRow(programme, code, c.code, c.name, c.opens_on, c.closes_on, c.quota_total,
                  nominations.get(c.id, 0), placements.get(c.id, 0)) if c is not None else
        CohortRow(programme, code, None, None, None, None, None, 0, 0)
        for programme, code, c in session.execute(statement)
    ]


def programme_codes(session: Session) -> list[str]:
    return list(session.scalars(select(Programme.code).order_by(Programme.code)))


def list_organisations(session: Session) -> list[OrganisationRow]:
    positions = _counts(session, Position.organisation_id, Position.id)
    placements = _counts(session, Placement.organisation_id, Placement.id)
    return [
        OrganisationRow(o.name_en, o.name_zh, o.theme, o.science_park, o.partner,
                        positions.get(o.id, 0), placements.get(o.id, 0))
        for o in session.scalars(select(Organisation).order_by(Organisation.name_en))
    ]


def list_import_batches(session: Session) -> list[ImportBatchRow]:
    return [
        ImportBatchRow(b.id, b.file_name, b.imported_at, b.imported_by, b.rows, b.created,
                       b.updated, b.unchanged, b.rejected, b.undone_at is not None,
                       b.nominations, b.attendances, b.placements, b.applications,
                       has_rejects)
        for b, has_rejects in session.execute(
            select(ImportBatch, ImportBatch.rejected_rows.is_not(None))
            .options(defer(ImportBatch.rejected_rows))
            .order_by(ImportBatch.id.desc()))
    ]


def rejected_rows_of(session: Session, batch: int) -> dict | None:
    """The rows import ``batch`` rejected, as kept (``importing.rejects.rejected_table``)."""
    return session.scalar(select(ImportBatch.rejected_rows).where(ImportBatch.id == batch))
