"""records kept by hand: events, phases with their own host, rejected rows kept, notes repaired

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 18:00:00

Coordinators create events themselves: an event has a Chinese name, a starting time and a
theme (AI, microelectronics, life & health tech, fintech, other). A placement's phase can
be spent at a host of its own (TLT: two months at HKSTP, then the partner company). An
import keeps the rows it rejected, so the Imports page can save them again.

And a repair: submitting several nominations with an exception wrote every reason of the
batch into each nomination's history, so one student's history (and their student-record
PDF) named another student's failed rule. Each stored note keeps only the reasons that
are its own nomination's.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

THEMES = ("ai", "microelectronics", "life_health", "fintech", "other")


def upgrade() -> None:
    theme_check = " OR ".join(f"theme = '{theme}'" for theme in THEMES)
    with op.batch_alter_table("event") as batch_op:
        batch_op.add_column(sa.Column("name_zh", sa.String(200), nullable=True))
        batch_op.add_column(sa.Column("starts_at", sa.Time(), nullable=True))
        batch_op.add_column(sa.Column("theme", sa.String(20), server_default="other",
                                      nullable=False))
        batch_op.create_check_constraint("theme", theme_check)
    with op.batch_alter_table("placement_phase") as batch_op:
        batch_op.add_column(sa.Column("organisation_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_placement_phase_organisation_id_organisation"), "organisation",
            ["organisation_id"], ["id"])
    with op.batch_alter_table("import_batch") as batch_op:
        batch_op.add_column(sa.Column("rejected_rows", sa.JSON(), nullable=True))
    repair_exception_notes(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("import_batch") as batch_op:
        batch_op.drop_column("rejected_rows")
    with op.batch_alter_table("placement_phase") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_placement_phase_organisation_id_organisation"), type_="foreignkey")
        batch_op.drop_column("organisation_id")
    with op.batch_alter_table("event") as batch_op:
        batch_op.drop_constraint("theme", type_="check")
        batch_op.drop_column("theme")
        batch_op.drop_column("starts_at")
        batch_op.drop_column("name_zh")


# -- the repair ---------------------------------------------------------------------------------
#: "Exception: {override} ({reasons})" at the end of a note, as moves wrote it.
_EXCEPTION = re.compile(r"(?P<head>(?:^|.* )Exception: .*?) \((?P<reasons>.*)\)$", re.DOTALL)
#: Between two reasons: each is a sentence, ending with a full stop.
_BETWEEN_REASONS = re.compile(r"(?<=\.) +(?=\S)")
_STUDENT_REASON = re.compile(r"^(\S+) (?:fails the cohort's rules|cannot be checked against "
                             r"the cohort's rules): ")
_QUOTA_REASON = re.compile(r"^(.{1,200}?)'s quota in ")


def own_reasons(reasons: str, student_no: str, owners: set[str]) -> list[str]:
    """The reasons (as a move joined them) that speak of this nomination: those about its
    student, its cohort, and its own faculty's or university's quota (``owners``)."""
    kept = []
    for part in filter(None, (p.strip() for p in _BETWEEN_REASONS.split(reasons))):
        student = _STUDENT_REASON.match(part)
        quota = _QUOTA_REASON.match(part)
        if student and student.group(1) != student_no:
            continue
        if quota and not student and quota.group(1) not in owners:
            continue
        kept.append(part)
    return kept


def repaired_note(note: str, student_no: str, owners: set[str]) -> str:
    found = _EXCEPTION.match(note)
    if found is None:
        return note
    kept = own_reasons(found.group("reasons"), student_no, owners)
    return f"{found.group('head')} ({' '.join(kept)})" if kept else found.group("head")


def repair_exception_notes(connection: sa.Connection) -> int:
    """Repair every note that names an exception; returns how many changed."""
    rows = connection.execute(sa.text(
        "SELECT sc.id, sc.note, s.student_no, u.code, f.name_en "
        "FROM status_change sc JOIN nomination n ON sc.nomination_id = n.id "
        "JOIN student s ON n.student_id = s.id JOIN university u ON s.university_id = u.id "
        "LEFT JOIN faculty f ON s.faculty_id = f.id "
        "WHERE sc.note LIKE '%Exception: %'")).all()
    changed = 0
    for row_id, note, student_no, university, faculty in rows:
        better = repaired_note(note, student_no, {university, faculty or ""})
        if better != note:
            connection.execute(sa.text("UPDATE status_change SET note = :note WHERE id = :id"),
                               {"note": better, "id": row_id})
            changed += 1
    return changed
