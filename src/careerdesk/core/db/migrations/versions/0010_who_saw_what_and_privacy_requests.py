"""who saw what, and privacy requests: the personal-data duties

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 00:30:00

Hong Kong's Personal Data (Privacy) Ordinance: an office answers a student's data access
(or correction) request within 40 days (``privacy_request``, its deadline on the Dashboard),
and can say who saw a student's data: a record viewed or printed, a report or an export with
the student in it (``disclosure``, its students in ``disclosed_student``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _any_of(column: str, values: list[str]) -> str:
    return " OR ".join(f"{column} = '{value}'" for value in values)


def upgrade() -> None:
    op.create_table(
        "disclosure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(100), nullable=False),
        sa.Column("machine", sa.String(100), nullable=True),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("what", sa.String(400), nullable=False),
        sa.Column("students", sa.Integer(), nullable=False),
        sa.CheckConstraint(_any_of("action", ["viewed", "printed", "exported",
                                              "access_request"]),
                           name=op.f("ck_disclosure_action")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure")),
    )
    op.create_index(op.f("ix_disclosure_at"), "disclosure", ["at"])
    op.create_table(
        "disclosed_student",
        sa.Column("disclosure_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["disclosure_id"], ["disclosure.id"], ondelete="CASCADE",
                                name=op.f("fk_disclosed_student_disclosure_id_disclosure")),
        sa.ForeignKeyConstraint(["student_id"], ["student.id"], ondelete="CASCADE",
                                name=op.f("fk_disclosed_student_student_id_student")),
        sa.PrimaryKeyConstraint("disclosure_id", "student_id",
                                name=op.f("pk_disclosed_student")),
    )
    op.create_index(op.f("ix_disclosed_student_student_id"), "disclosed_student",
                    ["student_id"])
    op.create_table(
        "privacy_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=True),
        sa.Column("university", sa.String(20), nullable=False),
        sa.Column("student_no", sa.String(40), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.String(100), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(_any_of("kind", ["access", "correction"]),
                           name=op.f("ck_privacy_request_kind")),
        sa.ForeignKeyConstraint(["student_id"], ["student.id"], ondelete="SET NULL",
                                name=op.f("fk_privacy_request_student_id_student")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_request")),
    )
    op.create_index(op.f("ix_privacy_request_student_id"), "privacy_request", ["student_id"])


def downgrade() -> None:
    op.drop_table("privacy_request")
    op.drop_table("disclosed_student")
    op.drop_table("disclosure")
