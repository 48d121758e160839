"""The declarative base, naming conventions and small column helpers shared by all models."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import cast

from sqlalchemy import CheckConstraint, DateTime, MetaData, Table, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints let Alembic's batch mode rebuild SQLite tables reliably.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """A model's table, typed as the ``Table`` it is (SQLAlchemy types ``__table__`` as any
    ``FromClause``): for the bulk paths' Core statements."""
    return cast(Table, model.__table__)


def utcnow() -> dt.datetime:
    """Timestamps are stored as naive UTC on every backend."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, server_default=func.current_timestamp()
    )


def choice_check(column: str, enum: type[StrEnum], name: str | None = None,
                 also: type[StrEnum] | None = None) -> CheckConstraint:
    """A CHECK constraint keeping ``column`` inside ``enum``'s values, and ``also``'s
    (a status change is a nomination's or an application's; NULL allowed).

    Written as ``column = 'a' OR column = 'b' …``, not ``IN ('a', 'b', …)``: SQLite builds
    an IN list's lookup table again for every row a statement inserts, which made bulk
    inserts (an import, the demo) about twice as slow. Both mean the same on every backend.
    """
    values = dict.fromkeys([*enum, *(also or ())])
    allowed = " OR ".join(f"{column} = '{member.value}'" for member in values)
    return CheckConstraint(allowed, name=name or column)
