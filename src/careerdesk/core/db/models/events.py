"""Career days and workshops, and who registered and attended."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from careerdesk.core.db.models.base import Base, Timestamps, choice_check
from careerdesk.core.domain.choices import (
    AttendanceStatus,
    Channel,
    EventMode,
    OrganisationTheme,
)
from careerdesk.core.domain.statuses import ApplicationStatus

if TYPE_CHECKING:
    from careerdesk.core.db.models.nominations import StatusChange


class Event(Timestamps, Base):
    """A career day or workshop: when, where, how it is held (``mode``: its format) and its
    theme."""

    __tablename__ = "event"
    __table_args__ = (choice_check("mode", EventMode),
                      choice_check("theme", OrganisationTheme))
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str | None] = mapped_column(String(200))
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"))
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    starts_at: Mapped[dt.time | None] = mapped_column(Time)
    mode: Mapped[str] = mapped_column(String(20), default=EventMode.HYBRID.value)
    theme: Mapped[str] = mapped_column(String(20), default=OrganisationTheme.OTHER.value,
                                       server_default=OrganisationTheme.OTHER.value)
    venue: Mapped[str | None] = mapped_column(String(200))


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("event_id", "student_id"),
        choice_check("status", AttendanceStatus),
    )
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    registration_ref: Mapped[str | None] = mapped_column(String(60))
    registered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default=AttendanceStatus.REGISTERED.value)
    interests: Mapped[str | None] = mapped_column(String(300))
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL")
    )


class EventRole(Timestamps, Base):
    """A role a company offered at a career day: its title, field, openings and where it
    was offered (at the venue, online)."""

    __tablename__ = "event_role"
    __table_args__ = (
        UniqueConstraint("event_id", "organisation_id", "title"),
        choice_check("mode", Channel),
    )
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    #: what kind of work (software development, data analytics, …), as the organiser says
    field: Mapped[str | None] = mapped_column(String(120))
    openings: Mapped[int | None] = mapped_column(Integer)
    mode: Mapped[str | None] = mapped_column(String(10))
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"))


class Application(Timestamps, Base):
    """A student's application to a company (a role of it, when known) at a career day:
    where it was made, when, and how far it has got."""

    __tablename__ = "application"
    __table_args__ = (
        UniqueConstraint("event_id", "student_id", "organisation_id", "role_id"),
        choice_check("status", ApplicationStatus),
        choice_check("channel", Channel),
    )
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    role_id: Mapped[int | None] = mapped_column(ForeignKey("event_role.id"), index=True)
    channel: Mapped[str | None] = mapped_column(String(10))
    applied_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=ApplicationStatus.APPLIED.value)
    note: Mapped[str | None] = mapped_column(Text)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"))

    history: Mapped[list[StatusChange]] = relationship(
        order_by="StatusChange.id", cascade="all, delete-orphan")
