"""A local HTTP server for the source tests, and fetchers that may reach it.

The server runs on 127.0.0.1 in a thread for the whole session; each test sets the
routes it needs. Nothing here touches the internet.
"""
from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newstrace.sources import FetchPolicy, Fetcher

from .pages import Reply

# A route answers with a Reply, or is a function of the request handler returning one.
Route = Reply | Callable[["Handler"], Reply]

class Handler(BaseHTTPRequestHandler):
    server: "LocalServer"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path = self.path
        self.server.hits[path] += 1
        self.server.requests.append((path, dict(self.headers)))
        route = self.server.routes.get(path)
        if route is None:
            status, headers, body = (404, {"Content-Type": "text/plain"}, b"not found")
        else:
            status, headers, body = route(self) if callable(route) else route
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if "Content-Length" not in headers and not headers.get("X-No-Length"):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class LocalServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def handle_error(self, request, client_address) -> None:
        import sys

        # Clients that stop reading (the size cap, timeouts) break the pipe on purpose.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)

    def reset(self) -> None:
        self.routes.clear()
        self.hits.clear()
        self.requests.clear()


@pytest.fixture(autouse=True)
def _shipped_fetch_settings(monkeypatch):
    """The tests of the defaults must see data/fetch.toml, whatever the environment says."""
    from dataclasses import fields

    for f in fields(FetchPolicy):
        monkeypatch.delenv(f"NEWSTRACE_{f.name.upper()}", raising=False)


@pytest.fixture(scope="session")
def _server():
    server = LocalServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def server(_server: LocalServer) -> LocalServer:
    _server.reset()
    return _server


@dataclass
class Sleeps:
    """Stands in for time.sleep: records the waits instead of waiting."""

    waits: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def make_fetcher(sleeps: Sleeps):
    """Fetchers allowed to reach 127.0.0.1, with small limits, short timeouts and no real waiting."""
    made: list[Fetcher] = []

    def make(**overrides: object) -> Fetcher:
        settings = dict(allow_private_addresses=True, per_host_delay_s=0.0, backoff_s=0.01, max_backoff_s=0.05,
                        retries=2, connect_timeout_s=2.0, read_timeout_s=2.0, total_timeout_s=5.0)
        settings.update(overrides)
        fetcher = Fetcher(FetchPolicy.load(**settings), sleep=sleeps)
        made.append(fetcher)
        return fetcher

    yield make
    for fetcher in made:
        fetcher.close()


@pytest.fixture
def fetcher(make_fetcher) -> Fetcher:
    return make_fetcher()
