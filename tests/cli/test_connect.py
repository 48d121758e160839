"""`careerdesk connect`: this computer joins the office's PostgreSQL server, the password
asked for and kept in the keyring (never in the address, a file or the command line), the
schema made, every later command using the server; and the address's rules in-process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from sqlalchemy.engine import make_url

from careerdesk.core.db import credentials
from careerdesk.core.db.revision import SCHEMA_REVISION
from careerdesk.core.errors import DatabaseError
from tests.cli.test_cli import assert_plain_failure, careerdesk
from tests.conftest import POSTGRES_URL, _fresh_postgres_database
from tests.file_keyring import FileKeyring


def _run(home: Path, *args: str, password: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CAREERDESK_HOME": str(home), "PYTHONIOENCODING": "utf-8",
           "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring"}
    return subprocess.run([sys.executable, "-m", "careerdesk", *args], input=password + "\n",
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=300, cwd=Path(__file__).resolve().parents[2])


@pytest.mark.postgres
@pytest.mark.skipif(not POSTGRES_URL, reason="PostgreSQL tests skipped: set "
                                             "CAREERDESK_TEST_POSTGRES_URL to run them")
def test_connecting_to_the_office_server_keeps_the_password_in_the_keyring(
        home: Path) -> None:
    for url in _fresh_postgres_database():
        address = make_url(url).set(password=None).render_as_string(hide_password=False)
        joined = _run(home, "connect", address, password="s3cret word")
        assert joined.returncode == 0, joined.stderr
        assert f"schema {SCHEMA_REVISION}" in joined.stdout
        assert "kept in this computer's keyring" in joined.stdout
        saved = (home / "server.url").read_text(encoding="utf-8")
        assert "s3cret" not in saved and make_url(saved.strip()).database == make_url(
            url).database
        kept = json.loads((home / "test-keyring.json").read_text(encoding="utf-8"))
        assert list(kept.values()) == ["s3cret word"]
        listed = _run(home, "students", "list")  # no --db: the server
        assert listed.returncode == 0 and "0 students" in listed.stdout
        assert _run(home, "connect", "--forget").returncode == 0
        assert not (home / "server.url").exists()


def test_the_address_never_carries_the_password(home: Path) -> None:
    said = assert_plain_failure(careerdesk(
        "connect", "postgresql+psycopg://careerdesk:secret@db-server/careerdesk", home=home))
    assert "Leave the password out of the address" in said
    assert "is not one" in assert_plain_failure(careerdesk("connect", "sqlite:///x.db",
                                                           home=home))


@pytest.fixture
def test_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield
    keyring.set_keyring(before)


def test_a_kept_password_is_used_and_a_remote_server_asked_for_encryption(
        test_keyring: object) -> None:
    office = make_url("postgresql+psycopg://careerdesk@db-server:5432/careerdesk")
    credentials.remember_password(office, "kept")
    used = credentials.with_password(office)
    assert (used.password, used.query.get("sslmode")) == ("kept", "require")
    local = credentials.with_password(make_url("postgresql+psycopg://me@127.0.0.1/office"))
    assert "sslmode" not in local.query
    chosen = credentials.with_password(office.update_query_dict({"sslmode": "verify-full"}))
    assert chosen.query["sslmode"] == "verify-full"
    keyring.set_keyring(NoKeyring())
    with pytest.raises(DatabaseError, match="no keyring to keep the password in"):
        credentials.remember_password(office, "kept")
    assert credentials.with_password(office).password is None
