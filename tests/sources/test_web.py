"""Fetching pages: URL policy, robots.txt, redirects, size caps, retries, politeness."""
from __future__ import annotations

import socket

import httpx
import pytest

from newstrace.record import Article
from newstrace.sources import FetchPolicy, Fetcher, SourceError, read_inputs
from newstrace.sources.web import url_article_id

from .pages import html_reply


def fetch_error(fetcher: Fetcher, url: str) -> SourceError:
    with pytest.raises(SourceError) as caught:
        fetcher.fetch(url)
    return caught.value


def test_web_reads_a_page_as_an_article(server, fetcher):
    server.routes["/world/talks-resume.html"] = html_reply("Talks to resume in Geneva")
    url = server.url("/world/talks-resume.html")

    [article] = read_inputs([url], fetcher=fetcher)

    assert isinstance(article, Article)
    assert article.title == "Talks to resume in Geneva"
    assert article.url == url
    assert "Geneva" in article.text
    assert article.id == url_article_id(url)


def test_web_sends_a_user_agent_naming_newstrace_and_its_version(server, fetcher):
    from importlib.metadata import version

    server.routes["/a"] = html_reply("A")
    fetcher.fetch(server.url("/a"))
    agents = {headers.get("User-Agent") for _path, headers in server.requests}
    assert all(agent.startswith(f"newstrace/{version('newstrace')}") for agent in agents)


def test_web_article_id_is_a_stable_readable_slug_with_a_short_hash():
    url = "https://www.example.com/news/2024/11/north-korea-tests-missile.html"
    article_id = url_article_id(url)
    assert article_id == url_article_id(url)
    assert article_id.startswith("example.com-north-korea-tests-missile-")
    assert len(article_id.rsplit("-", 1)[1]) == 8
    assert url_article_id("https://example.com/a/8008152.html").startswith("example.com-a-8008152-")
    assert url_article_id("https://example.com/x?id=1") != url_article_id("https://example.com/x?id=2")
    assert url_article_id("https://example.com/x#top") == url_article_id("https://example.com/x")


# -- robots.txt ------------------------------------------------------------------


def test_web_robots_disallow_blocks_the_page(server, fetcher):
    server.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")
    server.routes["/private/memo.html"] = html_reply("Memo")

    [error] = read_inputs([server.url("/private/memo.html")], fetcher=fetcher)

    assert error == SourceError(server.url("/private/memo.html"), "blocked by robots.txt")
    assert server.hits["/private/memo.html"] == 0


def test_web_robots_rules_for_newstrace_apply_and_others_do_not(server, fetcher):
    server.routes["/robots.txt"] = (200, {}, b"User-agent: otherbot\nDisallow: /\n\nUser-agent: newstrace\nDisallow: /b\n")
    server.routes["/a"] = html_reply("A")
    server.routes["/b"] = html_reply("B")
    assert fetcher.fetch(server.url("/a")).status == 200
    assert fetch_error(fetcher, server.url("/b")).problem == "blocked by robots.txt"


def test_web_robots_txt_is_fetched_once_per_host(server, fetcher):
    server.routes["/robots.txt"] = (200, {}, b"User-agent: *\nAllow: /\n")
    server.routes["/a"] = html_reply("A")
    server.routes["/b"] = html_reply("B")
    fetcher.fetch(server.url("/a"))
    fetcher.fetch(server.url("/b"))
    assert server.hits["/robots.txt"] == 1


def test_web_missing_robots_txt_allows_everything(server, fetcher):
    server.routes["/a"] = html_reply("A")  # /robots.txt answers 404
    assert fetcher.fetch(server.url("/a")).status == 200


def test_web_unreachable_robots_txt_blocks_the_host(server, fetcher):
    server.routes["/robots.txt"] = (503, {}, b"down")
    server.routes["/a"] = html_reply("A")
    error = fetch_error(fetcher, server.url("/a"))
    assert error.problem == "blocked: robots.txt unreachable (HTTP 503 after 3 attempts)"
    assert server.hits["/a"] == 0


def test_web_robots_crawl_delay_raises_the_per_host_delay_up_to_a_cap(server, make_fetcher, sleeps):
    server.routes["/robots.txt"] = (200, {}, b"User-agent: *\nCrawl-delay: 120\n")
    server.routes["/a"] = html_reply("A")
    fetcher = make_fetcher(max_crawl_delay_s=0.2)
    fetcher.fetch(server.url("/a"))
    fetcher.fetch(server.url("/a"))
    assert sleeps.waits and max(sleeps.waits) <= 0.2 and max(sleeps.waits) > 0.1


