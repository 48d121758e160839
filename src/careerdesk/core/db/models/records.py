"""The office's own records: import batches, the audit log and settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from careerdesk.core.db.models.base import Base, choice_check, utcnow
from careerdesk.core.domain.choices import AuditAction, DisclosureAction, PrivacyRequestKind


class ImportBatch(Base):
    """One import of a file: what, who, when and how many rows went where."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(400))
    file_sha256: Mapped[str] = mapped_column(String(64))
    sheet: Mapped[str | None] = mapped_column(String(200))
    imported_by: Mapped[str] = mapped_column(String(100))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    rows: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    nominations: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    attendances: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    placements: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    applications: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str | None] = mapped_column(String(100))
    #: The rows it rejected, as the file had them, with their problems: saved again to a
    #: workbook from the Imports page (``services.importing.rejects``).
    rejected_rows: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class AuditEntry(Base):
    """One change to the records: who, when, which row, and each field's old and new value."""

    __tablename__ = "audit_log"
    __table_args__ = (choice_check("action", AuditAction),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    changed_by: Mapped[str] = mapped_column(String(100))
    #: the computer it was made on (its network name): offices share one server
    machine: Mapped[str | None] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(10))
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    summary: Mapped[str | None] = mapped_column(Text)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL")
    )


class ImportChange(Base):
    """What an import changed in a row it did not create: each field's value before and
    after, so the import can be undone as long as nobody has changed the row since."""

    __tablename__ = "import_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    import_batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True
    )
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[int] = mapped_column(Integer)
    before: Mapped[dict[str, Any]] = mapped_column(JSON)
    after: Mapped[dict[str, Any]] = mapped_column(JSON)


class Disclosure(Base):
    """Who saw what: a student record viewed or printed, a report or an export with
    students in it, an access request answered; its students in ``DisclosedStudent``."""

    __tablename__ = "disclosure"
    __table_args__ = (choice_check("action", DisclosureAction),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    by: Mapped[str] = mapped_column(String(100))
    machine: Mapped[str | None] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))
    #: what was seen, in words ("Placement report — TF-2025", "export to students.xlsx")
    what: Mapped[str] = mapped_column(String(400))
    students: Mapped[int] = mapped_column(Integer, default=0)


class DisclosedStudent(Base):
    __tablename__ = "disclosed_student"

    disclosure_id: Mapped[int] = mapped_column(
        ForeignKey("disclosure.id", ondelete="CASCADE"), primary_key=True)
    student_id: Mapped[int] = mapped_column(
        ForeignKey("student.id", ondelete="CASCADE"), primary_key=True, index=True)


class PrivacyRequest(Base):
    """A student's request under the Personal Data (Privacy) Ordinance to see (access) or
    correct their data: answered within 40 days."""

    __tablename__ = "privacy_request"
    __table_args__ = (choice_check("kind", PrivacyRequestKind),)
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    student_id: Mapped[int | None] = mapped_column(
        ForeignKey("student.id", ondelete="SET NULL"), index=True)
    #: who asked, as the student is known (kept if the student is later deleted)
    university: Mapped[str] = mapped_column(String(20))
    student_no: Mapped[str] = mapped_column(String(40))
    received_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
