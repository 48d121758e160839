"""career-day roles and applications: what came of a career day

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 23:50:00

A career day's companies offer roles (``event_role``); students apply to them at the venue
or online through HKSTP's Talent Pool (``application``), and each application moves along
its own path (applied → interviewed → offered → accepted) kept in the same history as a
nomination's moves (``status_change`` now belongs to a nomination or an application). An
accepted offer becomes a placement, so a placement now comes from a nomination or an
application. (On SQLite the two changed tables are rebuilt with their rows; CareerDesk takes
a backup before upgrading.)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_NOMINATION = ["draft", "nominated", "submitted", "shortlisted", "interviewed", "offered",
               "accepted", "placed", "completed", "ineligible", "withdrawn", "not_selected",
               "declined"]
_EITHER = [*_NOMINATION, "applied"]
_ONE_THING = "(nomination_id IS NULL) <> (application_id IS NULL)"


def _any_of(column: str, values: list[str]) -> str:
    return " OR ".join(f"{column} = '{value}'" for value in values)


def _stamps() -> list[sa.Column]:
    return [sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(),
                      nullable=False),
            sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(),
                      nullable=False)]


def upgrade() -> None:
    op.create_table(
        "event_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("field", sa.String(120), nullable=True),
        sa.Column("openings", sa.Integer(), nullable=True),
        sa.Column("mode", sa.String(10), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        *_stamps(),
        sa.CheckConstraint(_any_of("mode", ["onsite", "online"]), name=op.f("ck_event_role_mode")),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE",
                                name=op.f("fk_event_role_event_id_event")),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"],
                                name=op.f("fk_event_role_organisation_id_organisation")),
        sa.ForeignKeyConstraint(["import_batch_id"], ["import_batch.id"], ondelete="SET NULL",
                                name=op.f("fk_event_role_import_batch_id_import_batch")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_role")),
        sa.UniqueConstraint("event_id", "organisation_id", "title",
                            name=op.f("uq_event_role_event_id_organisation_id_title")),
    )
    op.create_index(op.f("ix_event_role_event_id"), "event_role", ["event_id"])
    op.create_index(op.f("ix_event_role_organisation_id"), "event_role", ["organisation_id"])
    op.create_table(
        "application",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(10), nullable=True),
        sa.Column("applied_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        *_stamps(),
        sa.CheckConstraint(_any_of("status", ["applied", "interviewed", "offered", "accepted",
                                              "declined", "not_selected", "withdrawn"]),
                           name=op.f("ck_application_status")),
        sa.CheckConstraint(_any_of("channel", ["onsite", "online"]),
                           name=op.f("ck_application_channel")),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE",
                                name=op.f("fk_application_event_id_event")),
        sa.ForeignKeyConstraint(["student_id"], ["student.id"],
                                name=op.f("fk_application_student_id_student")),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"],
                                name=op.f("fk_application_organisation_id_organisation")),
        sa.ForeignKeyConstraint(["role_id"], ["event_role.id"],
                                name=op.f("fk_application_role_id_event_role")),
        sa.ForeignKeyConstraint(["import_batch_id"], ["import_batch.id"], ondelete="SET NULL",
                                name=op.f("fk_application_import_batch_id_import_batch")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application")),
        sa.UniqueConstraint(
            "event_id", "student_id", "organisation_id", "role_id",
            name=op.f("uq_application_event_id_student_id_organisation_id_role_id")),
    )
    for column in ("event_id", "student_id", "organisation_id", "role_id"):
        op.create_index(op.f(f"ix_application_{column}"), "application", [column])
    with op.batch_alter_table("status_change") as batch_op:
        batch_op.alter_column("nomination_id", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column("application_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(op.f("fk_status_change_application_id_application"),
                                    "application", ["application_id"], ["id"],
                                    ondelete="CASCADE")
        batch_op.create_index(op.f("ix_status_change_application_id"), ["application_id"])
        for column in ("from_status", "to_status"):
            batch_op.drop_constraint(op.f(f"ck_status_change_{column}"), type_="check")
            batch_op.create_check_constraint(op.f(f"ck_status_change_{column}"),
                                             _any_of(column, _EITHER))
        batch_op.create_check_constraint(op.f("ck_status_change_of_one_thing"), _ONE_THING)
    with op.batch_alter_table("placement") as batch_op:
        batch_op.alter_column("nomination_id", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column("application_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(op.f("fk_placement_application_id_application"),
                                    "application", ["application_id"], ["id"])
        batch_op.create_unique_constraint(op.f("uq_placement_application_id"),
                                          ["application_id"])
        batch_op.create_check_constraint(op.f("ck_placement_of_one_thing"), _ONE_THING)
    with op.batch_alter_table("import_batch") as batch_op:
        batch_op.add_column(
            sa.Column("applications", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("import_batch") as batch_op:
        batch_op.drop_column("applications")
    op.execute("DELETE FROM placement WHERE application_id IS NOT NULL")
    with op.batch_alter_table("placement") as batch_op:
        batch_op.drop_constraint(op.f("ck_placement_of_one_thing"), type_="check")
        batch_op.drop_constraint(op.f("uq_placement_application_id"), type_="unique")
        batch_op.drop_constraint(op.f("fk_placement_application_id_application"),
                                 type_="foreignkey")
        batch_op.drop_column("application_id")
        batch_op.alter_column("nomination_id", existing_type=sa.Integer(), nullable=False)
    op.execute("DELETE FROM status_change WHERE application_id IS NOT NULL")
    with op.batch_alter_table("status_change") as batch_op:
        batch_op.drop_constraint(op.f("ck_status_change_of_one_thing"), type_="check")
        for column in ("from_status", "to_status"):
            batch_op.drop_constraint(op.f(f"ck_status_change_{column}"), type_="check")
            batch_op.create_check_constraint(op.f(f"ck_status_change_{column}"),
                                             _any_of(column, _NOMINATION))
        batch_op.drop_index(op.f("ix_status_change_application_id"))
        batch_op.drop_constraint(op.f("fk_status_change_application_id_application"),
                                 type_="foreignkey")
        batch_op.drop_column("application_id")
        batch_op.alter_column("nomination_id", existing_type=sa.Integer(), nullable=False)
    op.drop_table("application")
    op.drop_table("event_role")
