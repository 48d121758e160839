"""departments and the faculty each belongs to

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 03:00:00

A list that names only a department ("Department of Computing") gives its students the
department's faculty: ``department`` holds the six universities' departments and their
faculties (shipped as ``domain/departments``, editable). A database made before this gets
them here for the universities it holds; a new one gets them with its universities.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from careerdesk.core.domain.departments import department_key, shipped_departments

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    department = op.create_table(
        "department",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("university_id", sa.Integer(), nullable=False),
        sa.Column("faculty_en", sa.String(200), nullable=False),
        sa.Column("faculty_zh", sa.String(100), nullable=True),
        sa.Column("name_en", sa.String(200), nullable=False),
        sa.Column("name_zh", sa.String(100), nullable=True),
        sa.Column("key", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["university_id"], ["university.id"], ondelete="CASCADE",
                                name=op.f("fk_department_university_id_university")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department")),
        sa.UniqueConstraint("university_id", "key", name=op.f("uq_department_university_id_key")),
    )
    ids = dict(op.get_bind().execute(sa.text("SELECT code, id FROM university")).all())
    op.bulk_insert(department, [
        {"university_id": ids[code], "faculty_en": faculty, "faculty_zh": faculty_zh,
         "name_en": name, "name_zh": name_zh, "key": department_key(name)}
        for code, faculty, faculty_zh, name, name_zh in shipped_departments() if code in ids])


def downgrade() -> None:
    op.drop_table("department")
