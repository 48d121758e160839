"""Inserting many rows at once, as fast as each backend allows.

Rows are dicts; rows that name the same columns are inserted by one statement, and a
column a row does not name takes the column's default (NULL when it has none), exactly
as an ORM insert would. So an import's rows name only the values the file had: binding
NULLs costs the SQLite driver more than storing the values does.

On SQLite each statement is compiled once and the driver's ``executemany`` gets plain
tuples, converted by the columns' own SQLAlchemy bind processors (so dates, times and
booleans are stored exactly as the ORM stores them); this avoids SQLAlchemy's per-row
parameter work, which costs more than SQLite itself on a 100,000-row import. Other
backends use a Core insert, which SQLAlchemy batches into multi-row statements
("insertmanyvalues").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert

CHUNK = 5_000
#: Inserts of at least this many rows build a SQLite table's indexes afterwards.
BUILD_AFTER = 10_000
#: Values worth converting once per distinct value: a file's few graduation dates.
_CACHED_TYPES = (dt.date, dt.datetime)


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]],
                between_chunks: Callable[[], None] | None = None) -> None:
    """Insert ``rows`` into ``table``, ``CHUNK`` rows at a time (``between_chunks`` is
    called before each: a Cancel is heard there)."""
    sqlite = connection.dialect.name == "sqlite"
    statements: dict[tuple[str, ...], _SqliteInsert] = {}
    for start in range(0, len(rows), CHUNK):
        if between_chunks:
            between_chunks()
        for columns, members in _by_columns(rows[start:start + CHUNK]).items():
            if not sqlite:
                connection.execute(insert(table), members)
                continue
            statement = statements.get(columns)
            if statement is None:
                statement = statements[columns] = _SqliteInsert(connection, table, columns)
            connection.exec_driver_sql(statement.sql, statement.parameters(members))


def _by_columns(rows: Sequence[dict[str, Any]]) -> dict[tuple[str, ...], list[dict[str, Any]]]:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        columns = tuple(row)
        members = groups.get(columns)
        if members is None:
            groups[columns] = [row]
        else:
            members.append(row)
    return groups


class _SqliteInsert:
    """One INSERT for rows that name the same columns, and their values as driver tuples."""

    def __init__(self, connection: Connection, table: Table, columns: tuple[str, ...]) -> None:
        compiled = insert(table).compile(dialect=connection.dialect, column_keys=list(columns))
        self.sql = str(compiled)
        order = list(compiled.positiontup or ())
        # Columns SQLAlchemy adds because they have a Python-side default (created_at…).
        defaults = {key: _default_of(table, key) for key in order if key not in columns}
        pick = itemgetter(*order)
        if len(order) == 1:
            self._pick: Callable[[dict[str, Any]], tuple] = lambda row: (pick(row),)
        elif defaults:
            self._pick = lambda row: pick({**defaults, **row})
        else:
            self._pick = pick
        self._converters = []
        for position, key in enumerate(order):
            process = table.c[key].type._cached_bind_processor(connection.dialect)  # noqa: SLF001
            if process is not None:
                self._converters.append((position, process, {}))

    def parameters(self, rows: list[dict[str, Any]]) -> list[tuple]:
        pick = self._pick
        if not self._converters:
            return [pick(row) for row in rows]
        converted = []
        for row in rows:
            values = list(pick(row))
            for position, process, cache in self._converters:
                value = values[position]
                if value is None:
                    continue
                if value.__class__ in _CACHED_TYPES:
                    done = cache.get(value)
                    if done is None:
                        done = cache[value] = process(value)
                    values[position] = done
                else:
                    values[position] = process(value)
            converted.append(tuple(values))
        return converted


def _default_of(table: Table, key: str) -> Any:
    default = table.c[key].default
    if default is None:
        return None
    if default.is_callable:
        return default.arg(None)  # type: ignore[union-attr] # e.g. utcnow, once per statement
    return default.arg  # type: ignore[union-attr]


@contextmanager
def indexes_built_after(connection: Connection, table: Table, adding: int) -> Iterator[None]:
    """For a large insert into a SQLite table, its secondary indexes are dropped and built
    again afterwards: sorting 100,000 values once costs less than growing an index value by
    value. Only when the rows added are many (``BUILD_AFTER``) and at least as many as the
    table holds; unique indexes stay, so duplicates are refused as they arrive. All inside
    the caller's transaction (``Database.transaction``, begun before anything it does): if
    it rolls back, so do the drops. Not on a database server,
    where dropping an index would hold up everyone else using the table.
    """
    if connection.dialect.name != "sqlite" or adding < BUILD_AFTER:
        yield
        return
    held = connection.exec_driver_sql(f'SELECT count(*) FROM "{table.name}"').scalar() or 0
    indexes = [] if held > adding else connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'", (table.name,)).all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)
