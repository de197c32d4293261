"""WARC archives written by the tests with warcio: HTML 200 responses become Articles."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newstrace.record import Article
from newstrace.sources import SourceError, read_inputs, read_path
from newstrace.sources.web import url_article_id

from .pages import article_html

WARC_DATE = "2024-12-02T06:00:00Z"


def write_warc(path: Path, responses: list[tuple[str, str, str, bytes]], *, gzip: bool) -> None:
    """A WARC of (url, status line, content type, body) responses, with a warcinfo and a request record."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newstrace tests"}))
        for url, status, content_type, body in responses:
            # Lengths given, so warcio needs no temporary files to buffer the payloads.
            request = writer.create_warc_record(url, "request", payload=BytesIO(b""), length=0,
                                                http_headers=StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True))
            writer.write_record(request)
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(body), length=len(body),
                                               http_headers=headers,
                                               warc_headers_dict={"WARC-Date": WARC_DATE})
            writer.write_record(record)


PAGES = [
    ("https://news.test/world/talks", "200 OK", "text/html; charset=utf-8", article_html("Talks resume")),
    ("https://news.test/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n...."),
    ("https://news.test/missing", "404 Not Found", "text/html", article_html("Not found")),
    ("https://news.test/world/dated", "200 OK", "text/html", article_html("Dated", date="2024-11-28")),
]


@pytest.mark.parametrize("name,gzip", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses_become_articles(tmp_path, name, gzip):
    path = tmp_path / name
    write_warc(path, PAGES, gzip=gzip)

    talks, dated = read_inputs([path])

    assert isinstance(talks, Article) and isinstance(dated, Article)
    assert talks.url == "https://news.test/world/talks"
    assert talks.id == url_article_id("https://news.test/world/talks")
    assert talks.title == "Talks resume"
    assert talks.published == "2024-12-02T06:00:00+00:00"  # the page has no date: the crawl's
    assert dated.published == "2024-11-28"  # the page's own date wins


def test_warc_page_without_article_names_record_offset_and_url(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    empty = b"<html><head><title>Menu</title></head><body></body></html>"
    write_warc(path, [PAGES[0], ("https://news.test/menu", "200 OK", "text/html", empty)], gzip=True)

    talks, error = read_path(path)

    assert isinstance(talks, Article)
    assert isinstance(error, SourceError)
    assert error.input_name.startswith(f"{path} record at offset ")
    assert error.input_name.endswith("(https://news.test/menu)")
    offset = int(error.input_name.split("offset ")[1].split(" ")[0])
    assert 0 < offset < path.stat().st_size
    assert error.problem == "HTML page holds no article text"


def test_warc_record_over_the_size_cap_is_reported(tmp_path):
    from newstrace.sources.warc import read_warc

    path = tmp_path / "big.warc"
    write_warc(path, [PAGES[0]], gzip=False)
    [error] = read_warc(path, max_bytes=100)
    assert error.problem == "response larger than 100 bytes"
    assert "(https://news.test/world/talks)" in error.input_name


def test_warc_without_html_pages_is_reported(tmp_path):
    path = tmp_path / "images.warc.gz"
    write_warc(path, [PAGES[1], PAGES[2]], gzip=True)
    assert list(read_inputs([path])) == [SourceError(str(path), "WARC file holds no HTML responses with status 200")]


def test_warc_file_that_is_not_a_warc_is_reported(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text("hello, I am not an archive\n")
    [error] = read_inputs([path])
    assert error.input_name == str(path)
    assert error.problem.startswith("is not a readable WARC file")


def test_warc_files_are_read_from_folders(tmp_path):
    write_warc(tmp_path / "a.warc.gz", [PAGES[0]], gzip=True)
    (tmp_path / "note.txt").write_text("A short note about the talks.")
    titles = sorted(r.title or r.id for r in read_inputs([tmp_path]))
    assert titles == ["Talks resume", "note"]
