"""WARC archives (.warc, .warc.gz): each HTML response with status 200 becomes an Article.

Requests, metadata, revisits, non-HTML and non-200 responses are what a crawl is
mostly made of, so they are skipped silently; a page that holds no article, or is
too large, is reported by its record offset and URL.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from newstrace.record import Article
from newstrace.sources.errors import SourceError
from newstrace.sources.build import article_from_html
from newstrace.sources.normalize import normalize_published
from newstrace.sources.web import HTML_TYPES, decode_body, url_article_id, _size


Result = Article | SourceError


def read_warc(path: Path, *, max_bytes: int, name: str | None = None) -> Iterator[Result]:
    """Articles from the HTML responses of a WARC file, streamed record by record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = name or str(path)
    pages = 0
    try:
        _check_format(path)
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if record.http_headers.get_statuscode() != "200":
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if content_type.split(";", 1)[0].strip().lower() not in HTML_TYPES:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                body = record.content_stream().read(max_bytes + 1)
                # The offset is known once the record has been read to its end.
                offset = records.get_record_offset()
                where = f"{name} record at offset {offset}" + (f" ({url})" if url else "")
                pages += 1
                if len(body) > max_bytes:
                    yield SourceError(where, f"response larger than {_size(max_bytes)}")
                    continue
                yield _page_article(body, content_type, url=url, where=where, fallback_id=f"{path.stem}-{offset}",
                                    warc_date=record.rec_headers.get_header("WARC-Date"))
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
        problem = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        yield SourceError(name, f"is not a readable WARC file ({problem})")
        return
    if not pages:
        yield SourceError(name, "WARC file holds no HTML responses with status 200")


def _check_format(path: Path) -> None:
    # warcio reads any text as a lenient ARC record; a WARC (or ARC) says what it is up front.
    import gzip

    with path.open("rb") as raw:
        head = raw.read(2)
    with (gzip.open(path, "rb") if head == b"\x1f\x8b" else path.open("rb")) as stream:
        start = stream.read(16)
    if not start.startswith((b"WARC/", b"filedesc://")):
        raise ValueError(f"starts with {start!r}, not a WARC header")


def _page_article(body: bytes, content_type: str, *, url: str, where: str, fallback_id: str,
                  warc_date: str | None) -> Result:
    try:
        article = article_from_html(decode_body(body, content_type), name=where,
                                    default_id=url_article_id(url) if url else fallback_id, url=url or None)
    except SourceError as exc:
        return exc
    if article.published is None and warc_date:
        # The crawl date: later than publication, but the closest date the archive knows.
        article = article.model_copy(update={"published": normalize_published(warc_date)})
    return article
