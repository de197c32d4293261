"""newstrace: news reports in, a sourced, structured record out.

The public names below load on first use, so ``import newstrace`` (and a query
command) costs neither spaCy nor SQLAlchemy until something needs them.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from newstrace.app import IngestStats, Newstrace
    from newstrace.errors import ModelNotFound, NewstraceError, SettingsError, StoreError, StoreNotFound
    from newstrace.failures import ArticleFailure, ExtractionError, WriteError
    from newstrace.record import Article, Claim, Entity, Event, Record, Role
    from newstrace.settings import Settings
    from newstrace.sources.errors import SourceError
    from newstrace.sources.web import FetchPolicy
    from newstrace.store.query import StoredArticle

_LAZY = {
    "Newstrace": "newstrace.app", "IngestStats": "newstrace.app",
    "NewstraceError": "newstrace.errors", "ModelNotFound": "newstrace.errors", "SettingsError": "newstrace.errors",
    "StoreError": "newstrace.errors", "StoreNotFound": "newstrace.errors",
    "ArticleFailure": "newstrace.failures", "ExtractionError": "newstrace.failures", "WriteError": "newstrace.failures",
    "Article": "newstrace.record", "Claim": "newstrace.record", "Entity": "newstrace.record",
    "Event": "newstrace.record", "Record": "newstrace.record", "Role": "newstrace.record",
    "Settings": "newstrace.settings", "SourceError": "newstrace.sources.errors",
    "FetchPolicy": "newstrace.sources.web", "StoredArticle": "newstrace.store.query",
}

__all__ = sorted([*_LAZY, "__version__"])


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
