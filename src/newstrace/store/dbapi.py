"""Plain SQL on either kind of connection the store uses, without importing SQLAlchemy."""
from __future__ import annotations

import sqlite3
from functools import cache
from typing import Any


def dialect_of(conn: Any) -> str:
    return "sqlite" if isinstance(conn, sqlite3.Connection) else conn.dialect.name


def driver_sql(conn: Any, sql: str) -> str:
    """``sql`` (qmark parameters) in the paramstyle of the connection's driver."""
    return sql.replace("?", "%s") if dialect_of(conn) == "postgresql" else sql


@cache
def _insert_sql(dialect: str, table: str, columns: tuple[str, ...]) -> str:
    mark = "%s" if dialect == "postgresql" else "?"
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join([mark] * len(columns))})"


def insert_rows(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert rows of plain values (no JSON, no defaults to apply; all with the same
    keys) into ``table`` (a SQLAlchemy Table) through a SQLAlchemy connection's driver:
    the children of an article are a hundred rows or more, and SQLAlchemy's processing
    of each row's parameters cost more CPU than the database's work on them."""
    columns = tuple(rows[0])
    conn.exec_driver_sql(_insert_sql(conn.dialect.name, table.name, columns),
                         [tuple(row[c] for c in columns) for row in rows])


class Rows(list[dict[str, Any]]):
    """Rows as dicts, with their column names even when there are none (a CSV header)."""

    columns: list[str] = []


def rows(conn: Any, sql: str, params: list[Any]) -> Rows:
    """Run ``sql`` on a sqlite3 or SQLAlchemy connection; rows as dicts in column order."""
    if isinstance(conn, sqlite3.Connection):
        cursor = conn.execute(sql, params)
        columns = [d[0] for d in cursor.description]
        out = Rows(dict(zip(columns, row)) for row in cursor)
    else:
        result = conn.exec_driver_sql(driver_sql(conn, sql), tuple(params))
        columns = list(result.keys())
        out = Rows(dict(r._mapping) for r in result)
    out.columns = columns
    return out
