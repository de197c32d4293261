"""Routing: which reader takes an input (a file by its suffix, a folder, stdin, a URL).

One table, :data:`SUFFIX_KINDS`, says what each suffix holds. Local text, HTML and JSON
are built here with :mod:`newstrace.sources.build`; URLs, URL lists, feeds and WARC files
go to ``urls``, ``feeds`` and ``warc``. Those readers import only the builders (and
``web``), never this module, so there is no import cycle; they are imported when first
needed only so that local files never pay for the network stack.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from newstrace.sources.build import (
    BINARY_MARKERS, Result, article_from_fields, article_from_html, articles_from_json, articles_from_jsonl, catch,
    decode,
)
from newstrace.sources.errors import SourceError

if TYPE_CHECKING:
    from newstrace.sources.web import Fetcher

# What a file holds, by suffix. "text" may turn out to be a URL list, and a suffix-less
# file a feed, by their content; "xml" is read as a feed if it is one.
SUFFIX_KINDS = {
    ".txt": "text", ".text": "text", "": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "xml",
    ".urls": "urls",
    ".warc": "warc", ".warc.gz": "warc",
}
# Read from folders: all but files without a suffix, and .xml (too often something else).
FOLDER_SUFFIXES = frozenset(s for s in SUFFIX_KINDS if s not in ("", ".xml"))


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
    elif SUFFIX_KINDS.get(_suffix(path)) == "warc":
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
    """Articles in the bytes of one input, read as its suffix says (unknown: text)."""
    kind = SUFFIX_KINDS.get(suffix, "text")
    if kind in ("feed", "xml") or (suffix == "" and _looks_like_feed(data)):
        yield from _feed(data, name, kind, fetcher)
        return
    try:
        text = decode(data, name)
    except SourceError as exc:
        yield exc
        return
    if kind == "urls" or (kind == "text" and _looks_like_url_list(text)):
        yield from _with_fetcher(fetcher, lambda f: _url_list(text, name, f))
    elif kind == "jsonl":
        yield from articles_from_jsonl(text, name, stem)
    elif kind == "json":
        yield from articles_from_json(text, name, stem)
    elif kind == "html":
        yield catch(lambda: article_from_html(text, name=name, default_id=stem), name)
    else:
        yield catch(lambda: article_from_fields(name, {"id": stem, "text": text}), name)


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


def _feed(data: bytes, name: str, kind: str, fetcher: Fetcher | None) -> Iterator[Result]:
    from newstrace.sources.feeds import read_feed

    # Not decoded here: a feed declares its encoding in its XML declaration.
    if not data.strip():
        yield SourceError(name, "is empty")
    elif any(marker in data[:8192] for marker in BINARY_MARKERS):
        yield SourceError(name, "looks binary (NUL bytes), not text")
    elif kind == "xml" and not _looks_like_feed(data):
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


