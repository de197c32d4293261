"""Plain SQL on either kind of connection the store uses, without importing SQLAlchemy."""
from __future__ import annotations

import sqlite3
from typing import Any


def dialect_of(conn: Any) -> str:
    return "sqlite" if isinstance(conn, sqlite3.Connection) else conn.dialect.name


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
        if conn.dialect.name == "postgresql":
            sql = sql.replace("?", "%s")
        result = conn.exec_driver_sql(sql, tuple(params))
        columns = list(result.keys())
        out = Rows(dict(r._mapping) for r in result)
    out.columns = columns
    return out
