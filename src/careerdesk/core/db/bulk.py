"""Inserting many rows at once, as fast as each backend allows.

On SQLite the INSERT is compiled once and the driver's ``executemany`` gets plain tuples,
converted by the columns' own SQLAlchemy bind processors (so dates, times and booleans
are stored exactly as the ORM stores them); this avoids SQLAlchemy's per-row parameter
work, which costs more than SQLite itself on a 100,000-row import. Other backends use a
Core insert, which SQLAlchemy batches into multi-row statements ("insertmanyvalues").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert

CHUNK = 5_000


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]],
                between_chunks: Callable[[], None] | None = None,
                columns: Sequence[str] | None = None) -> None:
    """Insert ``rows`` into ``table``: dicts with the same keys, or with any of ``columns``
    (a column a row does not name is NULL)."""
    if not rows:
        return
    keys = list(columns) if columns is not None else list(rows[0])
    if connection.dialect.name != "sqlite":
        for start in range(0, len(rows), CHUNK):
            if between_chunks:
                between_chunks()
            chunk = rows[start:start + CHUNK]
            if columns is not None:
                chunk = [{key: row.get(key) for key in keys} for row in chunk]
            connection.execute(insert(table), list(chunk))
        return
    compiled = insert(table).compile(dialect=connection.dialect, column_keys=keys)
    order = list(compiled.positiontup or ())
    processors = [table.c[key].type._cached_bind_processor(connection.dialect)  # noqa: SLF001
                  for key in order]
    converted = [(i, p) for i, p in enumerate(processors) if p is not None]
    sql = str(compiled)
    for start in range(0, len(rows), CHUNK):
        if between_chunks:
            between_chunks()
        batch = []
        last: dict[int, tuple[Any, Any]] = {}  # a column's previous value, converted
        for row in rows[start:start + CHUNK]:
            values = [row.get(key) for key in order]
            for i, process in converted:
                value = values[i]
                if value is None:
                    continue
                previous = last.get(i)
                if previous is not None and previous[0] is value:
                    values[i] = previous[1]  # the same object (a batch's timestamp): once
                else:
                    values[i] = process(value)
                    last[i] = (value, values[i])
            batch.append(tuple(values))
        connection.exec_driver_sql(sql, batch)
