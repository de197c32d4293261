"""The corpus store: records in SQLite (default) or PostgreSQL behind one interface,
with versioned migrations, full-text search and near-duplicate links.

Data flows one way: the store imports ``newstrace.record``; it never imports the
pipeline or the CLI. The names below load on first use, so that the read-only query
path (:mod:`newstrace.store.reading`) runs without importing SQLAlchemy.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from newstrace.errors import StoreError
from newstrace.store.config import DEFAULT_DB, EXPORT_FORMATS, resolve_url

if TYPE_CHECKING:
    from newstrace.store.database import Store
    from newstrace.store.query import StoredArticle
    from newstrace.store.write import Stored, WriteError

__all__ = ["DEFAULT_DB", "EXPORT_FORMATS", "Store", "StoreError", "Stored", "StoredArticle", "WriteError",
           "resolve_url"]

_LAZY = {"Store": ("newstrace.store.database", "Store"), "StoredArticle": ("newstrace.store.query", "StoredArticle"), "Stored": ("newstrace.store.write", "Stored"),
         "WriteError": ("newstrace.store.write", "WriteError")}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module, attr = _LAZY[name]
        return getattr(import_module(module), attr)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
