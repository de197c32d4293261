"""What a hostile or careless client can send: HTML in stored articles renders as text,
injection-shaped queries are only words, the write endpoint needs the right token and
a bounded body, and ids shaped like paths reach no file."""
from __future__ import annotations

import httpx
import pytest

from newstrace.app import Newstrace
from tests.serve.conftest import TOKEN, XSS_TITLE, fill
from tests.serve.server import Server

pytestmark = []


@pytest.fixture(scope="module")
def api(sqlite_server):
    with httpx.Client(base_url=sqlite_server.url, timeout=60) as client:
        yield client


def auth(token: str = TOKEN) -> dict:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("page", ["/articles/xss-1", "/search?q=bridge", "/search?source=html.example",
                                  "/", "/entities/Springfield"])
def test_html_in_an_article_renders_as_text(api, page):
    html = api.get(page).text
    assert "<script>window.__xss" not in html and "<img src=x" not in html
    if page != "/entities/Springfield":
        assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;Breaking &lt;b&gt;news&lt;/b&gt;" in html


def test_html_in_an_article_is_data_in_the_api(api):
    assert api.get("/api/articles/xss-1").json()["title"] == XSS_TITLE


def test_a_javascript_url_is_not_made_a_link(tmp_path):
    from newstrace import __version__
    from newstrace.store import Store
    from tests.store.conftest import floods_record

    db = str(tmp_path / "s.sqlite")
    with Store(db) as store:
        store.write([floods_record(url="javascript:alert(1)")], version=__version__)
    server = Server(db)
    try:
        html = httpx.get(server.url + "/articles/ke-1").text
    finally:
        server.stop()
    assert 'href="javascript:' not in html


@pytest.mark.parametrize("params", [
    {"q": "' OR 1=1 --"}, {"q": '"missile" OR NEAR(a b) *'}, {"q": "missile); DROP TABLE articles; --"},
    {"q": "%' UNION SELECT key FROM articles --"}, {"source": "' OR '1'='1"}, {"entity": "%"},
    {"entity": "Russia' --"}, {"q": "\\x00"},
])
def test_injection_shaped_article_queries_are_only_words(api, params):
    r = api.get("/api/articles", params=params)
    assert r.status_code == 200
    ids = {row["article"] for row in r.json()["items"]}
    # Only a real word may match: "missile" in the two missile articles, nothing else.
    assert ids <= {"nk-1", "nk-copy"}
    if "entity" in params or "source" in params:
        assert ids == set()


@pytest.mark.parametrize("path, params", [
    ("/api/events", {"actor": "x' OR '1'='1"}), ("/api/claims", {"text": "' OR 1=1; --"}),
    ("/api/claims", {"speaker": "Russia\"; DROP TABLE claims; --"}), ("/api/entities", {"name": "%_%"}),
])
def test_injection_shaped_listing_queries_match_nothing(api, path, params):
    r = api.get(path, params=params)
    assert r.status_code == 200 and r.json()["items"] == []


def test_the_store_is_intact_after_the_injection_tests(api):
    assert api.get("/api/counts").json()["articles"] == 6


@pytest.mark.parametrize("path", [
    "/api/articles/../../../../etc/passwd", "/api/articles/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "/articles/%2e%2e/%2e%2e/pyproject.toml", "/static/../../pyproject.toml", "/static/..%2F..%2F..%2Fpyproject.toml",
    "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/api/export/..%2F..%2Fetc%2Fpasswd", "/entities/..%2F..%2Fetc%2Fpasswd",
    "/api/articles/%00", "/static//etc/passwd",
])
def test_path_like_ids_reach_no_file(api, path):
    r = api.get(path)
    assert r.status_code in (400, 404)
    assert "root:" not in r.text and "[project]" not in r.text


def test_static_assets_are_served(api):
    assert "newstrace pages" in api.get("/static/app.js").text


ARTICLE = {"id": "posted-1", "text": "The mayor of Springfield said the bridge would reopen on Monday."}


