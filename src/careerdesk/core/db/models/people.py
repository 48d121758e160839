"""Universities, their aliases and faculties, and students."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from careerdesk.core.db.models.base import Base, Timestamps, choice_check
from careerdesk.core.domain.choices import AwardLevel, EmploymentStatus, GraduateOutcome
from careerdesk.io.values import masked_hkid


class University(Base):
    __tablename__ = "university"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str | None] = mapped_column(String(100))

    aliases: Mapped[list[UniversityAlias]] = relationship(
        back_populates="university", cascade="all, delete-orphan"
    )
    faculties: Mapped[list[Faculty]] = relationship(back_populates="university")


class UniversityAlias(Base):
    """A name people type for a university. ``key`` is the alias folded for comparison."""

    __tablename__ = "university_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    university_id: Mapped[int] = mapped_column(ForeignKey("university.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), unique=True)

    university: Mapped[University] = relationship(back_populates="aliases")


class Faculty(Base):
    __tablename__ = "faculty"
    __table_args__ = (UniqueConstraint("university_id", "name_en"),)
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    university_id: Mapped[int] = mapped_column(ForeignKey("university.id"))
    name_en: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str | None] = mapped_column(String(100))

    university: Mapped[University] = relationship(back_populates="faculties")


class Department(Base):
    """A department (or school) of a university and the faculty it belongs to: a list that
    names only the department gives its students the faculty too. Shipped for the six
    universities (``domain/departments``), editable. ``key`` is the name folded for
    comparison (``department_key``)."""

    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("university_id", "key"),)
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    university_id: Mapped[int] = mapped_column(ForeignKey("university.id", ondelete="CASCADE"))
    faculty_en: Mapped[str] = mapped_column(String(200))
    faculty_zh: Mapped[str | None] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str | None] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(200))


class Student(Timestamps, Base):
    """A student, identified by (university, student number)."""

    __tablename__ = "student"
    __table_args__ = (
        UniqueConstraint("university_id", "student_no"),
        choice_check("award_level", AwardLevel),
        choice_check("employment_status", EmploymentStatus),
        choice_check("outcome", GraduateOutcome),
    )
    __audited__ = True
    __audit_on_delete__ = ("university_id", "student_no")
    #: Columns the audit log keeps only masked (``audit``): an identity card number is never
    #: written in full anywhere but its own column.
    __masked__ = {"hkid": masked_hkid}

    id: Mapped[int] = mapped_column(primary_key=True)
    # No index of its own: the unique (university, number) index serves it.
    university_id: Mapped[int] = mapped_column(ForeignKey("university.id"))
    student_no: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str | None] = mapped_column(String(300), index=True)
    name_zh: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    phone: Mapped[str | None] = mapped_column(String(20))
    faculty_id: Mapped[int | None] = mapped_column(ForeignKey("faculty.id"), index=True)
    department: Mapped[str | None] = mapped_column(String(200))
    programme_of_study: Mapped[str | None] = mapped_column(String(200))
    award_level: Mapped[str | None] = mapped_column(String(20))
    year_of_study: Mapped[int | None] = mapped_column(Integer)
    graduation_date: Mapped[dt.date | None] = mapped_column(Date)
    graduated: Mapped[bool | None] = mapped_column(Boolean)
    hk_resident: Mapped[bool | None] = mapped_column(Boolean)
    employment_status: Mapped[str | None] = mapped_column(String(20))
    full_time_months: Mapped[int | None] = mapped_column(Integer)
    consent_to_share: Mapped[bool | None] = mapped_column(Boolean)
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    tags: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    #: A Hong Kong identity card number ("A123456(3)"), where the office collects them.
    hkid: Mapped[str | None] = mapped_column(String(12))
    #: after graduation: what the graduate is doing, since when known, told by whom
    outcome: Mapped[str | None] = mapped_column(String(30))
    outcome_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome_source: Mapped[str | None] = mapped_column(String(100))
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL")
    )

    university: Mapped[University] = relationship()
    faculty: Mapped[Faculty | None] = relationship()
