"""audit names the machine: each change says which computer it was made on

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 22:20:00

Several coordinators share one database server: a change names the person and, now, the
computer (its network name), so an office can tell two "mandy"s apart and trace a change.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.add_column(sa.Column("machine", sa.String(100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.drop_column("machine")
