"""Shared fixtures: real databases (SQLite files, and PostgreSQL when a server is configured).

Set ``CAREERDESK_TEST_POSTGRES_URL`` (e.g. ``postgresql+psycopg://postgres@127.0.0.1/postgres``)
to run every database test on PostgreSQL too; `.ci/run` starts such a server. Each test gets
a fresh database of its own on that server.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from careerdesk.core.db.database import Database
from careerdesk.core.services.demo import fill_demo_data

POSTGRES_URL = os.environ.get("CAREERDESK_TEST_POSTGRES_URL", "").strip()
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Nothing a test does lands in the real application-data folder."""
    home = tmp_path_factory.mktemp("careerdesk-home")
    monkeypatch.setenv("CAREERDESK_HOME", str(home))
    monkeypatch.setenv("CAREERDESK_USER", "tester")
    return home


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL for a new, empty database on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "careerdesk.sqlite3")
        return
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL tests skipped: set CAREERDESK_TEST_POSTGRES_URL to run them")
    yield from _fresh_postgres_database()


def _fresh_postgres_database() -> Iterator[str]:
    admin_url = make_url(POSTGRES_URL).set(drivername="postgresql+psycopg")
    name = f"careerdesk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = Database.open(database_url)
    yield db
    db.close()


@pytest.fixture(scope="session")
def demo_database_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with 300 demo students, made once; tests copy it before writing."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    os.environ.setdefault("CAREERDESK_HOME", str(tmp_path_factory.mktemp("demo-home")))
    db = Database.open(path)
    fill_demo_data(db, 300)
    db.close()
    return path


@pytest.fixture
def demo_database(demo_database_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo database, safe to change."""
    copy = tmp_path / "demo-copy.sqlite3"
    source = Database.open(demo_database_file)
    from careerdesk.core.db.backup import backup_sqlite

    backup_sqlite(source.engine, copy)
    source.close()
    db = Database.open(copy)
    yield db
    db.close()
