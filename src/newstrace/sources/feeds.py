"""RSS and Atom feeds: each entry becomes an Article.

An entry whose own content is long enough (``feed_full_content_words`` in
``data/fetch.toml``) is the article; a shorter one is a teaser, so the entry's link
is fetched and its page extracted. Title, link, date and source come from the
entry and the feed either way.
"""
from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from newstrace.record import Article
from newstrace.sources.errors import SourceError
from newstrace.sources.build import article_from_fields
from newstrace.sources.normalize import normalize_published
from newstrace.sources.web import Fetcher, article_from_page, is_http_url, url_article_id

FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}
# The root element, after any XML declaration, comments, processing instructions or doctype.
FEED_ROOT = re.compile(
    rb"^(?:\s|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>/]", re.DOTALL | re.IGNORECASE)
BLOCK_TAGS = ("p", "div", "br", "li", "blockquote", "pre", "tr", "section", "article", "figure",
              "h1", "h2", "h3", "h4", "h5", "h6")

Result = Article | SourceError


def looks_like_feed(data: bytes) -> bool:
    """Whether the document's root element is an RSS, Atom or RDF feed."""
    return bool(FEED_ROOT.match(data[:8192].removeprefix(b"\xef\xbb\xbf")))


def read_feed(data: bytes, *, name: str, fetcher: Fetcher, base_url: str | None = None) -> Iterator[Result]:
    """Articles of a feed document; ``base_url`` resolves relative entry links."""
    import feedparser

    # A stream, never bytes or str: feedparser fetches a str that looks like a URL and
    # opens one that names an existing file, and feed bodies come from the web.
    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.entries:
        if parsed.get("bozo"):
            yield SourceError(name, f"is not a readable RSS or Atom feed ({parsed.get('bozo_exception')})")
        else:
            yield SourceError(name, "feed holds no entries")
        return
    feed_title = (parsed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(parsed.entries, 1):
        link = (entry.get("link") or "").strip() or None
        entry_name = f"{name} entry {number}" + (f" ({link})" if link else "")
        try:
            yield _entry_article(entry, name=entry_name, feed_title=feed_title, feed_url=base_url, link=link,
                                 fetcher=fetcher)
        except SourceError as exc:
            yield SourceError(entry_name, exc.problem)


def _entry_article(entry: Any, *, name: str, feed_title: str | None, feed_url: str | None, link: str | None,
                   fetcher: Fetcher) -> Article:
    title = (entry.get("title") or "").strip() or None
    published = normalize_published(entry.get("published") or entry.get("updated"))
    source = feed_title or urlsplit(link or feed_url or "").hostname
    article_id = url_article_id(link) if link and is_http_url(link) else _entry_id(entry, feed_title)
    text = entry_text(entry)
    # RSS 2.0 makes a <guid> the link unless it says isPermaLink="false", so links
    # like "item-42" are common; and a feed file read locally has no base for relative ones.
    fetchable = link is not None and is_http_url(link)
    is_full = text is not None and len(text.split()) >= fetcher.policy.feed_full_content_words
    if is_full or (text and not fetchable):
        return article_from_fields(name, {"id": article_id, "title": title, "url": link if fetchable else None,
                               "source": source, "published": published, "text": text})
    if not link:
        raise SourceError(name, "has neither content nor a link")
    if not fetchable:
        raise SourceError(name, f"has no content, and its link {link!r} is not an http(s) URL")
    page = fetcher.fetch(link)
    article = article_from_page(page, name=name, default_id=article_id)
    # The feed's metadata is the publisher's own; the page's is trafilatura's guess.
    return article.model_copy(update={
        "title": title or article.title, "url": link, "source": source or article.source,
        "published": published or article.published,
    })


def entry_text(entry: Any) -> str | None:
    """Plain text of an entry's content (its longest), else of its summary; None if neither."""
    candidates = [c for c in entry.get("content") or [] if c.get("value")]
    if not candidates and entry.get("summary"):
        candidates = [entry.get("summary_detail") or {"value": entry["summary"], "type": "text/html"}]
    texts = [html_to_text(c["value"]) if "html" in (c.get("type") or "text/html") else c["value"].strip()
             for c in candidates]
    texts = [t for t in texts if t]
    return max(texts, key=len) if texts else None


def html_to_text(html: str) -> str:
    """Paragraph text of an HTML fragment: blocks become paragraphs, scripts and styles go."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html.strip()
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for block in root.iter(*BLOCK_TAGS):
        if block.tag == "br":
            block.tail = "\n" + (block.tail or "")
        else:
            block.text = "\n\n" + (block.text or "")
            block.tail = "\n\n" + (block.tail or "")
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", root.text_content()))
    return "\n\n".join(p for p in paragraphs if p)


def _entry_id(entry: Any, feed_title: str | None) -> str:
    key = entry.get("id") or entry.get("title") or repr(sorted(entry.keys()))
    prefix = re.sub(r"[^a-z0-9]+", "-", (feed_title or "feed").lower()).strip("-")[:40] or "feed"
    return f"{prefix}-{hashlib.sha1(str(key).encode('utf-8')).hexdigest()[:8]}"
