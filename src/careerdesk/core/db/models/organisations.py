"""Host companies and partners, their contacts and their open positions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from careerdesk.core.db.models.base import Base, Timestamps, choice_check
from careerdesk.core.domain.choices import OrganisationTheme


class Organisation(Timestamps, Base):
    __tablename__ = "organisation"
    __table_args__ = (choice_check("theme", OrganisationTheme),)
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(300), unique=True)
    name_zh: Mapped[str | None] = mapped_column(String(200))
    theme: Mapped[str] = mapped_column(String(20), default=OrganisationTheme.OTHER.value)
    science_park: Mapped[bool] = mapped_column(Boolean, default=False)
    partner: Mapped[bool] = mapped_column(Boolean, default=False)
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan"
    )


class Contact(Base):
    __tablename__ = "contact"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(20))

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")


class Position(Timestamps, Base):
    """An opening at an organisation, for a cohort and track when it belongs to a programme."""

    __tablename__ = "position"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohort.id"), index=True)
    track_id: Mapped[int | None] = mapped_column(ForeignKey("track.id"))
    title: Mapped[str] = mapped_column(String(200))
    places: Mapped[int] = mapped_column(Integer, default=1)
    duration_months: Mapped[int | None] = mapped_column(Integer)
    start_date: Mapped[dt.date | None] = mapped_column(Date)

    organisation: Mapped[Organisation] = relationship()
