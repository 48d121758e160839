"""Settings the office keeps in its database, and remembered import column mappings.

Added by the second migration, so the migration test has real data to carry forward.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from careerdesk.core.db.models.base import Base, utcnow


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class ImportMapping(Base):
    """A column mapping a coordinator confirmed, offered again for files with the same headers."""

    __tablename__ = "import_mapping"

    headers_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    headers: Mapped[list[str]] = mapped_column(JSON)
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
