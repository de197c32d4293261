"""Readers for local inputs: .txt, .html/.htm, .json, .jsonl, folders of them, stdin.

``read_inputs`` and ``read_path`` also route URLs, URL lists, feeds and WARC files to
``urls``, ``feeds`` and ``warc`` (imported when needed, so local files never pay for
the network stack)."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from pydantic import ValidationError

from newstrace.record import Article
from newstrace.sources.errors import SourceError
from newstrace.sources.normalize import normalize_published

if TYPE_CHECKING:
    from newstrace.sources.web import Fetcher

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
# Read from folders too; .xml is left out of folder scans as too often something else.
FEED_FILE_SUFFIXES = {".rss", ".atom"}
URL_LIST_SUFFIXES = {".urls"}
WARC_SUFFIXES = {".warc", ".warc.gz"}
FOLDER_SUFFIXES = (READABLE_SUFFIXES - {""}) | FEED_FILE_SUFFIXES | URL_LIST_SUFFIXES | WARC_SUFFIXES
ARTICLE_FIELDS = ("id", "title", "url", "source", "published", "language", "text")
# Bytes that never occur in text files; their presence marks a binary input.
BINARY_MARKERS = (b"\x00",)

Result = Article | SourceError


def read_inputs(paths: Iterable[str | Path], *, fetcher: Fetcher | None = None) -> Iterator[Result]:
    """Articles from every input in turn: files, folders, ``-`` for standard input, and
    http(s) URLs (a page or a feed). One ``fetcher`` serves the whole batch, so robots.txt
    and per-host delays are shared; by default one with the settings of ``data/fetch.toml``."""
    from newstrace.sources.web import Fetcher, is_url

    shared = fetcher or Fetcher()
    try:
        for path in paths:
            if str(path) == "-":
                yield from read_stdin(fetcher=shared)
            elif isinstance(path, str) and is_url(path):
                from newstrace.sources.urls import read_url

                yield from read_url(path, fetcher=shared)
            else:
                yield from read_path(Path(path), fetcher=shared)
    finally:
        if fetcher is None:
            shared.close()


def read_path(path: Path, *, fetcher: Fetcher | None = None) -> Iterator[Result]:
    if not path.exists():
        yield SourceError(str(path), "no such file or folder")
    elif path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p) in FOLDER_SUFFIXES)
        if not files:
            yield SourceError(str(path), "folder holds no .txt, .html, .json or .jsonl files "
                                         "(nor feeds, URL lists or WARC files)")
        inside = path.resolve()
        for file in files:
            if not file.resolve().is_relative_to(inside):
                # a folder is read for what it holds: a link out of it may reach any file
                yield SourceError(str(file), f"links to {file.resolve()}, outside the folder: not followed")
                continue
            yield from read_path(file, fetcher=fetcher)
    elif _suffix(path) in WARC_SUFFIXES:
        # Streamed record by record: archives run to gigabytes.
        from newstrace.sources.warc import read_warc
        from newstrace.sources.web import FetchPolicy

        max_bytes = fetcher.policy.max_bytes if fetcher else FetchPolicy.load().max_bytes
        yield from read_warc(path, max_bytes=max_bytes, name=str(path))
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield SourceError(str(path), f"cannot be read ({exc.strerror or exc})")
            return
        yield from read_bytes(data, name=str(path), stem=path.stem, suffix=_suffix(path), fetcher=fetcher)


def read_stdin(stream: BinaryIO | None = None, *, fetcher: Fetcher | None = None) -> Iterator[Result]:
    data = (stream or sys.stdin.buffer).read()
    stripped = data.lstrip()
    if _looks_like_feed(data):
        suffix = ".rss"
    elif stripped[:1] in (b"{", b"["):
        suffix = ".jsonl" if b"\n{" in stripped.strip() and stripped[:1] == b"{" else ".json"
    elif stripped[:1] == b"<":
        suffix = ".html"
    else:
        suffix = ".txt"
    yield from read_bytes(data, name="<stdin>", stem="stdin", suffix=suffix, fetcher=fetcher)


def read_bytes(data: bytes, *, name: str, stem: str, suffix: str, fetcher: Fetcher | None = None) -> Iterator[Result]:
    if suffix in FEED_FILE_SUFFIXES | {".xml"} or (suffix == "" and _looks_like_feed(data)):
        yield from _feed(data, name, suffix, fetcher)
        return
    try:
        text = decode(data, name)
    except SourceError as exc:
        yield exc
        return
    if suffix in URL_LIST_SUFFIXES or (suffix in TEXT_SUFFIXES and _looks_like_url_list(text)):
        yield from _with_fetcher(fetcher, lambda f: _url_list(text, name, f))
    elif suffix in JSONL_SUFFIXES:
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


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def _looks_like_feed(data: bytes) -> bool:
    from newstrace.sources.feeds import looks_like_feed

    return looks_like_feed(data)


def _looks_like_url_list(text: str) -> bool:
    if "://" not in text[:4096]:
        return False  # most .txt files are articles: skip loading the network stack for them
    from newstrace.sources.urls import looks_like_url_list

    return looks_like_url_list(text)


def _feed(data: bytes, name: str, suffix: str, fetcher: Fetcher | None) -> Iterator[Result]:
    from newstrace.sources.feeds import read_feed

    # Not decoded here: a feed declares its encoding in its XML declaration.
    if not data.strip():
        yield SourceError(name, "is empty")
    elif any(marker in data[:8192] for marker in BINARY_MARKERS):
        yield SourceError(name, "looks binary (NUL bytes), not text")
    elif suffix == ".xml" and not _looks_like_feed(data):
        yield SourceError(name, "is XML but not an RSS or Atom feed")
    else:
        yield from _with_fetcher(fetcher, lambda f: read_feed(data, name=name, fetcher=f))


def _url_list(text: str, name: str, fetcher: Fetcher) -> Iterator[Result]:
    from newstrace.sources.urls import read_url_list

    return read_url_list(text, name=name, fetcher=fetcher)


def _with_fetcher(fetcher: Fetcher | None, read) -> Iterator[Result]:
    """Run ``read(fetcher)``, with a fetcher of its own if none was given."""
    if fetcher is not None:
        yield from read(fetcher)
        return
    from newstrace.sources.web import Fetcher

    with Fetcher() as own:
        yield from read(own)


def _catch(make, name: str) -> Result:
    try:
        return make()
    except SourceError as exc:
        return exc
