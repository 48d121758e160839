"""identity card numbers, where the office collects them

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 03:10:00

HKID numbers stay uncollected by default; an office that turns them on (Settings → Personal
data) keeps them in ``student.hkid``, validated, shown masked everywhere but the student
form, never exported, and erased when collection is turned off.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("student") as batch_op:
        batch_op.add_column(sa.Column("hkid", sa.String(12), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("student") as batch_op:
        batch_op.drop_column("hkid")
