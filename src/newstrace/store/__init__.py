"""The corpus store: records in SQLite (default) or PostgreSQL behind one interface,
with versioned migrations, full-text search and near-duplicate links.

Data flows one way: the store imports ``newstrace.record``; it never imports the
pipeline or the CLI.
"""
from newstrace.store.database import DEFAULT_DB, Store, StoreError, resolve_url
from newstrace.store.export import FORMATS as EXPORT_FORMATS
from newstrace.store.query import StoredArticle
from newstrace.store.write import Stored, WriteError

__all__ = ["DEFAULT_DB", "EXPORT_FORMATS", "Store", "StoreError", "Stored", "StoredArticle", "WriteError",
           "resolve_url"]
