"""Where articles come from: files, folders, JSON/JSONL records, HTML pages, stdin,
http(s) URLs and lists of them, RSS/Atom feeds, and WARC archives.

Every reader yields :class:`~newstrace.record.Article` objects or
:class:`SourceError` values, so one bad input is reported and the batch goes on.
Everything fetched from the web goes through one :class:`Fetcher`, whose
politeness and safety settings are a :class:`FetchPolicy` (``data/fetch.toml``).
"""
from newstrace.sources.errors import SourceError
from newstrace.sources.files import read_inputs, read_path, read_stdin, article_from_mapping, article_from_html
from newstrace.sources.web import FetchPolicy, Fetcher

__all__ = [
    "FetchPolicy", "Fetcher", "SourceError", "article_from_html", "article_from_mapping", "read_inputs", "read_path",
    "read_stdin",
]
