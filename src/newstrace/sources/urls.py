"""URL inputs and lists of URLs: fetch each, then read it as a feed or a page.

A list of URLs is a ``.urls`` file, or a ``.txt`` file whose every line (blank lines
and ``#`` comments aside) is one http(s) URL and nothing else. In a ``.urls`` file a
line that is not a URL is reported; a ``.txt`` file with any such line is an article.
"""
from __future__ import annotations

from collections.abc import Iterator

from newstrace.record import Article
from newstrace.sources.errors import SourceError
from newstrace.sources.feeds import FEED_TYPES, looks_like_feed, read_feed
from newstrace.sources.web import Fetcher, Page, article_from_page, is_http_url


Result = Article | SourceError


def read_url(url: str, *, fetcher: Fetcher) -> Iterator[Result]:
    """The article at ``url``, or every entry's article if it is a feed."""
    try:
        page = fetcher.fetch(url)
    except SourceError as exc:
        yield exc
        return
    if is_feed_page(page):
        yield from read_feed(page.body, name=url, fetcher=fetcher, base_url=page.url)
        return
    try:
        yield article_from_page(page, name=url)
    except SourceError as exc:
        yield exc


def is_feed_page(page: Page) -> bool:
    # Servers label feeds text/xml, application/xml, even text/html or text/plain, and
    # XML that is no feed exists: the root element decides unless the type is specific.
    return page.media_type in FEED_TYPES - {"application/xml", "text/xml"} or looks_like_feed(page.body)


def looks_like_url_list(text: str) -> bool:
    lines = _lines(text)
    return bool(lines) and all(is_http_url(line) for _, line in lines)


def read_url_list(text: str, *, name: str, fetcher: Fetcher) -> Iterator[Result]:
    """Articles from every URL in a list, in order; a line that is no URL is reported."""
    lines = _lines(text)
    if not lines:
        yield SourceError(name, "list holds no URLs")
    for lineno, line in lines:
        if is_http_url(line):
            yield from read_url(line, fetcher=fetcher)
        else:
            yield SourceError(f"{name}:{lineno}", f"is not an http(s) URL: {line[:80]!r}")


def _lines(text: str) -> list[tuple[int, str]]:
    return [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.lstrip().startswith("#")]
