"""Databases as an earlier CareerDesk left them, for the upgrade tests."""

from __future__ import annotations

from sqlalchemy import text

from careerdesk.core.db import migrate
from careerdesk.core.db.engine import create_db_engine, resolve_url


def older_database(path_or_url: str, revision: str) -> None:
    """The schema at ``revision`` holding one student: CUHK 1155000001, CHAN Tai Man 陳大文."""
    engine = create_db_engine(resolve_url(path_or_url))
    try:
        migrate.upgrade(engine, revision)
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO university (code, name_en) VALUES ('CUHK', 'CUHK')"))
            connection.execute(text(
                "INSERT INTO student (university_id, student_no, name_en, name_zh, created_at, "
                "updated_at) SELECT id, '1155000001', 'CHAN Tai Man', '陳大文', "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM university WHERE code = 'CUHK'"))
    finally:
        engine.dispose()
