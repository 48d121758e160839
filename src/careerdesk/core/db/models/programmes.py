"""Programmes, their cohorts (intakes), tracks, phases, quotas and eligibility rules."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from careerdesk.core.db.models.base import Base, Timestamps, choice_check
from careerdesk.core.domain.choices import ProgrammeKind, RuleKind


class Programme(Timestamps, Base):
    __tablename__ = "programme"
    __table_args__ = (choice_check("kind", ProgrammeKind),)
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(Text)

    cohorts: Mapped[list[Cohort]] = relationship(back_populates="programme")


class Cohort(Timestamps, Base):
    """One intake of a programme, with its own window, quotas and rules."""

    __tablename__ = "cohort"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer)
    opens_on: Mapped[dt.date | None] = mapped_column(Date)
    closes_on: Mapped[dt.date | None] = mapped_column(Date)
    quota_total: Mapped[int | None] = mapped_column(Integer)

    programme: Mapped[Programme] = relationship(back_populates="cohorts")
    tracks: Mapped[list[Track]] = relationship(back_populates="cohort", order_by="Track.id")
    phases: Mapped[list[Phase]] = relationship(back_populates="cohort", order_by="Phase.seq")
    quotas: Mapped[list[Quota]] = relationship(back_populates="cohort")
    rules: Mapped[list[EligibilityRule]] = relationship(
        back_populates="cohort", order_by="EligibilityRule.seq"
    )


class Track(Base):
    __tablename__ = "track"
    __table_args__ = (UniqueConstraint("cohort_id", "code"),)
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    places: Mapped[int | None] = mapped_column(Integer)

    cohort: Mapped[Cohort] = relationship(back_populates="tracks")


class Phase(Base):
    """A stage of a cohort (training, traineeship, internship, R&D role) with its length."""

    __tablename__ = "phase"
    __table_args__ = (UniqueConstraint("cohort_id", "seq"),)
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    duration_months: Mapped[int | None] = mapped_column(Integer)
    duration_weeks: Mapped[int | None] = mapped_column(Integer)

    cohort: Mapped[Cohort] = relationship(back_populates="phases")


class Quota(Base):
    """Places for a cohort: for one university, one faculty, or (both empty) in total."""

    __tablename__ = "quota"
    __table_args__ = (UniqueConstraint("cohort_id", "university_id", "faculty_id"),)
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"))
    university_id: Mapped[int | None] = mapped_column(ForeignKey("university.id"))
    faculty_id: Mapped[int | None] = mapped_column(ForeignKey("faculty.id"))
    places: Mapped[int] = mapped_column(Integer)

    cohort: Mapped[Cohort] = relationship(back_populates="quotas")


class EligibilityRule(Base):
    """One rule of a cohort, stored as data: a kind and its parameters (JSON)."""

    __tablename__ = "eligibility_rule"
    __table_args__ = (choice_check("kind", RuleKind),)
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(40))
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    description: Mapped[str | None] = mapped_column(String(300))

    cohort: Mapped[Cohort] = relationship(back_populates="rules")