def test_ingest_without_a_token_is_401(api):
    r = api.post("/api/ingest", json={"articles": [ARTICLE]})
    assert r.status_code == 401 and "token" in r.json()["detail"] and r.headers["www-authenticate"] == "Bearer"
    assert api.post("/api/ingest", json={"articles": [ARTICLE]}, headers={"Authorization": "Basic abc"}).status_code == 401


@pytest.mark.parametrize("token", ["wrong", TOKEN[:-1], TOKEN + "x", TOKEN.upper()])
def test_ingest_with_a_wrong_token_is_403(api, token):
    r = api.post("/api/ingest", json={"articles": [ARTICLE]}, headers=auth(token))
    assert r.status_code == 403 and r.json()["detail"] == "wrong token"
    assert api.get("/api/articles/posted-1").status_code == 404


def test_ingest_is_off_without_a_configured_token(tmp_path):
    db = str(tmp_path / "s.sqlite")
    fill(db)
    server = Server(db, token=None)
    try:
        r = httpx.post(server.url + "/api/ingest", json={"articles": [ARTICLE]}, headers=auth())
    finally:
        server.stop()
    assert r.status_code == 403 and "NEWSTRACE_API_TOKEN" in r.json()["detail"]


def test_an_oversized_body_is_refused(api):
    big = {"articles": [{**ARTICLE, "text": "word " * 1_100_000}]}
    r = api.post("/api/ingest", json=big, headers=auth())
    assert r.status_code == 413 and "too large" in r.json()["detail"]


def test_an_oversized_body_without_a_length_is_refused(api):
    def chunks():
        yield b'{"articles": [{"id": "a", "text": "'
        for _ in range(600):
            yield b"x" * 10_000
        yield b'"}]}'

    r = api.post("/api/ingest", content=chunks(), headers={**auth(), "Content-Type": "application/json"})
    assert r.status_code == 413


@pytest.mark.parametrize("body, words", [
    ({}, "nothing to ingest"), ({"urls": ["file:///etc/passwd"]}, "not an http(s) URL"),
    ({"urls": ["/etc/passwd"]}, "not an http(s) URL"), ({"articles": [{"id": "x"}]}, "text"),
    ({"articles": [{"id": "x", "text": "t", "html": "<p>"}]}, "html"), ({"urls": ["-"]}, "not an http(s) URL"),
    ({"articles": [ARTICLE] * 101}, "at most 100"),
    ({"articles": [{"id": "x", "text": "a\u0000b"}]}, "NUL"), ({"articles": [{"id": "x", "text": "   "}]}, "no article text"),
])
def test_bad_ingest_bodies_get_a_clear_4xx(api, body, words):
    r = api.post("/api/ingest", json=body, headers=auth())
    assert 400 <= r.status_code < 500 and words in r.json()["detail"]


def test_malformed_json_is_a_4xx(api):
    r = api.post("/api/ingest", content=b'{"articles": [', headers={**auth(), "Content-Type": "application/json"})
    assert r.status_code == 422 and "JSON" in r.json()["detail"]


@pytest.mark.model
def test_ingest_fetches_urls_with_the_cli_fetch_guard(api, sqlite_server):
    # The server's own address: private/loopback addresses are refused by the fetch
    # policy before any request is made, as for `newstrace ingest URL`.
    r = api.post("/api/ingest", json={"urls": [sqlite_server.url + "/static/app.js"]}, headers=auth())
    assert r.status_code == 200
    body = r.json()
    assert body["failed"] == 1 and "loopback" in body["results"][0]["error"]


@pytest.mark.model
def test_ingest_stores_a_posted_article(api, sqlite_server):
    r = api.post("/api/ingest", json={"articles": [ARTICLE]}, headers=auth())
    assert r.status_code == 200, r.text
    assert r.json()["added"] == 1 and r.json()["results"][0]["status"] == "added"
    stored = api.get("/api/articles/posted-1").json()
    assert stored["text"] == ARTICLE["text"]
    assert Newstrace(db=sqlite_server.db).article("posted-1")[0].record.text == ARTICLE["text"]
    again = api.post("/api/ingest", json={"articles": [ARTICLE]}, headers=auth()).json()
    assert again["unchanged"] == 1
