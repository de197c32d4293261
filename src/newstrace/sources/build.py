"""Builders: an Article from the pieces a source gives (fields, a JSON object, an HTML
page, bytes of one format). Every reader builds its articles here; nothing here reads
an input or routes one (that is :mod:`newstrace.sources.route`), so the readers import
this module and never each other's routing.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from pydantic import ValidationError

from newstrace.record import Article
from newstrace.sources.errors import SourceError
from newstrace.sources.normalize import normalize_published

ARTICLE_FIELDS = ("id", "title", "url", "source", "published", "language", "text")
# Bytes that never occur in text files; their presence marks a binary input.
BINARY_MARKERS = (b"\x00",)

Result = Article | SourceError


def decode(data: bytes, name: str) -> str:
    """Text of an input's bytes (UTF-8), or SourceError naming what is wrong with them."""
    if not data.strip():
        raise SourceError(name, "is empty")
    if any(marker in data[:8192] for marker in BINARY_MARKERS):
        raise SourceError(name, "looks binary (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(name, f"is not valid UTF-8 (byte {exc.start})") from None


def article_from_fields(name: str, fields: dict[str, Any]) -> Article:
    """An Article from its fields; ``name`` is the input, for the error if they do not make one."""
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SourceError(name, "has no article text ('text' is missing or empty)")
    for key in ("title", "url", "source", "language", "published"):
        value = fields.get(key)
        if value is not None and not isinstance(value, str):
            # a list or number there is a mistake upstream, not a string to store as "['a']"
            raise SourceError(name, f"field {key!r} must be a string, not {_json_type(value)}")
    if isinstance(fields.get("id"), (list, dict, bool)):
        raise SourceError(name, f"field 'id' must be a string or a number, not {_json_type(fields['id'])}")
    fields["published"] = normalize_published(fields.get("published"))
    fields = {k: (str(v) if k != "text" and v is not None else v) for k, v in fields.items()}
    try:
        return Article(**fields)
    except ValidationError as exc:
        raise SourceError(name, f"invalid article: {exc.errors()[0]['msg']}") from None


def _json_type(value: object) -> str:
    return {list: "a list", dict: "an object", bool: "true/false", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__)


def article_from_mapping(record: Mapping[str, Any], *, name: str, default_id: str) -> Article:
    """An Article from a JSON object with fields ``id, title, url, source, published, text``."""
    if not isinstance(record, Mapping):
        raise SourceError(name, f"expected a JSON object, got {type(record).__name__}")
    fields = {k: record.get(k) for k in ARTICLE_FIELDS if record.get(k) is not None}
    fields.setdefault("id", default_id)
    return article_from_fields(name, fields)


def article_from_html(html: str, *, name: str, default_id: str, url: str | None = None) -> Article:
    """Article body and metadata of a web page, via trafilatura."""
    import trafilatura

    doc: Any = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False, favor_precision=True)  # a Document (not as_dict)
    if doc is None or not (doc.text or "").strip():
        raise SourceError(name, "HTML page holds no article text")
    return article_from_fields(name, {
        "id": default_id, "title": doc.title, "url": url or doc.url, "source": doc.sitename or doc.hostname,
        "published": doc.date, "text": doc.text,
    })


def articles_from_json(text: str, name: str, stem: str) -> Iterator[Result]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield SourceError(name, f"is not valid JSON (line {exc.lineno}: {exc.msg})")
        return
    items = data if isinstance(data, list) else [data]
    for i, item in enumerate(items):
        default_id = stem if len(items) == 1 else f"{stem}-{i + 1}"
        yield catch(lambda: article_from_mapping(item, name=name, default_id=default_id), name)


def articles_from_jsonl(text: str, name: str, stem: str) -> Iterator[Result]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceError(where, f"is not valid JSON ({exc.msg})")
            continue
        yield catch(lambda: article_from_mapping(item, name=where, default_id=f"{stem}-{lineno}"), where)


def catch(make: Callable[[], Article], name: str) -> Result:
    """``make()``, or the SourceError it raised: one bad item never stops a batch."""
    try:
        return make()
    except SourceError as exc:
        return exc