# -- redirects --------------------------------------------------------------------


def test_web_follows_redirects_and_reports_the_final_url(server, fetcher):
    server.routes["/old"] = (301, {"Location": "/new"}, b"")
    server.routes["/new"] = html_reply("New home")
    page = fetcher.fetch(server.url("/old"))
    assert page.url == server.url("/new")
    assert page.requested_url == server.url("/old")


def test_web_redirects_are_capped(server, make_fetcher):
    for i in range(5):
        server.routes[f"/r{i}"] = (302, {"Location": f"/r{i + 1}"}, b"")
    error = fetch_error(make_fetcher(max_redirects=2), server.url("/r0"))
    assert error.input_name == server.url("/r0")
    assert error.problem == f"more than 2 redirects (the last to {server.url('/r3')})"


def test_web_each_redirect_target_is_checked_against_robots_txt(server, fetcher):
    server.routes["/robots.txt"] = (200, {}, b"User-agent: *\nDisallow: /private/\n")
    server.routes["/go"] = (302, {"Location": "/private/x"}, b"")
    error = fetch_error(fetcher, server.url("/go"))
    assert error.problem == f"redirected to {server.url('/private/x')}: blocked by robots.txt"


def test_web_redirect_to_another_scheme_is_refused(server, fetcher):
    server.routes["/go"] = (302, {"Location": "file:///etc/passwd"}, b"")
    error = fetch_error(fetcher, server.url("/go"))
    assert "unsupported URL scheme 'file'" in error.problem


# -- size and time --------------------------------------------------------------------


def test_web_response_size_is_capped_by_declared_length(server, make_fetcher):
    server.routes["/big"] = (200, {"Content-Type": "text/html"}, b"x" * 5000)
    error = fetch_error(make_fetcher(max_bytes=1000), server.url("/big"))
    assert error == SourceError(server.url("/big"), "response larger than 1 kB")


def test_web_response_size_is_capped_while_reading_without_a_declared_length(server, make_fetcher):
    # HTTP/1.0 without Content-Length: the body runs until the server closes.
    server.routes["/big"] = (200, {"Content-Type": "text/html", "X-No-Length": "1"}, b"x" * 5000)
    error = fetch_error(make_fetcher(max_bytes=1000), server.url("/big"))
    assert error.problem == "response larger than 1 kB"


def test_web_slow_response_is_a_connection_failure(server, make_fetcher):
    import time

    def slow(handler):
        time.sleep(0.3)
        return html_reply("Slow")

    server.routes["/slow"] = slow
    error = fetch_error(make_fetcher(read_timeout_s=0.05, retries=0), server.url("/slow"))
    assert error.problem.startswith("connection failed (ReadTimeout")
    assert error.problem.endswith("after 1 attempt")


# -- retries -----------------------------------------------------------------------------


def test_web_retries_503_with_exponential_backoff_then_succeeds(server, fetcher, sleeps):
    replies = iter([(503, {}, b"busy"), (503, {}, b"busy")])
    server.routes["/flaky"] = lambda handler: next(replies, html_reply("Finally"))

    [article] = read_inputs([server.url("/flaky")], fetcher=fetcher)

    assert isinstance(article, Article) and article.title == "Finally"
    assert server.hits["/flaky"] == 3
    assert sleeps.waits == [0.01, 0.02]


def test_web_gives_up_after_the_last_retry(server, fetcher):
    server.routes["/down"] = (500, {}, b"broken")
    error = fetch_error(fetcher, server.url("/down"))
    assert error == SourceError(server.url("/down"), "HTTP 500 after 3 attempts")
    assert server.hits["/down"] == 3


def test_web_honours_retry_after_up_to_the_backoff_cap(server, fetcher, sleeps):
    replies = iter([(429, {"Retry-After": "120"}, b"slow down")])
    server.routes["/limited"] = lambda handler: next(replies, html_reply("OK"))
    fetcher.fetch(server.url("/limited"))
    assert sleeps.waits == [0.05]


