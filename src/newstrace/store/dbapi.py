"""Plain SQL on either kind of connection the store uses, without importing SQLAlchemy."""
from __future__ import annotations

import sqlite3
from typing import Any


def dialect_of(conn: Any) -> str:
    return "sqlite" if isinstance(conn, sqlite3.Connection) else conn.dialect.name


def rows(conn: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Run ``sql`` on a sqlite3 or SQLAlchemy connection; rows as dicts in column order."""
    if isinstance(conn, sqlite3.Connection):
        cursor = conn.execute(sql, params)
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row)) for row in cursor]
    if conn.dialect.name == "postgresql":
        sql = sql.replace("?", "%s")
    return [dict(r._mapping) for r in conn.exec_driver_sql(sql, tuple(params))]
