"""Where articles come from: files, folders, JSON/JSONL records, HTML pages, stdin.

Every reader yields :class:`~newstrace.record.Article` objects or
:class:`SourceError` values, so one bad input is reported and the batch goes on.
"""
from newstrace.sources.errors import SourceError
from newstrace.sources.files import read_inputs, read_path, read_stdin, article_from_mapping, article_from_html

__all__ = ["SourceError", "article_from_html", "article_from_mapping", "read_inputs", "read_path", "read_stdin"]
