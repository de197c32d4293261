"""RSS and Atom feeds: full content used as is, teasers followed to their pages."""
from __future__ import annotations

import io

from newstrace.record import Article
from newstrace.sources import SourceError, read_inputs, read_stdin
from newstrace.sources.feeds import html_to_text, looks_like_feed, read_feed
from newstrace.sources.web import url_article_id

from .pages import PARAGRAPHS, html_reply

LONG_CONTENT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 3)  # well over feed_full_content_words


def rss(base: str, *, title: str = "World Desk") -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>{title}</title>
  <link>{base}/</link>
  <item>
    <title>Full story in the feed</title>
    <link>{base}/full</link>
    <pubDate>Fri, 29 Nov 2024 10:00:00 GMT</pubDate>
    <content:encoded><![CDATA[{LONG_CONTENT}<script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Talks to resume in Geneva</title>
    <link>{base}/world/talks</link>
    <pubDate>Sat, 30 Nov 2024 08:30:00 GMT</pubDate>
    <description>Talks resume next week.</description>
  </item>
</channel>
</rss>""".encode("utf-8")


def atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generated for the tests -->
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Wire</title>
  <id>urn:test:wire</id>
  <updated>2024-12-01T00:00:00Z</updated>
  <entry>
    <title>Crossings to reopen</title>
    <id>urn:test:1</id>
    <link href="{base}/world/crossings"/>
    <published>2024-12-01T09:15:00Z</published>
    <summary>Two crossings will reopen.</summary>
  </entry>
  <entry>
    <title>Gone</title>
    <id>urn:test:2</id>
    <link href="{base}/world/gone"/>
    <summary>Deleted.</summary>
  </entry>
</feed>""".encode("utf-8")


def test_feeds_file_uses_full_content_and_fetches_teasers(server, fetcher, tmp_path):
    server.routes["/world/talks"] = html_reply("Page headline")
    feed = tmp_path / "world.rss"
    feed.write_bytes(rss(server.base))

    full, fetched = read_inputs([feed], fetcher=fetcher)

    assert isinstance(full, Article) and isinstance(fetched, Article)
    assert full.title == "Full story in the feed"
    assert full.url == server.url("/full") and full.id == url_article_id(server.url("/full"))
    assert full.published == "2024-11-29T10:00:00+00:00"  # the feed says GMT: the offset is kept
    assert full.source == "World Desk"
    assert full.text.split("\n\n")[:2] == list(PARAGRAPHS[:2]) and "track()" not in full.text
    assert server.hits["/full"] == 0

    assert fetched.title == "Talks to resume in Geneva"  # the feed's title, not the page's
    assert fetched.url == server.url("/world/talks")
    assert fetched.published == "2024-11-30T08:30:00+00:00"
    assert fetched.source == "World Desk"
    assert PARAGRAPHS[0] in fetched.text
    assert server.hits["/world/talks"] == 1


def test_feeds_url_with_entries_linking_to_local_pages(server, fetcher):
    server.routes["/feed.atom"] = (200, {"Content-Type": "application/atom+xml"}, atom(server.base))
    server.routes["/world/crossings"] = html_reply("Crossings")

    crossings, gone = read_inputs([server.url("/feed.atom")], fetcher=fetcher)

    assert isinstance(crossings, Article)
    assert crossings.title == "Crossings to reopen" and crossings.source == "Atom Wire"
    assert crossings.published == "2024-12-01T09:15:00+00:00"
    link = server.url("/world/gone")
    assert gone == SourceError(f"{server.url('/feed.atom')} entry 2 ({link})", "HTTP 404")


def test_feeds_url_served_as_plain_xml_is_sniffed(server, fetcher):
    server.routes["/rss"] = (200, {"Content-Type": "text/xml"}, rss(server.base, title="Sniffed"))
    server.routes["/world/talks"] = html_reply("Talks")
    results = list(read_inputs([server.url("/rss")], fetcher=fetcher))
    assert [r.source for r in results] == ["Sniffed", "Sniffed"]


def test_feeds_entry_without_title_source_falls_back_to_host(server, fetcher):
    data = f"""<rss version="2.0"><channel><item><link>{server.base}/x</link>
    <description><![CDATA[{LONG_CONTENT}]]></description></item></channel></rss>""".encode()
    [article] = read_feed(data, name="bare.rss", fetcher=fetcher)
    assert article.source == "127.0.0.1" and article.title is None


def test_feeds_teaser_without_a_fetchable_link_is_used_as_is(fetcher):
    # An RSS <guid> is the entry's link unless isPermaLink="false".
    data = b"""<rss version="2.0"><channel><title>Briefs</title>
    <item><guid>b-1</guid><title>Brief</title><description>Parliament votes on Friday.</description></item>
    <item><guid isPermaLink="false">b-2</guid><title>Empty</title></item>
    <item><guid>b-3</guid><title>Empty too</title></item></channel></rss>"""
    brief, empty, unlinked = read_feed(data, name="briefs.rss", fetcher=fetcher)
    assert brief.text == "Parliament votes on Friday." and brief.url is None and brief.id.startswith("briefs-")
    assert empty == SourceError("briefs.rss entry 2", "has neither content nor a link")
    assert unlinked == SourceError("briefs.rss entry 3 (b-3)", "has no content, and its link 'b-3' is not an http(s) URL")


def test_feeds_malformed_and_empty_feeds_are_reported(tmp_path, fetcher):
    broken = tmp_path / "broken.rss"
    broken.write_text("this is not xml at all")
    empty = tmp_path / "empty.atom"
    empty.write_text('<feed xmlns="http://www.w3.org/2005/Atom"><title>Nothing yet</title></feed>')
    blank = tmp_path / "blank.rss"
    blank.write_text("  \n")

    a, b, c = read_inputs([broken, empty, blank], fetcher=fetcher)

    assert a.input_name == str(broken) and a.problem.startswith("is not a readable RSS or Atom feed")
    assert b == SourceError(str(empty), "feed holds no entries")
    assert c == SourceError(str(blank), "is empty")


def test_feeds_xml_file_that_is_no_feed_is_reported(tmp_path, fetcher):
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text('<?xml version="1.0"?><urlset><url><loc>http://x/</loc></url></urlset>')
    [error] = read_inputs([sitemap], fetcher=fetcher)
    assert error == SourceError(str(sitemap), "is XML but not an RSS or Atom feed")


def test_feeds_are_sniffed_in_files_without_suffix_and_on_stdin(tmp_path, server, fetcher):
    server.routes["/world/talks"] = html_reply("Talks")
    feed = tmp_path / "latest"
    feed.write_bytes(rss(server.base))
    assert len([r for r in read_inputs([feed], fetcher=fetcher) if isinstance(r, Article)]) == 2
    from_stdin = list(read_stdin(io.BytesIO(rss(server.base)), fetcher=fetcher))
    assert [r.title for r in from_stdin] == ["Full story in the feed", "Talks to resume in Geneva"]


def test_feeds_body_is_never_taken_for_a_file_name(tmp_path, fetcher):
    # feedparser opens a str or bytes naming an existing file; a feed from the web must not.
    secret = tmp_path / "secret.xml"
    secret.write_bytes(rss("http://example.test"))
    [error] = read_feed(str(secret).encode(), name="http://evil.test/feed", fetcher=fetcher)
    assert isinstance(error, SourceError)


def test_feeds_sniffing_looks_at_the_root_element():
    assert looks_like_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- hi --><rss version="2.0">')
    assert looks_like_feed(b'<feed xmlns="http://www.w3.org/2005/Atom">')
    assert looks_like_feed(b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">')
    assert not looks_like_feed(b"<!doctype html><html><body><feed>")
    assert not looks_like_feed(b"The feed was cut.")


def test_feeds_html_content_becomes_paragraph_text():
    text = html_to_text("<div><h2>Head</h2><p>One <b>bold</b>\n word.</p><style>p{}</style><p>Two<br>lines</p></div>")
    assert text == "Head\n\nOne bold word.\n\nTwo lines"