def test_web_does_not_retry_a_404(server, fetcher):
    error = fetch_error(fetcher, server.url("/missing"))
    assert error == SourceError(server.url("/missing"), "HTTP 404")
    assert server.hits["/missing"] == 1


def test_web_retries_connection_errors(fetcher, sleeps):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    error = fetch_error(fetcher, f"http://127.0.0.1:{port}/")
    assert error.problem.startswith("connection failed (ConnectError")
    assert "after 3 attempts" in error.problem
    assert len(sleeps.waits) == 2


# -- politeness -------------------------------------------------------------------------


def test_web_waits_between_requests_to_the_same_host():
    now = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    transport = httpx.MockTransport(lambda request: httpx.Response(200, html="<p>hi</p>"))
    fetcher = Fetcher(FetchPolicy.load(allow_private_addresses=True, per_host_delay_s=2.0), transport=transport,
                      sleep=sleep, clock=lambda: now[0])
    fetcher.fetch("http://news.test/a")  # robots.txt, then the page: one wait between them
    now[0] += 0.5
    fetcher.fetch("http://news.test/b")
    fetcher.fetch("http://other.test/c")  # another host: robots.txt at once
    assert waits == [2.0, 1.5, 2.0]


# -- the address policy -----------------------------------------------------------------


def test_web_refuses_loopback_addresses_by_default(server):
    server.routes["/a"] = html_reply("A")
    with Fetcher() as fetcher:
        [error] = read_inputs([server.url("/a")], fetcher=fetcher)
    assert error == SourceError(server.url("/a"), "refused: resolves to a private address 127.0.0.1 (loopback)")
    assert server.hits["/a"] == 0 and server.hits["/robots.txt"] == 0


def test_web_default_fetcher_of_read_inputs_refuses_private_addresses(server):
    server.routes["/a"] = html_reply("A")
    [error] = read_inputs([server.url("/a")])
    assert "refused: resolves to a private address 127.0.0.1" in str(error)


@pytest.mark.parametrize(("address", "kind"), [
    ("10.1.2.3", "private"), ("192.168.0.9", "private"), ("169.254.169.254", "link-local"),
    ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"), ("0.0.0.0", "unspecified"),
    ("240.0.0.1", "reserved"), ("100.64.0.1", "not globally routable"),
])
def test_web_refuses_every_non_public_address_a_host_resolves_to(address, kind):
    transport = httpx.MockTransport(lambda request: pytest.fail("no request may be sent"))
    fetcher = Fetcher(FetchPolicy.load(), transport=transport, resolve=lambda host, port: ["93.184.216.34", address])
    error = fetch_error(fetcher, "https://news.test/story")
    shown = address.removeprefix("::ffff:") if kind == "loopback" and "ffff" in address else address
    assert error.problem.startswith(f"refused: resolves to a private address {shown}")
    if kind != "private":
        assert error.problem.endswith(f"({kind})")


def test_web_redirect_to_a_private_address_is_refused():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(302, headers={"Location": "http://intranet.test/admin"})

    addresses = {"news.test": ["93.184.216.34"], "intranet.test": ["10.0.0.5"]}
    fetcher = Fetcher(FetchPolicy.load(per_host_delay_s=0.0), transport=httpx.MockTransport(handler),
                      resolve=lambda host, port: addresses[host])
    error = fetch_error(fetcher, "http://news.test/story")
    assert error == SourceError("http://news.test/story",
                                "redirected to http://intranet.test/admin: refused: resolves to a private address 10.0.0.5")


def test_web_unknown_host_is_reported():
    def resolve(host: str, port: int):
        raise socket.gaierror(-2, "Name or service not known")

    error = fetch_error(Fetcher(FetchPolicy.load(), resolve=resolve), "http://no-such-host.test/")
    assert error.problem.startswith("host no-such-host.test not found")


def test_web_allow_private_addresses_is_a_setting(monkeypatch):
    assert FetchPolicy.load().allow_private_addresses is False
    monkeypatch.setenv("NEWSTRACE_ALLOW_PRIVATE_ADDRESSES", "1")
    assert FetchPolicy.load().allow_private_addresses is True
    monkeypatch.setenv("NEWSTRACE_ALLOW_PRIVATE_ADDRESSES", "perhaps")
    with pytest.raises(ValueError, match="NEWSTRACE_ALLOW_PRIVATE_ADDRESSES"):
        FetchPolicy.load()


