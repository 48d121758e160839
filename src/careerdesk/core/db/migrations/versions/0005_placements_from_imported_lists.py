"""placements recorded by an import

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 19:45:00

A list the programme sends back names where each accepted offer lands (company, position,
start date): the import records those placements, and undoing the import removes them, so
each placement keeps the import that recorded it; the import's record counts them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("placement") as batch_op:
        batch_op.add_column(sa.Column("import_batch_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_placement_import_batch_id_import_batch"), "import_batch",
            ["import_batch_id"], ["id"], ondelete="SET NULL")
    with op.batch_alter_table("import_batch") as batch_op:
        batch_op.add_column(
            sa.Column("placements", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("import_batch") as batch_op:
        batch_op.drop_column("placements")
    with op.batch_alter_table("placement") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_placement_import_batch_id_import_batch"), type_="foreignkey")
        batch_op.drop_column("import_batch_id")
