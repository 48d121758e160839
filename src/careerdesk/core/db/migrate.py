"""Creating and upgrading the schema, only ever through the Alembic migrations shipped here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from careerdesk.core.errors import DatabaseError, DatabaseTooNewError
from careerdesk.messages import msg

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            with connection.begin():
                command.upgrade(_config(connection), revision)
            return
        # SQLite changes a table's constraints by copying it into a new table: while the
        # old one is dropped, the rows that refer to it must not be checked (or cascaded).
        # The switch only works outside a transaction; the references are checked at the end.
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()
        try:
            with connection.begin():
                # Python's sqlite3 would open its transaction only at the first INSERT and
                # commit every CREATE, DROP and ALTER before it at once: begin here, so a
                # failed upgrade leaves the whole database as it was.
                connection.exec_driver_sql("BEGIN")
                command.upgrade(_config(connection), revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise DatabaseError(
                        msg(
                            "Upgrading the database would leave a record in '{table}' pointing at "
                            "one that is not there; nothing was changed.", table=broken[0]),
                        code="database_upgrade_failed")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()


def ensure_current_schema(
    engine: Engine, backup_before_upgrade: Callable[[str], object] | None = None
) -> str | None:
    """Bring the database to this version's schema.

    An empty database gets the whole schema. An older one is upgraded after
    ``backup_before_upgrade(current_revision)`` has run. A newer one, or a database
    that is not CareerDesk's, is refused. Returns the revision found before.
    """
    found = current_revision(engine)
    head = head_revision()
    if found == head:
        return found
    if found is None:
        tables = set(inspect(engine).get_table_names())
        if tables:
            raise DatabaseError(
                msg(
                    "This database holds tables that are not CareerDesk's, so CareerDesk will not "
                    "change it."),
                code="database_foreign",
            )
    elif found not in known_revisions():
        raise DatabaseTooNewError(
            msg(
                "This database was written by a newer version of CareerDesk; install that version "
                "to open it."),
        )
    elif backup_before_upgrade is not None:
        backup_before_upgrade(found)
    upgrade(engine)
    return found
