"""graduate outcomes: what each graduate is doing after graduation, when and from whom

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 21:40:00

A graduate's outcome (employed full-time or part-time, further study, service or
military, seeking, not seeking, unknown), the day it was known and its source (a survey,
the student, the employer): what the graduate outcomes report counts.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

OUTCOMES = ("employed_full_time", "employed_part_time", "further_study", "service_military",
            "seeking", "not_seeking", "unknown")


def upgrade() -> None:
    check = " OR ".join(f"outcome = '{outcome}'" for outcome in OUTCOMES)
    with op.batch_alter_table("student") as batch_op:
        batch_op.add_column(sa.Column("outcome", sa.String(30), nullable=True))
        batch_op.add_column(sa.Column("outcome_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("outcome_source", sa.String(100), nullable=True))
        batch_op.create_check_constraint("outcome", check)


def downgrade() -> None:
    with op.batch_alter_table("student") as batch_op:
        batch_op.drop_constraint("outcome", type_="check")
        batch_op.drop_column("outcome_source")
        batch_op.drop_column("outcome_on")
        batch_op.drop_column("outcome")
