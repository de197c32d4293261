"""Where articles come from: files, folders, JSON/JSONL records, HTML pages, stdin,
http(s) URLs and lists of them, RSS/Atom feeds, and WARC archives.

Every reader yields :class:`~newstrace.record.Article` objects or
:class:`SourceError` values, so one bad input is reported and the batch goes on.
Everything fetched from the web goes through one :class:`Fetcher`, whose
politeness and safety settings are a :class:`FetchPolicy` (``data/fetch.toml``).

Modules: ``build`` makes articles from what a source gives; ``route`` picks the reader
for an input; the readers (``feeds``, ``urls``, ``warc``, and ``web`` for fetching)
import ``build`` only. The names below load on first use (the network stack is heavy).
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from newstrace.sources.errors import SourceError

if TYPE_CHECKING:
    from newstrace.sources.build import article_from_html, article_from_mapping
    from newstrace.sources.route import read_inputs, read_path, read_stdin
    from newstrace.sources.web import FetchPolicy, Fetcher

__all__ = [
    "FetchPolicy", "Fetcher", "SourceError", "article_from_html", "article_from_mapping", "read_inputs", "read_path",
    "read_stdin",
]

_LAZY = {"article_from_html": "build", "article_from_mapping": "build", "read_inputs": "route", "read_path": "route",
         "read_stdin": "route", "FetchPolicy": "web", "Fetcher": "web"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f"newstrace.sources.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
