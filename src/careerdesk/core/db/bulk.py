"""Inserting many rows at once, as fast as each backend allows.

Rows come as dicts (``insert_rows``) or a column at a time (``insert_columns``, for an
import's new students: no dict per row at all). Dict rows that name the same columns are
inserted by one statement, and a column a row does not name takes the column's default
(NULL when it has none), exactly as an ORM insert would.

On SQLite each statement is compiled once and the driver's ``executemany`` gets plain
tuples, converted a column at a time by the columns' own SQLAlchemy bind processors (so
dates, times and booleans are stored exactly as the ORM stores them); this avoids
SQLAlchemy's per-row parameter work, which costs more than SQLite itself on a
100,000-row import. Other backends use a Core insert, which SQLAlchemy batches into
multi-row statements ("insertmanyvalues").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Connection, Table, insert
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault

CHUNK = 5_000
#: Inserts of at least this many rows build a SQLite table's indexes afterwards.
BUILD_AFTER = 10_000


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]],
                between_chunks: Callable[[], None] | None = None) -> None:
    """Insert ``rows`` into ``table``, ``CHUNK`` rows at a time (``between_chunks`` is
    called before each: a Cancel is heard there)."""
    statements: dict[tuple[str, ...], _SqliteInsert] = {}
    for start in range(0, len(rows), CHUNK):
        if between_chunks:
            between_chunks()
        for columns, members in _by_columns(rows[start:start + CHUNK]).items():
            if connection.dialect.name != "sqlite":
                connection.execute(insert(table), members)
                continue
            _insert_sqlite(connection, table, _as_columns(columns, members), statements)


def insert_columns(connection: Connection, table: Table, columns: Mapping[str, Sequence[Any]],
                   between_chunks: Callable[[], None] | None = None) -> None:
    """Insert rows given a column at a time: ``columns`` maps each column's name to its
    values, all of one length (None stores NULL). An import gathers its new students so,
    never building a dict per student; ``between_chunks`` as for ``insert_rows``."""
    count = len(next(iter(columns.values()), ()))
    statements: dict[tuple[str, ...], _SqliteInsert] = {}
    for start in range(0, count, CHUNK):
        if between_chunks:
            between_chunks()
        chunk = {name: values[start:start + CHUNK] for name, values in columns.items()}
        if connection.dialect.name == "sqlite":
            _insert_sqlite(connection, table, chunk, statements)
        else:
            names = list(chunk)
            connection.execute(insert(table), [dict(zip(names, row, strict=True))
                                               for row in zip(*chunk.values(), strict=True)])


def in_chunks(items: Iterable[Any], size: int = 500) -> list[list[Any]]:
    """``items`` in lists of at most ``size``: each one ``IN (…)`` list a statement can take
    on every backend (SQLite allows a limited number of bound values)."""
    items = list(items)
    return [items[start:start + size] for start in range(0, len(items), size)]


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


def _as_columns(columns: tuple[str, ...], rows: list[dict[str, Any]]
                ) -> dict[str, Sequence[Any]]:
    pick = itemgetter(*columns)
    if len(columns) == 1:
        return {columns[0]: list(map(pick, rows))}
    return dict(zip(columns, zip(*map(pick, rows), strict=True), strict=True))


def _insert_sqlite(connection: Connection, table: Table, columns: dict[str, Sequence[Any]],
                   statements: dict[tuple[str, ...], _SqliteInsert]) -> None:
    key = tuple(columns)
    statement = statements.get(key)
    if statement is None:
        statement = statements[key] = _SqliteInsert(connection, table, key)
    connection.exec_driver_sql(statement.sql, statement.parameters(columns))


class _SqliteInsert:
    """One INSERT naming the same columns, and its values as driver tuples."""

    def __init__(self, connection: Connection, table: Table, columns: tuple[str, ...]) -> None:
        compiled = insert(table).compile(dialect=connection.dialect, column_keys=list(columns))
        self.sql = str(compiled)
        self._order = list(compiled.positiontup or ())
        # Columns SQLAlchemy adds because they have a Python-side default (created_at…).
        self._defaults = {key: _default_of(table, key) for key in self._order
                          if key not in columns}
        self._converters = {key: process for key in self._order
                            if (process := table.c[key].type._cached_bind_processor(  # noqa: SLF001
                                connection.dialect)) is not None}

    def parameters(self, columns: dict[str, Sequence[Any]]) -> list[tuple]:
        """The rows as tuples in the statement's order, each column converted at once."""
        count = len(next(iter(columns.values())))
        ordered = []
        for key in self._order:
            values = columns[key] if key in columns else [self._defaults[key]] * count
            process = self._converters.get(key)
            ordered.append(values if process is None else _converted(values, process))
        return list(zip(*ordered, strict=True))


def _converted(values: Sequence[Any], process: Callable[[Any], Any]) -> list[Any]:
    """``process`` applied to each distinct value once (a file's few graduation dates; a
    column of True and False), None left as None. Only where every value is of one
    hashable type: True and 1 are the same key in a dict, and a JSON column's dicts are
    no key at all."""
    kinds = set(map(type, values)) - {type(None)}
    if len(kinds) == 1 and kinds.pop().__hash__ is not None:
        done = {value: process(value) for value in set(values) if value is not None}
        return list(map(done.get, values))
    return [None if value is None else process(value) for value in values]


def _default_of(table: Table, key: str) -> Any:
    default = table.c[key].default
    if default is None:
        return None
    if isinstance(default, CallableColumnDefault):
        return cast(Any, default.arg)(None)  # e.g. utcnow, once per statement
    if isinstance(default, ScalarElementColumnDefault):
        return default.arg
    return None


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
