"""choice checks without IN lists; no separate index on student.university_id

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 23:15:00

SQLite builds the lookup table of a CHECK's ``IN ('a', 'b', …)`` list again for every row
a statement inserts: on a 100,000-row import that was half the time SQLite spent. The same
conditions written with OR cost nothing. ``ix_student_university_id`` only repeated the
first column of the unique (university, student number) index. (On SQLite each table is
rebuilt with its rows; CareerDesk takes a backup before upgrading.)
"""

from __future__ import annotations

from collections.abc import Callable

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_STATUSES = ["draft", "nominated", "submitted", "shortlisted", "interviewed", "offered",
             "accepted", "placed", "completed", "ineligible", "withdrawn", "not_selected",
             "declined"]
#: table → its choice columns and their allowed values, as revision 0001 created them.
CHOICES: dict[str, list[tuple[str, list[str]]]] = {
    "organisation": [("theme", ["ai", "microelectronics", "life_health", "fintech", "other"])],
    "programme": [("kind", ["talent_programme", "career_day", "internship"])],
    "audit_log": [("action", ["insert", "update", "delete", "bulk"])],
    "event": [("mode", ["on_site", "virtual", "hybrid"])],
    "eligibility_rule": [("kind", ["award_levels", "hk_resident", "unemployed",
                                   "max_full_time_months", "graduation_between", "universities",
                                   "faculties", "min_year_of_study", "consent"])],
    "student": [("award_level", ["sub_degree", "bachelor", "master", "doctorate"]),
                ("employment_status", ["unemployed", "employed", "studying"])],
    "attendance": [("status", ["registered", "on_site", "virtual", "no_show"])],
    "nomination": [("status", _STATUSES)],
    "placement": [("outcome", ["full_time_offer", "further_study", "other"]),
                  ("status", ["confirmed", "started", "completed", "ended_early"])],
    "status_change": [("from_status", _STATUSES), ("to_status", _STATUSES)],
}


def _any_of(column: str, values: list[str]) -> str:
    return " OR ".join(f"{column} = '{value}'" for value in values)


def _in_list(column: str, values: list[str]) -> str:
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


def _rewrite_checks(condition: Callable[[str, list[str]], str]) -> None:
    for table, choices in CHOICES.items():
        with op.batch_alter_table(table) as batch_op:
            for column, values in choices:
                name = op.f(f"ck_{table}_{column}")
                batch_op.drop_constraint(name, type_="check")
                batch_op.create_check_constraint(name, condition(column, values))


def upgrade() -> None:
    with op.batch_alter_table("student") as batch_op:
        batch_op.drop_index(op.f("ix_student_university_id"))
    _rewrite_checks(_any_of)


def downgrade() -> None:
    _rewrite_checks(_in_list)
    with op.batch_alter_table("student") as batch_op:
        batch_op.create_index(op.f("ix_student_university_id"), ["university_id"])