def test_web_policy_rejects_unknown_settings():
    with pytest.raises(TypeError, match="unknown fetch setting"):
        FetchPolicy.load(max_byts=10)


@pytest.mark.parametrize("url", ["ftp://example.com/file.txt", "file:///etc/passwd", "gopher://x/"])
def test_web_only_http_and_https_are_fetched(url):
    [error] = read_inputs([url])
    assert error.input_name == url
    assert error.problem.startswith("unsupported URL scheme")


# -- lists of URLs -------------------------------------------------------------------------


def test_web_urls_file_fetches_every_url_and_reports_bad_lines(server, fetcher, tmp_path):
    server.routes["/one"] = html_reply("One")
    server.routes["/two"] = html_reply("Two")
    listing = tmp_path / "today.urls"
    listing.write_text(f"# morning run\n{server.url('/one')}\n\nnot a url\n{server.url('/gone')}\n{server.url('/two')}\n")

    results = list(read_inputs([listing], fetcher=fetcher))

    assert [r.title if isinstance(r, Article) else str(r) for r in results] == [
        "One",
        f"{listing}:4: is not an http(s) URL: 'not a url'",
        f"{server.url('/gone')}: HTTP 404",
        "Two",
    ]


def test_web_txt_file_of_only_urls_is_a_url_list(server, fetcher, tmp_path):
    server.routes["/one"] = html_reply("One")
    listing = tmp_path / "links.txt"
    listing.write_text(f"# one link\n{server.url('/one')}\n")
    [article] = read_inputs([listing], fetcher=fetcher)
    assert article.title == "One"


def test_web_txt_file_with_prose_and_a_url_is_an_article(server, fetcher, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(f"Read the statement at\n{server.url('/one')}\n")
    [article] = read_inputs([note], fetcher=fetcher)
    assert article.id == "note" and article.text.startswith("Read the statement")
    assert server.hits == {}


def test_web_non_html_page_is_reported(server, fetcher):
    server.routes["/photo.png"] = (200, {"Content-Type": "image/png"}, b"\x89PNG....")
    [error] = read_inputs([server.url("/photo.png")], fetcher=fetcher)
    assert error == SourceError(server.url("/photo.png"),
                                "unsupported content type image/png (expected an HTML page or a feed)")


def test_web_page_without_article_text_is_reported(server, fetcher):
    server.routes["/empty"] = (200, {"Content-Type": "text/html"}, b"<html><head><title>Home</title></head><body></body></html>")
    [error] = read_inputs([server.url("/empty")], fetcher=fetcher)
    assert error == SourceError(server.url("/empty"), "HTML page holds no article text")


# -- DNS rebinding (issue 8, item 9) -----------------------------------------------------


def test_web_request_goes_to_the_address_that_was_checked():
    """Whatever a second look-up would answer (a rebinding host: loopback), the request is
    sent to the address the check saw, with the host's name in Host and for TLS (SNI)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, headers={"Content-Type": "text/plain"}, text="Story text.")

    fetcher = Fetcher(FetchPolicy.load(per_host_delay_s=0), transport=httpx.MockTransport(handler),
                      resolve=lambda host, port: ["93.184.216.34"])
    fetcher.fetch("https://rebind.test/story")
    assert {r.url.host for r in seen} == {"93.184.216.34"}
    assert {r.headers["host"] for r in seen} == {"rebind.test"}
    assert {r.extensions.get("sni_hostname") for r in seen} == {"rebind.test"}


def test_web_pinned_request_reaches_the_checked_address_over_a_real_connection(server, monkeypatch):
    """With the real transport: the name is never looked up again (``rebind.test`` has no
    DNS entry, so a second look-up would fail), and the server sees the name in Host."""
    from newstrace.sources import web

    monkeypatch.setattr(web, "non_public_kind", lambda address: None)  # let the check pass 127.0.0.1
    server.routes["/story"] = (200, {"Content-Type": "text/plain"}, b"Story text.")
    port = server.server_address[1]
    fetcher = Fetcher(FetchPolicy.load(per_host_delay_s=0), resolve=lambda host, port: ["127.0.0.1"])
    page = fetcher.fetch(f"http://rebind.test:{port}/story")
    assert page.body == b"Story text."
    assert server.requests[-1][1]["Host"] == f"rebind.test:{port}"
