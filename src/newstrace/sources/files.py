"""Readers for local inputs: .txt, .html/.htm, .json, .jsonl, folders of them, stdin."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError

from newstrace.record import Article
from newstrace.sources.errors import SourceError
from newstrace.sources.normalize import normalize_published

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
ARTICLE_FIELDS = ("id", "title", "url", "source", "published", "language", "text")
# Bytes that never occur in text files; their presence marks a binary input.
BINARY_MARKERS = (b"\x00",)

Result = Article | SourceError


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Result]:
    """Articles from every path in turn; ``-`` reads standard input."""
    for path in paths:
        if str(path) == "-":
            yield from read_stdin()
        else:
            yield from read_path(Path(path))


def read_path(path: Path) -> Iterator[Result]:
    if not path.exists():
        yield SourceError(str(path), "no such file or folder")
    elif path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES - {""})
        if not files:
            yield SourceError(str(path), "folder holds no .txt, .html, .json or .jsonl files")
        for file in files:
            yield from read_path(file)
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield SourceError(str(path), f"cannot be read ({exc.strerror or exc})")
            return
        yield from read_bytes(data, name=str(path), stem=path.stem, suffix=path.suffix.lower())


def read_stdin(stream: BinaryIO | None = None) -> Iterator[Result]:
    data = (stream or sys.stdin.buffer).read()
    stripped = data.lstrip()
    if stripped[:1] in (b"{", b"["):
        suffix = ".jsonl" if b"\n{" in stripped.strip() and stripped[:1] == b"{" else ".json"
    elif stripped[:1] == b"<":
        suffix = ".html"
    else:
        suffix = ".txt"
    yield from read_bytes(data, name="<stdin>", stem="stdin", suffix=suffix)


def read_bytes(data: bytes, *, name: str, stem: str, suffix: str) -> Iterator[Result]:
    try:
        text = decode(data, name)
    except SourceError as exc:
        yield exc
        return
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl(text, name, stem)
    elif suffix in JSON_SUFFIXES:
        yield from _json(text, name, stem)
    elif suffix in HTML_SUFFIXES:
        yield _catch(lambda: article_from_html(text, name=name, default_id=stem), name)
    else:
        yield _catch(lambda: _article(name, {"id": stem, "text": text}), name)


def decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise SourceError(name, "is empty")
    if any(marker in data[:8192] for marker in BINARY_MARKERS):
        raise SourceError(name, "looks binary (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(name, f"is not valid UTF-8 (byte {exc.start})") from None


def article_from_mapping(record: Mapping[str, Any], *, name: str, default_id: str) -> Article:
    """An Article from a JSON object with fields ``id, title, url, source, published, text``."""
    if not isinstance(record, Mapping):
        raise SourceError(name, f"expected a JSON object, got {type(record).__name__}")
    fields = {k: record.get(k) for k in ARTICLE_FIELDS if record.get(k) is not None}
    fields.setdefault("id", default_id)
    fields["id"] = str(fields["id"])
    return _article(name, fields)


def article_from_html(html: str, *, name: str, default_id: str, url: str | None = None) -> Article:
    """Article body and metadata of a web page, via trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        raise SourceError(name, "HTML page holds no article text")
    return _article(name, {
        "id": default_id, "title": doc.title, "url": url or doc.url, "source": doc.sitename or doc.hostname,
        "published": doc.date, "text": doc.text,
    })


def _article(name: str, fields: dict[str, Any]) -> Article:
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SourceError(name, "has no article text ('text' is missing or empty)")
    fields["published"] = normalize_published(fields.get("published"))
    fields = {k: (str(v) if k != "text" and v is not None else v) for k, v in fields.items()}
    try:
        return Article(**fields)
    except ValidationError as exc:
        raise SourceError(name, f"invalid article: {exc.errors()[0]['msg']}") from None


def _json(text: str, name: str, stem: str) -> Iterator[Result]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield SourceError(name, f"is not valid JSON (line {exc.lineno}: {exc.msg})")
        return
    items = data if isinstance(data, list) else [data]
    for i, item in enumerate(items):
        default_id = stem if len(items) == 1 else f"{stem}-{i + 1}"
        yield _catch(lambda: article_from_mapping(item, name=name, default_id=default_id), name)


def _jsonl(text: str, name: str, stem: str) -> Iterator[Result]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceError(where, f"is not valid JSON ({exc.msg})")
            continue
        yield _catch(lambda: article_from_mapping(item, name=where, default_id=f"{stem}-{lineno}"), where)


def _catch(make, name: str) -> Result:
    try:
        return make()
    except SourceError as exc:
        return exc
