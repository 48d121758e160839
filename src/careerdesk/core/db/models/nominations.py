"""Nominations, every move along the nomination path, and placements."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from careerdesk.core.db.models.base import Base, Timestamps, choice_check, utcnow
from careerdesk.core.domain.choices import PlacementOutcome, PlacementStatus
from careerdesk.core.domain.statuses import ApplicationStatus, NominationStatus


class Nomination(Timestamps, Base):
    """A student put forward to a cohort (and track)."""

    __tablename__ = "nomination"
    __table_args__ = (
        UniqueConstraint("student_id", "cohort_id"),
        choice_check("status", NominationStatus),
    )
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id"), index=True)
    track_id: Mapped[int | None] = mapped_column(ForeignKey("track.id"))
    status: Mapped[str] = mapped_column(String(20), default=NominationStatus.DRAFT.value)
    rank: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL")
    )

    history: Mapped[list[StatusChange]] = relationship(
        back_populates="nomination", order_by="StatusChange.id", cascade="all, delete-orphan"
    )


class StatusChange(Base):
    """One move of a nomination or of a career-day application: from where, to where, who,
    when and why. (One history for both: the same moves are kept the same way.)"""

    __tablename__ = "status_change"
    __table_args__ = (
        choice_check("from_status", NominationStatus, also=ApplicationStatus),
        choice_check("to_status", NominationStatus, also=ApplicationStatus),
        CheckConstraint("(nomination_id IS NULL) <> (application_id IS NULL)",
                        name="of_one_thing"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    nomination_id: Mapped[int | None] = mapped_column(
        ForeignKey("nomination.id", ondelete="CASCADE"), index=True
    )
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)

    nomination: Mapped[Nomination | None] = relationship(back_populates="history")


class Placement(Timestamps, Base):
    """Where an accepted nomination, or an offer accepted at a career day, lands."""

    __tablename__ = "placement"
    __table_args__ = (
        choice_check("status", PlacementStatus),
        choice_check("outcome", PlacementOutcome),
        CheckConstraint("(nomination_id IS NULL) <> (application_id IS NULL)",
                        name="of_one_thing"),
    )
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    nomination_id: Mapped[int | None] = mapped_column(ForeignKey("nomination.id"), unique=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("application.id"),
                                                       unique=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    position_id: Mapped[int | None] = mapped_column(ForeignKey("position.id"))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=PlacementStatus.CONFIRMED.value)
    monthly_salary: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    outcome: Mapped[str | None] = mapped_column(String(20))
    outcome_note: Mapped[str | None] = mapped_column(Text)
    #: The import that recorded it (a list the programme sent back), for undoing it.
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"))

    phases: Mapped[list[PlacementPhase]] = relationship(
        back_populates="placement", order_by="PlacementPhase.start_date",
        cascade="all, delete-orphan",
    )


class PlacementPhase(Base):
    """A placement's dates in one phase of its cohort, and its host."""

    __tablename__ = "placement_phase"

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    phase_id: Mapped[int | None] = mapped_column(ForeignKey("phase.id"))
    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    #: Where this phase is spent, when not at the placement's organisation (TLT's first two
    #: months at HKSTP, then 24 at the partner company).
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))

    placement: Mapped[Placement] = relationship(back_populates="phases")
